"""The filter over every list of the Activities page (text, municipality, area), and the
notice that appears when the filter hides an activity the trainer has just typed."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QToolButton,
    QWidget,
)

from avtoituba.core.capture import ActivityFilter, AreaInfo
from avtoituba.core.municipalities import MunicipalityRow

from avtoituba.wording import fill


class FilterBar(QWidget):
    """``changed`` when the trainer narrows or widens what the lists show."""

    changed = Signal()

    def __init__(self, areas: list[AreaInfo], parent: QWidget | None = None):
        super().__init__(parent)
        self.search = QLineEdit()
        self.search.setObjectName("activitySearch")
        self.search.setPlaceholderText(self.tr("Search activities (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(180)
        self.municipality_filter = QComboBox()
        self.municipality_filter.setObjectName("municipalityFilter")
        self.municipality_filter.setMinimumContentsLength(12)
        self.municipality_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.area_filter = QComboBox()
        self.area_filter.setObjectName("areaFilter")
        self.area_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.area_filter.setMinimumContentsLength(12)
        self.area_filter.addItem(self.tr("All areas"), None)
        for a in areas:
            self.area_filter.addItem(f"{a.number}. {a.short_title}", a.number)
            self.area_filter.setItemData(self.area_filter.count() - 1, a.title,
                                         Qt.ItemDataRole.ToolTipRole)
        self.clear_button = QToolButton()
        self.clear_button.setText(self.tr("Show all"))
        self.clear_button.clicked.connect(self.clear)
        self.status = QLabel("")
        self.status.setObjectName("filterStatus")
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.status)
        lay.addWidget(self.search, 2)
        lay.addWidget(self.municipality_filter, 1)
        lay.addWidget(self.area_filter, 1)
        lay.addWidget(self.clear_button)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(150)
        self._search_timer.timeout.connect(self.changed)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.municipality_filter.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.area_filter.currentIndexChanged.connect(lambda _i: self.changed.emit())

    def current(self) -> ActivityFilter:
        return ActivityFilter(municipality_id=self.municipality_filter.currentData(),
                              area_number=self.area_filter.currentData(),
                              text=self.search.text())

    def stop_typing_timer(self) -> None:
        self._search_timer.stop()

    def set_values(self, municipality_id: int | None = None, area_number: int | None = None,
                   text: str = "") -> None:
        """Set all three at once; one ``changed``."""
        for combo, value in ((self.municipality_filter, municipality_id),
                             (self.area_filter, area_number)):
            combo.blockSignals(True)
            combo.setCurrentIndex(max(combo.findData(value), 0))
            combo.blockSignals(False)
        self.search.blockSignals(True)
        self.search.setText(text)
        self.search.blockSignals(False)
        self.changed.emit()

    def clear(self) -> None:
        self.set_values()

    def set_municipalities(self, rows: list[MunicipalityRow]) -> None:
        current = self.municipality_filter.currentData()
        box = self.municipality_filter
        box.blockSignals(True)
        box.clear()
        box.addItem(self.tr("All municipalities"), None)
        for m in sorted(rows, key=lambda m: m.name.casefold()):
            box.addItem(m.name, m.id)
        box.setCurrentIndex(max(box.findData(current), 0))
        box.blockSignals(False)
        if current is not None and box.currentData() is None:
            self.changed.emit()  # the municipality filtered on is gone (merged)

    def show_counts(self, shown: int, total: int) -> None:
        empty = self.current().is_empty()
        self.status.setText("" if empty else
                            fill(self.tr("%1 of %2 shown"), str(shown), str(total)))
        self.clear_button.setEnabled(not empty)


class HiddenNotice(QFrame):
    """"Saved, but the filter hides it" with a one-click "Show" (``show_requested(id)``)."""

    show_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("hiddenNotice")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.label = QLabel("")
        self.label.setWordWrap(True)
        self.show_button = QPushButton(self.tr("Show"))
        self.show_button.setObjectName("showHiddenActivity")
        self.close_button = QToolButton()
        self.close_button.setIcon(self.style().standardIcon(
            QStyle.StandardPixmap.SP_TitleBarCloseButton))
        self.close_button.setAutoRaise(True)
        self.close_button.setToolTip(self.tr("Hide this notice"))
        self.close_button.setAccessibleName(self.tr("Hide this notice"))
        self.close_button.clicked.connect(self.hide)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(8, 4, 8, 4)
        lay.addWidget(self.label, 1)
        lay.addWidget(self.show_button)
        lay.addWidget(self.close_button)
        self._activity_id = -1
        self.show_button.clicked.connect(self._show_clicked)
        self.hide()

    def notify(self, activity_id: int, title: str) -> None:
        self._activity_id = activity_id
        self.label.setText(fill(self.tr("“%1” is saved, but the filter hides it."), title))
        self.show()

    def activity_id(self) -> int:
        return self._activity_id if self.isVisible() else -1

    def _show_clicked(self) -> None:
        self.hide()
        self.show_requested.emit(self._activity_id)
