"""Writing an import plan (core.returns) as one change, undoing and redoing it, and each
municipality's return status (which packs came back, when)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import delete, func, select, update

from avtoituba.core.returns import ImportPlan
from avtoituba.core.text import clean_line, clean_text
from avtoituba.store.db import Store
from avtoituba.store.models import Activity, Area, Municipality, ReturnedPack, utcnow

_LINE = ("title", "responsible", "time_frame")


@dataclass
class Applied:
    """What one import wrote, enough to undo and redo it."""

    created: list[int] = field(default_factory=list)
    changed: list[tuple[int, dict[str, Any], dict[str, Any]]] = field(default_factory=list)
    returned: list[dict[str, Any]] = field(default_factory=list)
    returned_ids: list[int] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not (self.created or self.changed or self.returned)


def _clean(values: dict[str, Any]) -> dict[str, Any]:
    out = {}
    for k, v in values.items():
        if isinstance(v, str):
            v = clean_line(v) if k in _LINE else clean_text(v)
        out[k] = v
    return out


def apply_plan(store: Store, plan: ImportPlan, now: dt.datetime | None = None) -> Applied:
    """Write the plan in one transaction: new activities, changed fields, and a record of
    each file (name, time, answers). A file already imported that changes nothing is not
    recorded again."""
    if store.read_only:
        raise PermissionError("read-only")
    now = now or utcnow()
    done = Applied()
    wid = store.workshop_id
    with store.transaction() as s:
        area_ids = {a.number: a.id for a in s.scalars(
            select(Area).where(Area.workshop_id == wid))}
        for mp in plan.municipalities:
            if not mp.writes:
                continue
            counts = {k: mp.count(k) for k in ("new", "changed", "unchanged")}
            for item in mp.items:
                if item.kind == "changed" and item.activity_id is not None:
                    values = _clean(item.values)
                    s.execute(update(Activity).where(Activity.id == item.activity_id)
                              .values(updated_at=now, **values))
                    done.changed.append((item.activity_id, dict(item.old), values))
                elif item.kind == "new":
                    last = s.scalar(select(func.coalesce(func.max(Activity.position), -1))
                                    .where(Activity.workshop_id == wid,
                                           Activity.group_id == item.group_id))
                    position = (last if last is not None else -1) + 1
                    a = Activity(workshop_id=wid, group_id=item.group_id,
                                 municipality_id=mp.municipality_id,
                                 area_id=area_ids.get(item.area_number)
                                 if item.area_number is not None else None,
                                 position=position, created_at=now, updated_at=now,
                                 **_clean(item.values))
                    s.add(a)
                    s.flush()
                    done.created.append(a.id)
            for doc in mp.files:
                if doc.digest in mp.known_digests and not (
                        counts["new"] or counts["changed"] or mp.answers != mp.old_answers):
                    continue
                record = dict(workshop_id=wid, municipality_id=mp.municipality_id,
                              municipality_name=mp.name, file_name=doc.name[:500],
                              digest=doc.digest, imported_at=now,
                              answers={k: v for k, v in doc.answers.items() if v},
                              summary=counts)
                r = ReturnedPack(**record)
                s.add(r)
                s.flush()
                done.returned.append(record)
                done.returned_ids.append(r.id)
    return done


def revert(store: Store, done: Applied) -> None:
    """Undo an import: new activities leave the lists, changed fields go back, the
    record of the files goes."""
    now = utcnow()
    with store.transaction() as s:
        if done.created:
            s.execute(update(Activity).where(Activity.id.in_(done.created))
                      .values(deleted_at=now, updated_at=now))
        for activity_id, old, _new in done.changed:
            s.execute(update(Activity).where(Activity.id == activity_id)
                      .values(updated_at=now, **old))
        if done.returned_ids:
            s.execute(delete(ReturnedPack).where(ReturnedPack.id.in_(done.returned_ids)))


def reapply(store: Store, done: Applied) -> None:
    now = utcnow()
    with store.transaction() as s:
        if done.created:
            s.execute(update(Activity).where(Activity.id.in_(done.created))
                      .values(deleted_at=None, updated_at=now))
        for activity_id, _old, new in done.changed:
            s.execute(update(Activity).where(Activity.id == activity_id)
                      .values(updated_at=now, **new))
        ids = []
        for record in done.returned:
            r = ReturnedPack(**record)
            s.add(r)
            s.flush()
            ids.append(r.id)
        done.returned_ids = ids


@dataclass(frozen=True)
class ReturnedFile:
    file_name: str
    imported_at: dt.datetime
    summary: dict[str, Any]


@dataclass(frozen=True)
class ReturnStatus:
    municipality_id: int
    name: str
    files: tuple[ReturnedFile, ...]
    answers: dict[str, str]

    @property
    def returned(self) -> bool:
        return bool(self.files)

    @property
    def last(self) -> dt.datetime | None:
        return max((f.imported_at for f in self.files), default=None)


def return_status(store: Store) -> list[ReturnStatus]:
    """Each municipality of the workshop, in name order, with the packs that came back."""
    wid = store.workshop_id
    with store.session() as s:
        munis = s.execute(select(Municipality.id, Municipality.name)
                          .where(Municipality.workshop_id == wid)).all()
        files: dict[int, list[ReturnedFile]] = {}
        answers: dict[int, dict[str, str]] = {}
        for r in s.scalars(select(ReturnedPack).where(ReturnedPack.workshop_id == wid)
                           .order_by(ReturnedPack.imported_at, ReturnedPack.id)):
            if r.municipality_id is None:
                continue
            files.setdefault(r.municipality_id, []).append(
                ReturnedFile(r.file_name, r.imported_at, dict(r.summary or {})))
            answers.setdefault(r.municipality_id, {}).update(r.answers or {})
    return sorted((ReturnStatus(i, n, tuple(files.get(i, ())), answers.get(i, {}))
                   for i, n in munis), key=lambda st: st.name.casefold())


def returned_answers(store: Store, municipality_id: int) -> dict[str, str]:
    """What the municipality wrote in the answer boxes of its returned packs (the latest
    import of each box wins): "homework", "a", "b", "c" …"""
    answers: dict[str, str] = {}
    with store.session() as s:
        for r in s.scalars(select(ReturnedPack).where(
                ReturnedPack.workshop_id == store.workshop_id,
                ReturnedPack.municipality_id == municipality_id)
                .order_by(ReturnedPack.imported_at, ReturnedPack.id)):
            answers.update({k: v for k, v in (r.answers or {}).items() if v})
    return answers
