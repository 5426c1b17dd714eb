from __future__ import annotations

import importlib.util
import json
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

FAKE_PIPELINE = Path(__file__).with_name("fake_pipeline.py")


def _load_fake_pipeline() -> ModuleType:
    spec = importlib.util.spec_from_file_location("batch_fake_pipeline", FAKE_PIPELINE)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def fake_pipeline(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    module = _load_fake_pipeline()
    module.install(monkeypatch.setattr)
    return module


def _write_jsonl(path: Path, objects: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(item) + "\n" for item in objects), encoding="utf-8")
    return path


def _read_jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.fixture
def write_jsonl() -> Callable[[Path, list[dict[str, Any]]], Path]:
    return _write_jsonl


@pytest.fixture
def read_jsonl() -> Callable[[Path], list[dict[str, Any]]]:
    return _read_jsonl
