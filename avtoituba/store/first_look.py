"""The first look at a workshop file: what the first page shows, read with plain sqlite3.

Importing SQLAlchemy and mapping the models takes longer than everything else at start-up
(~0.5 s on a laptop), and the first page (the agenda and its timer) only reads four small
tables. So the app opens the file as a ``LazyStore``: the same checks and the same lock as
``db.open_store``, then the first page is read from here and painted, and the full store
(SQLAlchemy) opens right after, before the first user action is handled. Everything not
ordinary (a URL, a missing, locked, read-only, damaged or older file) is left to
``db.open_store``, which gives its usual message: ``open_lazily`` then returns None.

Only the reads the first page makes are here (``early``); each returns None when it meets
anything unexpected, and its caller reads through the ORM as always. Qt-free and
SQLAlchemy-free (a test keeps it so).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

from avtoituba.store import errors, lock, schema
from avtoituba.store.inspect_file import (
    check_regular,
    inspect_file,
    is_url,
    readonly_uri,
    resolve,
)

#: The columns of agenda_item the timing logic reads (core.agenda.Block's fields).
_BLOCK = ("id", "title", "duration_s", "fixed_start", "kind", "speakers", "notes", "section",
          "position", "compressible")


class FirstLook:
    """Read-only sqlite3 reads of one workshop in a file, as the ORM would return them."""

    def __init__(self, path: Path, workshop_id: int):
        self.path = path
        self.workshop_id = workshop_id
        self._conn: sqlite3.Connection | None = None

    def _rows(self, sql: str) -> list[sqlite3.Row]:
        if self._conn is None:
            self._conn = sqlite3.connect(readonly_uri(self.path), uri=True)
            self._conn.row_factory = sqlite3.Row
        return self._conn.execute(sql, (self.workshop_id,)).fetchall()

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def header(self) -> dict[str, Any]:
        rows = self._rows("SELECT title, date, venue, language FROM workshop WHERE id = ?")
        if not rows:
            raise LookupError("no such workshop")
        r = rows[0]
        return {"title": r["title"], "date": _date(r["date"]), "venue": r["venue"],
                "language": r["language"]}

    def blocks(self) -> list[dict[str, Any]]:
        rows = self._rows(f"SELECT {', '.join(_BLOCK)} FROM agenda_item WHERE workshop_id = ? "
                          "ORDER BY position, id")
        return [{"id": r["id"], "title": r["title"], "duration_s": int(r["duration_s"]),
                 "fixed_start": _time(r["fixed_start"]), "kind": r["kind"],
                 "speakers": r["speakers"] or "", "notes": r["notes"] or "",
                 "section": r["section"] or "", "position": r["position"],
                 "compressible": bool(r["compressible"])} for r in rows]

    def group_names(self) -> list[str]:
        rows = self._rows("SELECT number, name FROM work_group WHERE workshop_id = ? "
                          "ORDER BY number")
        return [r["name"] or str(r["number"]) for r in rows]

    def timer_events(self) -> list[dict[str, Any]]:
        rows = self._rows("SELECT id, kind, agenda_item_id, amount_s, wall_time, mono_time, "
                          "clock_id, data FROM timer_event WHERE workshop_id = ? ORDER BY id")
        return [{"id": r["id"], "kind": r["kind"], "agenda_item_id": r["agenda_item_id"],
                 "amount_s": r["amount_s"], "wall_time": _utc(r["wall_time"]),
                 "mono_time": r["mono_time"], "clock_id": r["clock_id"],
                 "data": json.loads(r["data"]) if r["data"] is not None else None}
                for r in rows]


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _time(value: str | None) -> dt.time | None:
    return dt.time.fromisoformat(value) if value else None


def _utc(value: str) -> dt.datetime:
    """A timestamp as SQLAlchemy's UTCDateTime returns it: aware, in UTC."""
    moment = dt.datetime.fromisoformat(value)
    return moment.replace(tzinfo=dt.UTC) if moment.tzinfo is None else moment.astimezone(dt.UTC)


