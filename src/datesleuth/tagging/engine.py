"""The tagging engine: find rule matches near trigger words, choose, extend, resolve.

1. One scan with the language's trigger regex finds the places where a temporal
   expression can be (month and weekday names, unit words, years, clock times...);
   the rules only run in small windows around them, which keeps tagging fast and linear,
   and only the rules whose matches can be made of the kinds of trigger a window holds.
2. Overlapping matches are settled longest first, then by rule priority.
3. A modifier just before a match ("early", "the end of", "nearly") joins the span and
   sets ``mod``.
4. Each chosen match is resolved in text order, against the reference date, the tense
   of its clause and the last date the narrative mentioned.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, replace
from functools import cache
from typing import Any

from datesleuth.errors import DatesleuthError
from datesleuth.tagging import dates
from datesleuth.tagging.language import (
    Language,
    Rule,
    expand_list_tokens,
    load_language,
    phrase_alternation,
    phrase_key,
)
from datesleuth.tagging.resolve import (
    RESOLVERS,
    Context,
    Resolution,
    after_reference,
    counts_days,
    holiday_date,
    names_its_day,
    resolve,
    shift_by_unit,
    shift_value_years,
)
from datesleuth.tagging.tense import TenseIndex, TenseModel, leads_into, word_before
from datesleuth.types import Tense, Timex, TimexType

# Characters of context a rule may need around a trigger ("the first two quarters of").
_WINDOW_BEFORE = 32
_WINDOW_AFTER = 40
# Windows closer than this are merged: fewer, longer regex scans are cheaper.
_MERGE_GAP = 32
# How far a window's edge may move to the end of the word it cuts.
_SNAP_REACH = 40
# How far before a match a modifier may start ("the very beginning of").
_MODIFIER_REACH = 32
# How far before an anaphoric "that" the verb of saying it follows may start ("noted").
_SPEECH_REACH = 32
# The mods that place a time within a period.
_POSITION_MODS = frozenset({"START", "MID", "END"})
# How far before a span's first day its opener may start ("between").
_OPENER_REACH = 16
# How far back the words before an adjective of frequency may start ("the biggest").
_ADJECTIVE_LEAD_REACH = 24
# How far back the "(" of a parenthesis around a day may be ("(1747 GMT Monday)").
_PARENTHESIS_REACH = 40
# Distinct sets of trigger kinds whose rules are kept (a handful in news; the bound keeps
# memory flat on any input).
_RULE_CACHE_SIZE = 4096
_WORD_CHAR = re.compile(r"\w")
# The characters beyond ASCII that regular expressions matched without regard to case
# take for ASCII letters or digits, and that lower() does not turn into them alike
# ("İ", dotless "ı", long "ſ", the Kelvin sign).
_FOLDS_TO_ASCII = frozenset("\u0130\u0131\u017f\u212a")
# Words a framing year may follow at the start of its sentence ("Back in 1998,").
_FRAME_LEAD_WORDS = 2
_QUARTER_VALUE = re.compile(r"\d{4}-Q[1-4]")
# Several months of a year ("the first nine months", "the six months"): more than a quarter.
_MONTHS_VALUE = re.compile(r"P(?:[4-9]|1[01])M")
# A time of a day, a day, a value that starts with a year.
_DAY_OF_TIME = re.compile(r"\d{4}-\d\d-\d\dT")
_DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d")
# How far (in characters, some paragraphs) a day the story named still dates a bare time
# of day told after it.
_STALE_STORY_CHARS = 700
# The kinds of quotation mark a language lists.
_QUOTE_KINDS = ("opening", "closing", "either")
# The clock time of a time value ("T17:00" of "2021-05-13T17:00").
_CLOCK_VALUE = re.compile(r"T\d\d:\d\d")
# What, besides the weekday, moves or fixes the day of "next Friday", "Friday, May 2".
_WEEKDAY_SHIFT_KEYS = ("month", "day", "offset", "week_offset", "weeks_after", "day_offset_shift")
_YEAR_VALUE = re.compile(r"\d{4}")
# A day counted from a reference date there is none of ("Monday", "yesterday").
_UNKNOWN_DAY = re.compile(r"XXXX-(?:WXX-\d|XX-XX)")
_MONTH_OR_DAY_VALUE = re.compile(r"\d{4}-\d\d(?:-\d\d)?")
# The values of a day, month or season that may name a thing ("their summer peaks").
_NAMING_VALUE = re.compile(r"\d{4}-(?:\d\d(?:-\d\d)?|SP|SU|FA|WI)")
_MONTH_VALUE = re.compile(r"\d{4}-\d\d")
# A word in lower case right after an expression ("the June 23 referendum").
_LOWER_WORD_AFTER = re.compile(r" (?=[a-z])")
# A story set this long before the reference lends its year to the dates told after it,
# for those that fall this many days before or after its day.
_STORY_LONG_GONE_DAYS = 400
_STORY_REACH_DAYS = (45, 120)
# The calendar values a story can move to: not a clock time, a weekend, a decade or a century.
_NARRATIVE_GRANULARITIES = {"day", "month", "quarter", "half", "year", "season", "week"}


@dataclass(frozen=True)
class Match:
    start: int
    end: int
    rule: Rule
    groups: Mapping[str, Any]
    mod: str | None = None


class Tagger:
    """Applies one language's rules; build it once per language (see :func:`get_tagger`)."""

    def __init__(self, language: Language) -> None:
        unknown = {r.meaning.get("kind") for r in language.rules} - set(RESOLVERS)
        if unknown:
            raise DatesleuthError(f"language {language.code}: unknown meaning kinds {unknown}")
        self.language = language
        self.tense = TenseModel.from_grammar(language.grammar, language.lists)
        grammar = language.grammar
        self._mods = _Modifiers.of(
            grammar["modifiers_before"], grammar.get("modifier_prefix_regex", ""), r"(?:\s+|-)$"
        )
        # "talked about the 1950s": after a word that takes a topic, "about" is no mod.
        not_after = "".join(
            rf"(?<!\b{re.escape(word)}\s)" for word in grammar.get("topic_words", ())
        )
        self._outside = _Modifiers.of(grammar.get("modifiers_outside", {}), prefix=not_after)
        spelled = expand_list_tokens(grammar, language.lists)
        self._clause_opener = re.compile(spelled.get("clause_opener_regex", "(?!)"), re.I)
        self._speech_before = re.compile(spelled.get("speech_before_regex", "(?!)"), re.I)
        self._report_day_lead = word_before(spelled.get("report_day_lead_regex"))
        self._not_before_days = {
            phrase_key(p) for p in grammar.get("modifiers_not_before_days", ())
        }
        self._mod_types = set(grammar.get("modifier_types", ["DATE", "TIME", "DURATION"]))
        self._amount_mods = _Modifiers.of(
            grammar.get("modifiers_before_amounts", {}),
            grammar.get("amount_modifier_prefix_regex", ""),
        )
        self._outside_amounts = _Modifiers.of(grammar.get("modifiers_outside_amounts", {}))
        self._amount_start = re.compile(grammar.get("amount_start_regex", "(?!)"), re.I)
        # What joins the two ends of a range of times ("from noon to 3 p.m."), and of a
        # span of days ("from Friday until Saturday").
        self._range_link = _link(grammar.get("range_link_regex"))
        self._span_link = _link(grammar.get("span_link_regex"))
        # "between Thursday and Monday": a pair that opener starts is a span too.
        self._spans = _Spans(
            self._span_link, self._range_link, word_before(grammar.get("span_opener_regex"))
        )
        self._routine_days = re.compile(spelled.get("routine_days_regex", "(?!)"), re.I)
        self._set_adjective_lead = word_before(grammar.get("set_adjective_lead_regex"))
        # Case matters here: a title is told by its capitals.
        self._title = re.compile(grammar.get("title_regex", "(?!)"))
        self._year_aside = re.compile(grammar.get("year_aside_regex", "(?!)"), re.I)
        self._aside_clause = re.compile(grammar.get("aside_clause_regex", "(?!)"), re.I)
        self._quote_marks = _QuoteMarks.of(grammar.get("quotation_marks", {}))
        self._when_clause = re.compile(grammar.get("when_clause_regex", "(?!)"), re.I)
        # What may stand between "the day before" and the day it counts from.
        self._named_day_lead = re.compile(
            rf"\s+(?:(?:{grammar.get('named_day_lead_regex', '(?!)')})\s+)?", re.I
        )
        self._rules_by_kinds: dict[frozenset[str], tuple[Rule, ...]] = {}

    # -- finding ---------------------------------------------------------------------

    def windows(self, text: str) -> Iterator[tuple[int, int, frozenset[str]]]:
        """Stretches of text around triggers, merged, snapped to word boundaries, with
        the kinds of trigger each holds."""
        current: list[int] | None = None
        kinds: set[str] = set()
        for trigger in self.language.trigger.finditer(text):
            start = max(0, trigger.start() - _WINDOW_BEFORE)
            end = min(len(text), trigger.end() + _WINDOW_AFTER)
            if current and start <= current[1] + _MERGE_GAP:
                current[1] = end
                kinds.update(self.language.trigger.kinds(trigger))
                continue
            if current:
                yield (*self._snap(text, current[0], current[1]), frozenset(kinds))
            current = [start, end]
            kinds = set(self.language.trigger.kinds(trigger))
        if current:
            yield (*self._snap(text, current[0], current[1]), frozenset(kinds))

    @staticmethod
    def _snap(text: str, start: int, end: int) -> tuple[int, int]:
        limit = min(len(text), end + _SNAP_REACH)
        while end < limit and _WORD_CHAR.match(text, end):
            end += 1
        floor = max(0, start - _SNAP_REACH)
        while start > floor and _WORD_CHAR.match(text, start - 1):
            start -= 1
        return start, end

    def candidates(self, text: str) -> list[Match]:
        found: list[Match] = []
        for start, end, kinds in self.windows(text):
            for rule in self.rules_in(text[start:end], kinds):
                for m in rule.regex.finditer(text, start, end):
                    # A rule may match context around the expression and mark the
                    # expression itself as the group "timex".
                    first, last = m.span("timex") if rule.marks_span else m.span()
                    if last > first and not self._opens_clause(text, rule, first):
                        found.append(Match(first, last, rule, self._groups(rule, m)))
        return found

    def _opens_clause(self, text: str, rule: Rule, start: int) -> bool:
        """Whether the "that" of an anaphoric expression opens what is said instead
        ("officials said that Friday's vote", "noted that winter wheat")."""
        return (
            bool(rule.meaning.get("anaphoric"))
            and self._clause_opener.match(text, start) is not None
            and self._speech_before.search(text, max(0, start - _SPEECH_REACH), start) is not None
        )

    def rules_in(self, window: str, kinds: frozenset[str]) -> Iterator[Rule]:
        """The rules that can match in ``window``, which holds triggers of these kinds."""
        lowered = _lowered(window)
        # Rules often need the same words (a digit, a unit): each set is looked for once
        # per window. Plain loops: this runs for most rules in every window.
        spelled: dict[frozenset[str], bool] = {}
        for rule in self.rules_for(kinds):
            if lowered is not None:
                for need in rule.words:
                    found = spelled.get(need)
                    if found is None:
                        found = spelled[need] = _spells(need, lowered)
                    if not found:
                        break
                else:
                    yield rule
                continue
            yield rule

    def rules_for(self, kinds: frozenset[str]) -> tuple[Rule, ...]:
        """The rules that can match in a window holding triggers of these kinds."""
        rules = self._rules_by_kinds.get(kinds)
        if rules is None:
            if len(self._rules_by_kinds) >= _RULE_CACHE_SIZE:
                self._rules_by_kinds.clear()
            rules = tuple(rule for rule in self.language.rules if _may_match(rule, kinds))
            self._rules_by_kinds[kinds] = rules
        return rules

    @staticmethod
    def _groups(rule: Rule, m: re.Match[str]) -> dict[str, Any]:
        # Plain named groups give their text; word-list groups their normalized value.
        values: dict[str, Any] = {k: v for k, v in m.groupdict().items() if v is not None}
        for name, word_list in rule.groups.items():
            matched = m.group(name)
            if matched is not None:
                values[name] = word_list.normalize(matched)
        return values

    # -- choosing --------------------------------------------------------------------

    @staticmethod
    def choose(candidates: list[Match]) -> list[Match]:
        """Non-overlapping matches, preferring the longest, then the higher priority."""
        ordered = sorted(candidates, key=lambda c: (-(c.end - c.start), -c.rule.priority, c.start))
        # Taken spans never overlap, so their starts and ends are sorted alike.
        starts: list[int] = []
        ends: list[int] = []
        taken: list[Match] = []
        for cand in ordered:
            index = bisect.bisect_left(ends, cand.start + 1)
            if index < len(starts) and starts[index] < cand.end:
                continue
            starts.insert(index, cand.start)
            ends.insert(index, cand.end)
            taken.append(cand)
        taken.sort(key=lambda c: c.start)
        return taken

    def attach_modifier(self, text: str, match: Match) -> Match:
        if match.rule.type not in self._mod_types or match.rule.meaning.get("no_mod"):
            return match
        before = text[max(0, match.start - _MODIFIER_REACH) : match.start]
        joined = self._mods.find(before)
        if joined is None and self._amount_start.match(text, match.start):
            # "just over two weeks": only before an amount ("just over the weekend" is not).
            joined = self._amount_mods.find(before)
        if (
            joined is not None
            and self._joins(before[joined[0] :], match)
            and not self._places_a_length(text, match, joined[1])
        ):
            at, mod = joined
            return Match(match.start - (len(before) - at), match.end, match.rule, match.groups, mod)
        outside = self._outside.find(before)
        if outside is None and self._amount_start.match(text, match.start):
            # "some 20 years": only before an amount ("some now say" is not).
            outside = self._outside_amounts.find(before)
        if outside is not None:
            return Match(match.start, match.end, match.rule, match.groups, outside[1])
        return match

    def _places_a_length(self, text: str, match: Match, mod: str) -> bool:
        """Whether a mod of place would join an amount of time: "at the start of two days
        of talks" says when, of the talks, not how long ("the early years" is a time)."""
        return (
            mod in _POSITION_MODS
            and match.rule.type == "DURATION"
            and self._amount_start.match(text, match.start) is not None
        )

    def _joins(self, modifier: str, match: Match) -> bool:
        """Whether a modifier joins the expression: "earlier Friday", "later today" say
        when in the day the story is, not which part of the day the expression names."""
        meaning = match.rule.meaning
        names_a_day = meaning.get("weekday") is not None or meaning.get("unit") == "day"
        return not (names_a_day and phrase_key(modifier.strip()) in self._not_before_days)

    # -- resolving -------------------------------------------------------------------

    def meaning_of(self, match: Match) -> dict[str, Any]:
        meaning: dict[str, Any] = {}
        for key, spec in match.rule.meaning.items():
            if isinstance(spec, str) and spec.startswith("$"):
                # "$number_word|$number_digits": the first group that took part.
                names = (alt.lstrip("$") for alt in spec.split("|"))
                meaning[key] = next(
                    (match.groups[n] for n in names if match.groups.get(n) is not None), None
                )
            else:
                meaning[key] = spec
        return meaning

    def tense_of(
        self,
        text: str,
        index: TenseIndex,
        match: Match,
        meaning: Mapping[str, Any],
        deadline: bool,
        since: bool,
    ) -> Tense | None:
        """The tense that places an expression: forced by its words ("last October") or
        by "since" (a span up to now starts in the past: "since Wednesday morning"), or
        its clause's, with a deadline looking ahead."""
        if since:
            return "past"
        if (
            meaning.get("event_day")
            and self.tense.subject_tense(text, index, match.end) == "future"
        ):
            # An event whose day is named by a possessive lies ahead when its own verb
            # does ("Friday's grosses will be crucial").
            return "future"
        tense = _forced_tense(meaning) or self.tense.tense_at(text, index, match.start, match.end)
        if deadline:
            return _deadline_tense(tense, self.tense.directs(index, text, match.start))
        return tense

    def _reports_on(self, text: str, timex: Timex, story_on_a_day: bool) -> bool:
        """Whether a day is only when what the sentence told before it was reported
        ("crashed on Wednesday afternoon, killing all 49, officials said on Thursday"):
        the story stays on the day of the event."""
        return (
            story_on_a_day
            and _DAY_VALUE.fullmatch(timex.value) is not None
            and leads_into(self._report_day_lead, text, timex.start, _SPEECH_REACH)
        )

    def _names_a_thing(self, text: str, timex: Timex) -> bool:
        """A date or season between an article or a possessive and a noun names the
        thing, not when the story is: "trimming its decline since the June 23 referendum",
        "retreated from their summer peaks",
        "rebounding from a Christmas Eve rout" (the market's close, said after it, is the
        reference's), "Minutes of the BoE's February meeting will be published the same
        day" (the day named before); a weekday there is mostly the story's own
        ("snarling the Friday commute")."""
        return (
            _NAMING_VALUE.fullmatch(timex.value) is not None
            and not (timex.anchor or "").startswith("WD:")
            and leads_into(self.tense.determiner_before, text, timex.start)
            and _LOWER_WORD_AFTER.match(text, timex.end) is not None
        )

    def _sets_year(self, text: str, timex: Timex, sentence_start: int) -> bool:
        """Whether a date spells out a year that the months after it in its sentence take
        (not one that describes a noun, "whose 1971 debut ... died in February", or sits
        in an opening "since" clause), or is any year a clause about it follows ("set
        last year, when fire burned 5,636 homes in October")."""
        if _YEAR_VALUE.fullmatch(timex.value) and self._when_clause.match(text, timex.end):
            return True
        # A slice, so that "^" is where the sentence starts.
        return _writes_year(timex) and not self._year_aside.search(
            text[sentence_start : timex.start]
        )

    def _aside(self, text: str, timex: Timex, sentence_start: int, quotes: _Quotes) -> bool:
        """Whether a day sits in a parenthesis, a quotation or an aside that describes
        someone or something ("Kuroda, who took over on March 20, said"): the story does
        not move to it."""
        if not _DAY_VALUE.match(timex.value):
            return False
        if _in_parentheses(text, timex.start):
            # "struck at 1:47 a.m. (1747 GMT Monday)": the same moment told another way.
            return True
        if quotes.around(timex.start) and counts_days(timex.anchor):
            # A speaker's "yesterday" counts from when they spoke; a date they name ("the
            # Fed tapers on Dec. 18") may still be the story's "that day".
            return True
        return self._aside_clause.search(text[sentence_start : timex.start]) is not None

    def _outside_titles(self, text: str, matches: list[Match]) -> list[Match]:
        """A quoted title names a work, not a time ("'The Day After Tomorrow'",
        "'Saturday Night Fever'")."""
        titles = [(m.start(), m.end()) for m in self._title.finditer(text)]
        if not titles:
            return matches
        return [
            match
            for match in matches
            if not any(start <= match.start and match.end <= end for start, end in titles)
        ]

    def tag(self, text: str, reference: dt.date | None) -> list[Timex]:
        matches = _drop_swallowed(
            [self.attach_modifier(text, m) for m in self.choose(self.candidates(text))]
        )
        matches = self._outside_titles(text, matches)
        if not matches:
            return []
        results: list[Timex] = []
        narrative: str | None = None
        year_mention: tuple[int, int] | None = None  # (year, where its sentence ends)
        # The same, written in a past clause, with its month if it names one.
        written_year: tuple[int, int, int | None] | None = None
        quarter: str | None = None
        # A quarter the sentence names, even one ahead ("expects fourth-quarter earnings to
        # beat the year-earlier period"), and where that sentence ends.
        named_quarter: tuple[str, int] | None = None
        story_days = _StoryDays(reference)
        dated_days: dict[tuple[int, int], int] = {}  # (month, day) -> the year written with it
        unnamed_days: list[tuple[int, int, int]] = []  # (result, sentence start, end)
        event_days: set[int] = set()  # results that name an event's day ("Saturday's game")
        bare_weekdays: set[int] = set()  # results a weekday alone dates ("10 p.m. Friday")
        governed_past: set[int] = set()  # results a past verb governs ("went off at 9 a.m.")
        sentence_starts: list[int] = []  # where the sentence of each result starts
        # results a day before or after another ("the day before"), and which way
        day_shifts: dict[int, int] = {}
        tense_index = self.tense.index(text, [(match.start, match.end) for match in matches])
        quotes = self._quote_marks.find(text)
        for match in matches:
            meaning = self.meaning_of(match)
            if match.mod:
                meaning["modifier"] = match.mod
            start_year = _range_start_year(text, match, meaning, results, self._range_link)
            if start_year is not None:
                meaning["start_year"] = start_year
            deadline = self.tense.is_deadline(text, match.start)
            since = self.tense.is_since(text, match.start)
            if since and meaning.get("of_story"):
                # "have declined 9% since the start of the year": a span up to now starts
                # in the reference's year, whatever year the story told of before.
                meaning["of_story"] = False
            if self.tense.is_compared(text, match.start):
                meaning["compared"] = True
                if _yearless_period(meaning):
                    # "down from 3.7% in the first half": a period gone by.
                    meaning["direction"] = -1
            tense = self.tense_of(text, tense_index, match, meaning, deadline, since)
            if tense in ("future", "past") and self.tense.follows_former_plan(text, match.start):
                tense = _nearest_to_a_former_plan(meaning, tense)
                meaning["plan_missed"] = self.tense.follows_missed_plan(text, match.start)
            sentence_year = (
                _year_written_before(meaning, tense, dated_days)
                or _year_of_sentence(
                    match.start, meaning, tense, year_mention, None if since else written_year
                )
                or _year_of_story(meaning, tense, narrative, reference)
            )
            apposed = _apposed(text, match, meaning, results)
            story, day_of_story = (
                (apposed, story_days.day)
                if apposed
                else story_days.anchors(match.start, meaning, tense, narrative)
            )
            ctx = Context(
                reference,
                tense,
                story,
                sentence_year,
                quarter,
                day_of_story,
                sentence_quarter=(
                    named_quarter[0] if named_quarter and match.start < named_quarter[1] else None
                ),
                deadline=deadline,
                governed_past=tense == "past"
                and self.tense.governed_by_past(text, tense_index, match.start),
            )
            try:
                resolution = resolve(meaning, ctx)
            except (ValueError, OverflowError):
                # Beyond the calendar of years 1-9999 (next year of 9999, "10 million
                # days ago"): the expression keeps its underspecified value.
                try:
                    resolution = resolve(meaning, replace(ctx, reference=None))
                except (ValueError, OverflowError):
                    continue
            if resolution is None:
                continue
            timex = self._timex(text, match, meaning, resolution, tense)
            results.append(timex)
            # The edge of a span ("since 1915", "by 1992", "until Friday") is no time the
            # story is set in, unless a clause about the end follows ("was not discovered
            # until Sept. 6, when an engineer noticed"). A clause about a start ("since
            # 1979, when DC-10s were pulled after a crash that May") is set in its year,
            # but looks back from the story's day.
            about = bool(self._when_clause.match(text, timex.end))
            scene = not since and (
                not deadline or about or _ends_past_span(resolution.value, tense, reference)
            )
            sentence_start, sentence_end = self.tense.sentence_bounds(
                tense_index, len(text), timex.start, timex.end
            )
            if (
                scene
                and not _is_comparison(meaning)
                and not self._aside(text, timex, sentence_start, quotes)
                and not self._names_a_thing(text, timex)
                and not self._reports_on(text, timex, story_days.day_in_sentence(sentence_start))
            ):
                narrative = _next_narrative(narrative, timex, quarter)
                story_days.move(narrative, timex, sentence_end)
            quarter = _next_quarter(quarter, meaning, resolution, timex, reference)
            if _names_quarter(meaning, resolution, timex):
                named_quarter = (timex.value, sentence_end)
            if not since and _frames_sentence(text, timex, sentence_start, about):
                year_mention = (int(timex.value), sentence_end)
            if (
                (scene or about)
                and tense == "past"
                and (about or not meaning.get("compared"))
                and self._sets_year(text, timex, sentence_start)
                # A year still ahead sets no past ("stuck to its forecast for the year
                # ending March 2014, the outlook it gave in April").
                and (reference is None or int(timex.value[:4]) <= reference.year)
            ):
                written_year = (int(timex.value[:4]), sentence_end, _month_of(timex.value))
            if _writes_year(timex) and _DAY_VALUE.match(timex.value):
                dated_days[(int(timex.value[5:7]), int(timex.value[8:10]))] = int(timex.value[:4])
            if _time_of_unnamed_day(meaning, timex):
                unnamed_days.append((len(results) - 1, sentence_start, sentence_end))
            if meaning.get("event_day"):
                event_days.add(len(results) - 1)
            if ctx.governed_past:
                governed_past.add(len(results) - 1)
            sentence_starts.append(sentence_start)
            if meaning.get("needs_day") and meaning.get("unit") == "day":
                day_shifts[len(results) - 1] = int(meaning["direction"]) * int(meaning["amount"])
            if _dated_by_weekday_alone(meaning):
                bare_weekdays.add(len(results) - 1)
        _days_next_to_named_days(text, results, day_shifts, self._named_day_lead)
        unnamed_days = _times_of_ranges(text, results, unnamed_days, self._range_link)
        unnamed_days = _times_of_event_days(
            results, unnamed_days, event_days, governed_past, sentence_starts
        )
        _past_midnight(text, results, unnamed_days, self._range_link)
        _ends_after_starts(text, results, self._range_link)
        if reference is not None:
            _month_ranges_within_a_year(text, results, self._range_link, reference)
            _weekday_ranges_within_a_week(text, results, bare_weekdays, self._spans, reference)
        return _times_of_routines(
            text, results, unnamed_days, self._routine_days, self._set_adjective_lead
        )

    @staticmethod
    def _timex(
        text: str,
        match: Match,
        meaning: Mapping[str, Any],
        resolution: Resolution,
        tense: Tense | None,
    ) -> Timex:
        timex_type: TimexType = resolution.type or match.rule.type  # type: ignore[assignment]
        return Timex(
            text=text[match.start : match.end],
            start=match.start,
            end=match.end,
            type=timex_type,
            value=resolution.value,
            mod=match.mod or meaning.get("mod"),
            quant=resolution.quant,
            freq=resolution.freq,
            anchor=resolution.anchor,
            tense=tense,
            anchor_source=(
                "narrative" if resolution.from_narrative else ("dct" if resolution.anchor else None)
            ),
            rule=f"{match.rule.family}/{match.rule.name}",
        )


