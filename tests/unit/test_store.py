"""The workshop file: round trips of every model, migrations, refusals."""

from __future__ import annotations

import datetime as dt
import hashlib
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import create_engine, select

from avtoituba.core.workshop import new_workshop, workshop_info
from avtoituba.store import db, errors, schema
from avtoituba.store.models import (
    Activity,
    AgendaItem,
    Area,
    Base,
    Group,
    Membership,
    Municipality,
    Participant,
    TimerEvent,
    Workshop,
)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_file_uses_wal_foreign_keys_and_full_sync(store):
    with store.engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert raw.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert raw.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL


def test_every_model_round_trips_through_a_fresh_open(store, workshop_path):
    when = dt.datetime(2026, 11, 17, 13, 15, tzinfo=dt.UTC)
    with store.transaction() as s:
        w = s.get(Workshop, store.workshop_id)
        w.followup_link = "https://zoom.example/j/123"
        w.options = {"warning_seconds": 90}
        m = Municipality(workshop_id=w.id, name="Elva vald", seminar_position=2)
        s.add(m)
        s.flush()
        p = Participant(workshop_id=w.id, name="Mari Tamm", municipality_id=m.id,
                        role="vallavanem", email="mari@elva.ee", present=True)
        s.add(p)
        s.flush()
        group = s.scalars(select(Group).where(Group.number == 2)).one()
        area = s.scalars(select(Area).where(Area.number == 2)).one()
        s.add(Membership(participant_id=p.id, group_id=group.id, locked=True, presenter=True))
        item = s.scalars(select(AgendaItem).order_by(AgendaItem.position)).first()
        s.add(TimerEvent(workshop_id=w.id, kind="start", agenda_item_id=item.id,
                         wall_time=when, mono_time=123.5, clock_id="boot-1",
                         data={"note": "ok"}))
        s.add(Activity(workshop_id=w.id, group_id=group.id, municipality_id=m.id,
                       area_id=area.id, title="Kaasav eelarve 2027", description="Rida 1\nRida 2",
                       involve_leaders=True, involve_partners=True, responsible="arendusosakond",
                       time_frame="kevad 2027", digital=True, notes="õ ä ö ü š ž 🙂"))
    store.close()

    reopened = db.open_store(workshop_path)
    try:
        with reopened.session() as s:
            w = s.get(Workshop, reopened.workshop_id)
            assert w.followup_link == "https://zoom.example/j/123"
            assert w.options == {"warning_seconds": 90}
            m = s.scalars(select(Municipality)).one()
            assert (m.name, m.seminar_position) == ("Elva vald", 2)
            p = s.scalars(select(Participant)).one()
            assert (p.name, p.role, p.email, p.present) == (
                "Mari Tamm", "vallavanem", "mari@elva.ee", True)
            assert p.municipality.name == "Elva vald"
            assert p.membership.group.number == 2
            assert p.membership.locked and p.membership.presenter
            ev = s.scalars(select(TimerEvent)).one()
            assert ev.wall_time == when and ev.wall_time.tzinfo is not None
            assert (ev.kind, ev.mono_time, ev.clock_id, ev.data) == (
                "start", 123.5, "boot-1", {"note": "ok"})
            a = s.scalars(select(Activity)).one()
            assert a.title == "Kaasav eelarve 2027"
            assert a.description == "Rida 1\nRida 2"
            assert a.notes == "õ ä ö ü š ž 🙂"
            assert (a.group.number, a.area.number, a.municipality.name) == (2, 2, "Elva vald")
            assert a.involve_leaders and a.involve_partners and not a.involve_key_people
            assert a.digital and a.deleted_at is None
    finally:
        reopened.close()


def test_deleting_a_participant_removes_the_membership(store):
    with store.transaction() as s:
        p = Participant(workshop_id=store.workshop_id, name="Jaan Saar")
        s.add(p)
        s.flush()
        group = s.scalars(select(Group)).first()
        s.add(Membership(participant_id=p.id, group_id=group.id))
    with store.transaction() as s:
        s.delete(s.scalars(select(Participant)).one())
    with store.session() as s:
        assert s.scalars(select(Membership)).all() == []


def test_migrations_from_empty_give_the_models_schema(tmp_path):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from avtoituba.store.migrations import script_head

    assert script_head() == schema.HEAD
    engine = db.make_engine(f"sqlite:///{tmp_path / 'm.db'}")
    db.upgrade(engine)
    assert db.current_revision(engine) == schema.HEAD
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []
    engine.dispose()


