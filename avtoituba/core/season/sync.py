"""Push a workshop file into the season database, and pull one back into a file.

**Push** (offline-first: nothing here runs unless the trainer asks):
1. the file is read (only read): every crossing row as a portable row and its digest;
2. on the server, in *one transaction*: the rows deleted from the file since the last push
   are deleted there and recorded as tombstones; every row whose digest differs from the
   one recorded at the last push is inserted or updated by its uuid; the push is logged;
3. only after the server committed, the file records the digests it sent.
So a push run twice sends nothing the second time (idempotent); a push cut off anywhere
leaves the server as it was (the transaction rolls back) or complete (committed), and the
next push sends whatever is not recorded yet, matched by uuid, never twice (resumable); and
only rows changed since the last push travel (incremental).

**Two copies of one file** (a copy on a USB stick, a colleague's pulled copy): each copy
keeps its own record of what it last sent, so each push sends only the rows *that copy*
changed (or deleted) since *its* last push, or everything on its first push. The rule:
**for a row changed in both copies, the later push wins; rows changed in only one copy
keep that copy's change, whichever pushes later.** A deletion counts as a change; a row
edited in one copy after the other deleted it comes back when that copy pushes. A row that
is the one of its kind (a municipality's seminar note, an activity's seminar mark, a
phone's ballot: ``LATER_WINS``) made in both copies is one row changed in both: the later
push wins.

**Pull** writes a new workshop file from the database, with the uuids and the record of
what was sent, so the pulled file pushes back incrementally like the original.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import (
    JSON,
    Connection,
    Table,
    bindparam,
    delete,
    func,
    insert,
    select,
    text,
    update,
)
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import SQLAlchemyError

from avtoituba.core.season import embedded
from avtoituba.core.season.rows import (
    Portable,
    crossing_tables,
    digest,
    portable,
    portable_many,
    scope,
)
from avtoituba.core.season.server import SeasonError, explain, open_server, public_url
from avtoituba.store.db import Store, create_file
from avtoituba.store.models import Base, Workshop, new_uuid
from avtoituba.store.season.tables import (
    SeasonPush,
    SeasonPushed,
    SeasonState,
    SeasonTombstone,
)

if TYPE_CHECKING:
    from avtoituba.core.season.report import FollowUpSummary

# (done, total, what) after each step; may raise to cancel (nothing is then changed).
OnStep = Callable[[int, int, str], None]
CHUNK = 5000
#: rows that are *the* one of their kind (a municipality's seminar note, an activity's mark,
#: a phone's ballot): when two copies of a file each made their own, the later push wins
#: (the server's row for the same thing is replaced, whatever its uuid)
LATER_WINS: dict[str, tuple[str, ...]] = {
    "seminar_note": ("workshop_id", "municipality_id"),
    "seminar_mark": ("activity_id",),
    "vote_ballot": ("workshop_id", "token"),
}


@dataclass
class Snapshot:
    """What a push would send: read from the file, nothing written."""

    workshop_uuid: str
    rows: dict[str, list[Portable]] = field(default_factory=dict)  # changed rows per table
    digests: dict[str, tuple[str, str]] = field(default_factory=dict)  # uuid: (table, digest)
    gone: dict[str, list[str]] = field(default_factory=dict)  # table: uuids deleted
    unchanged: int = 0

    @property
    def changed(self) -> int:
        return sum(len(r) for r in self.rows.values())

    @property
    def deleted(self) -> int:
        return sum(len(u) for u in self.gone.values())


@dataclass(frozen=True)
class PushResult:
    workshop_uuid: str
    sent: int
    deleted: int
    unchanged: int
    where: str


def _fill_missing_uuids(store: Store) -> None:
    """Rows written by a path that bypassed the model's default get their uuid now."""
    if store.read_only:
        return
    with store.engine.begin() as conn:
        for table in crossing_tables():
            ids = conn.execute(select(table.c.id).where(table.c.uuid.is_(None))).scalars().all()
            if ids:
                conn.execute(update(table).where(table.c.id == bindparam("i")).values(
                    uuid=bindparam("u")), [{"i": i, "u": new_uuid()} for i in ids])


