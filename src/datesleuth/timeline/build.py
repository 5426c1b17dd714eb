"""Lay out the dated expressions of an article in chronological order.

The reference date is the one the caller gives (``dct``), else the best writing date
the dating engine finds (the claim when the content agrees with it, else the
estimate). Expressions are tagged against it, so that "next week" lands on the week
after the article was really written, not after the date it claims.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import TYPE_CHECKING, get_args

from datesleuth.errors import InputError
from datesleuth.tagging.engine import get_tagger
from datesleuth.tagging.sentences import sentence_at
from datesleuth.timeline.periods import Granularity, Period, parse_period
from datesleuth.types import Analysis, Relation, Timeline, TimelineEntry, Timex

if TYPE_CHECKING:
    from datesleuth.dating import Article

# How wide each granularity is, to order periods that start on the same day: the wider
# period first, so that "May 2021" comes before "20 May 2021" and its events.
_WIDTH_RANK = {name: rank for rank, name in enumerate(reversed(get_args(Granularity)))}


def build_timeline(
    text: str | None = None,
    *,
    html: str | None = None,
    claimed: dt.date | str | None = None,
    dct: dt.date | str | None = None,
    doc_id: str | None = None,
) -> Timeline:
    """The article's dated expressions in order, relative to its (estimated) writing date."""
    article = read_article_once(text, html, doc_id)
    return timeline_of(article, claimed=claimed, dct=dct, doc_id=doc_id)


def timeline_of(
    article: Article,
    *,
    claimed: dt.date | str | None = None,
    dct: dt.date | str | None = None,
    doc_id: str | None = None,
) -> Timeline:
    """The timeline of an article already read (its offsets refer to ``article.text``)."""
    import datesleuth
    from datesleuth.tagging.dates import parse_reference_date

    if dct is None:
        return _analyse(article, claimed, doc_id).timeline
    reference = parse_reference_date(dct)
    timexes = datesleuth.tag(article.text, reference)
    return order_expressions(article.text, timexes, reference, "dct")


def analyse_article(
    text: str | None = None,
    *,
    html: str | None = None,
    claimed: dt.date | str | None = None,
    doc_id: str | None = None,
) -> Analysis:
    """Check the article and lay out its expressions against the writing date the check
    found, reading it (an HTML page: extracting its main text) once."""
    return _analyse(read_article_once(text, html, doc_id), claimed, doc_id)


def read_article_once(text: str | None, html: str | None, doc_id: str | None) -> Article:
    """The article as the dating engine reads it: ``text`` itself, the main text of an
    HTML page (given as ``html`` or recognised in ``text``), or the text of a TimeML
    document, with the date it claims."""
    from datesleuth import dating

    if (text is None) == (html is None):
        raise InputError("give either the text of the article or its HTML, not both or neither")
    return dating.read_article(text, html, doc_id or "input")


def _analyse(article: Article, claimed: dt.date | str | None, doc_id: str | None) -> Analysis:
    """Check the article, then tag it once against the writing date the check found: the
    expression list and the timeline agree on what "yesterday" means."""
    import datesleuth
    from datesleuth import dating

    checked = dating.check_read(article, claimed, doc_id=doc_id)
    reference, source = dating.writing_date(checked)
    timexes = datesleuth.tag(article.text, reference)
    timeline = order_expressions(article.text, timexes, reference, source)
    return Analysis(article.text, timexes, checked, timeline)


def order_expressions(
    text: str, timexes: Iterable[Timex], reference: dt.date | None, reference_source: str
) -> Timeline:
    """Keep the expressions that name a calendar period and sort them by time."""
    sentences = get_tagger().tense.sentences.spans(text)
    entries: list[tuple[Period, TimelineEntry]] = []
    for timex in timexes:
        period = parse_period(timex.value, timex.mod) if timex.type in ("DATE", "TIME") else None
        if period is not None:
            entries.append((period, _entry(timex, period, sentences, text, reference)))
    entries.sort(key=lambda pair: (pair[0].start, _WIDTH_RANK[pair[0].granularity], pair[1].start))
    return Timeline(reference, reference_source, [entry for _, entry in entries])


def relation_to(period: Period, writing: dt.date | None) -> Relation:
    """Where ``period`` sits relative to the writing date.

    A period that contains the writing date without being that single day (this week,
    May 2021, 2021) is ``"around"`` it.
    """
    if writing is None:
        return "unknown"
    if period.end < writing:
        return "before"
    if period.start > writing:
        return "after"
    return "same day" if period.is_single_day else "around"


def _entry(
    timex: Timex,
    period: Period,
    sentences: list[tuple[int, int]],
    text: str,
    reference: dt.date | None,
) -> TimelineEntry:
    start, end = sentence_at(sentences, timex.start)
    return TimelineEntry(
        text=timex.text,
        start=timex.start,
        end=timex.end,
        type=timex.type,
        value=timex.value,
        human=period.human,
        sentence=text[start:end],
        sentence_start=start,
        sentence_end=end,
        relation=relation_to(period, reference),
        sort_start=period.start,
    )
