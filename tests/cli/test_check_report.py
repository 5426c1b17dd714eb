"""``datesleuth check``'s human report: one clue, two lines, whatever the article's layout."""

from __future__ import annotations

import datetime as dt

from datesleuth import cli
from datesleuth.cli.check_command import render_report
from datesleuth.types import CheckResult, Estimate, Evidence


def test_a_clue_spanning_a_line_break_is_quoted_on_one_line() -> None:
    clue = Evidence(
        "Indian PM\r\nInder Kumar  Gujral", 10, 40, "office-current",
        dt.date(1997, 4, 21), dt.date(1998, 3, 19), 2.5, None, "named as office holder",
    )  # fmt: skip
    result = CheckResult(None, None, None, "undetermined", 0.0, [clue])
    lines = render_report(result).splitlines()
    assert lines[-2] == '  - "Indian PM Inder Kumar Gujral" [10-40] office-current, weight 2.5'
    assert lines[-1].startswith("      named as office holder -> 1997-04-21 .. 1998-03-19")


def test_an_estimate_without_bounds_is_reported_as_a_guess() -> None:
    guess = Estimate(None, None, dt.date(1987, 3, 9))
    result = CheckResult(None, None, guess, "undetermined", 0.0, [])
    written = render_report(result).splitlines()[1].split(maxsplit=1)[1]
    assert written == "no clue bounds the year, a guess: most likely 9 March 1987 (Monday)"


def test_an_estimate_with_one_bound_keeps_the_interval() -> None:
    bounded = Estimate(dt.date(2004, 1, 1), None, dt.date(2005, 12, 31))
    result = CheckResult(None, None, bounded, "undetermined", 0.0, [])
    written = render_report(result).splitlines()[1]
    assert written.startswith("Written:       between 1 January 2004 (Thursday) and today")


def test_a_claim_read_from_an_html_page_is_quoted_from_its_main_text(tmp_path, capsys) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Ministers to meet</title></head><body><article>"
        "<h1>Ministers to meet</h1><p>Published: 27 May 2024</p><p>The ministers agreed "
        "on Thursday to meet next week in Reykjavik, on May 20, 2021, officials said. The "
        "talks follow months of tension between the two sides over the Arctic.</p>"
        "</article></body></html>",
        encoding="utf-8",
    )
    assert cli.main(["check", str(page)]) == 0
    claimed = capsys.readouterr().out.splitlines()[0]
    assert claimed.startswith("Claimed date:  27 May 2024 (Monday), from the 'Published' line")
    assert claimed.endswith('"27 May 2024" [29-40]')