def read_file(store: Store, everything: bool = False) -> Snapshot:
    """The push of ``store`` as it stands: changed rows and deletions since the last push
    (``everything``: all rows, as if never pushed)."""
    _fill_missing_uuids(store)
    tables = crossing_tables()
    with store.engine.connect() as conn:
        sent = {} if everything else {
            u: (t, d) for u, t, d in conn.execute(
                select(SeasonPushed.uuid, SeasonPushed.table_name, SeasonPushed.digest))}
        uuid_of: dict[str, dict[int, str]] = {}
        snap = Snapshot(workshop_uuid="")
        for table in tables:
            result = conn.execute(select(table).where(scope(table, store.workshop_id)))
            keys = list(result.keys())
            rows = result.all()
            id_at, uuid_at = keys.index("id"), keys.index("uuid")
            uuid_of[table.name] = {r[id_at]: r[uuid_at] for r in rows}
            changed = []
            for p in portable_many(table, keys, rows, uuid_of):
                d = digest(table, p)
                snap.digests[p["uuid"]] = (table.name, d)
                if sent.get(p["uuid"], ("", ""))[1] != d:
                    changed.append(p)
                else:
                    snap.unchanged += 1
            if changed:
                snap.rows[table.name] = changed
        snap.workshop_uuid = uuid_of["workshop"][store.workshop_id]
    for u, (table_name, _d) in sent.items():
        if u not in snap.digests:
            snap.gone.setdefault(table_name, []).append(u)
    return snap


def _chunks(items: list[Any], size: int = CHUNK):
    for i in range(0, len(items), size):
        yield items[i:i + size]


def _server_ids(conn: Connection, table: Table, workshop_id: int) -> dict[str, int]:
    return dict(conn.execute(select(table.c.uuid, table.c.id).where(scope(table, workshop_id)))
                .all())


def _send(conn: Connection, snap: Snapshot, on_step: OnStep | None) -> None:
    tables = crossing_tables()
    by_name = {t.name: t for t in tables}
    total = len(tables) + 2
    step = 0

    def tick(what: str) -> None:
        nonlocal step
        step += 1
        if on_step is not None:
            on_step(step, total, what)

    # One push of a workshop at a time; pushes of other workshops go on in parallel.
    conn.execute(text("SELECT pg_advisory_xact_lock(hashtext(:u))"), {"u": snap.workshop_uuid})
    workshop_t = by_name["workshop"]
    if snap.gone:
        for table in reversed(tables):
            for part in _chunks(snap.gone.get(table.name, [])):
                conn.execute(delete(table).where(table.c.uuid.in_(part)))
        tomb = pg_insert(SeasonTombstone.__table__)
        tomb = tomb.on_conflict_do_update(index_elements=["uuid"],
                                          set_={"deleted_at": tomb.excluded.deleted_at})
        now = dt.datetime.now(dt.UTC)
        conn.execute(tomb, [{"uuid": u, "table_name": t, "workshop_uuid": snap.workshop_uuid,
                             "deleted_at": now}
                            for t, uuids in snap.gone.items() for u in uuids])
    tick("tombstones")
    parents = {parent for t in tables for _c, parent, _n in _refs(t)}
    parents |= {parent for t in tables for _c, parent in embedded.INT_REFS.get(t.name, ())}
    server_ids: dict[str, dict[str, int]] = {}
    workshop_id: int | None = None
    for table in tables:
        rows = snap.rows.get(table.name, [])
        if rows:
            refs = _refs(table)
            if refs or table.name in embedded.INT_REFS:
                rows = [_to_server(table, r, refs, server_ids) for r in rows]
            _upsert(conn, table, rows)
        if table is workshop_t:
            workshop_id = conn.execute(select(workshop_t.c.id).where(
                workshop_t.c.uuid == snap.workshop_uuid)).scalar_one()
        if table.name in parents:
            assert workshop_id is not None
            server_ids[table.name] = _server_ids(conn, table, workshop_id)
        tick(table.name)
    # A row pushed again after a deletion is alive again.
    buried = set(conn.execute(select(SeasonTombstone.uuid).where(
        SeasonTombstone.workshop_uuid == snap.workshop_uuid)).scalars())
    alive = [u for u in buried if u in snap.digests]
    for part in _chunks(alive):
        conn.execute(delete(SeasonTombstone).where(SeasonTombstone.uuid.in_(part)))
    conn.execute(insert(SeasonPush), {"workshop_uuid": snap.workshop_uuid,
                                      "pushed_at": dt.datetime.now(dt.UTC),
                                      "rows_sent": snap.changed,
                                      "rows_deleted": snap.deleted})
    tick("log")


