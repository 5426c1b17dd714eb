"""Resuming: an interrupted run continues without redoing or duplicating records."""

from __future__ import annotations

import io
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from datesleuth.batch import BatchOptions, run_batch
from datesleuth.errors import InputError

FAKE_PIPELINE = Path(__file__).with_name("fake_pipeline.py")
SRC = Path(__file__).resolve().parents[2] / "src"


def run(input_path: Path, output: Path, restart: bool = False):
    options = BatchOptions(input_path, output, jobs=1, progress=False, restart=restart)
    return run_batch(options, stderr=io.StringIO())


@pytest.fixture
def corpus(tmp_path: Path, write_jsonl) -> Path:
    # Repeated ids on purpose: resuming goes by position, not by id.
    items = [{"id": f"doc-{n % 7}", "text": f"Item {n} of {2000 + n}."} for n in range(12)]
    return write_jsonl(tmp_path / "in.jsonl", items)


@pytest.mark.usefixtures("fake_pipeline")
def test_resume_drops_a_cut_off_line_and_finishes(corpus: Path, tmp_path: Path) -> None:
    complete = tmp_path / "complete.jsonl"
    run(corpus, complete)
    lines = complete.read_text(encoding="utf-8").splitlines(keepends=True)
    interrupted = tmp_path / "out.jsonl"
    interrupted.write_text("".join(lines[:5]) + lines[5][:20], encoding="utf-8")

    summary = run(corpus, interrupted)

    assert interrupted.read_text(encoding="utf-8") == complete.read_text(encoding="utf-8")
    assert (summary.resumed, summary.processed) == (5, 7)
    assert sum(summary.counts.values()) == 12


@pytest.mark.usefixtures("fake_pipeline")
def test_a_finished_output_is_left_as_it_is(corpus: Path, tmp_path: Path) -> None:
    output = tmp_path / "out.jsonl"
    run(corpus, output)
    before = output.read_bytes()
    summary = run(corpus, output)
    assert output.read_bytes() == before
    assert (summary.resumed, summary.processed) == (12, 0)


@pytest.mark.usefixtures("fake_pipeline")
def test_output_of_another_input_is_refused_unless_restarted(
    corpus: Path, tmp_path: Path, write_jsonl, read_jsonl
) -> None:
    other = write_jsonl(tmp_path / "other.jsonl", [{"id": "zz", "text": "Other 1999."}])
    output = tmp_path / "out.jsonl"
    run(other, output)
    with pytest.raises(InputError, match="record 1 is 'zz' but input record 1 is 'doc-0'"):
        run(corpus, output)
    run(corpus, output, restart=True)
    assert len(read_jsonl(output)) == 12


@pytest.mark.usefixtures("fake_pipeline")
def test_parquet_output_resumes_from_its_journal(corpus: Path, tmp_path: Path, write_jsonl) -> None:
    complete = tmp_path / "complete.parquet"
    run(corpus, complete)
    journal_source = tmp_path / "journal-source.jsonl"
    run(corpus, journal_source)
    output = tmp_path / "out.parquet"
    journal = tmp_path / "out.parquet.partial.jsonl"
    journal.write_text("".join(journal_source.read_text().splitlines(True)[:4]) + '{"id"')

    summary = run(corpus, output)

    assert summary.resumed == 4
    assert pq.read_table(output).equals(pq.read_table(complete))
    assert not journal.exists()


@pytest.mark.usefixtures("fake_pipeline")
def test_a_finished_parquet_output_takes_records_added_to_the_input(
    corpus: Path, tmp_path: Path, write_jsonl, read_jsonl
) -> None:
    items = read_jsonl(corpus)
    output = tmp_path / "out.parquet"
    run(write_jsonl(tmp_path / "short.jsonl", items[:8]), output)
    summary = run(corpus, output)
    assert (summary.resumed, summary.processed) == (8, 4)
    complete = tmp_path / "complete.parquet"
    run(corpus, complete)
    assert pq.read_table(output).equals(pq.read_table(complete))


@pytest.fixture
def slow_run(tmp_path: Path, write_jsonl) -> tuple[list[str], dict[str, str], Path]:
    """A batch command over 400 records that takes a few seconds, and its output."""
    source = write_jsonl(
        tmp_path / "in.jsonl",
        [{"id": f"doc-{n}", "text": f"Story {n} from {1990 + n % 30}."} for n in range(400)],
    )
    output = tmp_path / "out.jsonl"
    command = [sys.executable, str(FAKE_PIPELINE), "batch", str(source), str(output)]
    command += ["--jobs", "2", "--no-progress"]
    environment = {
        **os.environ,
        "FAKE_SECONDS_PER_ARTICLE": "0.004",
        "PYTHONPATH": os.pathsep.join(filter(None, [str(SRC), os.environ.get("PYTHONPATH")])),
    }
    return command, environment, output


def test_a_killed_run_resumes_with_every_id_exactly_once(slow_run, read_jsonl) -> None:
    command, environment, output = slow_run
    first = subprocess.Popen(command, env=environment, stdout=subprocess.DEVNULL)
    written = _wait_for_lines(output, 100, first)
    first.send_signal(signal.SIGKILL)
    first.wait()
    assert written < 400, "the run finished before it could be killed"
    _wait_until_no_process_mentions(str(output))  # the workers went with their parent

    second = subprocess.run(command, env=environment, capture_output=True, text=True, timeout=60)

    assert second.returncode == 0, second.stderr
    ids = [record["id"] for record in read_jsonl(output)]
    assert ids == [f"doc-{n}" for n in range(400)]
    assert "already done by an earlier run" in second.stdout


def test_ctrl_c_stops_the_run_with_a_hint_to_resume(slow_run) -> None:
    command, environment, output = slow_run
    run = subprocess.Popen(
        command, env=environment, stderr=subprocess.PIPE, text=True, start_new_session=True
    )
    _wait_for_lines(output, 50, run)
    os.killpg(run.pid, signal.SIGINT)  # what Ctrl-C does: the whole process group
    _, stderr = run.communicate(timeout=30)
    assert run.returncode == 130
    assert stderr.strip().endswith("run the same command again to resume")
    assert "Traceback" not in stderr
    _wait_until_no_process_mentions(str(output))


def _wait_until_no_process_mentions(argument: str) -> None:
    deadline = time.monotonic() + 10
    while _processes_mentioning(argument):
        assert time.monotonic() < deadline, "worker processes outlived the killed run"
        time.sleep(0.05)


def _processes_mentioning(argument: str) -> list[Path]:
    found = []
    for cmdline in Path("/proc").glob("[0-9]*/cmdline"):
        try:
            if argument.encode() in cmdline.read_bytes().split(b"\0"):
                found.append(cmdline)
        except OSError:
            continue  # the process ended while we looked
    return found


def _wait_for_lines(path: Path, wanted: int, process: subprocess.Popen[bytes]) -> int:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and process.poll() is None:
        lines = path.read_bytes().count(b"\n") if path.exists() else 0
        if lines >= wanted:
            return lines
        time.sleep(0.01)
    raise AssertionError(f"the run wrote fewer than {wanted} records in time")
