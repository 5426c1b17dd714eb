"""Progress of a batch run on standard error: a redrawn bar on a terminal, otherwise an
occasional plain line (logs and pipes should not fill with carriage returns)."""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from typing import TextIO

_BAR_WIDTH = 24
_LIVE_INTERVAL = 0.2
_PLAIN_INTERVAL = 10.0


class Progress:
    """Counts finished articles; the rate only counts those done by this run."""

    def __init__(
        self,
        total: int,
        done: int,
        stream: TextIO,
        live: bool,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.total = total
        self.done = done
        self._done_before = done
        self._stream = stream
        self._live = live
        self._clock = clock
        self._started = clock()
        # A bar shows at once; plain lines wait for a first interval, so that their rate
        # means something.
        self._last_shown = -math.inf if live else self._started
        self._interval = _LIVE_INTERVAL if live else _PLAIN_INTERVAL

    def advance(self) -> None:
        self.done += 1
        now = self._clock()
        if now - self._last_shown >= self._interval:
            self._show(now)

    def finish(self) -> None:
        """Complete the bar; plain lines need no last word, the summary follows."""
        if self._live:
            self._show(self._clock())
            self._stream.write("\n")
            self._stream.flush()

    def rate(self) -> float:
        """Articles per second done by this run so far."""
        elapsed = self._clock() - self._started
        return (self.done - self._done_before) / elapsed if elapsed > 0 else 0.0

    def _show(self, now: float) -> None:
        self._last_shown = now
        text = progress_text(self.done, self.total, self.rate())
        if self._live:
            self._stream.write(f"\r{progress_bar(self.done, self.total)} {text}\x1b[K")
        else:
            self._stream.write(f"batch: {text}\n")
        self._stream.flush()


def progress_text(done: int, total: int, rate: float) -> str:
    share = 100.0 * done / total if total else 100.0
    left = f"{format_duration((total - done) / rate)} left" if rate > 0 else "time left unknown"
    return f"{done}/{total} articles ({share:.0f}%), {rate:.1f} articles/s, {left}"


def progress_bar(done: int, total: int) -> str:
    filled = _BAR_WIDTH * done // total if total else _BAR_WIDTH
    return "[" + "#" * filled + "." * (_BAR_WIDTH - filled) + "]"


def format_duration(seconds: float) -> str:
    whole = max(0, round(seconds))
    hours, rest = divmod(whole, 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}"
