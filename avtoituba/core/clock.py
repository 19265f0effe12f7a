"""The agenda timer's state as a pure function of the agenda, the event log and the clock.

Nothing here keeps time by itself: the GUI asks ``compute_state(blocks, events, now)`` a few
times a second, the CLI asks once, and the tests drive whole days with a fake clock.

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
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from avtoituba.core.agenda import (
    Absorber,
    Block,
    Schedule,
    absorbers,
    compute_schedule,
    time_to_seconds,
)

SLEEP_SLACK_S = 30.0
WARNING_SECONDS = 120
WARNING_FRACTION = 0.2

# event kinds
START, PAUSE, RESUME, NEXT, PREV, JUMP, EXTEND, FINISH, RESET = (
    "start", "pause", "resume", "next", "prev", "jump", "extend", "finish", "reset")
EVENT_KINDS = (START, PAUSE, RESUME, NEXT, PREV, JUMP, EXTEND, FINISH, RESET)

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


@dataclass(frozen=True)
class TimerState:
    status: str
    blocks: tuple[Block, ...]
    schedule: Schedule
    now: Reading
    now_local: dt.datetime
    index: int | None = None
    elapsed_s: float = 0.0
    allotted_s: float = 0.0
    phase: str = NORMAL
    presenter: Presenter | None = None
    forecast_end_s: float = 0.0
    planned_end_s: float = 0.0
    actuals: dict[int, Actual] = field(default_factory=dict)
    extensions: dict[int, float] = field(default_factory=dict)
    #: delay at the next anchor (or the end of the day) and blocks that could absorb it
    late_s: float = 0.0
    late_anchor: dt.time | None = None
    suggestions: tuple[Absorber, ...] = ()

    @property
    def block(self) -> Block | None:
        return self.blocks[self.index] if self.index is not None else None

    @property
    def next_block(self) -> Block | None:
        if self.index is None:
            return self.blocks[0] if self.status == IDLE and self.blocks else None
        i = self.index + 1
        return self.blocks[i] if i < len(self.blocks) else None

    @property
    def remaining_s(self) -> float:
        return self.allotted_s - self.elapsed_s

    @property
    def running(self) -> bool:
        return self.status == RUNNING

    @property
    def started(self) -> bool:
        return self.status in (RUNNING, PAUSED)

    @property
    def delay_s(self) -> float:
        return self.forecast_end_s - self.planned_end_s

    @property
    def display_remaining_s(self) -> float:
        """What the big digits show: the presenting group's countdown, else the block's."""
        return self.presenter.remaining_s if self.presenter else self.remaining_s

    @property
    def display_phase(self) -> str:
        return self.presenter.phase if self.presenter else self.phase


def local_seconds(moment: dt.datetime) -> float:
    return (moment.hour * 3600 + moment.minute * 60 + moment.second
            + moment.microsecond / 1e6)


def _to_local(moment: dt.datetime, tz: dt.tzinfo | None) -> dt.datetime:
    return moment.astimezone(tz) if tz is not None else moment.astimezone()


def current_run(events: Sequence[Event]) -> list[Event]:
    """The events since the last reset (a reset clears a rehearsal before the day)."""
    last = -1
    for i, e in enumerate(events):
        if e.kind == RESET:
            last = i
    return list(events[last + 1:])


def compute_state(
    blocks: Sequence[Block],
    events: Sequence[Event],
    now: Reading,
    *,
    groups: Sequence[str] = (),
    warning_seconds: float = WARNING_SECONDS,
    warning_fraction: float = WARNING_FRACTION,
    tz: dt.tzinfo | None = None,
) -> TimerState:
    """The timer's state at ``now`` from the agenda and the log (see the module docstring)."""
    blocks = tuple(blocks)
    schedule = compute_schedule(blocks)
    ids = {b.id: i for i, b in enumerate(blocks)}
    now_local = _to_local(now.wall, tz)

    status = IDLE
    cur: int | None = None  # index into blocks
    running = False
    last: Reading | None = None
    elapsed: dict[int, float] = {}
    ext: dict[int, float] = {}
    first_enter: dict[int, dt.datetime] = {}
    last_leave: dict[int, dt.datetime] = {}

    def enter(index: int | None, when: dt.datetime) -> None:
        if index is None:
            return
        first_enter.setdefault(blocks[index].id, when)
        last_leave.pop(blocks[index].id, None)

    def leave(index: int | None, when: dt.datetime) -> None:
        if index is not None:
            last_leave[blocks[index].id] = when

    def target(e: Event, fallback: int | None) -> int | None:
        if e.item_id is not None and e.item_id in ids:
            return ids[e.item_id]
        return fallback

    for e in current_run(events):
        if running and cur is not None and last is not None:
            bid = blocks[cur].id
            elapsed[bid] = elapsed.get(bid, 0.0) + between(last, e.reading)
        last = e.reading
        if not blocks:
            continue
        when = e.reading.wall
        if e.kind == START:
            new = target(e, 0 if cur is None else cur)
            if new != cur:
                leave(cur, when)
                cur = new
            enter(cur, when)
            running, status = True, RUNNING
        elif e.kind == PAUSE and status == RUNNING:
            running, status = False, PAUSED
        elif e.kind == RESUME and status == PAUSED:
            running, status = True, RUNNING
        elif e.kind in (NEXT, PREV, JUMP) and status in (RUNNING, PAUSED):
            step = 1 if e.kind == NEXT else -1 if e.kind == PREV else 0
            fallback = None if cur is None else cur + step
            new = target(e, fallback)
            leave(cur, when)
            if new is None or new >= len(blocks):
                cur, running, status = None, False, FINISHED
            else:
                cur = max(0, new)
                enter(cur, when)
                running, status = True, RUNNING
        elif e.kind == EXTEND and cur is not None and e.amount_s:
            bid = blocks[cur].id
            ext[bid] = ext.get(bid, 0.0) + float(e.amount_s)
        elif e.kind == FINISH and status in (RUNNING, PAUSED):
            leave(cur, when)
            cur, running, status = None, False, FINISHED
    if running and cur is not None and last is not None:
        bid = blocks[cur].id
        elapsed[bid] = elapsed.get(bid, 0.0) + between(last, now)

    actuals = {
        bid: Actual(_to_local(first_enter[bid], tz),
                    _to_local(last_leave[bid], tz) if bid in last_leave else None,
                    elapsed.get(bid, 0.0))
        for bid in first_enter
    }

    # the current block
    el = allotted = 0.0
    phase = NORMAL
    presenter = None
    if cur is not None:
        b = blocks[cur]
        el = elapsed.get(b.id, 0.0)
        allotted = max(0.0, b.duration_s + ext.get(b.id, 0.0))
        phase = phase_of(allotted - el, allotted, warning_seconds, warning_fraction)
        if b.kind == "presentations" and groups:
            n = len(groups)
            seg = allotted / n if allotted > 0 else 0.0
            gi = min(int(el // seg), n - 1) if seg > 0 else n - 1
            g_rem = (gi + 1) * seg - el
            presenter = Presenter(gi, n, groups[gi], g_rem, seg,
                                  phase_of(g_rem, seg, warning_seconds, warning_fraction))

    # the forecast: the current block to its end, later blocks as planned, anchors kept
    planned_end = float(schedule.end_s)
    late_s = 0.0
    late_anchor = None
    suggestions: tuple[Absorber, ...] = ()
    if status == FINISHED:
        ends = [a.end for a in actuals.values() if a.end is not None]
        forecast = local_seconds(max(ends)) if ends else planned_end
    elif cur is None:
        forecast = planned_end
    else:
        t = local_seconds(now_local) + max(0.0, allotted - el)
        anchor_seen = False
        for later in blocks[cur + 1:]:
            if later.fixed_start is not None:
                anchor_s = time_to_seconds(later.fixed_start)
                if not anchor_seen:
                    anchor_seen = True
                    late_s, late_anchor = t - anchor_s, later.fixed_start
                t = max(t, anchor_s)
            t += max(0.0, later.duration_s + ext.get(later.id, 0.0))
        forecast = t
        if not anchor_seen:
            late_s = forecast - planned_end
        if late_s > 30:
            suggestions = tuple(absorbers(blocks, cur, late_s))
    return TimerState(
        status=status, blocks=blocks, schedule=schedule, now=now, now_local=now_local,
        index=cur, elapsed_s=el, allotted_s=allotted, phase=phase, presenter=presenter,
        forecast_end_s=forecast, planned_end_s=planned_end, actuals=actuals, extensions=ext,
        late_s=late_s, late_anchor=late_anchor, suggestions=suggestions,
    )


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


def plan_vs_actual(state: TimerState) -> list[PlanActualRow]:
    return [PlanActualRow(sb.block, sb.start_s, sb.end_s, sb.block.duration_s,
                          state.actuals.get(sb.block.id))
            for sb in state.schedule.blocks]