def test_create_schema_matches_the_migrations(tmp_path):
    """A new file is made with create_all + stamp; it must equal a migrated one."""
    def schema_of(path: Path) -> dict[str, object]:
        """Columns, foreign keys and indexes of every table, as SQLite reports them."""
        conn = sqlite3.connect(path)
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'")]
        result: dict[str, object] = {}
        for t in tables:
            indexes = sorted(
                (r[1], r[2], tuple(c[2] for c in conn.execute(f"PRAGMA index_info('{r[1]}')")))
                for r in conn.execute(f"PRAGMA index_list('{t}')"))
            result[t] = (
                [r[1:] for r in conn.execute(f"PRAGMA table_info('{t}')")],
                sorted(r[2:] for r in conn.execute(f"PRAGMA foreign_key_list('{t}')")),
                indexes,
            )
        conn.close()
        return result

    migrated = tmp_path / "migrated.db"
    created = tmp_path / "created.db"
    e1 = db.make_engine(f"sqlite:///{migrated}")
    db.upgrade(e1)
    e1.dispose()
    e2 = create_engine(f"sqlite:///{created}")
    db.create_schema(e2)
    e2.dispose()
    assert schema_of(created) == schema_of(migrated)


def test_an_up_to_date_file_opens_without_importing_alembic(workshop_path, run_cli):
    new_workshop(workshop_path, date=dt.date(2026, 11, 17)).close()
    import subprocess
    import sys

    code = ("import sys; from avtoituba.store.db import open_store; "
            f"open_store({str(workshop_path)!r}).close(); "
            "print('alembic' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         cwd=Path(__file__).resolve().parents[2], check=True)
    assert out.stdout.strip() == "False"


def test_new_workshop_in_a_database_url(tmp_path):
    url = f"sqlite:///{tmp_path / 'shared.db'}"
    first = new_workshop(url, title="Valga töötuba", date=dt.date(2026, 3, 1))
    second = new_workshop(url, title="Pärnu töötuba", date=dt.date(2026, 4, 1))
    assert first.workshop_id != second.workshop_id
    assert workshop_info(second).title == "Pärnu töötuba"
    assert workshop_info(second).agenda_items == 10
    first.close()
    second.close()
    reopened = db.open_store(url, workshop_id=second.workshop_id)
    assert workshop_info(reopened).title == "Pärnu töötuba"
    reopened.close()


@pytest.mark.parametrize(
    ("content", "error"),
    [
        (b"", errors.EmptyFile),
        (b"Nimi;Omavalitsus\nMari;Elva\n", errors.NotSQLite),
        (b"PK\x03\x04" + b"\x00" * 200, errors.NotSQLite),
        (db.SQLITE_MAGIC + b"\x00" * 20, errors.CorruptFile),
    ],
    ids=["zero-bytes", "csv", "zip", "truncated"],
)
def test_files_that_are_not_workshops_are_refused_untouched(tmp_path, content, error):
    path = tmp_path / "x.avtoituba"
    path.write_bytes(content)
    before = digest(path)
    with pytest.raises(error):
        db.open_store(path)
    assert digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["x.avtoituba"]


def test_an_unrelated_sqlite_file_is_refused_untouched(tmp_path):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE songs (title TEXT)")
    conn.execute("INSERT INTO songs VALUES ('Mu isamaa')")
    conn.commit()
    conn.close()
    before = digest(path)
    with pytest.raises(errors.NotAWorkshop):
        db.open_store(path)
    assert digest(path) == before


def test_a_file_from_a_newer_version_is_refused_untouched(store, workshop_path):
    store.close()
    conn = sqlite3.connect(workshop_path)
    conn.execute("PRAGMA journal_mode=DELETE")
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.commit()
    conn.close()
    before = digest(workshop_path)
    with pytest.raises(errors.NewerSchema, match="newer version"):
        db.open_store(workshop_path)
    assert digest(workshop_path) == before


def test_a_damaged_file_is_refused(store, workshop_path):
    store.close()
    data = bytearray(workshop_path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # smash the schema page
    workshop_path.write_bytes(bytes(data))
    with pytest.raises((errors.CorruptFile, errors.NotAWorkshop)):
        db.open_store(workshop_path)


def test_read_only_store_refuses_writes(store, workshop_path):
    store.close()
    ro = db.open_store(workshop_path, read_only=True)
    from sqlalchemy.exc import OperationalError

    with pytest.raises(OperationalError), ro.transaction() as s:
        s.add(Municipality(workshop_id=ro.workshop_id, name="Kambja vald"))
    ro.close()


def test_save_a_copy_is_a_complete_workshop(store, tmp_path):
    with store.transaction() as s:
        s.add(Municipality(workshop_id=store.workshop_id, name="Nõo vald"))
    copy = db.save_copy(store, tmp_path / "copy" / ".." / "koopia.avtoituba")
    assert copy.exists() and db.integrity_ok(copy)
    other = db.open_store(copy)
    assert workshop_info(other).municipalities == 1
    other.close()


def test_creating_over_an_existing_file_is_refused(store, workshop_path):
    with pytest.raises(FileExistsError):
        new_workshop(workshop_path)
