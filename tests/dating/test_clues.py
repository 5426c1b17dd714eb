"""Clues from hand-built expressions: what each says about the writing date W."""

from __future__ import annotations

import datetime as dt
from typing import Any

import dating_fakes as F

from datesleuth.dating.claimed import read_claim
from datesleuth.dating.clues import (
    OFFICE_END_SLACK,
    RECENCY_LIKELY_GAP,
    Clue,
    WeekdayWindow,
    build_clues,
    day_marks,
)
from datesleuth.dating.estimate import estimate_writing_date
from datesleuth.dating.offsets import MonthDay
from datesleuth.dating.verdict import judge
from datesleuth.types import Estimate, Timex

D = dt.date


def _holds(clue: Clue, day: dt.date) -> bool:
    return clue.constraint(day, day).holds_on(day)


def _only(clues: list[Clue], kind: str) -> Clue:
    [clue] = [c for c in clues if c.kind == kind]
    return clue


def test_past_year_bounds_from_below_and_recency_is_weak() -> None:
    text = "Relations soured after the election in 2020."
    clues = build_clues(text, [F.timex_at(text, "2020", "2020", None, "past")])
    past = _only(clues, "past-date")
    # A past year may be the coming one in reported speech: a year of slack.
    assert not _holds(past, D(2018, 12, 31)) and _holds(past, D(2019, 1, 1))
    assert _holds(past, D(2030, 1, 1))
    recency = _only(clues, "recency")
    assert recency.weak
    assert _holds(recency, D(2021, 12, 31)) and not _holds(recency, D(2022, 1, 1))
    # Most likely from the start of the period named as past ("exports rose in 2020" may
    # be written late in 2020) to a while after its end.
    [likely] = recency.hints
    assert likely.days == ((D(2020, 1, 1), D(2020, 12, 31) + RECENCY_LIKELY_GAP),)


def test_year_naming_an_event_is_weak_whatever_the_tense() -> None:
    text = "Officials said they had sold tickets for the 2008 Olympics."
    [clue, _recency] = build_clues(text, [F.timex_at(text, "2008", "2008", None, "past")])
    assert clue.kind == "event-year" and clue.weak
    assert _holds(clue, D(2007, 1, 1)) and not _holds(clue, D(2006, 12, 31))


def test_future_date_bounds_from_above() -> None:
    text = "The summit will be held on 20 May 2021."
    clues = build_clues(text, [F.timex_at(text, "20 May 2021", "2021-05-20", None, "future")])
    clue = _only(clues, "future-date")
    assert _holds(clue, D(2021, 5, 20)) and not _holds(clue, D(2021, 5, 21))


def test_future_clause_date_needs_a_cue_word_to_be_strong() -> None:
    text = "Output will rise this year after falling sharply in 1986. Talks will resume in 1988."
    timexes = [
        F.timex_at(text, "1986", "1986", None, "future"),
        F.timex_at(text, "1988", "1988", None, "future"),
    ]
    comparison, plan = (c for c in build_clues(text, timexes) if c.kind == "future-date")
    assert comparison.text == "1986" and comparison.weak
    assert plan.text == "1988" and not plan.weak


def test_reported_plan_in_the_past_tense_is_upcoming() -> None:
    text = "He said the plant was due to open in March 2008."
    [clue] = build_clues(text, [F.timex_at(text, "March 2008", "2008-03", None, "past")])
    assert clue.kind == "future-date"


def test_range_is_one_span_from_its_start() -> None:
    text = "its chairmanship for the years 2021-2023 begins"
    timexes = [
        F.timex_at(text, "2021", "2021", None, "present"),
        F.timex_at(text, "2023", "2023", None, "present"),
    ]
    [clue] = build_clues(text, timexes)
    assert clue.text == "2021-2023"
    assert _holds(clue, D(2020, 1, 1)) and not _holds(clue, D(2019, 12, 31))


def test_month_day_past_is_within_months_after_for_each_year() -> None:
    text = "The vote took place on March 3."
    [clue] = build_clues(text, [F.timex_at(text, "March 3", "XXXX-03-03", "MD:03-03", "past")])
    assert _holds(clue, D(1997, 3, 3)) and _holds(clue, D(1997, 9, 3))
    assert not _holds(clue, D(1997, 10, 1))
    # A month of slack before it: plans are reported in the past tense too.
    assert _holds(clue, D(1997, 1, 31)) and not _holds(clue, D(1997, 1, 30))
    assert _holds(clue, D(2015, 4, 1))


