"""Everything one municipality has so far, across the groups."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from avtoituba.core.capture import ActivityRow, AreaInfo, GroupInfo
from avtoituba.core.municipalities import MunicipalityRow

from avtoituba.wording import fill

Index = QModelIndex | QPersistentModelIndex
MUNI_ROLE = Qt.ItemDataRole.UserRole + 1


class MunicipalityActivitiesModel(QAbstractTableModel):
    COLUMNS = ("group", "area", "title", "responsible", "time_frame", "digital")

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self._rows: list[ActivityRow] = []
        self._groups: dict[int, GroupInfo] = {}
        self._areas: dict[int, AreaInfo] = {}

    def set_rows(self, rows: list[ActivityRow], groups: list[GroupInfo],
                 areas: list[AreaInfo]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._groups = {g.id: g for g in groups}
        self._areas = {a.number: a for a in areas}
        self.endResetModel()

    def rows(self) -> list[ActivityRow]:
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Group"), self.tr("Area"), self.tr("Activity"), self.tr("Responsible"),
                self.tr("Deadline"), self.tr("Digital"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        col = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if col == "group":
                g = self._groups.get(row.group_id) if row.group_id else None
                return g.name if g else ""
            if col == "area":
                a = self._areas.get(row.area_number) if row.area_number else None
                return f"{a.number}. {a.short_title}" if a else "—"
            if col == "digital":
                return self.tr("yes") if row.digital else ""
            return getattr(row, col)
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == "area" and row.area_number in self._areas:
                return self._areas[row.area_number].title
            if col == "title" and row.description:
                return f"{row.title}\n\n{row.description}"
        return None


class MunicipalityView(QWidget):
    """Municipalities (with their counts) on the left, the chosen one's activities right.
    ``activity_opened(id)`` on a double click, so the page can show it in its group."""

    activity_opened = Signal(int)
    changed_selection = Signal()

    # up to this many rows the columns and rows are measured to fit their text
    MEASURE_LIMIT = 150

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("municipalityView")
        self.list = QListWidget()
        self.list.setObjectName("municipalityList")
        self.list.setSpacing(3)
        self.heading = QLabel("")
        self.heading.setObjectName("municipalityHeading")
        self.model = MunicipalityActivitiesModel(self)
        self.table = QTableView()
        self.table.setObjectName("municipalityTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        hh = self.table.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        hh.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.doubleClicked.connect(self._opened)
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.heading)
        rl.addWidget(self.table, 1)
        split = QSplitter()
        split.addWidget(self.list)
        split.addWidget(right)
        split.setStretchFactor(1, 1)
        split.setSizes([220, 700])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split)
        self.list.currentItemChanged.connect(lambda *_: self.changed_selection.emit())

    def set_municipalities(self, rows: list[MunicipalityRow], counts: dict[int, int]) -> None:
        current = self.current_id()
        self.list.blockSignals(True)
        self.list.clear()
        for m in rows:
            item = QListWidgetItem(f"{m.name}  ({counts.get(m.id, 0)})")
            item.setData(MUNI_ROLE, m.id)
            self.list.addItem(item)
            if m.id == current:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        self.list.blockSignals(False)

    def current_id(self) -> int | None:
        item = self.list.currentItem()
        return item.data(MUNI_ROLE) if item else None

    def select(self, municipality_id: int) -> None:
        for i in range(self.list.count()):
            if self.list.item(i).data(MUNI_ROLE) == municipality_id:
                self.list.setCurrentRow(i)
                return

    def show_rows(self, name: str, rows: list[ActivityRow], groups: list[GroupInfo],
                  areas: list[AreaInfo]) -> None:
        self.heading.setText(fill(self.tr("%1: %n activities", "", len(rows)), name)
                             if name else "")
        self.model.set_rows(rows, groups, areas)
        if len(rows) <= self.MEASURE_LIMIT:
            # a municipality's day is a few dozen rows: fit columns and wrap long titles
            for column in (0, 1, 3, 4, 5):
                self.table.resizeColumnToContents(column)
                if self.table.columnWidth(column) > 200:
                    self.table.setColumnWidth(column, 200)
            self.table.resizeRowsToContents()

    def _opened(self, index: QModelIndex) -> None:
        if index.isValid():
            self.activity_opened.emit(self.model.rows()[index.row()].id)
