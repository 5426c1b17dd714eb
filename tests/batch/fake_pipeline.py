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
from datesleuth import dating
from datesleuth.dating import Article
from datesleuth.dating.claimed import Claim
from datesleuth.errors import InputError
from datesleuth.reading.timeml import looks_like_timeml, parse_timeml
from datesleuth.types import CheckResult, Estimate, Evidence, Timex

_YEAR = re.compile(r"\b(19|20)\d\d\b")
_TAG = re.compile(r"<[^>]+>")
ESTIMATE = Estimate(dt.date(2021, 5, 12), dt.date(2021, 5, 16), dt.date(2021, 5, 13))


def fake_read_article(text: str | None, html: str | None, name: str = "input") -> Article:
    if html is not None:
        return Article(_TAG.sub(" ", html), Claim())
    if text is not None and looks_like_timeml(text):
        document = parse_timeml(text, name)
        return Article(document.text, Claim(document.dct, "timeml-dct"))
    return Article(text or "", Claim())


def fake_check_read(
    article: Article,
    claimed: dt.date | str | None = None,
    *,
    use_claimed: bool = True,
    doc_id: str | None = None,
) -> CheckResult:
    time.sleep(float(os.environ.get("FAKE_SECONDS_PER_ARTICLE", "0")))
    if "explode" in article.text:
        raise InputError(f"{doc_id}: cannot be dated")
    claimed_day = dt.date.fromisoformat(claimed) if isinstance(claimed, str) else claimed
    source = "given"
    if claimed_day is None and article.claim.date is not None:
        claimed_day, source = article.claim.date, article.claim.source
    if "misdated" in article.text:
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


def install(setattr: Callable[[Any, str, Any], None]) -> None:
    """Replace the stages with ``setattr`` (pytest's monkeypatch.setattr, or plain)."""
    setattr(dating, "read_article", fake_read_article)
    setattr(dating, "check_read", fake_check_read)
    setattr(datesleuth, "tag", fake_tag)


def main(argv: list[str]) -> int:
    from datesleuth import cli

    install(setattr)
    # Only the batch sub-command: the test must not depend on the others loading.
    cli.COMMANDS = ("batch",)
    return cli.main(argv)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