@dataclass
class _StoryDays:
    """The days a story has been on, which date the bare times of day told after them."""

    reference: dt.date | None
    day: str | None = None  # the day the story is on
    day_sentence_end: int = 0  # where the sentence that moved the story to it ends
    # Whether the story told a time of that day or came back to it since it moved there.
    told_again: bool = False
    # The last day the story was on that is not long gone (without a reference date, an
    # underspecified day counted from it), for the times after an aside about one that is.
    recent: str | None = None
    past: str | None = None  # the last day the story was on up to the reference
    moved_at: int = 0  # where the expression that last moved the story ends

    def day_in_sentence(self, sentence_start: int) -> bool:
        """Whether the story is on a day and moved in the sentence starting there."""
        return self.day is not None and self.moved_at > sentence_start

    def anchors(
        self, start: int, meaning: Mapping[str, Any], tense: Tense | None, story: str | None
    ) -> tuple[str | None, str | None]:
        """The story's time and day for an expression at ``start``: those of the story,
        unless the expression is a bare time of day the story's day does not date."""
        if meaning.get("kind") != "time":
            return story, self.day
        if start - self.moved_at > _STALE_STORY_CHARS:
            # "Shares were up 2.3% in morning trading", paragraphs after the story last
            # named a day: a bare time of day is the reference day's.
            return None, None
        if meaning.get("of_story") or self.day is None:
            return story, self.day
        if (
            self.recent is not None
            and start >= self.day_sentence_end
            and not self.told_again
            and _long_gone(self.day, self.reference)
        ):
            # "It fell short of the collapse of Oct. 19, 1987. Trading was halted at
            # 2:36 p.m.": a day long gone, named in a story on a recent day, is an aside;
            # a bare time after its sentence is the recent day's (without a reference
            # date, not known either).
            recent = self.recent if _DAY_VALUE.fullmatch(self.recent) else None
            return recent, recent
        if tense == "past" and self.past is not None and after_reference(self.day, self.reference):
            # "adjourned Thursday night ... 'to get home for Memorial Day,' he told
            # reporters shortly before 11 p.m.": a past clause's bare time is on the last
            # day gone by the story was on, not on one still ahead.
            return self.past, self.past
        return story, self.day

    def move(self, narrative: str | None, timex: Timex, sentence_end: int) -> None:
        """Follow the story to ``narrative``, where ``timex`` (ending its sentence at
        ``sentence_end``) moved it."""
        self.moved_at = timex.end
        if narrative and _DAY_VALUE.fullmatch(narrative) and narrative != self.day:
            self.day, self.day_sentence_end = narrative, sentence_end
            # A time of the day tells its events ("went down at 3:12 a.m. on July 9,
            # 2018"), which the story may go on with.
            self.told_again = timex.type == "TIME"
            if not _long_gone(narrative, self.reference):
                self.recent = narrative
            if self.reference is not None and not after_reference(narrative, self.reference):
                self.past = narrative
        elif self.reference is None and _UNKNOWN_DAY.fullmatch(timex.value):
            self.recent = timex.value
        elif self.day is not None and timex.value[:10] == self.day:
            # "... on July 16, 2014. She drove to a park that morning": the story came
            # back to its day, which is no aside.
            self.told_again = True


