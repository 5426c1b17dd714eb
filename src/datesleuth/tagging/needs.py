"""What every match of a rule holds, read from its compiled pattern.

A window of text is worth a rule's regex only when it holds what every match of the
rule holds: a trigger of each kind the rule needs, and a word of each set it spells.
Both are read from the compiled pattern: a word-list group or a literal word that every
match contains as a whole word is seen by the trigger scan (on its own, or inside a
longer trigger phrase around it); a literal word, a word of each phrase of a list, and
one of the ten digits for a digit are spelled wherever they stand ("5pm" spells "pm").
Whatever the reading does not understand needs nothing, and the rule then runs
wherever ``rule_triggers`` lets it.
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    # Only for annotations: language.py imports this module while it defines them.
    from datesleuth.tagging.language import Trigger, WordList

# Every match of a rule stands between characters that are not word characters: its
# compiled pattern is wrapped in these.
BEFORE_MATCH = r"(?<![\w$£€./])"
AFTER_MATCH = r"(?![\w])"

_WORD_CHAR = re.compile(r"\w")
_DIGITS = "0123456789"
_WORDS = re.compile(r"\w+")
_QUANTIFIER = re.compile(r"(?:([?*+])|\{(\d*)(,?)(\d*)\})[?+]?")
_INLINE_FLAGS = re.compile(r"\?[aiLmsux]*(?:-[imsx]+)?([:)])")
# Past this many combinations of needs, they are merged into one.
_MAX_NEED_CHOICES = 16
_SIMPLE_REPEATS = {"?": (0, 1.0), "*": (0, float("inf")), "+": (1, float("inf"))}
# What a node may do: match nothing, start with a word character, end with one.
_Shape = tuple[bool, bool, bool]
_EMPTY, _STARTS, _ENDS = 0, 1, 2


@dataclass(frozen=True)
class _Char:
    """One character of a pattern: a literal (``text``), or a class, escape or dot."""

    text: str | None
    wordy: bool  # may be a word character
    digit: bool = False  # is always a digit
    # What it may be, written as inside a character class; None: any character.
    members: str | None = None


@dataclass(frozen=True)
class _Group:
    """A group, ``name`` when named; a zero-width one (lookaround, anchor) has one empty
    option."""

    name: str | None
    options: tuple[tuple[_Node, ...], ...]
    shape: _Shape = field(init=False)

    def __post_init__(self) -> None:
        shapes = [_sequence_shape(option) for option in self.options]
        edges = (any(s[edge] for s in shapes) for edge in (_EMPTY, _STARTS, _ENDS))
        object.__setattr__(self, "shape", tuple(edges))


@dataclass(frozen=True)
class _Repeat:
    node: _Node
    low: int
    high: float
    shape: _Shape = field(init=False)

    def __post_init__(self) -> None:
        empty, starts, ends = _shape(self.node)
        object.__setattr__(self, "shape", (empty or self.low == 0, starts, ends))


_Node = _Char | _Group | _Repeat


def _is_word(char: str) -> bool:
    return _WORD_CHAR.match(char) is not None


class _PatternReader:
    """Reads a Python regular expression into nodes; raises ValueError on what it does not
    know (back references, conditionals, unknown escapes)."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.pos = 0

    def read(self) -> _Group:
        options = self._options()
        if self.pos != len(self.source):
            raise ValueError("unbalanced parenthesis")
        return _Group(None, options)

    def _options(self) -> tuple[tuple[_Node, ...], ...]:
        options: list[list[_Node]] = [[]]
        while self.pos < len(self.source) and self.source[self.pos] != ")":
            if self.source[self.pos] == "|":
                options.append([])
                self.pos += 1
            else:
                options[-1].append(self._quantified(self._atom()))
        return tuple(tuple(option) for option in options)

    def _quantified(self, node: _Node) -> _Node:
        found = _QUANTIFIER.match(self.source, self.pos)
        if found is None or not (found[1] or found[2] or found[4]):
            return node
        self.pos = found.end()
        if found[1]:
            low, high = _SIMPLE_REPEATS[found[1]]
        else:
            low = int(found[2] or 0)
            high = float(found[4]) if found[4] else float("inf") if found[3] else float(low)
        return _Repeat(node, int(low), high)

    def _atom(self) -> _Node:
        char = self.source[self.pos]
        self.pos += 1
        if char == "(":
            return self._group()
        if char == "[":
            return self._class()
        if char == "\\":
            return self._escape()
        if char in "*+?":
            raise ValueError("nothing to repeat")
        if char in "^$":
            return _ZERO_WIDTH
        if char == ".":
            return _Char(None, True)
        return _Char(char, _is_word(char), members=_class_member(char))

    def _group(self) -> _Node:
        name = None
        lookaround = self.source.startswith(("?=", "?!", "?<=", "?<!"), self.pos)
        if lookaround:
            self.pos += 3 if self.source.startswith("?<", self.pos) else 2
        elif self.source.startswith("?P=", self.pos):
            # What a back reference matches again needs nothing more.
            self.pos = self.source.index(")", self.pos) + 1
            return _Repeat(_Char(None, True), 0, float("inf"))
        elif self.source.startswith("?P<", self.pos):
            end = self.source.index(">", self.pos)
            name = self.source[self.pos + 3 : end]
            self.pos = end + 1
        elif self.source.startswith("?", self.pos):
            flags = _INLINE_FLAGS.match(self.source, self.pos)
            if flags is None:
                raise ValueError("unknown group")
            self.pos = flags.end()
            if flags[1] == ")":
                return _ZERO_WIDTH
        options = self._options()
        if not self.source.startswith(")", self.pos):
            raise ValueError("missing )")
        self.pos += 1
        # A lookaround looks at text around the match, which need not hold it.
        return _ZERO_WIDTH if lookaround else _Group(name, options)

    def _class(self) -> _Char:
        negated = self.source.startswith("^", self.pos)
        self.pos += negated
        members: list[str] = []
        while not (self.source[self.pos] == "]" and members):
            size = 2 if self.source[self.pos] == "\\" else 1
            members.append(self.source[self.pos : self.pos + size])
            self.pos += size
        self.pos += 1
        # A range ("a-z", "!-~") may hold word characters whatever its ends are.
        ranged = "-" in members[1:-1]
        digit = not negated and all(
            m in _DIGITS or m == "\\d" or (m == "-" and 0 < i < len(members) - 1)
            for i, m in enumerate(members)
        )
        wordy = negated or ranged or any(_class_member_wordy(m) for m in members)
        anything = negated or any(m in _WIDE_CLASSES for m in members)
        return _Char(None, wordy, digit, members=None if anything else "".join(members))

    def _escape(self) -> _Node:
        char = self.source[self.pos]
        self.pos += 1
        if char in "bBAZ":
            return _ZERO_WIDTH
        if char in "sntrfv":
            return _Char(None, False, members=f"\\{char}")
        if char == "d":
            return _Char(None, True, digit=True, members=r"\d")
        if char in "DwWS":
            return _Char(None, True)
        if char.isalnum():
            raise ValueError(f"unknown escape \\{char}")
        return _Char(char, _is_word(char), members=_class_member(char))


