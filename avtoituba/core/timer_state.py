"""The state of the day as a pure function of the agenda, the event log and the clock.

The day is in one of four states: not started (``IDLE``), ``RUNNING``, ``PAUSED`` and ended
(``FINISHED``). The log is replayed event by event; an event that does not fit the state it
meets is ignored (a stray Space in an ended day starts nothing). An ended day moves again
only after ``REOPEN``, which goes back to its last block, paused.

Corrections never rewrite the log: an undo appends ``CANCEL`` (the id of the event taken
back), a redo appends ``RESTORE``; the replay leaves out every event that stands cancelled,
so the record is what it would have been had the action never been taken.

During the presentations the block is split evenly among the groups; the presenter on stage
changes only by ``PRESENTER`` events (the trainer's "Next presenter"), and time added or
removed then goes to that presenter.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from avtoituba.core.agenda import Block, Schedule, compute_schedule, time_to_seconds
from avtoituba.core.catchup import Plan, catch_up_plans
from avtoituba.core.clock import (
    CANCEL,
    EXTEND,
    FINISH,
    FINISHED,
    IDLE,
    JUMP,
    NEXT,
    NORMAL,
    PAUSE,
    PAUSED,
    PRESENTER,
    PREV,
    REOPEN,
    RESET,
    RESTORE,
    RESUME,
    RUNNING,
    START,
    WARNING_FRACTION,
    WARNING_SECONDS,
    Actual,
    Event,
    PlanActualRow,
    Presenter,
    Reading,
    between,
    local_seconds,
    phase_of,
    to_local,
)


@dataclass(frozen=True)
class PresenterTurn:
    """One group's turn on stage: when it first came on, and how long it presented."""

    block_id: int
    index: int
    name: str
    start: dt.datetime  # local time
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
    #: delay at the next fixed start (or the end of the day), and plans to catch up
    late_s: float = 0.0
    late_anchor: dt.time | None = None
    plans: tuple[Plan, ...] = ()
    turns: tuple[PresenterTurn, ...] = ()

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
    def ended(self) -> bool:
        return self.status == FINISHED

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


def effective(events: Sequence[Event]) -> list[Event]:
    """The log without corrections and without the events they cancelled."""
    cancelled: set[int] = set()
    for e in events:
        target = e.data.get("event")
        if e.kind == CANCEL and target is not None:
            cancelled.add(int(target))
        elif e.kind == RESTORE and target is not None:
            cancelled.discard(int(target))
    return [e for e in events
            if e.kind not in (CANCEL, RESTORE) and (e.id is None or e.id not in cancelled)]


