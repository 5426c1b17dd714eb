"""Run a batch: skip what an earlier run finished, analyse the rest on worker processes
in input order, write each result as it comes, and count the verdicts."""

from __future__ import annotations

import ctypes
import multiprocessing
import os
import signal
import sys
import time
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import TextIO

from datesleuth.batch.progress import Progress
from datesleuth.batch.records import STATUSES, InputRecord, analyse_chunk
from datesleuth.batch.sinks import open_sink
from datesleuth.batch.sources import open_source
from datesleuth.errors import DatesleuthError, InputError

# Records sent to a worker at a time: enough to make the cost of sending them small
# next to the work, few enough that results reach the output steadily.
_CHUNK_SIZE = 8
# Chunks queued per worker: keeps every worker busy while bounding memory (the input
# is read only as fast as the workers take it).
_CHUNKS_PER_JOB = 4
_PR_SET_PDEATHSIG = 1


@dataclass(frozen=True)
class BatchOptions:
    input: Path
    output: Path
    jobs: int = field(default_factory=lambda: os.cpu_count() or 1)
    progress: bool = True
    restart: bool = False


@dataclass
class BatchSummary:
    """Counts by status over the whole output, including records of earlier runs."""

    output: Path
    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(STATUSES, 0))
    resumed: int = 0
    processed: int = 0
    seconds: float = 0.0

    @property
    def total(self) -> int:
        return self.resumed + self.processed

    @property
    def rate(self) -> float:
        return self.processed / self.seconds if self.seconds > 0 else 0.0

    def lines(self) -> list[str]:
        head = (
            f"batch: {self.processed} articles in {self.seconds:.1f} s ({self.rate:.1f} articles/s)"
        )
        if self.resumed:
            head += f", {self.resumed} already done by an earlier run"
        counts = [f"  {status:<13}{self.counts[status]:>8}" for status in STATUSES]
        return [head, *counts, f"  {'total':<13}{self.total:>8}  -> {self.output}"]


def run_batch(options: BatchOptions, stderr: TextIO = sys.stderr) -> BatchSummary:
    """Run ``options.input`` into ``options.output``; raises DatesleuthError if unusable."""
    if options.jobs < 1:
        raise InputError(f"--jobs must be at least 1, not {options.jobs}")
    source = open_source(options.input)
    if options.output.resolve() == options.input.resolve():
        raise InputError(f"{options.output}: output would overwrite the input")
    sink = open_sink(options.output, options.restart)
    summary = BatchSummary(options.output)
    records = source.records()
    _skip_finished(records, sink.finished(), summary)
    live = options.progress and stderr.isatty()
    progress = Progress(source.count(), summary.resumed, stderr, live)
    started = time.monotonic()
    writer = sink.open()
    try:
        for status, line in analysed(records, options.jobs):
            writer.write(line)
            summary.counts[status] += 1
            summary.processed += 1
            progress.advance()
    finally:
        writer.close()
        summary.seconds = time.monotonic() - started
    progress.finish()
    sink.complete()
    return summary


def _skip_finished(
    records: Iterator[InputRecord],
    finished: Iterable[tuple[str, str]],
    summary: BatchSummary,
) -> None:
    """Consume the input records an earlier run already answered, checking they match.

    Output record N answers input record N, so the check is by position and repeated
    ids are no problem; a different id means the output belongs to another input.
    """
    for number, (done_id, status) in enumerate(finished, start=1):
        record = next(records, None)
        if record is None:
            raise InputError(f"{summary.output}: holds more records than the input; use --restart")
        if record.id != done_id:
            raise InputError(
                f"{summary.output}: record {number} is '{done_id}' but input record "
                f"{number} is '{record.id}': it comes from another input; use --restart"
            )
        summary.counts[status] += 1
        summary.resumed += 1


def analysed(records: Iterable[InputRecord], jobs: int) -> Iterator[tuple[str, str]]:
    """(status, JSON line) per record, in input order, on ``jobs`` processes."""
    chunks = _chunks(records, _CHUNK_SIZE)
    # The first chunk runs in this process: it loads the rules and reference data once,
    # before any fork, so that every worker starts warm and shares them.
    yield from analyse_chunk(next(chunks, []))
    if jobs == 1:
        for chunk in chunks:
            yield from analyse_chunk(chunk)
    else:
        yield from _analysed_in_pool(chunks, jobs)


def _analysed_in_pool(chunks: Iterable[list[InputRecord]], jobs: int) -> Iterator[tuple[str, str]]:
    # fork: workers start at once and share the modules (and rule data) already loaded.
    pool = ProcessPoolExecutor(
        jobs, mp_context=multiprocessing.get_context("fork"), initializer=_init_worker
    )
    pending: deque[Future[list[tuple[str, str]]]] = deque()
    try:
        for chunk in chunks:
            pending.append(pool.submit(analyse_chunk, chunk))
            if len(pending) >= jobs * _CHUNKS_PER_JOB:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
    except BrokenProcessPool:
        raise DatesleuthError(
            "a worker process died (out of memory?); run the same command to resume"
        ) from None
    finally:
        pool.shutdown(wait=False, cancel_futures=True)


def _chunks(records: Iterable[InputRecord], size: int) -> Iterator[list[InputRecord]]:
    iterator = iter(records)
    while chunk := list(islice(iterator, size)):
        yield chunk


def _init_worker() -> None:
    # Ctrl-C reaches the whole process group: the parent stops the run, workers must not
    # each print a traceback.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # If the parent is killed outright (SIGKILL), nothing would tell the workers, which
    # would wait for work forever: ask Linux to end them with it.
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):
        pass
