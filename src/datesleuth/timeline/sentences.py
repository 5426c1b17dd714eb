"""A small sentence splitter for news text that keeps character offsets.

A sentence ends at ``.``, ``!`` or ``?`` (with any closing quotes or brackets) followed
by white space and something that can open a sentence, unless the word before the full
stop is an abbreviation the language data lists (``grammar.yaml``) or an initial; a blank
line (a paragraph break, or the end of a headline) always ends one.
"""

from __future__ import annotations

import bisect
import re
from functools import cache

from datesleuth.tagging.language import load_language

_END = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9])|\n[ \t\r]*\n")
_WORD_BEFORE = re.compile(r"([\w.]+)\.$")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """The ``(start, end)`` offsets of each sentence, without surrounding white space."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _END.finditer(text):
        if match.group().startswith(".") and _is_abbreviation(text[start : match.start() + 1]):
            continue
        _append_trimmed(spans, text, start, match.end())
        start = match.end()
    _append_trimmed(spans, text, start, len(text))
    return spans


def sentence_at(spans: list[tuple[int, int]], offset: int) -> tuple[int, int]:
    """The sentence that contains ``offset`` (``spans`` as given by :func:`split_sentences`)."""
    index = bisect.bisect_right([start for start, _ in spans], offset) - 1
    return spans[max(index, 0)]


def _is_abbreviation(sentence_so_far: str) -> bool:
    match = _WORD_BEFORE.search(sentence_so_far)
    if match is None:
        return False
    word = match.group(1).lower()
    # A single letter is an initial ("John F. Kennedy"); dotted words are abbreviations.
    return (len(word) == 1 and word.isalpha()) or word in _abbreviations() or "." in word.strip(".")


@cache
def _abbreviations() -> frozenset[str]:
    # The language's words that end with a full stop without ending the sentence.
    return frozenset(load_language("en").grammar["abbreviations"])


def _append_trimmed(spans: list[tuple[int, int]], text: str, start: int, end: int) -> None:
    piece = text[start:end]
    stripped = piece.strip()
    if stripped:
        lead = len(piece) - len(piece.lstrip())
        spans.append((start + lead, start + lead + len(stripped)))