def test_weekday_with_month_day_keeps_only_matching_years() -> None:
    text = "It happened on Wednesday, May 12, in the capital."
    [clue] = build_clues(text, [F.timex_at(text, "May 12", "XXXX-05-12", "MD:05-12", "past")])
    assert clue.weight > 2.0
    assert _holds(clue, D(2021, 5, 13))  # 12 May 2021 was a Wednesday
    assert not _holds(clue, D(2022, 5, 13))  # 12 May 2022 was a Thursday
    assert "2021" in clue.explanation


def test_month_day_without_tense_or_weekday_says_nothing() -> None:
    text = "The May 20 deadline"
    assert build_clues(text, [F.timex_at(text, "May 20", "XXXX-05-20", "MD:05-20", None)]) == []


def test_past_weekday_is_a_weekly_window() -> None:
    text = "On Wednesday, the ministry said."
    [clue] = build_clues(text, [F.timex_at(text, "Wednesday", "XXXX-WXX-3", "WD:3", "past")])
    assert clue.days == WeekdayWindow(3, 0, 3)
    assert _holds(clue, D(2021, 5, 13)) and _holds(clue, D(2021, 5, 15))
    assert not _holds(clue, D(2021, 5, 17))


def test_next_week_paired_with_scheduled_month_day() -> None:
    text = "They will meet next week.\n\nThe meeting is scheduled to be held on May 20."
    timexes = [
        F.timex_at(text, "next week", "XXXX-WXX", "WEEK+1", "future"),
        F.timex_at(text, "May 20", "XXXX-05-20", "MD:05-20", "present"),
    ]
    pair = _only(build_clues(text, timexes), "relative-pair")
    # 20 May 2021 was a Thursday: W in the ISO week before, 10-16 May 2021.
    assert _holds(pair, D(2021, 5, 10)) and _holds(pair, D(2021, 5, 16))
    assert not _holds(pair, D(2021, 5, 17)) and not _holds(pair, D(2021, 5, 9))


def test_yesterday_paired_with_past_absolute_day() -> None:
    text = "Yesterday's vote, held on 3 March 2019, was close."
    timexes = [
        F.timex_at(text, "Yesterday", "XXXX-XX-XX", "DAY-1", "past"),
        F.timex_at(text, "3 March 2019", "2019-03-03", None, "past"),
    ]
    pair = _only(build_clues(text, timexes), "relative-pair")
    assert pair.days == ((D(2019, 3, 4), D(2019, 3, 4)),)


def test_past_tense_of_a_reporting_verb_does_not_make_an_upcoming_day_past() -> None:
    text = "The meeting is on May 20. They agreed to meet at the May 20 session."
    timexes = [
        F.timex_at(text, "May 20", "XXXX-05-20", "MD:05-20", "present", 0),
        F.timex_at(text, "May 20", "XXXX-05-20", "MD:05-20", "past", 1),
    ]
    assert [c for c in build_clues(text, timexes) if c.kind == "month-day"] == []


def test_expressions_in_the_header_are_not_content() -> None:
    text = "| 27 May 2024, Monday |\n\nThe 2020 election was close."
    header = Timex("27 May 2024", 2, 13, "DATE", "2024-05-27")
    election = F.timex_at(text, "2020", "2020", None, "past")
    clues = build_clues(text, [header, election], claim=read_claim(text))
    assert {c.text for c in clues} == {"2020"}


def test_narrative_anchored_expressions_are_not_about_the_writing_date() -> None:
    text = "After the vote, the next day, protests began."
    narrative = Timex("the next day", 15, 27, "DATE", "2019-03-04", anchor="DAY+1")
    narrative = Timex(**{**narrative.to_dict(), "anchor_source": "narrative"})
    assert build_clues(text, [narrative]) == []


def test_dateline_month_day_says_the_day_of_writing() -> None:
    text = "MOSCOW, May 13 (Reuters) - Russia said."
    [clue] = build_clues(text, [], claim=read_claim(text))
    assert clue.kind == "dateline"
    assert _holds(clue, D(2021, 5, 13)) and not _holds(clue, D(2021, 5, 15))


def test_office_holders_current_former_and_alternative_terms() -> None:
    text = "US President Joe Biden met then-US President Donald Trump."
    trump = "then-US President Donald Trump"
    mentions = [
        F.mention_at(text, "US President Joe Biden", F.BIDEN, "current"),
        F.mention_at(text, trump, F.TRUMP_1, "former"),
        F.mention_at(text, trump, F.TRUMP_2, "former"),  # an ongoing term cannot be "former"
    ]
    clues = build_clues(text, [], mentions)
    current = _only(clues, "office-current")
    assert _holds(current, D(2021, 1, 20)) and not _holds(current, D(2025, 3, 1))
    # The title is still written in the story of the term's end, days after it.
    term_end = F.BIDEN.end
    assert term_end is not None
    assert _holds(current, term_end + OFFICE_END_SLACK)
    assert not _holds(current, term_end + OFFICE_END_SLACK + dt.timedelta(days=1))
    former = _only(clues, "office-former")
    assert not _holds(former, D(2020, 6, 1)) and _holds(former, D(2021, 6, 1))


