"""A workshop with six municipalities, each with activities, ready for the seminar."""

from __future__ import annotations

import datetime as dt

import pytest

SIX = ("Elva vald", "Tartu vald", "Kambja vald", "Luunja vald", "Nõo vald", "Kastre vald")
TALLINN = dt.timezone(dt.timedelta(hours=2))


def add_six(store) -> dict[str, int]:
    """Six municipalities with two activities each; returns name → id."""
    from avtoituba.core.municipalities import get_or_create, set_seminar_order
    from avtoituba.store.models import Activity, Area

    ids = {}
    with store.transaction() as s:
        areas = s.query(Area).filter_by(workshop_id=store.workshop_id).order_by(
            Area.number).all()
        for i, name in enumerate(SIX):
            m = get_or_create(s, store.workshop_id, name)
            ids[name] = m.id
            for k in range(2):
                s.add(Activity(workshop_id=store.workshop_id, municipality_id=m.id,
                               area_id=areas[(i + k) % len(areas)].id, position=k,
                               title=f"{name}: tegevus {k + 1}",
                               responsible=f"Vastutaja {i}{k}", time_frame="2027 I kvartal",
                               involve_leaders=True, involve_partners=bool(k)))
    set_seminar_order(store, list(ids.values()))  # the trainer's order, not by name
    return ids


@pytest.fixture
def six(store):
    """The conftest's workshop (17.11.2026, seminar 02.12 14.00–16.00) with six
    municipalities; returns (store, name → id)."""
    return store, add_six(store)
