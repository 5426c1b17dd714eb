"""Office-holder coverage on news with known dates: how often we find a holder, how often wrongly.

For each corpus (te3_silver, reuters21578, tbaq_cleaned; loaders shared with
dating_accuracy.py) it counts documents with at least one titled mention, at least one
correct titled mention and at least one mention of any kind, and the share of mentions that
contradict the true date. A mention is one span; its alternatives (the two Bushes as
"President Bush") count as one, right when any alternative fits. A mention fits when its
status agrees with the term: "current" during it, "former" after its end, "future" before
its start. It then lists the most frequent titled phrases ("Indian Defence Minister Pranab
Mukherjee") that no mention covers: offices or people news names that we lack. Figures are
printed, not asserted.

    python benchmarks/knowledge_coverage.py [--limit N] [--corpus NAME ...] [--top N] [--wrong]
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from itertools import groupby
from operator import attrgetter

from datesleuth.dating.knowledge import load_offices, load_terms
from datesleuth.dating.knowledge.mentions import OfficeMention, find_office_mentions
from dating_accuracy import CORPORA, DATA, LOADERS, Dated

# A title in capitalised news style, then a name of two to four capitalised words:
# "Indian Defence Minister Pranab Mukherjee", "IOC President Jacques Rogge".
_TITLE_HEAD = (
    r"(?:Vice |Deputy |Prime |Foreign |Defen[cs]e |Finance |Interior |Trade |Economy |"
    r"Energy |Oil |Home |Justice |Health |Education |Chief |Executive )?"
    r"(?:President|Premier|Minister|Secretary|Secretary-General|Chancellor|Governor|"
    r"Chairman|Chairwoman|Chairperson|Director-General|Director|Speaker|Commissioner|King|"
    r"Queen|Emir|Sultan|Crown Prince|Chief|chief|head|Leader|leader|Envoy|envoy)"
)
_QUALIFIER = r"(?:(?:[A-Z][\w.'’-]*|of|the|for) ){0,4}"
_NAME = r"(?:[A-Z][a-zà-ÿ'’-]+|[A-Z]\.)(?: (?:[A-Z][a-zà-ÿ'’-]+|[A-Z]\.)){1,3}"
_TITLED_PHRASE = re.compile(rf"\b(?P<title>{_QUALIFIER}{_TITLE_HEAD}) (?P<name>{_NAME})\b")


@dataclass
class Tally:
    """Figures of one corpus, and the phrases behind them."""

    documents: int = 0
    with_titled: int = 0
    with_correct_titled: int = 0
    with_any: int = 0
    mentions: int = 0
    wrong: int = 0
    wrong_examples: Counter[str] = field(default_factory=Counter)
    missing_titles: Counter[str] = field(default_factory=Counter)
    missing_phrases: Counter[str] = field(default_factory=Counter)


def fits(mention: OfficeMention, truth: dt.date) -> bool:
    """Whether the article's date agrees with what the mention says of the term."""
    term = mention.term
    if mention.status == "former":
        return term.end is not None and term.end < truth
    if mention.status == "future":
        return truth < term.start
    return term.covers(truth)


def spans(mentions: Sequence[OfficeMention]) -> list[list[OfficeMention]]:
    """Mentions grouped by span: alternatives of one clue."""
    return [list(group) for _, group in groupby(mentions, key=attrgetter("start", "end"))]


def unrecognised(text: str, mentions: Sequence[OfficeMention]) -> Iterator[tuple[str, str]]:
    """(title, name) of titled phrases that no mention overlaps."""
    covered = [(mention.start, mention.end) for mention in mentions]
    for match in _TITLED_PHRASE.finditer(text):
        start, end = match.span("name")
        if not any(start < stop and begin < end for begin, stop in covered):
            yield " ".join(match.group("title").split()), match.group("name")


def add(tally: Tally, document: Dated) -> None:
    """Count the mentions of one document, right and wrong, and the titled names missed."""
    mentions = find_office_mentions(document.text)
    groups = spans(mentions)
    tally.documents += 1
    tally.with_any += bool(groups)
    titled = [group for group in groups if group[0].titled]
    tally.with_titled += bool(titled)
    tally.with_correct_titled += any(
        any(fits(mention, document.truth) for mention in group) for group in titled
    )
    for group in groups:
        tally.mentions += 1
        if not any(fits(mention, document.truth) for mention in group):
            tally.wrong += 1
            first = group[0]
            tally.wrong_examples[
                f"{first.text!r} -> {first.term.office.office_id} {first.term.name}"
                f" ({first.status}, {document.truth.year})"
            ] += 1
    for title, name in unrecognised(document.text, mentions):
        tally.missing_titles[title] += 1
        tally.missing_phrases[f"{title} {name}"] += 1


def share(part: int, whole: int) -> str:
    return f"{part}/{whole} ({100 * part / whole:.1f}%)" if whole else "0/0"


def report(name: str, tally: Tally, top: int, show_wrong: bool) -> str:
    lines = [
        f"== {name}: {tally.documents} documents",
        f"  with a titled mention:          {share(tally.with_titled, tally.documents)}",
        f"  with a correct titled mention:  {share(tally.with_correct_titled, tally.documents)}",
        f"  with any mention:               {share(tally.with_any, tally.documents)}",
        f"  mentions contradicting the date: {share(tally.wrong, tally.mentions)}",
    ]
    if show_wrong:
        lines.append("  wrong mentions:")
        lines += [f"    {n:4} {text}" for text, n in tally.wrong_examples.most_common(top)]
    lines.append("  unrecognised titles (no known holder after them):")
    lines += [f"    {n:4} {title}" for title, n in tally.missing_titles.most_common(top)]
    lines.append("  unrecognised titled names:")
    lines += [f"    {n:4} {phrase}" for phrase, n in tally.missing_phrases.most_common(top)]
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="documents per corpus")
    parser.add_argument(
        "--corpus", action="append", choices=CORPORA, help="corpus to run (default: all)"
    )
    parser.add_argument("--top", type=int, default=25, help="lines per list")
    parser.add_argument("--wrong", action="store_true", help="list the wrong mentions too")
    args = parser.parse_args()
    if not DATA.exists():
        print(f"skipped: {DATA} is not available", file=sys.stderr)
        return 0
    print(f"knowledge: {len(load_offices())} offices, {len(load_terms())} terms")
    for name in args.corpus or CORPORA:
        tally = Tally()
        for document in LOADERS[name](args.limit):
            add(tally, document)
        print(report(name, tally, args.top, args.wrong), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
