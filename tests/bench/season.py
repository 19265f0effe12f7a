"""The season push and report: ``python -m tests.bench.season``.

8 workshops × 30 municipalities × 50 activities (12,000 activities), with homework
returned, a follow-up seminar held (six of them) and a dot vote each, are pushed one by one
into a throwaway PostgreSQL cluster (Debian's postgresql, as in the tests), then the season
report is built (read + Word + .xlsx). The floor, measured in the same run, is a bare
psycopg ``executemany`` of the same rows (each workshop's municipalities, activities,
returned homework, seminar timer log, notes and marks, and ballots) into the same schema. Prints push time per workshop, the report time and peak memory.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import resource
import statistics
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

WORKSHOPS = 8
MUNICIPALITIES = 30
ACTIVITIES_EACH = 50
VENUES = ("Tartu", "Pärnu", "Rakvere", "Jõhvi", "Viljandi", "Võru", "Haapsalu", "Paide")
TITLES = (
    "Volikogu istungite otseülekanne ja salvestised veebis",
    "Vallavalitsuse nädalakiri e-postiga ja kodulehel",
    "Kaasava eelarve teine voor",
    "Kärajad kõigis osavaldades",
    "Külavanemate ümarlaud",
    "Noortevolikogu loomine",
    "Noored õpetavad eakatele e-teenuseid",
)
RESPONSIBLE = ("vallasekretär", "arendusnõunik", "noorsootöötaja", "kommunikatsioonijuht")
DEADLINES = ("2027 I pool", "kevad 2027", "sügis 2027", "2028")


def municipality_names() -> list[str]:
    from avtoituba.core.season.counties import COUNTIES

    names = [n for names in COUNTIES.values() for n in names]
    return names


def make_workshop(path: Path, index: int) -> Path:
    from sqlalchemy import insert, select

    from avtoituba.core.workshop import new_workshop
    from avtoituba.store.models import Activity, Area, Group, Municipality

    all_names = municipality_names()
    store = new_workshop(path, title=f"Avatud valitsemise ja digivõimekuse töötuba – "
                                     f"{VENUES[index]}",
                         date=dt.date(2026, 9, 1) + dt.timedelta(weeks=index),
                         venue=VENUES[index])
    try:
        with store.engine.begin() as conn:
            names = [all_names[(index * 10 + k) % len(all_names)]
                     for k in range(MUNICIPALITIES)]
            conn.execute(insert(Municipality), [
                {"workshop_id": store.workshop_id, "name": n, "seminar_position": k}
                for k, n in enumerate(names)])
            munis = conn.execute(select(Municipality.id)).scalars().all()
            groups = conn.execute(select(Group.id).order_by(Group.number)).scalars().all()
            areas = conn.execute(select(Area.id).order_by(Area.number)).scalars().all()
            now = dt.datetime.now(dt.UTC)
            conn.execute(insert(Activity), [
                {"workshop_id": store.workshop_id, "group_id": groups[i % 3],
                 "municipality_id": munis[m], "area_id": areas[(i * 3 + m) % 7],
                 "position": i, "title": f"{TITLES[(i + m) % len(TITLES)]} ({m}-{i})",
                 "description": "Kirjeldus. " * (i % 5),
                 "responsible": RESPONSIBLE[i % 4], "time_frame": DEADLINES[(i + m) % 4],
                 "digital": i % 3 == 0, "created_at": now, "updated_at": now}
                for m in range(MUNICIPALITIES) for i in range(ACTIVITIES_EACH)])
        follow_up(store, index)
    finally:
        store.close()
    return path


def follow_up(store, index: int) -> None:
    """What comes after the day: homework returned by two municipalities in three, the
    follow-up seminar (held for the first six workshops: its timer, who came, notes,
    marks on one activity in three) and a dot vote of 25 ballots."""
    from sqlalchemy import insert, select, update

    from avtoituba.store.models import (
        Activity,
        Municipality,
        ReturnedPack,
        SeminarEvent,
        SeminarMark,
        SeminarNote,
        VoteBallot,
        Workshop,
    )

    wid = store.workshop_id
    with store.engine.begin() as conn:
        day = conn.execute(select(Workshop.date).where(Workshop.id == wid)).scalar_one()
        seminar = day + dt.timedelta(days=15)
        conn.execute(update(Workshop).where(Workshop.id == wid).values(
            followup_date=seminar, followup_start=dt.time(14), followup_end=dt.time(16)))
        munis = conn.execute(select(Municipality.id, Municipality.name)
                             .order_by(Municipality.id)).all()
        acts = conn.execute(select(Activity.id).order_by(Activity.id)).scalars().all()
        back = dt.datetime.combine(seminar - dt.timedelta(days=3), dt.time(9), dt.UTC)
        conn.execute(insert(ReturnedPack), [
            {"workshop_id": wid, "municipality_id": mid, "municipality_name": name,
             "file_name": f"{name}.docx", "digest": f"{mid:064d}", "imported_at": back,
             "answers": {"homework": "Täidetud"}, "summary": {"changed": 1}}
            for k, (mid, name) in enumerate(munis) if k % 3 != 2])
        conn.execute(insert(VoteBallot), [
            {"workshop_id": wid, "token": f"phone-{b}", "updated_at": back,
             "dots": {str(acts[(b * 37 + d * 101) % len(acts)]): 1 for d in range(3)}}
            for b in range(25)])
        if index >= 6:
            return
        at = dt.datetime.combine(seminar, dt.time(12), dt.UTC)
        conn.execute(insert(SeminarEvent), [
            {"workshop_id": wid, "kind": "start" if k == 0 else "next", "item": None,
             "wall_time": at + dt.timedelta(minutes=10 + 3 * k), "mono_time": 1000.0 + k,
             "clock_id": "boot:bench", "data": {}} for k in range(len(munis) + 1)])
        conn.execute(insert(SeminarNote), [
            {"workshop_id": wid, "municipality_id": mid,
             "attendance": "absent" if k % 7 == 3 else "moved" if k % 11 == 5 else "",
             "note_a": "Kaks tegevust tehtud, üks pooleli.", "note_b": "Koos volikoguga.",
             "note_c": "Kaasamiskava kevadeks.", "updated_at": at}
            for k, (mid, _name) in enumerate(munis)])
        conn.execute(insert(SeminarMark), [
            {"activity_id": aid, "status": ("confirmed", "changed", "dropped")[k % 3],
             "note": "", "updated_at": at} for k, aid in enumerate(acts[::3])])


def floor_rows(path: Path) -> tuple[list[tuple], list[tuple]]:
    """The municipalities and activities of a file, as tuples for a bare insert."""
    import sqlite3

    conn = sqlite3.connect(path)
    try:
        munis = conn.execute("SELECT name, seminar_position, uuid FROM municipality").fetchall()
        acts = conn.execute(
            "SELECT position, title, description, involve_leaders, involve_key_people, "
            "involve_partners, involve_notes, responsible, time_frame, digital, notes, "
            "created_at, updated_at, uuid FROM activity").fetchall()
    finally:
        conn.close()
    return munis, acts


FOLLOW_UP_SQL = {
    # the file's follow-up rows; "@m" / "@a": a municipality's / an activity's local id
    "returned_pack": ("SELECT municipality_id, municipality_name, file_name, digest, "
                      "imported_at, answers, summary, uuid FROM returned_pack", "@m"),
    "vote_ballot": ("SELECT token, dots, updated_at, uuid FROM vote_ballot", None),
    "seminar_event": ("SELECT kind, item, amount_s, wall_time, mono_time, clock_id, data, "
                      "uuid FROM seminar_event", None),
    "seminar_note": ("SELECT municipality_id, attendance, note_a, note_b, note_c, "
                     "updated_at, uuid FROM seminar_note", "@m"),
    "seminar_mark": ("SELECT activity_id, status, note, updated_at, uuid FROM seminar_mark",
                     "@a"),
}


def follow_up_rows(path: Path) -> dict[str, tuple[list[str], list[tuple]]]:
    import sqlite3

    conn = sqlite3.connect(path)
    try:
        out = {}
        for table, (query, _ref) in FOLLOW_UP_SQL.items():
            cur = conn.execute(query)
            out[table] = ([d[0] for d in cur.description], cur.fetchall())
        out["ids"] = ([], [tuple(r[0] for r in conn.execute(
            "SELECT id FROM municipality ORDER BY id"))], )
        out["ids"][1].append(tuple(r[0] for r in conn.execute(
            "SELECT id FROM activity ORDER BY id")))
        return out
    finally:
        conn.close()


def floor_follow_up(cur, workshop_id: int, rows) -> None:
    """The follow-up rows, bare, their references mapped to the floor's new ids."""
    from psycopg.types.json import Json

    local_m, local_a = rows["ids"][1]
    new_m = [r[0] for r in cur.execute("SELECT id FROM municipality WHERE workshop_id = %s "
                                       "ORDER BY id", (workshop_id,))]
    new_a = [r[0] for r in cur.execute("SELECT id FROM activity WHERE workshop_id = %s "
                                       "ORDER BY id", (workshop_id,))]
    to_m, to_a = dict(zip(local_m, new_m, strict=True)), dict(zip(local_a, new_a, strict=True))
    for table, (_q, ref) in FOLLOW_UP_SQL.items():
        names, data = rows[table]
        if not data:
            continue
        fix = to_m if ref == "@m" else to_a if ref == "@a" else None
        values = []
        for r in data:
            r = [Json(json.loads(v)) if n in ("answers", "summary", "dots", "data") else v
                 for n, v in zip(names, r, strict=True)]
            if fix is not None:
                r[0] = fix.get(r[0])
            values.append(r if table == "seminar_mark" else [workshop_id, *r])
        cols = names if table == "seminar_mark" else ["workshop_id", *names]
        cur.executemany(f"INSERT INTO {table} ({', '.join(cols)}) VALUES "
                        f"({', '.join(['%s'] * len(cols))})", values)


