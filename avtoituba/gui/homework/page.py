"""The Homework pack page: choose municipalities, documents and a folder, set the follow-up
seminar's running order, and export the Word documents off the UI thread."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt, QThread, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QKeySequence, QUndoCommand
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from avtoituba.core.municipalities import list_municipalities, set_seminar_order
from avtoituba.core.seminar import seminar_slots
from avtoituba.export.documents import TemplateError, WriteError
from avtoituba.export.homework import ExportCancelled, PackOptions, export_pack, load_pack
from avtoituba.store.db import Store
from avtoituba.store.models import Workshop

from avtoituba.gui.shell.context import AppContext
from avtoituba.gui.shell.dialogs import WorkshopDialog
from avtoituba.gui.shell.formats import format_date, format_time
from avtoituba.gui.shell.page import Page

ID_ROLE = Qt.ItemDataRole.UserRole
SHOWN_FILES = 10  # the result lists this many files by name, then "...and N more"


class ExportThread(QThread):
    """Builds and writes the pack in a thread of its own, reading the workshop through its
    own session, so the agenda timer and the window keep running."""

    progressed = Signal(int, int, str)        # done, total, file being written
    succeeded = Signal(list)                  # [Path]
    failed = Signal(str, str, str)            # kind, file, detail
    cancelled = Signal(list)                  # [Path] written before the stop

    def __init__(self, store: Store, options: PackOptions, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.options = options
        self._stop = threading.Event()

    def cancel(self) -> None:
        self._stop.set()

    def run(self) -> None:
        try:
            data = load_pack(self.store)
            files = export_pack(data, self.options,
                                progress=lambda d, t, name: self.progressed.emit(d, t, name),
                                cancelled=self._stop.is_set)
        except ExportCancelled as exc:
            self.cancelled.emit(list(exc.written))
        except WriteError as exc:
            self.failed.emit(exc.kind, str(exc.path), exc.cause.strerror or str(exc.cause))
        except TemplateError as exc:
            self.failed.emit("template", str(exc.path), str(exc))
        except OSError as exc:
            self.failed.emit("other", str(exc.filename or self.options.out_dir),
                             exc.strerror or str(exc))
        except Exception as exc:  # noqa: BLE001 - shown to the trainer, never a crash
            self.failed.emit("other", "", f"{type(exc).__name__}: {exc}")
        else:
            self.succeeded.emit(files)


class ReorderCommand(QUndoCommand):
    """Undoable change of the follow-up seminar's running order (saved at once)."""

    def __init__(self, page: ExportPage, before: list[int], after: list[int]):
        super().__init__(QCoreApplication.translate("ExportPage", "Change the running order"))
        self.page, self.before, self.after = page, before, after

    def redo(self) -> None:
        self.page.apply_order(self.after)

    def undo(self) -> None:
        self.page.apply_order(self.before)


