"""The language data reads the same with libyaml as with PyYAML's own reader."""

from __future__ import annotations

from typing import Any

import pytest
import yaml

from datesleuth.tagging.language import LANG_ROOT, YAML_LOADER


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
