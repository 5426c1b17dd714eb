"""The engine end to end, with the real tagger and office-holder knowledge."""

from __future__ import annotations

import datetime as dt

import pytest

from datesleuth import check
from datesleuth.dating import check_article, writing_date
from datesleuth.errors import DateFormatError, InputError

D = dt.date


def test_seed_claims_2024_but_was_written_in_may_2021(seed_text: str) -> None:
    result = check(seed_text)
    assert result.claimed == D(2024, 5, 27)
    assert result.claimed_source == "header"
    estimate = result.estimate
    assert estimate is not None
    assert estimate.earliest is not None and estimate.latest is not None
    assert D(2021, 5, 10) <= estimate.earliest <= D(2021, 5, 13) <= estimate.latest
    assert estimate.latest <= D(2021, 5, 20)
    assert estimate.most_likely is not None
    assert D(2021, 5, 12) <= estimate.most_likely <= D(2021, 5, 14)
    assert result.verdict == "misdated"
    assert result.discrepancy_days is not None and 2 * 365 < result.discrepancy_days < 4 * 365
    assert result.confidence >= 0.7
    kinds = {e.kind for e in result.evidence}
    assert {"relative-pair", "office-current", "office-former"} <= kinds
    against = [e for e in result.evidence if e.agrees_with_claim is False]
    assert any(e.kind == "relative-pair" for e in against)
    for item in result.evidence:
        assert seed_text[item.start : item.end].startswith(item.text.split(" … ")[0])
    assert writing_date(result) == (estimate.most_likely, "estimate")


def test_seed_with_its_true_date_is_consistent(seed_text: str) -> None:
    result = check(seed_text, claimed="2021-05-13")
    assert result.claimed_source == "given"
    assert result.verdict == "consistent"
    assert writing_date(result) == (D(2021, 5, 13), "given")


def test_no_claimed_estimates_only(seed_text: str) -> None:
    result = check_article(seed_text, use_claimed=False)
    assert result.claimed is None and result.verdict == "undetermined"
    assert result.estimate is not None and result.estimate.most_likely is not None
    # The header is still not content: the estimate does not move to 2024.
    assert result.estimate.most_likely.year == 2021


def test_text_without_clues_is_undetermined() -> None:
    result = check("Published: 3 March 2019\n\nThe cat sat on the mat and purred.")
    assert result.claimed == D(2019, 3, 3)
    assert result.estimate is None
    assert result.verdict == "undetermined"
    assert "too few clues" in result.reason


def test_timeml_creation_time_is_the_claim_not_a_clue() -> None:
    timeml = (
        '<?xml version="1.0" ?>\n<TimeML>\n<DOCID>X</DOCID>\n<DCT><TIMEX3 tid="t0" '
        'type="DATE" value="1998-02-06" temporalFunction="false" '
        'functionInDocument="CREATION_TIME">1998-02-06</TIMEX3></DCT>\n<TEXT>\n'
        "The vote took place on Thursday.\n</TEXT>\n</TimeML>\n"
    )
    result = check(timeml)
    assert (result.claimed, result.claimed_source) == (D(1998, 2, 6), "timeml-dct")
    assert all(e.kind != "past-date" for e in result.evidence)


def test_html_metadata_is_the_claim() -> None:
    page = (
        '<html><head><meta property="article:published_time" content="2021-05-13">'
        "</head><body><article><p>On Wednesday, Russian Foreign Minister Sergey Lavrov "
        "and US President Joe Biden's top diplomat agreed to meet next week in Reykjavik."
        "</p><p>The meeting is scheduled to be held on May 20.</p></article></body></html>"
    )
    result = check(html=page)
    assert (result.claimed, result.claimed_source) == (D(2021, 5, 13), "html-metadata")
    assert result.verdict == "consistent"


@pytest.mark.parametrize(
    ("kwargs", "error", "message"),
    [
        ({"text": "   \n"}, InputError, "empty"),
        ({}, InputError, "no text"),
        ({"html": "<html><body></body></html>"}, InputError, "no article body"),
        ({"text": "Some text.", "claimed": "2021-02-30"}, DateFormatError, "impossible"),
        ({"text": "Some text.", "claimed": "May 2021"}, DateFormatError, "YYYY-MM-DD"),
    ],
)
def test_bad_input_is_a_one_line_error(
    kwargs: dict[str, str], error: type[Exception], message: str
) -> None:
    with pytest.raises(error, match=message) as raised:
        check_article(**kwargs)  # type: ignore[arg-type]
    assert "\n" not in str(raised.value)


