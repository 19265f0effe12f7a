"""The agenda timer as a service for the GUI and the CLI.

Every action appends one TimerEvent in one short transaction (committed before the state
is returned), then the state is computed again from the agenda, the log and the clock.
The agenda and the log are cached in memory, so asking for the state four times a second
costs no database access; ``reload()`` after the agenda is edited.

An action that does not fit the day's state (Space in an ended day, Next before the start)
appends nothing; ``last_event`` tells the caller what was appended, so the GUI can offer to
undo exactly that (``cancel``) and redo it (``restore``), each again one appended event.
"""

from __future__ import annotations

import datetime as dt
import sys
import time
import uuid
from pathlib import Path
from typing import TYPE_CHECKING

from avtoituba.core.agenda import Block, group_names, load_blocks
from avtoituba.core.clock import (
    CANCEL,
    EXTEND,
    FINISH,
    FINISHED,
    IDLE,
    JUMP,
    NEXT,
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
    Clock,
    Event,
    Reading,
)
from avtoituba.core.timer_state import TimerState, compute_state
from avtoituba.store.first_look import early

if TYPE_CHECKING:
    from avtoituba.store.db import Store

# SQLAlchemy and the models are imported where used: the first page is painted from the
# file's first look (store.first_look) before they are loaded.


def _boot_id() -> str:
    try:
        return Path("/proc/sys/kernel/random/boot_id").read_text().strip()
    except OSError:
        return ""


class SystemClock:
    """The real clock: wall time in UTC and the best monotonic clock of the platform.

    Linux: CLOCK_BOOTTIME (counts suspend; one id per boot, so a restart in the same boot
    still measures with it). macOS: CLOCK_MONOTONIC (counts sleep there). Elsewhere:
    time.monotonic, with one id per run (see core/clock.py for the rule).
    """

    def __init__(self) -> None:
        boot_clock = getattr(time, "CLOCK_BOOTTIME", None)
        if boot_clock is not None and sys.platform.startswith("linux"):
            boot = _boot_id()
            self._mono = lambda: time.clock_gettime(boot_clock)
            self.clock_id = f"boot:{boot}" if boot else f"boot:{uuid.uuid4()}"
        elif sys.platform == "darwin":
            self._mono = lambda: time.clock_gettime(time.CLOCK_MONOTONIC)
            self.clock_id = f"boot:{uuid.uuid4()}"
        else:
            self._mono = time.monotonic
            self.clock_id = f"mono:{uuid.uuid4()}"

    def now(self) -> Reading:
        return Reading(dt.datetime.now(dt.UTC), self._mono(), self.clock_id)


def _event(kind: str, wall_time: dt.datetime, mono_time: float | None, clock_id: str | None,
           agenda_item_id: int | None, amount_s: float | None, data: dict | None,
           id: int) -> Event:
    # the block's id is kept in ``data`` too: deleting a block sets the column to NULL,
    # and an undo puts the block back with the same id, so the log replays the same
    return Event(kind, Reading(wall_time, mono_time, clock_id or ""),
                 agenda_item_id if agenda_item_id is not None else (data or {}).get("item_id"),
                 amount_s, dict(data or {}), id)


def load_events(store: Store) -> list[Event]:
    rows = early(store, lambda look: look.timer_events())
    if rows is not None:
        return [_event(**row) for row in rows]
    from sqlalchemy import select

    from avtoituba.store.models import TimerEvent

    with store.session() as s:
        rows = s.scalars(select(TimerEvent).where(TimerEvent.workshop_id == store.workshop_id)
                         .order_by(TimerEvent.id)).all()
        return [_event(r.kind, r.wall_time, r.mono_time, r.clock_id, r.agenda_item_id,
                       r.amount_s, r.data, r.id) for r in rows]


