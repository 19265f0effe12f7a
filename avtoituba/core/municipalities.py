"""Municipalities of a workshop: looked up by name, created on first use, ordered for the
follow-up seminar; a typed name compared with the list (typos caught); two merged into one."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from avtoituba.core.text import clean_line
from avtoituba.store.db import Store
from avtoituba.store.models import Activity, Group, Membership, Municipality, Participant


@dataclass(frozen=True)
class MunicipalityRow:
    id: int
    name: str
    seminar_position: int | None


def normalise_name(name: str) -> str:
    """One spelling per municipality: cleaned, single spaces."""
    return clean_line(name)


def get_or_create(session: Session, workshop_id: int, name: str) -> Municipality:
    """The municipality called ``name`` (compared case-insensitively), created if new."""
    name = normalise_name(name)
    if not name:
        raise ValueError("a municipality needs a name")
    found = session.scalars(
        select(Municipality).where(Municipality.workshop_id == workshop_id,
                                   func.lower(Municipality.name) == name.lower())
    ).first()
    if found is None:
        # casefold() differs from SQL lower() for some letters; check in Python as well
        for m in session.scalars(select(Municipality).where(
                Municipality.workshop_id == workshop_id)):
            if m.name.casefold() == name.casefold():
                return m
        found = Municipality(workshop_id=workshop_id, name=name)
        session.add(found)
        session.flush()
    return found


def list_municipalities(store: Store) -> list[MunicipalityRow]:
    """All municipalities in seminar running order (positioned first, then by name)."""
    with store.session() as session:
        rows = session.scalars(
            select(Municipality).where(Municipality.workshop_id == store.workshop_id)
        ).all()
        ordered = sorted(rows, key=lambda m: (m.seminar_position is None,
                                              m.seminar_position or 0, m.name.casefold()))
        return [MunicipalityRow(m.id, m.name, m.seminar_position) for m in ordered]


def municipality_names(store: Store) -> list[str]:
    return sorted((m.name for m in list_municipalities(store)), key=str.casefold)


def set_seminar_order(store: Store, ids_in_order: list[int]) -> None:
    with store.transaction() as session:
        for position, mid in enumerate(ids_in_order):
            m = session.get(Municipality, mid)
            if m is not None and m.workshop_id == store.workshop_id:
                m.seminar_position = position


# --- what the trainer meant -------------------------------------------------------------------

#: the words that say what kind of municipality a name is, in the forms people type them
_KIND_WORDS = {
    "vald": "vald", "valla": "vald", "vallavalitsus": "vald", "vallavolikogu": "vald",
    "linn": "linn", "linna": "linn", "linnavalitsus": "linn", "linnavolikogu": "linn",
}
#: how many letters may differ for a name to count as a typo of a known one
TYPO_DISTANCE = 2


def fold(name: str) -> str:
    """A name as a comparison sees it: case, accents and punctuation gone, single spaces
    ("Põltsamaa  VALD" → "poltsamaa vald")."""
    text = unicodedata.normalize("NFKD", normalise_name(name).casefold())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = "".join(ch if ch.isalnum() else " " for ch in text)
    return " ".join(text.split())


def _stem_and_kind(name: str) -> tuple[str, str | None]:
    words = fold(name).split()
    kind = None
    while words and words[-1] in _KIND_WORDS:
        kind = kind or _KIND_WORDS[words[-1]]
        words.pop()
    return " ".join(words), kind


def edit_distance(a: str, b: str, limit: int = TYPO_DISTANCE) -> int:
    """Letters added, dropped, changed or two swapped ("Elav" → "Elva" is one), given up
    (``limit + 1``) once it is over ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    rows = [list(range(len(b) + 1))]
    for i, ca in enumerate(a, 1):
        row = [i]
        for j, cb in enumerate(b, 1):
            cost = min(rows[-1][j] + 1, row[j - 1] + 1, rows[-1][j - 1] + (ca != cb))
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                cost = min(cost, rows[-2][j - 2] + 1)
            row.append(cost)
        if min(row) > limit:
            return limit + 1
        rows = [rows[-1], row]
    return rows[-1][-1]


@dataclass(frozen=True)
class MunicipalityMatch:
    """What a typed municipality name is, compared with the workshop's list.

    ``kind``: ``"empty"`` (nothing typed), ``"known"`` (``name`` is the list's spelling),
    ``"close"`` (``name`` is the known one it is probably a typo of: ask before using it),
    ``"new"`` (nothing like it in the list; ``name`` is the typed name, cleaned).
    """

    kind: str
    name: str
    typed: str

    @property
    def is_known(self) -> bool:
        return self.kind == "known"


