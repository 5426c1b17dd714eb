"""The language data names each word list, phrase and key once: YAML keeps the last of two
equal keys without a word, so a second list or phrase of the same name would silently
replace the first."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from datesleuth.tagging.language import LANG_ROOT


class _UniqueKeyLoader(yaml.SafeLoader):
    """A YAML reader that refuses a mapping naming one key twice."""


def _unique_mapping(loader: _UniqueKeyLoader, node: yaml.MappingNode) -> dict[Any, Any]:
    seen: set[Any] = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node)
        if key in seen:
            raise yaml.constructor.ConstructorError(
                None, None, f"key {key!r} given twice", key_node.start_mark
            )
        seen.add(key)
    return loader.construct_mapping(node)


_UniqueKeyLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _unique_mapping)

DATA_FILES = sorted(LANG_ROOT.glob("*/**/*.yaml"))


def test_there_is_language_data() -> None:
    assert any(path.name == "words.yaml" for path in DATA_FILES)


@pytest.mark.parametrize("path", DATA_FILES, ids=lambda p: str(p.relative_to(LANG_ROOT)))
def test_no_key_is_given_twice(path: Path) -> None:
    with path.open(encoding="utf-8") as handle:
        yaml.load(handle, Loader=_UniqueKeyLoader)


def test_a_key_given_twice_is_found() -> None:
    with pytest.raises(yaml.constructor.ConstructorError, match="given twice"):
        yaml.load("a: 1\nb: 2\na: 3\n", Loader=_UniqueKeyLoader)


GRAMMARS = sorted(LANG_ROOT.glob("*/grammar.yaml"))


def _repeated_phrases(phrases: list[Any]) -> list[str]:
    seen: set[str] = set()
    repeated = []
    for phrase in phrases:
        if isinstance(phrase, str):
            if phrase.lower() in seen:
                repeated.append(phrase)
            seen.add(phrase.lower())
    return repeated


@pytest.mark.parametrize("path", GRAMMARS, ids=lambda p: str(p.relative_to(LANG_ROOT)))
def test_no_tense_list_names_a_phrase_twice(path: Path) -> None:
    """A phrase listed twice ("ends" among the future markers) is a copy that one edit
    of the list would miss."""
    with path.open(encoding="utf-8") as handle:
        tense = yaml.safe_load(handle).get("tense", {})
    repeated = {
        name: _repeated_phrases(phrases)
        for name, phrases in tense.items()
        if isinstance(phrases, list) and _repeated_phrases(phrases)
    }
    assert repeated == {}


def test_a_phrase_listed_twice_is_found() -> None:
    assert _repeated_phrases(["ends", "expires", "Ends"]) == ["Ends"]
