"""Date an article: the date it claims, when its content says it was written, a verdict.

:func:`check_article` is the engine behind :func:`datesleuth.check`; :func:`read_article`
reads the text (and claim) of plain text, HTML or TimeML the same way for every capability;
:func:`writing_date` gives the best writing date of a checked article to the others.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, replace

from datesleuth.dating.calendar import UNIVERSE_START, universe_end
from datesleuth.dating.claimed import Claim, read_claim
from datesleuth.dating.clues import (
    Clue,
    EraMention,
    OfficeMention,
    build_clues,
    day_marks,
    days_between,
)
from datesleuth.dating.estimate import Solution, estimate_writing_date
from datesleuth.dating.verdict import judge
from datesleuth.errors import DateFormatError, InputError
from datesleuth.types import CheckResult, Estimate, Evidence

__all__ = [
    "Article",
    "check_article",
    "check_read",
    "date_text",
    "estimate_text",
    "read_article",
    "read_file_article",
    "writing_date",
]


@dataclass(frozen=True)
class Article:
    """The text the engine reads (offsets of clues refer to it) and the date it claims."""

    text: str
    claim: Claim


def check_article(
    text: str | None = None,
    *,
    html: str | None = None,
    claimed: dt.date | str | None = None,
    use_claimed: bool = True,
    doc_id: str | None = None,
) -> CheckResult:
    """Read the claimed date, estimate the writing date from the content, judge the claim.

    ``claimed`` overrides the date the article claims; ``use_claimed=False`` ignores any
    claim and only estimates. Raises :class:`InputError` for input that is not an article
    and :class:`DateFormatError` for a ``claimed`` that is not a real YYYY-MM-DD date.
    """
    article = read_article(text, html, doc_id or "input")
    return check_read(article, claimed, use_claimed=use_claimed, doc_id=doc_id)


def check_read(
    article: Article,
    claimed: dt.date | str | None = None,
    *,
    use_claimed: bool = True,
    doc_id: str | None = None,
) -> CheckResult:
    """:func:`check_article` for an article already read, so that a caller that also tags
    it (the timeline, the page, a batch record) reads an HTML page once."""
    from datesleuth.tagging.dates import parse_reference_date

    given = parse_reference_date(claimed)
    if given is not None and not UNIVERSE_START <= given <= universe_end():
        raise DateFormatError(
            f"claimed date {given.isoformat()} cannot be a publication date "
            f"(it lies outside {UNIVERSE_START.isoformat()} .. today)"
        )
    return date_text(article.text, _chosen_claim(article.claim, given, use_claimed), doc_id=doc_id)


def date_text(text: str, claim: Claim, *, doc_id: str | None = None) -> CheckResult:
    """Date a plain text against a claim already read (the text's own header or given)."""
    clues, solution = estimate_text(text, claim)
    judgement = judge(claim.date, solution, day_marks(clues))
    evidence = [_evidence(clue, solution, claim.date) for clue in clues]
    evidence.extend(_claim_note_evidence(claim))
    notes = " ".join(f"Note: {note}." for note in claim.notes)
    return CheckResult(
        claimed=claim.date,
        claimed_source=claim.source,
        estimate=_estimate(solution),
        verdict=judgement.verdict,
        confidence=judgement.confidence,
        evidence=evidence,
        reason=f"{judgement.reason}. {notes}".strip() if notes else judgement.reason,
        discrepancy_days=judgement.discrepancy_days,
        doc_id=doc_id,
        claimed_span=claim.span,
    )


def estimate_text(text: str, claim: Claim) -> tuple[list[Clue], Solution | None]:
    """The clues of a text (its header lines left out) and the estimate they give."""
    from datesleuth.tagging import tag_text

    # No reference date: the content is read without trusting any claim.
    timexes = tag_text(text, None)
    offices, eras = _knowledge_mentions(text)
    clues = build_clues(text, timexes, offices, claim, eras)
    return clues, estimate_writing_date(clues)


def writing_date(result: CheckResult) -> tuple[dt.date | None, str]:
    """The best writing date of a checked article and where it comes from.

    The claim when the content does not contradict it, else the most likely day.
    """
    most_likely = result.estimate.most_likely if result.estimate else None
    if result.claimed is not None and result.verdict != "misdated":
        return result.claimed, result.claimed_source or "claimed"
    if most_likely is not None:
        return most_likely, "estimate"
    return None, "none"


def read_article(text: str | None, html: str | None, name: str = "input") -> Article:
    """The article's text and claim, from plain text, an HTML page or a TimeML document.

    HTML is recognised in ``text`` too, and ``html`` wins when both are given. The claim
    is the page's metadata date, the TimeML DCT, or else what the text's header lines
    or dateline say.
    """
    from datesleuth.reading.html import looks_like_html, read_html
    from datesleuth.reading.text import check_text
    from datesleuth.reading.timeml import looks_like_timeml, parse_timeml

    if html is None and text is not None and looks_like_html(text):
        html = text
    if html is not None:
        page = read_html(check_text(html, name), name)
        in_text = read_claim(page.text)
        if page.published is not None:
            # The metadata date is the claim; a dateline in the text stays evidence.
            in_text = replace(
                in_text, date=page.published, source="html-metadata", span=None, notes=()
            )
        return Article(page.text, in_text)
    if text is None:
        raise InputError(f"{name}: no text to check")
    check_text(text, name)
    if looks_like_timeml(text):
        document = parse_timeml(text, name)
        return Article(document.text, Claim(document.dct, "timeml-dct"))
    return Article(text, read_claim(text))


def read_file_article(content: str, name: str) -> Article:
    """:func:`read_article` for the content of a file named ``name``: an ``.html`` name
    marks a page too."""
    from datesleuth.reading.html import looks_like_html

    if looks_like_html(content, name):
        return read_article(None, content, name)
    return read_article(content, None, name)


def _chosen_claim(found: Claim, given: dt.date | None, use_claimed: bool) -> Claim:
    """The claim to judge: the given date, else the article's own, unless told to ignore it.

    The header lines stay excluded from the content clues whichever claim is judged.
    """
    if not use_claimed:
        return Claim(
            excluded=found.excluded,
            dateline_month_day=found.dateline_month_day,
            dateline_span=found.dateline_span,
        )
    if given is not None:
        return Claim(
            date=given,
            source="given",
            excluded=found.excluded,
            dateline_month_day=found.dateline_month_day,
            dateline_span=found.dateline_span,
        )
    return found


def _knowledge_mentions(text: str) -> tuple[Sequence[OfficeMention], Sequence[EraMention]]:
    """The office holders and the names of a time that ``text`` mentions."""
    # Imported here: `import datesleuth` stays light for callers that only tag.
    from datesleuth.dating.knowledge.eras import find_era_mentions
    from datesleuth.dating.knowledge.mentions import find_office_mentions

    return find_office_mentions(text), find_era_mentions(text)


def _estimate(solution: Solution | None) -> Estimate | None:
    return solution.estimate() if solution is not None else None


def _evidence(clue: Clue, solution: Solution | None, claimed: dt.date | None) -> Evidence:
    """The clue as a checkable span, with the alternative that fits the estimate best."""
    estimate = solution.estimate() if solution else None
    # Without a year from the content, the clue is shown for the claimed year.
    focus = estimate.most_likely if estimate else claimed
    today = universe_end()
    # No alternative to show: the ends of the days considered, which imply no bound.
    first, last = _alternative_near(clue, focus) or (UNIVERSE_START, today)
    # Outvoted: used by the estimate, yet false on its most likely day.
    outvoted = (
        solution is not None
        and estimate is not None
        and clue in solution.clues
        and not solution.holds_on(clue, solution.most_likely)
    )
    return Evidence(
        text=clue.text,
        start=clue.start,
        end=clue.end,
        kind=clue.kind,
        after=first if first > UNIVERSE_START else None,
        before=last if last < today else None,
        weight=clue.weight,
        agrees_with_claim=clue.constraint(claimed, claimed).holds_on(claimed) if claimed else None,
        explanation=clue.explanation,
        violated=outvoted,
    )


def _alternative_near(clue: Clue, focus: dt.date | None) -> tuple[dt.date, dt.date] | None:
    """The interval of the clue that holds the focus day, else the nearest to it.

    Without a focus day only a clue with a single interval has one to show: the first of
    a clue that recurs ("Monday", "March 3") would be a week or a year around 1900.
    """
    if focus is None:
        every = days_between(clue.days, UNIVERSE_START, universe_end())
        return every[0] if len(every) == 1 else None
    lower, upper = focus - dt.timedelta(days=14), focus + dt.timedelta(days=14)
    intervals = days_between(clue.days, lower, upper) or days_between(
        clue.days, UNIVERSE_START, universe_end()
    )

    def distance(interval: tuple[dt.date, dt.date]) -> int:
        first, last = interval
        return max((first - focus).days, (focus - last).days, 0)

    return min(intervals, key=distance)


def _claim_note_evidence(claim: Claim) -> list[Evidence]:
    """A header whose weekday does not match its date: shown with the evidence."""
    if not claim.notes or claim.span is None:
        return []
    return [
        Evidence(
            text="",
            start=claim.span[0],
            end=claim.span[1],
            kind="claim-weekday",
            after=None,
            before=None,
            weight=0.0,
            agrees_with_claim=False,
            explanation=note,
        )
        for note in claim.notes
    ]
