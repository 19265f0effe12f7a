"""The Activities page's writes: add (quick-add line, ideas), edit, delete, reorder, move
between groups, merge municipalities.

Each goes through the hub to the file first and onto the undo stack only when that worked
(:func:`~avtoituba.gui.shell.undo.apply`); a refusal is said where the trainer typed, a
failure to write in a calm message without SQL or traceback, and nothing typed is lost.
A mixin of :class:`~avtoituba.gui.activities.page.CapturePage`, which provides the widgets.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import Qt, QTime, QTimer
from PySide6.QtWidgets import QDialog, QMessageBox

from avtoituba.core import municipalities as munis
from avtoituba.core.capture import ActivityRow, CaptureError
from avtoituba.core.participants import list_participants
from avtoituba.store.errors import WorkshopFileError

from avtoituba.gui.activities import commands
from avtoituba.gui.activities.merge_dialog import MergeDialog
from avtoituba.gui.shell import undo
from avtoituba.gui.shell.messages import file_error_text
from avtoituba.wording import fill

if TYPE_CHECKING:
    from avtoituba.gui.activities.page import CapturePage

log = logging.getLogger("avtoituba")
T = TypeVar("T")


class ActivityWriting:
    """Write-then-push for every change the Activities page makes."""

    # -- writing: through the hub first, onto the undo stack only when it worked -----------
    def _write(self: CapturePage, write: Callable[[], T], change: Callable[[T], undo.Change | None]) -> T:
        return undo.apply(self.undo_stack, write, change, self._command_failed)

    def quick_add(self: CapturePage, group_id: int, title: str, municipality: str,
                  area_number: int | None, new_municipality: bool = False
                  ) -> ActivityRow | None:
        """Enter in a quick-add line: write the activity, then clear the line."""
        bar = self.columns[group_id].quick_add
        if not title.strip():
            bar.show_message(self.tr("Type the activity's title first."))
            return None
        match = self.hub.match_municipality(municipality)
        if match.kind == "empty":
            bar.ask_municipality()
            return None
        if match.kind == "close" and not new_municipality:
            bar.ask_close_match(munis.normalise_name(municipality), match.name)
            return None
        name = match.name if match.is_known else munis.normalise_name(municipality)
        try:
            row = self._write(lambda: self.hub.add(group_id, title, name, area_number),
                              lambda r: commands.AddActivity(self.hub, r))
        except CaptureError as exc:
            bar.show_message(str(exc))
            return None
        except Exception as exc:
            log.exception("adding an activity failed")
            bar.show_message(fill(self.tr("Not saved: %1 The text is still here; try again."),
                                  self._failure_text(exc)))
            return None
        bar.accepted(row.municipality)
        self._after_add(row)
        return row

    def _after_add(self: CapturePage, row: ActivityRow) -> None:
        column = self.columns[row.group_id]  # type: ignore[index]
        if column.proxy.activity_filter().matches(row):
            QTimer.singleShot(0, column.view.scrollToBottom)  # after the Enter is answered
        else:
            self.hidden_notice.notify(row.id, row.title)

    def show_hidden(self: CapturePage, activity_id: int) -> None:
        """„Näita“: the filter off, the activity just typed selected in its list."""
        self.clear_filter()
        self.show_activity(activity_id)

    def add_idea(self: CapturePage, area_number: int, text: str) -> ActivityRow | None:
        group_id = self._current_group
        if group_id is None:
            return None
        match = self.hub.match_municipality(self.ideas.municipality_name())
        if match.kind in ("empty", "close"):
            self.ideas.show_message(
                self.tr("Choose the municipality at the top of the ideas first, then click "
                        "the example again.") if match.kind == "empty" else
                fill(self.tr("“%1” is not in the registration list. Did you mean “%2”?"),
                     match.typed.strip(), match.name))
            self.ideas.municipality.setFocus()
            return None
        try:
            row = self._write(lambda: self.hub.add(group_id, text, match.name, area_number),
                              lambda r: commands.AddActivity(self.hub, r))
        except Exception as exc:
            self._command_failed(exc)
            return None
        self.ideas.show_message("")
        self.show_activity(row.id)
        return row

    def edit_activity(self: CapturePage, activity_id: int, fields: dict[str, Any]) -> None:
        if "municipality" in fields:
            match = self.hub.match_municipality(fields["municipality"])
            if match.kind == "empty":  # no orphan through the editor either
                self.editor.show_error(self.tr("An activity needs a municipality; the "
                                               "municipality was kept."))
                self.editor.municipality_edit.setEditText(self.hub.row(activity_id).municipality
                                                          if self.hub.row(activity_id) else "")
                fields = {k: v for k, v in fields.items() if k != "municipality"}
            elif match.kind == "close" and not self.editor.confirmed_new(
                    fields["municipality"]):
                self.editor.ask_close_match(match.typed.strip(), match.name)
                fields = {k: v for k, v in fields.items() if k != "municipality"}
            elif match.is_known:
                fields = dict(fields, municipality=match.name)
        if not fields:
            return
        try:
            _row, old = self._write(lambda: self.hub.update(activity_id, **fields),
                                    lambda result: commands.EditActivity(self.hub, *result)
                                    if result[1] else None)
        except CaptureError as exc:
            self.editor.show_error(str(exc))
            return
        except Exception as exc:
            self._command_failed(exc)
            return
        if old:
            self.editor.show_saved(QTime.currentTime().toString("HH:mm:ss"))

    def selected(self: CapturePage) -> ActivityRow | None:
        column = self.columns.get(self._current_group or -1)
        return column.current_row() if column else None

    def delete_selected(self: CapturePage) -> None:
        row = self.selected()
        if row is None or self.context.read_only:
            return
        column = self.columns[row.group_id]  # type: ignore[index]
        proxy_row = column.view.currentIndex().row()
        try:
            self._write(lambda: self.hub.delete(row.id),
                        lambda r: commands.DeleteActivity(self.hub, r))
        except Exception as exc:
            self._command_failed(exc)
            return
        self.show_status(fill(self.tr("Deleted “%1”. Undo brings it back (Ctrl+Z)."), row.title))
        count = column.proxy.rowCount()
        if count:
            column.view.setCurrentIndex(column.proxy.index(min(proxy_row, count - 1), 0))
        column.view.setFocus()

    def reorder_selected(self: CapturePage, step: int) -> None:
        row = self.selected()
        if row is None or self.context.read_only:
            return
        column = self.columns[row.group_id]  # type: ignore[index]
        proxy = column.proxy
        there = column.view.currentIndex().row() + step
        if not 0 <= there < proxy.rowCount():
            return
        # with a filter on, step over the hidden rows: move next to the neighbour shown
        neighbour = proxy.mapToSource(proxy.index(there, 0)).row()
        try:
            self._write(lambda: self.hub.reorder(row.id, neighbour),
                        lambda r: commands.ReorderActivity(self.hub, row, *r)
                        if r[0] != r[1] else None)
        except Exception as exc:
            self._command_failed(exc)
            return
        column.select_id(row.id)
        column.view.setFocus()

    def move_selected(self: CapturePage, step: int) -> None:
        row = self.selected()
        if row is None or self.context.read_only or row.group_id is None:
            return
        ids = [g.id for g in self._groups]
        target = ids.index(row.group_id) + step
        if not 0 <= target < len(ids):
            return
        new_group = ids[target]
        try:
            self._write(lambda: self.hub.move_to_group(row.id, new_group),
                        lambda r: commands.MoveActivity(self.hub, row, r[0], r[1], new_group,
                                                        r[2]))
        except Exception as exc:
            self._command_failed(exc)
            return
        self.show_status(fill(self.tr("“%1” moved to %2."), row.title,
                              self._groups[target].name))
        self.show_activity(row.id)

    def move_up(self: CapturePage) -> None:
        self.reorder_selected(-1)

    def move_down(self: CapturePage) -> None:
        self.reorder_selected(1)

    def move_to_previous_group(self: CapturePage) -> None:
        self.move_selected(-1)

    def move_to_next_group(self: CapturePage) -> None:
        self.move_selected(1)

    def merge_municipalities(self: CapturePage, from_id: int | None = None, into_id: int | None = None
                             ) -> munis.MergeRecord | None:
        """Ask which municipality goes into which (unless both are given), then merge."""
        if self.context.read_only:
            return None
        if from_id is None or into_id is None:
            counts: dict[int, int] = {}
            for r in self.hub.all_rows():
                if r.municipality_id is not None:
                    counts[r.municipality_id] = counts.get(r.municipality_id, 0) + 1
            people: dict[int, int] = {}
            for p in list_participants(self.context.store):
                mid = self.hub.find_municipality(p.municipality)
                if mid is not None:
                    people[mid] = people.get(mid, 0) + 1
            dialog = MergeDialog(self.hub.municipality_rows(), counts, people, self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            from_id, into_id = dialog.chosen()
        try:
            record = self._write(lambda: self.hub.merge_municipalities(from_id, into_id),
                                 lambda r: commands.MergeMunicipalities(self.hub, r))
        except Exception as exc:
            self._command_failed(exc)
            return None
        for column in self.columns.values():   # a line still on the merged name follows it
            bar = column.quick_add
            if bar.municipality_name().casefold() == record.from_name.casefold():
                bar.set_municipality_name(record.into_name)
        self.show_status(fill(self.tr("“%1” merged into “%2”."), record.from_name,
                              record.into_name))
        return record

    def _failure_text(self: CapturePage, exc: Exception) -> str:
        """Words for the trainer: a refusal says why; anything else (disk, file) what to do.
        Never SQL or a traceback."""
        if isinstance(exc, (CaptureError, munis.MunicipalityError)):
            return str(exc)
        if isinstance(exc, WorkshopFileError):
            return " ".join(file_error_text(exc))
        return self.tr("The workshop file could not be written. Check that the disk has room "
                       "and the file is still there.")

    def _command_failed(self: CapturePage, exc: Exception) -> None:
        log.warning("an activity change failed: %r", exc)
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Activities"),
                          self.tr("The change could not be saved to the workshop file.")
                          + "\n\n" + self._failure_text(exc), QMessageBox.StandardButton.Ok,
                          self)
        box.setObjectName("activityError")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.error_box = box
        box.open()
