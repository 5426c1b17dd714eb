"""Service limits: a cap on request bodies and a time limit on the library work."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from concurrent.futures import Executor
from typing import Any, TypeVar

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from datesleuth.errors import DatesleuthError

T = TypeVar("T")


class AnalysisTimeout(DatesleuthError):
    """The library work for one request took longer than the service allows."""


class BodySizeLimit:
    """Answer 413 to a request whose body is larger than ``max_bytes``.

    The answer is JSON, or the page made by ``error_page`` for a browser (a client that
    accepts HTML), so that a form submission shows a message rather than raw JSON. The
    declared ``Content-Length`` is checked first; the body is then read and counted
    (a chunked upload declares no length) and handed on to the application whole, which
    is cheap at the sizes the limit allows.
    """

    def __init__(
        self, app: ASGIApp, max_bytes: int, error_page: Callable[[str], str] | None = None
    ) -> None:
        self.app = app
        self.max_bytes = max_bytes
        self.error_page = error_page

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if _declared_length(scope) > self.max_bytes:
            await self._refuse(scope, send)
            return
        body = bytearray()
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            body += message.get("body", b"")
            if len(body) > self.max_bytes:
                await self._refuse(scope, send)
                return
            if not message.get("more_body", False):
                break
        await self.app(scope, _replay(bytes(body), receive), send)

    async def _refuse(self, scope: Scope, send: Send) -> None:
        detail = f"request body is larger than the limit of {self.max_bytes} bytes"
        if self.error_page is not None and _accepts_html(scope):
            payload = self.error_page(detail).encode()
            content_type = b"text/html; charset=utf-8"
        else:
            payload = json.dumps({"detail": detail}).encode()
            content_type = b"application/json"
        headers = [
            (b"content-type", content_type),
            (b"content-length", b"%d" % len(payload)),
        ]
        await send({"type": "http.response.start", "status": 413, "headers": headers})
        await send({"type": "http.response.body", "body": payload})


def _accepts_html(scope: Scope) -> bool:
    return any(
        name == b"accept" and b"text/html" in value for name, value in scope.get("headers", [])
    )


def _declared_length(scope: Scope) -> int:
    for name, value in scope.get("headers", []):
        if name == b"content-length":
            try:
                return int(value)
            except ValueError:  # the server rejects these; count the bytes instead
                return 0
    return 0


def _replay(body: bytes, receive: Receive) -> Receive:
    delivered = False

    async def replayed() -> Message:
        nonlocal delivered
        if delivered:
            return await receive()
        delivered = True
        return {"type": "http.request", "body": body, "more_body": False}

    return replayed


async def run_with_time_limit(
    executor: Executor, seconds: float, work: Callable[..., T], *args: Any
) -> T:
    """Run ``work`` on a worker thread; give up waiting after ``seconds``.

    The event loop stays free whatever the library does; a piece of work that runs over
    its time is abandoned (its thread finishes in the background) and the caller gets
    :class:`AnalysisTimeout`.
    """
    future = asyncio.get_running_loop().run_in_executor(executor, work, *args)
    try:
        return await asyncio.wait_for(future, seconds)
    except asyncio.TimeoutError:
        raise AnalysisTimeout(
            f"the analysis took longer than {seconds:g} s and was stopped"
        ) from None
