"""Damage the open-time check cannot see (text that is not UTF-8) found while reading: one
store error with a code, the store turns read-only, its owner is told once, nothing more
is written."""

from __future__ import annotations

import sqlite3

import pytest

from avtoituba.core.workshop import workshop_header
from avtoituba.store import db, errors
from avtoituba.store.models import Workshop


def test_a_decode_failure_turns_the_store_read_only_and_tells_once(workshop_path):
    from avtoituba.core.workshop import new_workshop

    new_workshop(workshop_path).close()
    raw = sqlite3.connect(workshop_path)
    raw.execute("UPDATE workshop SET title = CAST(x'ff41' AS TEXT)")
    raw.commit()
    raw.close()
    told: list[errors.Damaged] = []
    store = db.open_store(workshop_path)
    store.on_damage = told.append
    try:
        with pytest.raises(errors.Damaged) as caught:
            workshop_header(store)
        assert "decode" in str(caught.value).lower() and "sqlalche.me" not in str(caught.value)
        assert store.read_only and len(told) == 1
        with pytest.raises(errors.Damaged):
            workshop_header(store)
        assert len(told) == 1  # no repeated messages
        with pytest.raises(errors.Damaged), store.transaction() as session:
            session.get(Workshop, store.workshop_id, with_for_update=False)
            session.execute(Workshop.__table__.update().values(venue="x"))
    finally:
        store.close()
    raw = sqlite3.connect(workshop_path)
    assert raw.execute("SELECT venue FROM workshop").fetchone()[0] != "x"
    raw.close()
