"""Plain-text report of an :class:`Evaluation`: the figures, then the errors grouped by kind.

Errors are grouped by what a rule writer would fix: the same words missed or found
wrongly many times form one group, shown with a count and one example.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from datesleuth.evaluation.tempeval import ERROR_KINDS, ErrorKind, Evaluation, TimexError
from datesleuth.types import Timex


@dataclass(frozen=True)
class ErrorGroup:
    kind: ErrorKind
    key: str
    count: int
    example: TimexError

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "key": self.key,
            "count": self.count,
            "example": self.example.to_dict(),
        }


def group_key(error: TimexError) -> str:
    """What errors of one group share: the words, and for a wrong attribute the change."""
    gold, system = error.gold, error.system
    if error.kind == "missed" and gold is not None:
        return _words(gold)
    if error.kind == "spurious" and system is not None:
        return _words(system)
    if gold is None or system is None:
        return ""
    if error.kind == "boundary":
        return f"{_words(gold)} -> {_words(system)}"
    if error.kind == "type":
        return f"{_words(gold)}: {gold.type} -> {system.type}"
    return _words(gold)


def group_errors(errors: list[TimexError]) -> dict[ErrorKind, list[ErrorGroup]]:
    """Groups of each kind, most frequent first (ties in order of first appearance)."""
    grouped: dict[ErrorKind, list[ErrorGroup]] = {}
    for kind in ERROR_KINDS:
        of_kind = [error for error in errors if error.kind == kind]
        counts = Counter(group_key(error) for error in of_kind)
        first: dict[str, TimexError] = {}
        for error in of_kind:
            first.setdefault(group_key(error), error)
        grouped[kind] = [
            ErrorGroup(kind, key, count, first[key]) for key, count in counts.most_common()
        ]
    return grouped


def format_scores(evaluation: Evaluation) -> str:
    counts = evaluation.counts
    strict, relaxed = evaluation.strict, evaluation.relaxed
    lines = [
        f"TempEval-3 Task A: {evaluation.documents} documents, "
        f"{counts.gold} gold and {counts.system} system TIMEX3",
        f"{'':10} {'P':>7} {'R':>7} {'F1':>7}",
        f"{'strict':10} {strict.precision:7.4f} {strict.recall:7.4f} {strict.f1:7.4f}",
        f"{'relaxed':10} {relaxed.precision:7.4f} {relaxed.recall:7.4f} {relaxed.f1:7.4f}",
        f"{'':10} {'acc':>7} {'F1':>7}",
    ]
    for name, accuracy, f1 in evaluation.attribute_scores():
        lines.append(f"{name:10} {accuracy:7.4f} {f1:7.4f}")
    lines.append(
        f"counts: strict {counts.strict}, relaxed {counts.relaxed}, type {counts.type_correct}, "
        f"value {counts.value_correct}, mod {counts.mod_correct}"
    )
    return "\n".join(lines)


def report_dict(evaluation: Evaluation, limit: int) -> dict[str, Any]:
    """The figures as JSON-ready data, with the ``limit`` largest error groups of each kind."""
    report = evaluation.to_dict()
    report["error_groups"] = {
        kind: [group.to_dict() for group in groups[:limit]]
        for kind, groups in group_errors(evaluation.errors).items()
    }
    return report


def format_error_groups(evaluation: Evaluation, limit: int) -> str:
    """The ``limit`` largest groups of each kind of error."""
    lines: list[str] = []
    for kind, groups in group_errors(evaluation.errors).items():
        total = sum(group.count for group in groups)
        lines.append(f"{kind}: {total} errors in {len(groups)} groups")
        lines.extend(f"  {group.count:4d}  {_describe(group)}" for group in groups[:limit])
    return "\n".join(lines)


def _describe(group: ErrorGroup) -> str:
    example = group.example
    sides = [
        f"{label} {timex.type} {timex.value}" + (f" mod={timex.mod}" if timex.mod else "")
        for label, timex in (("gold", example.gold), ("system", example.system))
        if timex is not None
    ]
    where = Path(example.file).name
    return f"{group.key!r}  [{'; '.join(sides)}]  e.g. {where}"


def _words(timex: Timex) -> str:
    return " ".join(timex.text.split()).lower()