def _class_member_wordy(member: str) -> bool:
    if member.startswith("\\"):
        return member[1] in "dDwWS" or (member[1] not in "sntrfv" and _is_word(member[1]))
    return _is_word(member)


def _shape(node: _Node) -> _Shape:
    return (False, node.wordy, node.wordy) if isinstance(node, _Char) else node.shape


def _sequence_shape(items: tuple[_Node, ...]) -> _Shape:
    shapes = [_shape(item) for item in items]
    return (
        all(s[_EMPTY] for s in shapes),
        _touches_word(shapes, _STARTS, beyond=False),
        _touches_word(shapes[::-1], _ENDS, beyond=False),
    )


def _touches_word(shapes: list[_Shape], edge: int, *, beyond: bool) -> bool:
    """Whether a word character may come first from ``shapes`` (nodes side by side, the
    nearest first, ``edge`` their side that faces the other way); ``beyond`` if they may
    all be empty."""
    for shape in shapes:
        if shape[edge]:
            return True
        if not shape[_EMPTY]:
            return False
    return beyond


_ZERO_WIDTH = _Group(None, ((),))
# Class members that let a class be almost any character.
_WIDE_CLASSES = frozenset({r"\w", r"\W", r"\S", r"\D"})


def _class_member(char: str) -> str:
    return f"\\{char}" if char in "\\]^-[" else char


