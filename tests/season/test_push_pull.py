"""Push and pull against a real PostgreSQL server: idempotent, incremental, tombstones,
resumable, and a pulled file that works like the original."""

from __future__ import annotations

import datetime as dt
import hashlib

import pytest
from sqlalchemy import select

from avtoituba.core.season import sync
from avtoituba.store.db import open_store
from avtoituba.store.models import Activity, Participant, Workshop

from tests.season.helpers import file_counts, server_counts, server_query


def file_hash(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_first_push_copies_the_whole_workshop(demo_store, season_url):
    result = sync.push(demo_store, season_url)

    assert server_counts(season_url) == file_counts(demo_store)
    assert result.sent == sum(file_counts(demo_store).values())
    assert result.deleted == 0
    titles = server_query(season_url, "SELECT title FROM activity ORDER BY title")
    with demo_store.session() as s:
        local = sorted(a.title for a in s.scalars(select(Activity)))
    assert [t for (t,) in titles] == local


def test_a_second_push_sends_nothing_and_changes_nothing(demo_store, season_url):
    sync.push(demo_store, season_url)
    before = server_query(season_url, "SELECT uuid, title, updated_at FROM activity ORDER BY 1")

    again = sync.push(demo_store, season_url)

    assert again.sent == 0 and again.deleted == 0
    assert server_query(season_url, "SELECT uuid, title, updated_at FROM activity "
                        "ORDER BY 1") == before
    assert server_counts(season_url) == file_counts(demo_store)


def test_only_what_changed_travels_and_a_deletion_travels_as_a_tombstone(demo_store,
                                                                         season_url):
    sync.push(demo_store, season_url)
    with demo_store.transaction() as s:
        activity = s.scalars(select(Activity).order_by(Activity.id)).first()
        activity.title = "Kärajad igas külas"
        gone = s.scalars(select(Participant).order_by(Participant.id)).first()
        gone_uuid, gone_membership = gone.uuid, gone.membership.uuid
        s.delete(gone)

    result = sync.push(demo_store, season_url)

    # The activity, and the deleted participant with its group membership.
    assert result.sent == 1
    assert result.deleted == 2
    assert server_query(season_url, "SELECT title FROM activity WHERE uuid = :u",
                        u=activity.uuid) == [("Kärajad igas külas",)]
    assert server_query(season_url, "SELECT count(*) FROM participant WHERE uuid = :u",
                        u=gone_uuid) == [(0,)]
    tombs = server_query(season_url, "SELECT uuid, table_name FROM season_tombstone")
    assert sorted(tombs) == sorted([(gone_uuid, "participant"),
                                    (gone_membership, "membership")])
    assert server_counts(season_url) == file_counts(demo_store)


def test_two_workshops_live_side_by_side(tmp_path, season_url):
    from avtoituba.core.demo import create_demo

    first = create_demo(tmp_path / "a.avtoituba", date=dt.date(2026, 11, 17))
    second = create_demo(tmp_path / "b.avtoituba", date=dt.date(2026, 11, 24))
    try:
        sync.push(first, season_url)
        sync.push(second, season_url)
        counts = server_counts(season_url)
        assert counts["workshop"] == 2
        assert counts["activity"] == 2 * file_counts(first)["activity"]
        listed = sync.list_workshops(season_url)
        assert [w.date for w in listed] == [dt.date(2026, 11, 17), dt.date(2026, 11, 24)]
        assert all(w.activities == file_counts(first)["activity"] for w in listed)
    finally:
        first.close()
        second.close()


def test_pull_makes_a_file_that_works_offline_and_pushes_back_nothing_new(
        demo_store, season_url, tmp_path):
    sync.push(demo_store, season_url)
    with demo_store.session() as s:
        wuuid = s.get(Workshop, demo_store.workshop_id).uuid

    pulled = sync.pull(season_url, wuuid[:8], tmp_path / "pulled.avtoituba")
    try:
        assert file_counts(pulled) == file_counts(demo_store)
        with pulled.session() as s, demo_store.session() as o:
            assert s.get(Workshop, pulled.workshop_id).title == \
                o.get(Workshop, demo_store.workshop_id).title
            assert sorted((a.uuid, a.title, a.responsible) for a in s.scalars(
                select(Activity))) == sorted((a.uuid, a.title, a.responsible)
                                             for a in o.scalars(select(Activity)))
        # A pulled file is a file like any other: it opens and takes edits.
        assert sync.push(pulled, season_url).sent == 0
        with pulled.transaction() as s:
            s.scalars(select(Activity)).first().responsible = "vallasekretär"
        assert sync.push(pulled, season_url).sent == 1
        assert server_counts(season_url) == file_counts(demo_store)
    finally:
        pulled.close()
    reopened = open_store(tmp_path / "pulled.avtoituba")
    reopened.close()


def test_pull_of_an_unknown_workshop_says_so(demo_store, season_url, tmp_path):
    from avtoituba.core.season import SeasonError

    sync.push(demo_store, season_url)
    with pytest.raises(SeasonError) as err:
        sync.pull(season_url, "ffffffff", tmp_path / "x.avtoituba")
    assert err.value.code == "not_found"
    assert "avtoituba season list" in str(err.value)
    assert not (tmp_path / "x.avtoituba").exists()


def test_a_push_remembers_the_database_without_its_password(demo_store, pg, season_url):
    from tests.season.pgcluster import PASSWORD

    with_password = season_url.replace("avtoituba@", f"avtoituba:{PASSWORD}@")
    result = sync.push(demo_store, with_password)

    url, when = sync.last_push(demo_store)
    assert url == season_url
    assert when
    assert PASSWORD not in result.where
    assert PASSWORD.encode() not in demo_store.path.read_bytes()


def test_a_file_that_was_never_pushed_has_everything_pending(demo_store):
    sent, deleted = sync.pending(demo_store)
    assert sent == sum(file_counts(demo_store).values())
    assert deleted == 0
