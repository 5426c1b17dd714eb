"""A batch run through the real tagger, dating engine and timeline, on the seed article."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from datesleuth.batch import BatchOptions, run_batch

SEED = (
    Path(__file__).resolve().parents[2]
    / ".."
    / "shared"
    / "examples"
    / "lavrov-blinken-reykjavik.txt"
)


def test_the_seed_article_comes_out_misdated_with_its_expressions(
    tmp_path: Path, write_jsonl, read_jsonl
) -> None:
    if not SEED.exists():
        pytest.skip(f"{SEED} not found")
    text = SEED.read_text(encoding="utf-8")
    source = write_jsonl(
        tmp_path / "in.jsonl", [{"id": "seed", "text": text}, {"id": "blank", "text": ""}]
    )
    options = BatchOptions(source, tmp_path / "out.jsonl", jobs=1, progress=False)

    summary = run_batch(options, stderr=io.StringIO())

    seed, blank = read_jsonl(tmp_path / "out.jsonl")
    assert (seed["verdict"], seed["claimed"]) == ("misdated", "2024-05-27")
    assert seed["error"] is None and seed["evidence"]
    values = {timex["text"]: timex["value"] for timex in seed["timexes"]}
    assert values["May 20"] == "2021-05-20"  # tagged against the estimated writing date
    assert any(entry["text"] == "May 20" for entry in seed["timeline"])
    assert blank["error"]
    assert summary.counts == {"consistent": 0, "misdated": 1, "undetermined": 0, "failed": 1}
