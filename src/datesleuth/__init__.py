"""datesleuth: when did each thing in this article happen, and when was it really written?

The public API is small: :func:`tag` finds and normalizes temporal expressions,
:func:`check` dates an article and judges the date it claims, :func:`timeline` lays out
what it reports in order. Heavy dependencies are imported on first use, so that
``import datesleuth`` stays fast.
"""

from __future__ import annotations

import datetime as dt

from datesleuth.errors import DateFormatError, DatesleuthError, InputError

# The package datesleuth.timeline shares its name with the function below; importing it
# first keeps the name bound to the function once the function is defined (a later
# import of the package finds it loaded and does not rebind the name).
from datesleuth.timeline import build_timeline as _build_timeline
from datesleuth.types import (
    CheckResult,
    Document,
    Estimate,
    Evidence,
    Timeline,
    TimelineEntry,
    Timex,
)

__version__ = "0.1.0"

__all__ = [
    "CheckResult",
    "DateFormatError",
    "DatesleuthError",
    "Document",
    "Estimate",
    "Evidence",
    "InputError",
    "Timeline",
    "TimelineEntry",
    "Timex",
    "check",
    "tag",
    "timeline",
]


def tag(text: str, dct: dt.date | str | None = None, *, lang: str = "en") -> list[Timex]:
    """Find every temporal expression of ``text`` and normalize it against ``dct``.

    Without ``dct``, expressions relative to the reference date keep an underspecified
    value (``XXXX-05-20``, ``PRESENT_REF``...) and their ``anchor`` says how they relate.
    """
    from datesleuth.tagging import tag_text

    return tag_text(text, dct, lang=lang)


def check(
    text: str | None = None,
    *,
    html: str | None = None,
    claimed: dt.date | str | None = None,
    use_claimed: bool = True,
    doc_id: str | None = None,
) -> CheckResult:
    """Read the date the article claims, estimate when it was written, and judge the claim."""
    from datesleuth.dating import check_article

    return check_article(text, html=html, claimed=claimed, use_claimed=use_claimed, doc_id=doc_id)


def timeline(
    text: str | None = None,
    *,
    html: str | None = None,
    claimed: dt.date | str | None = None,
    dct: dt.date | str | None = None,
    doc_id: str | None = None,
) -> Timeline:
    """Order what the article reports in time, relative to its (estimated) writing date.

    ``doc_id`` names the article in error messages.
    """
    return _build_timeline(text, html=html, claimed=claimed, dct=dct, doc_id=doc_id)
