"""Activities in Qt item models: one hub that owns the rows in memory, a list model per group.

The hub (:class:`ActivityHub`) is the one adapter between the core capture service and the
widgets: every change goes through it, it writes through to the workshop file first, then
tells the models, the coverage grid and the projector wall with signals. No widget per
activity: the lists are ``QListView``s over :class:`GroupActivityModel`, with a painting
delegate, so a group of 500 activities scrolls as smoothly as one of five.
"""

from __future__ import annotations

import bisect
from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from avtoituba.core.capture import ActivityFilter, ActivityRow, AreaInfo, Capture, GroupInfo

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex


class ActivityHub(QObject):
    """The activities of the open workshop, in memory and in the file, kept in step.

    Every method writes to the file first (the core service commits before returning) and
    only then changes the rows in memory and emits its signals.
    """

    inserted = Signal(object, int)      # ActivityRow, index in its group
    updated = Signal(object)            # ActivityRow
    removed = Signal(int, int)          # activity id, group id
    municipalities_changed = Signal()
    changed = Signal()                  # anything above (coalesce in the receiver)

    def __init__(self, capture: Capture, parent: QObject | None = None):
        super().__init__(parent)
        self.capture = capture
        self._by_group: dict[int, list[ActivityRow]] = {}
        self._by_id: dict[int, ActivityRow] = {}
        self.load()

    # -- reading ----------------------------------------------------------------------------
    def load(self) -> None:
        self._by_group = {g.id: [] for g in self.capture.groups()}
        self._by_id = {}
        for row in self.capture.list():
            if row.group_id in self._by_group:
                self._by_group[row.group_id].append(row)
                self._by_id[row.id] = row

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

    # -- changing (file first, then memory, then signals) -----------------------------------
    def add(self, group_id: int, title: str, municipality: str | None = None,
            area_number: int | None = None, **fields: Any) -> ActivityRow:
        known = len(self.capture.municipality_names())
        row = self.capture.add(group_id, title, municipality, area_number,
                               use_suggested_area=False, **fields)
        self._insert(row, len(self._by_group.setdefault(group_id, [])))
        if len(self.capture.municipality_names()) != known:
            self.municipalities_changed.emit()
        self.changed.emit()
        return row

    def update(self, activity_id: int, **fields: Any) -> tuple[ActivityRow, dict[str, Any]]:
        known = len(self.capture.municipality_names())
        row, old = self.capture.update(activity_id, **fields)
        if old:
            if activity_id in self._by_id:
                self._replace(row)
                self.updated.emit(row)
            if len(self.capture.municipality_names()) != known:
                self.municipalities_changed.emit()
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
            self._renumber(row.group_id)  # type: ignore[arg-type]
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

    # -- memory ----------------------------------------------------------------------------
    def _insert(self, row: ActivityRow, index: int) -> None:
        rows = self._by_group.setdefault(row.group_id, [])  # type: ignore[arg-type]
        index = max(0, min(index, len(rows)))
        rows.insert(index, row)
        self._by_id[row.id] = row
        self.inserted.emit(row, index)

    def _remove(self, activity_id: int) -> None:
        row = self._by_id.pop(activity_id, None)
        if row is None:
            return
        rows = self._by_group.get(row.group_id, [])  # type: ignore[arg-type]
        for i, r in enumerate(rows):
            if r.id == activity_id:
                del rows[i]
                break
        self.removed.emit(activity_id, row.group_id)

    def _replace(self, row: ActivityRow) -> None:
        self._by_id[row.id] = row
        rows = self._by_group.get(row.group_id, [])  # type: ignore[arg-type]
        for i, r in enumerate(rows):
            if r.id == row.id:
                rows[i] = row
                return

    def _renumber(self, group_id: int) -> None:
        """Positions in memory as the file has them after a move (0, 1, 2, ...)."""
        rows = self._by_group.get(group_id, [])
        for i, r in enumerate(rows):
            if r.position != i:
                rows[i] = replace(r, position=i)
                self._by_id[r.id] = rows[i]


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


class ActivityDelegate(QStyledItemDelegate):
    """Paints an activity as two lines: the title, then municipality · area (muted).

    Drawn directly (background, two elided lines) with fonts and metrics made once, so a
    list of hundreds scrolls without going through the style for every row.
    """

    def __init__(self, parent: QObject | None = None, scale: float = 1.0):
        super().__init__(parent)
        self.scale = scale
        self._font_key: str | None = None
        self._digital = self.tr("digital")

    def _prepare(self, font: QFont) -> None:
        key = font.key()
        if key == self._font_key:
            return
        self._font_key = key
        self._title = QFont(font)
        self._title.setPointSizeF(font.pointSizeF() * self.scale)
        self._title.setWeight(QFont.Weight.DemiBold)
        self._small = QFont(font)
        self._small.setPointSizeF(font.pointSizeF() * self.scale * 0.88)
        self._tm = QFontMetrics(self._title)
        self._sm = QFontMetrics(self._small)
        self._height = self._tm.height() + self._sm.height() + int(14 * self.scale)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        self._prepare(option.font)
        return QSize(200, self._height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        row: ActivityRow | None = index.data(ROW_ROLE)
        if row is None:
            return super().paint(painter, option, index)
        self._prepare(option.font)
        pal = option.palette
        state = option.state
        selected = bool(state & QStyle.StateFlag.State_Selected)
        if selected:
            active = bool(state & QStyle.StateFlag.State_Active)
            group = QPalette.ColorGroup.Active if active else QPalette.ColorGroup.Inactive
            painter.fillRect(option.rect, pal.brush(group, QPalette.ColorRole.Highlight))
        elif option.features & QStyleOptionViewItem.ViewItemFeature.Alternate:
            painter.fillRect(option.rect, pal.brush(QPalette.ColorRole.AlternateBase))
        fg = pal.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        muted = pal.color(QPalette.ColorRole.HighlightedText if selected
                          else QPalette.ColorRole.PlaceholderText)
        pad = int(8 * self.scale)
        rect = option.rect.adjusted(pad, int(5 * self.scale), -pad, -int(4 * self.scale))
        tm, sm = self._tm, self._sm
        painter.save()
        painter.setFont(self._title)
        painter.setPen(fg)
        painter.drawText(QRect(rect.left(), rect.top(), rect.width(), tm.height()),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         tm.elidedText(row.title, Qt.TextElideMode.ElideRight, rect.width()))
        model = index.model()
        source = model.sourceModel() if isinstance(model, QSortFilterProxyModel) else model
        area = source.area(row.area_number) if isinstance(source, GroupActivityModel) else None
        parts = [row.municipality or "—"]
        if area is not None:
            parts.append(f"{area.number}. {area.short_title}")
        if row.digital:
            parts.append(self._digital)
        painter.setFont(self._small)
        painter.setPen(muted)
        painter.drawText(QRect(rect.left(), rect.top() + tm.height() + 1, rect.width(),
                               sm.height()),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         sm.elidedText(" · ".join(parts), Qt.TextElideMode.ElideRight,
                                       rect.width()))
        if state & QStyle.StateFlag.State_HasFocus and selected:
            painter.setPen(pal.color(QPalette.ColorRole.HighlightedText))
            painter.drawRect(option.rect.adjusted(1, 1, -2, -2))
        painter.restore()
