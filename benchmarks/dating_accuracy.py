"""Dating accuracy on news with known dates: blind estimates and synthetic misdating.

For each corpus (te3_silver: TimeML DCT; reuters21578: SGML <DATE>; tbaq_cleaned: DCT)
every document is dated from its content alone (the DCT, DOCID and headers are not part
of the text), then judged against claims shifted from the true date, with the weekdays
and month-days the text names as evidence too. A baseline ("the latest year mentioned")
runs on the same documents. Two rows say what the texts allow: the documents in which
no clue names a year, and, for the year shifts, those in which a clue other than a weekday
that is right about the true day rules the claim out (more cannot be flagged from these
clues, except by weekday arithmetic). Figures are printed, not asserted.

    python benchmarks/dating_accuracy.py [--limit N] [--corpus NAME ...]
"""

from __future__ import annotations

import argparse
import datetime as dt
import html
import random
import re
import statistics
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple, TypeVar

from datesleuth.dating import estimate_text
from datesleuth.dating.calendar import UNIVERSE_START, universe_end
from datesleuth.dating.claimed import Claim, read_claim
from datesleuth.dating.clues import Clue, day_marks
from datesleuth.dating.estimate import Solution
from datesleuth.dating.offsets import DayMarks
from datesleuth.dating.verdict import judge
from datesleuth.reading.timeml import parse_timeml
from datesleuth.tagging.dates import shift_months

DATA = Path(__file__).resolve().parents[1] / ".." / "shared" / "data"
CORPORA = ("te3_silver", "reuters21578", "tbaq_cleaned")
# Reuters-21578 holds about 19,000 dated articles: by default a fixed sample of this many
# is dated, which keeps a full run to about a minute.
REUTERS_SAMPLE = 2000
# Shifts of the claimed date from the true date: (label, days, months).
SHIFTS = [
    ("0", 0, 0),
    ("+3d", 3, 0),
    ("-3d", -3, 0),
    ("+10d", 10, 0),
    ("-10d", -10, 0),
    ("+45d", 45, 0),
    ("-45d", -45, 0),
    ("+200d", 200, 0),
    ("-200d", -200, 0),
    ("+2y", 0, 24),
    ("-2y", 0, -24),
    ("+5y", 0, 60),
    ("-5y", 0, -60),
]
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_REUTERS_DOC = re.compile(r"<REUTERS.*?</REUTERS>", re.S)
_REUTERS_FIELD = re.compile(r"<(DATE|TITLE|DATELINE|BODY)>(.*?)</\1>", re.S)


@dataclass(frozen=True)
class Dated:
    name: str
    text: str
    truth: dt.date


class Figures(NamedTuple):
    """What one method says of one document."""

    interval: tuple[dt.date | None, dt.date | None] | None
    most_likely: dt.date | None
    misdated: dict[str, bool]


@dataclass
class Tally:
    """Figures of one method on one corpus."""

    documents: int = 0
    estimated: int = 0
    covered: int = 0
    bounded: int = 0
    widths: list[int] = field(default_factory=list)
    errors: list[int] = field(default_factory=list)
    flagged: dict[str, int] = field(default_factory=dict)
    # Diagnostics of the engine: estimates with no bound (a most likely day only), and
    # documents whose clues say nothing of the year (the limit of any estimate).
    open_ended: int = 0
    yearless: int = 0
    # Documents in which a clue other than a weekday, right about the true day, rules out
    # the shifted claim: what any verdict from these clues can flag at most.
    contradicted: dict[str, int] = field(default_factory=dict)

    def add(self, figures: Figures, truth: dt.date) -> None:
        interval, likely, misdated_for = figures
        self.documents += 1
        if interval is not None:
            self.estimated += 1
            earliest, latest = interval
            if (earliest is None or earliest <= truth) and (latest is None or truth <= latest):
                self.covered += 1
            if earliest is not None and latest is not None:
                self.bounded += 1
                self.widths.append((latest - earliest).days + 1)
            self.open_ended += earliest is None and latest is None
        if likely is not None:
            self.errors.append(abs((likely - truth).days))
        for label, flagged in misdated_for.items():
            self.flagged[label] = self.flagged.get(label, 0) + int(flagged)


