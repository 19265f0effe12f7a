"""A group's column on the Activities page: its theme, its list and a quick-add line."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QVBoxLayout,
    QWidget,
)

from avtoituba.core.capture import ActivityRow, GroupInfo

from avtoituba.gui.activities.delegate import ActivityDelegate
from avtoituba.gui.activities.model import ROW_ROLE, ActivityFilterModel, GroupActivityModel
from avtoituba.gui.activities.quick_add import QuickAddBar


class ActivityColumn(QFrame):
    """One group: heading, statement, quick-add line, and the (filtered) list."""

    current_changed = Signal(object)  # ActivityRow or None
    focused = Signal(int)  # group id
    edit_requested = Signal()  # Enter or a double click on an activity

    def __init__(self, group: GroupInfo, model: GroupActivityModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.group = group
        self.model = model
        self.setObjectName(f"groupColumn{group.number}")
        self.setProperty("groupColumn", True)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.heading = QLabel(group.name)
        self.heading.setObjectName("groupHeading")
        self.count = QLabel("")
        self.count.setObjectName("groupCount")
        self.statement = QLabel(group.statement)
        self.statement.setObjectName("groupStatement")
        self.statement.setWordWrap(True)
        self.statement.setToolTip(group.statement)
        self.quick_add = QuickAddBar()
        self.proxy = ActivityFilterModel(self)
        self.proxy.setSourceModel(model)
        self.view = QListView()
        self.view.setObjectName(f"activityList{group.number}")
        self.view.setModel(self.proxy)
        self.view.setItemDelegate(ActivityDelegate(self.view))
        self.view.setUniformItemSizes(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setAlternatingRowColors(True)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.setAccessibleName(group.name)
        self.view.selectionModel().currentChanged.connect(self._current_changed)
        self.view.doubleClicked.connect(lambda _i: self.edit_requested.emit())

        head = QHBoxLayout()
        head.addWidget(self.heading)
        head.addStretch(1)
        head.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(6)
        layout.addLayout(head)
        layout.addWidget(self.statement)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.quick_add)

        for w in (self.view, self.quick_add.title, self.quick_add.municipality,
                  self.quick_add.area):
            w.installEventFilter(self)
        for signal in (model.rowsInserted, model.rowsRemoved, model.modelReset,
                       self.proxy.rowsInserted, self.proxy.rowsRemoved, self.proxy.modelReset,
                       self.proxy.layoutChanged):
            signal.connect(self._update_count)
        self._update_count()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn:
            self.focused.emit(self.group.id)
        elif (watched is self.view and event.type() == QEvent.Type.KeyPress
              and isinstance(event, QKeyEvent)
              and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
              and self.current_row() is not None):
            self.edit_requested.emit()
            return True
        return super().eventFilter(watched, event)

    def _update_count(self, *_args: object) -> None:
        total = self.model.rowCount()
        shown = self.proxy.rowCount()
        self.count.setText(str(total) if shown == total else f"{shown} / {total}")

    def _current_changed(self, current, _previous) -> None:
        self.current_changed.emit(current.data(ROW_ROLE) if current.isValid() else None)

    def current_row(self) -> ActivityRow | None:
        index = self.view.currentIndex()
        return index.data(ROW_ROLE) if index.isValid() else None

    def select_id(self, activity_id: int) -> bool:
        source_row = self.model.row_of(activity_id)
        if source_row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(source_row))
        if not index.isValid():
            return False
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)
        return True
