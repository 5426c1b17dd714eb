"""Tagger speed and memory: news text, pathological inputs, and ``import datesleuth`` time.

    python benchmarks/tagger_speed.py [--corpus DIR] [--megabytes 5]

Tags on one core in this process and prints figures with their targets; it always exits
0 (figures, not assertions). Throughput counts the UTF-8 size of the input and includes
turning the expressions into JSON, as ``datesleuth tag --format json`` does. Each input
but the 10 MB one is timed three times and the fastest run counts: on a shared machine,
other load only ever adds time.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import resource
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from datesleuth.reading.timeml import parse_timeml
from datesleuth.types import Timex

DEFAULT_CORPUS = (
    Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "tbaq_cleaned"
).resolve()
DCT = dt.date(1998, 8, 7)
TARGET_THROUGHPUT_KB_S = 500.0
TARGET_PEAK_MB = 200.0
# Ten times the input may take at most this many times as long (linear, with noise).
TARGET_GROWTH = 13.0
TARGET_IMPORT_S = 0.3
# Timed runs of each input but the 10 MB one; the fastest counts.
BEST_OF = 3
IMPORT_PROBE = (
    "import time; t = time.perf_counter(); import datesleuth; print(time.perf_counter() - t)"
)

Tagger = Callable[..., list[Timex]]


def corpus_text(corpus: Path) -> str:
    """The TEXT of every TimeML file of the corpus, one after the other."""
    texts = [
        parse_timeml(path.read_text(encoding="utf-8"), path.name).text
        for path in sorted(corpus.rglob("*.tml"))
    ]
    return "\n\n".join(texts)


def repeat_to_size(text: str, megabytes: float) -> str:
    size = len(text.encode("utf-8"))
    copies = max(1, int(megabytes * 1_000_000 / size) + 1)
    return "\n\n".join([text] * copies)


def tag_as_json(tagger: Tagger, text: str, runs: int = 1) -> tuple[float, int]:
    """Seconds to tag ``text`` and serialize the result (the best of ``runs``: the shared
    machine's other load only ever adds time), and the number of expressions."""
    best = float("inf")
    found = 0
    for _ in range(runs):
        started = time.perf_counter()
        timexes = tagger(text, DCT)
        json.dumps([timex.to_dict() for timex in timexes])
        best = min(best, time.perf_counter() - started)
        found = len(timexes)
    return best, found


def kb_per_second(text: str, seconds: float) -> float:
    return len(text.encode("utf-8")) / 1000 / seconds if seconds > 0 else float("inf")


def peak_memory_mb() -> float:
    # ru_maxrss is in kilobytes on Linux.
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def import_seconds(runs: int = 5) -> float:
    """Best time of ``import datesleuth`` in a fresh interpreter."""
    times = []
    for _ in range(runs):
        result = subprocess.run(
            [sys.executable, "-c", IMPORT_PROBE], capture_output=True, text=True, check=True
        )
        times.append(float(result.stdout.strip()))
    return min(times)


def rule_runs(corpus: Path) -> tuple[int, int, int]:
    """How many rule regexes the corpus's windows run: with the words every match spells,
    with the trigger kinds alone, and with no selection at all."""
    from datesleuth.evaluation.tempeval import read_timeml_file, timeml_files_by_name
    from datesleuth.tagging.engine import get_tagger

    tagger = get_tagger()
    spelled = kinds_only = every = 0
    for path in timeml_files_by_name(corpus).values():
        text = read_timeml_file(path).text
        for start, end, kinds in tagger.windows(text):
            spelled += sum(1 for _ in tagger.rules_in(text[start:end], kinds))
            kinds_only += len(tagger.rules_for(kinds))
            every += len(tagger.language.rules)
    return spelled, kinds_only, every


def verdict(ok: bool) -> str:
    return "OK" if ok else "MISSED"


def pathological_inputs(news: str) -> dict[str, str]:
    return {
        "100,000 digits": "7" * 100_000,
        "1 MB line of dates": "May 20, 2021, " * (1_000_000 // len("May 20, 2021, ")),
        '"next " x 100,000': "next " * 100_000,
        "10 MB of news": repeat_to_size(news, 10),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--megabytes", type=float, default=5.0, help="size of the news input")
    args = parser.parse_args(argv)

    seconds = import_seconds()
    print(
        f"import datesleuth: {seconds:.3f} s (best of 5)  "
        f"target < {TARGET_IMPORT_S} s: {verdict(seconds < TARGET_IMPORT_S)}"
    )
    if not args.corpus.is_dir():
        print(f"corpus not found: {args.corpus}; no tagging figures")
        return 0
    from datesleuth.tagging import tag_text

    news = repeat_to_size(corpus_text(args.corpus), args.megabytes)
    seconds, found = tag_as_json(tag_text, news, runs=BEST_OF)
    base = kb_per_second(news, seconds)
    peak = peak_memory_mb()
    print(
        f"news text: {len(news.encode()) / 1e6:.1f} MB in {seconds:.2f} s (best of {BEST_OF}) "
        f"= {base:.0f} KB/s, "
        f"{found} expressions  target >= {TARGET_THROUGHPUT_KB_S:.0f} KB/s: "
        f"{verdict(base >= TARGET_THROUGHPUT_KB_S)}"
    )
    print(
        f"peak memory (max RSS): {peak:.0f} MB  target < {TARGET_PEAK_MB:.0f} MB: "
        f"{verdict(peak < TARGET_PEAK_MB)}"
    )
    for label, text in pathological_inputs(news).items():
        # Linear time: the whole input costs about ten times its first tenth.
        runs = BEST_OF if len(text) < 5_000_000 else 1
        tenth_seconds, _ = tag_as_json(tag_text, text[: len(text) // 10], runs=BEST_OF)
        seconds, found = tag_as_json(tag_text, text, runs=runs)
        speed = kb_per_second(text, seconds)
        growth = seconds / tenth_seconds if tenth_seconds else float("inf")
        print(
            f"{label}: {seconds:.2f} s = {speed:.0f} KB/s, {found} expressions; "
            f"10x the input took {growth:.1f}x the time  target <= {TARGET_GROWTH:.0f}x "
            f"(linear): {verdict(growth <= TARGET_GROWTH)}",
            flush=True,
        )
    print(f"peak memory after all inputs: {peak_memory_mb():.0f} MB")
    spelled, kinds_only, every = rule_runs(args.corpus)
    print(
        f"rule runs on the corpus: {spelled} (by trigger kinds alone {kinds_only}, "
        f"every rule in every window {every})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
