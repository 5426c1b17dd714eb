"""TempEval-3 Task A scoring of TIMEX3 extraction and normalization.

Definitions (UzZaman et al., 2013, "SemEval-2013 Task 1: TempEval-3"):

- strict match: a system expression with exactly the offsets of a gold one;
- relaxed match: a system expression overlapping a gold one, each used at most once;
- precision = matches / system expressions, recall = matches / gold expressions;
- attribute F1 (type, value, mod) = attribute accuracy over relaxed matches x relaxed F1,
  which equals the F1 of "correct attribute" counted against all system and gold expressions.

Every function here is pure except :func:`score_directories`, which reads the files.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, get_args

from datesleuth.errors import DatesleuthError, InputError
from datesleuth.reading.text import decode_text, read_bytes
from datesleuth.reading.timeml import TimeMLDocument, parse_timeml
from datesleuth.types import Timex

ErrorKind = Literal["missed", "spurious", "boundary", "type", "value"]
ERROR_KINDS: tuple[ErrorKind, ...] = get_args(ErrorKind)
TIMEML_SUFFIX = ".tml"


@dataclass(frozen=True)
class Counts:
    """Raw counts from which every figure is computed; they add up across documents."""

    gold: int = 0
    system: int = 0
    strict: int = 0
    relaxed: int = 0
    type_correct: int = 0
    value_correct: int = 0
    mod_correct: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(
            gold=self.gold + other.gold,
            system=self.system + other.system,
            strict=self.strict + other.strict,
            relaxed=self.relaxed + other.relaxed,
            type_correct=self.type_correct + other.type_correct,
            value_correct=self.value_correct + other.value_correct,
            mod_correct=self.mod_correct + other.mod_correct,
        )


@dataclass(frozen=True)
class PRF:
    precision: float
    recall: float
    f1: float

    def to_dict(self) -> dict[str, float]:
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


@dataclass(frozen=True)
class TimexError:
    """One disagreement between gold and system, with both sides when there are two."""

    kind: ErrorKind
    file: str
    gold: Timex | None
    system: Timex | None

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "file": self.file,
            "gold": _side(self.gold),
            "system": _side(self.system),
        }


@dataclass(frozen=True)
class Evaluation:
    """Scores over a set of documents, the errors behind them, and unreadable files."""

    counts: Counts
    errors: list[TimexError] = field(default_factory=list)
    documents: int = 0
    problems: list[str] = field(default_factory=list)

    @property
    def strict(self) -> PRF:
        return prf(self.counts.strict, self.counts.system, self.counts.gold)

    @property
    def relaxed(self) -> PRF:
        return prf(self.counts.relaxed, self.counts.system, self.counts.gold)

    def accuracy(self, correct: int) -> float:
        """Share of relaxed matches with a correct attribute (``correct`` of them)."""
        return correct / self.counts.relaxed if self.counts.relaxed else 0.0

    @property
    def type_f1(self) -> float:
        return self.accuracy(self.counts.type_correct) * self.relaxed.f1

    @property
    def value_f1(self) -> float:
        return self.accuracy(self.counts.value_correct) * self.relaxed.f1

    @property
    def mod_f1(self) -> float:
        return self.accuracy(self.counts.mod_correct) * self.relaxed.f1

    def attribute_scores(self) -> list[tuple[str, float, float]]:
        """(attribute, accuracy over the relaxed matches, F1) for type, value and mod."""
        counts = self.counts
        return [
            ("type", self.accuracy(counts.type_correct), self.type_f1),
            ("value", self.accuracy(counts.value_correct), self.value_f1),
            ("mod", self.accuracy(counts.mod_correct), self.mod_f1),
        ]

    def to_dict(self) -> dict[str, Any]:
        return {
            "documents": self.documents,
            "counts": vars(self.counts).copy(),
            "strict": self.strict.to_dict(),
            "relaxed": self.relaxed.to_dict(),
            **{
                name: {"accuracy": round(accuracy, 4), "f1": round(f1, 4)}
                for name, accuracy, f1 in self.attribute_scores()
            },
            "problems": list(self.problems),
        }


def prf(matched: int, system: int, gold: int) -> PRF:
    precision = matched / system if system else 0.0
    recall = matched / gold if gold else 0.0
    total = precision + recall
    return PRF(precision, recall, 2 * precision * recall / total if total else 0.0)


def match_relaxed(gold: Sequence[Timex], system: Sequence[Timex]) -> list[tuple[int, int]]:
    """One-to-one pairs (gold index, system index) of overlapping expressions.

    Exact matches are taken first, then the pairs sharing the most characters, so that
    a system expression overlapping two gold ones goes to the one it covers best.
    """
    candidates: list[tuple[bool, int, int, int]] = []
    for gi, g in enumerate(gold):
        for si, s in enumerate(system):
            shared = min(g.end, s.end) - max(g.start, s.start)
            if shared > 0:
                exact = (g.start, g.end) == (s.start, s.end)
                candidates.append((not exact, -shared, gi, si))
    candidates.sort()
    used_gold: set[int] = set()
    used_system: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for _, _, gi, si in candidates:
        if gi not in used_gold and si not in used_system:
            used_gold.add(gi)
            used_system.add(si)
            pairs.append((gi, si))
    pairs.sort()
    return pairs


def compare_document(
    name: str, gold: Sequence[Timex], system: Sequence[Timex]
) -> tuple[Counts, list[TimexError]]:
    """Counts and errors of one document's system expressions against its gold ones."""
    pairs = match_relaxed(gold, system)
    errors: list[TimexError] = []
    strict = type_correct = value_correct = mod_correct = 0
    for gi, si in pairs:
        g, s = gold[gi], system[si]
        same_span = (g.start, g.end) == (s.start, s.end)
        strict += same_span
        type_correct += g.type == s.type
        value_correct += g.value == s.value
        mod_correct += (g.mod or None) == (s.mod or None)
        wrong: list[tuple[bool, ErrorKind]] = [
            (not same_span, "boundary"),
            (g.type != s.type, "type"),
            (g.value != s.value, "value"),
        ]
        errors.extend(TimexError(kind, name, g, s) for is_wrong, kind in wrong if is_wrong)
    matched_gold = {gi for gi, _ in pairs}
    matched_system = {si for _, si in pairs}
    errors.extend(
        TimexError("missed", name, g, None) for gi, g in enumerate(gold) if gi not in matched_gold
    )
    errors.extend(
        TimexError("spurious", name, None, s)
        for si, s in enumerate(system)
        if si not in matched_system
    )
    counts = Counts(
        gold=len(gold),
        system=len(system),
        strict=strict,
        relaxed=len(pairs),
        type_correct=type_correct,
        value_correct=value_correct,
        mod_correct=mod_correct,
    )
    return counts, errors


