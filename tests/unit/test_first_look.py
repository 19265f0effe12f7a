"""The first look: the first page read with plain sqlite3 equals what the ORM reads, the
full store opens on first need, and anything unusual is left to db.open_store."""

from __future__ import annotations

import datetime as dt
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from avtoituba.core import agenda
from avtoituba.core.timer_service import TimerService, load_events
from avtoituba.core.workshop import new_workshop, workshop_header
from avtoituba.store import db, errors, lock
from avtoituba.store.first_look import LazyStore, early, open_lazily

from tests.doubles import FakeClock

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def day_file(tmp_path: Path) -> Path:
    """A workshop half-way through its day: timer events, an extended block, a fixed start
    moved, a compressible block, a renamed group."""
    path = tmp_path / "Päev #1.avtoituba"
    store = new_workshop(path, title="Tartumaa „töötuba“", date=dt.date(2026, 12, 2),
                         venue="Tartu")
    clock = FakeClock(dt.datetime(2026, 12, 2, 11, 15, tzinfo=dt.UTC))
    timer = TimerService(store, clock)
    timer.start()
    clock.advance(95.5)
    timer.extend(300)
    clock.advance(60)
    timer.next()
    blocks = agenda.load_blocks(store)
    agenda.update_block(store, blocks[2].id, compressible=True, notes="Lühendada „vajadusel“",
                        fixed_start=dt.time(14, 20))
    agenda.delete_block(store, blocks[3].id)
    store.close()
    return path


def test_the_first_look_reads_what_the_orm_reads(day_file: Path) -> None:
    full = db.open_store(day_file, read_only=True)
    lazy = open_lazily(day_file, read_only=True)
    assert lazy is not None and lazy.first_look is not None
    try:
        assert agenda.load_blocks(lazy) == agenda.load_blocks(full)
        assert agenda.group_names(lazy) == agenda.group_names(full)
        assert load_events(lazy) == load_events(full)
        assert len(load_events(lazy)) == 3
        assert workshop_header(lazy) == workshop_header(full)
        assert not lazy.is_open  # all of it read without the full store
    finally:
        lazy.close()
        full.close()


def test_a_write_opens_the_full_store_and_later_reads_go_through_it(day_file: Path) -> None:
    lazy = open_lazily(day_file)
    assert lazy is not None
    before = len(agenda.load_blocks(lazy))
    block_id = agenda.add_block(lazy, title="Kohvipaus", duration_s=600)
    assert lazy.is_open and lazy.first_look is None
    assert [b.id for b in agenda.load_blocks(lazy)][-1] == block_id
    assert len(agenda.load_blocks(lazy)) == before + 1
    lazy.close()
    with db.open_store(day_file) as again:  # the lock went with the store
        assert len(agenda.load_blocks(again)) == before + 1


def test_a_lazy_store_holds_the_lock_until_closed(day_file: Path) -> None:
    lazy = open_lazily(day_file)
    assert lazy is not None and lazy.lease is not None
    lazy.close()
    assert lazy.lease is None
    lease = lock.claim(day_file)  # free again
    lease.release()


def test_damage_the_check_did_not_see_is_left_to_the_orm(tmp_path: Path) -> None:
    class Broken:
        first_look = object()

    def read(_look):
        raise sqlite3.DatabaseError("database disk image is malformed")

    assert early(Broken(), read) is None  # the caller reads through the ORM and words it
    assert early(object(), read) is None  # an ordinary store: no first look


@pytest.mark.parametrize("make", ["missing", "not_sqlite", "folder", "older", "no_workshop"])
def test_anything_unusual_is_left_to_open_store(tmp_path: Path, make: str) -> None:
    path = tmp_path / "w.avtoituba"
    if make == "not_sqlite":
        path.write_text("kodutöö")
    elif make == "folder":
        path.mkdir()
    elif make in ("older", "no_workshop"):
        new_workshop(path).close()
        conn = sqlite3.connect(path)
        with conn:
            if make == "older":
                conn.execute("UPDATE alembic_version SET version_num = '0001'")
            else:
                conn.execute("PRAGMA foreign_keys=ON")
                conn.execute("DELETE FROM workshop")
        conn.close()
    assert open_lazily(path) is None
    if make != "older":
        with pytest.raises(errors.WorkshopFileError):
            db.open_store(path)
    lease = lock.claim(path)  # nothing left locked
    lease.release()


def test_a_url_is_left_to_open_store() -> None:
    assert open_lazily("sqlite:///x.avtoituba") is None


def test_the_timer_runs_on_a_lazy_store(day_file: Path) -> None:
    lazy = open_lazily(day_file)
    assert lazy is not None
    clock = FakeClock(dt.datetime(2026, 12, 2, 11, 30, tzinfo=dt.UTC))
    timer = TimerService(lazy, clock)
    assert not lazy.is_open
    assert timer.state().running
    timer.pause()  # the first action opens the full store and is written
    assert lazy.is_open
    assert load_events(lazy)[-1].kind == "pause"
    lazy.close()


def test_the_first_page_s_reads_import_no_sqlalchemy() -> None:
    code = ("import sys, avtoituba.store.first_look, avtoituba.core.agenda, "
            "avtoituba.core.timer_service, avtoituba.core.workshop, avtoituba.core.backup; "
            "assert 'sqlalchemy' not in sys.modules, 'sqlalchemy imported'")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                            text=True, timeout=60)
    assert result.returncode == 0, result.stderr


def test_a_lazy_store_is_a_store_to_its_users(day_file: Path) -> None:
    lazy = open_lazily(day_file)
    assert isinstance(lazy, LazyStore)
    assert lazy.name == day_file.name and lazy.path == day_file.resolve()
    assert not lazy.read_only and lazy.damage is None
    seen = []
    lazy.on_damage = seen.append
    assert lazy.checkpoint()  # a Store's own method: opens it
    assert lazy.open_fully().on_damage == seen.append
    lazy.close()


def test_a_file_another_avtoituba_holds_is_left_to_open_store(day_file: Path,
                                                               monkeypatch) -> None:
    from avtoituba.store import first_look

    def held(path, *args, **kwargs):
        raise errors.Locked(path, f"{path}: open in another avtoituba")

    monkeypatch.setattr(first_look.lock, "claim", held)
    assert open_lazily(day_file) is None  # open_store then says who holds it
    lazy = open_lazily(day_file, read_only=True)  # viewing needs no lock
    assert lazy is not None and lazy.lease is None
    lazy.close()
