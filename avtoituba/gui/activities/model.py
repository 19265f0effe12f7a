"""Activities in Qt item models: a list model per group and the filter over it.

The rows come from :class:`~avtoituba.gui.activities.hub.ActivityHub` (their one owner) and
follow its signals. No widget per activity: the lists are ``QListView``s over
:class:`GroupActivityModel`, with a painting delegate (:mod:`.delegate`), so a group of 500
activities scrolls as smoothly as one of five. The projector wall shows the same models.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from avtoituba.core.capture import ActivityFilter, ActivityRow, AreaInfo, GroupInfo

from avtoituba.gui.activities.hub import ActivityHub

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
MARK_ROLE = Qt.ItemDataRole.UserRole + 3  # the scribe device that wrote it, or ""

Index = QModelIndex | QPersistentModelIndex


class GroupActivityModel(QAbstractListModel):
    """One group's activities in order, following the hub."""

    def __init__(self, hub: ActivityHub, group: GroupInfo, parent: QObject | None = None):
        super().__init__(parent)
        self.hub = hub
        self.group = group
        self._rows: list[ActivityRow] = hub.group_rows(group.id)
        self._areas = {a.number: a for a in hub.areas()}
        hub.inserted.connect(self._on_inserted)
        hub.updated.connect(self._on_updated)
        hub.removed.connect(self._on_removed)
        hub.marks_changed.connect(self._on_marks_changed)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return row.title
        if role == ROW_ROLE:
            return row
        if role == ID_ROLE:
            return row.id
        if role == MARK_ROLE:
            return self.hub.mark(row.id)
        if role == Qt.ItemDataRole.ToolTipRole:
            area = self._areas.get(row.area_number) if row.area_number else None
            parts = [row.title]
            if row.municipality:
                parts.append(row.municipality)
            if area:
                parts.append(f"{area.number}. {area.title}")
            if row.description:
                parts.append(row.description)
            return "\n".join(parts)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{row.title}, {row.municipality}" if row.municipality else row.title
        return None

    def area(self, number: int | None) -> AreaInfo | None:
        return self._areas.get(number) if number else None

    def row_at(self, i: int) -> ActivityRow:
        return self._rows[i]

    def row_of(self, activity_id: int) -> int:
        for i, r in enumerate(self._rows):
            if r.id == activity_id:
                return i
        return -1

    def _on_inserted(self, row: ActivityRow, index: int) -> None:
        if row.group_id != self.group.id:
            return
        self.beginInsertRows(QModelIndex(), index, index)
        self._rows.insert(index, row)
        self.endInsertRows()

    def _on_updated(self, row: ActivityRow) -> None:
        if row.group_id != self.group.id:
            return
        i = self.row_of(row.id)
        if i >= 0:
            self._rows[i] = row
            idx = self.index(i)
            self.dataChanged.emit(idx, idx)

    def mark(self, activity_id: int) -> str:
        return self.hub.mark(activity_id)

    def _on_marks_changed(self) -> None:
        if self._rows:
            self.dataChanged.emit(self.index(0), self.index(len(self._rows) - 1), [MARK_ROLE])

    def _on_removed(self, activity_id: int, group_id: int) -> None:
        if group_id != self.group.id:
            return
        i = self.row_of(activity_id)
        if i >= 0:
            self.beginRemoveRows(QModelIndex(), i, i)
            del self._rows[i]
            self.endRemoveRows()


class ActivityFilterModel(QSortFilterProxyModel):
    """A group's list as the filter bar narrows it (municipality, area, text)."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._filter = ActivityFilter()

    def set_filter(self, flt: ActivityFilter) -> None:
        if flt != self._filter:
            self.beginFilterChange()
            self._filter = flt
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def activity_filter(self) -> ActivityFilter:
        return self._filter

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if self._filter.is_empty():
            return True
        model = self.sourceModel()
        row = model.row_at(source_row)  # type: ignore[attr-defined]
        return self._filter.matches(row)
