"""Everything the page shows about one article, computed in one pass.

The article is dated once; the writing date found is the reference for tagging, so the
highlighted values and the timeline agree with the dating panel.
"""

from __future__ import annotations

from dataclasses import dataclass

from datesleuth.errors import InputError
from datesleuth.reading.html import looks_like_html
from datesleuth.reading.text import check_text, decode_text
from datesleuth.timeline import analyse_article
from datesleuth.types import Analysis


@dataclass(frozen=True)
class Submission:
    """An article as submitted: plain text or an HTML page, and an optional claim."""

    text: str | None = None
    html: str | None = None
    claimed: str | None = None


def analyse(submission: Submission) -> Analysis:
    return analyse_article(submission.text, html=submission.html, claimed=submission.claimed)


def submission_from_form(pasted: str, upload_name: str, upload: bytes, claimed: str) -> Submission:
    """What the page's form sent: an uploaded file wins over pasted text."""
    claim = claimed.strip() or None
    if upload_name or upload:
        content = decode_text(upload, upload_name or "the uploaded file")
        if looks_like_html(content, upload_name):
            return Submission(html=content, claimed=claim)
        return Submission(text=content, claimed=claim)
    if not pasted.strip():
        raise InputError("paste the text of an article or choose a .txt or .html file")
    return Submission(text=check_text(pasted, "the pasted text"), claimed=claim)
