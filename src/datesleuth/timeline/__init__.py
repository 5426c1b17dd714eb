"""The article's dated expressions in chronological order, with the sentences they anchor."""

from __future__ import annotations

from datesleuth.timeline.build import (
    analyse_article,
    build_timeline,
    order_expressions,
    read_article_once,
    relation_to,
    timeline_of,
)
from datesleuth.timeline.periods import Period, human_day, parse_period

__all__ = [
    "Period",
    "analyse_article",
    "build_timeline",
    "human_day",
    "order_expressions",
    "parse_period",
    "read_article_once",
    "relation_to",
    "timeline_of",
]
