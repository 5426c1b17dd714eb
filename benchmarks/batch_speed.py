"""Batch throughput: articles per second with one job and with N jobs.

Runs ``datesleuth batch`` (tag + check + timeline per article, JSONL out) over the
TimeML files of ../shared/data/te3_silver/, fed as a directory of links to them, and
prints how much each extra worker adds (target: at least 80% of the single-job speed
per extra core). Each configuration runs ``--repeat`` times, alternating, and the best
run counts: on a machine shared with other work a single run can be slowed by anything.

    python benchmarks/batch_speed.py [--limit 600] [--jobs N] [--repeat 3]
"""

from __future__ import annotations

import argparse
import io
import os
import sys
import tempfile
from itertools import islice
from pathlib import Path

from datesleuth.batch import BatchOptions, BatchSummary, run_batch
from datesleuth.batch.sources import article_files

CORPUS = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "te3_silver"
# Articles analysed before timing, so that neither run pays for loading the rules.
_WARM_UP = 5


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=0, help="first N articles (default: all)")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="jobs of run 2")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each; the best counts")
    args = parser.parse_args()
    if not CORPUS.is_dir():
        print(f"skipped: {CORPUS} not found")
        return 0
    with tempfile.TemporaryDirectory() as scratch:
        corpus = _corpus(Path(scratch) / "corpus", args.limit)
        _run(_corpus(Path(scratch) / "warm-up", _WARM_UP), Path(scratch) / "warm-up.jsonl", 1)
        singles, multis = [], []
        for _ in range(max(1, args.repeat)):
            singles.append(_run(corpus, Path(scratch) / "one.jsonl", 1))
            multis.append(_run(corpus, Path(scratch) / "many.jsonl", args.jobs))
        single = max(singles, key=lambda summary: summary.rate)
        multi = max(multis, key=lambda summary: summary.rate)
    _report(single, multi, args.jobs)
    return 0 if single.counts["failed"] < single.total else 1


def _corpus(scratch: Path, limit: int) -> Path:
    """A directory linking to the corpus' TimeML files (the first ``limit`` if given)."""
    scratch.mkdir(parents=True)
    paths = (path for path in article_files(CORPUS) if path.suffix == ".tml")
    for path in islice(paths, limit or None):
        (scratch / path.name).symlink_to(path.resolve())
    return scratch


def _run(corpus: Path, output: Path, jobs: int) -> BatchSummary:
    options = BatchOptions(corpus, output, jobs=jobs, progress=False, restart=True)
    return run_batch(options, stderr=io.StringIO())


def _report(single: BatchSummary, multi: BatchSummary, jobs: int) -> None:
    print(f"te3_silver: {single.total} articles")
    print(f"jobs=1: {single.rate:7.1f} articles/s  ({_counts(single)})")
    speed_up = multi.rate / single.rate if single.rate else 0.0
    print(f"jobs={jobs}: {multi.rate:7.1f} articles/s  ({_counts(multi)}), {speed_up:.2f}x")
    if jobs > 1:
        per_core = (speed_up - 1) / (jobs - 1)
        print(f"each extra core adds {per_core:.0%} of single-job speed (target >= 80%)")


def _counts(summary: BatchSummary) -> str:
    return ", ".join(f"{status} {count}" for status, count in summary.counts.items())


if __name__ == "__main__":
    sys.exit(main())
