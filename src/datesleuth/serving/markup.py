"""HTML fragments shared by the web page and the standalone timeline page.

Marks can overlap (a clue of the dating engine often covers a tagged expression), so
the article is cut at every mark boundary and each piece is wrapped once, listing the
marks that cover it in ``data-marks``; a mark's anchor sits where it starts.
"""

from __future__ import annotations

import datetime as dt
import itertools
import math
from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

from datesleuth.tagging.dates import shift_months
from datesleuth.timeline import Period, human_day, parse_period
from datesleuth.types import Timeline, TimelineEntry

_RELATION_COLOURS = {
    "before": "#4a6fa5",
    "same day": "#2e8b57",
    "around": "#2e8b57",
    "after": "#d2691e",
    "unknown": "#888888",
}
_WRITING_COLOUR = "#c0392b"
_CHART_WIDTH = 760
_LABEL_WIDTH = 200
_ROW_HEIGHT = 22
_AXIS_HEIGHT = 26
_FOOTER_HEIGHT = 28
_MAX_TICKS = 8


@dataclass(frozen=True)
class Mark:
    """A span of the article to highlight, with the anchor that links to it."""

    start: int
    end: int
    anchor: str
    css_class: str
    info: str


def expression_anchor(start: int, end: int) -> str:
    """The anchor of an expression; offsets make it the same on every page."""
    return f"x{start}-{end}"


def render_marked_text(text: str, marks: Sequence[Mark]) -> str:
    """The article as escaped HTML, its marks wrapped in ``<mark>`` elements."""
    cuts = sorted({0, len(text)} | {m.start for m in marks} | {m.end for m in marks})
    starting: dict[int, list[int]] = {}
    for index, mark in enumerate(marks):
        starting.setdefault(mark.start, []).append(index)
    # One sweep over the cuts, keeping the marks open at each (by their index, so that
    # they are listed in the given order): a long article has thousands of marks.
    open_marks: dict[int, Mark] = {}
    pieces: list[str] = []
    for left, right in itertools.pairwise(cuts):
        for index in starting.get(left, ()):
            pieces.append(f'<a id="{escape(marks[index].anchor)}" class="anchor"></a>')
            open_marks[index] = marks[index]
        open_marks = {index: m for index, m in open_marks.items() if m.end > left}
        covering = [open_marks[index] for index in sorted(open_marks)]
        chunk = escape(text[left:right])
        if not covering:
            pieces.append(chunk)
            continue
        classes = " ".join(sorted({m.css_class for m in covering}))
        anchors = " ".join(m.anchor for m in covering)
        info = " · ".join(dict.fromkeys(m.info for m in covering))
        pieces.append(
            f'<mark class="{escape(classes)}" data-marks="{escape(anchors)}" '
            f'title="{escape(info)}" tabindex="0">{chunk}</mark>'
        )
    return "".join(pieces)


def render_chart(timeline: Timeline) -> str:
    """The timeline as an SVG on a time axis, the writing date marked.

    One row per distinct date; its tooltip lists the expressions that name it and it
    links to the first of them in the article.
    """
    rows = _chart_rows(timeline.entries)
    if not rows:
        return '<p class="empty">No dated expression to draw.</p>'
    low, high = _domain([period for period, _ in rows], timeline.reference_date)
    scale = _Scale(low, high)
    rows_bottom = _AXIS_HEIGHT + _ROW_HEIGHT * len(rows)
    height = rows_bottom + _FOOTER_HEIGHT
    parts = [
        f'<svg class="chart" xmlns="http://www.w3.org/2000/svg" width="{_CHART_WIDTH}" '
        f'height="{height}" viewBox="0 0 {_CHART_WIDTH} {height}" role="img" '
        f'aria-label="Timeline of the dated expressions" font-family="sans-serif" font-size="13">',
        *_ticks(scale, rows_bottom),
        *(_row(index, entries, period, scale) for index, (period, entries) in enumerate(rows)),
    ]
    if timeline.reference_date is not None:
        parts.append(_writing_line(scale, timeline.reference_date, rows_bottom))
    parts.append("</svg>")
    return "\n".join(parts)


def _chart_rows(entries: Sequence[TimelineEntry]) -> list[tuple[Period, list[TimelineEntry]]]:
    """The entries grouped by the date they name, in timeline order."""
    groups: dict[tuple[str, str], tuple[Period, list[TimelineEntry]]] = {}
    for entry in entries:
        period = parse_period(entry.value)
        if period is not None:
            groups.setdefault((entry.value, entry.human), (period, []))[1].append(entry)
    return list(groups.values())