class ExportPage(Page):
    key = "export"
    export_finished = Signal(list)   # the files written (tests, other pages)

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(context, parent)
        self.thread: ExportThread | None = None
        self.written: list[Path] = []
        self._order: list[int] = []

        heading = QLabel(self.title())
        heading.setObjectName("pageHeading")
        intro = QLabel(self.tr(
            "A Word document for each municipality with its activities, the homework and the "
            "follow-up seminar, ready to hand out; and a combined document for the trainer."))
        intro.setWordWrap(True)

        # municipalities
        self.municipality_list = QListWidget()
        self.municipality_list.setObjectName("exportMunicipalities")
        self.municipality_list.itemChanged.connect(self._update_buttons)
        self.all_button = QPushButton(self.tr("&All"))
        self.none_button = QPushButton(self.tr("&None"))
        self.all_button.clicked.connect(lambda: self._check_all(True))
        self.none_button.clicked.connect(lambda: self._check_all(False))
        muni_box = QGroupBox(self.tr("Municipalities"))
        mb = QVBoxLayout(muni_box)
        mb.addWidget(self.municipality_list, 1)
        row = QHBoxLayout()
        row.addWidget(self.all_button)
        row.addWidget(self.none_button)
        row.addStretch(1)
        mb.addLayout(row)

        # running order
        self.order_list = QListWidget()
        self.order_list.setObjectName("seminarOrder")
        self.order_list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.order_list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.order_list.model().rowsMoved.connect(self._order_dragged)
        self.up_button = QPushButton(self.tr("Move &up"))
        self.down_button = QPushButton(self.tr("Move do&wn"))
        self.up_button.setShortcut(QKeySequence("Alt+Up"))
        self.down_button.setShortcut(QKeySequence("Alt+Down"))
        self.up_button.setToolTip(self.tr("Move up (Alt+Up)"))
        self.down_button.setToolTip(self.tr("Move down (Alt+Down)"))
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        self.order_list.currentRowChanged.connect(self._update_buttons)
        order_box = QGroupBox(self.tr("Running order of the follow-up seminar"))
        ob = QVBoxLayout(order_box)
        order_hint = QLabel(self.tr("Drag a municipality, or use the buttons, to change "
                                    "the order; each gets an equal share of the seminar."))
        order_hint.setWordWrap(True)
        ob.addWidget(order_hint)
        ob.addWidget(self.order_list, 1)
        row = QHBoxLayout()
        row.addWidget(self.up_button)
        row.addWidget(self.down_button)
        row.addStretch(1)
        ob.addLayout(row)

        # follow-up seminar
        self.followup_label = QLabel()
        self.followup_label.setObjectName("followupDetails")
        self.followup_label.setWordWrap(True)
        self.followup_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details_button = QPushButton(self.tr("Follow-up seminar &details…"))
        self.details_button.clicked.connect(self.edit_followup)
        followup_box = QGroupBox(self.tr("Follow-up seminar"))
        fb = QVBoxLayout(followup_box)
        self.followup_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        fb.addWidget(self.followup_label)
        row = QHBoxLayout()
        row.addWidget(self.details_button)
        row.addStretch(1)
        fb.addLayout(row)
        fb.addStretch(1)

        # documents and folder
        self.per_municipality_check = QCheckBox(self.tr("A document for each &municipality"))
        self.combined_check = QCheckBox(self.tr("&Combined document for the trainer"))
        self.group_lists_check = QCheckBox(self.tr("&Group lists"))
        for box in (self.per_municipality_check, self.combined_check):
            box.setChecked(True)
        for box in (self.per_municipality_check, self.combined_check,
                    self.group_lists_check):
            box.toggled.connect(self._update_buttons)
        self.folder_edit = QLineEdit(self._initial_folder())
        self.folder_edit.setObjectName("exportFolder")
        self.folder_edit.textChanged.connect(self._update_buttons)
        self.folder_button = QPushButton(self.tr("Choo&se…"))
        self.folder_button.clicked.connect(self.choose_folder)
        self.template_label = QLabel()
        self.template_label.setWordWrap(True)
        docs_box = QGroupBox(self.tr("Documents"))
        form = QFormLayout(docs_box)
        checks = QVBoxLayout()
        for box in (self.per_municipality_check, self.combined_check,
                    self.group_lists_check):
            checks.addWidget(box)
        form.addRow(self.tr("Write:"), checks)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(self.folder_button)
        folder_label = QLabel(self.tr("Fo&lder:"))
        folder_label.setBuddy(self.folder_edit)
        form.addRow(folder_label, folder_row)
        form.addRow(self.tr("Template:"), self.template_label)

        # export
        self.export_button = QPushButton(self.tr("E&xport homework pack"))
        self.export_button.setObjectName("exportButton")
        self.export_button.setDefault(True)
        self.export_button.setShortcut(QKeySequence("Ctrl+E"))
        self.export_button.setToolTip(self.tr("Export (Ctrl+E)"))
        self.export_button.clicked.connect(self.start_export)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel_export)
        self.cancel_button.setEnabled(False)
        self.progress = QProgressBar()
        self.progress.setTextVisible(True)
        self.progress.setValue(0)
        self.status_label = QLabel()
        self.status_label.setObjectName("exportStatus")
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_folder_button = QPushButton(self.tr("&Open folder"))
        self.open_folder_button.clicked.connect(self.open_folder)
        self.open_folder_button.setVisible(False)

        run_row = QHBoxLayout()
        run_row.addWidget(self.export_button)
        run_row.addWidget(self.cancel_button)
        run_row.addWidget(self.progress, 1)

        grid = QGridLayout()
        grid.addWidget(muni_box, 0, 0, 2, 1)
        grid.addWidget(order_box, 0, 1, 2, 1)
        grid.addWidget(followup_box, 0, 2)
        grid.addWidget(docs_box, 1, 2)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(2, 3)
        grid.setRowStretch(1, 1)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addLayout(grid, 1)
        layout.addLayout(run_row)
        status_row = QHBoxLayout()
        status_row.addWidget(self.status_label, 1)
        status_row.addWidget(self.open_folder_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(status_row)
        self.refresh()

    def title(self) -> str:
        return self.tr("Homework pack")

    def activated(self) -> None:
        if not self.busy():
            self.refresh()

    def shutdown(self) -> None:
        if self.thread is not None:
            self.thread.cancel()
            self.thread.wait()

    # -- contents -----------------------------------------------------------------------
    def _initial_folder(self) -> str:
        last = str(self.context.settings.value("export/last_dir") or "")
        if last:
            return last
        docs = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)
        return str(Path(docs or Path.home()) / self.tr("Homework pack"))

    def _template(self) -> Path | None:
        chosen = str(self.context.settings.value("export/template") or "").strip()
        return Path(chosen) if chosen else None

    def refresh(self) -> None:
        """Reload the municipalities, the running order and the seminar's details."""
        store = self.context.store
        rows = list_municipalities(store)
        checked = {self.municipality_list.item(i).data(ID_ROLE):
                   self.municipality_list.item(i).checkState()
                   for i in range(self.municipality_list.count())}
        self.municipality_list.blockSignals(True)
        self.municipality_list.clear()
        for m in sorted(rows, key=lambda r: r.name.casefold()):
            item = QListWidgetItem(m.name)
            item.setData(ID_ROLE, m.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(checked.get(m.id, Qt.CheckState.Checked))
            self.municipality_list.addItem(item)
        self.municipality_list.blockSignals(False)
        self._order = [m.id for m in rows]
        names = {m.id: m.name for m in rows}
        with store.session() as session:
            w = session.get(Workshop, store.workshop_id)
            assert w is not None
            date, start, end = w.followup_date, w.followup_start, w.followup_end
            platform, link = w.followup_platform, w.followup_link
        slots = seminar_slots(start, end, len(rows))
        current = self.order_list.currentRow()
        self.order_list.blockSignals(True)
        self.order_list.clear()
        for i, mid in enumerate(self._order):
            when = (f"{format_time(slots[i].start)}–{format_time(slots[i].end)}"
                    if slots else "")
            item = QListWidgetItem(f"{i + 1}. {names[mid]}" + (f"   {when}" if when else ""))
            item.setData(ID_ROLE, mid)
            self.order_list.addItem(item)
        self.order_list.blockSignals(False)
        if 0 <= current < self.order_list.count():
            self.order_list.setCurrentRow(current)
        lines = []
        if date:
            lines.append(f"<b>{format_date(date)}</b>"
                         + (f", {format_time(start)}–{format_time(end)}" if start and end
                            else ""))
        else:
            lines.append(self.tr("No date set yet."))
        if platform:
            lines.append(_escape(platform))
        if link:
            lines.append(_escape(link))
        else:
            lines.append(self.tr("No video-call link yet."))
        if slots:
            lines.append(self.tr("%1 minutes for each municipality.")
                         .replace("%1", str(slots[0].minutes)))
        self.followup_label.setText("<br>".join(lines))
        template = self._template()
        self.template_label.setText(
            template.name if template else self.tr("built-in (choose your own in Preferences)"))
        self._update_buttons()

    def checked_ids(self) -> list[int]:
        return [self.municipality_list.item(i).data(ID_ROLE)
                for i in range(self.municipality_list.count())
                if self.municipality_list.item(i).checkState() == Qt.CheckState.Checked]

    def _check_all(self, on: bool) -> None:
        state = Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        for i in range(self.municipality_list.count()):
            self.municipality_list.item(i).setCheckState(state)

    def busy(self) -> bool:
        """An export is under way (until its thread has finished and been let go)."""
        return self.thread is not None

    def _update_buttons(self) -> None:
        busy = self.busy()
        something = (self.per_municipality_check.isChecked() and bool(self.checked_ids())) \
            or self.combined_check.isChecked() or self.group_lists_check.isChecked()
        self.export_button.setEnabled(not busy and something
                                      and bool(self.folder_edit.text().strip()))
        self.cancel_button.setEnabled(busy)
        editable = not self.context.read_only and not busy
        row = self.order_list.currentRow()
        self.up_button.setEnabled(editable and row > 0)
        self.down_button.setEnabled(editable and 0 <= row < self.order_list.count() - 1)
        self.order_list.setDragEnabled(editable)
        self.details_button.setEnabled(editable)
        for w in (self.municipality_list, self.all_button, self.none_button,
                  self.per_municipality_check, self.combined_check, self.group_lists_check,
                  self.folder_edit, self.folder_button):
            w.setEnabled(not busy)

    # -- running order ------------------------------------------------------------------
    def order_ids(self) -> list[int]:
        return list(self._order)

    def move_selected(self, step: int) -> None:
        row = self.order_list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < len(self._order):
            return
        after = list(self._order)
        after.insert(target, after.pop(row))
        self._push_order(after)
        self.order_list.setCurrentRow(target)

    def _order_dragged(self, *_args: object) -> None:
        # Save after the drop has finished: rebuilding the list inside it is not safe.
        QTimer.singleShot(0, self._save_dragged_order)

    def _save_dragged_order(self) -> None:
        after = [self.order_list.item(i).data(ID_ROLE) for i in range(self.order_list.count())]
        if after != self._order:
            self._push_order(after)

    def _push_order(self, after: list[int]) -> None:
        if self.context.read_only:
            self.refresh()
            return
        self.context.undo_stack.push(ReorderCommand(self, list(self._order), after))

    def apply_order(self, ids: list[int]) -> None:
        set_seminar_order(self.context.store, ids)
        self.refresh()

    # -- follow-up seminar and folder ---------------------------------------------------
    def edit_followup(self) -> None:
        dialog = WorkshopDialog(self.context.store, self)
        dialog.followup_date_edit.setFocus()
        if dialog.exec():
            self.refresh()

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for the homework pack"), self.folder_edit.text())
        if folder:
            self.folder_edit.setText(folder)

    # -- export -------------------------------------------------------------------------
    def options(self) -> PackOptions:
        ids = self.checked_ids()
        return PackOptions(
            out_dir=Path(self.folder_edit.text().strip()).expanduser(),
            municipality_ids=ids,
            per_municipality=self.per_municipality_check.isChecked() and bool(ids),
            combined=self.combined_check.isChecked(),
            group_lists=self.group_lists_check.isChecked(),
            template=self._template(),
        )

    def start_export(self) -> None:
        if self.busy() or not self.export_button.isEnabled():
            return
        options = self.options()
        self.context.settings.set_value("export/last_dir", str(options.out_dir))
        self.written = []
        self.open_folder_button.setVisible(False)
        self.status_label.setText(self.tr("Preparing…"))
        self.progress.setRange(0, 0)
        self.thread = ExportThread(self.context.store, options, self)
        self.thread.progressed.connect(self._progressed)
        self.thread.succeeded.connect(self._succeeded)
        self.thread.failed.connect(self._failed)
        self.thread.cancelled.connect(self._cancelled)
        self.thread.finished.connect(self._thread_finished)
        self.thread.start()
        self._update_buttons()

    def cancel_export(self) -> None:
        if self.thread is not None:
            self.thread.cancel()
            self.status_label.setText(self.tr("Stopping after the current document…"))
            self.cancel_button.setEnabled(False)

    def _progressed(self, done: int, total: int, name: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        if name:
            self.status_label.setText(self.tr("Writing %1 (%2 of %3)…")
                                      .replace("%1", name).replace("%2", str(done + 1))
                                      .replace("%3", str(total)))

    def _succeeded(self, files: list) -> None:
        self.written = [Path(f) for f in files]
        folder = self.written[0].parent if self.written else self.options().out_dir
        shown = self.written[:SHOWN_FILES]
        names = "".join(f"<li>{_escape(p.name)}</li>" for p in shown)
        if len(self.written) > len(shown):
            names += "<li>" + self.tr("…and %1 more").replace(
                "%1", str(len(self.written) - len(shown))) + "</li>"
        self.status_label.setText(
            self.tr("%1 documents written to %2:").replace("%1", str(len(self.written)))
            .replace("%2", f"<b>{_escape(str(folder))}</b>") + f"<ul>{names}</ul>")
        self.open_folder_button.setVisible(True)
        self.export_finished.emit(self.written)

    def _cancelled(self, files: list) -> None:
        self.written = [Path(f) for f in files]
        self.status_label.setText(
            self.tr("Export cancelled. %1 complete documents were written before it stopped; "
                    "no half-written file was left.").replace("%1", str(len(self.written))))
        self.open_folder_button.setVisible(bool(self.written))

    def _failed(self, kind: str, path: str, detail: str) -> None:
        name = Path(path).name if path else ""
        if kind == "locked":
            text = self.tr("“%1” could not be written: it is open in another program. Close "
                           "it in Word and export again.")
        elif kind == "read_only":
            text = self.tr("“%1” could not be written: the folder is read-only. Choose "
                           "another folder.")
        elif kind == "disk_full":
            text = self.tr("“%1” could not be written: the disk is full. Free some space or "
                           "choose another drive.")
        elif kind == "template":
            text = self.tr("The Word template “%1” cannot be used. Choose another one in "
                           "Preferences, or clear it to use the built-in one.")
        else:
            text = self.tr("“%1” could not be written (%2).").replace("%2", _escape(detail))
        text = text.replace("%1", _escape(name or path))
        done = self.tr("The documents written before it are complete; no half-written file "
                       "was left.")
        self.status_label.setText(f"<span style='color:#b00020'>{text}</span><br>{done}")
        self.open_folder_button.setVisible(False)

    def _thread_finished(self) -> None:
        self.progress.setRange(0, 1)
        self.progress.setValue(1 if self.written else 0)
        if self.thread is not None:
            self.thread.deleteLater()
        self.thread = None
        self._update_buttons()

    def open_folder(self) -> None:
        folder = self.written[0].parent if self.written else self.options().out_dir
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def export_page(context: AppContext) -> Page:
    return ExportPage(context)
