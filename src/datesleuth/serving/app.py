"""The web service: a server-rendered page at ``/`` and a JSON API under ``/api/``.

The library work of every request runs on a worker thread under a time limit, so the
event loop always answers; request bodies are capped before they reach a handler.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import asynccontextmanager
from importlib import resources
from typing import Annotated, Any

from fastapi import FastAPI, File, Form, Request, UploadFile
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles

import datesleuth
from datesleuth.errors import DatesleuthError
from datesleuth.reading.text import check_text
from datesleuth.serving.analysis import Submission, analyse, submission_from_form
from datesleuth.serving.limits import AnalysisTimeout, BodySizeLimit, run_with_time_limit
from datesleuth.serving.models import (
    CheckRequest,
    CheckResponse,
    HealthResponse,
    TagRequest,
    TagResponse,
    TimelineRequest,
    TimelineResponse,
)
from datesleuth.serving.pages import render_page
from datesleuth.timeline import build_timeline

# Analyses running at once; a request over its time limit keeps its thread until the
# library returns, so a few spare threads keep the service answering meanwhile.
_WORKER_THREADS = 4


def create_app(max_body_bytes: int = 2_000_000, request_timeout: float = 10.0) -> FastAPI:
    """The FastAPI application, with its body size limit and per-request time limit."""
    executor = ThreadPoolExecutor(max_workers=_WORKER_THREADS, thread_name_prefix="analysis")

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        yield
        executor.shutdown(wait=False, cancel_futures=True)

    app = FastAPI(
        title="datesleuth",
        version=datesleuth.__version__,
        description="Tag temporal expressions, date news articles and detect misdated ones.",
        lifespan=lifespan,
        # The interactive docs load their scripts from a CDN; the schema alone works offline.
        docs_url=None,
        redoc_url=None,
    )
    app.add_middleware(BodySizeLimit, max_bytes=max_body_bytes, error_page=_error_page)

    async def run(work: Any, *args: Any) -> Any:
        return await run_with_time_limit(executor, request_timeout, work, *args)

    _add_error_handlers(app)
    static = resources.files("datesleuth.serving").joinpath("static")
    app.mount("/static", StaticFiles(directory=str(static)), name="static")

    @app.get("/", response_class=HTMLResponse)
    async def page() -> HTMLResponse:
        return HTMLResponse(render_page())

    @app.post("/", response_class=HTMLResponse)
    async def submit_page(
        text: Annotated[str, Form()] = "",
        claimed: Annotated[str, Form()] = "",
        file: Annotated[UploadFile | None, File()] = None,
    ) -> HTMLResponse:
        upload = await file.read() if file is not None else b""
        upload_name = file.filename or "" if file is not None else ""
        try:
            submission = submission_from_form(text, upload_name, upload, claimed)
            page = await run(_results_page, submission, claimed)
        except DatesleuthError as error:
            status = 504 if isinstance(error, AnalysisTimeout) else 400
            page = render_page(text=text, claimed=claimed, error=str(error))
            return HTMLResponse(page, status_code=status)
        return HTMLResponse(page)

    @app.post("/api/tag", response_model=TagResponse)
    async def api_tag(request: TagRequest) -> dict[str, Any]:
        # An empty or binary text is a mistake of the caller, not a text without dates.
        check_text(request.text, "text")
        timexes = await run(datesleuth.tag, request.text, request.dct)
        return {"dct": request.dct, "timexes": [t.to_dict() for t in timexes]}

    @app.post("/api/check", response_model=CheckResponse)
    async def api_check(request: CheckRequest) -> dict[str, Any]:
        result = await run(_check, request)
        return dict(result.to_dict())

    @app.post("/api/timeline", response_model=TimelineResponse)
    async def api_timeline(request: TimelineRequest) -> dict[str, Any]:
        timeline = await run(_timeline, request)
        return dict(timeline.to_dict())

    @app.get("/api/health", response_model=HealthResponse)
    async def health() -> dict[str, str]:
        return {"status": "ok", "version": datesleuth.__version__}

    return app


def _error_page(message: str) -> str:
    return render_page(error=message)


def _results_page(submission: Submission, claimed: str) -> str:
    # Marking up a long article takes time as well: it runs with the analysis, off the
    # event loop and under the same time limit.
    analysis = analyse(submission)
    return render_page(text=analysis.text, claimed=claimed, analysis=analysis)


def _check(request: CheckRequest) -> datesleuth.CheckResult:
    return datesleuth.check(
        request.text, html=request.html, claimed=request.claimed, use_claimed=request.use_claimed
    )


def _timeline(request: TimelineRequest) -> datesleuth.Timeline:
    return build_timeline(request.text, html=request.html, claimed=request.claimed, dct=request.dct)


def _add_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(RequestValidationError)
    async def invalid_request(_: Request, error: RequestValidationError) -> JSONResponse:
        return JSONResponse({"detail": readable_validation_error(error)}, status_code=422)

    @app.exception_handler(AnalysisTimeout)
    async def timed_out(_: Request, error: AnalysisTimeout) -> JSONResponse:
        return JSONResponse({"detail": str(error)}, status_code=504)

    @app.exception_handler(DatesleuthError)
    async def bad_input(_: Request, error: DatesleuthError) -> JSONResponse:
        return JSONResponse({"detail": str(error)}, status_code=400)


def readable_validation_error(error: RequestValidationError) -> str:
    """One line naming each bad field and what is wrong with it."""
    return "invalid request: " + "; ".join(_problem(item) for item in error.errors())


def _problem(item: dict[str, Any]) -> str:
    place = [part for part in item.get("loc", ()) if part != "body"]
    if item.get("type") == "json_invalid":
        # Its location is a character position in the body, not a field.
        reason = item.get("ctx", {}).get("error", "")
        at = f" at character {place[0]}" if place else ""
        return f"the body is not valid JSON ({reason}{at})"
    where = ".".join(str(part) for part in place)
    message = str(item.get("msg", "invalid")).removeprefix("Value error, ")
    return f"{where}: {message}" if where else message
