"""The ``datesleuth`` command line: one module per sub-command, each with ``register``.

Every user-facing failure ends as one line on standard error and a non-zero exit;
a traceback is a bug.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from datesleuth import __version__
from datesleuth.errors import DatesleuthError

# Sub-command modules, each exposing ``register(subparsers)`` that sets ``func`` on its
# parser; ``func(args) -> int`` returns the exit status.
COMMANDS = ("tag", "check", "timeline", "serve", "batch", "eval")


def build_parser() -> argparse.ArgumentParser:
    import importlib

    parser = argparse.ArgumentParser(
        prog="datesleuth",
        description="Tag time expressions, date news articles and detect misdated ones.",
    )
    parser.add_argument("--version", action="version", version=f"datesleuth {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        module = importlib.import_module(f"datesleuth.cli.{name}_command")
        module.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help(sys.stderr)
        return 2
    try:
        status: int = args.func(args)
    except DatesleuthError as error:
        print(f"datesleuth: error: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("datesleuth: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    return status


if __name__ == "__main__":
    sys.exit(main())
