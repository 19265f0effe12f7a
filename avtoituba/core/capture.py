"""Live capture of the groups' activities: add, edit, reorder, move, delete, list, count.

Every operation is one short transaction, committed before it returns, so what the trainer
typed is in the workshop file the moment the call comes back. The GUI gets plain
:class:`ActivityRow` values, never ORM objects.

Adding is the hot path (the trainer presses Enter and types the next one): :class:`Capture`
keeps one connection for it and writes the row with a single SQLAlchemy Core ``INSERT`` and
a commit. It keeps nothing in memory that another writer (the CLI on the same file) could
make stale: the next position in a group and the municipality are read from the file inside
the writing transaction. Only the groups and areas (the programme, fixed for the day) are
read once. Everything else is rarer and goes through ordinary ORM sessions.

The values (:class:`ActivityRow`, :class:`ActivityFilter`, :class:`Coverage` ...) live in
:mod:`avtoituba.core.activity_rows` and are re-exported here.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable
from typing import Any

from sqlalchemy import Connection, bindparam, func, insert, select, update
from sqlalchemy.orm import Session

from avtoituba.core import municipalities as munis
from avtoituba.core.activity_rows import (
    AREA_COUNT,
    EDITABLE_FIELDS,
    FLAG_FIELDS,
    MAX_TITLE,
    TEXT_BLOCK_FIELDS,
    TEXT_LINE_FIELDS,
    ActivityFilter,
    ActivityRow,
    AreaInfo,
    CaptureError,
    Coverage,
    GroupInfo,
    clean_commitment_field,
    clean_fields,
    clean_title,
    coverage_from_rows,
    short_area_title,
)
from avtoituba.core.text import clean_line, clean_text
from avtoituba.store.db import Store
from avtoituba.store.models import Activity, Area, Group, Municipality, utcnow

# --- the service ----------------------------------------------------------------------------

_COLUMNS = (
    Activity.id, Activity.group_id, Activity.municipality_id, Activity.area_id,
    Activity.position, Activity.title, Activity.description, Activity.involve_leaders,
    Activity.involve_key_people, Activity.involve_partners, Activity.involve_notes,
    Activity.responsible, Activity.time_frame, Activity.digital, Activity.notes,
    Activity.created_at, Activity.updated_at, Activity.deleted_at, Activity.ogp,
    Municipality.name.label("municipality_name"),
)


class Capture:
    """The capture operations on one open workshop.

    Keeps the groups and areas in memory and one connection for adding; positions and
    municipalities are read from the file when they are needed. Use it from one thread
    (the GUI's), or guard it.
    """

    def __init__(self, store: Store):
        self.store = store
        self.workshop_id = store.workshop_id
        self._conn: Connection | None = None
        self._lock = threading.Lock()
        # False only inside ScribeService.add_many: it commits a batch of phones' entries at
        # once (one disk sync for all of them) or rolls them all back
        self.commit_each_add = True
        # Built once, with bound parameters, so that an Enter neither builds nor compiles a
        # statement: a plain Core INSERT (no ORM unit of work) whose position is counted by
        # the INSERT itself (nothing another writer added in between can be overtaken), and
        # the lookup of a municipality by name.
        t = Activity.__table__
        next_position = (
            select(func.coalesce(func.max(t.c.position) + 1, 0))
            .where(t.c.workshop_id == bindparam("of_workshop"),
                   t.c.group_id == bindparam("of_group"))
            .scalar_subquery())
        self._insert_activity = insert(t).values(position=next_position).returning(
            t.c.id, t.c.position)
        self._find_municipality = (
            select(Municipality.id, Municipality.name)
            .where(Municipality.workshop_id == bindparam("of_workshop"),
                   func.lower(Municipality.name) == bindparam("lowered")))
        self.reload()

    # -- reference data ---------------------------------------------------------------------
    def reload(self) -> None:
        """Read the groups and areas again (after a change of the programme)."""
        wid = self.workshop_id
        with self.store.session() as s:
            self._groups = [
                GroupInfo(g.id, g.number, g.name, g.statement, g.default_area_number)
                for g in s.scalars(select(Group).where(Group.workshop_id == wid)
                                   .order_by(Group.number))
            ]
            self._areas = [
                AreaInfo(a.id, a.number, a.title, tuple(a.examples or ()))
                for a in s.scalars(select(Area).where(Area.workshop_id == wid)
                                   .order_by(Area.number))
            ]
        self._group_by_id = {g.id: g for g in self._groups}
        self._area_by_number = {a.number: a for a in self._areas}
        self._area_number_by_id = {a.id: a.number for a in self._areas}

    def groups(self) -> list[GroupInfo]:
        return list(self._groups)

    def group(self, group_id: int) -> GroupInfo:
        try:
            return self._group_by_id[group_id]
        except KeyError:
            raise CaptureError("no_group_id", group_id) from None

    def group_by_number(self, number: int) -> GroupInfo:
        for g in self._groups:
            if g.number == number:
                return g
        numbers = ", ".join(str(g.number) for g in self._groups) or "none"
        raise CaptureError("no_group", number, numbers)

    def areas(self) -> list[AreaInfo]:
        return list(self._areas)

    def area(self, number: int) -> AreaInfo:
        try:
            return self._area_by_number[number]
        except KeyError:
            numbers = ", ".join(str(a.number) for a in self._areas) or "none"
            raise CaptureError("no_area", number, numbers) from None

    def suggested_area(self, group_id: int) -> int | None:
        """The area a new activity of this group starts with (from the group's theme)."""
        number = self.group(group_id).default_area_number
        return number if number in self._area_by_number else None

    def municipality_rows(self) -> list[munis.MunicipalityRow]:
        return munis.list_municipalities(self.store)

    def municipality_names(self) -> list[str]:
        return sorted((m.name for m in self.municipality_rows()), key=str.casefold)

    def municipality_name(self, municipality_id: int | None) -> str:
        if municipality_id is None:
            return ""
        with self.store.session() as s:
            m = s.get(Municipality, municipality_id)
            return m.name if m is not None and m.workshop_id == self.workshop_id else ""

    def find_municipality(self, name: str) -> int | None:
        with self.store.session() as s:
            m = munis.find_by_name(s, self.workshop_id, name)
            return m.id if m is not None else None

    def match_municipality(self, typed: str) -> munis.MunicipalityMatch:
        """``typed`` compared with the workshop's municipalities (see
        :func:`avtoituba.core.municipalities.match_municipality`)."""
        return munis.match_municipality(typed, self.municipality_names())

    def complete_municipality(self, typed: str) -> str:
        """The municipality the trainer meant: an exact name (any case), else the only one
        that starts with what was typed ("elva" → "Elva vald"); otherwise what was typed."""
        match = self.match_municipality(typed)
        return match.name if match.kind == "known" else munis.normalise_name(typed)

    def last_municipality(self, group_id: int) -> str:
        """The municipality of the group's most recent live activity ("" if none): what its
        quick-add line starts with, after a restart too."""
        with self.store.session() as s:
            name = s.execute(
                select(Municipality.name).join(Activity,
                                               Activity.municipality_id == Municipality.id)
                .where(Activity.workshop_id == self.workshop_id, Activity.group_id == group_id,
                       Activity.deleted_at.is_(None))
                .order_by(Activity.created_at.desc(), Activity.id.desc()).limit(1)).scalar()
        return name or ""

    def without_municipality(self) -> list[ActivityRow]:
        """Live activities that belong to no municipality (older files, imports): the pack
        must list them rather than drop them."""
        return [r for r in self.list() if r.municipality_id is None]

    # -- connection kept for the hot path ----------------------------------------------------
    def _connection(self) -> Connection:
        if self._conn is None or self._conn.closed:
            self._conn = self.store.engine.connect()
        return self._conn

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    # -- adding ------------------------------------------------------------------------------
    def add(self, group_id: int, title: str, municipality: str | None = None,
            area_number: int | None = None, *, use_suggested_area: bool = True,
            on_insert: Callable[[Connection, int], None] | None = None,
            **fields: Any) -> ActivityRow:
        """Add an activity at the end of ``group_id``'s list; committed when it returns.

        ``municipality`` is a name (created in the workshop when new). ``area_number``
        defaults to the group's suggested area. Other ``fields`` are the editable ones.
        ``on_insert(connection, activity_id)`` runs inside the same transaction (a scribe's
        entry id is recorded atomically with the activity it became).
        """
        self._check_writable()
        group = self.group(group_id)
        title = clean_title(title)
        if area_number is None and use_suggested_area:
            area_number = self.suggested_area(group_id)
        area_id = self.area(area_number).id if area_number is not None else None
        values = clean_fields(fields)
        muni_name = munis.normalise_name(municipality or "")
        now = utcnow()
        with self._lock:
            conn = self._connection()
            try:
                if not conn.in_transaction():
                    conn.begin()
                muni_id = stored_name = None
                if muni_name:
                    muni_id, stored_name = self._municipality_in(conn, muni_name)
                new_id, position = conn.execute(
                    self._insert_activity,
                    dict(workshop_id=self.workshop_id, group_id=group_id,
                         municipality_id=muni_id, area_id=area_id, title=title,
                         created_at=now, updated_at=now, of_workshop=self.workshop_id,
                         of_group=group_id, **values)).one()
                if on_insert is not None:
                    on_insert(conn, new_id)
                if self.commit_each_add:
                    conn.commit()
            except BaseException:
                conn.rollback()
                raise
        base = dict(description="", involve_leaders=False, involve_key_people=False,
                    involve_partners=False, involve_notes="", responsible="", time_frame="",
                    digital=False, notes="")
        base.update(values)
        return ActivityRow(id=new_id, group_id=group_id, group_number=group.number,
                           municipality_id=muni_id, municipality=stored_name or "",
                           area_number=area_number, position=position, title=title,
                           created_at=now, updated_at=now, **base)

    def _municipality_in(self, conn: Connection, name: str) -> tuple[int, str]:
        """The id and stored spelling of ``name`` (created when new), in ``conn``'s
        transaction."""
        found = conn.execute(self._find_municipality,
                             dict(of_workshop=self.workshop_id, lowered=name.lower())).first()
        if found is not None:
            return found.id, found.name
        with Session(bind=conn) as session:
            muni = munis.get_or_create(session, self.workshop_id, name)
            session.flush()
            return muni.id, muni.name

    # -- reading -----------------------------------------------------------------------------
    def _row(self, r: Any) -> ActivityRow:
        group = self._group_by_id.get(r.group_id) if r.group_id is not None else None
        return ActivityRow(
            id=r.id, group_id=r.group_id, group_number=group.number if group else None,
            municipality_id=r.municipality_id,
            municipality=r.municipality_name or "",
            area_number=self._area_number_by_id.get(r.area_id) if r.area_id else None,
            position=r.position, title=r.title, description=r.description or "",
            involve_leaders=bool(r.involve_leaders), involve_key_people=bool(r.involve_key_people),
            involve_partners=bool(r.involve_partners), involve_notes=r.involve_notes or "",
            responsible=r.responsible or "", time_frame=r.time_frame or "",
            digital=bool(r.digital), notes=r.notes or "", created_at=r.created_at,
            updated_at=r.updated_at, deleted=r.deleted_at is not None, ogp=dict(r.ogp or {}),
        )

    def get(self, activity_id: int) -> ActivityRow:
        with self.store.session() as s:
            r = s.execute(select(*_COLUMNS).outerjoin(Activity.municipality).where(
                Activity.id == activity_id, Activity.workshop_id == self.workshop_id)).first()
        if r is None:
            raise CaptureError("no_activity", activity_id)
        return self._row(r)

    def list(self, flt: ActivityFilter | None = None, include_deleted: bool = False
             ) -> list[ActivityRow]:
        """Activities ordered by group number, then position; filtered by ``flt``."""
        flt = flt or ActivityFilter()
        stmt = select(*_COLUMNS).outerjoin(Activity.municipality).where(
            Activity.workshop_id == self.workshop_id)
        if not include_deleted:
            stmt = stmt.where(Activity.deleted_at.is_(None))
        if flt.group_id is not None:
            stmt = stmt.where(Activity.group_id == flt.group_id)
        if flt.municipality_id is not None:
            stmt = stmt.where(Activity.municipality_id == flt.municipality_id)
        if flt.area_number is not None:
            area = self._area_by_number.get(flt.area_number)
            stmt = stmt.where(Activity.area_id == (area.id if area else -1))
        with self.store.session() as s:
            raw = s.execute(stmt).all()
        rows = [self._row(r) for r in raw]
        if flt.text.strip():
            rows = [r for r in rows if flt.matches(r)]
        order = {g.id: g.number for g in self._groups}
        rows.sort(key=lambda r: (order.get(r.group_id, 1 << 30) if r.group_id else 1 << 30,
                                 r.position, r.id))
        return rows

    def for_municipality(self, municipality_id: int) -> list[ActivityRow]:
        """Everything one municipality has so far, across groups."""
        return self.list(ActivityFilter(municipality_id=municipality_id))

    def coverage(self) -> Coverage:
        counts: dict[tuple[int, int], int] = {}
        without: dict[int, int] = {}
        with self.store.session() as s:
            for mid, area_id, n in s.execute(
                    select(Activity.municipality_id, Activity.area_id, func.count())
                    .where(Activity.workshop_id == self.workshop_id,
                           Activity.deleted_at.is_(None), Activity.municipality_id.is_not(None))
                    .group_by(Activity.municipality_id, Activity.area_id)):
                number = self._area_number_by_id.get(area_id) if area_id else None
                if number is None:
                    without[mid] = without.get(mid, 0) + n
                else:
                    counts[(mid, number)] = counts.get((mid, number), 0) + n
        return Coverage(tuple(self.municipality_rows()),
                        tuple(a.number for a in self._areas), counts, without)

    # -- editing -----------------------------------------------------------------------------
    def update(self, activity_id: int, **fields: Any) -> tuple[ActivityRow, dict[str, Any]]:
        """Change fields of one activity; returns the new row and the old values of the
        fields that changed (for undo). Fields: see EDITABLE_FIELDS."""
        self._check_writable()
        unknown = set(fields) - EDITABLE_FIELDS
        if unknown:
            raise CaptureError("not_editable", ", ".join(sorted(unknown)))
        before = self.get(activity_id)
        values: dict[str, Any] = {}
        old: dict[str, Any] = {}
        for name, value in fields.items():
            if name == "title":
                value = clean_title(value)
            elif name in TEXT_LINE_FIELDS:
                value = clean_line(value or "")
            elif name in TEXT_BLOCK_FIELDS:
                value = clean_text(value or "")
            elif name in FLAG_FIELDS:
                value = bool(value)
            elif name == "area_number":
                value = None if value in (None, "", 0) else int(value)
                if value is not None:
                    self.area(value)
            elif name == "municipality":
                value = munis.normalise_name(value or "")
            elif name == "ogp":
                value = clean_commitment_field(value)
            current = getattr(before, name)
            if name == "municipality" and value.casefold() == current.casefold():
                continue
            if value != current:
                old[name] = current
                values[name] = value
        if not values:
            return before, {}
        column_values: dict[str, Any] = {}
        with self.store.transaction() as s:
            for name, value in values.items():
                if name == "area_number":
                    column_values["area_id"] = (self._area_by_number[value].id
                                                if value is not None else None)
                elif name == "municipality":
                    if value:
                        m = munis.get_or_create(s, self.workshop_id, value)
                        column_values["municipality_id"] = m.id
                    else:
                        column_values["municipality_id"] = None
                else:
                    column_values[name] = value
            column_values["updated_at"] = utcnow()
            s.execute(update(Activity).where(Activity.id == activity_id)
                      .values(**column_values))
        return self.get(activity_id), old

    def delete(self, activity_id: int) -> ActivityRow:
        """Soft delete: the row stays in the file (for undo) and leaves every list."""
        return self._set_deleted(activity_id, utcnow())

    def restore(self, activity_id: int) -> ActivityRow:
        return self._set_deleted(activity_id, None)

    def _set_deleted(self, activity_id: int, when: dt.datetime | None) -> ActivityRow:
        self._check_writable()
        self.get(activity_id)
        with self.store.transaction() as s:
            s.execute(update(Activity).where(Activity.id == activity_id)
                      .values(deleted_at=when, updated_at=utcnow()))
        return self.get(activity_id)

    def _live_ids(self, s: Session, group_id: int) -> list[tuple[int, int]]:
        return [(r.id, r.position) for r in s.execute(
            select(Activity.id, Activity.position)
            .where(Activity.workshop_id == self.workshop_id, Activity.group_id == group_id,
                   Activity.deleted_at.is_(None))
            .order_by(Activity.position, Activity.id))]

    def _renumber(self, s: Session, group_id: int, ids: list[int],
                  current: dict[int, int]) -> None:
        """Give ``ids`` the positions 0, 1, 2, ... (writing only those that change)."""
        changes = [{"pk": aid, "pos": i} for i, aid in enumerate(ids) if current.get(aid) != i]
        if changes:
            s.connection().execute(
                update(Activity.__table__).where(Activity.__table__.c.id == bindparam("pk"))
                .values(position=bindparam("pos")), changes)

    def reorder(self, activity_id: int, new_index: int) -> tuple[int, int]:
        """Move an activity to ``new_index`` in its group's list (clamped).

        Returns (old index, new index)."""
        self._check_writable()
        row = self.get(activity_id)
        if row.group_id is None or row.deleted:
            raise CaptureError("not_listed")
        with self.store.transaction() as s:
            live = self._live_ids(s, row.group_id)
            ids = [aid for aid, _ in live]
            old_index = ids.index(activity_id)
            new_index = max(0, min(new_index, len(ids) - 1))
            ids.insert(new_index, ids.pop(old_index))
            self._renumber(s, row.group_id, ids, dict(live))
        return old_index, new_index

    def move_to_group(self, activity_id: int, group_id: int, index: int | None = None
                      ) -> tuple[int, int, int]:
        """Move an activity to another group, at ``index`` (default: the end).

        Returns (old group id, old index, new index) for undo."""
        self._check_writable()
        self.group(group_id)
        row = self.get(activity_id)
        if row.deleted:
            raise CaptureError("deleted")
        with self.store.transaction() as s:
            old_group = row.group_id
            old_index = -1
            if old_group is not None:
                old_live = self._live_ids(s, old_group)
                old_ids = [aid for aid, _ in old_live]
                old_index = old_ids.index(activity_id)
                if old_group == group_id:
                    new_index = len(old_ids) - 1 if index is None else index
                    new_index = max(0, min(new_index, len(old_ids) - 1))
                    old_ids.insert(new_index, old_ids.pop(old_index))
                    self._renumber(s, group_id, old_ids, dict(old_live))
                    return old_group, old_index, new_index
                old_ids.pop(old_index)
                self._renumber(s, old_group, old_ids, dict(old_live))
            live = self._live_ids(s, group_id)
            ids = [aid for aid, _ in live]
            new_index = len(ids) if index is None else max(0, min(index, len(ids)))
            ids.insert(new_index, activity_id)
            s.execute(update(Activity).where(Activity.id == activity_id)
                      .values(group_id=group_id, position=-1, updated_at=utcnow()))
            current = dict(live)
            current[activity_id] = -1
            self._renumber(s, group_id, ids, current)
        return (old_group if old_group is not None else -1), old_index, new_index

    # -- helpers ----------------------------------------------------------------------------
    def _check_writable(self) -> None:
        if self.store.read_only:
            raise CaptureError("read_only")



__all__ = [
    "AREA_COUNT",
    "ActivityFilter",
    "ActivityRow",
    "AreaInfo",
    "Capture",
    "CaptureError",
    "Coverage",
    "GroupInfo",
    "MAX_TITLE",
    "coverage_from_rows",
    "short_area_title",
]