def score_documents(
    documents: Iterable[tuple[str, Sequence[Timex], Sequence[Timex]]],
) -> Evaluation:
    """Score (name, gold, system) triples, the expressions of each on the same text."""
    total = Counts()
    errors: list[TimexError] = []
    count = 0
    for name, gold, system in documents:
        counts, document_errors = compare_document(name, gold, system)
        total += counts
        errors.extend(document_errors)
        count += 1
    return Evaluation(counts=total, errors=errors, documents=count)


def score_directories(gold_dir: str | Path, system_dir: str | Path) -> Evaluation:
    """Score the ``.tml`` files of ``system_dir`` against those of ``gold_dir``, by file name.

    Gold files are searched recursively (the TempEval-3 corpus has sub-directories). A gold
    file without a readable system file counts as all missed and is listed in ``problems``.
    """
    gold_files = timeml_files_by_name(gold_dir)
    system_files = timeml_files_by_name(system_dir)
    if not gold_files:
        raise InputError(f"{gold_dir}: no {TIMEML_SUFFIX} files found")
    triples: list[tuple[str, Sequence[Timex], Sequence[Timex]]] = []
    problems: list[str] = []
    for name, gold_path in sorted(gold_files.items()):
        gold_doc = read_timeml_file(gold_path)
        system_timexes: Sequence[Timex] = ()
        try:
            system_timexes = _system_timexes(gold_doc, system_files.get(name))
        except DatesleuthError as error:
            problems.append(str(error))
        triples.append((name, gold_doc.gold, system_timexes))
    evaluation = score_documents(triples)
    return Evaluation(evaluation.counts, evaluation.errors, evaluation.documents, problems)


def _system_timexes(gold_doc: TimeMLDocument, path: Path | None) -> Sequence[Timex]:
    if path is None:
        raise InputError(f"{gold_doc.name}: no system file of that name (all counted missed)")
    system_doc = read_timeml_file(path)
    if system_doc.text != gold_doc.text:
        raise InputError(f"{path}: its TEXT differs from the gold file's (all counted missed)")
    return system_doc.gold


def timeml_files_by_name(directory: str | Path) -> dict[str, Path]:
    root = Path(directory)
    if not root.is_dir():
        raise InputError(f"{root}: is not a directory")
    files: dict[str, Path] = {}
    for path in sorted(root.rglob(f"*{TIMEML_SUFFIX}")):
        if path.name in files:
            raise InputError(f"{root}: two files are named {path.name}")
        files[path.name] = path
    return files


def read_timeml_file(path: Path) -> TimeMLDocument:
    return parse_timeml(decode_text(read_bytes(path), str(path)), str(path))


def _side(timex: Timex | None) -> dict[str, Any] | None:
    if timex is None:
        return None
    return {
        "text": timex.text,
        "start": timex.start,
        "end": timex.end,
        "type": timex.type,
        "value": timex.value,
        "mod": timex.mod,
    }
