"""The web service: FastAPI app with a server-rendered page and a JSON API."""

from __future__ import annotations

from datesleuth.serving.app import create_app

__all__ = ["create_app"]
