import datetime as dt

import pytest

from datesleuth import dating
from datesleuth.errors import InputError
from datesleuth.reading import html as html_reading
from datesleuth.timeline import (
    analyse_article,
    build_timeline,
    order_expressions,
    parse_period,
    read_article_once,
    relation_to,
    timeline_of,
)
from datesleuth.types import CheckResult, Estimate, Timex

from .conftest import ARTICLE, fake_tag

WRITTEN = dt.date(2021, 5, 13)


def _timeline(reference=WRITTEN):
    return order_expressions(ARTICLE, fake_tag(ARTICLE), reference, "dct")


def test_entries_are_in_chronological_order_and_skip_durations():
    entries = _timeline().entries
    assert [e.text for e in entries] == [
        "May 2018", "2019", "March", "Wednesday", "next week", "May 20",
    ]  # fmt: skip
    assert all(e.type == "DATE" for e in entries)


def test_entries_say_the_date_and_where_it_sits_relative_to_the_writing_date():
    by_text = {e.text: e for e in _timeline().entries}
    assert (by_text["May 20"].human, by_text["May 20"].relation) == ("Thu 20 May 2021", "after")
    assert (by_text["March"].human, by_text["March"].relation) == ("March 2021", "before")
    assert (by_text["next week"].human, by_text["next week"].relation) == (
        "week of 17 May 2021",
        "after",
    )
    assert by_text["May 2018"].relation == "before"
    assert by_text["May 20"].sort_start == dt.date(2021, 5, 20)


def test_each_entry_carries_the_sentence_it_anchors_with_offsets():
    for entry in _timeline().entries:
        assert ARTICLE[entry.sentence_start : entry.sentence_end] == entry.sentence
        assert entry.sentence_start <= entry.start < entry.end <= entry.sentence_end
    by_text = {e.text: e for e in _timeline().entries}
    assert by_text["next week"].sentence == "Leaders to meet next week"
    assert by_text["March"].sentence == "Ties hit a low in March."


def test_a_wider_period_comes_before_a_day_it_starts_with():
    text = "In May 2021, and on 1 May 2021."
    timexes = [
        Timex("1 May 2021", 20, 30, "DATE", "2021-05-01"),
        Timex("May 2021", 3, 11, "DATE", "2021-05"),
    ]
    entries = order_expressions(text, timexes, None, "none").entries
    assert [e.value for e in entries] == ["2021-05", "2021-05-01"]
    assert {e.relation for e in entries} == {"unknown"}


@pytest.mark.parametrize(
    ("value", "relation"),
    [
        ("2021-05-13", "same day"),
        ("2021-05-13TMO", "same day"),
        ("2021-05-12", "before"),
        ("2021-05-14", "after"),
        ("2021-W19", "around"),
        ("2021", "around"),
        ("2021-W18", "before"),
    ],
)
def test_relations(value, relation):
    period = parse_period(value)
    assert period is not None
    assert relation_to(period, WRITTEN) == relation


def test_an_explicit_reference_date_is_used_without_dating(fake_tagger, monkeypatch):
    def refuse(*_, **__):
        raise AssertionError("the article must not be checked when a dct is given")

    monkeypatch.setattr(dating, "check_read", refuse)
    timeline = build_timeline(ARTICLE, dct="2021-05-13")
    assert (timeline.reference_date, timeline.reference_source) == (WRITTEN, "dct")


def test_without_a_reference_date_the_writing_date_comes_from_dating(fake_tagger, monkeypatch):
    result = CheckResult(
        claimed=dt.date(2024, 5, 27),
        claimed_source="header",
        estimate=Estimate(dt.date(2021, 5, 12), dt.date(2021, 5, 16), WRITTEN),
        verdict="misdated",
        confidence=0.9,
    )
    monkeypatch.setattr(dating, "check_read", lambda *_, **__: result)
    timeline = build_timeline(ARTICLE)
    assert (timeline.reference_date, timeline.reference_source) == (WRITTEN, "estimate")
    assert timeline.to_dict()["reference_date"] == "2021-05-13"


def test_text_and_html_are_exclusive():
    with pytest.raises(InputError):
        build_timeline("some text", html="<p>some text</p>")
    with pytest.raises(InputError):
        build_timeline()


def test_the_public_function_stays_callable_once_the_package_is_imported(fake_tagger):
    # ``datesleuth.timeline`` is both the public function and this subpackage: importing
    # the subpackage must not replace the function on the ``datesleuth`` module.
    import datesleuth.timeline.build

    assert callable(datesleuth.timeline)
    assert datesleuth.timeline(ARTICLE, dct=WRITTEN).reference_date == WRITTEN


PAGE = (
    "<html><head><title>Ministers to meet</title></head><body><article>"
    "<h1>Ministers to meet</h1><p>The ministers agreed on Thursday to meet next week in "
    "Reykjavik, on May 20, 2021, officials said. The talks follow months of tension.</p>"
    "</article></body></html>"
)


@pytest.mark.parametrize(
    "analyse",
    [
        lambda: analyse_article(html=PAGE),
        lambda: timeline_of(read_article_once(None, PAGE, None)),
        lambda: build_timeline(html=PAGE),
    ],
)
def test_an_html_page_is_read_once(analyse, monkeypatch):
    # Extracting the main text of a page is the costly part of reading it.
    reads = []
    real_read_html = html_reading.read_html

    def counted(*args, **kwargs):
        reads.append(args)
        return real_read_html(*args, **kwargs)

    monkeypatch.setattr(html_reading, "read_html", counted)
    analyse()
    assert len(reads) == 1
