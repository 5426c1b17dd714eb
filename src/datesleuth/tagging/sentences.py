"""Where the sentences of a text end, by the language's punctuation and abbreviations.

A sentence ends at ``.``, ``!`` or ``?`` (with any closing quotes or brackets) followed
by white space and something that can open a sentence, unless the word before the full
stop is an abbreviation the language lists (``grammar.yaml``) or an initial; a blank
line (a paragraph break, or the end of a headline) always ends one.

The tagger reads the tense of an expression within its sentence, the dating groups its
clues by sentence and the timeline quotes sentences: all three split alike, so "Roe vs.
Wade" or "Jan. 6" never cuts a sentence for one of them and not for the others.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from datesleuth.tagging.language import WordList

# The word just before a full stop, dots inside included ("U.S", "p.m").
_WORD_BEFORE = re.compile(r"([\w.]+)\.$")
# The word a sentence may open with.
_WORD_AFTER = re.compile(r"[A-Z][a-z]*")
# How far back the word before a full stop can start.
_WORD_REACH = 40


@dataclass(frozen=True)
class SentenceSplitter:
    end: re.Pattern[str]
    abbreviations: frozenset[str]
    # Words that open a sentence even after an abbreviation ("began at 9 p.m. He said").
    openers: frozenset[str] = frozenset()
    # Abbreviations of a clock time ("p.m."), after which any capitalised word opens a
    # sentence unless it goes on telling the time ("5 p.m. EST", "9 a.m. Friday").
    clock_abbreviations: frozenset[str] = frozenset()
    clock_continuation: re.Pattern[str] | None = None

    @classmethod
    def from_grammar(
        cls, grammar: Mapping[str, Any], lists: Mapping[str, WordList] | None = None
    ) -> SentenceSplitter:
        return cls(
            re.compile(grammar["sentence_end_regex"]),
            frozenset(word.lower() for word in grammar["abbreviations"]),
            frozenset(grammar.get("sentence_openers", ())),
            frozenset(word.lower() for word in grammar.get("clock_abbreviations", ())),
            _clock_continuation(grammar, lists or {}),
        )

    def ends(self, text: str) -> list[int]:
        """The offset just past each sentence end and the white space after it: where the
        next sentence starts."""
        return [
            match.end()
            for match in self.end.finditer(text)
            if not (
                text[match.start()] == "."
                and self._ends_abbreviation(text, match.start())
                and not self._opens_sentence(text, match.start(), match.end())
            )
        ]

    def _opens_sentence(self, text: str, dot: int, start: int) -> bool:
        word = _WORD_AFTER.match(text, start)
        if word is None:
            return False
        if word.group(0) in self.openers:
            return True
        before = _WORD_BEFORE.search(text, max(0, dot - _WORD_REACH), dot + 1)
        return (
            before is not None
            and before.group(1).lower() in self.clock_abbreviations
            and self.clock_continuation is not None
            and self.clock_continuation.match(text, start) is None
        )

    def spans(self, text: str) -> list[tuple[int, int]]:
        """The ``(start, end)`` offsets of each sentence, without surrounding white space."""
        spans: list[tuple[int, int]] = []
        start = 0
        for end in [*self.ends(text), len(text)]:
            piece = text[start:end]
            stripped = piece.strip()
            if stripped:
                lead = len(piece) - len(piece.lstrip())
                spans.append((start + lead, start + lead + len(stripped)))
            start = end
        return spans

    def _ends_abbreviation(self, text: str, dot: int) -> bool:
        match = _WORD_BEFORE.search(text, max(0, dot - _WORD_REACH), dot + 1)
        if match is None:
            return False
        word = match.group(1).lower()
        # A single letter is an initial ("John F. Kennedy"); dotted words are abbreviations.
        return (
            (len(word) == 1 and word.isalpha())
            or word in self.abbreviations
            or "." in word.strip(".")
        )


def _clock_continuation(
    grammar: Mapping[str, Any], lists: Mapping[str, WordList]
) -> re.Pattern[str] | None:
    """What may follow a clock time's abbreviation in the same sentence: the phrases of
    the word lists the grammar names (weekdays, months, zones), unless what the grammar
    says ends them follows ("to 7:15 p.m. Sunday's game will begin"), or its own pattern."""
    not_after = grammar.get("clock_continuation_stop_regex")
    stop = f"(?!{not_after})" if not_after else ""
    alternatives = [
        f"(?i:{lists[name].regex})\\b{stop}"
        for name in grammar.get("clock_continuation_lists", ())
        if name in lists
    ]
    if grammar.get("clock_continuation_regex"):
        alternatives.append(grammar["clock_continuation_regex"])
    return re.compile("|".join(alternatives)) if alternatives else None


def sentence_at(spans: list[tuple[int, int]], offset: int) -> tuple[int, int]:
    """The sentence that contains ``offset`` (``spans`` as given by ``SentenceSplitter.spans``)."""
    index = bisect.bisect_right([start for start, _ in spans], offset) - 1
    return spans[max(index, 0)]
