"""The article's dated expressions in chronological order, with the sentences they anchor."""

from __future__ import annotations

from datesleuth.timeline.build import (
    article_text,
    build_timeline,
    estimated_writing_date,
    order_expressions,
    relation_to,
)
from datesleuth.timeline.periods import Period, human_day, parse_period

__all__ = [
    "Period",
    "article_text",
    "build_timeline",
    "estimated_writing_date",
    "human_day",
    "order_expressions",
    "parse_period",
    "relation_to",
]