def early(store: object, read: Callable[[FirstLook], Any]) -> Any | None:
    """``read(first_look)`` while ``store`` is a LazyStore not yet fully open; None when it
    is an ordinary store, fully open, or the read met anything unexpected (the caller then
    reads through the ORM, which words any damage as always)."""
    look = getattr(store, "first_look", None)
    if look is None:
        return None
    try:
        return read(look)
    except (sqlite3.Error, LookupError, ValueError, TypeError, KeyError):
        return None


class LazyStore:
    """A workshop file open for its first page; the full ``db.Store`` opens on first need
    (``open_fully``, or any attribute of a Store this class does not have itself)."""

    def __init__(self, path: Path, workshop_id: int, read_only: bool,
                 lease: lock.Lease | None):
        self.path = path
        self.workshop_id = workshop_id
        self._read_only = read_only
        self.lease = lease
        self._look: FirstLook | None = FirstLook(path, workshop_id)
        self._full: Any = None
        self._on_damage: Callable[[errors.Damaged], None] | None = None

    @property
    def first_look(self) -> FirstLook | None:
        return self._look if self._full is None else None

    @property
    def is_open(self) -> bool:
        return self._full is not None

    def open_fully(self) -> Any:
        """The full store (imports SQLAlchemy the first time)."""
        if self._full is None:
            from avtoituba.store import db

            lease, self.lease = self.lease, None
            try:
                full = db.open_store(self.path, read_only=self._read_only,
                                     workshop_id=self.workshop_id, lease=lease)
            finally:
                if self._look is not None:
                    self._look.close()
            full.on_damage = self._on_damage
            self._full = full
            self._look = None
        return self._full

    # what the window reads before the full store is open
    @property
    def read_only(self) -> bool:
        return self._full.read_only if self._full is not None else self._read_only

    @property
    def damage(self) -> errors.Damaged | None:
        return self._full.damage if self._full is not None else None

    @property
    def on_damage(self) -> Callable[[errors.Damaged], None] | None:
        return self._on_damage

    @on_damage.setter
    def on_damage(self, callback: Callable[[errors.Damaged], None] | None) -> None:
        self._on_damage = callback
        if self._full is not None:
            self._full.on_damage = callback

    @property
    def name(self) -> str:
        return self.path.name

    def close(self) -> None:
        if self._full is not None:
            self._full.close()
            return
        if self._look is not None:
            self._look.close()
        if self.lease is not None:
            self.lease.release()
            self.lease = None

    def __enter__(self) -> LazyStore:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def __getattr__(self, name: str) -> Any:  # engine, session(), transaction(), ...
        if name.startswith("_"):
            raise AttributeError(name)
        return getattr(self.open_fully(), name)


def open_lazily(target: str | os.PathLike[str], read_only: bool = False) -> LazyStore | None:
    """The workshop file ``target`` as a LazyStore, after the checks ``db.open_store`` makes
    and under the same lock; None for anything but an ordinary up-to-date workshop file (the
    caller then opens it with ``db.open_store``, which says what is wrong)."""
    if is_url(target):
        return None
    try:
        path = resolve(target)
        check_regular(path)
        if not read_only and not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)):
            return None
        lease = None if read_only else lock.claim(path)
    except (errors.WorkshopFileError, OSError):
        return None
    try:
        if inspect_file(path).revision != schema.HEAD:
            raise LookupError("an upgrade is due")
        conn = sqlite3.connect(readonly_uri(path), uri=True)
        try:
            row = conn.execute("SELECT id FROM workshop ORDER BY id LIMIT 1").fetchone()
        finally:
            conn.close()
        if row is None:
            raise LookupError("no workshop")
        return LazyStore(path, int(row[0]), read_only, lease)
    except (errors.WorkshopFileError, OSError, sqlite3.Error, LookupError):
        if lease is not None:
            lease.release()
        return None
