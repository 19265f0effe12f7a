"""What goes wrong in the field: the server down before or during a push, a wrong
password, a stalled network, two trainers at once, two copies of one file, a newer
schema. The laptop file is never harmed and a second push completes without duplicates."""

from __future__ import annotations

import shutil
import socket
import threading
import time

import pytest
from sqlalchemy import select, text

from avtoituba.core.season import SeasonError, sync
from avtoituba.store.db import open_store
from avtoituba.store.models import Activity

from tests.season.helpers import file_counts, server_counts, server_query


def pushed_records(store) -> int:
    with store.engine.connect() as conn:
        return conn.execute(text("SELECT count(*) FROM season_pushed")).scalar_one()


def test_server_down_before_the_push(demo_store, pg, season_url):
    pg.stop()
    try:
        with pytest.raises(SeasonError) as err:
            sync.push(demo_store, season_url, timeout_s=3)
    finally:
        pg.start()
    assert err.value.code == "unreachable"
    assert "check the address and the network" in str(err.value)
    assert pushed_records(demo_store) == 0

    sync.push(demo_store, season_url)
    assert server_counts(season_url) == file_counts(demo_store)


def test_server_killed_midway_then_a_second_push_completes_without_duplicates(
        demo_store, pg, season_url):
    # GIVEN a push that is halfway through its tables when the server dies
    def kill_at_participants(done: int, total: int, what: str) -> None:
        if what == "participant":
            pg.kill()

    try:
        with pytest.raises(SeasonError) as err:
            sync.push(demo_store, season_url, on_step=kill_at_participants)
    finally:
        pg.start()
    # THEN the trainer is told, nothing half-done stays on the server or in the file
    assert err.value.code == "lost"
    assert "push again" in str(err.value)
    assert server_counts(season_url)["activity"] == 0
    assert pushed_records(demo_store) == 0

    # WHEN the server is back and the trainer pushes again: complete, nothing twice
    sync.push(demo_store, season_url)
    sync.push(demo_store, season_url)
    assert server_counts(season_url) == file_counts(demo_store)
    assert server_query(season_url, "SELECT count(DISTINCT uuid) FROM activity") == \
        [(file_counts(demo_store)["activity"],)]


def test_wrong_password_is_named_and_never_shown(demo_store, season_url, monkeypatch):
    monkeypatch.setenv("PGPASSWORD", "not-the-password-42")
    with pytest.raises(SeasonError) as err:
        sync.push(demo_store, season_url)
    assert err.value.code == "auth"
    assert "password file or PGPASSWORD" in str(err.value)
    assert "not-the-password-42" not in str(err.value)
    assert pushed_records(demo_store) == 0


