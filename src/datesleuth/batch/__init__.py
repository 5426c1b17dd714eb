"""Corpus runs: tag, check and timeline over every article of a JSONL file, a Parquet
file or a directory, written to JSONL or Parquet as the work goes, on worker processes,
resumable after an interruption.

Every input record yields exactly one output record, in input order: output record N
answers input record N, which is what makes resuming safe even when ids repeat.
"""

from datesleuth.batch.runner import BatchOptions, BatchSummary, run_batch

__all__ = ["BatchOptions", "BatchSummary", "run_batch"]
