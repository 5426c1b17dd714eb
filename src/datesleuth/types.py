"""Typed records that flow between the capabilities of datesleuth.

Reading produces a :class:`Document`; tagging turns it into :class:`Timex` records;
dating turns those (and the document's claimed date) into a :class:`CheckResult`;
the timeline orders the anchored expressions into :class:`TimelineEntry` records;
an :class:`Analysis` holds all of it for one article.
Every record converts itself to plain JSON-ready data with ``to_dict``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

TimexType = Literal["DATE", "TIME", "DURATION", "SET"]
Tense = Literal["past", "present", "future"]
Verdict = Literal["consistent", "misdated", "undetermined"]
# "around": a period that contains the writing date without being that day (this week).
Relation = Literal["before", "same day", "around", "after", "unknown"]


@dataclass(frozen=True)
class Timex:
    """One temporal expression found in a text (a TimeML TIMEX3).

    ``anchor`` records how ``value`` depends on the reference date, so that the dating
    engine can reason about the expression without trusting the reference date:

    - ``None``: the value is absolute ("20 May 2021", "2016", "two years" as P2Y);
    - ``"DAY+n"``, ``"WEEK+n"``, ``"MONTH+n"``, ``"QUARTER+n"``, ``"YEAR+n"``, ``"DECADE+n"``,
      ``"WEEKEND+n"`` (n signed, e.g. ``"DAY-1"`` for yesterday, ``"WEEK+1"`` for next week):
      an offset in calendar units from the reference date;
    - ``"MD:MM-DD"``: a month and day without a year ("May 20"); the year was chosen
      from the tense and the narrative;
    - ``"M:MM"``: a month without a year ("in March");
    - ``"WD:n"``: a weekday without a date (ISO number, 1 = Monday), e.g. "on Wednesday";
    - ``"REF"``: PRESENT_REF / PAST_REF / FUTURE_REF.

    ``tense`` is the tense of the clause the expression sits in, as far as it could be
    told; ``anchor_source`` is ``"dct"`` when the value was resolved against the reference
    date and ``"narrative"`` when against the last date the text mentioned.
    """

    text: str
    start: int
    end: int
    type: TimexType
    value: str
    mod: str | None = None
    quant: str | None = None
    freq: str | None = None
    anchor: str | None = None
    tense: Tense | None = None
    anchor_source: str | None = None
    rule: str = ""

    def to_dict(self) -> dict[str, Any]:
        # Spelled out rather than dataclasses.asdict: this runs once per expression of a
        # corpus, and asdict's deep copy costs several times more.
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "type": self.type,
            "value": self.value,
            "mod": self.mod,
            "quant": self.quant,
            "freq": self.freq,
            "anchor": self.anchor,
            "tense": self.tense,
            "anchor_source": self.anchor_source,
            "rule": self.rule,
        }


@dataclass(frozen=True)
class Document:
    """A text to analyse, with the date it claims and where that claim came from."""

    text: str
    claimed: dt.date | None = None
    claimed_source: str | None = None
    doc_id: str | None = None
    # Character offsets of the claim in ``text`` when it was read from the text itself.
    claimed_span: tuple[int, int] | None = None
    # Human-readable notes on the claim (e.g. a weekday that does not match the date).
    claim_notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class Evidence:
    """One clue about the writing date W, as a checkable span of the article."""

    text: str
    start: int
    end: int
    kind: str
    after: dt.date | None
    before: dt.date | None
    weight: float
    agrees_with_claim: bool | None = None
    explanation: str = ""
    violated: bool = False

    def to_dict(self) -> dict[str, Any]:
        implies: dict[str, str] = {}
        if self.after is not None:
            implies["after"] = self.after.isoformat()
        if self.before is not None:
            implies["before"] = self.before.isoformat()
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "kind": self.kind,
            "implies": implies,
            "weight": round(self.weight, 3),
            "agrees_with_claim": self.agrees_with_claim,
            "explanation": self.explanation,
            "violated": self.violated,
        }


@dataclass(frozen=True)
class Estimate:
    """When the content says the article was written: an interval and a most likely day."""

    earliest: dt.date | None
    latest: dt.date | None
    most_likely: dt.date | None

    @property
    def tentative(self) -> bool:
        """A most likely day with no bound on either side: only weak clues point at its
        year (its month and day may be sure, from a dateline), so it is a guess, never
        used to judge a claim."""
        return self.earliest is None and self.latest is None

    def to_dict(self) -> dict[str, str | None]:
        return {
            "earliest": _iso(self.earliest),
            "latest": _iso(self.latest),
            "most_likely": _iso(self.most_likely),
        }


@dataclass(frozen=True)
class CheckResult:
    """The answer of :func:`datesleuth.check`."""

    claimed: dt.date | None
    claimed_source: str | None
    estimate: Estimate | None
    verdict: Verdict
    confidence: float
    evidence: list[Evidence] = field(default_factory=list)
    reason: str = ""
    discrepancy_days: int | None = None
    doc_id: str | None = None
    # Character offsets of the claim in the article text, when it was read from the text.
    claimed_span: tuple[int, int] | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.doc_id,
            "claimed": _iso(self.claimed),
            "claimed_source": self.claimed_source,
            "claimed_span": list(self.claimed_span) if self.claimed_span else None,
            "estimate": self.estimate.to_dict() if self.estimate else None,
            "verdict": self.verdict,
            "confidence": round(self.confidence, 3),
            "reason": self.reason,
            "discrepancy_days": self.discrepancy_days,
            "evidence": [e.to_dict() for e in self.evidence],
        }


@dataclass(frozen=True)
class TimelineEntry:
    """A dated expression of the article with the sentence it anchors."""

    text: str
    start: int
    end: int
    type: TimexType
    value: str
    human: str
    sentence: str
    sentence_start: int
    sentence_end: int
    relation: Relation
    sort_start: dt.date | None

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["sort_start"] = _iso(self.sort_start)
        return data


@dataclass(frozen=True)
class Timeline:
    """The article's dated expressions in chronological order."""

    reference_date: dt.date | None
    reference_source: str
    entries: list[TimelineEntry]

    def to_dict(self) -> dict[str, Any]:
        return {
            "reference_date": _iso(self.reference_date),
            "reference_source": self.reference_source,
            "entries": [e.to_dict() for e in self.entries],
        }


@dataclass(frozen=True)
class Analysis:
    """Everything datesleuth says of one article, from one reading of it: the text the
    offsets refer to, its expressions and timeline resolved against the writing date
    its check found."""

    text: str
    timexes: list[Timex]
    check: CheckResult
    timeline: Timeline


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day is not None else None
