"""The article's dated expressions in chronological order, with the sentences they anchor."""

from __future__ import annotations

from datesleuth.timeline.build import (
    article_text,
    build_timeline,
    order_expressions,
    relation_to,
    tag_and_order,
)
from datesleuth.timeline.periods import Period, human_day, parse_period

__all__ = [
    "Period",
    "article_text",
    "build_timeline",
    "human_day",
    "order_expressions",
    "parse_period",
    "relation_to",
    "tag_and_order",
]