@dataclass(frozen=True)
class _Modifiers:
    """Phrases that set the `mod` of the expression they come just before."""

    mods: dict[str, str]
    regex: re.Pattern[str] | None

    @classmethod
    def of(cls, phrases: Mapping[str, str], prefix: str = "", ending: str = r"\s+$") -> _Modifiers:
        mods = {phrase_key(k): v for k, v in phrases.items()}
        if not mods:
            return cls(mods, None)
        alternation = phrase_alternation(list(mods))
        regex = re.compile(rf"(?<![\w-]){prefix}(?P<mod>{alternation}){ending}", re.IGNORECASE)
        return cls(mods, regex)

    def find(self, before: str) -> tuple[int, str] | None:
        """Where in ``before`` (the text up to an expression) a modifier starts, and its mod."""
        found = self.regex.search(before) if self.regex else None
        return (found.start(), self.mods[phrase_key(found["mod"])]) if found else None


def _may_match(rule: Rule, kinds: frozenset[str]) -> bool:
    """A window can hold a match of ``rule`` only if it holds a kind the rule's matches
    can hold and one of each set of kinds they all need."""
    if rule.triggers and rule.triggers.isdisjoint(kinds):
        return False
    return not any(need.isdisjoint(kinds) for need in rule.needs)


def _lowered(window: str) -> str | None:
    """The window in lower case, to look for the words a rule spells in; None when one of
    its characters matches an ASCII letter without regard to case but is no such letter
    in lower case."""
    if not window.isascii() and not _FOLDS_TO_ASCII.isdisjoint(window):
        return None
    return window.lower()


