"""The agenda timer's clocks, events and wording of time (Qt-free).

Nothing here keeps time by itself: ``core/timer_state.py`` computes the state of the day
from the agenda, the event log and a ``Reading`` of the clock; the GUI asks a few times a
second, the CLI asks once, and the tests drive whole days with a fake clock.

## Which clock measures what (the rule)

Every timer event, and every "now", is a ``Reading``: the wall clock (UTC), a monotonic
reading in seconds, and a ``clock_id`` saying which monotonic clock that was:
``"boot:<id>"`` for a clock that keeps counting while the laptop sleeps (Linux
CLOCK_BOOTTIME, the same for every process of one boot; macOS CLOCK_MONOTONIC) and
``"mono:<id>"`` for one that may stop during sleep (time.monotonic elsewhere; one id per
run of the app). The time that passed between two readings ``a`` and ``b``:

1. Same ``clock_id``: the monotonic difference. So a wall clock changed by an hour (by the
   user, NTP or a time zone mix-up) does not move a running block by a second.
2. Same ``clock_id`` of the ``mono`` kind, and the wall clock moved more than
   ``SLEEP_SLACK_S`` further than the monotonic one: the laptop slept (the monotonic clock
   stopped), so the wall difference counts. A sleep of 20 minutes shows 20 minutes more
   elapsed. (On such a platform a wall clock put *forward* during a block is taken for a
   sleep; put back, it is ignored. Linux and macOS do not have this limit.)
3. Different ``clock_id`` (the app was restarted after a crash on another boot, or by a
   run whose monotonic clock is not comparable): the wall difference, never negative.

Anchors (14:15, 16:55) and the forecast are times of day, so they use the wall clock.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field
from typing import Any, Protocol

from avtoituba.core.agenda import Block

SLEEP_SLACK_S = 30.0
WARNING_SECONDS = 120
WARNING_FRACTION = 0.2

# event kinds
START, PAUSE, RESUME, NEXT, PREV, JUMP, EXTEND, FINISH, RESET = (
    "start", "pause", "resume", "next", "prev", "jump", "extend", "finish", "reset")
#: the ended day opened again (back to its last block, paused)
REOPEN = "reopen"
#: the presenter on stage changes (``data["to"]``: the group's index)
PRESENTER = "presenter"
#: corrections: an earlier event (``data["event"]``: its id) is taken back or put back;
#: the log is never rewritten, an undo appends one of these
CANCEL, RESTORE = "cancel", "restore"
EVENT_KINDS = (START, PAUSE, RESUME, NEXT, PREV, JUMP, EXTEND, FINISH, RESET, REOPEN,
               PRESENTER, CANCEL, RESTORE)

IDLE, RUNNING, PAUSED, FINISHED = "idle", "running", "paused", "finished"
NORMAL, WARNING, OVERTIME = "normal", "warning", "overtime"


@dataclass(frozen=True)
class Reading:
    wall: dt.datetime  # timezone-aware (UTC)
    mono: float | None
    clock_id: str = ""


class Clock(Protocol):
    def now(self) -> Reading: ...


@dataclass(frozen=True)
class Event:
    kind: str
    reading: Reading
    item_id: int | None = None
    amount_s: float | None = None
    data: dict[str, Any] = field(default_factory=dict)
    #: the event's id in the log (None for an event not yet written)
    id: int | None = None


def counts_sleep(clock_id: str) -> bool:
    return clock_id.startswith("boot:")


def between(a: Reading, b: Reading) -> float:
    """Seconds that passed from ``a`` to ``b`` (the rule in the module's docstring)."""
    wall = (b.wall - a.wall).total_seconds()
    if a.clock_id and a.clock_id == b.clock_id and a.mono is not None and b.mono is not None:
        mono = b.mono - a.mono
        if not counts_sleep(a.clock_id) and wall - mono > SLEEP_SLACK_S:
            return wall
        return max(0.0, mono)
    return max(0.0, wall)


def warning_threshold(length_s: float, warning_seconds: float = WARNING_SECONDS,
                      warning_fraction: float = WARNING_FRACTION) -> float:
    """The last 2 minutes, or 20 % of the block when that is shorter."""
    return min(float(warning_seconds), float(warning_fraction) * length_s)


def phase_of(remaining_s: float, length_s: float, warning_seconds: float = WARNING_SECONDS,
             warning_fraction: float = WARNING_FRACTION) -> str:
    if remaining_s <= 0:
        return OVERTIME
    if remaining_s <= warning_threshold(length_s, warning_seconds, warning_fraction):
        return WARNING
    return NORMAL


def format_remaining(seconds: float) -> str:
    """A countdown: 12:05, 1:02:03; past zero counting up with a plus: +0:42."""
    if seconds > 0:
        s = math.ceil(seconds - 1e-9)
        sign = ""
    else:
        s = math.floor(-seconds + 1e-9)
        sign = "+" if s > 0 else ""
    h, rem = divmod(s, 3600)
    m, sec = divmod(rem, 60)
    body = f"{h}:{m:02d}:{sec:02d}" if h else f"{m}:{sec:02d}"
    return sign + body


def format_minutes(seconds: float) -> str:
    """A signed whole number of minutes: +7 min, −3 min, 0 min (rounded to the nearest)."""
    m = int(round(seconds / 60))
    if m > 0:
        return f"+{m} min"
    if m < 0:
        return f"\u2212{-m} min"
    return "0 min"


@dataclass(frozen=True)
class Presenter:
    """The presentations block split evenly among the groups that present."""

    index: int
    count: int
    name: str
    remaining_s: float
    length_s: float
    phase: str


@dataclass(frozen=True)
class Actual:
    """What happened to one block: when it first started, when it was last left, how long."""

    start: dt.datetime | None  # local time
    end: dt.datetime | None
    active_s: float


def local_seconds(moment: dt.datetime) -> float:
    return (moment.hour * 3600 + moment.minute * 60 + moment.second
            + moment.microsecond / 1e6)


def to_local(moment: dt.datetime, tz: dt.tzinfo | None) -> dt.datetime:
    return moment.astimezone(tz) if tz is not None else moment.astimezone()


@dataclass(frozen=True)
class PlanActualRow:
    block: Block
    planned_start_s: int
    planned_end_s: int
    planned_s: int
    actual: Actual | None

    @property
    def difference_s(self) -> float | None:
        return None if self.actual is None else self.actual.active_s - self.planned_s