def _upsert(conn: Connection, table: Table, rows: list[Portable]) -> None:
    """Insert or update ``rows`` by uuid: COPY into a temporary table, then one
    INSERT ... ON CONFLICT (uuid) DO UPDATE (several times faster than row by row)."""
    from psycopg import sql
    from psycopg.types.json import Json

    columns = [c.name for c in table.c if c.name != "id"]
    json_at = [i for i, name in enumerate(columns) if isinstance(table.c[name].type, JSON)]
    temp = sql.Identifier(f"push_{table.name}")
    target = sql.Identifier(table.name)
    names = sql.SQL(", ").join(map(sql.Identifier, columns))
    updates = sql.SQL(", ").join(
        sql.SQL("{0} = EXCLUDED.{0}").format(sql.Identifier(c)) for c in columns if c != "uuid")
    raw = conn.connection.driver_connection
    with raw.cursor() as cur:
        cur.execute(sql.SQL("CREATE TEMPORARY TABLE {} ON COMMIT DROP AS SELECT {} FROM {} "
                            "WITH NO DATA").format(temp, names, target))
        with cur.copy(sql.SQL("COPY {} ({}) FROM STDIN").format(temp, names)) as copy:
            for row in rows:
                values = [row[c] for c in columns]
                for i in json_at:
                    values[i] = Json(values[i])
                copy.write_row(values)
        keys = LATER_WINS.get(table.name)
        if keys:
            # Another copy's row for the same thing (its own uuid): this push is later.
            same = sql.SQL(" AND ").join(
                sql.SQL("t.{0} = p.{0}").format(sql.Identifier(k)) for k in keys)
            cur.execute(sql.SQL("DELETE FROM {0} AS t USING {1} AS p WHERE {2} AND "
                                "t.uuid <> p.uuid").format(target, temp, same))
        cur.execute(sql.SQL("INSERT INTO {0} ({1}) SELECT {1} FROM {2} ON CONFLICT (uuid) "
                            "DO UPDATE SET {3}").format(target, names, temp, updates))
        cur.execute(sql.SQL("DROP TABLE {}").format(temp))


def _refs(table: Table) -> tuple[tuple[str, str, bool], ...]:
    from avtoituba.core.season.rows import references

    return references(table)


def _to_server(table: Table, row: Portable, refs: tuple[tuple[str, str, bool], ...],
               server_ids: dict[str, dict[str, int]]) -> Portable:
    out = dict(row)
    for column, parent, nullable in refs:
        u = out[column]
        out[column] = None if u is None else server_ids[parent].get(u)
        if out[column] is None and u is not None and not nullable:
            raise SeasonError("conflict", "", f"a row of {table.name} points to a row "
                              "another copy deleted from the season database; push that "
                              "copy's workshop again in full")
    if table.name in embedded.INT_REFS:
        embedded.to_server(table.name, out, server_ids)
    return out