def _spells(need: frozenset[str], lowered: str) -> bool:
    # A plain loop: a generator for any() costs more than the look-ups it makes here.
    for word in need:  # noqa: SIM110
        if word in lowered:
            return True
    return False


def _drop_swallowed(matches: list[Match]) -> list[Match]:
    """A modifier may hold a word that matched on its own ("days" in "the final days of
    2020"): the expression the modifier joined takes it in, the word's own match goes."""
    kept: list[Match] = []
    for match in matches:
        while kept and kept[-1].end > match.start:
            kept.pop()
        kept.append(match)
    return kept


def _ends_past_span(value: str, tense: Tense | None, reference: dt.date | None) -> bool:
    """A year that ended a span in a past clause ("a job she held until 1995. The
    following year ...") is a time the story moves to, as the year of an event is; so is
    a day gone by that a past clause reached ("By early Tuesday, the line stretched for
    blocks. Arguments began at 10 a.m.")."""
    if tense != "past":
        return False
    if _YEAR_VALUE.fullmatch(value):
        return reference is None or int(value) < reference.year
    return (
        _DAY_VALUE.match(value) is not None
        and reference is not None
        and value[:10] <= reference.isoformat()
    )


def _forced_tense(meaning: Mapping[str, Any]) -> Tense | None:
    """ "last October" is past and "next June" future, whatever the verb says; "two years
    later" counts from the story, in the tense of its clause."""
    direction = meaning.get("direction")
    if direction is None or meaning.get("kind") == "shifted":
        return None
    return "past" if direction < 0 else "future" if direction > 0 else "present"


