"""The TIMEX3 tagger: a language-independent engine applying per-language rule data."""

from __future__ import annotations

import datetime as dt

from datesleuth.types import Timex


def tag_text(text: str, dct: dt.date | str | None = None, *, lang: str = "en") -> list[Timex]:
    from datesleuth.tagging.dates import parse_reference_date
    from datesleuth.tagging.engine import get_tagger

    return get_tagger(lang).tag(text, parse_reference_date(dct))
