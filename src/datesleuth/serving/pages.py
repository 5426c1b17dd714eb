"""Server-rendered HTML: the web page and the standalone timeline page.

Templates are ``string.Template`` files under ``templates/``; every value put into them
is escaped here, and the fragments built here escape their own text.
"""

from __future__ import annotations

import datetime as dt
from functools import cache
from html import escape
from importlib import resources
from string import Template

from datesleuth.serving.markup import Mark, expression_anchor, render_chart, render_marked_text
from datesleuth.timeline import human_day
from datesleuth.types import (
    Analysis,
    CheckResult,
    Estimate,
    Evidence,
    Timeline,
    TimelineEntry,
    Timex,
)

# Characters beyond which a clue is too long to outline in the article.
_WIDE_CLUE = 80


def render_page(
    *, text: str = "", claimed: str = "", error: str | None = None, analysis: Analysis | None = None
) -> str:
    """The page at ``/``: the form, then an error message or the results."""
    return _template("page.html").substitute(
        text=escape(text),
        claimed=escape(claimed),
        error=f'<p class="error" role="alert">{escape(error)}</p>' if error else "",
        results=_results(analysis) if analysis else "",
    )


def render_timeline_document(text: str, timeline: Timeline, title: str) -> str:
    """A standalone page (inline CSS and JavaScript, no network): the chart and the article."""
    marks = [
        Mark(
            e.start, e.end, expression_anchor(e.start, e.end), "timex", f"{e.human} ({e.relation})"
        )
        for e in timeline.entries
    ]
    return _template("timeline.html").substitute(
        title=escape(title),
        css=_static("app.css"),
        js=_static("app.js"),
        reference=escape(_reference(timeline)),
        chart=render_chart(timeline),
        entries="\n".join(_timeline_item(text, entry) for entry in timeline.entries),
        article=render_marked_text(text, marks),
    )


def _results(analysis: Analysis) -> str:
    result = analysis.check
    estimate = result.estimate
    marks = [_timex_mark(t) for t in analysis.timexes] + [
        _clue_mark(index, clue)
        for index, clue in enumerate(result.evidence)
        if _in_text(clue, analysis.text)
    ]
    return _template("results.html").substitute(
        verdict_class=escape(result.verdict),
        verdict=escape(result.verdict),
        discrepancy=escape(_discrepancy(result)),
        claimed=escape(_claim(result)),
        interval=escape(_interval(estimate) if estimate else "unknown"),
        most_likely=escape(_day(estimate.most_likely, "unknown") if estimate else "unknown"),
        confidence=f"{result.confidence:.0%}",
        reason=escape(result.reason),
        evidence=_evidence_list(result, analysis.text),
        reference=escape(_reference(analysis.timeline)),
        chart=render_chart(analysis.timeline),
        count=len(analysis.timexes),
        article=render_marked_text(analysis.text, marks),
    )


def _timex_mark(timex: Timex) -> Mark:
    detail = f"{timex.type} {timex.value}" + (f" ({timex.mod})" if timex.mod else "")
    anchor = expression_anchor(timex.start, timex.end)
    return Mark(timex.start, timex.end, anchor, f"timex timex-{timex.type.lower()}", detail)


def _clue_mark(index: int, clue: Evidence) -> Mark:
    # A clue spanning sentences (an expression and the one it refers to) is not outlined,
    # which would box whole paragraphs; following its link still flashes it.
    css_class = "clue-wide" if clue.end - clue.start > _WIDE_CLUE else "clue"
    return Mark(
        clue.start, clue.end, f"c{index}", css_class, f"clue: {clue.explanation or clue.kind}"
    )


def _in_text(clue: Evidence, text: str) -> bool:
    return 0 <= clue.start < clue.end <= len(text)


def _evidence_list(result: CheckResult, text: str) -> str:
    if not result.evidence:
        return '<p class="empty">No clue found in the text.</p>'
    items = []
    for index, clue in enumerate(result.evidence):
        quoted = escape(f"“{clue.text}”")
        link = f'<a href="#c{index}">{quoted}</a>' if _in_text(clue, text) else quoted
        stance = {True: "agrees", False: "disagrees", None: "neutral"}[clue.agrees_with_claim]
        items.append(
            f'<li class="clue-item clue-{stance}">{link} '
            f'<span class="kind">{escape(clue.kind)}</span> {escape(clue.explanation)} '
            f'<span class="implies">{escape(_implies(clue))}</span></li>'
        )
    return '<ol class="evidence">' + "".join(items) + "</ol>"


def _timeline_item(text: str, entry: TimelineEntry) -> str:
    before = text[entry.sentence_start : entry.start]
    after = text[entry.end : entry.sentence_end]
    sentence = f"{escape(before)}<mark>{escape(entry.text)}</mark>{escape(after)}"
    anchor = expression_anchor(entry.start, entry.end)
    relation = escape(entry.relation)
    return (
        f'<li><a href="#{anchor}">{escape(entry.human)}</a> '
        f'<span class="relation relation-{relation.replace(" ", "-")}">{relation}</span> '
        f'<span class="sentence">{sentence}</span></li>'
    )


def _discrepancy(result: CheckResult) -> str:
    if result.verdict != "misdated" or result.discrepancy_days is None:
        return ""
    return f"The claimed date is {abs(result.discrepancy_days)} days away from the content's."


def _claim(result: CheckResult) -> str:
    if result.claimed is None:
        return "none found"
    source = f" (from {result.claimed_source})" if result.claimed_source else ""
    return _day(result.claimed) + source


def _reference(timeline: Timeline) -> str:
    if timeline.reference_date is None:
        return "unknown (relative expressions are left unresolved)"
    return f"{_day(timeline.reference_date)} ({timeline.reference_source})"


def _implies(clue: Evidence) -> str:
    bounds = []
    if clue.after is not None:
        bounds.append(f"written after {_day(clue.after)}")
    if clue.before is not None:
        bounds.append(f"written before {_day(clue.before)}")
    return "; ".join(bounds)


def _interval(estimate: Estimate) -> str:
    if estimate.tentative:
        return "open (no clue bounds the year: the most likely day is a guess)"
    return f"{_day(estimate.earliest)} – {_day(estimate.latest)}"


def _day(day: dt.date | None, missing: str = "open") -> str:
    return human_day(day) if day is not None else missing


@cache
def _template(name: str) -> Template:
    return Template(_package_text("templates", name))


@cache
def _static(name: str) -> str:
    return _package_text("static", name)


def _package_text(folder: str, name: str) -> str:
    return resources.files("datesleuth.serving").joinpath(folder, name).read_text("utf-8")
