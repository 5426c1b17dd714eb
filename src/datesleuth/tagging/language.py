"""Loading a language's data: word lists, rule families, tense and modifier words.

A language is a folder ``lang/<code>/`` holding ``words.yaml`` (word lists and number
patterns), ``grammar.yaml`` (tense markers, modifiers, trigger lists) and ``rules/*.yaml``
(one file per family of expressions, each with the examples that test it). The engine
knows nothing of English: everything English is in that folder.

Pattern syntax inside rules: ordinary Python regular expressions, matched without regard
to case, where

- ``<list>`` matches any phrase of the word list ``list`` and captures it in a group of
  the same name, whose normalized value is the list's value for that phrase;
- ``<list:name>`` does the same under the group name ``name`` (to use a list twice);
- a group named ``timex`` marks the expression inside a match that also takes context
  ("4,000 commuters (?P<timex>a day)");
- a space matches any run of white space, and `` ?`` (space, question mark) any
  run of white space or none.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from datesleuth.errors import DatesleuthError
from datesleuth.tagging.needs import (
    AFTER_MATCH,
    BEFORE_MATCH,
    KindGuarantees,
    first_characters,
    rule_needs,
    rule_words,
)

LANG_ROOT = Path(__file__).parent / "lang"

# libyaml reads the language data ten times faster than PyYAML's own reader, when it is
# there (tests/tagging/test_language_loading.py checks that both read it alike).
YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_TOKEN = re.compile(r"(?<!\?P)<(\w+)(?::(\w+))?>")
# A numeric list is a regex with a normalizer instead of a phrase table.
_NORMALIZERS = ("int", "year", "year2", "text", "ordinal", "decimal")


@dataclass(frozen=True)
class WordList:
    name: str
    phrases: Mapping[str, Any]
    regex: str
    normalizer: str | None = None
    # Phrases that match only as written ("May"), apart from the others.
    cased: tuple[str, ...] = ()

    def normalize(self, matched: str) -> Any:
        if self.normalizer is None:
            return self.phrases[phrase_key(matched)]
        return _normalize_numeric(self.normalizer, matched)


@dataclass(frozen=True)
class Rule:
    name: str
    family: str
    regex: re.Pattern[str]
    type: str
    meaning: Mapping[str, Any]
    groups: Mapping[str, WordList]
    priority: int = 0
    # The kinds of trigger its matches can hold (see ``rule_triggers``); empty: any.
    triggers: frozenset[str] = frozenset()
    # Sets of kinds of which every match holds at least one (see ``rule_needs``).
    needs: tuple[frozenset[str], ...] = ()
    # Sets of lower-case ASCII words of which every match spells one (see ``rule_words``).
    words: tuple[frozenset[str], ...] = ()

    @property
    def marks_span(self) -> bool:
        return "timex" in self.regex.groupindex


@dataclass(frozen=True)
class Trigger:
    """Where an expression can be, and which kinds of trigger (``t0``, ``t1``... one per
    trigger list, then one per trigger pattern) each place holds.

    The phrases of all trigger lists form one trie, so that the scan tries one branch
    per letter at each word instead of one per list; the kinds of a phrase are looked
    up after it matched.
    """

    regex: re.Pattern[str]
    phrase_kinds: Mapping[str, frozenset[str]]

    def kinds(self, found: re.Match[str]) -> frozenset[str]:
        if found.lastgroup == _PHRASE_GROUP:
            return self.phrase_kinds.get(phrase_key(found.group()), frozenset())
        return frozenset({found.lastgroup or ""})

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return self.regex.finditer(text)


_PHRASE_GROUP = "phrase"
# Words a trigger pattern may list as they are written: letters, apostrophes, hyphens.
_PLAIN_WORDS = re.compile(r"[^\W\d_]+(?:[ '’-][^\W\d_]+)*")


@dataclass(frozen=True)
class Example:
    family: str
    text: str
    dct: str | None
    expect: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Language:
    code: str
    lists: Mapping[str, WordList]
    rules: tuple[Rule, ...]
    examples: tuple[Example, ...]
    trigger: Trigger
    grammar: Mapping[str, Any] = field(default_factory=dict)


def _normalize_numeric(normalizer: str, matched: str) -> Any:
    if normalizer == "decimal":
        return float(matched.replace(",", ""))
    digits = re.sub(r"[^\d]", "", matched)
    if normalizer in ("int", "ordinal", "year"):
        return int(digits)
    if normalizer == "year2":
        # Two-digit years in news: '98 is 1998, '05 is 2005.
        value = int(digits[-2:])
        return 2000 + value if value < 40 else 1900 + value
    return matched


def phrase_key(phrase: str) -> str:
    """A phrase as word lists look it up: lower case, words one space apart."""
    return " ".join(phrase.lower().split())


def phrase_alternation(phrases: list[str], *, as_written: bool = False) -> str:
    """A regex matching any of ``phrases``, preferring the longest.

    The phrases are factored into a trie ("jan(?:uary|\\.)?"), so that the regex engine
    tries a handful of branches at each position instead of every phrase: word lists
    are matched at every position of the text, and this keeps that cheap. They are
    lower-cased first (for a regex that ignores case), unless kept ``as_written``.
    """
    trie: dict[str, Any] = {}
    for phrase in set(phrases) if as_written else {phrase_key(p) for p in phrases}:
        node = trie
        for char in phrase:
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie_regex(trie)


def _trie_regex(node: Mapping[str, Any]) -> str:
    branches = [
        (r"\s+" if char == " " else re.escape(char)) + _trie_regex(child)
        for char, child in sorted(node.items())
        if char
    ]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:
        # Trying the longer phrases first: the branch is optional, and greedy.
        return f"(?:{body})?"
    return body


def _phrase_regex(phrases: list[str], cased: list[str]) -> str:
    """Phrases matched without regard to case, and ``cased`` ones only as written."""
    regex = phrase_alternation(phrases) if phrases else ""
    if not cased:
        return regex
    # Words escaped one by one: the spaces between them stay spaces, which a rule reads
    # as any white space ("Night Live" across a line break).
    exact = "|".join(
        " ".join(re.escape(word) for word in k.split(" "))
        for k in sorted(cased, key=len, reverse=True)
    )
    return f"(?:{regex}|(?-i:{exact}))" if regex else f"(?-i:{exact})"


def _load_yaml(path: Path) -> Any:
    try:
        with path.open(encoding="utf-8") as handle:
            return yaml.load(handle, Loader=YAML_LOADER)
    except (OSError, yaml.YAMLError) as error:
        raise DatesleuthError(f"cannot load language data {path}: {error}") from None


def _build_lists(raw: Mapping[str, Any]) -> dict[str, WordList]:
    lists: dict[str, WordList] = {}
    for name, spec in raw.items():
        spec = dict(spec)
        if "regex" in spec:
            normalizer = spec.get("normalize", "int")
            if normalizer not in _NORMALIZERS:
                raise DatesleuthError(f"word list {name}: unknown normalizer {normalizer}")
            lists[name] = WordList(name, {}, f"(?:{spec['regex']})", normalizer)
        else:
            # `cased` phrases match only as written ("May" the month, not "may" the verb).
            cased = dict(spec.pop("cased", None) or {})
            phrases = {phrase_key(str(k)): v for k, v in spec.items()}
            regex = _phrase_regex(list(phrases), [str(k) for k in cased])
            phrases.update({str(k).lower(): v for k, v in cased.items()})
            lists[name] = WordList(name, phrases, regex, cased=tuple(str(k) for k in cased))
    return lists


def expand_list_tokens(
    patterns: Mapping[str, Any], lists: Mapping[str, WordList]
) -> dict[str, Any]:
    """The ``*_regex`` entries of a grammar section with each ``<list>`` token written out
    as the phrases of that word list, and each ``<name>`` token naming another entry of
    the section, ``name_regex``, as that pattern (one fragment that two patterns share);
    other entries as they are."""

    def expand(token: re.Match[str], within: frozenset[str] = frozenset()) -> str:
        name = token[1]
        if name in lists:
            return f"(?:{lists[name].regex})"
        fragment = patterns.get(f"{name}_regex")
        if not isinstance(fragment, str) or name in within:
            raise DatesleuthError(f"grammar: unknown word list or pattern <{name}>")
        inner = within | {name}
        return "(?:" + _TOKEN.sub(lambda found: expand(found, inner), fragment) + ")"

    return {
        key: _TOKEN.sub(expand, value)
        if key.endswith("_regex") and isinstance(value, str)
        else value
        for key, value in patterns.items()
    }


def compile_pattern(
    pattern: str, lists: Mapping[str, WordList], where: str
) -> tuple[re.Pattern[str], dict[str, WordList]]:
    """Expand ``<list>`` tokens and spaces, and wrap the pattern in word boundaries."""
    groups: dict[str, WordList] = {}

    def expand(token: re.Match[str]) -> str:
        list_name, group = token[1], token[2] or token[1]
        if list_name not in lists:
            raise DatesleuthError(f"{where}: unknown word list <{list_name}>")
        if group in groups:
            raise DatesleuthError(f"{where}: group {group} used twice")
        groups[group] = lists[list_name]
        return f"(?P<{group}>{lists[list_name].regex})"

    expanded = _TOKEN.sub(expand, pattern).replace(" ?", r"\s*").replace(" ", r"\s+")
    # A rule's regex runs over every window that may hold it: a look at the character
    # it must start with turns most places away before the pattern is tried there.
    firsts = first_characters(expanded)
    gate = f"(?=[{firsts}])" if firsts else ""
    try:
        regex = re.compile(f"{BEFORE_MATCH}{gate}(?:{expanded}){AFTER_MATCH}", re.IGNORECASE)
    except re.error as error:
        raise DatesleuthError(f"{where}: bad pattern: {error}") from None
    return regex, groups


def _build_rules(
    family: str,
    raw: list[Mapping[str, Any]],
    lists: Mapping[str, WordList],
    trigger: Trigger,
    number_kinds: frozenset[str],
    guarantees: KindGuarantees,
) -> list[Rule]:
    rules = []
    for spec in raw:
        where = f"rule {family}/{spec.get('name')}"
        regex, groups = compile_pattern(spec["pattern"], lists, where)
        rules.append(
            Rule(
                name=spec["name"],
                family=family,
                regex=regex,
                type=spec.get("type", "DATE"),
                meaning=spec["meaning"],
                groups=groups,
                priority=int(spec.get("priority", 0)),
                triggers=rule_triggers(groups, spec["pattern"], trigger, number_kinds),
                needs=rule_needs(regex.pattern, groups, guarantees),
                words=rule_words(regex.pattern, groups),
            )
        )
    return rules


def _build_examples(family: str, data: Mapping[str, Any]) -> list[Example]:
    default_dct = data.get("dct")
    examples = []
    for item in data.get("examples", []):
        expect = tuple(_parse_expectation(family, str(line)) for line in item.get("expect", []))
        dct = item.get("dct", default_dct)
        examples.append(Example(family, item["text"], str(dct) if dct else None, expect))
    return examples


def _parse_expectation(family: str, line: str) -> tuple[str, str]:
    """``"next week => DATE 2021-W20"``: the span and what the tagger must make of it."""
    span, sep, spec = line.rpartition(" => ")
    if not sep or not span:
        raise DatesleuthError(f"examples of {family}: expected 'span => TYPE value': {line!r}")
    return span, spec.strip()


def _build_trigger(grammar: Mapping[str, Any], lists: Mapping[str, WordList]) -> Trigger:
    """Every rule match contains a trigger; text far from any trigger is never matched.

    Each kind of trigger (``t0``, ``t1``... in the order of the grammar's lists, then its
    patterns) is known, so that a stretch of text knows which kinds it holds and skips
    the rules that need another kind.
    """
    names = grammar["trigger_lists"]
    patterns = grammar.get("trigger_patterns", [])
    kind_regexes = [lists[name].regex for name in names] + [f"(?:{p})" for p in patterns]
    phrases = {phrase for name in names for phrase in lists[name].phrases}
    # The plain words of a pattern ("ago", "fiscal") join the phrases' trie, which tries
    # them at a fraction of the cost of an alternation of their own.
    split = [_plain_words(pattern) for pattern in patterns]
    phrases.update(word for words, _ in split for word in words)
    cased = {form for name in names for form in lists[name].cased}
    loose = [p for p in phrases if not any(c.lower() == p for c in cased)]
    parts = [f"(?P<{_PHRASE_GROUP}>{_phrase_regex(loose, sorted(cased))})"]
    parts.extend(
        f"(?P<t{len(names) + i}>{rest})" for i, (_, rest) in enumerate(split) if rest is not None
    )
    regex = re.compile(r"(?<!\w)(?:" + "|".join(parts) + r")(?!\w)", re.IGNORECASE)
    return Trigger(regex, _phrase_kinds(phrases | cased, kind_regexes))


def _plain_words(pattern: str) -> tuple[list[str], str | None]:
    """The options of a pattern that are plain words, and a pattern of the others (None
    when there are none)."""
    options = _top_level_options(pattern)
    words = [option for option in options if _PLAIN_WORDS.fullmatch(option)]
    others = [option for option in options if not _PLAIN_WORDS.fullmatch(option)]
    return [phrase_key(word) for word in words], "|".join(others) if others else None


def _top_level_options(pattern: str) -> list[str]:
    options, depth, start, escaped = [], 0, 0, False
    for index, char in enumerate(pattern):
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif char in "([":
            depth += 1
        elif char in ")]":
            depth -= 1
        elif char == "|" and depth == 0:
            options.append(pattern[start:index])
            start = index + 1
    return [*options, pattern[start:]]


def _phrase_kinds(forms: set[str], kind_regexes: list[str]) -> dict[str, frozenset[str]]:
    """The kinds of trigger a phrase holds (``forms`` as written, keyed in lower case):
    those of its lists and of the words inside it ("years ago" holds the unit "years"
    and the word "ago")."""
    compiled = [re.compile(rf"(?<!\w)(?:{regex})(?!\w)", re.IGNORECASE) for regex in kind_regexes]
    kinds: dict[str, set[str]] = {}
    for form in forms:
        found = {f"t{i}" for i, kind in enumerate(compiled) if kind.search(form)}
        kinds.setdefault(form.lower(), set()).update(found)
    return {phrase: frozenset(found) for phrase, found in kinds.items()}


def rule_triggers(
    groups: Mapping[str, WordList],
    pattern: str,
    trigger: Trigger,
    number_kinds: frozenset[str],
) -> frozenset[str]:
    """The kinds of trigger a match of ``rule`` can hold: those that match a phrase of a
    word list it uses or a word written in its pattern, and every number pattern when it
    uses a number list or writes a digit."""
    kinds: set[str] = set()
    samples: list[str] = []
    for word_list in groups.values():
        if word_list.normalizer is not None:
            kinds.update(number_kinds)
        samples.extend(word_list.phrases)
        samples.extend(word_list.cased)
    if re.search(r"\\d|\[0-9", pattern):
        kinds.update(number_kinds)
    literal = _TOKEN.sub(" ", re.sub(r"\(\?P<\w+>", "(", pattern))
    samples.extend(re.findall(r"[a-z][a-z'-]*", literal.lower()))
    for sample in samples:
        for found in trigger.finditer(str(sample)):
            kinds.update(trigger.kinds(found))
    return frozenset(kinds)


@cache
def load_language(code: str) -> Language:
    folder = LANG_ROOT / code
    if not folder.is_dir():
        available = ", ".join(sorted(p.name for p in LANG_ROOT.iterdir() if p.is_dir()))
        raise DatesleuthError(f"no language data for {code!r} (available: {available})")
    lists = _build_lists(_load_yaml(folder / "words.yaml"))
    grammar = _load_yaml(folder / "grammar.yaml")
    trigger = _build_trigger(grammar, lists)
    # The trigger patterns (numbers, clock times) come after the trigger lists.
    first_pattern = len(grammar["trigger_lists"])
    number_kinds = frozenset(
        f"t{i}" for i in range(first_pattern, first_pattern + len(grammar["trigger_patterns"]))
    )
    guarantees = KindGuarantees(trigger)
    rules: list[Rule] = []
    examples: list[Example] = []
    for path in sorted((folder / "rules").glob("*.yaml")):
        data = _load_yaml(path)
        rules.extend(
            _build_rules(path.stem, data.get("rules", []), lists, trigger, number_kinds, guarantees)
        )
        examples.extend(_build_examples(path.stem, data))
    return Language(
        code=code,
        lists=lists,
        rules=tuple(rules),
        examples=tuple(examples),
        trigger=trigger,
        grammar=grammar,
    )
