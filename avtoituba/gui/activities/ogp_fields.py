"""The OGP commitment fields of the activity editor, shown only while the workshop drafts an
OGP action plan („AVP tegevuskava mustand“ in Workshop details). The editor commits them as
one field, ``ogp`` (see core.ogp), with the same pause-and-focus rules as its other texts."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, QObject, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from avtoituba.core import ogp

NO_DATE = QDate(2000, 1, 1)   # the date edits' minimum, shown as "—" (no date yet)


class MilestoneRow(QWidget):
    changed = Signal()
    remove_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("Milestone"))
        self.start_edit, self.end_edit = QDateEdit(), QDateEdit()
        for edit, tip in ((self.start_edit, self.tr("Start")), (self.end_edit, self.tr("End"))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd.MM.yyyy")
            edit.setMinimumDate(NO_DATE)
            edit.setSpecialValueText("—")
            edit.setDate(NO_DATE)
            edit.setToolTip(tip)
            edit.dateChanged.connect(lambda _d: self.changed.emit())
        self.title_edit.textEdited.connect(lambda _t: self.changed.emit())
        remove = QPushButton(self.tr("Remove"))
        remove.clicked.connect(lambda: self.remove_requested.emit(self))
        # two lines, so the row fits the editor's narrow column: the title (and Remove),
        # then the start and end dates
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 4)
        layout.setSpacing(2)
        first = QHBoxLayout()
        first.addWidget(self.title_edit, 1)
        first.addWidget(remove)
        dates = QFormLayout()
        dates.addRow(self.tr("Start"), self.start_edit)
        dates.addRow(self.tr("End"), self.end_edit)
        layout.addLayout(first)
        layout.addLayout(dates)

    def set_value(self, m: ogp.Milestone) -> None:
        self.title_edit.setText(m.title)
        self.start_edit.setDate(QDate(m.start) if m.start else NO_DATE)
        self.end_edit.setDate(QDate(m.end) if m.end else NO_DATE)

    def value(self) -> dict[str, Any]:
        def day(edit: QDateEdit) -> str | None:
            d = edit.date()
            return None if d == NO_DATE else dt.date(d.year(), d.month(), d.day()).isoformat()

        return {"title": self.title_edit.text(), "start": day(self.start_edit),
                "end": day(self.end_edit)}


class CommitmentBox(QGroupBox):
    """Problem, situation, change, OGP values, milestones, responsible body, contact, other
    actors, budget and the link to the development plan. ``changed`` on every edit."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(self.tr("OGP commitment"), parent)
        self.setObjectName("editorOgp")
        labels = {
            "problem": self.tr("Problem"), "situation": self.tr("Current situation"),
            "change": self.tr("What it changes"), "responsible_body": self.tr("Responsible body"),
            "contact": self.tr("Contact"), "other_actors": self.tr("Other actors"),
            "budget": self.tr("Budget"), "development_plan": self.tr("Development plan"),
        }
        self.texts: dict[str, QLineEdit | QPlainTextEdit] = {}
        # labels above their fields, one under another: the editor's column is narrow (a
        # plain box layout: a wrapping form layout squashes inside the scroll area)
        form = QVBoxLayout(self)
        form.setContentsMargins(6, 6, 6, 6)
        form.setSpacing(3)

        def add_row(label: str, item: QWidget | QVBoxLayout) -> None:
            form.addWidget(QLabel(label))
            if isinstance(item, QWidget):
                form.addWidget(item)
            else:
                form.addLayout(item)

        for key, multiline in ogp.TEXT_FIELDS:
            edit: QLineEdit | QPlainTextEdit
            if multiline:
                edit = QPlainTextEdit()
                edit.setTabChangesFocus(True)
                edit.setMinimumHeight(48)
                edit.setMaximumHeight(96)
                edit.textChanged.connect(self._changed)
            else:
                edit = QLineEdit()
                edit.textEdited.connect(lambda _t: self._changed())
            edit.setObjectName(f"ogp_{key}")
            self.texts[key] = edit
        self.texts["development_plan"].setPlaceholderText(
            self.tr("Which goal of the development plan (arengukava) this serves"))
        value_labels = {"transparency": self.tr("transparency"),
                        "participation": self.tr("participation"),
                        "accountability": self.tr("accountability")}
        self.values = {v: QCheckBox(value_labels[v]) for v in ogp.VALUES}
        ticks = QVBoxLayout()   # one under another: the editor's column is narrow
        for check in self.values.values():
            check.toggled.connect(lambda _on: self._changed())
            ticks.addWidget(check)
        self.milestone_rows: list[MilestoneRow] = []
        self.milestone_list = QVBoxLayout()
        add = QPushButton(self.tr("Add milestone"))
        add.setObjectName("ogpAddMilestone")
        add.clicked.connect(lambda: (self.add_milestone(), self._changed()))
        milestones = QVBoxLayout()
        milestones.addLayout(self.milestone_list)
        milestones.addWidget(add)
        for key in ("problem", "situation", "change"):
            add_row(labels[key], self.texts[key])
        add_row(self.tr("OGP values"), ticks)
        add_row(self.tr("Milestones"), milestones)
        for key in ("responsible_body", "contact", "other_actors", "budget",
                    "development_plan"):
            add_row(labels[key], self.texts[key])
        self.hint = QLabel(self.tr("For the OGP action plan draft: printed in the homework pack "
                                  "as a commitment sheet."))
        self.hint.setWordWrap(True)
        form.addWidget(self.hint)
        self._loading = False

    def _changed(self) -> None:
        if not self._loading:
            self.changed.emit()

    def add_milestone(self, value: ogp.Milestone | None = None) -> MilestoneRow:
        row = MilestoneRow()
        if value is not None:
            row.set_value(value)
        row.changed.connect(self._changed)
        row.remove_requested.connect(self._remove)
        self.milestone_rows.append(row)
        self.milestone_list.addWidget(row)
        return row

    def _remove(self, row: MilestoneRow) -> None:
        self.milestone_rows.remove(row)
        row.setParent(None)
        row.deleteLater()
        self._changed()

    def editors(self) -> list[QObject]:
        return list(self.texts.values())

    def set_value(self, commitment: dict[str, Any]) -> None:
        self._loading = True
        try:
            for key, edit in self.texts.items():
                text = commitment.get(key, "")
                if isinstance(edit, QPlainTextEdit):
                    if edit.toPlainText() != text:
                        edit.setPlainText(text)
                elif edit.text() != text:
                    edit.setText(text)
            ticked = set(commitment.get("values") or ())
            for v, check in self.values.items():
                check.setChecked(v in ticked)
            for row in self.milestone_rows:
                row.setParent(None)
                row.deleteLater()
            self.milestone_rows = []
            for m in ogp.milestones(commitment):
                self.add_milestone(m)
        finally:
            self._loading = False

    def value(self) -> dict[str, Any]:
        """What the fields hold, as core keeps it (ogp.clean_commitment)."""
        raw: dict[str, Any] = {
            key: edit.toPlainText() if isinstance(edit, QPlainTextEdit) else edit.text()
            for key, edit in self.texts.items()}
        raw["values"] = [v for v, check in self.values.items() if check.isChecked()]
        raw["milestones"] = [row.value() for row in self.milestone_rows]
        return raw
