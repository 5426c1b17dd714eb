"""The date an article claims for itself, read from its header lines or dateline.

A claim is what the page says about itself, not evidence from its content: the dating
engine judges it against the content. The lines a claim was read from are reported so
that the content clues leave them out.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass, replace

from datesleuth.dating.calendar import month_day_exists, safe_date
from datesleuth.dating.language import dating_language

_LANGUAGE = dating_language()
MONTHS = _LANGUAGE.months
# ISO weekday numbers, 1 = Monday.
WEEKDAYS = _LANGUAGE.weekdays


def _alternation(names: dict[str, int]) -> str:
    return "|".join(sorted(names, key=len, reverse=True))


_MONTH = rf"(?P<month>(?i:{_alternation(MONTHS)}))\.?"
_WEEKDAY = rf"(?:(?P<weekday>(?i:{_alternation(WEEKDAYS)}))\.?,?\s+)?"
_DAY = rf"(?P<day>[0-3]?\d){_LANGUAGE.day_suffix}"
_YEAR_DIGITS = r"(?:19|20)\d\d"
_YEAR = rf"(?P<year>{_YEAR_DIGITS})"
_TRAILING_WEEKDAY = rf"(?:,?\s+(?P<weekday_after>{_alternation(WEEKDAYS)})\b)?"
# The written forms of a full date in headers and datelines, each with an optional
# weekday before or after it: "27 May 2024, Monday", "Monday, May 27, 2024", "2024-05-27".
_FULL_DATES = [
    re.compile(rf"\b{_WEEKDAY}{_DAY}\s+{_MONTH},?\s+{_YEAR}\b{_TRAILING_WEEKDAY}", re.I),
    re.compile(rf"\b{_WEEKDAY}{_MONTH}\s+{_DAY},?\s+{_YEAR}\b{_TRAILING_WEEKDAY}", re.I),
    # ISO, alone or opening a timestamp ("2021-05-13T10:32:00Z").
    re.compile(
        rf"\b{_WEEKDAY}{_YEAR}-(?P<nmonth>[01]\d)-(?P<day>[0-3]\d)(?!\d)"
        rf"{_TRAILING_WEEKDAY}",
        re.I,
    ),
    # "13/05/2021", "05/13/2021", "13.05.2021": read only when one of the two numbers
    # cannot be a month (see ``_numeric_month_day``).
    re.compile(rf"\b(?P<n1>[0-3]?\d)([/.])(?P<n2>[0-3]?\d)\2{_YEAR}\b{_TRAILING_WEEKDAY}"),
]
_ANY_YEAR = re.compile(_YEAR_DIGITS)
# Lines that announce the publication date ("Published: ...", "Posted on ..."), the
# original date before an update.
_LABELS = _LANGUAGE.header_labels
# A dateline opens the first paragraph: "MOSCOW, May 13 (Reuters) -", possibly with a
# year; "WASHINGTON (AP) —" has no date at all.
_PLACE = r"^(?P<place>[A-Z][A-Z.'\- ]+(?:,\s*[A-Z][A-Za-z.'\- ]+)?),\s+"
_AGENCY_AND_DASH = r"\s*(?:\([^)]{1,40}\))?\s*[-–—:]"
_DATELINES = [
    re.compile(rf"{_PLACE}{_WEEKDAY}{_MONTH}\s+{_DAY}(?:,?\s+{_YEAR})?{_AGENCY_AND_DASH}"),
    re.compile(rf"{_PLACE}{_WEEKDAY}{_DAY}\s+{_MONTH}(?:,?\s+{_YEAR})?{_AGENCY_AND_DASH}"),
]
# A header is looked for in the first lines only: further down a date line is content.
_HEADER_LINES = 6
# A bare date line must be mostly date: at most this many other letters on it.
_MAX_OTHER_LETTERS = 12


@dataclass(frozen=True)
class Claim:
    """What the article says about its own date."""

    date: dt.date | None = None
    source: str | None = None
    span: tuple[int, int] | None = None
    notes: tuple[str, ...] = ()
    # Spans of header and dateline text that content clues must not use.
    excluded: tuple[tuple[int, int], ...] = ()
    # A dateline that gives a month and day but no year: content evidence, not a claim.
    dateline_month_day: tuple[int, int] | None = None
    dateline_span: tuple[int, int] | None = None


@dataclass(frozen=True)
class _FoundDate:
    date: dt.date
    start: int
    end: int
    weekday: int | None


def parse_full_date(text: str) -> _FoundDate | None:
    """The first full written date in ``text`` (with its weekday, if one is written)."""
    if not _ANY_YEAR.search(text):
        return None  # every full date has its year: most lines are skipped at this cost
    best: _FoundDate | None = None
    for pattern in _FULL_DATES:
        for match in pattern.finditer(text):
            found = _found_date(match)
            if found is not None and (best is None or found.start < best.start):
                best = found
                break
    return best


def _found_date(match: re.Match[str]) -> _FoundDate | None:
    groups = match.groupdict()
    if groups.get("n1"):
        month_day = _numeric_month_day(int(groups["n1"]), int(groups["n2"]))
        if month_day is None:
            return None
        month, day_of_month = month_day
    else:
        month = int(groups["nmonth"]) if groups.get("nmonth") else MONTHS[groups["month"].lower()]
        day_of_month = int(groups["day"])
    day = safe_date(int(groups["year"]), month, day_of_month)
    if day is None:
        return None
    weekday_name = groups.get("weekday") or groups.get("weekday_after")
    weekday = WEEKDAYS[weekday_name.lower()] if weekday_name else None
    return _FoundDate(day, match.start(), match.end(), weekday)


def _numeric_month_day(first: int, second: int) -> tuple[int, int] | None:
    """Month and day of "13/05" (day first) or "05/13" (month first); None for "05/06",
    which is written both ways."""
    if first > 12 >= second >= 1:
        return second, first
    if second > 12 >= first >= 1:
        return first, second
    return None


def weekday_note(found: _FoundDate) -> str | None:
    """A note when the written weekday is not the weekday of the written date."""
    if found.weekday is None or found.weekday == found.date.isoweekday():
        return None
    written = calendar.day_name[found.weekday - 1]
    actual = found.date.strftime("%A")
    return (
        f"the header says {written} but {found.date.isoformat()} was a {actual}: "
        "the date line may have been edited"
    )


def read_claim(text: str) -> Claim:
    """The claimed date of a plain-text article: header line, labelled line or dateline.

    A dateline without a year ("PORTVALE, Oct. 6 —") under a dated header is kept as
    well: it is content evidence of the day of writing, whatever the header says.
    """
    lines = _first_lines(text, _HEADER_LINES)
    dateline = _dateline_claim(lines)
    header = _header_claim(lines)
    if header is None:
        return dateline
    if dateline.dateline_month_day is None:
        return header
    return replace(
        header,
        excluded=header.excluded + dateline.excluded,
        dateline_month_day=dateline.dateline_month_day,
        dateline_span=dateline.dateline_span,
    )


def _header_claim(lines: list[tuple[int, str]]) -> Claim | None:
    for source, label in _LABELS:
        for start, line in lines:
            head = label.match(line)
            if head is None:
                continue
            found = parse_full_date(line[head.end() :])
            if found is not None:
                return _claim(found, source, start + head.end(), (start, start + len(line)))
    for start, line in lines:
        found = parse_full_date(line)
        if found is not None and _is_bare_date_line(line, found):
            return _claim(found, "header", start, (start, start + len(line)))
    return None


def _claim(found: _FoundDate, source: str, offset: int, line: tuple[int, int]) -> Claim:
    note = weekday_note(found)
    return Claim(
        date=found.date,
        source=source,
        span=(offset + found.start, offset + found.end),
        notes=(note,) if note else (),
        excluded=(line,),
    )


def _is_bare_date_line(line: str, found: _FoundDate) -> bool:
    rest = _LANGUAGE.header_noise.sub(" ", line[: found.start] + " " + line[found.end :])
    letters = sum(ch.isalpha() for ch in rest)
    return letters <= _MAX_OTHER_LETTERS


def _dateline_claim(lines: list[tuple[int, str]]) -> Claim:
    for start, line in lines:
        match = next((m for p in _DATELINES if (m := p.match(line))), None)
        if match is None:
            continue
        span = (start + match.start(), start + match.end())
        month = MONTHS[match["month"].lower()]
        day = int(match["day"])
        if match["year"]:
            found = safe_date(int(match["year"]), month, day)
            if found is None:
                return Claim()
            return Claim(date=found, source="dateline", span=span, excluded=(span,))
        if not month_day_exists(month, day):
            return Claim()
        return Claim(excluded=(span,), dateline_month_day=(month, day), dateline_span=span)
    return Claim()


def _first_lines(text: str, count: int) -> list[tuple[int, str]]:
    """The first ``count`` non-blank lines with their offsets in ``text``."""
    lines: list[tuple[int, str]] = []
    for match in re.finditer(r"[^\n]+", text):
        if match.group().strip():
            lines.append((match.start(), match.group()))
            if len(lines) == count:
                break
    return lines
