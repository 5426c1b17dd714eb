"""Every rule family's example corpus, run as tests (Duckling's habit).

Each example lists every expression the tagger must find in its text, with type, value
and mod: a missing, extra or wrong expression fails the example.
"""

from __future__ import annotations

import pytest

from datesleuth.tagging.dates import parse_reference_date
from datesleuth.tagging.engine import get_tagger
from datesleuth.tagging.language import Example, load_language

LANGUAGE = load_language("en")


def describe(timex) -> str:
    parts = [timex.type, timex.value]
    for attribute in ("mod", "quant", "freq"):
        if getattr(timex, attribute):
            parts.append(f"{attribute}={getattr(timex, attribute)}")
    return " ".join(parts)


@pytest.mark.parametrize(
    "example",
    LANGUAGE.examples,
    ids=[f"{e.family}:{e.text[:40]}" for e in LANGUAGE.examples],
)
def test_example(example: Example) -> None:
    found = get_tagger("en").tag(example.text, parse_reference_date(example.dct))
    assert [(t.text, describe(t)) for t in found] == list(example.expect)


def test_corpus_is_large_enough() -> None:
    assert len(LANGUAGE.examples) >= 300
    families = {e.family for e in LANGUAGE.examples}
    assert families == {rule.family for rule in LANGUAGE.rules}