def first_characters(pattern: str) -> str | None:
    """The characters a match of ``pattern`` may start with, as the inside of a character
    class; None when it may start with almost any, or match nothing at all."""
    # Read afresh, not through the cache: a rule's pattern is read once this way.
    root = _read_pattern.__wrapped__(pattern)
    if root is None:
        return None
    members, empty = _firsts(root)
    return None if members is None or empty else "".join(sorted(members))


def _firsts(node: _Node) -> tuple[frozenset[str] | None, bool]:
    """What ``node`` may start with (None: any character) and whether it may be empty."""
    if isinstance(node, _Char):
        return (None if node.members is None else frozenset({node.members})), False
    if isinstance(node, _Repeat):
        members, empty = _firsts(node.node)
        return members, empty or node.low == 0
    found: set[str] = set()
    empty = False
    for option in node.options:
        members, option_empty = _sequence_firsts(option)
        if members is None:
            return None, False
        found |= members
        empty = empty or option_empty
    return frozenset(found), empty


def _sequence_firsts(items: tuple[_Node, ...]) -> tuple[frozenset[str] | None, bool]:
    found: set[str] = set()
    for item in items:
        members, empty = _firsts(item)
        if members is None:
            return None, False
        found |= members
        if not empty:
            return frozenset(found), False
    return frozenset(found), True


class KindGuarantees:
    """Which kinds of trigger the scan reports where a phrase stands as a whole word.

    Where the phrase stands, the scan finds what it finds in the phrase alone, unless a
    trigger phrase reaching beyond it starts first or runs on past its end ("May" inside
    "May Day", whose kinds are not the month's). Each of these is an alternative, and the
    kinds of one of them are always reported in full.
    """

    whole_words = True

    def __init__(self, trigger: Trigger) -> None:
        self.trigger = trigger
        self._phrases_by_word: dict[str, list[str]] = {}
        for phrase in trigger.phrase_kinds:
            for word in set(_WORDS.findall(phrase)):
                self._phrases_by_word.setdefault(word, []).append(phrase)
        self._by_list: dict[str, list[frozenset[str]]] = {}

    def of_list(self, word_list: WordList) -> list[frozenset[str]]:
        if word_list.normalizer is not None:
            # Numbers: the scan sees some ("1998") and not others ("3").
            return []
        if word_list.name not in self._by_list:
            self._by_list[word_list.name] = self.of_forms(_written_forms(word_list))
        return self._by_list[word_list.name]

    def of_forms(self, forms: list[str]) -> list[frozenset[str]]:
        """Sets of kinds of which the scan reports at least one wherever any of
        ``forms`` stands: those that meet every alternative of every form."""
        alternatives = {alt for form in forms for alt in self._alternatives(form)}
        if not alternatives or frozenset() in alternatives:
            return []
        return _meeting_sets(list(alternatives))

    def _alternatives(self, form: str) -> list[frozenset[str]]:
        alone = frozenset().union(
            *(self.trigger.kinds(found) for found in self.trigger.finditer(form))
        )
        lowered = " ".join(form.lower().split())
        around = {
            phrase
            for word in _WORDS.findall(lowered)
            for phrase in self._phrases_by_word.get(word, ())
            if _reaches_beyond(lowered, phrase)
        }
        return [alone, *(self.trigger.phrase_kinds[phrase] for phrase in sorted(around))]

    def of_char(self, char: _Char) -> list[frozenset[str]]:
        # The scan sees no single character.
        return []


