"""The returned homework: what the completed packs would change, as data (the preview).

``plan_import(store, paths)`` reads each document (folders: every .docx in them), refuses
whole files with a clear message (another workshop, not a Word document, too big, tables
deleted or merged, a renamed municipality unless the rename is accepted) and matches each
row to the municipality's activities: by the row's invisible bookmark, else by its title;
what matches nothing is new. Nothing is written here; ``returns_apply`` writes a plan as
one change.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select

from avtoituba.core import ogp
from avtoituba.export.returned import marks as M
from avtoituba.export.returned.reader import ReadError, ReadRow, ReturnedDocument, read_document
from avtoituba.store.db import Store
from avtoituba.store.models import (
    Activity,
    Area,
    Group,
    Membership,
    Municipality,
    Participant,
    Workshop,
)

from avtoituba import wording
from avtoituba.wording import QT_TRANSLATE_NOOP, fill

CTX = "Returns"
FIELDS = ("title", "description", "involve_leaders", "involve_key_people",
          "involve_partners", "involve_notes", "responsible", "time_frame", "digital")
FIELD_NAMES = {
    "title": QT_TRANSLATE_NOOP("Returns", "activity"),
    "description": QT_TRANSLATE_NOOP("Returns", "description"),
    "involve_leaders": QT_TRANSLATE_NOOP("Returns", "leaders"),
    "involve_key_people": QT_TRANSLATE_NOOP("Returns", "key people"),
    "involve_partners": QT_TRANSLATE_NOOP("Returns", "outside partners"),
    "involve_notes": QT_TRANSLATE_NOOP("Returns", "who to involve (note)"),
    "responsible": QT_TRANSLATE_NOOP("Returns", "responsible"),
    "time_frame": QT_TRANSLATE_NOOP("Returns", "deadline"),
    "digital": QT_TRANSLATE_NOOP("Returns", "digital solution"),
    "area_number": QT_TRANSLATE_NOOP("Returns", "area"),
    "ogp": QT_TRANSLATE_NOOP("Returns", "OGP commitment"),
    # the commitment's fields, as the preview lists them one by one
    "ogp.problem": QT_TRANSLATE_NOOP("Returns", "OGP: problem"),
    "ogp.situation": QT_TRANSLATE_NOOP("Returns", "OGP: current situation"),
    "ogp.change": QT_TRANSLATE_NOOP("Returns", "OGP: what changes"),
    "ogp.values": QT_TRANSLATE_NOOP("Returns", "OGP: values"),
    "ogp.milestones": QT_TRANSLATE_NOOP("Returns", "OGP: milestones"),
    "ogp.responsible_body": QT_TRANSLATE_NOOP("Returns", "OGP: responsible body"),
    "ogp.contact": QT_TRANSLATE_NOOP("Returns", "OGP: contact person"),
    "ogp.other_actors": QT_TRANSLATE_NOOP("Returns", "OGP: other actors"),
    "ogp.budget": QT_TRANSLATE_NOOP("Returns", "OGP: budget"),
    "ogp.development_plan": QT_TRANSLATE_NOOP("Returns", "OGP: development plan"),
}
MESSAGES = {
    "folder": QT_TRANSLATE_NOOP("Returns", "%1 is a folder with no Word documents (.docx) in it"),
    "not_a_file": QT_TRANSLATE_NOOP("Returns", "%1 is not a regular file; choose the .docx file "
                                         "the municipality sent"),
    "unreadable": QT_TRANSLATE_NOOP("Returns", "%1 cannot be read (%2); check that the file is "
                                         "not open elsewhere and try again"),
    "too_big": QT_TRANSLATE_NOOP("Returns", "%1 is %2 MB; a homework document may be at most %3 MB. "
                                      "Ask the team to save it without large pictures"),
    "zip_bomb": QT_TRANSLATE_NOOP("Returns", "%1 would unpack to more than %2 MB, far more than a "
                                       "homework document needs; it was not read"),
    "pdf": QT_TRANSLATE_NOOP("Returns", "%1 is a PDF, not a Word document; ask the team for the "
                                  ".docx file they filled in"),
    "odt": QT_TRANSLATE_NOOP("Returns", "%1 is an OpenDocument text (.odt) renamed to .docx; open "
                                  "it in LibreOffice, save it as Word (.docx) and import that"),
    "not_docx": QT_TRANSLATE_NOOP("Returns", "%1 is not a Word document (.docx); choose the file "
                                       "the municipality sent back"),
    "damaged": QT_TRANSLATE_NOOP("Returns", "%1 is damaged (%2 cannot be read); open it in Word "
                                      "or LibreOffice, save it again and import that"),
    "not_a_pack": QT_TRANSLATE_NOOP("Returns", "%1 is not a homework pack made by avtoituba (its "
                                         "invisible marks are missing); import the pack the "
                                         "municipality received, filled in"),
    "other_workshop": QT_TRANSLATE_NOOP("Returns", "%1 is a homework pack from another workshop; "
                                             "open that workshop's file to import it"),
    "no_tables": QT_TRANSLATE_NOOP("Returns", "%1 has no activity tables left (they were deleted); "
                                        "ask the team to write into the pack's tables"),
    "merged": QT_TRANSLATE_NOOP("Returns", "in %1, table %2 was merged with the one after it; "
                                     "split the tables again in Word (Table › Split table) "
                                     "and import again"),
    "columns": QT_TRANSLATE_NOOP("Returns", "in %1, table %2 has %3 columns instead of %4; undo "
                                      "the change of columns and import again"),
    "too_many_rows": QT_TRANSLATE_NOOP("Returns", "in %1, table %2 has more than %3 rows; it was "
                                            "not read"),
    "renamed": QT_TRANSLATE_NOOP("Returns", "%1 was made for „%2“, which is now called „%3“. "
                                      "Import it as „%3“?"),
    "unknown_municipality": QT_TRANSLATE_NOOP("Returns", "%1 is for „%2“, which is not in this "
                                                   "workshop"),
    # problems with single rows: the document, the table and the row are named
    "row_cells": QT_TRANSLATE_NOOP("Returns", "%1, table %2, row %3: the row's cells were merged "
                                        "or split; the row was not read"),
    "no_title": QT_TRANSLATE_NOOP("Returns", "%1, table %2, row %3: the row has no activity; "
                                       "it was not read"),
    "tick": QT_TRANSLATE_NOOP("Returns", "%1, table %2, row %3: „%4“ in the digital solution "
                                   "column is neither ☒ nor ☐; the value was kept"),
    "area_unknown": QT_TRANSLATE_NOOP("Returns", "%1, table %2, row %3: no area „%4“; the "
                                           "activity is added without an area"),
    "twice": QT_TRANSLATE_NOOP("Returns", "%1, table %2, row %3: „%4“ is listed twice; it is "
                                    "taken once"),
    "ogp_rows": QT_TRANSLATE_NOOP("Returns", "%1, table %2: the OGP commitment sheet's rows were "
                                       "added, deleted or merged; the sheet was not read"),
    "ogp_milestones": QT_TRANSLATE_NOOP("Returns", "%1, table %2: a milestone ends before it "
                                             "starts, or there are too many; the milestones "
                                             "were kept as they were"),
    "ogp_unknown": QT_TRANSLATE_NOOP("Returns", "%1, table %2: the OGP commitment sheet is for "
                                          "an activity no longer in the workshop; it was not "
                                          "read"),
}


def message(code: str, *args: object, lang: str | None = None) -> str:
    source = MESSAGES.get(code, code)
    return fill(wording.translate(CTX, source, lang=lang), *args)


def field_name(name: str, lang: str | None = None) -> str:
    return wording.translate(CTX, FIELD_NAMES.get(name, name), lang=lang)


def commitment_changes(old: dict[str, Any] | None, new: dict[str, Any] | None
                       ) -> list[tuple[str, Any, Any]]:
    """The fields of an OGP commitment that differ, as ("ogp.problem", before, after)."""
    old, new = old or {}, new or {}
    keys = [k for k, _ in ogp.TEXT_FIELDS] + ["values", "milestones"]
    return [(f"ogp.{k}", old.get(k), new.get(k)) for k in keys if old.get(k) != new.get(k)]


@dataclass
class Refusal:
    path: Path
    code: str
    text: str
    #: a renamed municipality: the id the pack was made for (import it with accept_renamed)
    municipality_id: int | None = None


@dataclass
class Item:
    kind: str                    # "new", "changed" or "unchanged"
    activity_id: int | None
    title: str
    values: dict[str, Any]       # new: every field; changed: the new values
    old: dict[str, Any]          # changed: the old values of the fields that change
    group_id: int | None = None
    area_number: int | None = None
    source: str = ""             # "file, table n, row m"


@dataclass
class MunicipalityPlan:
    municipality_id: int
    name: str
    files: list[ReturnedDocument] = field(default_factory=list)
    items: list[Item] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    answers: dict[str, str] = field(default_factory=dict)
    old_answers: dict[str, str] = field(default_factory=dict)

    def count(self, kind: str) -> int:
        return sum(1 for i in self.items if i.kind == kind)

    @property
    def writes(self) -> bool:
        return any(i.kind != "unchanged" for i in self.items) or \
            self.answers != self.old_answers or \
            any(f.digest not in self.known_digests for f in self.files)

    known_digests: set[str] = field(default_factory=set)


@dataclass
class ImportPlan:
    municipalities: list[MunicipalityPlan] = field(default_factory=list)
    refused: list[Refusal] = field(default_factory=list)

    @property
    def writes(self) -> bool:
        return any(m.writes for m in self.municipalities)

    def as_json(self, lang: str | None = None) -> dict[str, Any]:
        return {
            "municipalities": [{
                "municipality": m.name,
                "files": [f.name for f in m.files],
                "new": m.count("new"), "changed": m.count("changed"),
                "unchanged": m.count("unchanged"),
                "activities": [{
                    "status": i.kind, "id": i.activity_id, "title": i.title,
                    "changes": {k: {"from": i.old.get(k), "to": v} for k, v in i.values.items()}
                    if i.kind == "changed" else {},
                    "values": i.values if i.kind == "new" else {},
                    "source": i.source} for i in m.items],
                "answers": m.answers,
                "problems": m.problems,
            } for m in self.municipalities],
            "refused": [{"file": str(r.path), "reason": r.text} for r in self.refused],
        }


def expand(paths: Iterable[Path | str]) -> tuple[list[Path], list[Refusal]]:
    """Files to read: each .docx given, and each .docx in a folder given."""
    files: list[Path] = []
    refused: list[Refusal] = []
    for p in map(Path, paths):
        if p.is_dir():
            found = sorted(x for x in p.iterdir() if x.suffix.casefold() == ".docx"
                           and not x.name.startswith(("~$", ".~lock")) and x.is_file())
            if not found:
                refused.append(Refusal(p, "folder", message("folder", p.name)))
            files.extend(found)
        else:
            files.append(p)
    return files, refused


def _norm(text: str) -> str:
    return " ".join(text.split()).casefold()


@dataclass
class _Workshop:
    identity: str
    municipalities: dict[int, str]
    areas: dict[int, str]
    groups: dict[int, tuple[int, int | None]]      # number → (id, default area)
    themes: dict[int, list[int]]                   # municipality → group numbers
    activities: dict[int, list[Activity]]
    answers: dict[int, dict[str, str]]
    digests: dict[int, set[str]]


def _load(store: Store) -> _Workshop:
    from avtoituba.store.models import ReturnedPack

    wid = store.workshop_id
    with store.session() as s:
        w = s.get(Workshop, wid)
        assert w is not None
        munis = {m.id: m.name for m in s.scalars(
            select(Municipality).where(Municipality.workshop_id == wid))}
        areas = {a.number: a.title for a in s.scalars(
            select(Area).where(Area.workshop_id == wid))}
        groups = {g.number: (g.id, g.default_area_number) for g in s.scalars(
            select(Group).where(Group.workshop_id == wid))}
        by_id = {gid: n for n, (gid, _) in groups.items()}
        themes: dict[int, list[int]] = {}
        for mid, gid in s.execute(select(Participant.municipality_id, Membership.group_id)
                                  .join(Membership, Membership.participant_id == Participant.id)
                                  .where(Participant.workshop_id == wid)):
            if mid is not None and gid in by_id:
                themes.setdefault(mid, []).append(by_id[gid])
        acts: dict[int, list[Activity]] = {}
        for a in s.scalars(select(Activity).where(Activity.workshop_id == wid,
                                                  Activity.deleted_at.is_(None))
                           .order_by(Activity.position, Activity.id)):
            if a.municipality_id is not None:
                acts.setdefault(a.municipality_id, []).append(a)
            s.expunge(a)
        answers: dict[int, dict[str, str]] = {}
        digests: dict[int, set[str]] = {}
        for r in s.scalars(select(ReturnedPack).where(ReturnedPack.workshop_id == wid)
                           .order_by(ReturnedPack.imported_at, ReturnedPack.id)):
            if r.municipality_id is not None:
                answers.setdefault(r.municipality_id, {}).update(r.answers or {})
                digests.setdefault(r.municipality_id, set()).add(r.digest)
        return _Workshop(M.workshop_identity(w.id, w.created_at), munis, areas, groups,
                         themes, acts, answers, digests)


def _refusal(path: Path, exc: ReadError) -> Refusal:
    p = exc.params
    args: Sequence[object]
    if exc.code in ("merged", "too_many_rows"):
        args = (path.name, p.get("table"), p.get("limit", ""))
    elif exc.code == "columns":
        args = (path.name, p.get("table"), p.get("found"), p.get("expected"))
    elif exc.code == "too_big":
        args = (path.name, p.get("size"), p.get("limit"))
    elif exc.code == "zip_bomb":
        args = (path.name, p.get("limit"))
    else:
        args = (path.name, p.get("detail", p.get("part", "")))
    return Refusal(path, exc.code, message(exc.code, *args))


@dataclass
class Reading:
    """The documents read from the files chosen (the slow part of an import, done on a
    worker thread by the GUI), before they are matched to the workshop."""

    documents: list[ReturnedDocument | Refusal] = field(default_factory=list)
    refused: list[Refusal] = field(default_factory=list)     # folders with no documents

    def extend(self, other: Reading) -> None:
        self.documents.extend(other.documents)
        self.refused.extend(other.refused)


#: ``report(done, total, file name)`` after each file; it may raise to stop the reading
Report = Callable[[int, int, str], None]


def read_files(paths: Iterable[Path | str], report: Report | None = None) -> Reading:
    """Read each document given (folders: each .docx in them); a file that cannot be read
    as a returned pack becomes a refusal. Touches no workshop: safe on any thread."""
    files, refused = expand(paths)
    reading = Reading(refused=refused)
    for done, path in enumerate(files):
        if report is not None:
            report(done, len(files), path.name)
        try:
            reading.documents.append(read_document(path))
        except ReadError as exc:
            reading.documents.append(_refusal(path, exc))
    if report is not None:
        report(len(files), len(files), "")
    return reading


def plan_import(store: Store, paths: Iterable[Path | str],
                accept_renamed: Iterable[int] = ()) -> ImportPlan:
    """What importing ``paths`` would change; nothing is written."""
    return plan_reading(store, read_files(paths), accept_renamed)


def plan_reading(store: Store, reading: Reading,
                 accept_renamed: Iterable[int] = ()) -> ImportPlan:
    """Match documents already read to the workshop; nothing is written."""
    ws = _load(store)
    plan = ImportPlan(refused=list(reading.refused))
    accepted = set(accept_renamed)
    by_name = {_norm(n): i for i, n in ws.municipalities.items()}
    plans: dict[int, MunicipalityPlan] = {}
    for doc in reading.documents:
        if isinstance(doc, Refusal):
            plan.refused.append(doc)
            continue
        path = doc.path
        if doc.workshop != ws.identity:
            plan.refused.append(Refusal(path, "other_workshop",
                                        message("other_workshop", path.name)))
            continue
        mid = doc.municipality_id
        if mid not in ws.municipalities:
            mid = by_name.get(_norm(doc.municipality_name))
            if mid is None:
                plan.refused.append(Refusal(path, "unknown_municipality", message(
                    "unknown_municipality", path.name, doc.municipality_name)))
                continue
        current = ws.municipalities[mid]
        if _norm(current) != _norm(doc.municipality_name) and mid not in accepted:
            plan.refused.append(Refusal(path, "renamed", message(
                "renamed", path.name, doc.municipality_name, current), municipality_id=mid))
            continue
        mp = plans.get(mid)
        if mp is None:
            mp = plans[mid] = MunicipalityPlan(mid, current)
            mp.old_answers = dict(ws.answers.get(mid, {}))
            mp.answers = dict(mp.old_answers)
            mp.known_digests = ws.digests.get(mid, set())
        mp.files.append(doc)
        _match(ws, mp, doc)
    plan.municipalities = [plans[i] for i in sorted(
        plans, key=lambda i: _norm(ws.municipalities[i]))]
    return plan


def _values(row: ReadRow) -> dict[str, Any]:
    inv = row.involve
    values: dict[str, Any] = {
        "title": row.title, "description": row.description,
        "involve_notes": inv.notes, "responsible": row.responsible,
        "time_frame": row.time_frame}
    for name, value in (("involve_leaders", inv.leaders), ("involve_key_people",
                        inv.key_people), ("involve_partners", inv.partners),
                        ("digital", row.digital)):
        if value is not None:
            values[name] = value
    return values


def _match(ws: _Workshop, mp: MunicipalityPlan, doc: ReturnedDocument) -> None:
    for p in doc.problems:
        extra = p.params.get("text", "")
        mp.problems.append(message(p.code, doc.name, p.table, p.row, extra))
    for key, text in doc.answers.items():
        if text:
            mp.answers[key] = text
    existing = {a.id: a for a in ws.activities.get(mp.municipality_id, [])}
    matched = {i.activity_id: i for i in mp.items if i.activity_id is not None}
    new_titles = {_norm(i.title) for i in mp.items if i.kind == "new"}
    for row in doc.rows:
        source = f"{doc.name}, {row.table}/{row.row}"
        values = _values(row)
        target = existing.get(row.activity_id) if row.activity_id is not None else None
        if target is not None and target.id in matched:
            target = None
        if target is None:
            target = next((a for a in existing.values() if a.id not in matched
                           and _norm(a.title) == _norm(row.title)), None)
        if target is None and (_norm(row.title) in new_titles or any(
                _norm(a.title) == _norm(row.title) for a in existing.values())):
            mp.problems.append(message("twice", doc.name, row.table, row.row, row.title))
            continue
        if target is not None:
            old = {k: getattr(target, k) for k, v in values.items()
                   if (getattr(target, k) or ("" if k not in _FLAGS else False)) != v}
            item = Item("changed" if old else "unchanged", target.id, row.title,
                        {k: values[k] for k in old}, old, source=source)
            mp.items.append(item)
            matched[target.id] = item
            continue
        area = row.area
        if row.kind == "new":
            area = _area_of(ws, row.area_text)
            if area is None and row.area_text:
                mp.problems.append(message("area_unknown", doc.name, row.table, row.row,
                                           row.area_text))
        group = _group_of(ws, mp.municipality_id, row.group, area)
        full = {k: False for k in _FLAGS} | values
        mp.items.append(Item("new", None, row.title, full, {}, group, area, source))
        new_titles.add(_norm(row.title))
    _match_sheets(mp, doc, existing, matched)


def _match_sheets(mp: MunicipalityPlan, doc: ReturnedDocument, existing: dict[int, Activity],
                  matched: dict[int, Item]) -> None:
    """The OGP commitment sheets: a changed commitment joins its activity's changes."""
    from avtoituba.export.returned.ogp_sheet import commitment

    for sheet in doc.sheets:
        target = existing.get(sheet.activity_id)
        if target is None:
            mp.problems.append(message("ogp_unknown", doc.name, sheet.table))
            continue
        old = dict(target.ogp or {})
        new, problem = commitment(sheet, old)
        if problem:
            mp.problems.append(message(problem, doc.name, sheet.table))
        if new == old:
            continue
        item = matched.get(target.id)
        if item is None:
            item = Item("unchanged", target.id, target.title, {}, {},
                        source=f"{doc.name}, {sheet.table}")
            mp.items.append(item)
            matched[target.id] = item
        item.kind = "changed"
        item.values["ogp"] = new
        item.old["ogp"] = target.ogp


_FLAGS = ("involve_leaders", "involve_key_people", "involve_partners", "digital")


def _area_of(ws: _Workshop, text: str) -> int | None:
    text = text.strip()
    digits = ""
    for ch in text:
        if ch.isdigit():
            digits += ch
        else:
            break
    if digits and int(digits) in ws.areas:
        return int(digits)
    folded = _norm(text.lstrip("0123456789. "))
    if not folded:
        return None
    for number, title in ws.areas.items():
        if _norm(title).startswith(folded) or folded.startswith(_norm(title)):
            return number
    return None


def _group_of(ws: _Workshop, municipality_id: int, group: int | None,
              area: int | None) -> int | None:
    if group is not None and group in ws.groups:
        return ws.groups[group][0]
    themes = ws.themes.get(municipality_id, [])
    for number in themes:
        if area is not None and ws.groups[number][1] == area:
            return ws.groups[number][0]
    for _number, (gid, default) in sorted(ws.groups.items()):
        if area is not None and default == area:
            return gid
    if themes:
        return ws.groups[themes[0]][0]
    return ws.groups[min(ws.groups)][0] if ws.groups else None
