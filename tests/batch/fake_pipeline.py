"""Stand-ins for the costly analysis stages a batch worker calls (check, tag, and HTML
reading), fast and predictable, so the batch tests check the batch machinery (order,
errors, resuming) on their own.

Run as a script, it installs them and runs the ``datesleuth`` command line with the
given arguments: the subprocess test uses this to kill and resume a real run.
``FAKE_SECONDS_PER_ARTICLE`` makes each fake check take that long, like real work.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import sys
import time
from collections.abc import Callable
from typing import Any

import datesleuth
from datesleuth.batch import records
from datesleuth.errors import InputError
from datesleuth.reading.timeml import looks_like_timeml, parse_timeml
from datesleuth.types import CheckResult, Estimate, Evidence, Timex

_YEAR = re.compile(r"\b(19|20)\d\d\b")
_TAG = re.compile(r"<[^>]+>")
ESTIMATE = Estimate(dt.date(2021, 5, 12), dt.date(2021, 5, 16), dt.date(2021, 5, 13))


def fake_check(
    text: str | None = None,
    *,
    html: str | None = None,
    claimed: dt.date | str | None = None,
    use_claimed: bool = True,
    doc_id: str | None = None,
) -> CheckResult:
    time.sleep(float(os.environ.get("FAKE_SECONDS_PER_ARTICLE", "0")))
    body = fake_article_text(text, html, doc_id or "input")
    if "explode" in body:
        raise InputError(f"{doc_id}: cannot be dated")
    claimed_day = dt.date.fromisoformat(claimed) if isinstance(claimed, str) else claimed
    source = "given"
    if claimed_day is None and text is not None and looks_like_timeml(text):
        claimed_day, source = parse_timeml(text, doc_id or "input").dct, "timeml-dct"
    if "misdated" in body:
        verdict = "misdated"
    elif claimed_day is not None:
        verdict = "consistent"
    else:
        verdict = "undetermined"
    clue = Evidence("2021", 0, 4, "year", dt.date(2021, 1, 1), dt.date(2021, 12, 31), 1.0)
    return CheckResult(
        claimed=claimed_day,
        claimed_source=source if claimed_day else None,
        estimate=ESTIMATE,
        verdict=verdict,
        confidence=0.9,
        evidence=[clue],
        reason="fake",
        doc_id=doc_id,
    )


def fake_tag(text: str, dct: dt.date | str | None = None, *, lang: str = "en") -> list[Timex]:
    return [
        Timex(match.group(), match.start(), match.end(), "DATE", match.group())
        for match in _YEAR.finditer(text)
    ]


def fake_article_text(text: str | None, html: str | None, name: str = "input") -> str:
    if html is not None:
        return _TAG.sub(" ", html)
    if text is not None and looks_like_timeml(text):
        return parse_timeml(text, name).text
    return text or ""


def install(setattr: Callable[[Any, str, Any], None]) -> None:
    """Replace the stages with ``setattr`` (pytest's monkeypatch.setattr, or plain)."""
    setattr(datesleuth, "check", fake_check)
    setattr(datesleuth, "tag", fake_tag)
    setattr(records, "article_text", fake_article_text)


def main(argv: list[str]) -> int:
    from datesleuth import cli

    install(setattr)
    # Only the batch sub-command: the test must not depend on the others loading.
    cli.COMMANDS = ("batch",)
    return cli.main(argv)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
