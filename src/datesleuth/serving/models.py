"""Request and response bodies of the JSON API (they mirror the records' ``to_dict``)."""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated

from pydantic import BaseModel, BeforeValidator, Field, model_validator

from datesleuth.types import Relation, TimexType, Verdict

_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def _iso_day_only(value: object) -> object:
    # Pydantic alone would also read a number, or a string of digits, as a Unix time.
    if isinstance(value, dt.date) or (isinstance(value, str) and _ISO_DAY.fullmatch(value)):
        return value
    raise ValueError("expected a date as a YYYY-MM-DD string")


# A request's date: exactly a YYYY-MM-DD string, then checked as a calendar day.
Day = Annotated[dt.date, BeforeValidator(_iso_day_only)]


class _ArticleRequest(BaseModel):
    text: str | None = Field(None, description="The article as plain text.")
    html: str | None = Field(None, description="The article as an HTML page.")
    claimed: Day | None = Field(None, description="The date the article claims.")

    @model_validator(mode="after")
    def _one_source(self) -> _ArticleRequest:
        if (self.text is None) == (self.html is None):
            raise ValueError("give exactly one of 'text' and 'html'")
        return self


class TagRequest(BaseModel):
    text: str = Field(description="The text to tag.")
    dct: Day | None = Field(None, description="Reference date (YYYY-MM-DD).")


class CheckRequest(_ArticleRequest):
    use_claimed: bool = Field(True, description="False: ignore any claim, only estimate.")


class TimelineRequest(_ArticleRequest):
    dct: Day | None = Field(None, description="Reference date; default: the writing date.")


class TimexOut(BaseModel):
    text: str
    start: int
    end: int
    type: TimexType
    value: str
    mod: str | None = None
    quant: str | None = None
    freq: str | None = None
    anchor: str | None = None
    tense: str | None = None
    anchor_source: str | None = None
    rule: str = ""


class TagResponse(BaseModel):
    dct: dt.date | None
    timexes: list[TimexOut]


class EvidenceOut(BaseModel):
    text: str
    start: int
    end: int
    kind: str
    implies: dict[str, dt.date]
    weight: float
    agrees_with_claim: bool | None
    explanation: str
    violated: bool


class EstimateOut(BaseModel):
    earliest: dt.date | None
    latest: dt.date | None
    most_likely: dt.date | None


class CheckResponse(BaseModel):
    id: str | None
    claimed: dt.date | None
    claimed_source: str | None
    estimate: EstimateOut | None
    verdict: Verdict
    confidence: float
    reason: str
    discrepancy_days: int | None
    evidence: list[EvidenceOut]


class TimelineEntryOut(BaseModel):
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


class TimelineResponse(BaseModel):
    reference_date: dt.date | None
    reference_source: str
    entries: list[TimelineEntryOut]


class HealthResponse(BaseModel):
    status: str
    version: str
