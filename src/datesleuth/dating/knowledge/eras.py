"""Names that news cannot write before a known day: "COVID-19", "Brexit", "the euro".

``eras.csv`` (``name,phrases,since,event``) lists, for each thing that had no such name
before some day (a disease named by the WHO, a currency named at a summit, a company
founded, an attack), the phrases news writes for it, ``|``-separated and matched as
written, whole words only, and that day. An article that writes one of them was written
on or after it, whatever it says of the thing. Only phrases that mean nothing else are
listed: a lower bound that is wrong misdates real articles.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass
from pathlib import Path

from datesleuth.dating.knowledge import DATA_DIR, file_error, parse_date, read_rows, split_list
from datesleuth.tagging.language import phrase_alternation

ERAS_FILE = "eras.csv"
ERA_COLUMNS = ("name", "phrases", "since", "event")


@dataclass(frozen=True)
class Era:
    name: str
    phrases: tuple[str, ...]
    since: dt.date
    event: str


@dataclass(frozen=True)
class EraMention:
    """A phrase of ``era`` at ``[start, end)`` of the text."""

    text: str
    start: int
    end: int
    era: Era


@functools.cache
def load_eras(directory: Path = DATA_DIR) -> tuple[Era, ...]:
    """The eras of ``eras.csv`` in ``directory`` (none when the file is absent)."""
    path = directory / ERAS_FILE
    if not path.exists():
        return ()
    eras: list[Era] = []
    seen: dict[str, str] = {}
    for line_number, row in read_rows(path, ERA_COLUMNS):
        name, phrases = row["name"].strip(), split_list(row["phrases"])
        if not name or not phrases:
            raise file_error(path, line_number, "empty name or phrases")
        for phrase in phrases:
            if phrase in seen:
                raise file_error(
                    path, line_number, f"phrase {phrase!r} is listed for {seen[phrase]!r} already"
                )
            seen[phrase] = name
        since = parse_date(row["since"], path, line_number)
        eras.append(Era(name, phrases, since, row["event"].strip()))
    return tuple(eras)


class EraFinder:
    """Finds the phrases of some eras in a text, in one pass of one regular expression."""

    def __init__(self, eras: tuple[Era, ...]) -> None:
        self._by_phrase = {phrase: era for era in eras for phrase in era.phrases}
        # One trie of all the phrases, longest first ("euro zone", not "euro" and "zone").
        alternation = phrase_alternation(list(self._by_phrase), as_written=True)
        self._pattern = (
            re.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])") if self._by_phrase else None
        )

    def find(self, text: str) -> list[EraMention]:
        if self._pattern is None:
            return []
        return [
            EraMention(match.group(), match.start(), match.end(), self._by_phrase[phrase])
            for match in self._pattern.finditer(text)
            # A line break inside a phrase is read as the space it stands for.
            if (phrase := " ".join(match.group().split())) in self._by_phrase
        ]


def find_era_mentions(text: str) -> list[EraMention]:
    """The phrases of the bundled eras in ``text``, in reading order."""
    return _default_finder().find(text)


@functools.cache
def _default_finder() -> EraFinder:
    return EraFinder(load_eras())
