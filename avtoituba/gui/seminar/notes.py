"""The notes of the municipality on stage: against the tasks a, b and c, and a mark for
each of its activities (confirmed, changed, dropped). Notes are saved as they are typed
(a moment after the last key); a mark is one undoable step."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from avtoituba.core.returns_apply import returned_answers
from avtoituba.core.seminar_run import (
    CHANGED,
    CONFIRMED,
    DROPPED,
    NOTE_FIELDS,
    Turn,
    activities_of,
    set_note,
)
from avtoituba.store.db import Store

from avtoituba.wording import fill

SAVE_AFTER_MS = 400


class NotesPanel(QGroupBox):
    #: (activity id, mark before, mark chosen)
    mark_chosen = Signal(int, str, str)
    #: (exception) a note could not be saved
    save_failed = Signal(object)

    def __init__(self, store: Store, tasks: list[str], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("seminarNotes")
        self.store = store
        self.turn: Turn | None = None
        self._loading = False
        col = QVBoxLayout(self)
        self.edits: dict[str, QPlainTextEdit] = {}
        self.labels: dict[str, QLabel] = {}
        self._timers: dict[str, QTimer] = {}
        for i, key in enumerate(NOTE_FIELDS):
            text = tasks[i] if i < len(tasks) else ""
            label = QLabel(f"<b>{key})</b> {text}")
            label.setWordWrap(True)
            edit = QPlainTextEdit()
            edit.setObjectName(f"seminarNote_{key}")
            edit.setTabChangesFocus(True)
            edit.setMinimumHeight(48)
            label.setBuddy(edit)
            timer = QTimer(self)
            timer.setSingleShot(True)
            timer.setInterval(SAVE_AFTER_MS)
            timer.timeout.connect(lambda k=key: self.save(k))
            edit.textChanged.connect(lambda t=timer: None if self._loading else t.start())
            self.edits[key], self.labels[key], self._timers[key] = edit, label, timer
            col.addWidget(label)
            col.addWidget(edit, 1)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("seminarActivities")
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for c, width in ((1, 100), (2, 80)):
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.Interactive)
            self.table.setColumnWidth(c, width)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setMinimumWidth(240)
        self.table.setWordWrap(True)
        self.activities_label = QLabel()
        self.activities_label.setWordWrap(True)
        col.addWidget(self.activities_label)
        col.addWidget(self.table, 2)
        self.retranslate()

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels([self.tr("Activity"), self.tr("Responsible"),
                                              self.tr("Deadline"), self.tr("At the seminar")])
        self.activities_label.setText(self.tr("Its activities: mark each as confirmed, "
                                              "changed or dropped."))

    def mark_names(self) -> list[tuple[str, str]]:
        return [("", self.tr("not marked")), (CONFIRMED, self.tr("confirmed")),
                (CHANGED, self.tr("changed")), (DROPPED, self.tr("dropped"))]

    def show_turn(self, turn: Turn | None, read_only: bool = False) -> None:
        self.flush()
        self.turn = turn
        self.setTitle(turn.name if turn else self.tr("No municipality chosen"))
        self._loading = True
        for key, edit in self.edits.items():
            text = getattr(turn, f"note_{key}") if turn else ""
            if edit.toPlainText() != text:
                edit.setPlainText(text)
            edit.setReadOnly(read_only or turn is None)
        self.show_hints()
        self._loading = False
        self.show_activities(read_only)

    def show_hints(self) -> None:
        """What the municipality answered in its returned pack, as a hint in each field."""
        try:
            answers = returned_answers(self.store, self.turn.id) if self.turn else {}
        except Exception:
            answers = {}
        for key, edit in self.edits.items():
            edit.setPlaceholderText(fill(self.tr("From the homework: %1"), answers[key])
                                    if answers.get(key) else "")

    def show_activities(self, read_only: bool = False) -> None:
        rows = activities_of(self.store, self.turn.id) if self.turn else []
        self.table.setRowCount(len(rows))
        names = self.mark_names()
        for r, a in enumerate(rows):
            for c, text in enumerate((a.title, a.responsible, a.time_frame)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(r, c, item)
            combo = QComboBox()
            for key, name in names:
                combo.addItem(name, key)
            combo.setCurrentIndex(max(0, combo.findData(a.mark)))
            combo.setEnabled(not read_only)
            combo.activated.connect(
                lambda _i, box=combo, aid=a.id, before=a.mark: self._marked(box, aid, before))
            self.table.setCellWidget(r, 3, combo)

    def _marked(self, box: QComboBox, activity_id: int, before: str) -> None:
        after = box.currentData()
        if after != before:
            self.mark_chosen.emit(activity_id, before, after)

    def save(self, key: str) -> None:
        if self.turn is None:
            return
        try:
            set_note(self.store, self.turn.id, key, self.edits[key].toPlainText())
        except Exception as exc:
            self.save_failed.emit(exc)

    def flush(self) -> None:
        """Save what is still waiting (before another municipality is shown, or closing)."""
        for key, timer in self._timers.items():
            if timer.isActive():
                timer.stop()
                self.save(key)

