"""``datesleuth timeline FILE``: what the article reports, in chronological order."""

from __future__ import annotations

import argparse
import json
import re
import textwrap
from typing import Any

from datesleuth.cli.options import date_option
from datesleuth.types import Timeline, TimelineEntry

_SENTENCE_WIDTH = 72
_WHITE_SPACE = re.compile(r"\s+")


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "timeline",
        help="list the article's dated expressions in chronological order",
        description=(
            "List each date the article mentions, with the sentence it anchors and where it "
            "sits relative to the writing date (given with --dct, else estimated)."
        ),
    )
    parser.add_argument("file", metavar="FILE", help="a .txt or .html article, or - for stdin")
    parser.add_argument("--dct", metavar="YYYY-MM-DD", help="reference (writing) date to use")
    parser.add_argument("--claimed", metavar="YYYY-MM-DD", help="the date the article claims")
    parser.add_argument(
        "--format", choices=("table", "json", "html"), default="table", help="output format"
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from datesleuth.dating import read_file_article
    from datesleuth.reading.text import read_text
    from datesleuth.timeline import timeline_of

    claimed = date_option(args.claimed, "--claimed")
    dct = date_option(args.dct, "--dct")
    name, content = read_text(args.file)
    article = read_file_article(content, name)
    timeline = timeline_of(article, claimed=claimed, dct=dct, doc_id=name)
    if args.format == "json":
        print(json.dumps(timeline.to_dict(), ensure_ascii=False, indent=2))
    elif args.format == "html":
        from datesleuth.serving.pages import render_timeline_document

        print(render_timeline_document(article.text, timeline, title=name))
    else:
        print(format_table(timeline))
    return 0


def format_table(timeline: Timeline) -> str:
    """A plain-text table: date, relation, expression and the sentence, shortened."""
    reference = timeline.reference_date.isoformat() if timeline.reference_date else "unknown"
    lines = [f"reference date: {reference} ({timeline.reference_source})"]
    if not timeline.entries:
        return "\n".join([*lines, "no dated expression found"])
    human_width = max(len(e.human) for e in timeline.entries)
    expression_width = min(max(len(e.text) for e in timeline.entries), 24)
    for entry in timeline.entries:
        lines.append(
            f"{entry.human:<{human_width}}  {entry.relation:<8}  "
            f"{_clip(entry.text, expression_width):<{expression_width}}  {_sentence_excerpt(entry)}"
        )
    return "\n".join(lines)


def _sentence_excerpt(entry: TimelineEntry) -> str:
    """The sentence on one line, cut around the expression when it is long."""
    sentence = _one_line(entry.sentence)
    if len(sentence) <= _SENTENCE_WIDTH:
        return sentence
    # Where the expression sits once the white space before it is collapsed too.
    before = _one_line(entry.sentence[: entry.start - entry.sentence_start])
    position = max(len(before) - _SENTENCE_WIDTH // 3, 0)
    if position:  # start the excerpt at a word
        position = sentence.find(" ", position) + 1
    excerpt = textwrap.shorten(sentence[position:], _SENTENCE_WIDTH - 2, placeholder="…")
    return ("…" if position else "") + excerpt


def _one_line(text: str) -> str:
    return _WHITE_SPACE.sub(" ", text)


def _clip(text: str, width: int) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"