class TimerService:
    def __init__(self, store: Store, clock: Clock | None = None, *,
                 warning_seconds: float = WARNING_SECONDS,
                 warning_fraction: float = WARNING_FRACTION,
                 tz: dt.tzinfo | None = None):
        self.store = store
        self.clock: Clock = clock or SystemClock()
        self.warning_seconds = warning_seconds
        self.warning_fraction = warning_fraction
        self.tz = tz
        self.blocks: list[Block] = []
        self.groups: list[str] = []
        self.events: list[Event] = []
        #: the event the last action appended (None: it appended nothing)
        self.last_event: Event | None = None
        self.reload()

    def reload(self) -> None:
        """Read the agenda, the groups and the log again (after the agenda was edited)."""
        self.blocks = load_blocks(self.store)
        self.groups = group_names(self.store)
        self.events = load_events(self.store)

    def state(self, now: Reading | None = None) -> TimerState:
        return compute_state(self.blocks, self.events, now or self.clock.now(),
                             groups=self.groups, warning_seconds=self.warning_seconds,
                             warning_fraction=self.warning_fraction, tz=self.tz)

    # -- actions: each appends one event and returns the new state ---------------------------
    def _append(self, kind: str, item_id: int | None = None, amount_s: float | None = None,
                data: dict | None = None) -> TimerState:
        if self.store.read_only:
            raise PermissionError("the workshop is open read-only")
        now = self.clock.now()
        data = dict(data or {})
        if item_id is not None:
            data["item_id"] = item_id
        from avtoituba.store.models import TimerEvent

        with self.store.transaction() as s:
            row = TimerEvent(workshop_id=self.store.workshop_id, kind=kind,
                             agenda_item_id=item_id, amount_s=amount_s, wall_time=now.wall,
                             mono_time=now.mono, clock_id=now.clock_id, data=data)
            s.add(row)
            s.flush()
            event_id = row.id
        event = Event(kind, now, item_id, amount_s, data, event_id)
        self.events.append(event)
        self.last_event = event
        return self.state(now)

    def _unchanged(self, st: TimerState | None = None) -> TimerState:
        self.last_event = None
        return st if st is not None else self.state()

    def _id_at(self, index: int) -> int | None:
        return self.blocks[index].id if 0 <= index < len(self.blocks) else None

    def start(self, block_id: int | None = None) -> TimerState:
        """Start the day (at the first block, or ``block_id``); an ended day stays ended."""
        st = self.state()
        if not self.blocks or st.status != IDLE:
            return self._unchanged(st)
        return self._append(START, block_id if block_id is not None else self.blocks[0].id)

    def pause(self) -> TimerState:
        st = self.state()
        return self._append(PAUSE) if st.status == RUNNING else self._unchanged(st)

    def resume(self) -> TimerState:
        st = self.state()
        return self._append(RESUME) if st.status == PAUSED else self._unchanged(st)

    def toggle(self) -> TimerState:
        """Space: start the day, pause, or resume; nothing in an ended day."""
        st = self.state()
        if st.status == IDLE:
            return self.start()
        if st.status == FINISHED:
            return self._unchanged(st)
        return self.pause() if st.status == RUNNING else self.resume()

    def next(self) -> TimerState:
        st = self.state()
        if st.index is None:
            return self.start() if st.status == IDLE else self._unchanged(st)
        return self._append(NEXT, self._id_at(st.index + 1))

    def previous(self) -> TimerState:
        st = self.state()
        if st.index is None or st.index == 0:
            return self._unchanged(st)
        return self._append(PREV, self._id_at(st.index - 1))

    def jump(self, block_id: int) -> TimerState:
        st = self.state()
        if st.status == IDLE:
            return self.start(block_id)
        if st.status == FINISHED or (st.block is not None and st.block.id == block_id):
            return self._unchanged(st)
        return self._append(JUMP, block_id)

    def extend(self, seconds: float) -> TimerState:
        """Add (or with a negative amount, remove) time to the running block; during the
        presentations, to the presenter on stage."""
        st = self.state()
        if st.index is None or not seconds:
            return self._unchanged(st)
        data = {"presenter": st.presenter.index} if st.presenter else None
        return self._append(EXTEND, st.block.id if st.block else None, float(seconds), data)

    def next_presenter(self) -> TimerState:
        return self._presenter(+1)

    def previous_presenter(self) -> TimerState:
        return self._presenter(-1)

    def _presenter(self, step: int) -> TimerState:
        st = self.state()
        p = st.presenter
        if p is None or not st.started or not 0 <= p.index + step < p.count:
            return self._unchanged(st)
        return self._append(PRESENTER, st.block.id if st.block else None,
                            data={"to": p.index + step})

    def finish(self) -> TimerState:
        st = self.state()
        return self._append(FINISH) if st.started else self._unchanged(st)

    def reopen(self) -> TimerState:
        """Open an ended day again: back to its last block, paused."""
        st = self.state()
        return self._append(REOPEN) if st.status == FINISHED else self._unchanged(st)

    def reset(self) -> TimerState:
        """Clear the run (after a rehearsal); the events stay in the log."""
        return self._append(RESET)

    # -- corrections: the log is never rewritten ---------------------------------------------
    def cancel(self, event_id: int) -> TimerState:
        """Take back an earlier action (undo): the day replays as if it had not happened."""
        return self._append(CANCEL, data={"event": int(event_id)})

    def restore(self, event_id: int) -> TimerState:
        """Put back an action taken back (redo)."""
        return self._append(RESTORE, data={"event": int(event_id)})
