"""The language data reads the same with libyaml as with PyYAML's own reader."""

from __future__ import annotations

import re
from typing import Any

import pytest
import yaml

from datesleuth.errors import DatesleuthError
from datesleuth.tagging.language import LANG_ROOT, YAML_LOADER, expand_list_tokens, load_language


def same(a: Any, b: Any) -> bool:
    """Equal, and of the same types all the way down (1, 1.0 and True are not alike)."""
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return (
            list(map(type, a)) == list(map(type, b))
            and same(list(a), list(b))
            and all(same(a[key], b[key]) for key in a)
        )
    if isinstance(a, list):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b, strict=True))
    return bool(a == b)


@pytest.mark.parametrize("path", sorted(LANG_ROOT.rglob("*.yaml")), ids=lambda p: p.name)
def test_every_language_file_reads_alike(path) -> None:
    text = path.read_text(encoding="utf-8")
    assert same(yaml.load(text, Loader=YAML_LOADER), yaml.load(text, Loader=yaml.SafeLoader))


def test_a_pattern_may_name_a_shared_fragment_of_its_section() -> None:
    lists = load_language("en").lists
    section = {
        "shared_regex": "set\\s+<month>",
        "first_regex": "<shared>\\s+for",
        "second_regex": "(?!<shared>)has",
    }
    expanded = expand_list_tokens(section, lists)
    assert re.fullmatch(expanded["first_regex"], "set March for", re.I)
    assert not re.match(expanded["second_regex"], "set June has", re.I)
    with pytest.raises(DatesleuthError, match="<nowhere>"):
        expand_list_tokens({"a_regex": "<nowhere>"}, lists)
    with pytest.raises(DatesleuthError, match="<loop>"):
        expand_list_tokens({"loop_regex": "a<loop>"}, lists)
