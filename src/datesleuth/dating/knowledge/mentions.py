"""Find mentions of office holders in a text: "US President Joe Biden", "President Biden", "Biden".

The scan works on word tokens: at each token it looks up the longest known name starting
there (one dict probe per candidate length), then looks backwards for a title that ends right
before the name, and before the title for words that say the term is over ("former",
"then-", "ousted") or not yet begun ("incoming", "President-elect", "designated"), possibly
with a party or other modifier in between ("then Conservative prime minister"). Those words
come from ``en.markers.yaml`` next to this module.

Titles are the office's own plus, for offices of a country in ``countries.csv``, its plain
titles after the country's adjective or possessive name ("Kenyan President", "Kenya's
President").

Which terms a mention refers to:

- a titled name keeps only the terms of offices that carry that title ("Prime Minister Putin"
  vs "President Putin"); a title of none of the name's offices means the person is named in
  another capacity, and no mention is reported; so is a plain title after another country's
  adjective ("Iraqi President Bush" is nobody we know);
- a name followed by further capitalised words is someone else's longer name ("Prime
  Minister Ali Mohamed Gedi" is not Kamal Hassan Ali), unless the word is one that may follow
  a name (a weekday: "President Bush Monday");
- an untitled name refers to every term of every office it is a name of;
- when several terms remain (Trump's 2017 and 2025 terms, the two Bushes as "President Bush"),
  one mention is returned per term, all with the same span: the caller treats mentions with
  the same span as alternatives of one clue.

A title may also follow the name, set off by a comma ("Vladimir Putin, the Russian president").
A title alone ("the Secretary of State said") is not a mention. When a text gives a surname to
someone else or to another office ("Finance Minister Kiichi Miyazawa") and never with one of
our titles, its bare mentions in that text are dropped; so are bare mentions, read as a running
term, of a term the text calls over or not yet begun elsewhere ("the late Yasser Arafat ...
Arafat").
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import yaml

from datesleuth.dating.knowledge import (
    DATA_DIR,
    Country,
    KnowledgeFileError,
    Term,
    load_countries,
    load_terms,
)
from datesleuth.tagging.language import load_language
from datesleuth.tagging.sentences import SentenceSplitter

Status = Literal["current", "former", "future"]

MARKERS_FILE = DATA_DIR / "en.markers.yaml"

# Letters with apostrophes inside ("D'Alema", "O'Brien") but not a possessive "'s"; hyphens and
# periods separate tokens, so "Boutros-Ghali", "U.S." and "then-President" split into words.
_TOKEN = re.compile(r"[^\W\d_]+(?:['’](?!s\b)[^\W\d_]+)*")
_SENTENCE_BREAK = re.compile(r"[.!?:;\n\"“”(\[]")
# At most this many modifiers between a status marker and its title ("former Tory leader").
_MAX_MODIFIERS = 2


@dataclass(frozen=True)
class OfficeMention:
    """A span naming a holder of ``term``.

    The span runs from the status marker or title, if any, to the end of the name
    ("then-US President Donald Trump"), or from the name to the end of a title set off after it
    ("Vladimir Putin, the Russian president"). ``status`` says whether the article treats the
    term as running ("current"), over ("former") or not yet begun ("future"); ``titled`` is
    False for a bare name, a weaker clue whose status is "current" unless a marker such as "the
    late" or "ousted" stands before it.
    """

    start: int
    end: int
    text: str
    term: Term
    status: Status
    titled: bool


@dataclass(frozen=True)
class Markers:
    """Word sequences (casefolded token tuples) from the markers file."""

    former_before_title: frozenset[tuple[str, ...]]
    former_before_name: frozenset[tuple[str, ...]]
    future_before_title: frozenset[tuple[str, ...]]
    future_after_title: frozenset[tuple[str, ...]]
    other_office_before_title: frozenset[tuple[str, ...]]
    not_markers: frozenset[tuple[str, ...]]
    common_words: frozenset[str]
    honorifics: frozenset[str]
    # Lowercase words that may stand between a status marker and a title.
    modifiers_before_title: frozenset[str] = frozenset()
    # Capitalised words that may follow a name without making it a longer name.
    words_after_name: frozenset[str] = frozenset()
    # Words hyphened before a country adjective that make it no country ("pro-Syrian").
    partisan_prefixes: frozenset[str] = frozenset()
    # Words right before an untitled name that give the person another capacity.
    other_capacity_before_name: frozenset[tuple[str, ...]] = frozenset()
    # Words between the comma and a title set off after a name (", the Russian president").
    words_before_appositive_title: frozenset[str] = frozenset()
    # Words that make a title say whose office it is ("President of Russia").
    place_words_in_title: frozenset[str] = frozenset()


@dataclass(frozen=True)
class _NameEntry:
    term: Term
    # False for a bare surname derived from the full name, or an ordinary English word like
    # "May": those refer to the holder only right after a title.
    usable_untitled: bool


@dataclass(frozen=True)
class _Tokens:
    text: str
    starts: list[int]
    ends: list[int]
    words: list[str]
    name_keys: list[str]
    title_keys: list[str]

    def joined(self, index: int) -> bool:
        """Whether token ``index`` continues the phrase of token ``index - 1``.

        Only spaces and hyphens may separate them, a period after an initial ("U.S.",
        "George W. Bush") or an abbreviation the language lists ("Gov. Rick Perry"), or
        the apostrophe of a possessive ("Russia's"); anything else (comma, sentence end,
        blank line) breaks the phrase.
        """
        if index <= 0:
            return False
        gap = self.text[self.ends[index - 1] : self.starts[index]]
        if "\n\n" in gap or len(gap) > 3:
            return False
        rest = gap.strip().replace("-", "")
        if not rest:
            return True
        if rest in ("'", "’"):
            return self.words[index] == "s"
        previous = self.words[index - 1]
        initial = len(previous) <= 2 and previous[0].isupper()
        return rest == "." and (initial or previous.lower() in _abbreviations())

    def starts_sentence(self, index: int) -> bool:
        if index == 0:
            return True
        gap = self.text[self.ends[index - 1] : self.starts[index]]
        return bool(_SENTENCE_BREAK.search(gap))


class MentionFinder:
    """Finds office-holder mentions using a fixed set of terms and markers."""

    def __init__(
        self, terms: Iterable[Term], markers: Markers, countries: Iterable[Country] = ()
    ) -> None:
        terms = tuple(terms)
        countries = tuple(countries)
        self._markers = markers
        self._countries = _index_country_forms(countries)
        self._longest_country = max((len(key) for key in self._countries), default=0)
        self._titles = _index_titles(terms, countries, markers.place_words_in_title)
        self._longest_title = max((len(key) for key in self._titles), default=0)
        self._names = _index_names(terms, markers.common_words, self._titles.keys())
        self._name_firsts = frozenset(key[0] for key in self._names)
        self._longest_name = max((len(key) for key in self._names), default=0)
        marker_sets = (
            markers.former_before_title,
            markers.former_before_name,
            markers.future_before_title,
            markers.future_after_title,
            markers.other_office_before_title,
            markers.not_markers,
            markers.other_capacity_before_name,
        )
        self._longest_marker = max((len(key) for group in marker_sets for key in group), default=0)

    def find(self, text: str) -> list[OfficeMention]:
        """Mentions in reading order.

        A bare surname is dropped when the same text also uses it for someone else or for
        another office ("Finance Minister Kiichi Miyazawa ... Miyazawa said") and never with
        a title of ours: the bare mentions are then most likely that other person. A bare
        name read as a running term is not kept for a term the text says elsewhere is over
        or not yet begun ("former Iraqi President Saddam Hussein ... Saddam said"): it is
        the same person, and the article has already placed the term.
        """
        tokens = _tokenize(text)
        found: list[tuple[str, list[OfficeMention]]] = []
        someone_else: set[str] = set()
        index = 0
        while index < len(tokens.words):
            name_length = self._name_at(tokens, index)
            if name_length:
                stop = index + name_length
                surname = tokens.name_keys[stop - 1]
                mentions = self._mentions_for(tokens, index, stop)
                if mentions is None:
                    someone_else.add(surname)
                else:
                    found.append((surname, mentions))
                index = stop
            else:
                index += 1
        someone_else -= {surname for surname, group in found if group and group[0].titled}
        not_running = {
            mention.term for _, group in found for mention in group if mention.status != "current"
        }
        return [
            mention
            for surname, group in found
            for mention in group
            if mention.titled
            or (surname not in someone_else and not _said_not_running(mention, not_running))
        ]

    def _name_at(self, tokens: _Tokens, index: int) -> int:
        """Token count of the longest known name starting at ``index`` (0 if none)."""
        if tokens.name_keys[index] not in self._name_firsts:
            return 0
        limit = min(self._longest_name, len(tokens.words) - index)
        length = 1
        while length < limit and tokens.joined(index + length):
            length += 1
        for size in range(length, 0, -1):
            if tuple(tokens.name_keys[index : index + size]) in self._names:
                return size
        return 0

    def _mentions_for(self, tokens: _Tokens, first: int, stop: int) -> list[OfficeMention] | None:
        """Mentions of the name ``first:stop``; None when the name is someone else's or is
        given with the title of an office we do not know the person in."""
        if self._continues_as_longer_name(tokens, stop):
            return None
        entries = self._names[tuple(tokens.name_keys[first:stop])]
        title_end = first - self._marker_before(tokens, first, self._markers.future_after_title)
        title_length, offices = self._title_before(tokens, title_end)
        if title_length == 0:
            return self._untitled_mentions(tokens, first, stop, entries)
        title_start = title_end - title_length
        if self._marker_before(tokens, title_start, self._markers.other_office_before_title):
            return None
        if self._country_before(tokens, title_start):
            return None  # "Iraqi President ...": the plain title belongs to another country
        status: Status = "current"
        span_start = title_start
        if title_end < first:
            status = "future"
        elif size := self._status_marker(tokens, title_start, self._markers.future_before_title):
            status, span_start = "future", title_start - size
        elif size := self._status_marker(tokens, title_start, self._markers.former_before_title):
            status, span_start = "former", title_start - size
        terms = [entry.term for entry in entries if entry.term.office.office_id in offices]
        if not terms:
            return None
        return _build(tokens, span_start, stop, terms, status, titled=True)

    def _untitled_mentions(
        self, tokens: _Tokens, first: int, stop: int, entries: Sequence[_NameEntry]
    ) -> list[OfficeMention] | None:
        if stop - first == 1 and self._follows_other_first_name(tokens, first):
            return None
        if self._marker_before(tokens, first, self._markers.other_capacity_before_name):
            return None
        if appositive := self._appositive_title(tokens, stop):
            end, status_after, offices = appositive
            titled_terms = [e.term for e in entries if e.term.office.office_id in offices]
            if not titled_terms:
                return None
            return _build(tokens, first, end, titled_terms, status_after, titled=True)
        terms = [entry.term for entry in entries if entry.usable_untitled]
        status: Status = "current"
        span_start = first
        if size := self._status_marker(tokens, first, self._markers.former_before_name):
            status, span_start = "former", first - size
        return _build(tokens, span_start, stop, terms, status, titled=False)

    def _appositive_title(
        self, tokens: _Tokens, stop: int
    ) -> tuple[int, Status, frozenset[str]] | None:
        """A title set off after the name: "Vladimir Putin, the Russian president, said".

        Returns the token the phrase ends before, its status ("Yasser Arafat, the late
        Palestinian leader") and the title's offices; None unless a known title follows the
        comma (and "the") and ends the phrase.
        """
        if (
            stop >= len(tokens.words)
            or tokens.text[tokens.ends[stop - 1] : tokens.starts[stop]] != ", "
        ):
            return None
        index = stop + (tokens.title_keys[stop] in self._markers.words_before_appositive_title)
        status: Status = "current"
        if size := self._marker_after(tokens, index, self._markers.former_before_title):
            status, index = "former", index + size
        elif size := self._marker_after(tokens, index, self._markers.future_before_title):
            status, index = "future", index + size
        if index >= len(tokens.words) or (index > stop and not tokens.joined(index)):
            return None
        for size in range(min(self._longest_title, len(tokens.words) - index), 0, -1):
            end = index + size
            offices = self._titles.get(tuple(tokens.title_keys[index:end]))
            joined = all(tokens.joined(position) for position in range(index + 1, end))
            if offices and joined and (end == len(tokens.words) or not tokens.joined(end)):
                return end, status, offices
        return None

    def _marker_after(
        self, tokens: _Tokens, start: int, markers: frozenset[tuple[str, ...]]
    ) -> int:
        """Length of the longest marker in ``markers`` starting at token ``start``, joined."""
        for size in range(min(self._longest_marker, len(tokens.words) - start), 0, -1):
            joined = all(tokens.joined(index) for index in range(start + 1, start + size))
            if joined and tuple(tokens.title_keys[start : start + size]) in markers:
                return size
        return 0

    def _continues_as_longer_name(self, tokens: _Tokens, stop: int) -> bool:
        """Whether the name ending before token ``stop`` runs on into more capitalised words
        ("Ali Mohamed Gedi", "Ibrahim Jaafari"), which make it someone else's name."""
        # Wire copy wraps lines inside a name ("Finance Minister Manuel\nAzpurua"): a single
        # line break joins its words as a space does.
        return (
            stop < len(tokens.words)
            and tokens.text[tokens.ends[stop - 1] : tokens.starts[stop]] in (" ", "\n", "\r\n")
            and tokens.words[stop][0].isupper()
            and tokens.words[stop] not in self._markers.words_after_name
        )

    def _country_before(self, tokens: _Tokens, end: int) -> bool:
        """Whether a country adjective or possessive name ends right before token ``end``."""
        if end <= 0 or not tokens.joined(end):
            return False
        for size in range(min(self._longest_country, end), 0, -1):
            start = end - size
            joined = all(tokens.joined(index) for index in range(start + 1, end))
            if joined and tuple(tokens.name_keys[start:end]) in self._countries:
                return not self._after_partisan_prefix(tokens, start)
        return False

    def _after_partisan_prefix(self, tokens: _Tokens, index: int) -> bool:
        """Whether token ``index`` follows "pro-" or "anti-": "pro-Syrian" is no country."""
        return (
            index > 0
            and tokens.text[tokens.ends[index - 1] : tokens.starts[index]] == "-"
            and tokens.title_keys[index - 1] in self._markers.partisan_prefixes
        )

    def _follows_other_first_name(self, tokens: _Tokens, index: int) -> bool:
        """A bare surname right after another capitalised word ("Hunter Biden", "Ivanka
        Trump") names someone else, unless that word is an honorific ("Mr") or merely starts
        the sentence."""
        previous = index - 1
        return (
            previous >= 0
            and tokens.text[tokens.ends[previous] : tokens.starts[index]] == " "
            and tokens.words[previous][0].isupper()
            and tokens.words[previous] not in self._markers.honorifics
            and not tokens.starts_sentence(previous)
        )

    def _title_before(self, tokens: _Tokens, end: int) -> tuple[int, frozenset[str]]:
        """Length and offices of the longest title whose last token is ``end - 1``."""
        if end <= 0 or not tokens.joined(end):
            return 0, frozenset()
        for size in range(min(self._longest_title, end), 0, -1):
            start = end - size
            if not all(tokens.joined(index) for index in range(start + 1, end)):
                continue
            offices = self._titles.get(tuple(tokens.title_keys[start:end]))
            if offices and not self._after_partisan_prefix(tokens, start):
                return size, offices
        return 0, frozenset()

    def _status_marker(self, tokens: _Tokens, end: int, markers: frozenset[tuple[str, ...]]) -> int:
        """Token count from the start of a marker in ``markers`` to ``end``, 0 if none.

        Up to two modifiers may stand between the marker and ``end`` ("then Conservative",
        "former communist"); a longer not-marker phrase ending with the marker ("since then")
        cancels it.
        """
        for gap in range(_MAX_MODIFIERS + 1):
            marker_end = end - gap
            if gap and not self._is_modifier(tokens, marker_end):
                return 0
            size = self._marker_before(tokens, marker_end, markers)
            if size:
                if self._marker_before(tokens, marker_end, self._markers.not_markers) > size:
                    return 0
                return size + gap
        return 0

    def _is_modifier(self, tokens: _Tokens, index: int) -> bool:
        """Whether token ``index`` may stand between a status marker and a title: a
        capitalised word (party, country) or a listed lowercase word, joined to the next."""
        if index <= 0 or not tokens.joined(index + 1):
            return False
        word = tokens.words[index]
        return word[0].isupper() or tokens.title_keys[index] in self._markers.modifiers_before_title

    def _marker_before(self, tokens: _Tokens, end: int, markers: frozenset[tuple[str, ...]]) -> int:
        """Length of the longest marker in ``markers`` whose last token is ``end - 1`` and that
        is joined to token ``end``."""
        if end <= 0 or not tokens.joined(end):
            return 0
        for size in range(min(self._longest_marker, end), 0, -1):
            start = end - size
            joined = all(tokens.joined(index) for index in range(start + 1, end))
            if joined and tuple(tokens.title_keys[start:end]) in markers:
                return size
        return 0


def find_office_mentions(text: str) -> list[OfficeMention]:
    """Office-holder mentions in ``text`` in reading order, using the bundled knowledge."""
    return default_finder().find(text)


@functools.cache
def default_finder() -> MentionFinder:
    return MentionFinder(load_terms(), load_markers(), load_countries())


def load_markers(path: Path = MARKERS_FILE) -> Markers:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        raise KnowledgeFileError(f"{path.name}: cannot read markers ({error})") from None
    if not isinstance(data, dict):
        raise KnowledgeFileError(f"{path.name}: expected a mapping of marker lists")

    def phrases(key: str) -> frozenset[tuple[str, ...]]:
        return frozenset(_title_key(phrase) for phrase in _string_list(data, key, path))

    return Markers(
        former_before_title=phrases("former_before_title"),
        former_before_name=phrases("former_before_name"),
        future_before_title=phrases("future_before_title"),
        future_after_title=phrases("future_after_title"),
        other_office_before_title=phrases("other_office_before_title"),
        not_markers=phrases("not_markers"),
        common_words=frozenset(_string_list(data, "common_words", path)),
        honorifics=frozenset(_string_list(data, "honorifics", path)),
        modifiers_before_title=frozenset(_string_list(data, "modifiers_before_title", path)),
        words_after_name=frozenset(_string_list(data, "words_after_name", path)),
        other_capacity_before_name=phrases("other_capacity_before_name"),
        partisan_prefixes=frozenset(_string_list(data, "partisan_prefixes", path)),
        words_before_appositive_title=frozenset(
            _string_list(data, "words_before_appositive_title", path)
        ),
        place_words_in_title=frozenset(_string_list(data, "place_words_in_title", path)),
    )


def _string_list(data: dict[str, object], key: str, path: Path) -> list[str]:
    value = data.get(key)
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise KnowledgeFileError(f"{path.name}: {key!r} must be a list of strings")
    return value


def _said_not_running(mention: OfficeMention, not_running: set[Term]) -> bool:
    """Whether a mention read as a running term names one that the text elsewhere says is
    over or not yet begun."""
    return mention.status == "current" and mention.term in not_running


def _build(
    tokens: _Tokens, first: int, stop: int, terms: Sequence[Term], status: Status, titled: bool
) -> list[OfficeMention]:
    start, end = tokens.starts[first], tokens.ends[stop - 1]
    span = tokens.text[start:end]
    return [OfficeMention(start, end, span, term, status, titled) for term in terms]


def _index_names(
    terms: Iterable[Term], common_words: frozenset[str], titles: Iterable[tuple[str, ...]]
) -> dict[tuple[str, ...], list[_NameEntry]]:
    index: dict[tuple[str, ...], dict[Term, bool]] = {}
    title_keys = frozenset(titles)

    def add(phrase: str, term: Term, usable_untitled: bool) -> None:
        key = _without_title(_name_key(phrase), title_keys)
        if not key:
            return
        if len(key) < len(_name_key(phrase)):
            # "King Hussein" is indexed as "Hussein", found after the title "King"; a single
            # word left is too ambiguous to stand alone.
            usable_untitled = usable_untitled and len(key) > 1
        usable = usable_untitled and not (len(key) == 1 and key[0] in common_words)
        entries = index.setdefault(key, {})
        entries[term] = entries.get(term, False) or usable

    for term in terms:
        add(term.name, term, usable_untitled=True)
        for alias in term.aliases:
            add(alias, term, usable_untitled=True)
        add(term.name.split()[-1], term, usable_untitled=False)
    return {
        key: [_NameEntry(term, usable) for term, usable in entries.items()]
        for key, entries in index.items()
    }


def _without_title(key: tuple[str, ...], titles: frozenset[tuple[str, ...]]) -> tuple[str, ...]:
    """The name key without a leading title ("King Hussein" -> "Hussein")."""
    folded = tuple(word.casefold() for word in key)
    for size in range(len(key) - 1, 0, -1):
        if folded[:size] in titles:
            return key[size:]
    return key


def _index_titles(
    terms: Iterable[Term], countries: Iterable[Country], place_words: frozenset[str]
) -> dict[tuple[str, ...], frozenset[str]]:
    by_code = {country.iso3: country for country in countries}
    forms = _index_country_forms(by_code.values())
    index: dict[tuple[str, ...], set[str]] = {}
    offices = {term.office.office_id: term.office for term in terms}
    for office in offices.values():
        country = by_code.get(office.country)
        for title in office.titles:
            index.setdefault(_title_key(title), set()).add(office.office_id)
            if country is None or _names_a_place(title, forms, place_words):
                continue
            for qualifier in (*country.adjectives, *(f"{name}'s" for name in country.names)):
                index.setdefault(_title_key(f"{qualifier} {title}"), set()).add(office.office_id)
    return {key: frozenset(found) for key, found in index.items()}


def _index_country_forms(countries: Iterable[Country]) -> frozenset[tuple[str, ...]]:
    """Name keys of every adjective ("Kenyan") and possessive name ("Kenya's")."""
    adjectives = (_name_key(adjective) for country in countries for adjective in country.adjectives)
    possessives = ((*_name_key(name), "s") for country in countries for name in country.names)
    return frozenset((*adjectives, *possessives))


def _names_a_place(
    title: str, forms: frozenset[tuple[str, ...]], place_words: frozenset[str]
) -> bool:
    """Whether ``title`` already says whose office it is ("Russia's President", "President of
    Russia"), so that no country adjective may be put before it."""
    key = _name_key(title)
    if place_words.intersection(key):
        return True
    windows = (key[start:stop] for start in range(len(key)) for stop in range(start + 1, len(key)))
    return any(window in forms for window in windows)


def _tokenize(text: str) -> _Tokens:
    matches = list(_TOKEN.finditer(text))
    words = [match.group() for match in matches]
    name_keys = [_fold(word) for word in words]
    return _Tokens(
        text=text,
        starts=[match.start() for match in matches],
        ends=[match.end() for match in matches],
        words=words,
        name_keys=name_keys,
        title_keys=[key.casefold() for key in name_keys],
    )


def _name_key(phrase: str) -> tuple[str, ...]:
    return tuple(_fold(word) for word in _TOKEN.findall(phrase))


def _title_key(phrase: str) -> tuple[str, ...]:
    return tuple(word.casefold() for word in _name_key(phrase))


@functools.cache
def _abbreviations() -> frozenset[str]:
    """Words the language writes with a full stop inside a phrase ("Gov.", "Sen.", "Gen."),
    as its sentence splitter reads them."""
    return SentenceSplitter.from_grammar(load_language("en").grammar).abbreviations


@functools.lru_cache(maxsize=65536)
def _fold(word: str) -> str:
    """The word without accents and with a straight apostrophe: "Pérez" and "Perez" match."""
    if word.isascii():
        return word
    decomposed = unicodedata.normalize("NFKD", word.replace("’", "'"))
    return "".join(char for char in decomposed if not unicodedata.combining(char))
