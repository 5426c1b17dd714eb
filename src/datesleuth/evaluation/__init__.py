"""TempEval-3 Task A scoring of the tagger against gold TimeML."""

from datesleuth.evaluation.report import (
    format_error_groups,
    format_scores,
    group_errors,
    report_dict,
)
from datesleuth.evaluation.tempeval import (
    Counts,
    Evaluation,
    TimexError,
    compare_document,
    match_relaxed,
    score_directories,
    score_documents,
)

__all__ = [
    "Counts",
    "Evaluation",
    "TimexError",
    "compare_document",
    "format_error_groups",
    "format_scores",
    "group_errors",
    "match_relaxed",
    "report_dict",
    "score_directories",
    "score_documents",
]