class _Scale:
    """Days to x positions in the plotting area."""

    def __init__(self, low: dt.date, high: dt.date) -> None:
        self.low, self.high = low, high
        self.days = max((high - low).days, 1)

    def x(self, day: dt.date) -> float:
        share = (day - self.low).days / self.days
        return round(_LABEL_WIDTH + share * (_CHART_WIDTH - _LABEL_WIDTH - 10), 1)


def _domain(periods: Sequence[Period], writing: dt.date | None) -> tuple[dt.date, dt.date]:
    starts = [p.start for p in periods] + ([writing] if writing else [])
    ends = [p.end + dt.timedelta(days=1) for p in periods] + (
        [writing + dt.timedelta(days=1)] if writing else []
    )
    low, high = min(starts), max(ends)
    margin = dt.timedelta(days=max((high - low).days // 30, 1))
    return low - margin, high + margin


def _row(index: int, entries: list[TimelineEntry], period: Period, scale: _Scale) -> str:
    y = _AXIS_HEIGHT + index * _ROW_HEIGHT
    first = entries[0]
    colour = _RELATION_COLOURS[first.relation]
    left, right = scale.x(period.start), scale.x(period.end + dt.timedelta(days=1))
    if right - left < 6:
        centre = (left + right) / 2
        shape = f'<circle cx="{centre:.1f}" cy="{y + 11}" r="5" fill="{colour}"/>'
    else:
        shape = (
            f'<rect x="{left}" y="{y + 5}" width="{right - left:.1f}" height="12" rx="3" '
            f'fill="{colour}" fill-opacity="0.75"/>'
        )
    label = first.human + (f" ×{len(entries)}" if len(entries) > 1 else "")
    quoted = ", ".join(dict.fromkeys(f"“{e.text}”" for e in entries))
    tooltip = f"{first.human} ({first.relation}): {quoted}"
    return (
        f'<a href="#{expression_anchor(first.start, first.end)}" class="chart-row">'
        f"<title>{escape(tooltip)}</title>"
        f'<rect x="0" y="{y}" width="{_CHART_WIDTH}" height="{_ROW_HEIGHT}" fill="transparent"/>'
        f'<text x="4" y="{y + 16}" fill="#222">{escape(label)}</text>{shape}</a>'
    )


def _writing_line(scale: _Scale, writing: dt.date, rows_bottom: int) -> str:
    x = scale.x(writing) + 0.5 * (scale.x(writing + dt.timedelta(days=1)) - scale.x(writing))
    label = f"written {human_day(writing)}"
    anchor = "end" if x > _CHART_WIDTH * 0.7 else "start"
    return (
        f'<g class="writing-date"><line x1="{x:.1f}" y1="{_AXIS_HEIGHT - 4}" x2="{x:.1f}" '
        f'y2="{rows_bottom + 4}" stroke="{_WRITING_COLOUR}" stroke-width="2" '
        f'stroke-dasharray="4 3"/><text x="{x:.1f}" y="{rows_bottom + 20}" '
        f'text-anchor="{anchor}" fill="{_WRITING_COLOUR}" font-weight="bold">'
        f"{escape(label)}</text></g>"
    )


def _ticks(scale: _Scale, rows_bottom: int) -> list[str]:
    parts = [
        f'<line x1="{_LABEL_WIDTH}" y1="{_AXIS_HEIGHT - 4}" x2="{_CHART_WIDTH - 10}" '
        f'y2="{_AXIS_HEIGHT - 4}" stroke="#999"/>'
    ]
    for day, label in _tick_days(scale.low, scale.high):
        x = scale.x(day)
        parts.append(
            f'<line x1="{x}" y1="{_AXIS_HEIGHT - 4}" x2="{x}" y2="{rows_bottom}" stroke="#e4e4e4"/>'
            f'<text x="{x}" y="{_AXIS_HEIGHT - 10}" text-anchor="middle" fill="#666" '
            f'font-size="11">{escape(label)}</text>'
        )
    return parts


def _tick_days(low: dt.date, high: dt.date) -> list[tuple[dt.date, str]]:
    """Round dates for the axis: years, months or days, depending on the span."""
    span = (high - low).days
    if span > 3 * 365:
        step = math.ceil((high.year - low.year + 1) / _MAX_TICKS)
        first = low.year + 1
        return [(dt.date(y, 1, 1), str(y)) for y in range(first, high.year + 1, step)]
    if span > 90:
        months = (high.year - low.year) * 12 + high.month - low.month
        step = math.ceil(max(months, 1) / _MAX_TICKS)
        day = shift_months(low.replace(day=1), 1)  # the first month after ``low``
        ticks = []
        while day <= high:
            ticks.append((day, f"{day:%b %Y}"))
            day = shift_months(day, step)
        return ticks
    step = max(math.ceil(span / _MAX_TICKS), 1)
    days = (low + dt.timedelta(days=offset) for offset in range(1, span, step))
    return [(day, f"{day.day} {day:%b}") for day in days]
