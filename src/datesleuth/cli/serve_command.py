"""``datesleuth serve``: the web page and JSON API on uvicorn."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any, TypeVar

T = TypeVar("T", int, float)
_LAST_PORT = 65535


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "serve",
        help="start the web service (page at /, JSON API under /api/)",
        description="Start the web service. It listens on 127.0.0.1 unless told otherwise.",
    )
    parser.add_argument(
        "--host", default="127.0.0.1", help="address to bind (default: %(default)s)"
    )
    parser.add_argument(
        "--port", type=_port, default=8000, help="port, 0 for any free one (default: %(default)s)"
    )
    parser.add_argument(
        "--max-body",
        type=_positive(int),
        default=2_000_000,
        metavar="BYTES",
        help="largest request body accepted; larger ones get 413 (default: %(default)s)",
    )
    parser.add_argument(
        "--timeout",
        type=_positive(float),
        default=10.0,
        metavar="SECONDS",
        help="time limit of the analysis of one request; then 504 (default: %(default)s)",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    import uvicorn

    from datesleuth.serving import create_app

    app = create_app(max_body_bytes=args.max_body, request_timeout=args.timeout)
    uvicorn.run(app, host=args.host, port=args.port, log_level="info")
    return 0


def _port(value: str) -> int:
    """An argparse type: a TCP port number (0 lets the system choose a free one)."""
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a port number: {value!r}") from None
    if not 0 <= number <= _LAST_PORT:
        raise argparse.ArgumentTypeError(f"must be between 0 and {_LAST_PORT}, not {value}")
    return number


def _positive(convert: Callable[[str], T]) -> Callable[[str], T]:
    """An argparse type: a number above zero, read with ``convert``."""

    def parse(value: str) -> T:
        try:
            number = convert(value)
        except ValueError:
            raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
        if number <= 0:
            raise argparse.ArgumentTypeError(f"must be above zero, not {value}")
        return number

    return parse