def _nearest_to_a_former_plan(meaning: dict[str, Any], tense: Tense) -> Tense | None:
    """A day a plan made in the past named ("was due to start on July 1", "was expected
    to vote Thursday") may have come or be ahead: the nearest such day, or month."""
    yearless_day = _yearless(meaning) and None not in (meaning.get("month"), meaning.get("day"))
    if yearless_day or _dated_by_weekday_alone(meaning):
        meaning["nearest"] = True
    elif _bare_month(meaning) and _yearless(meaning):
        return None
    return tense


def _deadline_tense(tense: Tense | None, directed: bool) -> Tense | None:
    """ "has until Friday", "conclude by May": a deadline lies ahead, unless the clause
    tells of the past ("By October, it had spread") without setting it for someone
    ("gave the defense until Monday")."""
    return "future" if tense != "past" or directed else tense


def _frames_sentence(text: str, timex: Timex, sentence_start: int, about: bool) -> bool:
    """A year that opens its sentence, set off by a comma ("Last year, ...", "In 1998,
    when ..."), a year a clause about it follows ("was in 1966, when a strike began on
    New Year's Day"), or a year counted from the reference that starts it ("Next year the
    deadline will be Feb. 15"; not "Fiscal year 2013 began on Oct. 1", "Since 2010 the
    number ... in September", nor, as the caller knows, "Since 2015, it has ...; starting
    in October"), frames the rest of it; a year inside a clause ("demand
    will rise in 2006, OPEC said in a December report") or an aside ("Commencement,
    canceled last year, returns May 15") does not."""
    lead = text[sentence_start : timex.start]
    set_off = text[timex.end : timex.end + 1] == ","
    if timex.type != "DATE" or _YEAR_VALUE.fullmatch(timex.value) is None:
        return False
    return about or (
        (set_off or (not lead.strip() and timex.anchor_source == "dct"))
        and len(lead.split()) <= _FRAME_LEAD_WORDS
        and "," not in lead
    )


def _year_of_sentence(
    start: int,
    meaning: Mapping[str, Any],
    tense: Tense | None,
    framing: tuple[int, int] | None,
    written: tuple[int, int, int | None] | None,
) -> int | None:
    """The year a yearless month or season takes from its sentence: one that frames the
    sentence ("Last year, ... in February"), or, for a bare month in a past clause, one a past
    clause wrote out before it ("made a dame in June 1977, and in October ..."; not
    "through Sept. 29", nor a month before the one written: "launched in March 2004 ...
    hibernation that ended in January"). "last October" counts from the reference date
    whatever the sentence names ("In 2007, he was arrested; he was released last April"),
    and a span up to now from its start ("The ramp, built in 1978, has been closed since
    January": the caller passes no written year)."""
    if meaning.get("shift") is not None:
        return None
    if framing and start < framing[1]:
        return framing[0]
    if (
        written
        and start < written[1]
        and tense == "past"
        and _bare_month(meaning)
        and not (written[2] and int(meaning["month"]) < written[2])
    ):
        return written[0]
    return None


def _month_of(value: str) -> int | None:
    """The month a day or month value names ("2004-03" -> 3)."""
    return int(value[5:7]) if _MONTH_OR_DAY_VALUE.fullmatch(value) else None


