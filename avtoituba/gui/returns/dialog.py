"""The preview of returned homework: per municipality the new, changed and unchanged
activities field by field, what could not be read, and the files refused with the reason.
Nothing is written until the trainer presses Import; the import is one undoable step."""

from __future__ import annotations

import asyncio
import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QBrush, QColor, QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from avtoituba.core.returns import (
    ImportPlan,
    Reading,
    commitment_changes,
    field_name,
    plan_reading,
    read_files,
)
from avtoituba.core.returns_apply import Applied, apply_plan, reapply, revert
from avtoituba.store.db import Store

from avtoituba.gui.shell import tasks, undo
from avtoituba.gui.shell.formats import format_date
from avtoituba.wording import fill

PROBLEM = QColor("#B3261E")
NEW = QColor("#1E6B3A")


def _value(value: object) -> str:
    if isinstance(value, bool):
        return "☒" if value else "☐"
    if isinstance(value, list):      # an OGP commitment's values or milestones
        return "; ".join(_milestone(v) if isinstance(v, dict) else
                         QCoreApplication.translate("Documents", str(v)) for v in value) or "—"
    return str(value or "—")


def _milestone(m: dict) -> str:
    when = "–".join(_day(m.get(k)) for k in ("start", "end") if m.get(k))
    title = m.get("title") or ""
    return f"{title} ({when})" if title and when else title or when


def _day(iso: str) -> str:
    d = dt.date.fromisoformat(iso)
    return format_date(d)


class ImportReturns(undo.Change):
    def __init__(self, store: Store, done: Applied, text: str):
        super().__init__(text)
        self.store, self.done = store, done

    def revert(self) -> None:
        revert(self.store, self.done)

    def reapply(self) -> None:
        reapply(self.store, self.done)


