"""The follow-up seminar's timer: the agenda timer's service with the seminar's programme
and its own append-only log (``seminar_event``).

Every action, undo and redo behaves as in the day (``TimerService``); only where the blocks
come from and where the events go differ. "Next municipality" is the timer's Next; time
added goes to the running item, that is to whoever is speaking. The state survives a
restart because it is computed from the log.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from avtoituba.core.clock import FINISHED, IDLE, Clock, Event, Reading
from avtoituba.core.seminar_run import (
    ABSENT,
    MOVED,
    Programme,
    item_title,
    load_programme,
)
from avtoituba.core.timer_service import TimerService
from avtoituba.core.timer_state import TimerState
from avtoituba.store.db import Store
from avtoituba.store.models import SeminarEvent

#: statuses of an item in the running order (``avtoituba seminar --json``)
DONE, SPEAKING, WAITING = "done", "speaking", "waiting"


def load_seminar_events(store: Store) -> list[Event]:
    with store.session() as s:
        rows = s.scalars(select(SeminarEvent).where(
            SeminarEvent.workshop_id == store.workshop_id).order_by(SeminarEvent.id)).all()
        return [Event(r.kind, Reading(r.wall_time, r.mono_time, r.clock_id or ""), r.item,
                      r.amount_s, dict(r.data or {}), r.id) for r in rows]


class SeminarTimer(TimerService):
    """The seminar run by the agenda timer (see the module docstring)."""

    def __init__(self, store: Store, clock: Clock | None = None, *,
                 language: str | None = None, tz: dt.tzinfo | None = None, **kw: float):
        self.language = language
        self.programme: Programme | None = None
        super().__init__(store, clock, tz=tz, **kw)

    def reload(self) -> None:
        """Read the running order and the log again (after the order or a status changed)."""
        self.programme = load_programme(self.store, self.language)
        self.blocks = list(self.programme.blocks)
        self.groups = []
        self.events = load_seminar_events(self.store)

    def _append(self, kind: str, item_id: int | None = None, amount_s: float | None = None,
                data: dict | None = None) -> TimerState:
        if self.store.read_only:
            raise PermissionError("the workshop is open read-only")
        now = self.clock.now()
        data = dict(data or {})
        with self.store.transaction() as s:
            row = SeminarEvent(workshop_id=self.store.workshop_id, kind=kind, item=item_id,
                               amount_s=amount_s, wall_time=now.wall, mono_time=now.mono,
                               clock_id=now.clock_id, data=data)
            s.add(row)
            s.flush()
            event_id = row.id
        event = Event(kind, now, item_id, amount_s, data, event_id)
        self.events.append(event)
        self.last_event = event
        return self.state(now)

    def next_municipality(self) -> TimerState:
        return self.next()


@dataclass(frozen=True)
class OrderRow:
    """One item of the running order with its times and status."""

    id: int
    title: str
    kind: str  # opening, municipality, discussion, closing
    status: str  # waiting, speaking, done, absent, moved
    planned_start: dt.time | None
    planned_end: dt.time | None
    actual_start: dt.datetime | None = None
    actual_end: dt.datetime | None = None
    used_s: float = 0.0
    added_s: float = 0.0
    moved: bool = False

    def as_json(self) -> dict[str, object]:
        def hm(t: dt.time | dt.datetime | None) -> str | None:
            return t.strftime("%H:%M") if t is not None else None

        return {"id": self.id, "title": self.title, "kind": self.kind, "status": self.status,
                "planned_start": hm(self.planned_start), "planned_end": hm(self.planned_end),
                "actual_start": hm(self.actual_start), "actual_end": hm(self.actual_end),
                "used_min": round(self.used_s / 60, 1), "added_min": round(self.added_s / 60, 1),
                "moved": self.moved}


KINDS = {-1: "opening", -2: "discussion", -3: "closing"}


def running_rows(programme: Programme, state: TimerState) -> list[OrderRow]:
    """The running order as a trainer reads it: every item of the timer with its planned
    and actual times, then the absent municipalities (no turn)."""
    moved = {t.id for t in programme.turns if t.attendance == MOVED}
    rows = []
    current = state.block.id if state.block is not None else None
    for sb in state.schedule.blocks:
        b = sb.block
        actual = state.actuals.get(b.id)
        if b.id == current:
            status = SPEAKING
        elif actual is not None and (actual.end is not None or state.status == FINISHED):
            status = DONE
        else:
            status = WAITING
        rows.append(OrderRow(b.id, b.title, KINDS.get(b.id, "municipality"), status,
                             sb.start, sb.end, actual.start if actual else None,
                             actual.end if actual else None,
                             actual.active_s if actual else 0.0,
                             state.extensions.get(b.id, 0.0), b.id in moved))
    for t in programme.turns:
        if t.attendance == ABSENT:
            rows.append(OrderRow(t.id, t.name, "municipality", ABSENT, None, None))
    return rows


def seminar_json(timer: SeminarTimer) -> dict[str, object]:
    """What ``avtoituba seminar WORKSHOP --json`` prints."""
    assert timer.programme is not None
    p = timer.programme
    st = timer.state()
    d = p.details
    return {
        "date": d.date.isoformat() if d.date else None,
        "start": d.start.strftime("%H:%M") if d.start else None,
        "end": d.end.strftime("%H:%M") if d.end else None,
        "platform": d.platform, "link": d.link,
        "slot_min": p.slot_min, "discussion_min": p.discussion_min,
        "state": st.status if st.status != IDLE else "not_started",
        "current": st.block.title if st.block else None,
        "remaining_s": round(st.remaining_s) if st.block else None,
        "order": [r.as_json() for r in running_rows(p, st)],
    }


__all__ = ["SeminarTimer", "OrderRow", "running_rows", "seminar_json", "item_title",
           "load_seminar_events"]