def floor_once(url: str, path: Path, workshop_id: int) -> float:
    """A bare psycopg executemany of the file's municipalities, activities and follow-up
    (homework returned, the seminar, the votes)."""
    import psycopg

    munis, acts = floor_rows(path)
    follow = follow_up_rows(path)
    dsn = url.replace("postgresql://", "postgresql://")
    with psycopg.connect(dsn) as conn:
        t0 = time.perf_counter()
        with conn.cursor() as cur:
            cur.executemany(
                "INSERT INTO municipality (workshop_id, name, seminar_position, uuid) "
                "VALUES (%s, %s, %s, %s)", [(workshop_id, *m) for m in munis])
            cur.executemany(
                "INSERT INTO activity (workshop_id, position, title, description, "
                "involve_leaders, involve_key_people, involve_partners, involve_notes, "
                "responsible, time_frame, digital, notes, created_at, updated_at, uuid) "
                "VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s)",
                [(workshop_id, a[0], a[1], a[2], bool(a[3]), bool(a[4]), bool(a[5]), a[6],
                  a[7], a[8], bool(a[9]), a[10], a[11], a[12], a[13]) for a in acts])
            floor_follow_up(cur, workshop_id, follow)
        conn.commit()
        return time.perf_counter() - t0


def main() -> int:
    from sqlalchemy import text

    from avtoituba.core.season import sync
    from avtoituba.core.season.report import load_report
    from avtoituba.core.season.server import open_server
    from avtoituba.export.season_report import write_report
    from avtoituba.store.db import open_store

    from tests.season import pgcluster

    bin_dir = pgcluster.find_bin()
    if bin_dir is None:
        print("season: PostgreSQL is not installed (apt-get install postgresql); skipped")
        return 0
    cluster = pgcluster.Cluster(bin_dir)
    os.environ["PGPASSFILE"] = str(cluster.passfile)
    keep = os.environ.get("AVTOITUBA_BENCH_KEEP")
    try:
        cluster.init()
        cluster.start()
        season = cluster.create_database("season")
        floor_db = cluster.create_database("floor")
        open_server(floor_db).dispose()
        engine = open_server(floor_db)
        with engine.begin() as conn:
            floor_wid = conn.execute(text(
                "INSERT INTO workshop (title, venue, language, trainer_name, "
                "trainer_organisation, trainer_email, trainer_phone, closing_words, goals, "
                "why, group_question, presenter_note, areas_heading, homework, "
                "followup_platform, followup_link, followup_intro, followup_tasks, options, "
                "created_at, updated_at) VALUES ('floor', '', 'et', '', '', '', '', '', "
                "'[]', '', '', '', '', '[]', '', '', '', '[]', '{}', now(), now()) "
                "RETURNING id")).scalar_one()
        engine.dispose()

        folder = Path(keep) if keep else Path(tempfile.mkdtemp(prefix="avtoituba-bench-"))
        folder.mkdir(parents=True, exist_ok=True)
        for old in folder.glob("w*.avtoituba*"):
            old.unlink()
        paths = [make_workshop(folder / f"w{i}.avtoituba", i) for i in range(WORKSHOPS)]
        seasons = [season] + [cluster.create_database(f"season{k}") for k in (2, 3)]
        for url in seasons:
            open_server(url).dispose()  # the schema, made once, outside the timings
        pushes, floors = [], []
        for i, path in enumerate(paths):
            # best of 3: the floor (the same rows, bare, into an emptied table) and the
            # first push of the file into each of three season databases
            floor = []
            for _ in range(3):
                with psycopg_conn(floor_db) as conn:
                    for table in FOLLOW_UP_SQL:
                        conn.execute(f"DELETE FROM {table}")
                    conn.execute("DELETE FROM activity")
                    conn.execute("DELETE FROM municipality")
                floor.append(floor_once(floor_db, path, floor_wid))
            floors.append(min(floor))
            store = open_store(path)
            try:
                runs = []
                for url in seasons:
                    with store.engine.begin() as conn:
                        conn.execute(text("DELETE FROM season_pushed"))
                    t0 = time.perf_counter()
                    result = sync.push(store, url)
                    runs.append(time.perf_counter() - t0)
                pushes.append(min(runs))
                t0 = time.perf_counter()
                again = sync.push(store, season)
                repeat = time.perf_counter() - t0
            finally:
                store.close()
            print(f"workshop {i + 1}: push {pushes[-1] * 1000:5.0f} ms "
                  f"({result.sent} rows), floor {floors[-1] * 1000:5.0f} ms, "
                  f"ratio {pushes[-1] / floors[-1]:4.2f}; second push {repeat * 1000:4.0f} ms "
                  f"({again.sent} rows)", flush=True)
        out = folder / "report"
        t0 = time.perf_counter()
        report = load_report(season)
        loaded = time.perf_counter() - t0
        files = write_report(report, out)
        built = time.perf_counter() - t0
        tracemalloc.start()  # a second build, for its peak memory (tracing slows it down)
        write_report(load_report(season), folder / "report-traced")
        _cur, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        push_med, floor_med = statistics.median(pushes), statistics.median(floors)
        print(f"push per workshop: median {push_med * 1000:.0f} ms vs floor "
              f"{floor_med * 1000:.0f} ms: {push_med / floor_med:.2f}x (target <= 3x)")
        print(f"season report: {len(report.activities)} activities, read {loaded:.2f} s, "
              f"read + Word + .xlsx {built:.2f} s, Python peak {peak / 2**20:.0f} MiB")
        print(f"process peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f}"
              " MiB")
        for f in files:
            print(f"  {f}")
    finally:
        cluster.cleanup()
    return 0


def psycopg_conn(url: str):
    import psycopg

    return psycopg.connect(url, autocommit=True)


if __name__ == "__main__":
    sys.exit(main())
