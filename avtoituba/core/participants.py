"""Participants of a workshop: add, edit, remove, check in, and import a registration list.

Every function is one unit of work (one transaction). Removing returns a snapshot that
``restore_participant`` puts back exactly (same id, same group), so the GUI can undo.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from avtoituba.core.municipalities import get_or_create
from avtoituba.core.roster import WORDS as ROSTER_WORDS
from avtoituba.core.roster import RosterRow, person_key
from avtoituba.core.text import clean_line
from avtoituba.store.db import Store
from avtoituba.store.models import Group, Membership, Municipality, Participant

from avtoituba.wording import QT_TRANSLATE_NOOP, WordedError, Words

MAX_FIELD = 300


@dataclass(frozen=True)
class ParticipantRow:
    id: int
    name: str
    municipality: str
    role: str
    email: str
    present: bool
    group_id: int | None = None
    group_number: int | None = None
    locked: bool = False
    presenter: bool = False


@dataclass(frozen=True)
class ParticipantData:
    """What the trainer types about a participant."""

    name: str
    municipality: str = ""
    role: str = ""
    email: str = ""
    present: bool = False

    def cleaned(self) -> ParticipantData:
        return ParticipantData(clean_line(self.name), clean_line(self.municipality),
                               clean_line(self.role), clean_line(self.email), bool(self.present))


@dataclass(frozen=True)
class ParticipantSnapshot:
    """Everything to put a removed participant back as they were."""

    id: int
    data: ParticipantData
    notes: str
    group_id: int | None
    locked: bool
    presenter: bool


class ParticipantError(WordedError):
    """A participant change refused by the rules; ``code`` says which rule."""


WORDS = Words("Participants", {
    "no_name": QT_TRANSLATE_NOOP("Participants", "a participant needs a name"),
    "too_long": QT_TRANSLATE_NOOP("Participants", "the %1 is longer than %2 characters"),
    "bad_rows": QT_TRANSLATE_NOOP("Participants", "rows with errors cannot be imported: %1"),
    "no_participant": QT_TRANSLATE_NOOP("Participants", "no participant %1"),
})


def _validate(data: ParticipantData) -> ParticipantData:
    data = data.cleaned()
    if not data.name:
        raise ParticipantError(WORDS("no_name"))
    for field, value in (("name", data.name), ("municipality", data.municipality),
                         ("role", data.role), ("email", data.email)):
        if len(value) > MAX_FIELD:
            raise ParticipantError(WORDS("too_long", ROSTER_WORDS(f"field/{field}"), MAX_FIELD))
    return data


def _row(p: Participant) -> ParticipantRow:
    m = p.membership
    return ParticipantRow(
        id=p.id, name=p.name, municipality=p.municipality.name if p.municipality else "",
        role=p.role, email=p.email, present=p.present,
        group_id=m.group_id if m else None, group_number=m.group.number if m else None,
        locked=bool(m and m.locked), presenter=bool(m and m.presenter))


def _muni_id(session: Session, workshop_id: int, name: str) -> int | None:
    return get_or_create(session, workshop_id, name).id if name else None


def list_participants(store: Store) -> list[ParticipantRow]:
    """All participants, by municipality then name."""
    with store.session() as session:
        people = session.scalars(
            select(Participant).where(Participant.workshop_id == store.workshop_id)
        ).all()
        rows = [_row(p) for p in people]
    return sorted(rows, key=lambda r: (r.municipality.casefold(), r.name.casefold(), r.id))


def get_participant(store: Store, participant_id: int) -> ParticipantRow:
    with store.session() as session:
        p = session.get(Participant, participant_id)
        if p is None or p.workshop_id != store.workshop_id:
            raise ParticipantError(WORDS("no_participant", participant_id))
        return _row(p)


def add_participant(store: Store, data: ParticipantData, participant_id: int | None = None
                    ) -> int:
    """Add a participant (with ``participant_id`` when putting one back); returns the id."""
    data = _validate(data)
    with store.transaction() as session:
        p = Participant(workshop_id=store.workshop_id, name=data.name,
                        municipality_id=_muni_id(session, store.workshop_id, data.municipality),
                        role=data.role, email=data.email, present=data.present)
        if participant_id is not None and session.get(Participant, participant_id) is None:
            p.id = participant_id
        session.add(p)
        session.flush()
        return p.id


def participant_data(store: Store, participant_id: int) -> ParticipantData:
    row = get_participant(store, participant_id)
    return ParticipantData(row.name, row.municipality, row.role, row.email, row.present)


def update_participant(store: Store, participant_id: int, data: ParticipantData) -> None:
    data = _validate(data)
    with store.transaction() as session:
        p = session.get(Participant, participant_id)
        if p is None or p.workshop_id != store.workshop_id:
            raise ParticipantError(WORDS("no_participant", participant_id))
        p.name = data.name
        p.municipality_id = _muni_id(session, store.workshop_id, data.municipality)
        p.role = data.role
        p.email = data.email
        p.present = data.present


def set_present(store: Store, participant_ids: Iterable[int], present: bool) -> None:
    with store.transaction() as session:
        for pid in participant_ids:
            p = session.get(Participant, pid)
            if p is not None and p.workshop_id == store.workshop_id:
                p.present = present


def _remove(session: Session, store: Store, participant_id: int) -> ParticipantSnapshot:
    p = session.get(Participant, participant_id)
    if p is None or p.workshop_id != store.workshop_id:
        raise ParticipantError(WORDS("no_participant", participant_id))
    m = p.membership
    snapshot = ParticipantSnapshot(
        id=p.id,
        data=ParticipantData(p.name, p.municipality.name if p.municipality else "",
                             p.role, p.email, p.present),
        notes=p.notes, group_id=m.group_id if m else None,
        locked=bool(m and m.locked), presenter=bool(m and m.presenter))
    session.delete(p)
    return snapshot


def remove_participant(store: Store, participant_id: int) -> ParticipantSnapshot:
    with store.transaction() as session:
        return _remove(session, store, participant_id)


def remove_participants(store: Store, participant_ids: Iterable[int]
                        ) -> list[ParticipantSnapshot]:
    """Remove several in ONE transaction (all or none); snapshots to put them back."""
    with store.transaction() as session:
        snapshots = [_remove(session, store, pid) for pid in participant_ids]
        session.flush()
        return snapshots


def _restore(session: Session, store: Store, snapshot: ParticipantSnapshot) -> int:
    data = snapshot.data
    p = Participant(workshop_id=store.workshop_id, name=data.name,
                    municipality_id=_muni_id(session, store.workshop_id, data.municipality),
                    role=data.role, email=data.email, present=data.present,
                    notes=snapshot.notes)
    if session.get(Participant, snapshot.id) is None:
        p.id = snapshot.id
    session.add(p)
    session.flush()
    if snapshot.group_id is not None and session.get(Group, snapshot.group_id) is not None:
        session.add(Membership(participant_id=p.id, group_id=snapshot.group_id,
                               locked=snapshot.locked, presenter=snapshot.presenter))
    return p.id


def restore_participant(store: Store, snapshot: ParticipantSnapshot) -> int:
    """Put a removed participant back, with the same id and group."""
    with store.transaction() as session:
        return _restore(session, store, snapshot)


def restore_participants(store: Store, snapshots: Sequence[ParticipantSnapshot]) -> list[int]:
    """Put several back in ONE transaction (all or none)."""
    with store.transaction() as session:
        return [_restore(session, store, s) for s in snapshots]


def existing_keys(store: Store) -> list[tuple[str, str]]:
    """(name, municipality) of everyone already in: the importer points out repeats."""
    with store.session() as session:
        rows = session.execute(
            select(Participant.name, Municipality.name)
            .join(Municipality, Participant.municipality_id == Municipality.id, isouter=True)
            .where(Participant.workshop_id == store.workshop_id)
        ).all()
    return [(name, muni or "") for name, muni in rows]


@dataclass(frozen=True)
class ImportResult:
    ids: tuple[int, ...]
    municipalities_created: tuple[str, ...]
    #: Rows not saved because the same people came in since the list was read (another
    #: import of the same list, finished first): their row numbers.
    arrived_meanwhile: tuple[int, ...] = ()


def import_rows(store: Store, rows: Sequence[RosterRow],
                known: Iterable[tuple[str, str]] | None = None) -> ImportResult:
    """Save the accepted rows in ONE transaction: all of them, or (on any error) none.

    Rows with an error are refused (``ParticipantError``) before anything is written.
    ``known``: the ``existing_keys`` the list was checked against when it was read. Who
    came in since then (another import of the same list that finished first) is counted
    again inside the writing transaction, under the file's lock, and those rows are left
    out (``arrived_meanwhile``), so two imports at once never double anyone; namesakes in
    the list (two people of one name and municipality) are still both saved.
    """
    bad = [r for r in rows if not r.ok]
    if bad:
        raise ParticipantError(WORDS("bad_rows", ", ".join(str(r.row) for r in bad)))
    cleaned = [replace(r, name=clean_line(r.name), municipality=clean_line(r.municipality),
                       role=clean_line(r.role), email=clean_line(r.email)) for r in rows]
    for r in cleaned:
        _validate(ParticipantData(r.name, r.municipality, r.role, r.email, r.present))
    ids: list[int] = []
    late: list[int] = []
    with store.transaction() as session:
        if known is not None:
            cleaned, late = _without_arrivals(session, store.workshop_id, cleaned, known)
        known_names = {m.name.casefold() for m in session.scalars(
            select(Municipality).where(Municipality.workshop_id == store.workshop_id))}
        created: list[str] = []
        cache: dict[str, int] = {}
        for r in cleaned:
            key = person_key(r.name, r.municipality)[1]
            if key not in cache:
                muni = get_or_create(session, store.workshop_id, r.municipality)
                cache[key] = muni.id
                if muni.name.casefold() not in known_names:
                    known_names.add(muni.name.casefold())
                    created.append(muni.name)
            p = Participant(workshop_id=store.workshop_id, name=r.name,
                            municipality_id=cache[key], role=r.role, email=r.email,
                            present=r.present)
            session.add(p)
            session.flush()
            ids.append(p.id)
    return ImportResult(tuple(ids), tuple(created), tuple(late))


def _without_arrivals(session: Session, workshop_id: int, rows: list[RosterRow],
                      known: Iterable[tuple[str, str]]) -> tuple[list[RosterRow], list[int]]:
    """``rows`` less those whose person came in after ``known`` was read (by count, so a
    namesake already in before stays importable), and the row numbers left out."""
    now = session.execute(
        select(Participant.name, Municipality.name)
        .join(Municipality, Participant.municipality_id == Municipality.id, isouter=True)
        .where(Participant.workshop_id == workshop_id)).all()
    arrived = Counter(person_key(n, m or "") for n, m in now)
    arrived.subtract(person_key(n, m) for n, m in known)
    keep: list[RosterRow] = []
    late: list[int] = []
    for r in rows:
        key = person_key(r.name, r.municipality)
        if arrived[key] > 0:
            arrived[key] -= 1
            late.append(r.row)
        else:
            keep.append(r)
    return keep, late