def _meeting_sets(alternatives: list[frozenset[str]]) -> list[frozenset[str]]:
    """The smallest sets of kinds that meet every one of ``alternatives``: if any of
    them is held in full, a window holds a kind of each such set."""
    # A set that meets an alternative meets every alternative around it, and the kind
    # of an alternative of one kind is in every such set.
    smallest = [a for a in alternatives if not any(b < a for b in alternatives)]
    forced = frozenset().union(*(a for a in smallest if len(a) == 1))
    rest = [a for a in smallest if a.isdisjoint(forced)]
    return _meeting_sets_of_needs([[forced]] + [[frozenset({k}) for k in a] for a in rest])


def _meeting_sets_of_needs(choices: list[list[frozenset[str]]]) -> list[frozenset[str]]:
    """Sets of kinds each of which meets one set of every choice; past a handful of
    combinations, the one set of all their kinds."""
    if math.prod(len(choice) for choice in choices) > _MAX_NEED_CHOICES:
        return [frozenset().union(*(need for choice in choices for need in choice))]
    unions = {frozenset().union(*pick) for pick in itertools.product(*choices)}
    return sorted((u for u in unions if not any(v < u for v in unions)), key=sorted)


def _written_forms(word_list: WordList) -> list[str]:
    """A list's phrases as a text may hold them: the ones matched regardless of case in
    lower case (every case is scanned alike), the cased ones as written."""
    loose = [p for p in word_list.phrases if re.fullmatch(word_list.regex, p, re.IGNORECASE)]
    return loose + list(word_list.cased)


def _reaches_beyond(phrase: str, other: str) -> bool:
    """Whether ``other``, a whole word or words, can stand in a text across the start or
    the end of the whole word or words ``phrase``, or around it."""
    for shift in range(1 - len(other), len(phrase)):
        if shift >= 0 and shift + len(other) <= len(phrase):
            continue
        head = other[:-shift] if shift < 0 else ""
        tail = other[len(phrase) - shift :] if shift + len(other) > len(phrase) else ""
        text = head + phrase + tail
        start = max(shift, 0)
        if (
            text[start : start + len(other)] == other
            and _stands_alone(text, len(head), len(head) + len(phrase))
            and _stands_alone(text, start, start + len(other))
        ):
            return True
    return False


def _stands_alone(text: str, start: int, end: int) -> bool:
    return (start == 0 or not _is_word(text[start - 1])) and (
        end == len(text) or not _is_word(text[end])
    )


class _Needs(Protocol):
    """What a word list or a literal word of a pattern brings to every match."""

    # Whether a word brings it only where it stands as a whole word.
    whole_words: bool

    def of_list(self, word_list: WordList) -> list[frozenset[str]]: ...

    def of_forms(self, forms: list[str]) -> list[frozenset[str]]: ...

    def of_char(self, char: _Char) -> list[frozenset[str]]: ...


class _Spellings:
    """Words as they are spelled, as pieces of a window's lower-case text: a literal word
    brings itself, a list of phrases a word of each phrase, a digit the ten digits,
    wherever they stand."""

    whole_words = False

    def of_list(self, word_list: WordList) -> list[frozenset[str]]:
        if word_list.normalizer is not None:
            # A list of numbers is a pattern ("\\d{1,2}"): what every match of it holds.
            root = _read_pattern(word_list.regex)
            return _NeedReader({}, self).node(root, False, False) if root else []
        # A phrase's words may stand any white space apart: one word of it is spelled.
        words = [_longest_ascii_word(phrase) for phrase in word_list.phrases]
        return self.of_forms(words) if all(words) else []

    def of_forms(self, forms: list[str]) -> list[frozenset[str]]:
        if not all(form.isascii() for form in forms):
            return []
        # A window that holds a word holds every piece of it: the shortest pieces suffice.
        return [frozenset(f for f in forms if not any(g != f and g in f for g in forms))]

    def of_char(self, char: _Char) -> list[frozenset[str]]:
        return [frozenset(_DIGITS)] if char.digit else []


def _longest_ascii_word(phrase: str) -> str:
    return max((word for word in phrase.split() if word.isascii()), key=len, default="")


