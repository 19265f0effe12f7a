"""The follow-up seminar as a programme the agenda timer can run (Qt-free).

The running order is built from the workshop: an opening, one turn per municipality in the
order the trainer set (``Municipality.seminar_position``), a discussion and a closing. The
opening is anchored at the seminar's start time; a turn is ``slot_min`` minutes when the
trainer set a slot length, else the seminar's time left over, shared out equally among the
municipalities that attend. A municipality marked *absent* has no turn; one *moved* later
speaks after all the others.

Each item of the running order is a ``Block`` of the agenda timer, so the same
``compute_state`` runs the seminar: the municipalities keep their own ids as block ids, the
opening, discussion and closing have negative ids, and the log lives in ``seminar_event``
(the day's log stays the day's). During the seminar the trainer notes against the three
tasks (a, b, c) and marks activities as confirmed, changed or dropped; each is saved the
moment it is typed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from avtoituba.core.agenda import Block
from avtoituba.core.municipalities import list_municipalities, set_seminar_order
from avtoituba.core.seminar import SeminarDetails, seminar_details
from avtoituba.core.text import clean_text
from avtoituba.store.db import Store
from avtoituba.store.models import Activity, SeminarMark, SeminarNote, Workshop

from avtoituba.wording import QT_TRANSLATE_NOOP, translate

OPENING_ID, DISCUSSION_ID, CLOSING_ID = -1, -2, -3
#: minutes for the discussion after the last municipality (a setting)
DISCUSSION_MIN = 15
#: a turn never gets less than this when the time is shared out
MIN_SLOT_MIN = 3

PRESENT, ABSENT, MOVED = "", "absent", "moved"
ATTENDANCE = (PRESENT, ABSENT, MOVED)
CONFIRMED, CHANGED, DROPPED = "confirmed", "changed", "dropped"
MARKS = ("", CONFIRMED, CHANGED, DROPPED)
NOTE_FIELDS = ("a", "b", "c")

C = "SeminarRun"
TITLES = {
    OPENING_ID: QT_TRANSLATE_NOOP("SeminarRun", "Opening"),
    DISCUSSION_ID: QT_TRANSLATE_NOOP("SeminarRun", "Discussion"),
    CLOSING_ID: QT_TRANSLATE_NOOP("SeminarRun", "Closing"),
}


@dataclass(frozen=True)
class Turn:
    """A municipality in the running order."""

    id: int
    name: str
    attendance: str = PRESENT
    note_a: str = ""
    note_b: str = ""
    note_c: str = ""

    @property
    def speaks(self) -> bool:
        return self.attendance != ABSENT


@dataclass(frozen=True)
class Programme:
    """The seminar's details, its municipalities in order, and the timer's blocks."""

    details: SeminarDetails
    turns: tuple[Turn, ...]
    blocks: tuple[Block, ...]
    slot_min: int
    discussion_min: int

    def turn(self, municipality_id: int) -> Turn | None:
        return next((t for t in self.turns if t.id == municipality_id), None)


def discussion_minutes(options: dict | None) -> int:
    value = (options or {}).get("seminar_discussion_min", DISCUSSION_MIN)
    ok = isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= 240
    return value if ok else DISCUSSION_MIN


def item_title(block_id: int, name: str = "", language: str | None = None) -> str:
    if block_id in TITLES:
        return translate(C, TITLES[block_id], lang=language)
    return name


def _turns(store: Store) -> list[Turn]:
    rows = list_municipalities(store)
    with store.session() as s:
        notes = {n.municipality_id: n for n in s.scalars(
            select(SeminarNote).where(SeminarNote.workshop_id == store.workshop_id))}
    turns = []
    for m in rows:
        n = notes.get(m.id)
        turns.append(Turn(m.id, m.name, n.attendance if n else PRESENT,
                          n.note_a if n else "", n.note_b if n else "",
                          n.note_c if n else ""))
    # those moved later speak after everyone else, in the order they were moved
    return [t for t in turns if t.attendance != MOVED] + [
        t for t in turns if t.attendance == MOVED]


def slot_minutes(details: SeminarDetails, speaking: int, discussion_min: int) -> int:
    """A turn's length: the trainer's slot length, else the time left shared out."""
    s = details.settings
    if s.slot_min:
        return s.slot_min
    if details.start is None or details.end is None or speaking <= 0:
        return s.slot_min or 10
    total = (details.end.hour * 60 + details.end.minute
             - details.start.hour * 60 - details.start.minute)
    left = total - s.opening_min - s.closing_min - discussion_min
    return max(MIN_SLOT_MIN, left // speaking)


def load_programme(store: Store, language: str | None = None) -> Programme:
    """The programme; the opening, discussion and closing named in ``language`` (default:
    the workshop's language)."""
    details = seminar_details(store)
    with store.session() as s:
        w = s.get(Workshop, store.workshop_id)
        discussion = discussion_minutes(w.options if w else None)
        language = language or (w.language if w else None)
    turns = _turns(store)
    speaking = [t for t in turns if t.speaks]
    slot = slot_minutes(details, len(speaking), discussion)
    start = details.start or dt.time(14, 0)
    blocks: list[Block] = []

    def add(bid: int, title: str, minutes: int, kind: str, anchor: dt.time | None = None):
        blocks.append(Block(bid, title, minutes * 60, anchor, kind, position=len(blocks)))

    add(OPENING_ID, item_title(OPENING_ID, language=language), details.settings.opening_min,
        "talk", start)
    for t in speaking:
        add(t.id, t.name, slot, "presentations")
    add(DISCUSSION_ID, item_title(DISCUSSION_ID, language=language), discussion, "qa")
    add(CLOSING_ID, item_title(CLOSING_ID, language=language), details.settings.closing_min,
        "closing")
    return Programme(details, tuple(turns), tuple(blocks), slot, discussion)


# -- writes: each one short transaction, saved the moment it is made -------------------------
def _note(s, store: Store, municipality_id: int) -> SeminarNote:
    note = s.scalars(select(SeminarNote).where(
        SeminarNote.workshop_id == store.workshop_id,
        SeminarNote.municipality_id == municipality_id)).first()
    if note is None:
        note = SeminarNote(workshop_id=store.workshop_id, municipality_id=municipality_id,
                           attendance="", note_a="", note_b="", note_c="")
        s.add(note)
    return note


def set_attendance(store: Store, municipality_id: int, attendance: str) -> str:
    """Mark a municipality present, absent or moved later; returns what it was before.

    Moving later puts it after every other municipality in the running order too."""
    if attendance not in ATTENDANCE:
        raise ValueError(f"unknown attendance: {attendance!r}")
    with store.transaction() as s:
        note = _note(s, store, municipality_id)
        before = note.attendance or PRESENT
        note.attendance = attendance
    if attendance == MOVED and before != MOVED:
        order = [m.id for m in list_municipalities(store) if m.id != municipality_id]
        set_seminar_order(store, [*order, municipality_id])
    return before


def set_note(store: Store, municipality_id: int, field: str, text: str) -> str:
    """Keep the trainer's note against task a, b or c; returns the text it replaced."""
    if field not in NOTE_FIELDS:
        raise ValueError(f"unknown task: {field!r}")
    with store.transaction() as s:
        note = _note(s, store, municipality_id)
        before = getattr(note, f"note_{field}") or ""
        setattr(note, f"note_{field}", clean_text(text))
    return before


def set_discussion_minutes(store: Store, minutes: int) -> None:
    with store.transaction() as s:
        w = s.get(Workshop, store.workshop_id)
        if w is None:
            raise ValueError("the workshop file holds no workshop")
        w.options = {**(w.options or {}), "seminar_discussion_min": int(minutes)}


def marks(store: Store) -> dict[int, str]:
    """Activity id → confirmed, changed or dropped (unmarked activities are left out)."""
    with store.session() as s:
        rows = s.execute(select(SeminarMark.activity_id, SeminarMark.status)
                         .join(Activity, Activity.id == SeminarMark.activity_id)
                         .where(Activity.workshop_id == store.workshop_id)).all()
        return {aid: status for aid, status in rows if status}


def set_mark(store: Store, activity_id: int, status: str) -> str:
    """Mark an activity confirmed, changed or dropped ("" clears); returns the old mark."""
    if status not in MARKS:
        raise ValueError(f"unknown mark: {status!r}")
    with store.transaction() as s:
        activity = s.get(Activity, activity_id)
        if activity is None or activity.workshop_id != store.workshop_id:
            raise LookupError("the activity is no longer in the workshop")
        mark = s.scalars(select(SeminarMark).where(
            SeminarMark.activity_id == activity_id)).first()
        if mark is None:
            mark = SeminarMark(activity_id=activity_id, status="", note="")
            s.add(mark)
        before = mark.status or ""
        mark.status = status
    return before


@dataclass(frozen=True)
class MarkedActivity:
    """An activity as the Seminar page lists it, with its mark."""

    id: int
    title: str
    responsible: str
    time_frame: str
    mark: str


def activities_of(store: Store, municipality_id: int) -> list[MarkedActivity]:
    """The municipality's activities (not deleted) in their order, with the seminar's marks."""
    with store.session() as s:
        rows = s.execute(
            select(Activity, SeminarMark.status)
            .outerjoin(SeminarMark, SeminarMark.activity_id == Activity.id)
            .where(Activity.workshop_id == store.workshop_id,
                   Activity.municipality_id == municipality_id,
                   Activity.deleted_at.is_(None))
            .order_by(Activity.position, Activity.id)).all()
        return [MarkedActivity(a.id, a.title or "", a.responsible or "", a.time_frame or "",
                               status or "") for a, status in rows]


def seminar_tasks(store: Store) -> list[str]:
    """The three things every municipality does at the seminar (a, b, c), as in the pack."""
    with store.session() as s:
        w = s.get(Workshop, store.workshop_id)
        return list(w.followup_tasks or []) if w else []
