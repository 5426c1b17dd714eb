"""Tagger accuracy on the TempEval-3 training corpus (TBAQ-cleaned), TempEval-3 Task A scores.

    python benchmarks/tagger_accuracy.py [--errors 50] [--corpus DIR] [--out-dir DIR] [--json]

Tags every gold document in this process (no subprocess per file), writes the system
TimeML files to a temporary directory (or ``--out-dir``), scores them with the same code
as ``datesleuth eval`` and prints the figures and the largest error groups.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path

from datesleuth.evaluation import (
    format_error_groups,
    format_scores,
    report_dict,
    score_directories,
)
from datesleuth.evaluation.tempeval import Evaluation, read_timeml_file, timeml_files_by_name
from datesleuth.reading.timeml import render_timeml
from datesleuth.types import Timex

DEFAULT_CORPUS = (
    Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "tbaq_cleaned"
).resolve()

Tagger = Callable[..., list[Timex]]


def tag_corpus(corpus: Path, out_dir: Path, tagger: Tagger) -> dict[str, list[str]]:
    """Write a tagged copy of each gold file to ``out_dir``; return the files each failure hit."""
    failures: dict[str, list[str]] = {}
    for name, path in sorted(timeml_files_by_name(corpus).items()):
        doc = read_timeml_file(path)
        try:
            timexes = tagger(doc.text, doc.dct)
        except Exception as error:  # a tagger bug must not hide the scores of the other files
            where = traceback.extract_tb(error.__traceback__)[-1]
            message = " ".join(f"{type(error).__name__}: {error}".split())
            failures.setdefault(f"{message} ({where.filename}:{where.lineno})", []).append(name)
            continue
        (out_dir / name).write_text(render_timeml(doc, timexes), encoding="utf-8", newline="")
    return failures


def evaluate(
    corpus: Path, out_dir: Path, tagger: Tagger
) -> tuple[Evaluation, dict[str, list[str]], float]:
    started = time.perf_counter()
    failures = tag_corpus(corpus, out_dir, tagger)
    seconds = time.perf_counter() - started
    return score_directories(corpus, out_dir), failures, seconds


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--errors", type=int, default=20, help="error groups shown per kind")
    parser.add_argument("--out-dir", type=Path, help="keep the system files here")
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
    args = parser.parse_args(argv)
    if not args.corpus.is_dir():
        print(f"corpus not found: {args.corpus}", file=sys.stderr)
        return 1

    from datesleuth.tagging import tag_text

    with tempfile.TemporaryDirectory(prefix="datesleuth-te3-") as temporary:
        out_dir = args.out_dir or Path(temporary)
        out_dir.mkdir(parents=True, exist_ok=True)
        evaluation, failures, seconds = evaluate(args.corpus, out_dir, tag_text)

    for failure, names in failures.items():
        print(f"tagger failed on {len(names)} files (e.g. {names[0]}): {failure}", file=sys.stderr)
    if args.json:
        report = report_dict(evaluation, args.errors)
        report["tagging_seconds"] = round(seconds, 3)
        print(json.dumps(report, indent=2, ensure_ascii=False))
    else:
        print(format_scores(evaluation))
        print(f"tagging time: {seconds:.2f} s for {evaluation.documents} documents")
        if args.errors > 0:
            print()
            print(format_error_groups(evaluation, args.errors))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