def test_a_claimed_date_in_the_future_is_refused() -> None:
    with pytest.raises(DateFormatError, match="cannot be a publication date"):
        check("Officials met on Friday.", claimed="9999-12-31")
    assert issubclass(DateFormatError, InputError)


def test_an_html_page_with_a_metadata_date_keeps_its_dateline_as_evidence() -> None:
    page = (
        '<html><head><meta property="article:published_time" content="2023-03-14"></head>'
        "<body><article><h1>Ferry strike to end</h1><p>PORTVALE, Oct. 6 — Ferry crews will "
        "return to work on Friday, October 9, ending a walkout that began last month, their "
        "union said on Tuesday. British Prime Minister Boris Johnson told reporters last week "
        "that coastal services had to keep running.</p></article></body></html>"
    )
    result = check(html=page)
    assert result.claimed_source == "html-metadata"
    assert result.claimed is not None and result.claimed.isoformat() == "2023-03-14"
    assert "dateline" in {clue.kind for clue in result.evidence}
    assert result.verdict == "misdated"


def test_weak_clues_alone_give_a_tentative_estimate_that_judges_no_claim() -> None:
    # Years named without tense or as events: no bound, but a most likely year.
    text = (
        "Published: 3 March 2019\n\n"
        "The ministry released the 2005 figures. The report covers 2004 and 2005."
    )
    result = check(text)
    estimate = result.estimate
    assert estimate is not None
    assert (estimate.earliest, estimate.latest) == (None, None)
    assert estimate.most_likely is not None and estimate.most_likely.year == 2005
    assert result.verdict == "undetermined" and "only weak clues" in result.reason


def test_a_day_of_every_year_and_a_year_named_give_a_tentative_estimate() -> None:
    result = check_article("LONDON, March 9 - The government presented its 1987 budget.")
    estimate = result.estimate
    assert estimate is not None
    assert (estimate.earliest, estimate.latest) == (None, None)
    assert estimate.most_likely is not None
    assert (estimate.most_likely.month, estimate.most_likely.day) == (3, 9)
    assert 1987 <= estimate.most_likely.year <= 1988


def test_an_upcoming_dated_event_years_before_the_claim_is_misdated() -> None:
    text = "The bridge will open on June 30, 2010, officials said."
    late = check(text, claimed="2015-03-03")
    assert late.verdict == "misdated"
    assert late.discrepancy_days is not None and late.discrepancy_days > 4 * 365
    assert check(text, claimed="2010-01-15").verdict == "consistent"


def test_a_recurring_clue_implies_no_bounds_when_nothing_gives_a_year() -> None:
    # No claim and no estimate: "Monday" or "March 3" of no year says nothing of the
    # period (their first alternative would be a week or months of 1900).
    for text in ("Talks resumed on Monday.", "Prices rose on March 3, traders said."):
        result = check_article(text)
        assert result.estimate is None and result.evidence, text
        assert [(e.after, e.before) for e in result.evidence] == [(None, None)], text


def test_a_weekday_chooses_between_a_few_years_of_the_same_day() -> None:
    # The dateline's 8 January is left in 2022, 2023 and 2024 by the office terms; only in
    # 2024 is it a Monday ("said on Monday"), and in 2023 the day after one.
    text = (
        "BRUSSELS, Jan 8 (Reuters) - NATO Secretary-General Jens Stoltenberg said on Monday "
        "that allies must spend more, a demand former U.S. President Donald Trump has made "
        "for years."
    )
    estimate = check_article(text).estimate
    assert estimate is not None
    assert (estimate.earliest, estimate.latest) == (dt.date(2023, 1, 9), dt.date(2024, 1, 9))
    assert estimate.most_likely == dt.date(2024, 1, 8)


def test_a_term_that_ended_recently_still_bounds_the_estimate() -> None:
    # Olaf Scholz left office on 6 May 2025: a story that calls him chancellor was written
    # by then (and the office's 14 days of slack), however close that is to today.
    text = (
        "German Chancellor Olaf Scholz and French President Emmanuel Macron spoke by phone "
        "on Friday about the war in Ukraine, a government spokesman said."
    )
    estimate = check(text).estimate
    assert estimate is not None and estimate.latest is not None
    assert D(2025, 5, 6) <= estimate.latest <= D(2025, 5, 20)
    republished = check(text, claimed=estimate.latest + dt.timedelta(days=365))
    assert republished.verdict == "misdated"
