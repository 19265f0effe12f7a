"""Municipalities of a workshop: looked up by name, created on first use, ordered for the
follow-up seminar."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from avtoituba.core.text import clean_line
from avtoituba.store.db import Store
from avtoituba.store.models import Municipality


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
