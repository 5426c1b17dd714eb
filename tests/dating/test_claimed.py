"""The claimed date: header lines, labelled lines, datelines, HTML metadata."""

from __future__ import annotations

import datetime as dt

import pytest

from datesleuth.dating.claimed import read_claim
from datesleuth.errors import InputError
from datesleuth.reading.html import looks_like_html, published_date, read_html


def test_seed_header_line(seed_text: str) -> None:
    claim = read_claim(seed_text)
    assert claim.date == dt.date(2024, 5, 27)
    assert claim.source == "header"
    assert claim.span is not None
    assert seed_text[claim.span[0] : claim.span[1]] == "27 May 2024, Monday"
    assert claim.notes == ()  # 27 May 2024 was a Monday
    assert claim.excluded == ((0, len("| 27 May 2024, Monday |")),)


def test_date_line_under_the_title() -> None:
    text = "Markets rally on rate hopes\nMarch 3, 2019\n\nShares rose on Friday as ..."
    claim = read_claim(text)
    assert (claim.date, claim.source) == (dt.date(2019, 3, 3), "header")


def test_published_line_wins_over_updated_line() -> None:
    text = "Title\nUpdated: 2 June 2020\nPublished on Monday, 1 June 2020 09:00\n\nBody text."
    claim = read_claim(text)
    assert (claim.date, claim.source) == (dt.date(2020, 6, 1), "published")


@pytest.mark.parametrize(
    ("line", "day", "source"),
    [
        ("May 13, 2021 / 10:32 AM / Updated 3 years ago", dt.date(2021, 5, 13), "header"),
        ("Thu 13 May 2021 10.32 BST", dt.date(2021, 5, 13), "header"),
        ("Published 2021-05-13T10:32:00Z", dt.date(2021, 5, 13), "published"),
        ("13/05/2021", dt.date(2021, 5, 13), "header"),
        ("05/13/2021 14:05 GMT", dt.date(2021, 5, 13), "header"),
        ("Posted: 13.05.2021", dt.date(2021, 5, 13), "published"),
    ],
)
def test_date_lines_of_news_sites(line: str, day: dt.date, source: str) -> None:
    text = f"Ministers agree to meet\n{line}\n\nThe ministers met on Wednesday."
    claim = read_claim(text)
    assert (claim.date, claim.source) == (day, source)
    assert claim.span is not None


def test_a_numeric_date_written_both_ways_is_no_claim() -> None:
    # 05/06/2021 is 6 May in the US and 5 June in Britain.
    assert read_claim("Ministers agree to meet\n05/06/2021\n\nThey met.").date is None


def test_a_sentence_with_a_date_and_a_time_is_not_a_date_line() -> None:
    text = "Talks are set to open on May 20, 2021 at 10:30 in the Icelandic capital\n\nBody."
    assert read_claim(text).date is None


def test_updated_line_is_a_fallback() -> None:
    claim = read_claim("Title\nLast updated 2020-06-02\n\nBody text.")
    assert (claim.date, claim.source) == (dt.date(2020, 6, 2), "updated")


def test_weekday_that_does_not_match_is_noted() -> None:
    claim = read_claim("| 27 May 2024, Friday |\n\nBody.")
    assert claim.date == dt.date(2024, 5, 27)
    assert len(claim.notes) == 1
    assert "Friday" in claim.notes[0] and "Monday" in claim.notes[0]


def test_dateline_with_a_year_is_a_claim() -> None:
    claim = read_claim("KUALA LUMPUR, April 1, 1997 (AFP) - Malaysian shares dipped.")
    assert (claim.date, claim.source) == (dt.date(1997, 4, 1), "dateline")


def test_dateline_with_day_before_month() -> None:
    claim = read_claim("LONDON, 13 May 2021 (AFP) - Britain said ...")
    assert (claim.date, claim.source) == (dt.date(2021, 5, 13), "dateline")
    assert read_claim("PARIS, 3 March (AFP) - France said").dateline_month_day == (3, 3)


def test_dateline_without_a_year_is_content_evidence_not_a_claim() -> None:
    claim = read_claim("MOSCOW, May 13 (Reuters) - Russia said on Thursday ...")
    assert claim.date is None
    assert claim.dateline_month_day == (5, 13)
    assert claim.dateline_span == (0, len("MOSCOW, May 13 (Reuters) -"))


def test_no_date_in_an_agency_dateline_or_in_body_text() -> None:
    assert read_claim("WASHINGTON (AP) — The Senate voted on Tuesday.").date is None
    body = "A long first sentence that mentions 3 March 2019 among many other words here."
    assert read_claim(body).date is None


def test_impossible_header_date_is_not_a_claim() -> None:
    assert read_claim("Published: 30 February 2021\n\nBody.").date is None


HTML_PAGE = """<!DOCTYPE html><html><head><title>Talks</title>
<meta property="article:published_time" content="2021-05-13T09:30:00Z"></head>
<body><article><h1>Lavrov and Blinken to meet</h1>
<p>The two ministers agreed on Wednesday to meet next week in Reykjavik, on 2021-05-20,
the Russian Foreign Ministry said in a statement published by its press service.</p>
<p>The meeting is scheduled on the sidelines of the Arctic Council ministerial session.</p>
</article></body></html>"""


def test_html_metadata_date_and_main_text() -> None:
    assert looks_like_html(HTML_PAGE)
    page = read_html(HTML_PAGE)
    assert page.published == dt.date(2021, 5, 13)
    assert "agreed on Wednesday to meet next week" in page.text
    assert "<p>" not in page.text


def test_html_dates_in_the_story_are_not_the_publication_date() -> None:
    page = "<html><body><article><p>On 2020-01-02 the talks began.</p></article></body></html>"
    assert published_date(page) is None


def test_html_byline_element_gives_the_date() -> None:
    page = '<html><body><p class="byline">Published 12 March 2019</p><p>Story.</p></body></html>'
    assert published_date(page) == dt.date(2019, 3, 12)


def test_html_without_article_body_is_an_input_error() -> None:
    with pytest.raises(InputError, match="no article body"):
        read_html("<html><head><title>x</title></head><body></body></html>")


def test_a_yearless_dateline_under_a_dated_header_is_kept_as_content_evidence() -> None:
    text = "Published: Tuesday, 14 March 2023\n\nTitle\n\nPORTVALE, Oct. 6 — Crews will return."
    claim = read_claim(text)
    assert claim.date == dt.date(2023, 3, 14)
    assert claim.source == "published"
    assert claim.dateline_month_day == (10, 6)
    assert claim.dateline_span is not None
    assert text[slice(*claim.dateline_span)].startswith("PORTVALE, Oct. 6")
