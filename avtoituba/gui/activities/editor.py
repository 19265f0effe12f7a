"""Editing one activity in place: every field, each change committed as it is made.

One-line fields commit on Enter or when they lose focus (``editingFinished``) and after a
short pause in typing; the longer texts commit after a short pause and when they lose focus;
check boxes and the area commit at once. ``flush()`` commits whatever is still waiting (the
page calls it when the selection changes and before the workshop closes), so nothing typed
stays only in the widget.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from avtoituba.core.capture import ActivityRow, AreaInfo
from avtoituba.core.ogp import CommitmentError, clean_commitment

from avtoituba.gui.activities.ogp_fields import CommitmentBox
from avtoituba.gui.activities.quick_add import (
    municipality_box,
    municipality_question,
    set_names,
)
from avtoituba.wording import fill

# how long a pause in typing is before the text is committed (ms)
DEBOUNCE_MS = 700


class ActivityEditor(QWidget):
    """The fields of the selected activity. Emits ``edited(id, {field: value})``."""

    edited = Signal(int, dict)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("activityEditor")
        self._row: ActivityRow | None = None
        self._loading = False
        self._pending: set[str] = set()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.flush)

        self.placeholder = QLabel(self.tr("Select an activity in a group's list to edit it "
                                          "here. Every change is saved as you make it."))
        self.placeholder.setWordWrap(True)
        self.placeholder.setObjectName("editorPlaceholder")

        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("editorTitle")
        self.description_edit = QPlainTextEdit()
        self.description_edit.setObjectName("editorDescription")
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setPlaceholderText(self.tr("What exactly will be done, and how"))
        self.municipality_edit = municipality_box("editorMunicipality", self.tr("Municipality"))
        self.question, self.question_label, self.use_known_button, self.add_new_button = \
            municipality_question(("editorUseKnownMunicipality", "editorAddNewMunicipality"),
                                  margin=4)
        self._known = ""
        self._new_ok = ""
        self.use_known_button.clicked.connect(self._use_known)
        self.add_new_button.clicked.connect(self._add_new)
        self.area_edit = QComboBox()
        self.area_edit.setObjectName("editorArea")
        self.area_edit.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.area_edit.setMinimumContentsLength(16)

        self.leaders_check = QCheckBox(self.tr("Municipal leaders"))
        self.key_people_check = QCheckBox(self.tr("Key people of the theme"))
        self.partners_check = QCheckBox(self.tr("Partners from outside the house"))
        self.involve_notes_edit = QLineEdit()
        self.involve_notes_edit.setPlaceholderText(self.tr("Who exactly (names, organisations)"))
        involve = QGroupBox(self.tr("Who to involve"))
        ilay = QVBoxLayout(involve)
        for w in (self.leaders_check, self.key_people_check, self.partners_check,
                  self.involve_notes_edit):
            ilay.addWidget(w)

        self.responsible_edit = QLineEdit()
        self.responsible_edit.setPlaceholderText(self.tr("Person or unit"))
        self.time_frame_edit = QLineEdit()
        self.time_frame_edit.setPlaceholderText(self.tr("e.g. spring 2027"))
        self.digital_check = QCheckBox(self.tr("Uses a digital solution"))
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setObjectName("editorNotes")
        for edit in (self.description_edit, self.notes_edit):
            edit.setMinimumHeight(54)
            edit.setMaximumHeight(130)

        self.status = QLabel("")
        self.status.setObjectName("editorStatus")
        self.status.setWordWrap(True)
        self.saved = QLabel("")
        self.saved.setObjectName("editorSaved")

        self.form = QWidget()
        form = QFormLayout(self.form)
        form.setContentsMargins(0, 0, 0, 0)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("&Title"), self.title_edit)
        form.addRow(self.tr("&Municipality"), self.municipality_edit)
        form.addRow(self.question)
        form.addRow(self.tr("&Area"), self.area_edit)
        form.addRow(self.tr("&Description"), self.description_edit)
        form.addRow(involve)
        form.addRow(self.tr("&Responsible"), self.responsible_edit)
        form.addRow(self.tr("D&eadline"), self.time_frame_edit)
        form.addRow("", self.digital_check)
        form.addRow(self.tr("&Notes"), self.notes_edit)
        # the OGP commitment: only while the workshop drafts an OGP action plan
        self.ogp_box = CommitmentBox()
        self.ogp_box.hide()
        self.ogp_enabled: Callable[[], bool] = lambda: False
        form.addRow(self.ogp_box)

        layout = QVBoxLayout(self)
        layout.addWidget(self.placeholder)
        layout.addWidget(self.saved)
        layout.addWidget(self.status)
        layout.addWidget(self.form)
        layout.addStretch(1)

        self._lines: dict[str, QLineEdit] = {
            "title": self.title_edit, "responsible": self.responsible_edit,
            "time_frame": self.time_frame_edit, "involve_notes": self.involve_notes_edit,
        }
        self._blocks: dict[str, QPlainTextEdit] = {
            "description": self.description_edit, "notes": self.notes_edit,
        }
        self._checks: dict[str, QCheckBox] = {
            "involve_leaders": self.leaders_check, "involve_key_people": self.key_people_check,
            "involve_partners": self.partners_check, "digital": self.digital_check,
        }
        for name, edit in self._lines.items():
            edit.textEdited.connect(lambda _t, n=name: self._touched(n))
            edit.editingFinished.connect(lambda n=name: self._commit({n}))
        for name, block in self._blocks.items():
            block.textChanged.connect(lambda n=name: self._touched(n))
            block.installEventFilter(self)
        for name, check in self._checks.items():
            check.toggled.connect(lambda _on, n=name: self._commit_now(n))
        self.area_edit.activated.connect(lambda _i: self._commit_now("area_number"))
        self.ogp_box.changed.connect(lambda: self._touched("ogp"))
        for edit in self.ogp_box.editors():
            edit.installEventFilter(self)
        self.municipality_edit.lineEdit().textEdited.connect(
            lambda _t: self._pending.add("municipality"))
        self.municipality_edit.lineEdit().editingFinished.connect(
            lambda: self._commit({"municipality"}))
        self.municipality_edit.activated.connect(lambda _i: self._commit_now("municipality"))
        self.set_row(None)

    # -- choices ---------------------------------------------------------------------------
    def set_areas(self, areas: list[AreaInfo]) -> None:
        self._loading = True
        self.area_edit.clear()
        self.area_edit.addItem(self.tr("— no area —"), None)
        for a in areas:
            self.area_edit.addItem(f"{a.number}. {a.short_title}", a.number)
            self.area_edit.setItemData(self.area_edit.count() - 1, a.title,
                                       Qt.ItemDataRole.ToolTipRole)
        self._loading = False

    def set_municipalities(self, names: list[str]) -> None:
        self._loading = True
        set_names(self.municipality_edit, names)
        self._loading = False

    # -- the activity shown -----------------------------------------------------------------
    def row(self) -> ActivityRow | None:
        return self._row

    def activity_id(self) -> int | None:
        return self._row.id if self._row else None

    def set_row(self, row: ActivityRow | None) -> None:
        """Show ``row`` (after committing anything still pending for the one shown before)."""
        if self._row is not None and (row is None or row.id != self._row.id):
            self.flush()
        self._row = row
        self.placeholder.setVisible(row is None)
        self.form.setVisible(row is not None)
        self._set_status("")
        self.question.hide()
        self.saved.setText("")
        if row is not None:
            self.ogp_box.setVisible(self.ogp_enabled())
            self._show(row, force=True)

    def refresh(self, row: ActivityRow) -> None:
        """The row changed elsewhere (undo, redo): show the new values, but never overwrite
        a field the trainer is typing in right now."""
        if self._row is None or row.id != self._row.id:
            return
        self._row = row
        self._show(row, force=False)

    def _show(self, row: ActivityRow, force: bool) -> None:
        self._loading = True
        try:
            for name, edit in self._lines.items():
                if force or (name not in self._pending and not edit.hasFocus()):
                    if edit.text() != getattr(row, name):
                        edit.setText(getattr(row, name))
                        edit.setCursorPosition(0)
            for name, block in self._blocks.items():
                if force or (name not in self._pending and not block.hasFocus()):
                    if block.toPlainText() != getattr(row, name):
                        block.setPlainText(getattr(row, name))
            for name, check in self._checks.items():
                check.setChecked(bool(getattr(row, name)))
            if force or ("municipality" not in self._pending
                         and not self.municipality_edit.hasFocus()):
                self.municipality_edit.setEditText(row.municipality)
            if force or "ogp" not in self._pending:
                self.ogp_box.set_value(row.ogp)
            i = self.area_edit.findData(row.area_number)
            self.area_edit.setCurrentIndex(max(i, 0))
            if force:
                self._pending.clear()
        finally:
            self._loading = False

    # -- committing ------------------------------------------------------------------------
    def _touched(self, name: str) -> None:
        if self._loading or self._row is None:
            return
        self._pending.add(name)
        self._timer.start()

    def _commit_now(self, name: str) -> None:
        if self._loading or self._row is None:
            return
        self._pending.add(name)
        self._commit({name})

    def _value(self, name: str) -> Any:
        if name in self._lines:
            return self._lines[name].text()
        if name in self._blocks:
            return self._blocks[name].toPlainText()
        if name in self._checks:
            return self._checks[name].isChecked()
        if name == "area_number":
            return self.area_edit.currentData()
        if name == "municipality":
            return self.municipality_edit.currentText()
        if name == "ogp":
            return self.ogp_box.value()
        raise KeyError(name)

    def _commit(self, names: set[str]) -> None:
        if self._loading or self._row is None:
            return
        names = names & self._pending
        if not names:
            return
        self._pending -= names
        fields = {n: self._value(n) for n in names}
        if "title" in fields and not fields["title"].strip():
            self.title_edit.setText(self._row.title)
            self._set_status(self.tr("An activity needs a title; the title was kept."))
            del fields["title"]
        else:
            self._set_status("")
        if "ogp" in fields:
            try:   # compared as core keeps it, so an untouched box writes nothing
                fields["ogp"] = clean_commitment(fields["ogp"])
            except CommitmentError:
                self._pending.add("ogp")   # kept in the box until the dates are fixed
                self._set_status(self.tr("A milestone ends before it starts; correct its "
                                         "dates to save the commitment."))
                del fields["ogp"]
        current = {n: getattr(self._row, n) for n in fields}
        if fields and fields != current:
            self.edited.emit(self._row.id, fields)

    def flush(self) -> None:
        """Commit every change still waiting (pause timer, field that still has focus)."""
        self._timer.stop()
        if self._pending:
            self._commit(set(self._pending))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            self.flush()
        return super().eventFilter(watched, event)

    def _set_status(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))

    def show_error(self, text: str) -> None:
        self._set_status(text)

    def ask_close_match(self, typed: str, known: str) -> None:
        """The municipality typed is close to a known one: ask before saving it."""
        self._known = known
        self.question_label.setText(fill(
            self.tr("“%1” is not in the registration list. Did you mean “%2”?"), typed, known))
        self.use_known_button.setText(known)
        self.add_new_button.setText(self.tr("Add as new"))
        self.add_new_button.setToolTip(fill(self.tr("Add “%1” as a new municipality"), typed))
        self.question.show()

    def confirmed_new(self, typed: str) -> bool:
        """True once, when the trainer said the typed name is a new municipality."""
        ok = bool(self._new_ok) and self._new_ok == typed
        self._new_ok = ""
        return ok

    def _use_known(self) -> None:
        self.question.hide()
        self.municipality_edit.setEditText(self._known)
        self._commit_now("municipality")

    def _add_new(self) -> None:
        self.question.hide()
        self._new_ok = self.municipality_edit.currentText()
        self._commit_now("municipality")

    def show_saved(self, clock: str) -> None:
        """Say that the change is in the file (called after the commit)."""
        self.saved.setText(fill(self.tr("Saved to the workshop file at %1"), clock))