@pytest.fixture
def silent_server():
    """A TCP listener on 127.0.0.1 that accepts connections and never says a word."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)
    held: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        listener.settimeout(0.2)
        while not stop.is_set():
            try:
                held.append(listener.accept()[0])
            except OSError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield listener.getsockname()[1]
    stop.set()
    thread.join()
    for s in held:
        s.close()
    listener.close()


def test_a_stalled_network_times_out_with_a_clear_message(demo_store, silent_server):
    before = demo_store.path.read_bytes()
    url = f"postgresql://avtoituba@127.0.0.1:{silent_server}/season"
    start = time.monotonic()
    with pytest.raises(SeasonError) as err:
        sync.push(demo_store, url, timeout_s=2)
    assert err.value.code == "timeout"
    assert "did not answer in time" in str(err.value)
    assert time.monotonic() - start < 30  # bounded: it never hangs
    assert demo_store.path.read_bytes() == before


def test_two_trainers_push_different_workshops_at_once(tmp_path, season_url):
    import datetime as dt

    from avtoituba.core.demo import create_demo

    stores = [create_demo(tmp_path / f"w{i}.avtoituba", date=dt.date(2026, 11, 10 + i))
              for i in range(2)]
    errors: list[BaseException] = []
    barrier = threading.Barrier(2)

    def push(store) -> None:
        try:
            barrier.wait()
            sync.push(store, season_url)
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=push, args=(s,)) for s in stores]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    try:
        assert errors == []
        counts = server_counts(season_url)
        assert counts["workshop"] == 2
        assert counts["activity"] == sum(file_counts(s)["activity"] for s in stores)
    finally:
        for s in stores:
            s.close()


def _title(url: str, uuid: str) -> list[tuple]:
    return server_query(url, "SELECT title FROM activity WHERE uuid = :u", u=uuid)


def test_two_copies_of_one_file_the_later_push_wins_row_by_row(demo_store, season_url,
                                                               tmp_path):
    """The rule (core/season/sync.py): each copy sends what it changed since its own last
    push; for a row both changed, the later push wins; a deletion is a change."""
    sync.push(demo_store, season_url)
    copy_path = tmp_path / "copy.avtoituba"
    demo_store.close()
    shutil.copy(demo_store.path, copy_path)
    a = open_store(demo_store.path)
    b = open_store(copy_path)
    try:
        with a.session() as s:
            x, y, z = [r.uuid for r in s.scalars(select(Activity).order_by(Activity.id))][:3]

        def retitle(store, uuid, title) -> None:
            with store.transaction() as s:
                s.scalars(select(Activity).where(Activity.uuid == uuid)).one().title = title

        retitle(a, x, "A muutis")
        retitle(b, x, "B muutis")
        retitle(b, y, "ainult B")
        sync.push(a, season_url)
        sync.push(b, season_url)
        assert _title(season_url, x) == [("B muutis",)]  # both changed it: the later push
        assert _title(season_url, y) == [("ainult B",)]

        retitle(a, y, "A hiljem")
        sync.push(a, season_url)
        sync.push(b, season_url)  # b did not change y again: a's change stays
        assert _title(season_url, y) == [("A hiljem",)]

        with a.transaction() as s:
            s.delete(s.scalars(select(Activity).where(Activity.uuid == z)).one())
        sync.push(a, season_url)
        sync.push(b, season_url)  # b never touched z: it stays deleted
        assert _title(season_url, z) == []
        retitle(b, z, "B tõi tagasi")
        sync.push(b, season_url)  # an edit after the deletion brings it back
        assert _title(season_url, z) == [("B tõi tagasi",)]
        assert server_query(season_url, "SELECT count(*) FROM season_tombstone "
                            "WHERE uuid = :u", u=z) == [(0,)]
        assert server_counts(season_url)["workshop"] == 1
    finally:
        a.close()
        b.close()


def test_a_copy_made_before_the_first_push_lands_in_the_same_workshop(demo_store,
                                                                      season_url, tmp_path):
    copy_path = tmp_path / "copy.avtoituba"
    demo_store.close()
    shutil.copy(demo_store.path, copy_path)
    a = open_store(demo_store.path)
    b = open_store(copy_path)
    try:
        sync.push(a, season_url)
        sync.push(b, season_url)
        assert server_counts(season_url) == file_counts(a)
    finally:
        a.close()
        b.close()


def test_a_newer_season_database_is_refused_untouched(demo_store, season_url):
    sync.push(demo_store, season_url)
    server_query(season_url, "UPDATE alembic_version SET version_num = '9999_future'")
    with demo_store.transaction() as s:
        s.scalars(select(Activity)).first().title = "uus pealkiri"

    with pytest.raises(SeasonError) as err:
        sync.push(demo_store, season_url)
    assert err.value.code == "newer"
    assert "update avtoituba" in str(err.value)
    assert server_query(season_url, "SELECT version_num FROM alembic_version") == \
        [("9999_future",)]
    assert server_query(season_url, "SELECT count(*) FROM activity WHERE title = "
                        "'uus pealkiri'") == [(0,)]