def current_run(events: Sequence[Event]) -> list[Event]:
    """The effective events since the last reset (a reset clears a rehearsal)."""
    events = effective(events)
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
    now_local = to_local(now.wall, tz)
    n_groups = len(groups)

    status = IDLE
    cur: int | None = None  # index into blocks
    last_block: int | None = None  # the block the day ended in
    last: Reading | None = None
    elapsed: dict[int, float] = {}
    ext: dict[int, float] = {}
    first_enter: dict[int, dt.datetime] = {}
    last_leave: dict[int, dt.datetime] = {}
    on_stage: dict[int, int] = {}  # presentations block id -> presenter index
    p_elapsed: dict[tuple[int, int], float] = {}
    p_ext: dict[tuple[int, int], float] = {}
    p_start: dict[tuple[int, int], dt.datetime] = {}

    def presenting(index: int | None) -> bool:
        return index is not None and n_groups > 0 and blocks[index].kind == "presentations"

    def enter(index: int | None, when: dt.datetime) -> None:
        if index is None:
            return
        bid = blocks[index].id
        first_enter.setdefault(bid, when)
        last_leave.pop(bid, None)
        if presenting(index):
            p_start.setdefault((bid, on_stage.get(bid, 0)), when)

    def leave(index: int | None, when: dt.datetime) -> None:
        if index is not None:
            last_leave[blocks[index].id] = when

    def target(e: Event, fallback: int | None) -> int | None:
        if e.item_id is not None and e.item_id in ids:
            return ids[e.item_id]
        return fallback

    for e in current_run(events):
        if status == RUNNING and cur is not None and last is not None:
            bid = blocks[cur].id
            passed = between(last, e.reading)
            elapsed[bid] = elapsed.get(bid, 0.0) + passed
            if presenting(cur):
                key = (bid, on_stage.get(bid, 0))
                p_elapsed[key] = p_elapsed.get(key, 0.0) + passed
        last = e.reading
        if not blocks:
            continue
        when = e.reading.wall
        if e.kind == START and status != FINISHED:
            new = target(e, 0 if cur is None else cur)
            if new != cur:
                leave(cur, when)
                cur = new
            enter(cur, when)
            status = RUNNING
        elif e.kind == PAUSE and status == RUNNING:
            status = PAUSED
        elif e.kind == RESUME and status == PAUSED:
            status = RUNNING
        elif e.kind in (NEXT, PREV, JUMP) and status in (RUNNING, PAUSED):
            step = 1 if e.kind == NEXT else -1 if e.kind == PREV else 0
            fallback = None if cur is None else cur + step
            new = target(e, fallback)
            leave(cur, when)
            if new is None or new >= len(blocks):
                last_block, cur, status = cur, None, FINISHED
            else:
                cur = max(0, new)
                enter(cur, when)
                status = RUNNING
        elif e.kind == EXTEND and cur is not None and e.amount_s and status != FINISHED:
            bid = blocks[cur].id
            ext[bid] = ext.get(bid, 0.0) + float(e.amount_s)
            if presenting(cur):
                key = (bid, on_stage.get(bid, 0))
                p_ext[key] = p_ext.get(key, 0.0) + float(e.amount_s)
        elif e.kind == PRESENTER and presenting(cur) and status in (RUNNING, PAUSED):
            assert cur is not None
            bid = blocks[cur].id
            to = max(0, min(int(e.data.get("to", 0)), n_groups - 1))
            on_stage[bid] = to
            p_start.setdefault((bid, to), when)
        elif e.kind == FINISH and status in (RUNNING, PAUSED):
            leave(cur, when)
            last_block, cur, status = cur, None, FINISHED
        elif e.kind == REOPEN and status == FINISHED:
            cur = last_block if last_block is not None else len(blocks) - 1
            enter(cur, when)
            status = PAUSED
    if status == RUNNING and cur is not None and last is not None:
        bid = blocks[cur].id
        passed = between(last, now)
        elapsed[bid] = elapsed.get(bid, 0.0) + passed
        if presenting(cur):
            key = (bid, on_stage.get(bid, 0))
            p_elapsed[key] = p_elapsed.get(key, 0.0) + passed

    actuals = {
        bid: Actual(to_local(first_enter[bid], tz),
                    to_local(last_leave[bid], tz) if bid in last_leave else None,
                    elapsed.get(bid, 0.0))
        for bid in first_enter
    }
    turns = tuple(PresenterTurn(bid, pi, groups[pi] if pi < n_groups else str(pi + 1),
                                to_local(start, tz), p_elapsed.get((bid, pi), 0.0))
                  for (bid, pi), start in sorted(p_start.items(), key=lambda kv: kv[1]))

    # the current block
    el = allotted = 0.0
    phase = NORMAL
    presenter = None
    if cur is not None:
        b = blocks[cur]
        el = elapsed.get(b.id, 0.0)
        allotted = max(0.0, b.duration_s + ext.get(b.id, 0.0))
        phase = phase_of(allotted - el, allotted, warning_seconds, warning_fraction)
        if presenting(cur):
            gi = on_stage.get(b.id, 0)
            key = (b.id, gi)
            length = max(0.0, b.duration_s / n_groups + p_ext.get(key, 0.0))
            g_rem = length - p_elapsed.get(key, 0.0)
            presenter = Presenter(gi, n_groups, groups[gi], g_rem, length,
                                  phase_of(g_rem, length, warning_seconds, warning_fraction))

    # the forecast: the current block to its end, later blocks as planned, anchors kept
    planned_end = float(schedule.end_s)
    late_s = 0.0
    late_anchor = None
    plans: tuple[Plan, ...] = ()
    if status == FINISHED:
        ends = [a.end for a in actuals.values() if a.end is not None]
        forecast = local_seconds(max(ends)) if ends else planned_end
    elif cur is None:
        forecast = planned_end
    else:
        now_s = local_seconds(now_local)
        t = now_s + max(0.0, allotted - el)
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
        if late_s > 30 or forecast - planned_end > 30:
            plans = catch_up_plans(blocks, cur, now_s, allotted - el, planned_end, ext)
    return TimerState(
        status=status, blocks=blocks, schedule=schedule, now=now, now_local=now_local,
        index=cur, elapsed_s=el, allotted_s=allotted, phase=phase, presenter=presenter,
        forecast_end_s=forecast, planned_end_s=planned_end, actuals=actuals, extensions=ext,
        late_s=late_s, late_anchor=late_anchor, plans=plans, turns=turns,
    )


def plan_vs_actual(state: TimerState) -> list[PlanActualRow]:
    return [PlanActualRow(sb.block, sb.start_s, sb.end_s, sb.block.duration_s,
                          state.actuals.get(sb.block.id))
            for sb in state.schedule.blocks]