def _on_server(conn: Connection, workshop_uuid: str) -> bool:
    workshop_t = Base.metadata.tables["workshop"]
    return conn.execute(select(func.count()).select_from(workshop_t).where(
        workshop_t.c.uuid == workshop_uuid)).scalar_one() > 0


def push(store: Store, raw_url: str, on_step: OnStep | None = None,
         timeout_s: int | None = None) -> PushResult:
    """Send the workshop of ``store`` to the season database at ``raw_url``."""
    snap = read_file(store)
    engine = open_server(raw_url, timeout_s)
    try:
        with engine.begin() as conn:
            if not _on_server(conn, snap.workshop_uuid) and (snap.unchanged or snap.gone):
                # The database forgot it (a new or restored server): send it whole.
                snap = read_file(store, everything=True)
            _send(conn, snap, on_step)
    except SeasonError as exc:
        exc.where = exc.where or public_url(raw_url)
        raise
    except (SQLAlchemyError, OSError) as exc:
        raise explain(exc, engine, "push") from None
    finally:
        engine.dispose()
    if not store.read_only:
        _record(store, snap, public_url(raw_url))
    return PushResult(snap.workshop_uuid, snap.changed, snap.deleted, snap.unchanged,
                      public_url(raw_url))


def _record(store: Store, snap: Snapshot, url: str) -> None:
    sent = [{"uuid": p["uuid"], "table_name": t, "digest": snap.digests[p["uuid"]][1]}
            for t, rows in snap.rows.items() for p in rows]
    with store.engine.begin() as conn:
        if sent:
            stmt = sqlite_insert(SeasonPushed.__table__)
            stmt = stmt.on_conflict_do_update(index_elements=["uuid"],
                                              set_={"digest": stmt.excluded.digest,
                                                    "table_name": stmt.excluded.table_name})
            conn.execute(stmt, sent)
        for uuids in snap.gone.values():
            for part in _chunks(uuids):
                conn.execute(delete(SeasonPushed).where(SeasonPushed.uuid.in_(part)))
        _set_state(conn, {"url": url, "pushed_at": dt.datetime.now(dt.UTC).isoformat()})


def _set_state(conn: Connection, values: dict[str, str]) -> None:
    stmt = sqlite_insert(SeasonState.__table__)
    stmt = stmt.on_conflict_do_update(index_elements=["key"],
                                      set_={"value": stmt.excluded.value})
    conn.execute(stmt, [{"key": k, "value": v} for k, v in values.items()])


def last_push(store: Store) -> tuple[str, str]:
    """(URL without password, when) of the file's last push; empty strings if never."""
    with store.engine.connect() as conn:
        state = dict(conn.execute(select(SeasonState.key, SeasonState.value)).all())
    return state.get("url", ""), state.get("pushed_at", "")


def workshop_uuid(store: Store) -> str:
    """The season's id of the file's workshop ("" if it has none yet)."""
    with store.engine.connect() as conn:
        found = conn.execute(select(Workshop.uuid).where(
            Workshop.id == store.workshop_id)).scalar()
    return found or ""


def pending(store: Store) -> tuple[int, int]:
    """(rows to send, rows to delete) if the file were pushed now."""
    snap = read_file(store)
    return snap.changed, snap.deleted


# --- the season's workshops and pull ----------------------------------------------------------

@dataclass(frozen=True)
class SeasonWorkshop:
    uuid: str
    title: str
    date: dt.date | None
    venue: str
    municipalities: int
    activities: int
    last_push: dt.datetime | None
    #: homework returned, the seminar and the dot vote (core.season.report)
    follow_up: FollowUpSummary | None = None