class ReturnsDialog(QDialog):
    def __init__(self, store: Store, stack: QUndoStack, parent: QWidget | None = None):
        super().__init__(parent)
        self.store, self.stack = store, stack
        self.paths: list[str] = []
        self.accepted_renames: set[int] = set()
        self.plan = ImportPlan()
        self.reading = Reading()             # the documents read so far (worker thread)
        self.job: tasks.Progress | None = None
        self.pending: list[str] = []         # chosen while a reading is under way
        self.setWindowTitle(self.tr("Import returned homework"))
        self.resize(980, 640)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Choose the completed homework packs (.docx) the "
                               "municipalities sent back, or a folder of them. Check what "
                               "would change; nothing is written until you press Import."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        row = QHBoxLayout()
        self.files_button = QPushButton(self.tr("Add &files…"))
        self.folder_button = QPushButton(self.tr("Add a f&older…"))
        self.rename_button = QPushButton(self.tr("Import under the &new name"))
        self.rename_button.setVisible(False)
        self.files_button.clicked.connect(self.choose_files)
        self.folder_button.clicked.connect(self.choose_folder)
        self.rename_button.clicked.connect(self.accept_renames)
        for b in (self.files_button, self.folder_button, self.rename_button):
            row.addWidget(b)
        row.addStretch(1)
        layout.addLayout(row)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels([self.tr("Activity"), self.tr("What"),
                                   self.tr("Before → after")])
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.tree.setColumnWidth(0, 360)
        self.tree.setColumnWidth(1, 170)
        self.tree.setWordWrap(True)
        layout.addWidget(self.tree, 1)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        reading_row = QHBoxLayout()
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.cancel_reading_button = QPushButton(self.tr("&Stop reading"))
        self.cancel_reading_button.setVisible(False)
        self.cancel_reading_button.clicked.connect(self.cancel_reading)
        reading_row.addWidget(self.progress, 1)
        reading_row.addWidget(self.cancel_reading_button)
        layout.addLayout(reading_row)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(self.tr("&Import"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setEnabled(False)
        self.buttons.accepted.connect(self.do_import)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.refresh()

    # --- choosing ------------------------------------------------------------------------
    def choose_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Choose returned homework"), "",
            self.tr("Word documents (*.docx);;All files (*)"))
        if files:
            self.add_paths(files)

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose a folder"))
        if folder:
            self.add_paths([folder])

    def add_paths(self, paths: list[str | Path]) -> None:
        """Read the new files on a worker thread (the window stays responsive; Stop
        reading drops them), then show the preview again."""
        new = [p for p in map(str, paths) if p not in self.paths and p not in self.pending]
        if not new:
            return
        if self.job is not None:        # reading already: these come next
            self.pending.extend(new)
            return
        self.job = tasks.Progress(asyncio.get_event_loop(), self._progressed)
        self._show_busy(True)
        tasks.start(self._read(new, self.job))

    @property
    def busy(self) -> bool:
        return self.job is not None

    async def _read(self, new: list[str], job: tasks.Progress) -> None:
        try:
            reading = await tasks.run_in_background(lambda p: read_files(new, p.report), job)
        except tasks.Cancelled:
            self.pending.clear()
            self._finish_reading()
            self.summary.setText(self.tr("Reading stopped; the files not read yet were "
                                         "left out. Add them again to read them."))
            return
        except Exception:
            self.pending.clear()
            self._finish_reading()
            QMessageBox.warning(self, self.windowTitle(), self.tr(
                "The files could not be read; nothing was changed. Check that they are "
                "not open elsewhere and try again."))
            return
        self.paths.extend(new)
        self.reading.extend(reading)
        self._finish_reading()
        self.refresh()
        if self.pending:
            later, self.pending = self.pending, []
            self.add_paths(later)

    def _finish_reading(self) -> None:
        self.job = None
        self._show_busy(False)

    def cancel_reading(self) -> None:
        if self.job is not None:
            self.job.cancel()

    def _progressed(self, done: int, total: int, name: str) -> None:
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(done)
        self.progress.setFormat(fill(self.tr("Reading %1 (%2/%3)"), name, done + 1, total)
                                if name else self.tr("Read"))

    def _show_busy(self, on: bool) -> None:
        self.progress.setVisible(on)
        self.cancel_reading_button.setVisible(on)
        if on:
            self.progress.setRange(0, 0)
            self.import_button.setEnabled(False)
            self.summary.setText(self.tr("Reading the documents…"))

    def accept_renames(self) -> None:
        self.accepted_renames |= {r.municipality_id for r in self.plan.refused
                                  if r.code == "renamed" and r.municipality_id is not None}
        self.refresh()

    # --- the preview ---------------------------------------------------------------------
    def refresh(self) -> None:
        self.plan = plan_reading(self.store, self.reading, self.accepted_renames) \
            if self.paths else ImportPlan()
        self.tree.clear()
        kinds = {"new": self.tr("new"), "changed": self.tr("changed"),
                 "unchanged": self.tr("unchanged")}
        for mp in self.plan.municipalities:
            top = QTreeWidgetItem([mp.name, "", ", ".join(f.name for f in mp.files)])
            top.setText(0, f"{mp.name} – " + fill(
                self.tr("%1 new, %2 changed, %3 unchanged"), mp.count("new"),
                mp.count("changed"), mp.count("unchanged")))
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            self.tree.addTopLevelItem(top)
            for item in sorted(mp.items, key=lambda i: ("new", "changed", "unchanged")
                               .index(i.kind)):
                child = QTreeWidgetItem([item.title, kinds[item.kind], ""])
                child.setToolTip(0, item.source)
                if item.kind == "new":
                    child.setForeground(1, QBrush(NEW))
                    child.setText(2, "; ".join(
                        f"{field_name(k)}: {_value(v)}" for k, v in item.values.items()
                        if k != "title" and v not in ("", False)))
                top.addChild(child)
                for key, value in item.values.items() if item.kind == "changed" else ():
                    if key == "ogp":
                        for name, before, after in commitment_changes(item.old.get(key), value):
                            QTreeWidgetItem(child, ["", field_name(name),
                                                    f"{_value(before)} → {_value(after)}"])
                        continue
                    QTreeWidgetItem(child, ["", field_name(key),
                                            f"{_value(item.old.get(key))} → {_value(value)}"])
                child.setExpanded(item.kind == "changed")
            for key, text in mp.answers.items():
                if text != mp.old_answers.get(key):
                    QTreeWidgetItem(top, [fill(self.tr("Answer %1)"), key)
                                          if len(key) == 1 else self.tr("Homework answer"),
                                          self.tr("answer"), text])
            for problem in mp.problems:
                p = QTreeWidgetItem(top, [problem, self.tr("not read"), ""])
                p.setForeground(0, QBrush(PROBLEM))
                p.setFirstColumnSpanned(True)
            top.setExpanded(True)
        if self.plan.refused:
            top = QTreeWidgetItem([self.tr("Not imported"), "", ""])
            top.setForeground(0, QBrush(PROBLEM))
            self.tree.addTopLevelItem(top)
            for r in self.plan.refused:
                child = QTreeWidgetItem(top, [r.text, "", ""])
                child.setFirstColumnSpanned(True)
                child.setForeground(0, QBrush(PROBLEM))
            top.setExpanded(True)
        self.rename_button.setVisible(any(r.code == "renamed" for r in self.plan.refused))
        self.import_button.setEnabled(self.plan.writes and not self.store.read_only
                                      and self.job is None)
        if not self.paths:
            self.summary.setText(self.tr("No files chosen yet."))
        elif not self.plan.writes and self.plan.municipalities:
            self.summary.setText(self.tr("These packs change nothing: they were imported "
                                         "already, or the teams changed nothing."))
        else:
            self.summary.setText(self.tr("%n municipality(ies) to import.", "",
                                         sum(m.writes for m in self.plan.municipalities)))

    # --- writing -------------------------------------------------------------------------
    def do_import(self) -> None:
        if self.job is not None:
            return
        plan = self.plan
        names = ", ".join(m.name for m in plan.municipalities if m.writes)
        try:
            undo.apply(self.stack, lambda: apply_plan(self.store, plan),
                       lambda done: ImportReturns(self.store, done, fill(self.tr(
                           "Import returned homework (%1)"), names))
                       if not done.empty else None,
                       on_error=self._replay_failed)
        except Exception:
            QMessageBox.warning(self, self.windowTitle(), self.tr(
                "The homework could not be written into the workshop file; nothing was "
                "changed. Check that the file is not read-only and try again."))
            return
        self.accept()

    def reject(self) -> None:
        self.cancel_reading()
        super().reject()

    def _replay_failed(self, exc: Exception) -> None:
        QMessageBox.warning(self.parentWidget() or self, self.windowTitle(), self.tr(
            "Undoing or redoing the import failed; the workshop file was not changed."))