def te3_documents(limit: int | None) -> Iterator[Dated]:
    paths = sorted((DATA / "te3_silver").glob("*/*.tml"))
    yield from _timeml_documents(_sample(paths, limit))


def tbaq_documents(limit: int | None) -> Iterator[Dated]:
    paths = sorted((DATA / "tbaq_cleaned").glob("*/*.tml"))
    yield from _timeml_documents(_sample(paths, limit))


def _timeml_documents(paths: list[Path]) -> Iterator[Dated]:
    for path in paths:
        # Only the TEXT element is read: the DCT, DOCID and TITLE/EXTRAINFO headers
        # carry the date and are no content to date from.
        document = parse_timeml(path.read_text(encoding="utf-8"), path.name)
        yield Dated(path.name, document.text, document.dct)


def reuters_documents(limit: int | None) -> Iterator[Dated]:
    articles: list[Dated] = []
    for path in sorted((DATA / "reuters21578").glob("reut2-*.sgm")):
        for raw in _REUTERS_DOC.findall(path.read_text(encoding="latin-1")):
            fields = dict(_REUTERS_FIELD.findall(raw))
            body = fields.get("BODY", "").strip()
            if not body or "DATE" not in fields:
                continue
            truth = dt.datetime.strptime(fields["DATE"].split()[0], "%d-%b-%Y").date()
            # The article as the wire sent it: title, then the dateline ("SALVADOR, Feb 26
            # -", a day without a year) opening the body.
            dateline = fields.get("DATELINE", "").strip()
            title = fields.get("TITLE", "").strip()
            text = html.unescape(f"{title}\n\n{dateline} {body}".strip())
            articles.append(Dated(f"{path.name}:{len(articles)}", text, truth))
    yield from _sample(articles, limit)


LOADERS: dict[str, Callable[[int | None], Iterator[Dated]]] = {
    "te3_silver": te3_documents,
    "reuters21578": reuters_documents,
    "tbaq_cleaned": tbaq_documents,
}

Item = TypeVar("Item")


def _sample(items: list[Item], limit: int | None) -> list[Item]:
    if limit is None or len(items) <= limit:
        return items
    return sorted(random.Random(1987).sample(items, limit), key=items.index)


def shifted(truth: dt.date, days: int, months: int) -> dt.date:
    return shift_months(truth, months) + dt.timedelta(days=days)


def engine_figures(solution: Solution | None, marks: DayMarks, truth: dt.date) -> Figures:
    estimate = solution.estimate() if solution else None
    interval = (estimate.earliest, estimate.latest) if estimate else None
    likely = estimate.most_likely if estimate else None
    misdated = {
        label: judge(shifted(truth, days, months), solution, marks).verdict == "misdated"
        for label, days, months in SHIFTS
    }
    return Figures(interval, likely, misdated)


def baseline_figures(text: str, truth: dt.date) -> Figures:
    """The latest year mentioned is the writing year; another claimed year is misdated."""
    years = [int(y) for y in _YEAR.findall(text) if int(y) <= dt.date.today().year]
    if not years:
        return Figures(None, None, {label: False for label, _, _ in SHIFTS})
    year = max(years)
    interval = (dt.date(year, 1, 1), dt.date(year, 12, 31))
    misdated = {label: shifted(truth, days, months).year != year for label, days, months in SHIFTS}
    return Figures(interval, dt.date(year, 7, 1), misdated)


def names_a_year(clues: list[Clue]) -> bool:
    """Whether any clue says something of the year: bare weekdays do not, nor do days and
    months with an alternative in every year ("March 3", "in June")."""
    years = universe_end().year - UNIVERSE_START.year
    return any(not clue.weekly and len(clue.days) < years for clue in clues)


def contradicts(clues: list[Clue], truth: dt.date, claimed: dt.date) -> bool:
    """Whether a clue other than a weekday that is right about the true day rules the
    claimed day out (clues wrong about the true day would raise false alarms too)."""
    return any(
        not clue.weekly and _holds(clue, truth) and not _holds(clue, claimed) for clue in clues
    )


def _holds(clue: Clue, day: dt.date) -> bool:
    return clue.constraint(day, day).holds_on(day)