def _apposed(
    text: str, match: Match, meaning: Mapping[str, Any], results: list[Timex]
) -> str | None:
    """The value of the date an apposition restates ("until July 6, the day after a
    referendum"), though a deadline or a span edge sets no story time."""
    if not meaning.get("apposition") or not results:
        return None
    before = results[-1]
    return before.value if text[before.end : match.start].strip() == "," else None


def _range_start_year(
    text: str,
    match: Match,
    meaning: Mapping[str, Any],
    results: list[Timex],
    range_link: re.Pattern[str],
) -> int | None:
    """The year the start of a range was tagged with ("suspended evictions from Nov. 26
    through Jan. 31", "from Nov. 26, 2008, through Jan. 31"), which its end follows
    whatever the deadline word before the end says of the tense."""
    start_month = meaning.get("start_month")
    if start_month is None or meaning.get("start_year") is not None or not results:
        return None
    before = results[-1]
    # A comma may close the start's year before the link.
    link_start = before.end + text.startswith(",", before.end)
    if not range_link.fullmatch(text, link_start, match.start):
        return None
    if _month_of(before.value) != int(start_month):
        return None
    return int(before.value[:4])


def _year_written_before(
    meaning: Mapping[str, Any], tense: Tense | None, dated_days: Mapping[tuple[int, int], int]
) -> int | None:
    """A yearless day of a past clause that the text gave with its year before ("on the
    night of June 3, 2005 ... The trial ended in August ... at 11:30 p.m. on June 3")
    is that day again."""
    month, day = meaning.get("month"), meaning.get("day")
    if tense != "past" or month is None or day is None or not _yearless(meaning):
        return None
    return dated_days.get((int(month), int(day)))


def _long_gone(day: str, reference: dt.date | None) -> bool:
    """Whether a day is long before the reference; with none, any day written in full
    may be."""
    return (
        reference is None
        or (reference - dt.date.fromisoformat(day[:10])).days >= _STORY_LONG_GONE_DAYS
    )


def _year_of_story(
    meaning: Mapping[str, Any],
    tense: Tense | None,
    narrative: str | None,
    reference: dt.date | None,
) -> int | None:
    """The year a yearless date or holiday of a past clause takes from a story on a day
    long gone ("On Nov. 22, 1963 ... on Sunday, Nov. 24", "on Dec. 26, 2004 ... arrived
    for Christmas"): when it falls near that day in its year.
    A story told about last year or this one keeps its dates to the tense."""
    month, holiday = meaning.get("month"), meaning.get("holiday")
    if tense != "past" or reference is None or (month is None and holiday is None):
        return None
    story_day = narrative if narrative and _DAY_VALUE.fullmatch(narrative) else None
    if story_day is None or not _yearless(meaning):
        return None
    if not _long_gone(story_day, reference):
        return None
    story = dt.date.fromisoformat(story_day)
    day = meaning.get("day")
    try:
        if holiday is not None:
            candidate = holiday_date(str(holiday), story.year)
        else:
            candidate = dt.date(story.year, int(str(month)), int(day) if day is not None else 1)
    except ValueError:
        return None
    before, after = _STORY_REACH_DAYS
    return story.year if -before <= (candidate - story).days <= after else None


def _yearless(meaning: Mapping[str, Any]) -> bool:
    """Whether a date's words leave its year to context: no year, and no "last"/"next"."""
    return meaning.get("year") is None and meaning.get("shift") is None


def _yearless_period(meaning: Mapping[str, Any]) -> bool:
    """A quarter, half, month or month range of no year the words give ("the first
    half", "in December", "the July-September period")."""
    return (
        meaning.get("kind") == "date"
        and _yearless(meaning)
        and meaning.get("direction") is None
        and (
            any(meaning.get(key) is not None for key in ("quarter", "half", "last_month"))
            or _bare_month(meaning)
        )
    )


def _bare_month(meaning: Mapping[str, Any]) -> bool:
    return (
        meaning.get("month") is not None
        and meaning.get("day") is None
        and meaning.get("shift") is None
    )


def _time_of_unnamed_day(meaning: Mapping[str, Any], timex: Timex) -> bool:
    """A time whose day the text does not name ("at 10 a.m."): taken from the story."""
    return (
        timex.type == "TIME"
        and _DAY_OF_TIME.match(timex.value) is not None
        and not names_its_day(meaning)
    )


def _days_next_to_named_days(
    text: str, results: list[Timex], day_shifts: dict[int, int], lead: re.Pattern[str]
) -> None:
    """ "The day before last Tuesday's hearing", "the day after the May 3 election": a
    day next to the day named right after it, not to the story's."""
    for index, shift in day_shifts.items():
        if index + 1 >= len(results):
            continue
        named = results[index + 1]
        if _DAY_VALUE.fullmatch(named.value) and lead.fullmatch(
            text, results[index].end, named.start
        ):
            day = dt.date.fromisoformat(named.value) + dt.timedelta(days=shift)
            results[index] = replace(results[index], value=day.isoformat())


def _times_of_ranges(
    text: str,
    results: list[Timex],
    unnamed_days: list[tuple[int, int, int]],
    range_link: re.Pattern[str],
) -> list[tuple[int, int, int]]:
    """The start of "from noon to 3 p.m. Sept. 10" or "between midnight and 4 a.m.
    Wednesday" is on the day its end names, or on the day before when its hour is later
    ("from 5pm until 1am tomorrow"). Returns the times still of no named day."""
    unnamed = {index for index, _, _ in unnamed_days}
    remaining = []
    for entry in unnamed_days:
        index = entry[0]
        start, end = results[index], results[index + 1] if index + 1 < len(results) else None
        if (
            end is not None
            and index + 1 not in unnamed
            and _DAY_OF_TIME.match(end.value)
            and _is_range(text, start, end, range_link)
        ):
            day = dt.date.fromisoformat(end.value[:10])
            if _CLOCK_VALUE.match(start.value, 10) and start.value[10:] > end.value[10:]:
                day -= dt.timedelta(days=1)
            results[index] = _moved_day(start, day)
        else:
            remaining.append(entry)
    return remaining


def _times_of_event_days(
    results: list[Timex],
    unnamed_days: list[tuple[int, int, int]],
    event_days: set[int],
    governed_past: set[int],
    sentence_starts: list[int],
) -> list[tuple[int, int, int]]:
    """A time of no named day whose sentence names no day before it but an event's
    ("Saturday's game begins at 8 p.m.") is on that day; so is one a past verb governs in
    a sentence that names no day, after a sentence whose only day is the event's
    ("Friday's attack killed 12 people. The bomb went off at 9:30 a.m.", not "victory in
    Thursday's election. By 6am, ..." nor "rallied yesterday, half of Friday's gain.
    Trading picked up at 2 p.m."). Returns the times still of no named day."""
    remaining = []
    for entry in unnamed_days:
        index, sentence_start, _ = entry
        own = _back_to_sentence_start(results, index - 1, sentence_start)
        days = _naming_days(results, own)
        before = own.stop
        if not days and before >= 0 and index in governed_past:
            # The sentence before: its last day, if all its days are the same.
            earlier = _naming_days(
                results, _back_to_sentence_start(results, before, sentence_starts[before])
            )
            days = earlier[:1] if len({results[day].value[:10] for day in earlier}) == 1 else []
        # "Voting in Sunday's election began at 8am and ended at 8pm": the first time,
        # once on the event's day, names no other.
        if len({results[day].value[:10] for day in days}) == 1 and event_days.intersection(days):
            event_day = dt.date.fromisoformat(results[days[-1]].value[:10])
            results[index] = _moved_day(results[index], event_day)
            # "Polls opened at 7 a.m. and were due to close at 4 p.m.": a later time of
            # the sentence stays on the event's day.
            event_days.add(index)
        else:
            remaining.append(entry)
    return remaining


