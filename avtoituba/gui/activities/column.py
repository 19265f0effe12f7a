"""A group's column on the Activities page: its theme, a quick-add line and its list."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from avtoituba.core.capture import ActivityRow, AreaInfo, GroupInfo

from avtoituba.gui.activities.model import (
    ROW_ROLE,
    ActivityDelegate,
    ActivityFilterModel,
    GroupActivityModel,
)


class QuickAddBar(QWidget):
    """Title + municipality + area; Enter asks to add (``submitted``). The page clears the
    title only after the activity is in the file."""

    submitted = Signal(str, str, object)  # title, municipality, area number or None

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("quickAdd")
        self.title = QLineEdit()
        self.title.setObjectName("quickAddTitle")
        self.title.setPlaceholderText(self.tr("New activity: type and press Enter"))
        self.title.setClearButtonEnabled(True)
        self.title.setMaxLength(500)
        self.municipality = QComboBox()
        self.municipality.setObjectName("quickAddMunicipality")
        self.municipality.setEditable(True)
        self.municipality.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.municipality.lineEdit().setPlaceholderText(self.tr("Municipality"))
        self.municipality.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.municipality.setMinimumContentsLength(10)
        completer = self.municipality.completer()
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.area = QComboBox()
        self.area.setObjectName("quickAddArea")
        self.area.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.area.setMinimumContentsLength(6)
        self.add_button = QToolButton()
        self.add_button.setObjectName("quickAddButton")
        self.add_button.setText(self.tr("Add"))
        self.add_button.setToolTip(self.tr("Add the activity (Enter)"))
        self.message = QLabel("")
        self.message.setObjectName("quickAddMessage")
        self.message.setWordWrap(True)
        self.message.hide()
        self._suggested: int | None = None

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.title, 1)
        top.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.municipality)
        layout.addWidget(self.area)
        layout.addWidget(self.message)

        self.title.returnPressed.connect(self.submit)
        self.add_button.clicked.connect(self.submit)
        self.municipality.lineEdit().returnPressed.connect(self._municipality_enter)
        self.title.textEdited.connect(lambda _t: self.show_message(""))

    def set_areas(self, areas: list[AreaInfo], suggested: int | None) -> None:
        self._suggested = suggested
        self.area.clear()
        self.area.addItem(self.tr("— area —"), None)
        for a in areas:
            self.area.addItem(f"{a.number}. {a.short_title}", a.number)
            self.area.setItemData(self.area.count() - 1, a.title, Qt.ItemDataRole.ToolTipRole)
        self.reset_area()

    def reset_area(self) -> None:
        i = self.area.findData(self._suggested)
        self.area.setCurrentIndex(max(i, 0))

    def set_municipalities(self, names: list[str]) -> None:
        text = self.municipality.currentText()
        self.municipality.clear()
        self.municipality.addItems(names)
        self.municipality.setEditText(text)

    def municipality_name(self) -> str:
        return self.municipality.currentText().strip()

    def _municipality_enter(self) -> None:
        if self.title.text().strip():
            self.submit()
        else:
            self.title.setFocus()

    def submit(self) -> None:
        self.submitted.emit(self.title.text(), self.municipality_name(),
                            self.area.currentData())

    def accepted(self) -> None:
        """The activity is in the file: ready for the next one (municipality stays)."""
        self.title.clear()
        self.reset_area()
        self.show_message("")
        self.title.setFocus()

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))


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

    def _current_changed(self, current, _previous) -> None:  # noqa: ANN001
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