def blind_claim(text: str) -> Claim:
    """What the text says of its own date, without the date: a yearless dateline stays
    content evidence, a dated header is left out of the content and not used."""
    found = read_claim(text)
    return Claim(
        excluded=found.excluded,
        dateline_month_day=found.dateline_month_day,
        dateline_span=found.dateline_span,
    )


def run_corpus(name: str, documents: Iterator[Dated]) -> tuple[Tally, Tally, float]:
    engine, baseline = Tally(), Tally()
    seconds = 0.0
    for document in documents:
        started = time.perf_counter()
        clues, solution = estimate_text(document.text, blind_claim(document.text))
        seconds += time.perf_counter() - started
        engine.add(engine_figures(solution, day_marks(clues), document.truth), document.truth)
        engine.yearless += not names_a_year(clues)
        for label, days, months in SHIFTS:
            against = contradicts(clues, document.truth, shifted(document.truth, days, months))
            engine.contradicted[label] = engine.contradicted.get(label, 0) + against
        baseline.add(baseline_figures(document.text, document.truth), document.truth)
    speed = engine.documents / seconds if seconds else 0.0
    return engine, baseline, speed


def report(name: str, engine: Tally, baseline: Tally, speed: float) -> str:
    rows = [
        ("documents", str(engine.documents), str(baseline.documents)),
        (
            "with an estimate",
            _share(engine.estimated, engine.documents),
            _share(baseline.estimated, baseline.documents),
        ),
        (
            "coverage (of estimated)",
            _share(engine.covered, engine.estimated),
            _share(baseline.covered, baseline.estimated),
        ),
        (
            "both ends bounded",
            _share(engine.bounded, engine.documents),
            _share(baseline.bounded, baseline.documents),
        ),
        ("median width, days", _median(engine.widths), _median(baseline.widths)),
        ("open at both ends (of estimated)", _share(engine.open_ended, engine.estimated), "-"),
        ("no clue names a year (of all)", _share(engine.yearless, engine.documents), "-"),
        ("most likely: median error, days", _median(engine.errors), _median(baseline.errors)),
        (
            "most likely within 1 year (of all)",
            _share(sum(e <= 365 for e in engine.errors), engine.documents),
            _share(sum(e <= 365 for e in baseline.errors), baseline.documents),
        ),
        (
            "most likely within 1 year (of estimated)",
            _share(sum(e <= 365 for e in engine.errors), engine.estimated),
            _share(sum(e <= 365 for e in baseline.errors), baseline.estimated),
        ),
    ]
    for label, _, _ in SHIFTS:
        title = "false alarms (shift 0)" if label == "0" else f"misdated at {label}"
        rows.append(
            (
                title,
                _share(engine.flagged.get(label, 0), engine.documents),
                _share(baseline.flagged.get(label, 0), baseline.documents),
            )
        )
    for label in ("+2y", "-2y", "+5y", "-5y"):
        rows.append(
            (
                f"bound: a right clue against {label}",
                _share(engine.contradicted.get(label, 0), engine.documents),
                "-",
            )
        )
    lines = [
        f"== {name}: engine vs baseline (latest year mentioned); "
        f"engine speed {speed:.0f} articles/s (one core)"
    ]
    lines.append(f"{'':42s}{'engine':>10s}{'baseline':>10s}")
    lines.extend(f"{title:42s}{a:>10s}{b:>10s}" for title, a, b in rows)
    return "\n".join(lines)


def _share(part: int, whole: int) -> str:
    return f"{100 * part / whole:.1f}%" if whole else "-"


def _median(values: list[int]) -> str:
    return f"{statistics.median(values):.0f}" if values else "-"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--limit",
        type=int,
        default=None,
        help=f"documents per corpus (reuters21578 defaults to {REUTERS_SAMPLE})",
    )
    parser.add_argument(
        "--corpus", action="append", choices=CORPORA, help="corpus to run (default: all)"
    )
    args = parser.parse_args()
    if not DATA.exists():
        print(f"skipped: {DATA} is not available", file=sys.stderr)
        return 0
    for name in args.corpus or CORPORA:
        limit = (args.limit or REUTERS_SAMPLE) if name == "reuters21578" else args.limit
        engine, baseline, speed = run_corpus(name, LOADERS[name](limit))
        print(report(name, engine, baseline, speed), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
