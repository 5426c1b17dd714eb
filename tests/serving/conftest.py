"""The service with stand-ins for the tagger and the dating engine, and its test client."""

import datetime as dt

import pytest
from fastapi.testclient import TestClient

import datesleuth
from datesleuth import dating
from datesleuth.reading.text import check_text
from datesleuth.serving import create_app
from datesleuth.timeline import read_article_once
from datesleuth.types import CheckResult, Estimate, Evidence, Timex

ARTICLE = "| 27 May 2024, Monday |\n\nThe ministers will meet on May 20 in Reykjavik."
CLAIMED = dt.date(2024, 5, 27)
WRITTEN = dt.date(2021, 5, 13)


def fake_tag(text, dct=None, **_):
    check_text(text)
    start = text.find("May 20 ")
    value = f"{dct.year}-05-20" if isinstance(dct, dt.date) else "XXXX-05-20"
    return [Timex("May 20", start, start + 6, "DATE", value, anchor="MD:05-20")]


def fake_check_read(article, claimed=None, *, use_claimed=True, doc_id=None):
    start = article.text.find("May 20 ")
    clue = Evidence(
        "May 20", start, start + 6, "future-day", None, dt.date(2021, 5, 20), 1.0, False,
        "a future meeting on May 20 places the writing before it",
    )  # fmt: skip
    return CheckResult(
        claimed=CLAIMED,
        claimed_source="header",
        estimate=Estimate(dt.date(2021, 5, 10), dt.date(2021, 5, 19), WRITTEN),
        verdict="misdated",
        confidence=0.9,
        evidence=[clue],
        reason="the content places the writing three years before the claimed date",
        discrepancy_days=(CLAIMED - WRITTEN).days,
    )


def fake_check(text=None, *, html=None, claimed=None, use_claimed=True, doc_id=None):
    article = read_article_once(text, html, doc_id)
    return fake_check_read(article, claimed, use_claimed=use_claimed, doc_id=doc_id)


@pytest.fixture
def fakes(monkeypatch):
    # The API's check calls datesleuth.check; the page and the timeline check an article
    # they have read already.
    monkeypatch.setattr(datesleuth, "tag", fake_tag)
    monkeypatch.setattr(datesleuth, "check", fake_check)
    monkeypatch.setattr(dating, "check_read", fake_check_read)


@pytest.fixture
def client(fakes):
    with TestClient(create_app(max_body_bytes=10_000, request_timeout=5.0)) as test_client:
        yield test_client