def _back_to_sentence_start(results: list[Timex], last: int, sentence_start: int) -> range:
    """The results from ``last`` back to the first of its sentence, nearest first (results
    run in text order); the range's stop is the last result of the sentence before."""
    first = last
    while first >= 0 and results[first].start >= sentence_start:
        first -= 1
    return range(last, first, -1)


def _naming_days(results: list[Timex], indices: range) -> list[int]:
    return [index for index in indices if _DAY_VALUE.match(results[index].value)]


def _past_midnight(
    text: str,
    results: list[Timex],
    unnamed_days: list[tuple[int, int, int]],
    range_link: re.Pattern[str],
) -> None:
    """The end of "from 10 p.m. until 1 a.m." that names no day of its own is on the day
    after its start."""
    unnamed = {index for index, _, _ in unnamed_days}
    for index in range(1, len(results)):
        start, end = results[index - 1], results[index]
        if (
            index in unnamed
            and _DAY_OF_TIME.match(start.value)
            and end.value[:10] == start.value[:10]
            and end.value[11:] < start.value[11:]
            and _is_range(text, start, end, range_link)
        ):
            next_day = dt.date.fromisoformat(start.value[:10]) + dt.timedelta(days=1)
            results[index] = _moved_day(end, next_day)


def _ends_after_starts(text: str, results: list[Timex], range_link: re.Pattern[str]) -> None:
    """The yearless end of "between October 2012 and June" or "from Dec. 20, 2012, to Jan.
    5" is the first such month or day after its start (not "early April of last year")."""
    for index in range(1, len(results)):
        start, end = results[index - 1], results[index]
        if (
            _MONTH_OR_DAY_VALUE.fullmatch(start.value)
            and _MONTH_OR_DAY_VALUE.fullmatch(end.value)
            and len(start.value) == len(end.value)
            and end.value < start.value
            and start.value[:4] in start.text
            and end.anchor_source is not None
            and not (end.anchor or "").startswith("YEAR")
            and _is_range(text, start, end, range_link, "DATE")
        ):
            later = shift_value_years(end.value, 1)
            if later > start.value:
                results[index] = replace(end, value=later)


def _month_ranges_within_a_year(
    text: str, results: list[Timex], range_link: re.Pattern[str], reference: dt.date
) -> None:
    """The two yearless months of "from January through August" or "between December
    and March" lie within a year, the end after the start. Each was resolved by itself:
    one may be a year off. A start still ahead of the reference's month keeps its year
    and the end follows it ("the outlook for May through July", said in April); else the
    end keeps its year and the start comes before it ("Every month from January through
    August was the warmest", said in January)."""
    now = f"{reference.year:04d}-{reference.month:02d}"
    for index in range(1, len(results)):
        start, end = results[index - 1], results[index]
        if not (
            _MONTH_VALUE.fullmatch(start.value)
            and _MONTH_VALUE.fullmatch(end.value)
            and _yearless_month(start)
            and _yearless_month(end)
            and _is_range(text, start, end, range_link, "DATE")
        ):
            continue
        apart = _months_apart(start.value, end.value)
        if 0 <= apart < 12:
            continue
        length = apart % 12
        ends_later = (start.value, _months_after(start.value, length))
        starts_earlier = (_months_after(end.value, -length), end.value)
        first, last = ends_later if start.value > now else starts_earlier
        results[index - 1] = replace(start, value=first)
        results[index] = replace(end, value=last)


def _yearless_month(timex: Timex) -> bool:
    """A month the text names without a year ("in March"), placed by the tense."""
    return (timex.anchor or "").startswith("M:")


def _months_apart(first: str, second: str) -> int:
    """How many months the month value ``second`` lies after ``first``."""
    return (int(second[:4]) - int(first[:4])) * 12 + int(second[5:7]) - int(first[5:7])


def _months_after(month: str, months: int) -> str:
    return shift_by_unit(dt.date(int(month[:4]), int(month[5:7]), 1), "month", months)


def _dated_by_weekday_alone(meaning: Mapping[str, Any]) -> bool:
    """Whether a weekday, with no date and no "next" or "last", is all that dates it."""
    return meaning.get("weekday") is not None and not any(
        meaning.get(key) is not None for key in _WEEKDAY_SHIFT_KEYS
    )


def _weekday_ranges_within_a_week(
    text: str,
    results: list[Timex],
    bare_weekdays: set[int],
    spans: _Spans,
    reference: dt.date,
) -> None:
    """The two weekdays of a range ("from 10 p.m. Friday until 9 a.m. Saturday", "from
    Friday to 5 a.m. Monday", "from Friday evening until Monday") lie within a week, the
    end after the start. Each was resolved by itself: one may be a week off. An end
    before its start (one of them fell on the reference day, which a weekday resolves to
    either way) is in the week after; of two ends more than a week apart, the farther
    from the reference moves."""
    for index in range(1, len(results)):
        start, end = results[index - 1], results[index]
        if not (
            {index - 1, index} <= bare_weekdays
            and _DAY_VALUE.match(start.value)
            and _DAY_VALUE.match(end.value)
            and spans.joins(text, start, end)
        ):
            continue
        first = dt.date.fromisoformat(start.value[:10])
        last = dt.date.fromisoformat(end.value[:10])
        week = dt.timedelta(days=7)
        if last < first:
            results[index] = _moved_day(end, last + week)
        elif (last - first).days > 7 and reference - first > last - reference:
            results[index - 1] = _moved_day(start, first + week)
        elif (last - first).days > 7:
            results[index] = _moved_day(end, last - week)


@dataclass(frozen=True)
class _Spans:
    """What makes two days the ends of one span: a span link ("from Friday until
    Saturday"), or a range link after an opener ("between Thursday and Monday")."""

    link: re.Pattern[str]
    pair_link: re.Pattern[str]
    opener: re.Pattern[str] | None

    def joins(self, text: str, start: Timex, end: Timex) -> bool:
        """Whether ``start`` and ``end``, days or times of days, are the ends of a span."""
        if _linked(text, start, end, self.link):
            return True
        return _linked(text, start, end, self.pair_link) and leads_into(
            self.opener, text, start.start, _OPENER_REACH
        )


def _moved_day(timex: Timex, day: dt.date) -> Timex:
    """The same date or time, on another day."""
    return replace(timex, value=day.isoformat() + timex.value[10:])


def _link(words: str | None) -> re.Pattern[str]:
    """What joins two expressions into one range, with the spaces around it."""
    return re.compile(rf"\s*(?:{words or '(?!)'})\s*", re.I)


def _is_range(
    text: str, start: Timex, end: Timex, range_link: re.Pattern[str], kind: str = "TIME"
) -> bool:
    """Whether two times (or dates) are the ends of one range ("from noon to 3 p.m.")."""
    return start.type == end.type == kind and _linked(text, start, end, range_link)


def _linked(text: str, start: Timex, end: Timex, link: re.Pattern[str]) -> bool:
    """Whether only ``link`` stands between two expressions."""
    return link.fullmatch(text, start.end, end.start) is not None


