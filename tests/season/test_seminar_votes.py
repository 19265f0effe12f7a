"""The follow-up seminar and the dot vote cross like the rest: pushed idempotently and
incrementally, deletions as tombstones, and a pulled file shows the same seminar (running
order, statuses, notes, marks, its timer) and the same votes."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from avtoituba.core import seminar_run
from avtoituba.core.capture import Capture
from avtoituba.core.scribes import ScribeService
from avtoituba.core.season import sync
from avtoituba.core.seminar_timer import SeminarTimer, seminar_json
from avtoituba.store.models import Activity, Municipality, VoteBallot, Workshop

from tests.doubles import FakeClock
from tests.season.helpers import server_query

SEMINAR = ("seminar_event", "seminar_note", "seminar_mark", "vote_ballot")
START = dt.datetime(2026, 12, 2, 12, 0, tzinfo=dt.UTC)


def _ids(store) -> tuple[dict[str, int], dict[str, int]]:
    """municipality name → id, activity title → id (the demo's titles are unique)."""
    with store.session() as s:
        munis = {m.name: m.id for m in s.scalars(select(Municipality))}
        acts = {a.title: a.id for a in s.scalars(select(Activity).where(
            Activity.deleted_at.is_(None)))}
    return munis, acts


def hold_seminar(store, clock: FakeClock) -> SeminarTimer:
    """The seminar as a trainer runs it: statuses, notes, marks, the timer with a slip
    taken back, and a dot vote from three phones."""
    munis, acts = _ids(store)
    names = sorted(munis)
    seminar_run.set_attendance(store, munis[names[0]], seminar_run.ABSENT)
    seminar_run.set_attendance(store, munis[names[1]], seminar_run.MOVED)
    seminar_run.set_note(store, munis[names[2]], "a", "Kaks tegevust tehtud")
    seminar_run.set_note(store, munis[names[2]], "c", "Järgmiseks: kaasamiskava")
    titles = sorted(acts)
    seminar_run.set_mark(store, acts[titles[0]], seminar_run.CONFIRMED)
    seminar_run.set_mark(store, acts[titles[1]], seminar_run.CHANGED)
    seminar_run.set_mark(store, acts[titles[2]], seminar_run.DROPPED)
    timer = SeminarTimer(store, clock)
    timer.start()
    clock.advance(300)
    timer.next()
    clock.advance(60)
    timer.next()
    timer.cancel(timer.last_event.id)  # a slip, taken back: the log points to it
    clock.advance(120)
    scribes = ScribeService(store, Capture(store))
    scribes.vote.open = True
    scribes.cast("phone-a", {str(acts[titles[0]]): 2, str(acts[titles[3]]): 1})
    scribes.cast("phone-b", {str(acts[titles[0]]): 1})
    scribes.cast("phone-c", {str(acts[titles[4]]): 3})
    return timer


def seminar_by_name(store, clock: FakeClock) -> dict:
    """What the Seminar page shows, ids replaced by names (each file numbers its rows)."""
    timer = SeminarTimer(store, clock)
    shown = seminar_json(timer)
    for row in shown["order"]:
        row.pop("id")
    munis, acts = _ids(store)
    name_of = {i: n for n, i in munis.items()}
    title_of = {i: t for t, i in acts.items()}
    turns = [(t.name, t.attendance, t.note_a, t.note_b, t.note_c)
             for t in timer.programme.turns]
    marks = {title_of[a]: m for a, m in seminar_run.marks(store).items()}
    tally = {title_of[a]: n for a, n in ScribeService(store, Capture(store)).tally().items()}
    assert name_of  # the demo has municipalities
    return {"timer": shown, "turns": turns, "marks": marks, "votes": tally}


def test_seminar_and_votes_cross_and_a_second_push_changes_nothing(demo_store, season_url):
    clock = FakeClock(START)
    hold_seminar(demo_store, clock)
    with demo_store.session() as s:
        ballots = len(s.scalars(select(VoteBallot)).all())

    sync.push(demo_store, season_url)
    counts = {t: server_query(season_url, f"SELECT count(*) FROM {t}")[0][0]
              for t in SEMINAR}
    assert counts["vote_ballot"] == ballots == 3
    assert counts["seminar_mark"] == 3
    assert counts["seminar_note"] == 3
    assert counts["seminar_event"] >= 4
    # The votes name activities by their stable uuid, not by a laptop's row number.
    keys = {k for (dots,) in server_query(season_url, "SELECT dots FROM vote_ballot")
            for k in dots}
    uuids = {u for (u,) in server_query(season_url, "SELECT uuid FROM activity")}
    assert keys and keys <= uuids
    before = {t: server_query(season_url, f"SELECT * FROM {t} ORDER BY uuid") for t in SEMINAR}

    again = sync.push(demo_store, season_url)

    assert (again.sent, again.deleted) == (0, 0)
    assert {t: server_query(season_url, f"SELECT * FROM {t} ORDER BY uuid")
            for t in SEMINAR} == before


def test_a_changed_mark_travels_alone_and_a_reset_vote_as_tombstones(demo_store,
                                                                      season_url):
    clock = FakeClock(START)
    hold_seminar(demo_store, clock)
    sync.push(demo_store, season_url)
    _munis, acts = _ids(demo_store)
    first = sorted(acts)[0]

    seminar_run.set_mark(demo_store, acts[first], seminar_run.DROPPED)
    result = sync.push(demo_store, season_url)
    assert (result.sent, result.deleted) == (1, 0)
    assert server_query(season_url, "SELECT m.status FROM seminar_mark m JOIN activity a "
                        "ON a.id = m.activity_id WHERE a.title = :t", t=first) == [("dropped",)]

    ScribeService(demo_store, Capture(demo_store)).reset_votes()
    result = sync.push(demo_store, season_url)
    assert (result.sent, result.deleted) == (0, 3)
    assert server_query(season_url, "SELECT count(*) FROM vote_ballot") == [(0,)]
    assert server_query(season_url, "SELECT count(*) FROM season_tombstone "
                        "WHERE table_name = 'vote_ballot'") == [(3,)]


def test_a_pulled_file_shows_the_same_seminar_and_votes(demo_store, season_url, tmp_path):
    from avtoituba.core.demo import create_demo

    # Another workshop's rows take the first server ids: the pulled file (which keeps the
    # server's numbers) numbers every row differently from the laptop's file.
    first = create_demo(tmp_path / "other.avtoituba", date=dt.date(2026, 11, 10))
    try:
        sync.push(first, season_url)
    finally:
        first.close()
    clock = FakeClock(START)
    hold_seminar(demo_store, clock)
    sync.push(demo_store, season_url)
    with demo_store.session() as s:
        wuuid = s.get(Workshop, demo_store.workshop_id).uuid

    pulled = sync.pull(season_url, wuuid, tmp_path / "pulled.avtoituba")
    try:
        expected = seminar_by_name(demo_store, clock)
        got = seminar_by_name(pulled, clock)
        assert got == expected
        assert expected["votes"] and expected["marks"]
        assert {r["status"] for r in expected["timer"]["order"]} >= {"done", "absent"}
        # and it pushes back nothing new
        assert sync.push(pulled, season_url).sent == 0
    finally:
        pulled.close()


def test_the_season_report_shows_homework_seminar_and_votes(demo_store, season_url,
                                                            tmp_path):
    import docx
    from openpyxl import load_workbook

    from avtoituba.core.season.report import load_report
    from avtoituba.export.season_report import write_report
    from avtoituba.store.models import ReturnedPack

    clock = FakeClock(START)
    hold_seminar(demo_store, clock)
    munis, acts = _ids(demo_store)
    names = sorted(munis)
    titles = sorted(acts)
    with demo_store.transaction() as s:
        for name in names[:2]:
            s.add(ReturnedPack(workshop_id=demo_store.workshop_id, municipality_id=munis[name],
                               municipality_name=name, file_name=f"{name}.docx", digest="x",
                               imported_at=dt.datetime(2026, 11, 28, 9, tzinfo=dt.UTC)))
    sync.push(demo_store, season_url)

    report = load_report(season_url)
    (w,) = report.workshops
    assert sorted(w.returned) == names[:2]
    assert w.seminar_state(report.made_at.date()) == "held"
    assert w.seminar_held == START.astimezone().date()
    assert w.attendance[names[0]] == "absent" and w.attendance[names[1]] == "moved"
    assert (w.ballots, w.dots) == (3, 7)
    by_title = {a.title: a for a in report.activities}
    assert by_title[titles[0]].dots == 3 and by_title[titles[0]].mark == "confirmed"
    assert by_title[titles[2]].mark == "dropped"
    counties = report.county_follow_up()
    assert sorted(m for f in counties.values() for m in f.returned) == names[:2]
    assert sum(f.dots for f in counties.values()) == 7
    assert sum(f.marks["changed"] for f in counties.values()) == 1
    assert sorted(m for f in counties.values() for m in f.at_seminar) == names[1:]

    docx_path, xlsx_path = write_report(report, tmp_path / "out")
    book = load_workbook(xlsx_path, read_only=True)
    workshops = list(book["Töötoad"].iter_rows(values_only=True))
    head, row = workshops[0], workshops[1]
    assert row[head.index("Jätkuseminar")] == "toimus 02.12.2026"
    assert row[head.index("Kodutöö tagastatud")] == 2
    assert row[head.index("Täppe")] == 7
    activities = list(book["Tegevused"].iter_rows(values_only=True))
    head = activities[0]
    first = next(r for r in activities[1:] if r[head.index("Tegevus")] == titles[0])
    assert first[head.index("Seminaril")] == "kinnitatud"
    assert first[head.index("Täppe")] == 3
    coverage = list(book["Omavalitsused"].iter_rows(values_only=True))
    head = coverage[0]
    absent = next(r for r in coverage[1:] if r[head.index("Omavalitsus")] == names[0])
    assert absent[head.index("Jätkuseminaril")] == "puudus"
    assert absent[head.index("Kodutöö tagastatud")] is not None

    document = docx.Document(str(docx_path))
    cells = [[c.text for c in r.cells] for t in document.tables for r in t.rows]
    assert ["02.12.2026" in c for row in cells for c in row if c.startswith("toimus")] == [True]
    assert any(row[0] == names[0] and "puudus" in row for row in cells)
    assert any(row[2:3] == [titles[0]] and row[-2:] == ["kinnitatud", "3"] for row in cells)
    text = "\n".join(p.text for p in document.paragraphs)
    assert "Täpihääletus: 3 hääletajat, 7 täppi." in text


def test_the_same_mark_made_in_two_copies_the_later_push_wins(demo_store, season_url,
                                                              tmp_path):
    sync.push(demo_store, season_url)
    with demo_store.session() as s:
        wuuid = s.get(Workshop, demo_store.workshop_id).uuid
    colleague = sync.pull(season_url, wuuid, tmp_path / "kolleeg.avtoituba")
    try:
        title = sorted(_ids(demo_store)[1])[0]
        seminar_run.set_mark(demo_store, _ids(demo_store)[1][title], seminar_run.CONFIRMED)
        seminar_run.set_note(demo_store, _ids(demo_store)[0]["Elva vald"], "a", "Esimene")
        seminar_run.set_mark(colleague, _ids(colleague)[1][title], seminar_run.DROPPED)
        seminar_run.set_note(colleague, _ids(colleague)[0]["Elva vald"], "a", "Teine")

        sync.push(demo_store, season_url)
        sync.push(colleague, season_url)
    finally:
        colleague.close()

    assert server_query(season_url, "SELECT m.status FROM seminar_mark m JOIN activity a "
                        "ON a.id = m.activity_id WHERE a.title = :t", t=title) == [("dropped",)]
    assert server_query(season_url, "SELECT note_a FROM seminar_note") == [("Teine",)]
