"""The coverage grid: municipalities by the seven areas, with counts; the gaps stand out.

So the trainer can see before the presentations which municipality has nothing yet in an
area, and prompt. A click on a cell asks the page to show just those activities.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from avtoituba.core.capture import AreaInfo, Coverage

from avtoituba.wording import fill

Index = QModelIndex | QPersistentModelIndex

GAP = QColor("#f9d7d3")
GAP_TEXT = QColor("#9b2c1f")
SOME = QColor("#dcefd9")
MANY = QColor("#a9d8a1")
TOTAL = QColor("#eef0f3")


class CoverageModel(QAbstractTableModel):
    """Rows: municipalities; columns: the areas, then the total."""

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self._coverage: Coverage | None = None
        self._areas: list[AreaInfo] = []

    def set_coverage(self, coverage: Coverage, areas: list[AreaInfo]) -> None:
        same_shape = (self._coverage is not None
                      and [m.id for m in self._coverage.municipalities]
                      == [m.id for m in coverage.municipalities]
                      and [a.number for a in self._areas] == [a.number for a in areas])
        if same_shape:
            self._coverage = coverage
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(self.rowCount() - 1, self.columnCount() - 1))
            return
        self.beginResetModel()
        self._coverage = coverage
        self._areas = list(areas)
        self.endResetModel()

    def coverage(self) -> Coverage | None:
        return self._coverage

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self._coverage is None:
            return 0
        return len(self._coverage.municipalities)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._areas) + 1

    def cell(self, index: Index) -> tuple[int, int | None]:
        """(municipality id, area number or None for the total column)."""
        assert self._coverage is not None
        muni = self._coverage.municipalities[index.row()]
        col = index.column()
        return muni.id, (self._areas[col].number if col < len(self._areas) else None)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self._coverage is None:
            return None
        muni_id, area = self.cell(index)
        cov = self._coverage
        n = cov.count(muni_id, area) if area is not None else cov.municipality_total(muni_id)
        if role == Qt.ItemDataRole.DisplayRole:
            return str(n) if n or area is None else "–"
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        if role == Qt.ItemDataRole.BackgroundRole:
            if area is None:
                return QBrush(TOTAL)
            return QBrush(GAP if n == 0 else SOME if n < 3 else MANY)
        if role == Qt.ItemDataRole.ForegroundRole and area is not None and n == 0:
            return QBrush(GAP_TEXT)
        if role == Qt.ItemDataRole.FontRole and area is None:
            f = QFont()
            f.setBold(True)
            return f
        if role == Qt.ItemDataRole.ToolTipRole:
            name = cov.municipalities[index.row()].name
            if area is None:
                return fill(self.tr("%1: %n activities in all", "", n), name)
            title = self._areas[index.column()].title
            if n == 0:
                return fill(self.tr("%1 has no activity yet in area %2 (%3)"), name,
                            str(area), title)
            return fill(self.tr("%1: %n in area %2 (%3). Click to list them.", "", n), name,
                        str(area), title)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self._coverage is None:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if role == Qt.ItemDataRole.DisplayRole:
                if section < len(self._areas):
                    a = self._areas[section]
                    return f"{a.number}\n{a.short_title}"
                return self.tr("Total")
            if role == Qt.ItemDataRole.ToolTipRole and section < len(self._areas):
                return f"{self._areas[section].number}. {self._areas[section].title}"
        else:
            if role == Qt.ItemDataRole.DisplayRole:
                return self._coverage.municipalities[section].name
            if role == Qt.ItemDataRole.ForegroundRole:
                muni = self._coverage.municipalities[section]
                if any(self._coverage.count(muni.id, a.number) == 0 for a in self._areas):
                    return QBrush(GAP_TEXT)
        return None


class CoverageGrid(QWidget):
    """The grid with a line that says how many gaps there are. ``cell_clicked(muni, area)``
    (area 0 for the total column)."""

    cell_clicked = Signal(int, int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("coverageGrid")
        self.model = CoverageModel(self)
        self.summary = QLabel("")
        self.summary.setObjectName("coverageSummary")
        self.summary.setWordWrap(True)
        self.table = QTableView()
        self.table.setObjectName("coverageTable")
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setWordWrap(True)
        self.table.setShowGrid(True)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(34)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setMinimumHeight(64)
        self.table.horizontalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignCenter | Qt.AlignmentFlag.AlignVCenter)
        self.table.horizontalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.clicked.connect(self._clicked)
        self.table.activated.connect(self._clicked)
        self.empty = QLabel(self.tr("No municipalities yet. They appear here as activities "
                                    "are typed for them (or from the participant list)."))
        self.empty.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)

    def set_coverage(self, coverage: Coverage, areas: list[AreaInfo]) -> None:
        self.model.set_coverage(coverage, areas)
        has = bool(coverage.municipalities)
        self.table.setVisible(has)
        self.empty.setVisible(not has)
        gaps = len(coverage.gaps())
        cells = len(coverage.municipalities) * len(areas)
        if not has:
            self.summary.setText("")
        elif gaps == 0:
            self.summary.setText(self.tr("Every municipality has at least one activity in "
                                         "every area."))
        else:
            self.summary.setText(
                fill(self.tr("%n of %1 cells are still empty (red): a municipality with no "
                             "activity in that area yet. Click a cell to list its activities.",
                             "", gaps), str(cells)))

    def _clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            muni, area = self.model.cell(index)
            self.cell_clicked.emit(muni, area or 0)