def test_untitled_surname_weighs_less_than_a_titled_name() -> None:
    text = "Biden said. President Biden said."
    untitled = F.FakeMention(0, 5, "Biden", F.BIDEN, "current", titled=False)
    titled = F.mention_at(text, "President Biden", F.BIDEN, "current")
    [alone] = build_clues(text, [], [untitled])
    [kept] = build_clues(text, [], [untitled, titled])
    assert alone.weight < kept.weight and kept.text == "President Biden"


def test_seed_clues_pin_the_week_and_flag_the_claim(
    seed_text: str, seed_timexes: list[Timex], seed_mentions: list[Any]
) -> None:
    claim = read_claim(seed_text)
    clues = build_clues(seed_text, seed_timexes, seed_mentions, claim)
    solution = estimate_writing_date(clues)
    assert solution is not None
    assert solution.earliest is not None and solution.latest is not None
    assert D(2021, 5, 10) <= solution.earliest <= D(2021, 5, 13) <= solution.latest
    assert solution.latest <= D(2021, 5, 20)
    assert D(2021, 5, 12) <= solution.most_likely <= D(2021, 5, 14)
    judgement = judge(claim.date, solution)
    assert judgement.verdict == "misdated"
    assert judgement.discrepancy_days is not None and judgement.discrepancy_days > 2 * 365
    assert judge(D(2021, 5, 13), solution).verdict == "consistent"


def test_known_name_followed_by_more_name_is_someone_else() -> None:
    text = "Prime Minister Joe Biden Smith spoke. President Joe Biden Tuesday said."
    other = F.mention_at(text, "Prime Minister Joe Biden", F.BIDEN, "current")
    start = text.index("President Joe Biden Tuesday")
    real = F.FakeMention(start, start + 19, "President Joe Biden", F.BIDEN, "current", True)
    [clue] = build_clues(text, [], [other, real])
    assert clue.start == start


def test_a_day_that_recurs_every_year_dates_no_year() -> None:
    text = "The deal was signed on October 27."
    clues = build_clues(text, [F.timex_at(text, "October 27", "XXXX-10-27", "MD:10-27", "past")])
    solution = estimate_writing_date(clues)
    assert solution is not None and not solution.dates_the_year
    assert solution.estimate() is None
    # The claim can still be judged: half a year after 27 October is too late.
    assert judge(D(2021, 6, 1), solution).verdict != "consistent"
    assert judge(D(2021, 11, 1), solution).verdict == "consistent"


def test_most_likely_day_follows_the_latest_past_date_even_with_an_open_end() -> None:
    text = "Exports fell in 1996 after a record in 1990."
    timexes = [
        F.timex_at(text, "1996", "1996", None, "past"),
        F.timex_at(text, "1990", "1990", None, "past"),
    ]
    solution = estimate_writing_date(build_clues(text, timexes))
    assert solution is not None and solution.latest is None
    assert solution.earliest is not None and solution.earliest.year == 1995
    assert D(1997, 1, 1) <= solution.most_likely <= D(1997, 12, 31)


def test_most_likely_day_lies_before_an_upcoming_year() -> None:
    text = "Output rose in 1986. The plant will open in 1992."
    timexes = [
        F.timex_at(text, "1986", "1986", None, "past"),
        F.timex_at(text, "1992", "1992", None, "future"),
    ]
    solution = estimate_writing_date(build_clues(text, timexes))
    assert solution is not None
    assert D(1987, 1, 1) <= solution.most_likely <= D(1991, 12, 31)


def test_terms_of_securities_are_upcoming_whatever_the_tense() -> None:
    text = "The company said the notes mature on November 15, 2004."
    timex = F.timex_at(text, "November 15, 2004", "2004-11-15", None, "past")
    [clue] = build_clues(text, [timex])
    assert clue.kind == "future-date"


def test_an_expected_weekday_is_no_past_weekday() -> None:
    text = "Final results were expected Monday."
    [clue] = build_clues(text, [F.timex_at(text, "Monday", "XXXX-WXX-1", "WD:1", "past")])
    assert clue.kind == "upcoming-weekday"
    assert day_marks([clue]).upcoming_weekdays == {1} and not day_marks([clue]).weekdays
    # Written in the three days before a Monday: 17 May 2021 was one.
    assert _holds(clue, D(2021, 5, 14)) and _holds(clue, D(2021, 5, 17))
    assert not _holds(clue, D(2021, 5, 13)) and not _holds(clue, D(2021, 5, 18))


