"""The Homework pack page: choose municipalities, documents and a folder, set the follow-up
seminar's running order, and compile the Word documents in the background."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from avtoituba.core.municipalities import list_municipalities
from avtoituba.core.seminar import running_order, seminar_details
from avtoituba.core.seminar_run import load_programme
from avtoituba.core.workshop import workshop_header
from avtoituba.export.pack_data import PackData, load_pack
from avtoituba.export.pack_plan import (
    KEEP_BOTH,
    PREVIOUS,
    REPLACE,
    PackOptions,
    default_folder_name,
    earlier_files,
)

from avtoituba.gui.homework import layout as layout_boxes
from avtoituba.gui.homework.actions import SPECS
from avtoituba.gui.homework.export_run import Outcome, export_in_background
from avtoituba.gui.homework.messages import SHOWN_ORPHANS, failure_text, orphans_text
from avtoituba.gui.homework.order_box import save_order
from avtoituba.gui.homework.widgets import folder_key
from avtoituba.gui.returns.status import ReturnStatusBox
from avtoituba.gui.shell import tasks
from avtoituba.gui.shell.actions import build_actions
from avtoituba.gui.shell.context import AppContext
from avtoituba.gui.shell.dialogs import WorkshopDialog
from avtoituba.gui.shell.formats import format_date, format_time
from avtoituba.gui.shell.page import Page
from avtoituba.wording import fill

ID_ROLE = Qt.ItemDataRole.UserRole
SHOWN_FILES = 10  # the result lists this many files by name, then "...and N more"


class ExportPage(Page):
    key = "export"
    export_finished = Signal(list)   # the files written (tests, other pages)

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(context, parent)
        self.job: tasks.Progress | None = None
        self.written: list[Path] = []
        self.actions_by_key = build_actions(self, SPECS)
        heading = QLabel(self.title())
        heading.setObjectName("pageHeading")
        intro = QLabel(self.tr(
            "A Word document for each municipality with its activities, the homework and the "
            "follow-up seminar, ready to hand out; and a summary document for the trainer."))
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro)
        grid = QGridLayout()
        grid.addWidget(layout_boxes.municipality_box(self), 0, 0, 3, 1)
        grid.addWidget(layout_boxes.order_box(self), 0, 1, 3, 1)
        grid.addWidget(layout_boxes.followup_box(self), 0, 2)
        grid.addWidget(layout_boxes.documents_box(self), 1, 2)
        # which packs came back, under the documents: a fourth column would make the page
        # wider than a 1280-pixel laptop leaves it
        self.returns_box = ReturnStatusBox(context)
        grid.addWidget(self.returns_box, 2, 2)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(2, 3)
        grid.setRowStretch(2, 1)
        layout.addLayout(grid, 1)
        layout.addLayout(layout_boxes.run_row(self))
        status_row = QHBoxLayout()
        status_row.addWidget(self.status_label, 1)
        status_row.addWidget(self.open_folder_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(status_row)
        self.refresh()

    # -- page hooks ---------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Homework pack")

    def activated(self) -> None:
        if not self.busy():
            self.refresh()

    def shutdown(self) -> None:
        if self.job is not None:
            self.job.cancel()

    # -- contents -----------------------------------------------------------------------
    def _initial_folder(self) -> str:
        chosen = str(self.context.settings.value(folder_key(self.context.store.path)) or "")
        if chosen:
            return chosen
        header = workshop_header(self.context.store)
        docs = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)
        return str(Path(docs or Path.home())
                   / default_folder_name(header.title, header.date, header.language))

    def _template(self) -> Path | None:
        chosen = str(self.context.settings.value("export/template") or "").strip()
        return Path(chosen) if chosen else None

    def refresh(self) -> None:
        """Reload the municipalities, the running order and the seminar's details."""
        rows = list_municipalities(self.context.store)
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
        details = seminar_details(self.context.store)
        s = details.settings
        # as the seminar will run it (and the documents print it): the discussion before
        # the closing
        discussion = load_programme(self.context.store).discussion_min
        order = running_order(details.start, details.end, len(rows), s.opening_min,
                              s.closing_min + discussion, s.slot_min)
        self.order_list.show_order(rows, order.slots)
        lines = []
        if details.date:
            times = (f", {format_time(details.start)}–{format_time(details.end)}"
                     if details.start and details.end else "")
            lines.append(f"<b>{format_date(details.date)}</b>{times}")
        else:
            lines.append(self.tr("No date set yet."))
        if details.platform:
            lines.append(escape(details.platform))
        lines.append(escape(details.link) if details.link
                     else self.tr("No video-call link yet: the documents say it will be "
                                  "sent by e-mail."))
        if order.slots:
            lines.append(self.tr("%n minute(s) for each municipality.", "",
                                 order.slots[0].minutes))
        if order.overrun:
            lines.append("<span style='color:#b00020'>" + self.tr(
                "The turns run %n minute(s) past the end of the seminar.", "",
                order.overrun) + "</span>")
        self.followup_label.setText("<br>".join(lines))
        self.rows.show_saved()
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
        """An export is under way."""
        return self.job is not None

    def _update_buttons(self) -> None:
        busy = self.busy()
        something = (self.per_municipality_check.isChecked() and bool(self.checked_ids())) \
            or self.combined_check.isChecked() or self.group_lists_check.isChecked()
        self.export_action.setEnabled(not busy and something
                                      and bool(self.folder_edit.text().strip()))
        self.cancel_action.setEnabled(busy)
        editable = not self.context.read_only and not busy
        row = self.order_list.currentRow()
        self.move_up_action.setEnabled(editable and row > 0)
        self.move_down_action.setEnabled(editable and 0 <= row < self.order_list.count() - 1)
        self.order_list.setDragEnabled(editable)
        self.details_action.setEnabled(editable)
        self.rows.set_enabled(editable)
        self.choose_folder_action.setEnabled(not busy)
        for w in (self.municipality_list, self.all_button, self.none_button,
                  self.per_municipality_check, self.combined_check, self.group_lists_check,
                  self.folder_edit):
            w.setEnabled(not busy)

    # -- running order ------------------------------------------------------------------
    def order_ids(self) -> list[int]:
        return list(self.order_list.order)

    def move_up(self) -> None:
        self.move_selected(-1)

    def move_down(self) -> None:
        self.move_selected(1)

    def move_selected(self, step: int) -> None:
        after = self.order_list.moved(step)
        if after is None:
            return
        target = self.order_list.currentRow() + step
        self._push_order(after)
        self.order_list.setCurrentRow(target)

    def _push_order(self, after: list[int]) -> None:
        if self.context.read_only:
            self.refresh()
            return
        try:
            save_order(self.context.undo_stack, self.context.store, self.order_ids(), after,
                       self.refresh, self._order_failed)
        except Exception as exc:
            self._order_failed(exc)

    def _order_failed(self, exc: Exception) -> None:
        self.refresh()
        QMessageBox.warning(self, self.tr("Running order"), fill(self.tr(
            "The running order could not be saved (%1). The order shown is the one in the "
            "file."), escape(type(exc).__name__)))

    def _rows_failed(self, exc: Exception) -> None:
        QMessageBox.warning(self, self.tr("Empty rows"), fill(self.tr(
            "The number of empty rows could not be saved (%1). The numbers shown are the "
            "ones in the file."), escape(type(exc).__name__)))

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

    def ask_orphans(self, data: PackData) -> bool:
        """Activities without a municipality: print them in every pack (True) or stop to
        give them one (False)."""
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Activities without a "
                                                            "municipality"),
                          orphans_text(data, self.tr(
                              "%n activity(-ies) have no municipality, so no "
                              "municipality's document would hold them:", "",
                              len(data.orphans)),
                              self.tr("…and %n more", "", len(data.orphans) - SHOWN_ORPHANS),
                              self.tr("Print them in every pack under “%1”, or fix them first: "
                                      "the Activities page opens at the first one, to give it "
                                      "a municipality.", "", len(data.orphans))),
                          parent=self)
        every = box.addButton(self.tr("Print in every pack"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Fix them first"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        return box.clickedButton() is every

    def show_orphan(self, activity_id: int) -> None:
        """The first activity without a municipality, open in the Activities page's editor."""
        window = self.window()
        if hasattr(window, "show_page_key") and hasattr(window, "page"):
            window.show_page_key("activities")
            window.page("activities").show_activity(activity_id)

    def ask_earlier(self, folder: Path, names: list[str]) -> str | None:
        """The folder holds an earlier pack: replace, keep both, or cancel (None)."""
        language = workshop_header(self.context.store).language
        previous = PREVIOUS.get(language, PREVIOUS["et"])
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Earlier pack in the folder"),
                          fill(self.tr("“%1” already holds an earlier pack (%n file(s)). "
                                       "Replace it (the earlier files are kept in the folder "
                                       "“%2” until the next export) or keep both?", "",
                                       len(names)), escape(str(folder)), previous),
                          parent=self)
        replace = box.addButton(self.tr("Replace"), QMessageBox.ButtonRole.DestructiveRole)
        both = box.addButton(self.tr("Keep both"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return REPLACE if box.clickedButton() is replace else \
            KEEP_BOTH if box.clickedButton() is both else None

    def start_export(self) -> None:
        if self.busy() or not self.export_action.isEnabled():
            return
        options = self.options()
        data = load_pack(self.context.store)
        if data.orphans:
            if not self.ask_orphans(data):
                self.status_label.setText(self.tr(
                    "Nothing was written. Give the activities a municipality on the "
                    "Activities page, then compile the pack again."))
                self.show_orphan(data.orphans[0].id)
                return
        earlier = earlier_files(data, options)
        if earlier:
            choice = self.ask_earlier(options.out_dir, earlier)
            if choice is None:
                return
            options.existing = choice
        self.context.settings.set_value(folder_key(self.context.store.path),
                                        str(options.out_dir))
        self.context.settings.set_value("export/last_dir", str(options.out_dir))
        self.written = []
        self.open_folder_button.setVisible(False)
        self.status_label.setText(self.tr("Preparing…"))
        self.progress.setRange(0, 0)
        import asyncio

        self.job = tasks.Progress(asyncio.get_event_loop(), self._progressed)
        self._update_buttons()
        tasks.start(self._run(data, options, self.job))

    async def _run(self, data: PackData, options: PackOptions, job: tasks.Progress) -> None:
        outcome = await export_in_background(self.context.store, data, options, job)
        self._finished(outcome, options)

    def cancel_export(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.status_label.setText(self.tr("Stopping after the current document…"))
            self.cancel_action.setEnabled(False)

    def _progressed(self, done: int, total: int, name: str) -> None:
        if self.job is None or self.job.cancelled:
            return
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        if name:
            self.status_label.setText(fill(self.tr("Writing %1 (%2 of %3)…"), name, done + 1,
                                           total))

    def _finished(self, outcome: Outcome, options: PackOptions) -> None:
        self.written = list(outcome.files)
        if outcome.error is not None:
            self.status_label.setText(failure_text(*outcome.error))
            self.open_folder_button.setVisible(False)
        elif outcome.cancelled:
            self.status_label.setText(self.tr(
                "Export cancelled. %n complete document(s) were written before it stopped; "
                "no half-written file was left.", "", len(self.written)))
            self.open_folder_button.setVisible(bool(self.written))
        else:
            self._succeeded(options)
        self.progress.setRange(0, 1)
        self.progress.setValue(1 if self.written else 0)
        self.job = None
        self._update_buttons()
        if outcome.error is None and not outcome.cancelled:
            self.export_finished.emit(self.written)

    def _succeeded(self, options: PackOptions) -> None:
        folder = self.written[0].parent if self.written else options.out_dir
        shown = self.written[:SHOWN_FILES]
        names = "".join(f"<li>{escape(p.name)}</li>" for p in shown)
        if len(self.written) > len(shown):
            names += "<li>" + self.tr("…and %n more", "", len(self.written) - len(shown)) \
                + "</li>"
        self.status_label.setText(
            fill(self.tr("%n document(s) written to %1:", "", len(self.written)),
                 f"<b>{escape(str(folder))}</b>") + f"<ul>{names}</ul>")
        self.open_folder_button.setVisible(True)

    def open_folder(self) -> None:
        folder = self.written[0].parent if self.written else self.options().out_dir
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def export_page(context: AppContext) -> Page:
    return ExportPage(context)
