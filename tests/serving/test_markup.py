import datetime as dt

from datesleuth.serving.markup import Mark, render_chart, render_marked_text
from datesleuth.timeline import order_expressions
from datesleuth.types import Timeline, Timex


def test_overlapping_marks_are_cut_into_pieces_listing_their_marks():
    text = "Met on May 20 & later."
    marks = [
        Mark(7, 13, "x7-13", "timex", "DATE 2021-05-20"),
        Mark(0, 13, "c0", "clue", "clue: a meeting"),
    ]
    html = render_marked_text(text, marks)
    assert html.startswith('<a id="c0" class="anchor"></a><mark class="clue" data-marks="c0"')
    assert '<a id="x7-13" class="anchor"></a><mark class="clue timex" data-marks="x7-13 c0"' in html
    assert 'title="DATE 2021-05-20 · clue: a meeting"' in html
    assert html.endswith(" &amp; later.")


def test_the_chart_has_one_row_per_date_and_marks_the_writing_date():
    text = "On May 20 and again on May 20, after 2019."
    timexes = [
        Timex("May 20", 3, 9, "DATE", "2021-05-20"),
        Timex("May 20", 23, 29, "DATE", "2021-05-20"),
        Timex("2019", 37, 41, "DATE", "2019"),
    ]
    svg = render_chart(order_expressions(text, timexes, dt.date(2021, 5, 13), "dct"))
    assert svg.count('class="chart-row"') == 2
    assert "Thu 20 May 2021 ×2" in svg and '<a href="#x3-9"' in svg
    assert "written Thu 13 May 2021" in svg
    assert ">Jan 2020<" in svg  # a tick of the month axis


def test_an_empty_timeline_says_so():
    assert "No dated expression" in render_chart(Timeline(None, "none", []))


def test_marks_open_and_close_at_every_cut_in_their_order():
    text = "abcdefghij"
    marks = [
        Mark(2, 8, "outer", "clue", "outer"),
        Mark(2, 4, "first", "timex", "first"),
        Mark(4, 4, "empty", "timex", "empty"),
        Mark(6, 10, "last", "timex", "last"),
    ]
    assert render_marked_text(text, marks) == (
        "ab"
        '<a id="outer" class="anchor"></a><a id="first" class="anchor"></a>'
        '<mark class="clue timex" data-marks="outer first" title="outer · first" '
        'tabindex="0">cd</mark>'
        '<a id="empty" class="anchor"></a>'
        '<mark class="clue" data-marks="outer" title="outer" tabindex="0">ef</mark>'
        '<a id="last" class="anchor"></a>'
        '<mark class="clue timex" data-marks="outer last" title="outer · last" '
        'tabindex="0">gh</mark>'
        '<mark class="timex" data-marks="last" title="last" tabindex="0">ij</mark>'
    )
