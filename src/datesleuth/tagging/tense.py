"""The tense of the clause around an expression, from marker words of the language.

HeidelTime decides the direction of "Friday" or "May 20" from the tense of the
sentence; without a part-of-speech tagger we look for the nearest tense marker (a verb
form or an auxiliary listed in the language's grammar) within the sentence, preferring
markers in the same clause.

A text is scanned once for sentence ends, and its sentences that hold an expression
for markers and clause breaks; each expression then looks up its neighbours by
bisection, so tagging stays linear in the text length. A marker counts only in its own
sentence, so what one expression gets never depends on the sentences of the others.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from datesleuth.tagging.language import WordList, expand_list_tokens, phrase_alternation
from datesleuth.tagging.sentences import SentenceSplitter
from datesleuth.types import Tense

# A clause break between marker and expression makes the marker count for less.
_CLAUSE_PENALTY = 60
# A verb after the expression governs it less often than one before it.
_AFTER_PENALTY = 20
# How far a sentence may reach on either side of an expression.
_SENTENCE_REACH = 400
# A regular "-ed" form is often an adjective ("a still unspecified date", "markets
# untouched by"): it counts for less than a listed verb or auxiliary.
_SUFFIX_PENALTY = 25
# The distance of a word just before an expression: one space.
_ADJACENT = 1
# Markers examined on each side: enough for the clause penalty to let a farther marker
# win, few enough to keep each look-up constant.
_NEIGHBOURS = 4
# How far back a word leading into an expression may stand: the word and its space.
_LEAD_REACH = 16
# How far before a verb or an expression the words opening its clause may start ("once
# the Serb pullout has", "a standoff that Republicans began on").
_CLAUSE_LEAD_REACH = 48
# How far before an expression a former plan may start ("was originally meant to be
# launched on").
_PLAN_REACH = 64
# How far back a perfect passive ending at a verb may start ("been formally called").
_PASSIVE_REACH = 40
# How far back a comparison may start: "up from 0.94 billion cubic feet per day in".
_COMPARISON_REACH = 60


@dataclass(frozen=True)
class TenseIndex:
    """Where the markers, sentence ends and clause breaks of one text are."""

    marker_starts: list[int]
    marker_ends: list[int]
    marker_tenses: list[Tense]
    marker_penalties: list[int]
    # The tense a marker gives what comes before it, where it differs ("agreed to"), or
    # None for a marker that only looks ahead ("ahead of").
    marker_tenses_before: list[Tense | None]
    sentence_ends: list[int]
    clause_breaks: list[int]


@dataclass(frozen=True)
class TenseModel:
    markers: re.Pattern[str]
    sentences: SentenceSplitter
    clause_break: re.Pattern[str]
    # Verbs that set a deadline for someone else ("gave the defense until Monday",
    # "ordered him to leave by Friday"): the deadline lies ahead although they are past.
    directive: re.Pattern[str] | None = None
    # Words that make what follows them a deadline ("has until Friday", "by 5 p.m.
    # Tuesday"), which lies ahead unless its clause tells of the past.
    deadline: re.Pattern[str] | None = None
    # Words after which an expression starts a span that runs to now ("since 1915").
    since: re.Pattern[str] | None = None
    # What makes a past form after it no past ("will stay closed"), and a regular one an
    # adjective ("a limited series").
    participle_after: re.Pattern[str] | None = None
    adjective_after: re.Pattern[str] | None = None
    # What names a time the story is measured against ("up from $4 million in", "the
    # anniversary of").
    comparison: re.Pattern[str] | None = None
    # A participle that shares the tense of the verb before it ("will be approved in May
    # and signed in June").
    coordinated: re.Pattern[str] | None = None
    # What makes a capitalised past form after it part of a name ("Port Said").
    name_before: re.Pattern[str] | None = None
    # A reporting clause set off inside a sentence, whose verb is no tense of it.
    aside_report: re.Pattern[str] | None = None
    # A reporting clause of its own after a clause with a time in it ("return in
    # September, and leaders said hearings could begin"): its verb is no tense of what
    # comes before it.
    report_apart: re.Pattern[str] | None = None
    # What after a verb opens the clause it governs ("warned that"): verbs in there
    # tell nothing of an expression before that verb.
    complement: re.Pattern[str] | None = None
    # What between an "-ed" form and an expression shows the form a verb governing it
    # ("the bill approved in July"), not an adjective.
    governed_gap: re.Pattern[str] | None = None
    # A word that is a regular past form ("signed", "postponed").
    regular_past: re.Pattern[str] | None = None
    # A perfect passive ("has been called"), which places what it governs in no certain
    # past.
    perfect_passive: re.Pattern[str] | None = None
    # Past markers that are participles, past only right before what they govern ("a
    # charge taken Monday"): looked up among the past markers, as a group of their own
    # would slow every scan.
    participles: frozenset[str] = frozenset()
    # What between an expression and a verb shows the expression in that verb's subject
    # ("Friday's grosses will be", "Monday's report on GNP could").
    subject_gap: re.Pattern[str] | None = None
    # What opens a clause whose past or perfect verb tells of a future the clause before
    # it names ("will suspend the bombing once the pullout has begun, probably on
    # Thursday").
    future_clause: re.Pattern[str] | None = None
    # What before an expression tells of a plan made in the past ("the fund was due to
    # start on July 1"), which may since have come or still be ahead.
    former_plan: re.Pattern[str] | None = None
    # Those of them not kept, mostly told once their day has come ("was supposed to lift
    # off Saturday, but storms forced a delay").
    missed_plan: re.Pattern[str] | None = None
    # What makes a verb form right after it a noun ("the face of the Sun").
    determiner_before: re.Pattern[str] | None = None
    # What joins a second predicate to the first ("launched a campaign in January and
    # plans to expand it"): its verb tells nothing of what comes before it.
    coordinator: re.Pattern[str] | None = None
    # A negated verb before "until" ("was not shut down until mid-August"): what follows
    # is when it happened, no deadline the verb set.
    negated_until: re.Pattern[str] | None = None
    # What after a marker that ends in "to" makes that "to" a preposition ("sending the
    # plan to the governor"): no infinitive follows, and the marker tells nothing.
    preposition_to: re.Pattern[str] | None = None
    # A past auxiliary ("did not resume", "didn't open"): the bare verb after it tells
    # no tense of its own.
    past_auxiliary: re.Pattern[str] | None = None

    @classmethod
    def from_grammar(cls, grammar: Mapping[str, Any], lists: Mapping[str, WordList]) -> TenseModel:
        # The tense patterns may name word lists ("<month>") as rules do.
        tense = expand_list_tokens(grammar["tense"], lists)
        ahead = phrase_alternation(tense["looking_ahead"])
        if tense.get("looking_ahead_regex"):
            ahead = f"{tense['looking_ahead_regex']}|{ahead}"
        # Every kind of marker has its group; one a language does not write matches none.
        parts = [
            _group("tenseless", phrase_alternation(tense.get("tenseless", []))),
            _group("future_phrase", tense.get("future_regex")),
            _group("perfect", tense.get("perfect_regex")),
            _group("modal", tense.get("modal_regex")),
            _group("future", phrase_alternation(tense["future"])),
            _group("intention", phrase_alternation(tense["intention"])),
            _group("request", tense.get("request_regex")),
            _group("looking_ahead", ahead),
            _group("passive_present", tense.get("passive_present_regex")),
            _group("past", phrase_alternation([*tense["past"], *tense.get("participle", [])])),
            _group("present", phrase_alternation(tense["present"])),
            _group("past_suffix", tense.get("past_suffix_regex")),
        ]
        # A marker starts a word, or is a clitic the language lists ("We'll vote").
        start = r"(?<!\w)"
        if tense.get("clitic_regex"):
            start = rf"(?:{start}|(?={tense['clitic_regex']}))"
        # Tense markers are plain ASCII words: ASCII matching scans a quarter faster.
        markers = re.compile(rf"{start}(?:{'|'.join(parts)})(?!\w)", re.IGNORECASE | re.ASCII)
        return cls(
            markers,
            SentenceSplitter.from_grammar(grammar, lists),
            re.compile(grammar["clause_break_regex"], re.IGNORECASE),
            _whole_words(tense.get("directive_regex")),
            word_before(tense.get("deadline_regex")),
            word_before(tense.get("since_regex")),
            _compiled(tense.get("participle_after_regex")),
            _compiled(tense.get("adjective_after_regex")),
            word_before(tense.get("comparison_regex")),
            _compiled(tense.get("coordinated_regex")),
            _compiled(tense.get("name_before_regex")),
            _compiled(tense.get("aside_report_regex")),
            _compiled(tense.get("report_apart_regex")),
            _compiled(tense.get("complement_regex")),
            _compiled(tense.get("governed_gap_regex")),
            _compiled(tense.get("regular_past_regex")),
            _compiled(tense.get("perfect_passive_regex")),
            frozenset(word.lower() for word in tense.get("participle", [])),
            _compiled(tense.get("subject_gap_regex")),
            _compiled(tense.get("future_clause_regex")),
            word_before(tense.get("former_plan_regex")),
            word_before(tense.get("missed_plan_regex")),
            _compiled(tense.get("determiner_before_regex")),
            _compiled(tense.get("coordinator_regex")),
            word_before(tense.get("negated_until_regex")),
            _compiled(tense.get("preposition_to_regex")),
            word_before(tense.get("past_auxiliary_regex")),
        )

    def index(self, text: str, spans: Sequence[tuple[int, int]]) -> TenseIndex:
        """The markers and clause breaks of the sentences that hold ``spans``."""
        starts: list[int] = []
        ends: list[int] = []
        tenses: list[Tense] = []
        penalties: list[int] = []
        tenses_before: list[Tense | None] = []
        sentence_ends = self.sentences.ends(text)
        sentences = _sentences_holding(sentence_ends, len(text), spans)
        asides = {m.end() for m in self.aside_report.finditer(text)} if self.aside_report else set()
        reports_apart = (
            {m.end() for m in _found_in(self.report_apart, text, sentences)}
            if self.report_apart
            else set()
        )
        for marker in _found_in(self.markers, text, sentences):
            if (
                marker["tenseless"]
                or marker.end() in asides
                or self._is_no_past(text, marker)
                or self._is_noun(text, marker)
                or self._is_no_verb(text, marker)
            ):
                continue
            tense = _tense_of(marker)
            if (
                tenses
                and tenses[-1] == "future"
                and (self._is_coordinated(text, marker) or self._opens_future_clause(text, marker))
                and _same_sentence(sentence_ends, ends[-1], marker.start())
            ):
                tense = "future"
            starts.append(marker.start())
            ends.append(marker.end())
            tenses.append(tense)
            participle = self._is_participle(marker)
            tenses_before.append(
                None
                if participle or marker.end() in reports_apart
                else _tense_before(marker, tense, self._opens_with_past(marker))
            )
            penalties.append(_SUFFIX_PENALTY if marker["past_suffix"] or participle else 0)
        return TenseIndex(
            marker_starts=starts,
            marker_ends=ends,
            marker_tenses=tenses,
            marker_penalties=penalties,
            marker_tenses_before=tenses_before,
            sentence_ends=sentence_ends,
            clause_breaks=[m.start() for m in _found_in(self.clause_break, text, sentences)],
        )

    def _is_no_past(self, text: str, marker: re.Match[str]) -> bool:
        """A past form that is a participle ("stay closed") or an adjective ("a limited
        series") tells no past."""
        if not (marker["past"] or marker["past_suffix"]):
            return False
        start = marker.start()
        return (
            leads_into(self.participle_after, text, start)
            or (self._is_regular(marker) and leads_into(self.adjective_after, text, start))
            or (marker.group()[0].isupper() and leads_into(self.name_before, text, start))
        )

    def _is_noun(self, text: str, marker: re.Match[str]) -> bool:
        """A present form of one word right after an article is a noun and tells no tense
        ("cross the face of the Sun on Tuesday"). A past form there is often an adjective
        that still tells it ("a shot fired Saturday"), and a noun of a plan still looks
        ahead ("the forecasts for next year")."""
        return (
            any(marker[kind] for kind in ("present", "future"))
            and marker.group().isalpha()
            and leads_into(self.determiner_before, text, marker.start())
        )

    def _is_no_verb(self, text: str, marker: re.Match[str]) -> bool:
        """A marker that tells no tense here: one that ends in a "to" that is a
        preposition ("sending the plan to the governor"), or a bare verb after a past
        auxiliary ("did not resume"; but "did not plan to remove him on Thursday" looks
        ahead)."""
        if self.preposition_to is not None and self.preposition_to.match(text, marker.end()):
            return True
        return (
            bool(marker["present"] or marker["future"])
            and marker.group().isalpha()
            and leads_into(self.past_auxiliary, text, marker.start())
        )

    def _is_participle(self, marker: re.Match[str]) -> bool:
        """A participle ("taken"): past right before what it governs, silent after it ("a
        test on Monday taken within a day")."""
        return marker["past"] is not None and marker.group().lower() in self.participles

    def _is_regular(self, marker: re.Match[str]) -> bool:
        """A regular past form, listed ("a signed contract") or not ("a limited series")."""
        return marker["past_suffix"] is not None or self._is_regular_word(
            marker.group().split()[-1]
        )

    def _opens_with_past(self, marker: re.Match[str]) -> bool:
        """A looking-ahead or future phrase that opens with a past form ("postponed ...
        for", "A federal judge on Monday scheduled an Oct. 7 trial")."""
        return bool(marker["looking_ahead"] or marker["future"]) and self._is_regular_word(
            marker.group().split()[0]
        )

    def _is_regular_word(self, word: str) -> bool:
        return self.regular_past is not None and self.regular_past.fullmatch(word) is not None

    def _opens_future_clause(self, text: str, marker: re.Match[str]) -> bool:
        """A verb of a clause that "once" or "if" opens after a future ("will attack once
        civilians have left")."""
        return leads_into(self.future_clause, text, marker.start(), _CLAUSE_LEAD_REACH)

    def _is_coordinated(self, text: str, marker: re.Match[str]) -> bool:
        """A participle joined to the verb before it ("and signed")."""
        return leads_into(self.coordinated, text, marker.end(), _LEAD_REACH + len(marker.group()))

    @staticmethod
    def sentence_bounds(
        index: TenseIndex, text_length: int, start: int, end: int
    ) -> tuple[int, int]:
        """The span of the sentence holding ``[start, end)``, at most a few hundred chars."""
        first, last = _whole_sentence(index.sentence_ends, text_length, start, end)
        return max(first, start - _SENTENCE_REACH), min(last, end + _SENTENCE_REACH)

    def is_deadline(self, text: str, start: int) -> bool:
        """Whether a deadline word leads into the expression at ``start``."""
        return leads_into(self.deadline, text, start)

    def is_since(self, text: str, start: int) -> bool:
        """Whether a word of a span up to now leads into the expression ("since 1915", "a
        standoff that Republicans began on")."""
        return leads_into(self.since, text, start, _CLAUSE_LEAD_REACH)

    def follows_former_plan(self, text: str, start: int) -> bool:
        """Whether a plan made in the past leads into the expression at ``start``."""
        return leads_into(self.former_plan, text, start, _PLAN_REACH)

    def follows_missed_plan(self, text: str, start: int) -> bool:
        """Whether a plan made in the past and not kept leads into the expression."""
        return leads_into(self.missed_plan, text, start, _PLAN_REACH)

    def is_compared(self, text: str, start: int) -> bool:
        """Whether the expression at ``start`` names a time the story is measured against."""
        return leads_into(self.comparison, text, start, _COMPARISON_REACH)

    def directs(self, index: TenseIndex, text: str, start: int) -> bool:
        """Whether a directive verb comes before ``start`` in its sentence, setting
        what follows as a deadline: a negated one ("was not shut down until") tells when
        it happened."""
        if self.directive is None or leads_into(
            self.negated_until, text, start, _CLAUSE_LEAD_REACH
        ):
            return False
        sentence_start, sentence_end = self.sentence_bounds(index, len(text), start, start)
        if self.directive.search(text, sentence_start, start) is None:
            return False
        # A directive of an earlier clause sets no deadline in one that tells its own past:
        # "ordered an evacuation Wednesday, and by Thursday afternoon the highways were
        # jammed" (but "has promised a government by Friday, and flags fly through sunset
        # Friday").
        clause_start, clause_end = _clause_bounds(index, start, sentence_start, sentence_end)
        return (
            clause_start == sentence_start
            or self.directive.search(text, clause_start, start) is not None
            or "past" not in _tenses_within(index, clause_start, clause_end)
        )

    def governed_by_past(self, text: str, index: TenseIndex, start: int) -> bool:
        """Whether a past verb right before governs the expression at ``start`` ("was
        arrested on Christmas Eve", "closed in December")."""
        left = bisect.bisect_right(index.marker_ends, start) - 1
        return (
            left >= 0
            and _same_sentence(index.sentence_ends, index.marker_starts[left], start)
            and index.marker_tenses[left] == "past"
            and self._governs(text, index.marker_ends[left], start)
            and not leads_into(self.perfect_passive, text, index.marker_ends[left], _PASSIVE_REACH)
        )

    def _governs(self, text: str, verb_end: int, start: int) -> bool:
        """Whether only a governed gap ("approved in", "telephoned Benedict on") lies
        between a verb ending at ``verb_end`` and the expression at ``start``."""
        return _fills(self.governed_gap, text, verb_end, start)

    def subject_tense(self, text: str, index: TenseIndex, end: int) -> Tense | None:
        """The tense of the verb whose subject ends with the expression ending at ``end``
        ("Friday's grosses will be crucial"), if it is one."""
        right = bisect.bisect_left(index.marker_starts, end)
        if (
            right >= len(index.marker_starts)
            or not _same_sentence(index.sentence_ends, end, index.marker_starts[right])
            or not _fills(self.subject_gap, text, end, index.marker_starts[right])
        ):
            return None
        return index.marker_tenses[right]

    def _coordinates(self, text: str, end: int, verb_start: int) -> bool:
        """Whether only a coordinator lies between an expression ending at ``end`` and a
        verb, which then heads a predicate of its own."""
        return _fills(self.coordinator, text, end, verb_start)

    def tense_at(self, text: str, index: TenseIndex, start: int, end: int) -> Tense | None:
        subject = self.subject_tense(text, index, end)
        if subject is not None:
            # The verb of the subject the expression is in tells its time, whatever verb
            # the subject follows ("Traders said Monday's report will set the tone").
            return subject
        sentence_start, sentence_end = self.sentence_bounds(index, len(text), start, end)
        best: tuple[int, Tense] | None = None
        left = bisect.bisect_right(index.marker_ends, start)
        # In the subject of its sentence: no verb before it ("Highs on Wednesday could").
        in_subject = left == 0 or index.marker_starts[left - 1] < sentence_start
        for i in range(left - 1, max(-1, left - 1 - _NEIGHBOURS), -1):
            if index.marker_starts[i] < sentence_start:
                break
            distance = start - index.marker_ends[i]
            tense = index.marker_tenses[i]
            if self._governs(text, index.marker_ends[i], start):
                distance = _ADJACENT
            best = _better(best, distance, tense, index, index.marker_ends[i], start, i)
        right = bisect.bisect_left(index.marker_starts, end)
        for i in range(right, min(len(index.marker_starts), right + _NEIGHBOURS)):
            if index.marker_starts[i] >= sentence_end:
                break
            gap = index.marker_starts[i] - end
            distance = gap + _AFTER_PENALTY
            before = index.marker_tenses_before[i]
            if before is None and gap <= _ADJACENT and in_subject:
                # The verb of the subject the expression is in: "Monday could be the
                # most important day", "Highs on Wednesday could reach 97".
                before = index.marker_tenses[i]
            if before is not None:
                if not in_subject and self._coordinates(text, end, index.marker_starts[i]):
                    distance += _CLAUSE_PENALTY
                best = _better(best, distance, before, index, end, index.marker_starts[i], i)
                # "fired missiles on Wednesday, and an official warned that Iran would":
                # the verbs after "warned that" are in the clause it governs.
                if self.complement and self.complement.match(text, index.marker_ends[i]):
                    break
        return best[1] if best else None


def _better(
    best: tuple[int, Tense] | None,
    distance: int,
    tense: Tense,
    index: TenseIndex,
    gap_start: int,
    gap_end: int,
    marker: int,
) -> tuple[int, Tense]:
    breaks = index.clause_breaks
    if distance > _ADJACENT:
        # An "-ed" form right before the expression governs it ("senators elected
        # Tuesday will be sworn in"), whatever it may be elsewhere.
        distance += index.marker_penalties[marker]
    if bisect.bisect_left(breaks, gap_start) < bisect.bisect_left(breaks, gap_end):
        distance += _CLAUSE_PENALTY
    if best is None or distance < best[0]:
        return distance, tense
    return best


def _clause_bounds(
    index: TenseIndex, at: int, sentence_start: int, sentence_end: int
) -> tuple[int, int]:
    """Where the clause holding ``at`` starts and ends, within its sentence."""
    breaks = index.clause_breaks
    after = bisect.bisect_left(breaks, at)
    start = breaks[after - 1] if after > 0 else sentence_start
    end = breaks[after] if after < len(breaks) else sentence_end
    return max(start, sentence_start), min(end, sentence_end)


def _tenses_within(index: TenseIndex, start: int, end: int) -> list[Tense]:
    """The tenses of the markers that start in ``[start, end)``."""
    first = bisect.bisect_left(index.marker_starts, start)
    last = bisect.bisect_left(index.marker_starts, end)
    return index.marker_tenses[first:last]


def _whole_sentence(sentence_ends: list[int], length: int, start: int, end: int) -> tuple[int, int]:
    """Where the sentence or sentences holding ``[start, end)`` start and end."""
    before = bisect.bisect_right(sentence_ends, start) - 1
    after = bisect.bisect_right(sentence_ends, end)
    first = sentence_ends[before] if before >= 0 else 0
    last = sentence_ends[after] if after < len(sentence_ends) else length
    return first, last


def _fills(gap: re.Pattern[str] | None, text: str, start: int, end: int) -> bool:
    """Whether ``gap`` is all that stands between ``start`` and ``end``."""
    return gap is not None and gap.fullmatch(text, start, end) is not None


def _sentences_holding(
    sentence_ends: list[int], length: int, spans: Sequence[tuple[int, int]]
) -> list[tuple[int, int]]:
    """The stretches of whole sentences that hold ``spans``, merged where they touch."""
    stretches: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        first, last = _whole_sentence(sentence_ends, length, start, end)
        if stretches and first <= stretches[-1][1]:
            stretches[-1] = (stretches[-1][0], max(last, stretches[-1][1]))
        else:
            stretches.append((first, last))
    return stretches


def _found_in(
    regex: re.Pattern[str], text: str, stretches: list[tuple[int, int]]
) -> Iterator[re.Match[str]]:
    """The matches of ``regex`` that start in ``stretches``, as a scan of the whole text
    finds them there."""
    resume = 0
    for start, end in stretches:
        for found in regex.finditer(text, max(start, resume)):
            if found.start() >= end:
                break
            resume = found.end()
            yield found


def _same_sentence(sentence_ends: list[int], start: int, end: int) -> bool:
    return bisect.bisect_right(sentence_ends, start) == bisect.bisect_right(sentence_ends, end)


def _group(name: str, regex: str | None) -> str:
    return f"(?P<{name}>{regex or '(?!)'})"


def _compiled(regex: str | None) -> re.Pattern[str] | None:
    return re.compile(regex, re.IGNORECASE) if regex else None


def _whole_words(words: str | None) -> re.Pattern[str] | None:
    """A pattern for one of ``words`` standing as whole words."""
    return re.compile(rf"(?<!\w)(?:{words})(?!\w)", re.IGNORECASE) if words else None


def word_before(words: str | None) -> re.Pattern[str] | None:
    """A pattern for one of ``words`` just before where a search ends."""
    return re.compile(rf"(?<!\w)(?:{words})\s+$", re.IGNORECASE) if words else None


def leads_into(
    word: re.Pattern[str] | None, text: str, start: int, reach: int = _LEAD_REACH
) -> bool:
    return word is not None and word.search(text, max(0, start - reach), start) is not None


def _tense_of(marker: re.Match[str]) -> Tense:
    future = ("future", "future_phrase", "modal", "intention", "request", "looking_ahead")
    if any(marker[name] for name in future):
        return "future"
    if marker["present"] or marker["passive_present"]:
        return "present"
    return "past"


def _tense_before(marker: re.Match[str], tense: Tense, opens_with_past: bool) -> Tense | None:
    if marker["intention"] or marker["request"] or opens_with_past:
        # "A jury on Friday ordered ...", "A judge on Monday postponed the hearing for
        # ...": the verb's own past.
        return "past"
    # A present verb after an expression says little of it ("the announcement Friday of
    # a loss ... is").
    if marker["looking_ahead"] or marker["modal"] or tense == "present":
        return None
    return tense
