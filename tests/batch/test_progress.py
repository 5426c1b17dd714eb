"""The progress display: rate, time left, bar on a terminal, plain lines elsewhere."""

from __future__ import annotations

import io

from datesleuth.batch.progress import Progress, format_duration, progress_bar, progress_text


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_progress_text_gives_rate_and_time_left() -> None:
    assert progress_text(50, 200, 10.0) == "50/200 articles (25%), 10.0 articles/s, 0:00:15 left"
    assert progress_text(0, 200, 0.0).endswith("time left unknown")
    assert format_duration(3725.4) == "1:02:05"
    assert progress_bar(6, 24) == "[######..................]"


def test_plain_lines_come_now_and_then_and_count_only_this_run() -> None:
    clock, stream = Clock(), io.StringIO()
    progress = Progress(total=100, done=40, stream=stream, live=False, clock=clock)
    for _ in range(30):
        clock.now += 0.5  # two articles a second
        progress.advance()
    progress.finish()
    lines = stream.getvalue().splitlines()
    assert lines == ["batch: 60/100 articles (60%), 2.0 articles/s, 0:00:20 left"]


def test_a_terminal_gets_a_redrawn_bar() -> None:
    clock, stream = Clock(), io.StringIO()
    progress = Progress(total=4, done=0, stream=stream, live=True, clock=clock)
    for _ in range(4):
        clock.now += 1.0
        progress.advance()
    progress.finish()
    text = stream.getvalue()
    assert text.count("\r") == 5 and text.endswith("\n")
    assert "\r[########################] 4/4 articles (100%), 1.0 articles/s, 0:00:00 left" in text