def match_municipality(typed: str, known: Sequence[str]) -> MunicipalityMatch:
    """Compare ``typed`` with the ``known`` names.

    Known: the same name in any case and spacing, or the one known name that starts with
    what was typed ("elva" → "Elva vald"). Close: the same name up to accents, "vald /
    valla / linn", or at most two letters off ("Elvva vald", "Poltsamaa", "Elva valla").
    """
    name = normalise_name(typed)
    if not name:
        return MunicipalityMatch("empty", "", typed)
    by_case = {k.casefold(): k for k in known}
    if name.casefold() in by_case:
        return MunicipalityMatch("known", by_case[name.casefold()], typed)
    starts = [k for k in known if k.casefold().startswith(name.casefold())]
    if len(starts) == 1 and len(name) >= 3:
        return MunicipalityMatch("known", starts[0], typed)
    folded = fold(name)
    stem, kind = _stem_and_kind(name)
    best: tuple[int, str] | None = None
    for k in known:
        k_stem, k_kind = _stem_and_kind(k)
        if fold(k) == folded:
            score = 0
        elif stem and k_stem == stem:
            score = 0 if kind in (None, k_kind) else 1
        else:
            score = min(edit_distance(folded, fold(k)),
                        edit_distance(stem, k_stem) if stem and k_stem and
                        kind in (None, k_kind) else TYPO_DISTANCE + 1)
            if score > TYPO_DISTANCE or len(k_stem) <= score + 2:
                continue
        if best is None or score < best[0]:
            best = (score, k)
    if best is not None:
        return MunicipalityMatch("close", best[1], typed)
    return MunicipalityMatch("new", name, typed)


def find_by_name(session: Session, workshop_id: int, name: str) -> Municipality | None:
    """The municipality called ``name`` in any case, or None."""
    name = normalise_name(name)
    for m in session.scalars(select(Municipality).where(
            Municipality.workshop_id == workshop_id)):
        if m.name.casefold() == name.casefold():
            return m
    return None


# --- merging two into one -------------------------------------------------------------------

class MunicipalityError(ValueError):
    """A merge that cannot be made (the same municipality twice, one that is gone ...)."""


@dataclass(frozen=True)
class MergeRecord:
    """What a merge changed, so that it can be undone exactly."""

    from_id: int
    from_name: str
    from_seminar_position: int | None
    into_id: int
    into_name: str
    activity_ids: tuple[int, ...]
    participant_ids: tuple[int, ...]


def merge(store: Store, from_id: int, into_id: int) -> MergeRecord:
    """Move every activity and participant of ``from_id`` to ``into_id`` and remove
    ``from_id``: one transaction."""
    if from_id == into_id:
        raise MunicipalityError("a municipality cannot be merged into itself")
    with store.transaction() as s:
        source = s.get(Municipality, from_id)
        target = s.get(Municipality, into_id)
        for m, which in ((source, from_id), (target, into_id)):
            if m is None or m.workshop_id != store.workshop_id:
                raise MunicipalityError(f"no municipality with id {which} in this workshop")
        assert source is not None and target is not None
        activity_ids = tuple(s.scalars(select(Activity.id).where(
            Activity.municipality_id == from_id).order_by(Activity.id)))
        participant_ids = tuple(s.scalars(select(Participant.id).where(
            Participant.municipality_id == from_id).order_by(Participant.id)))
        record = MergeRecord(from_id, source.name, source.seminar_position, into_id,
                             target.name, activity_ids, participant_ids)
        s.execute(update(Activity).where(Activity.municipality_id == from_id)
                  .values(municipality_id=into_id))
        s.execute(update(Participant).where(Participant.municipality_id == from_id)
                  .values(municipality_id=into_id))
        s.delete(source)
    return record


def unmerge(store: Store, record: MergeRecord) -> None:
    """Undo :func:`merge`: the municipality back, with its own activities and participants."""
    with store.transaction() as s:
        if s.get(Municipality, record.from_id) is not None:
            raise MunicipalityError(f"{record.from_name} is already in the workshop")
        if find_by_name(s, store.workshop_id, record.from_name) is not None:
            raise MunicipalityError(f"a municipality called {record.from_name} exists again")
        s.add(Municipality(id=record.from_id, workshop_id=store.workshop_id,
                           name=record.from_name,
                           seminar_position=record.from_seminar_position))
        s.flush()
        if record.activity_ids:
            s.execute(update(Activity).where(Activity.id.in_(record.activity_ids))
                      .values(municipality_id=record.from_id))
        if record.participant_ids:
            s.execute(update(Participant).where(Participant.id.in_(record.participant_ids))
                      .values(municipality_id=record.from_id))


def redo_merge(store: Store, record: MergeRecord) -> MergeRecord:
    return merge(store, record.from_id, record.into_id)


# --- for the pack ---------------------------------------------------------------------------

def groups_by_municipality(store: Store) -> dict[int, set[int]]:
    """The group numbers each municipality's participants sat in (municipality id →
    {1, 3}): the themes its homework must have a place for."""
    out: dict[int, set[int]] = {}
    with store.session() as s:
        for mid, number in s.execute(
                select(Participant.municipality_id, Group.number)
                .join(Membership, Membership.participant_id == Participant.id)
                .join(Group, Group.id == Membership.group_id)
                .where(Participant.workshop_id == store.workshop_id,
                       Participant.municipality_id.is_not(None))):
            if mid is not None:
                out.setdefault(mid, set()).add(number)
    return out
