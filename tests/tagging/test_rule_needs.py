"""What every match of a rule needs, the kinds of trigger (``needs.rule_needs``) and
the words it spells (``needs.rule_words``): a window that lacks them is skipped, so
they must never turn away a window that holds a match."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from datesleuth.tagging import engine
from datesleuth.tagging.engine import get_tagger
from datesleuth.tagging.language import compile_pattern, load_language
from datesleuth.tagging.needs import KindGuarantees, first_characters, rule_needs, rule_words

LANGUAGE = load_language("en")
TAGGER = get_tagger("en")
GUARANTEES = KindGuarantees(LANGUAGE.trigger)


def kinds_of(text: str) -> frozenset[str]:
    trigger = LANGUAGE.trigger
    return frozenset().union(*(trigger.kinds(found) for found in trigger.finditer(text)))


def needs_of(pattern: str) -> tuple[frozenset[str], ...]:
    regex, groups = compile_pattern(pattern, LANGUAGE.lists, "test")
    return rule_needs(regex.pattern, groups, GUARANTEES)


def met(needs: tuple[frozenset[str], ...], kinds: frozenset[str]) -> bool:
    return all(not need.isdisjoint(kinds) for need in needs)


MONTH = kinds_of("March")
WEEKDAY = kinds_of("Friday")
UNIT = kinds_of("week")


def test_a_word_list_every_match_holds_is_needed() -> None:
    needs = needs_of("<month> <day_number>")
    assert needs
    assert met(needs, MONTH)
    assert not met(needs, WEEKDAY | UNIT)


def test_an_optional_part_needs_nothing() -> None:
    assert needs_of("(?:<month> )?<day_number>") == ()


def test_either_option_of_an_alternation_meets_its_need() -> None:
    needs = needs_of("(?:<weekday>|<month>) <day_number>")
    assert met(needs, MONTH)
    assert met(needs, WEEKDAY)
    assert not met(needs, UNIT)


def test_a_literal_word_is_needed() -> None:
    needs = needs_of("the week after")
    assert met(needs, UNIT)
    assert not met(needs, MONTH)


def test_a_word_glued_to_other_letters_needs_nothing() -> None:
    # The scan never sees "week" inside "midweek".
    assert needs_of("mid<duration_unit>") == ()
    assert needs_of("(?:the )?mid week") != ()


def test_a_month_inside_a_holiday_name_is_still_looked_for() -> None:
    # "May" in "May Day" is scanned as the holiday, not as a month, and the rules of a
    # named month ("May 1998") are tried all the same.
    assert not MONTH.issubset(kinds_of("May Day"))
    assert met(needs_of("every <month>"), kinds_of("May Day"))
    ((_, _, kinds),) = TAGGER.windows("Talks must end by May Day 1998.")
    assert any(rule.name == "month_year" for rule in TAGGER.rules_for(kinds))


def test_what_the_reading_does_not_know_needs_nothing() -> None:
    assert needs_of("(?P<x>ab)?(?(x)c|d) <month>") == ()


def test_a_back_reference_needs_nothing_of_its_own() -> None:
    needs = needs_of("<month> <day_number> and (?P=month)")
    assert met(needs, MONTH)
    assert not met(needs, WEEKDAY | UNIT)


def test_every_english_rule_with_a_trigger_list_word_has_needs() -> None:
    for name in ("month_day", "amount_unit", "weekday", "season_alone", "deictic_day"):
        rule = next(r for r in LANGUAGE.rules if r.name == name)
        assert rule.needs, name


def words_of(pattern: str) -> tuple[frozenset[str], ...]:
    regex, groups = compile_pattern(pattern, LANGUAGE.lists, "test")
    return rule_words(regex.pattern, groups)


def test_the_words_every_match_spells() -> None:
    digits, units, ago = words_of("<number_digits> <duration_unit> (?:ago|back)")
    assert digits == frozenset("0123456789")
    assert "week" in units
    assert ago == frozenset({"ago", "back"})
    assert words_of("(?:(?:the )?past )?<duration_unit>") == (units,)
    assert words_of("(?:the )?(?:past )?") == ()


def test_a_digit_spells_one_of_the_ten_digits() -> None:
    digits = frozenset("0123456789")
    assert words_of("\\d\\d? days") == (digits, frozenset({"days"}))
    assert words_of("[0-5]\\d minutes") == (digits, frozenset({"minutes"}))
    assert words_of("[-0-9]+ minutes") == (frozenset({"minutes"}),)


def test_a_word_list_spells_a_word_of_each_phrase_even_inside_a_longer_word() -> None:
    ((ampm,),) = [words_of("<ampm>")]
    phrases = LANGUAGE.lists["ampm"].phrases
    assert all(any(word in phrase for word in ampm) for phrase in phrases)
    # The shortest pieces suffice: a window holding "a.m." holds "a.m".
    assert not any(a != b and a in b for a in ampm for b in ampm)
    # "5pm": no word boundary stands before the list's word, which is spelled all the same.
    assert words_of("\\d<ampm>")[-1] == ampm


def test_a_window_without_the_words_is_skipped_whatever_their_case() -> None:
    ago = next(rule for rule in LANGUAGE.rules if rule.name == "vague_ago")
    kinds = frozenset().union(*(need for need in ago.needs)) | ago.triggers
    assert ago in TAGGER.rules_in("several years AGO", kinds)
    assert ago not in TAGGER.rules_in("several years since", kinds)


def test_the_characters_that_stand_for_ascii_letters_regardless_of_case() -> None:
    # A window holding one of them is not looked into with lower().
    letters = re.compile(r"[a-z0-9_]", re.IGNORECASE)
    beyond_ascii = [chr(code) for code in range(0x80, 0x110000)]
    matched = {c for c in beyond_ascii if letters.match(c)}
    lowered = {c for c in beyond_ascii if re.search(r"[a-z0-9_]", c.lower(), re.ASCII)}
    assert matched == engine._FOLDS_TO_ASCII
    assert lowered <= engine._FOLDS_TO_ASCII


def skipped_windows_hold_no_match(text: str) -> None:
    for start, end, kinds in TAGGER.windows(text):
        kept = {id(rule) for rule in TAGGER.rules_in(text[start:end], kinds)}
        for rule in LANGUAGE.rules:
            if id(rule) in kept or (rule.triggers and rule.triggers.isdisjoint(kinds)):
                continue
            found = [m.group() for m in rule.regex.finditer(text, start, end)]
            assert not found, (rule.family, rule.name, found)


def test_no_example_of_any_rule_is_in_a_skipped_window() -> None:
    for example in LANGUAGE.examples:
        skipped_windows_hold_no_match(example.text)


# Words that stand inside, across or around one another in the trigger scan.
PIECES = [
    "May", "Day", "May Day", "March", "Christmas", "Eve", "New", "Year's", "Good Friday",
    "Friday", "Sunday", "Easter", "week", "weeks", "year", "years", "ago", "the", "past",
    "next", "last", "this", "every", "a", "in", "of", "on", "by", "until", "quarter",
    "half", "fiscal", "1998", "20", "3", "two", "thousand", "noon", "night", "morning",
    "tonight", "today", "p.m.", "7:30", "'90s", "mid-", "-", ",", ".", "day", "days",
    "century", "twenty", "AGO", "Back", "long-", "s", "ſ",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=30).map(" ".join))
def test_no_match_is_ever_in_a_skipped_window(text: str) -> None:
    skipped_windows_hold_no_match(text)


def test_the_plain_words_of_a_trigger_pattern_keep_its_kind() -> None:
    # "ago" is scanned among the phrases of the lists, yet reports its pattern's kind.
    patterns = LANGUAGE.grammar["trigger_patterns"]
    first = len(LANGUAGE.grammar["trigger_lists"])
    ago = next(i for i, p in enumerate(patterns) if "ago" in p.split("|"))
    assert f"t{first + ago}" in kinds_of("two years ago")
    assert f"t{first + ago}" in kinds_of("the year-earlier period")
    assert "ago" not in LANGUAGE.trigger.regex.pattern.split("(?P<t", 1)[1]


def test_the_characters_a_match_may_start_with() -> None:
    assert first_characters(r"\d+ days") == r"\d"
    assert first_characters(r"(?:the )?next week") == "nt"
    assert first_characters(r"(?<=\bat\s)(?:noon|midnight)") == "mn"
    assert first_characters(r"a?[0-3]b") == "0-3a"
    assert first_characters(r"x*") is None  # may match nothing
    assert first_characters(r".foo") is None
    assert first_characters(r"[^a]b") is None
    assert first_characters(r"\w+ly") is None


def test_the_first_character_gate_turns_away_no_match() -> None:
    for rule in LANGUAGE.rules:
        firsts = first_characters(rule.regex.pattern)
        gate = f"(?=[{firsts}])"
        if firsts is None or gate not in rule.regex.pattern:
            continue
        ungated = re.compile(rule.regex.pattern.replace(gate, "", 1), rule.regex.flags)
        for example in LANGUAGE.examples:
            gated_spans = [m.span() for m in rule.regex.finditer(example.text)]
            assert gated_spans == [m.span() for m in ungated.finditer(example.text)], rule.name