def _times_of_routines(
    text: str,
    results: list[Timex],
    unnamed_days: list[tuple[int, int, int]],
    routine_days: re.Pattern[str],
    adjective_lead: re.Pattern[str] | None,
) -> list[Timex]:
    """A time of no named day in a sentence that states a routine of days ("open from 10
    a.m. to 8 p.m. on Saturdays", "every night at 11:59 p.m.", "6 a.m. to 9 p.m.
    weekdays"; not "updates every three hours", nor "announced at 2:30 p.m. after its
    monthly board meeting", whose SET only describes the meeting) is a time of any day."""
    for index, sentence_start, sentence_end in unnamed_days:
        routine = any(
            other.type == "SET"
            and not other.value.startswith("PT")
            and sentence_start <= other.start < sentence_end
            and not _describes_a_noun(text, other, adjective_lead)
            for other in results
        ) or bool(routine_days.search(text, sentence_start, sentence_end))
        if routine:
            timex = results[index]
            results[index] = replace(timex, value="XXXX-XX-XX" + timex.value[10:])
    return results


def _describes_a_noun(text: str, timex: Timex, adjective_lead: re.Pattern[str] | None) -> bool:
    """Whether a SET of one word is an adjective of the noun after it ("its monthly board
    meeting", "the biggest daily gain")."""
    return " " not in timex.text and leads_into(
        adjective_lead, text, timex.start, _ADJECTIVE_LEAD_REACH
    )


def _writes_year(timex: Timex) -> bool:
    """A date whose text spells its year out ("June 1977", "in 2016"); a decade ("the
    1990s", value 199) names no one year."""
    return (
        timex.type == "DATE"
        and timex.anchor_source is None
        and _YEAR_VALUE.match(timex.value) is not None
        and timex.value[:4] in timex.text
    )


def _is_comparison(meaning: Mapping[str, Any]) -> bool:
    """ "From $4 million a year ago" names the point a figure is compared with, not a
    date the story moves to: a second "a year earlier" means the same year. So do "fell
    to 8.09% from 8.16% Friday", "half of Friday's 190-point drop" and "up from $4
    million in the fourth quarter of 2013". "Fifty years ago today" names a day the
    story moves to."""
    year_back = (
        meaning.get("kind") in ("ago", "shifted")
        and meaning.get("unit") == "year"
        and meaning.get("from_day") is None
    )
    return year_back or bool(meaning.get("compared"))


def _next_quarter(
    current: str | None,
    meaning: Mapping[str, Any],
    resolution: Resolution,
    timex: Timex,
    reference: dt.date | None,
) -> str | None:
    """The quarter a report is about: one the text names, not one it forecasts ("the
    third quarter of 1990", said in 1989) nor one still running ("the fourth quarter
    won't be much better", said in October: "fell 9% in the quarter" is still the third)."""
    if not _names_quarter(meaning, resolution, timex):
        return current
    return current if after_reference(timex.value, reference, ends=True) else timex.value


def _names_quarter(meaning: Mapping[str, Any], resolution: Resolution, timex: Timex) -> bool:
    """Whether the text names a quarter: not one it compares another with ("the year-ago
    quarter", "the year-earlier third quarter", "up from $36.8 million in the third
    quarter of 1997"), nor one it refers back to the story's quarter by."""
    return (
        timex.type == "DATE"
        and _QUARTER_VALUE.fullmatch(timex.value) is not None
        and not resolution.from_narrative
        and int(meaning.get("year_offset") or 0) >= 0
        and not _is_comparison(meaning)
    )


def _in_parentheses(text: str, start: int) -> bool:
    """Whether ``start`` is inside a short parenthesis."""
    floor = max(0, start - _PARENTHESIS_REACH)
    return text.rfind("(", floor, start) > text.rfind(")", floor, start)


@dataclass(frozen=True)
class _QuoteMarks:
    """A language's quotation marks, each of the kind it is: one that opens a quotation,
    one that closes it, or one that does either."""

    regex: re.Pattern[str]
    kinds: Mapping[str, str]

    @classmethod
    def of(cls, marks: Mapping[str, list[str]]) -> _QuoteMarks:
        unknown = set(marks) - set(_QUOTE_KINDS)
        if unknown:
            raise DatesleuthError(f"grammar: unknown kinds of quotation mark {sorted(unknown)}")
        kinds = {mark: kind for kind, written in marks.items() for mark in written}
        # A line break ends a paragraph, and any quotation open in it.
        alternatives = ["\n", *(re.escape(mark) for mark in sorted(kinds, key=len, reverse=True))]
        return cls(re.compile("|".join(alternatives)), kinds)

    def find(self, text: str) -> _Quotes:
        found: dict[str, list[int]] = {kind: [] for kind in _QUOTE_KINDS}
        breaks = []
        for mark in self.regex.finditer(text):
            if mark.group() == "\n":
                breaks.append(mark.start())
            else:
                found[self.kinds[mark.group()]].append(mark.start())
        return _Quotes(found["opening"], found["closing"], found["either"], breaks)


@dataclass(frozen=True)
class _Quotes:
    """Where a text's quotation marks and line breaks are, to tell what is quoted."""

    opening: list[int]
    closing: list[int]
    either: list[int]
    breaks: list[int]

    def around(self, start: int) -> bool:
        """Whether ``start`` is inside a quotation of its paragraph."""
        before = bisect.bisect_left(self.breaks, start)
        paragraph = self.breaks[before - 1] if before else 0

        def count(marks: list[int]) -> int:
            return bisect.bisect_left(marks, start) - bisect.bisect_left(marks, paragraph)

        return count(self.opening) > count(self.closing) or count(self.either) % 2 == 1


def _next_narrative(current: str | None, timex: Timex, quarter: str | None) -> str | None:
    """A date moves the narrative unless it was placed from the narrative itself ("two
    days later") or is not a calendar value a story moves to. "The quarter" brings it
    back to the quarter the report is about, and "the nine months" of a quarterly report
    widen it to the quarter's year."""
    if timex.type == "DATE" and timex.value == quarter:
        return quarter
    if (
        timex.type == "DURATION"
        and current is not None
        and _QUARTER_VALUE.fullmatch(current)
        and _MONTHS_VALUE.fullmatch(timex.value)
    ):
        return current[:4]
    if timex.anchor_source == "narrative":
        return current
    value = timex.value
    if timex.type == "TIME" and _DAY_OF_TIME.match(value):
        # "on Friday night ... shortly before midnight": a time of a named day moves the
        # narrative to that day.
        value = value[:10]
    elif timex.type != "DATE":
        return current
    interval = dates.value_interval(value)
    if interval is None or interval[2] not in _NARRATIVE_GRANULARITIES:
        return current
    if (
        current
        and _QUARTER_VALUE.fullmatch(current)
        and interval[2] == "day"
        and _inside(interval, current)
    ):
        # "the third quarter ended Sept. 30 ... a year earlier": the day closes the
        # quarter the report is about, which stays the story's period; a month of it
        # does not ("fell 1.3% in January from a year earlier").
        return current
    return value


def _inside(interval: tuple[dt.date, dt.date, str], value: str) -> bool:
    outer = dates.value_interval(value)
    return outer is not None and outer[0] <= interval[0] and interval[1] <= outer[1]


@cache
def get_tagger(lang: str = "en") -> Tagger:
    return Tagger(load_language(lang))