def list_workshops(raw_url: str, timeout_s: int | None = None) -> list[SeasonWorkshop]:
    from avtoituba.core.season.report import follow_up_summaries
    from avtoituba.store.models import Activity, Municipality

    engine = open_server(raw_url, timeout_s, create=False)
    try:
        with engine.connect() as conn:
            w = Workshop.__table__
            acts = dict(conn.execute(
                select(Activity.workshop_id, func.count()).where(Activity.deleted_at.is_(None))
                .group_by(Activity.workshop_id)).all())
            munis = dict(conn.execute(select(Municipality.workshop_id, func.count())
                                      .group_by(Municipality.workshop_id)).all())
            pushed = dict(conn.execute(select(SeasonPush.workshop_uuid,
                                              func.max(SeasonPush.pushed_at))
                                       .group_by(SeasonPush.workshop_uuid)).all())
            follow = follow_up_summaries(conn)
            out = [SeasonWorkshop(r.uuid, r.title, r.date, r.venue, munis.get(r.id, 0),
                                  acts.get(r.id, 0), pushed.get(r.uuid), follow.get(r.uuid))
                   for r in conn.execute(select(w.c.id, w.c.uuid, w.c.title, w.c.date,
                                                w.c.venue))]
    except (SQLAlchemyError, OSError) as exc:
        raise explain(exc, engine, "read") from None
    finally:
        engine.dispose()
    return sorted(out, key=lambda s: (s.date or dt.date.max, s.title.casefold()))


def find_workshop(conn: Connection, ref: str, where: str) -> int:
    """The server id of the workshop whose uuid is ``ref`` or starts with it."""
    w = Workshop.__table__
    ref = ref.strip().lower()
    if len(ref) < 4:
        raise SeasonError("not_found", where, "give at least the first 4 characters of the "
                          "workshop's id (avtoituba season list shows them)")
    found = conn.execute(select(w.c.id, w.c.uuid).where(w.c.uuid.startswith(ref,
                                                                           autoescape=True))
                         ).all()
    if not found:
        raise SeasonError("not_found", where, f"the season database {where} has no "
                          f"workshop {ref!r} (avtoituba season list shows them)")
    if len(found) > 1:
        raise SeasonError("not_found", where, f"{ref!r} fits {len(found)} workshops; "
                          "give more of the id")
    return found[0][0]


def pull(raw_url: str, workshop_ref: str, out: Path, timeout_s: int | None = None) -> Store:
    """Write the season database's workshop ``workshop_ref`` into the new file ``out``."""
    out = Path(out).expanduser().resolve()
    if out.exists():
        raise FileExistsError(out)
    engine = open_server(raw_url, timeout_s, create=False)
    url = public_url(raw_url)
    tables = crossing_tables()
    data: dict[str, list[dict[str, Any]]] = {}
    try:
        with engine.connect() as conn:
            wid = find_workshop(conn, workshop_ref, url)
            for table in tables:
                data[table.name] = [dict(r) for r in conn.execute(
                    select(table).where(scope(table, wid)).order_by(table.c.id)).mappings()]
    except (SQLAlchemyError, OSError) as exc:
        raise explain(exc, engine, "read") from None
    finally:
        engine.dispose()

    uuid_of: dict[str, dict[int, str]] = {
        t.name: {r["id"]: r["uuid"] for r in data[t.name]} for t in tables}
    id_of = {name: {u: i for i, u in ids.items()} for name, ids in uuid_of.items()}
    sent = []
    for table in tables:
        rows = data[table.name]
        if embedded.has_embedded(table.name):
            for r in rows:
                embedded.to_file(table.name, r, id_of)
        for r in rows:
            sent.append({"uuid": r["uuid"], "table_name": table.name,
                         "digest": digest(table, portable(table, r, uuid_of))})

    def fill(session) -> None:
        # The server's ids are kept: unique within the new file, and no renumbering.
        for table in tables:
            if data[table.name]:
                session.execute(insert(table), data[table.name])
        if sent:
            session.execute(insert(SeasonPushed), sent)
        session.execute(insert(SeasonState), [
            {"key": "url", "value": url},
            {"key": "pulled_at", "value": dt.datetime.now(dt.UTC).isoformat()}])

    return create_file(out, fill)
