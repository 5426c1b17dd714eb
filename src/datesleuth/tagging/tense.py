"""The tense of the clause around an expression, from marker words of the language.

HeidelTime decides the direction of "Friday" or "May 20" from the tense of the
sentence; without a part-of-speech tagger we look for the nearest tense marker (a verb
form or an auxiliary listed in the language's grammar) within the sentence, preferring
markers in the same clause.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from datesleuth.tagging.language import phrase_alternation
from datesleuth.types import Tense

_CLAUSE_BREAK = re.compile(r"[;:—–]|,\s+(?:and|but|while|whereas|although|though)\b", re.I)
# A clause break between marker and expression makes the marker count for less.
_CLAUSE_PENALTY = 60


@dataclass(frozen=True)
class TenseModel:
    markers: re.Pattern[str]
    sentence_end: re.Pattern[str]

    @classmethod
    def from_grammar(cls, grammar: Mapping[str, Any]) -> TenseModel:
        tense = grammar["tense"]
        parts = []
        if tense.get("future_regex"):
            parts.append(f"(?P<future_phrase>{tense['future_regex']})")
        for name in ("future", "past", "present"):
            parts.append(f"(?P<{name}>{phrase_alternation(tense[name])})")
        if tense.get("past_suffix_regex"):
            parts.append(f"(?P<past_suffix>{tense['past_suffix_regex']})")
        markers = re.compile(r"(?<!\w)(?:" + "|".join(parts) + r")(?!\w)", re.IGNORECASE)
        return cls(markers, re.compile(grammar["sentence_end_regex"]))

    def sentence_bounds(self, text: str, start: int, end: int) -> tuple[int, int]:
        """The span of the sentence holding ``text[start:end]`` (looking at most 400 chars)."""
        left = max(0, start - 400)
        last = None
        for last in self.sentence_end.finditer(text, left, start):  # noqa: B007
            pass
        sentence_start = last.end() if last else left
        following = self.sentence_end.search(text, end, min(len(text), end + 400))
        sentence_end = following.start() + 1 if following else min(len(text), end + 400)
        return sentence_start, sentence_end

    def tense_at(self, text: str, start: int, end: int) -> Tense | None:
        sentence_start, sentence_end = self.sentence_bounds(text, start, end)
        best: tuple[int, Tense] | None = None
        for marker in self.markers.finditer(text, sentence_start, sentence_end):
            if start <= marker.start() < end:
                continue
            tense = _tense_of(marker)
            if marker.end() <= start:
                gap = text[marker.end() : start]
                distance = len(gap)
            else:
                gap = text[end : marker.start()]
                distance = len(gap) + 10  # a verb before the expression governs it more often
            if _CLAUSE_BREAK.search(gap):
                distance += _CLAUSE_PENALTY
            if best is None or distance < best[0]:
                best = (distance, tense)
        return best[1] if best else None


def _tense_of(marker: re.Match[str]) -> Tense:
    if marker["future"] or marker["future_phrase"]:
        return "future"
    if marker["present"]:
        return "present"
    return "past"