def test_last_week_paired_with_a_past_date_only_favours_days() -> None:
    text = "Brazil on February 20 suspended payments, followed last week by a freeze."
    timexes = [
        F.timex_at(text, "February 20", "XXXX-02-20", "MD:02-20", "past"),
        F.timex_at(text, "last week", "XXXX-WXX", "WEEK-1", "past"),
    ]
    pair = _only(build_clues(text, timexes), "relative-pair")
    assert pair.weak


def test_dates_between_two_years_make_one_range() -> None:
    text = "The board approved job cuts between 2006 and 2008, the paper said."
    timexes = [
        F.timex_at(text, "2006", "2006", None, "past"),
        F.timex_at(text, "2008", "2008", None, "past"),
    ]
    past = _only(build_clues(text, timexes), "past-date")
    assert past.text == "2006 and 2008"
    assert _holds(past, D(2006, 1, 1))


def test_dates_listed_after_an_upcoming_one_are_upcoming() -> None:
    text = "The issue can be redeemed early on April 10, 1991, 1992 or 1993."
    timexes = [
        F.timex_at(text, "April 10, 1991", "1991-04-10", None, "past"),
        F.timex_at(text, "1992", "1992", None, "past"),
        F.timex_at(text, "1993", "1993", None, "past"),
    ]
    kinds = {c.text: c.kind for c in build_clues(text, timexes)}
    assert kinds == {"April 10, 1991": "future-date", "1992": "future-date", "1993": "future-date"}


def test_month_days_with_a_tense_are_day_marks() -> None:
    text = "Talks ended on May 10 and resume on June 2. They met on Friday."
    timexes = [
        F.timex_at(text, "May 10", "XXXX-05-10", "MD:05-10", "past"),
        F.timex_at(text, "June 2", "XXXX-06-02", "MD:06-02", "future"),
        F.timex_at(text, "Friday", "XXXX-WXX-5", "WD:5", "past"),
    ]
    marks = day_marks(build_clues(text, timexes))
    assert marks.weekdays == {5}
    assert marks.month_days == {MonthDay(5, 10, upcoming=False), MonthDay(6, 2, upcoming=True)}


def test_a_month_whose_year_the_text_does_not_state_is_read_without_one() -> None:
    text = "OPEC said in a December report that demand will grow."
    [clue] = build_clues(text, [F.timex_at(text, "December", "2006-12", None, "past")])
    assert clue.kind == "month"


def test_a_fiscal_year_has_no_tense() -> None:
    text = "He said spending rose 5 percent in fiscal 1998."
    clue = _only(build_clues(text, [F.timex_at(text, "1998", "1998", None, "past")]), "date")
    assert _holds(clue, D(1997, 4, 17))


def test_a_month_day_followed_by_next_is_upcoming() -> None:
    text = "The deficit will be 4 billion in the fiscal year ending June 30 next, he said."
    timex = F.timex_at(text, "June 30", "XXXX-06-30", "MD:06-30", "past")
    [clue] = build_clues(text, [timex])
    assert clue.month_day == MonthDay(6, 30, upcoming=True)


def test_a_date_without_tense_only_favours_days() -> None:
    text = "Payment date is April 8, 1993."
    timex = F.timex_at(text, "April 8, 1993", "1993-04-08", None, "present")
    clue = _only(build_clues(text, [timex]), "date")
    assert clue.weak
    # A guess near the date, with open ends, that judges no claim.
    solution = estimate_writing_date([clue])
    assert solution is not None and solution.tentative
    assert solution.estimate() == Estimate(None, None, D(1993, 4, 9))
    assert judge(D(2015, 6, 1), solution).verdict == "undetermined"


def test_weak_clues_that_favour_days_decades_apart_give_no_guess() -> None:
    def year_clue(year: int) -> Clue:
        days = ((D(year, 1, 1), D(year, 12, 31)),)
        return Clue(str(year), 0, 4, "date", 1.0, days, f"in {year}", weak=True)

    # Equally favoured years further apart than MAX_GUESS_SPAN point at no year...
    assert estimate_writing_date([year_clue(1993), year_clue(2013)]) is None
    # ... two years in a row do.
    solution = estimate_writing_date([year_clue(1993), year_clue(1994)])
    assert solution is not None and solution.tentative
    assert solution.most_likely.year in (1993, 1994)
