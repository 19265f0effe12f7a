"""The one owner of the activity rows in the GUI.

:class:`ActivityHub` reads the activities and municipalities from the core capture service
and holds them in memory, once; the group models, the coverage grid, the municipality view
and the projector wall all read from it and follow its signals. Every change goes through
it: the core service commits to the file first, then the hub changes its rows and says so.
The core service itself keeps no rows (see :mod:`avtoituba.core.capture`).
"""

from __future__ import annotations

import bisect
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QObject, Signal

from avtoituba.core import municipalities as munis
from avtoituba.core.capture import ActivityRow, AreaInfo, Capture, CaptureError, GroupInfo


class ActivityHub(QObject):
    """The activities of the open workshop, in memory and in the file, kept in step."""

    inserted = Signal(object, int)      # ActivityRow, index in its group
    updated = Signal(object)            # ActivityRow
    removed = Signal(int, int)          # activity id, group id
    municipalities_changed = Signal()
    changed = Signal()                  # anything above (coalesce in the receiver)
    marks_changed = Signal()            # the device marks of scribe entries

    def __init__(self, capture: Capture, parent: QObject | None = None):
        super().__init__(parent)
        self.capture = capture
        self._by_group: dict[int, list[ActivityRow]] = {}
        self._by_id: dict[int, ActivityRow] = {}
        self._municipalities: list[munis.MunicipalityRow] = []
        self._marks: dict[int, str] = {}
        self._read()

    # -- reading ----------------------------------------------------------------------------
    def _read(self) -> None:
        self._by_group = {g.id: [] for g in self.capture.groups()}
        self._by_id = {}
        for row in self.capture.list():
            if row.group_id in self._by_group:
                self._by_group[row.group_id].append(row)
                self._by_id[row.id] = row
        self._municipalities = self.capture.municipality_rows()

    def groups(self) -> list[GroupInfo]:
        return self.capture.groups()

    def areas(self) -> list[AreaInfo]:
        return self.capture.areas()

    def group_rows(self, group_id: int) -> list[ActivityRow]:
        return list(self._by_group.get(group_id, ()))

    def all_rows(self) -> list[ActivityRow]:
        return [r for g in self.capture.groups() for r in self._by_group.get(g.id, ())]

    def row(self, activity_id: int) -> ActivityRow | None:
        return self._by_id.get(activity_id)

    def count(self) -> int:
        return len(self._by_id)

    def municipality_rows(self) -> list[munis.MunicipalityRow]:
        return list(self._municipalities)

    def municipality_names(self) -> list[str]:
        return sorted((m.name for m in self._municipalities), key=str.casefold)

    def municipality_name(self, municipality_id: int | None) -> str:
        for m in self._municipalities:
            if m.id == municipality_id:
                return m.name
        return ""

    def find_municipality(self, name: str) -> int | None:
        fold = munis.normalise_name(name).casefold()
        for m in self._municipalities:
            if m.name.casefold() == fold:
                return m.id
        return None

    def match_municipality(self, typed: str) -> munis.MunicipalityMatch:
        return munis.match_municipality(typed, self.municipality_names())

    # -- changing (file first, then memory, then signals) -----------------------------------
    def _municipalities_may_have_changed(self) -> None:
        rows = self.capture.municipality_rows()
        if rows != self._municipalities:
            self._municipalities = rows
            self.municipalities_changed.emit()

    def add(self, group_id: int, title: str, municipality: str | None = None,
            area_number: int | None = None, **fields: Any) -> ActivityRow:
        row = self.capture.add(group_id, title, municipality, area_number,
                               use_suggested_area=False, **fields)
        self._insert(row, len(self._by_group.setdefault(group_id, [])))
        self._municipalities_may_have_changed()
        self.changed.emit()
        return row

    def update(self, activity_id: int, **fields: Any) -> tuple[ActivityRow, dict[str, Any]]:
        row, old = self.capture.update(activity_id, **fields)
        if old:
            if activity_id in self._by_id:
                self._replace(row)
                self.updated.emit(row)
            if "municipality" in old:
                self._municipalities_may_have_changed()
            self.changed.emit()
        return row, old

    def delete(self, activity_id: int) -> ActivityRow:
        row = self.capture.delete(activity_id)
        self._remove(activity_id)
        self.changed.emit()
        return row

    def restore(self, activity_id: int) -> ActivityRow:
        row = self.capture.restore(activity_id)
        if row.group_id in self._by_group and activity_id not in self._by_id:
            rows = self._by_group[row.group_id]
            keys = [r.sort_key() for r in rows]
            self._insert(row, bisect.bisect_left(keys, row.sort_key()))
            self.changed.emit()
        return row

    def reorder(self, activity_id: int, new_index: int) -> tuple[int, int]:
        old_index, new_index = self.capture.reorder(activity_id, new_index)
        if old_index != new_index:
            row = self._by_id[activity_id]
            self._remove(activity_id)
            self._insert(row, new_index)
            self._renumber(row.group_id)
            self.changed.emit()
        return old_index, new_index

    def move_to_group(self, activity_id: int, group_id: int, index: int | None = None
                      ) -> tuple[int, int, int]:
        old_group, old_index, new_index = self.capture.move_to_group(activity_id, group_id, index)
        row = self._by_id.get(activity_id) or self.capture.get(activity_id)
        group = self.capture.group(group_id)
        self._remove(activity_id)
        if old_group in self._by_group:
            self._renumber(old_group)
        self._insert(replace(row, group_id=group_id, group_number=group.number), new_index)
        self._renumber(group_id)
        self.changed.emit()
        return old_group, old_index, new_index

    def merge_municipalities(self, from_id: int, into_id: int) -> munis.MergeRecord:
        record = munis.merge(self.capture.store, from_id, into_id)
        self._follow_municipality(record.activity_ids)
        return record

    def unmerge_municipalities(self, record: munis.MergeRecord) -> None:
        munis.unmerge(self.capture.store, record)
        self._follow_municipality(record.activity_ids)

    def _follow_municipality(self, activity_ids: tuple[int, ...]) -> None:
        """After a merge or its undo: the moved rows read again, the list of names too."""
        self._municipalities = self.capture.municipality_rows()
        for aid in activity_ids:
            if aid in self._by_id:
                row = self.capture.get(aid)
                self._replace(row)
                self.updated.emit(row)
        self.municipalities_changed.emit()
        self.changed.emit()

    # -- changes made elsewhere (a group's phone) -------------------------------------------
    def follow(self, activity_id: int, added: ActivityRow | None = None) -> None:
        """Read one activity again after it was changed outside the hub (by a group's phone
        through the same capture service): it appears, changes, moves or goes as the file
        now has it. ``added``: the row a phone just added, as committed (nothing to read)."""
        row: ActivityRow | None = added
        if row is None:
            try:
                row = self.capture.get(activity_id)
            except CaptureError:
                row = None
        old = self._by_id.get(activity_id)
        if row is None or row.deleted or row.group_id not in self._by_group:
            if old is not None:
                self._remove(activity_id)
                self.changed.emit()
            return
        if old is not None and (old.group_id, old.position) == (row.group_id, row.position):
            if old != row:
                self._replace(row)
                self.updated.emit(row)
        else:
            if old is not None:
                self._remove(activity_id)
            assert row.group_id is not None
            keys = [r.sort_key() for r in self._by_group[row.group_id]]
            self._insert(row, bisect.bisect_left(keys, row.sort_key()))
        if added is None or added.municipality_id not in {m.id for m in self._municipalities}:
            self._municipalities_may_have_changed()
        self.changed.emit()

    def set_marks(self, marks: dict[int, str]) -> None:
        """activity id → the mark of the device that wrote it („2. grupi seade 1“)."""
        if marks != self._marks:
            self._marks = dict(marks)
            self.marks_changed.emit()

    def set_mark(self, activity_id: int, mark: str) -> None:
        """One activity's mark (a phone's new entry: set before the row is shown, so no list
        has to be repainted for it)."""
        if self._marks.get(activity_id, "") == mark:
            return
        self._marks[activity_id] = mark
        if activity_id in self._by_id:
            self.marks_changed.emit()

    def mark(self, activity_id: int) -> str:
        return self._marks.get(activity_id, "")

    # -- memory ----------------------------------------------------------------------------
    def _insert(self, row: ActivityRow, index: int) -> None:
        assert row.group_id is not None
        rows = self._by_group.setdefault(row.group_id, [])
        index = max(0, min(index, len(rows)))
        rows.insert(index, row)
        self._by_id[row.id] = row
        self.inserted.emit(row, index)

    def _remove(self, activity_id: int) -> None:
        row = self._by_id.pop(activity_id, None)
        if row is None or row.group_id is None:
            return
        rows = self._by_group.get(row.group_id, [])
        for i, r in enumerate(rows):
            if r.id == activity_id:
                del rows[i]
                break
        self.removed.emit(activity_id, row.group_id)

    def _replace(self, row: ActivityRow) -> None:
        self._by_id[row.id] = row
        for i, r in enumerate(self._by_group.get(row.group_id or -1, [])):
            if r.id == row.id:
                self._by_group[row.group_id or -1][i] = row
                return

    def _renumber(self, group_id: int | None) -> None:
        """Positions in memory as the file has them after a move (0, 1, 2, ...)."""
        rows = self._by_group.get(group_id or -1, [])
        for i, r in enumerate(rows):
            if r.position != i:
                rows[i] = replace(r, position=i)
                self._by_id[r.id] = rows[i]
