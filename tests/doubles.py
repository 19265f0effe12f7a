"""Test doubles (Qt-free): a clock moved by hand and a chime that only remembers."""

from __future__ import annotations

import datetime as dt

from avtoituba.core.clock import Reading, counts_sleep


class FakeClock:
    """A clock for tests: move the wall and monotonic readings by hand."""

    def __init__(self, wall: dt.datetime, mono: float = 1000.0, clock_id: str = "boot:test"):
        self.wall = wall
        self.mono = mono
        self.clock_id = clock_id

    def now(self) -> Reading:
        return Reading(self.wall, self.mono, self.clock_id)

    def advance(self, seconds: float) -> None:
        """Time passes while the laptop is awake."""
        self.wall += dt.timedelta(seconds=seconds)
        self.mono += seconds

    def sleep(self, seconds: float) -> None:
        """The laptop is suspended: a clock that counts sleep advances, another stops."""
        self.wall += dt.timedelta(seconds=seconds)
        if counts_sleep(self.clock_id):
            self.mono += seconds

    def set_wall(self, delta_s: float) -> None:
        """Someone changes the wall clock; the monotonic clock does not move."""
        self.wall += dt.timedelta(seconds=delta_s)

    def restart(self, clock_id: str, mono: float = 5.0) -> None:
        """The app starts again (a new run, maybe a new boot)."""
        self.clock_id = clock_id
        self.mono = mono


class RecordingChime:
    """A chime for tests: remembers what it was asked to play (and whether it sounded)."""

    def __init__(self) -> None:
        self.muted = False
        self.played: list[str] = []
        self.sounded: list[str] = []

    def play(self, kind: str) -> None:
        self.played.append(kind)
        if not self.muted:
            self.sounded.append(kind)
