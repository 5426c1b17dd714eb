"""Option values shared by several sub-commands."""

from __future__ import annotations

import datetime as dt

from datesleuth.errors import DateFormatError


def date_option(value: str | None, option: str) -> dt.date | None:
    """The YYYY-MM-DD value of ``option`` (None when not given); errors name the option."""
    from datesleuth.tagging.dates import parse_reference_date

    try:
        return parse_reference_date(value)
    except DateFormatError as error:
        raise DateFormatError(f"{option}: {error}") from None