class _NeedReader:
    """What every match of a pattern holds, as sets of which it holds one member;
    ``before`` and ``after`` say whether a node is known to stand between characters
    that are not word characters."""

    def __init__(self, groups: Mapping[str, WordList], guarantees: _Needs) -> None:
        self.groups = groups
        self.guarantees = guarantees

    def node(self, node: _Node, before: bool, after: bool) -> list[frozenset[str]]:
        if isinstance(node, _Char):
            return self.guarantees.of_char(node)
        if isinstance(node, _Repeat):
            if node.low == 0:
                return []
            # Repeated, a node may stand beside itself.
            _, starts, ends = _shape(node.node)
            again = node.high > 1
            return self.node(
                node.node, before and not (again and ends), after and not (again and starts)
            )
        word_list = self.groups.get(node.name or "")
        if word_list is not None:
            whole = (before and after) or not self.guarantees.whole_words
            return self.guarantees.of_list(word_list) if whole else []
        needs = [self.sequence(option, before, after) for option in node.options]
        if len(needs) == 1 or not all(needs):
            return needs[0] if len(needs) == 1 else []
        # One option matches, so a window meets one need of each option.
        return _meeting_sets_of_needs(needs)

    def sequence(self, items: tuple[_Node, ...], before: bool, after: bool) -> list[frozenset[str]]:
        shapes = [_shape(item) for item in items]

        def clear_before(index: int) -> bool:
            return not _touches_word(shapes[:index][::-1], _ENDS, beyond=not before)

        def clear_after(index: int) -> bool:
            return not _touches_word(shapes[index + 1 :], _STARTS, beyond=not after)

        needs: list[frozenset[str]] = []
        for index, item in enumerate(items):
            needs.extend(self.node(item, clear_before(index), clear_after(index)))
        for first, last in _literal_words(items):
            if (clear_before(first) and clear_after(last)) or not self.guarantees.whole_words:
                word = "".join(_literal(item) for item in items[first : last + 1])
                needs.extend(self.guarantees.of_forms([word.lower()]))
        return needs


def _literal(node: _Node) -> str:
    return node.text or "" if isinstance(node, _Char) and node.wordy else ""


def _literal_words(items: tuple[_Node, ...]) -> Iterator[tuple[int, int]]:
    """First and last index of each run of literal word characters."""
    first = None
    for index, item in enumerate([*items, _ZERO_WIDTH]):
        if _literal(item):
            first = index if first is None else first
        elif first is not None:
            yield first, index - 1
            first = None


def rule_needs(
    pattern: str, groups: Mapping[str, WordList], guarantees: KindGuarantees
) -> tuple[frozenset[str], ...]:
    """Sets of trigger kinds of which every match of the compiled ``pattern`` holds one;
    none when the pattern uses what the reading does not know."""
    return _read_needs(pattern, _NeedReader(groups, guarantees))


def rule_words(pattern: str, groups: Mapping[str, WordList]) -> tuple[frozenset[str], ...]:
    """Sets of lower-case ASCII words of which every match of the compiled ``pattern``
    spells one, regardless of case; none when the pattern uses what the reading does not
    know."""
    needs = _read_needs(pattern, _NeedReader(groups, _Spellings()))
    # A window that holds a word of one set holds one of any set around it.
    return tuple(need for need in needs if not any(other < need for other in needs))


def _read_needs(pattern: str, reader: _NeedReader) -> tuple[frozenset[str], ...]:
    root = _read_pattern(pattern)
    if root is None:
        return ()
    # compile_pattern puts every match between characters that are not word characters.
    bounded = (
        pattern.startswith(BEFORE_MATCH)
        and pattern.endswith(AFTER_MATCH)
        and len(root.options) == 1
    )
    return tuple(dict.fromkeys(reader.node(root, bounded, bounded)))


@lru_cache(maxsize=1024)
def _read_pattern(pattern: str) -> _Group | None:
    try:
        return _PatternReader(pattern).read()
    except (ValueError, IndexError):
        return None
