"""The English the dating engine reads, loaded from ``en.yaml`` beside this module."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from datesleuth.errors import DatesleuthError

_DATA = Path(__file__).parent / "en.yaml"


@dataclass(frozen=True)
class DatingLanguage:
    """Names of months and weekdays, header labels, and the cue words around dates."""

    months: dict[str, int]
    weekdays: dict[str, int]
    day_suffix: str
    weekday_to_day: str
    header_labels: tuple[tuple[str, re.Pattern[str]], ...]
    header_noise: re.Pattern[str]
    range_join: re.Pattern[str]
    between: re.Pattern[str]
    and_join: re.Pattern[str]
    list_join: re.Pattern[str]
    future_cues: frozenset[str]
    future_prepositions: frozenset[str]
    next_after: re.Pattern[str]
    fiscal: re.Pattern[str]
    deictic: re.Pattern[str]
    function_words: frozenset[str]
    sentence_openers: frozenset[str]


def _numbered(groups: list[list[str]]) -> dict[str, int]:
    """``[[january, jan], ...]`` as ``{"january": 1, "jan": 1, ...}``."""
    return {str(name): n for n, names in enumerate(groups, start=1) for name in names}


def _words(data: dict[str, Any], key: str) -> frozenset[str]:
    return frozenset(str(word) for word in data[key])


@cache
def dating_language() -> DatingLanguage:
    try:
        data = yaml.safe_load(_DATA.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        raise DatesleuthError(f"cannot load {_DATA.name}: {error}") from None
    return DatingLanguage(
        months=_numbered(data["months"]),
        weekdays=_numbered(data["weekdays"]),
        day_suffix=str(data["day_suffix"]),
        weekday_to_day=str(data["weekday_to_day"]),
        header_labels=tuple(
            (label, re.compile(regex, re.I)) for label, regex in data["header_labels"].items()
        ),
        header_noise=re.compile(data["header_noise"], re.I),
        range_join=re.compile(data["range_join"]),
        between=re.compile(data["between"], re.I),
        and_join=re.compile(data["and"], re.I),
        list_join=re.compile(data["list_join"], re.I),
        future_cues=_words(data, "future_cues"),
        future_prepositions=_words(data, "future_prepositions"),
        next_after=re.compile(data["next_after"], re.I),
        fiscal=re.compile(data["fiscal"], re.I),
        deictic=re.compile(data["deictic"], re.I),
        function_words=_words(data, "function_words"),
        sentence_openers=_words(data, "sentence_openers"),
    )
