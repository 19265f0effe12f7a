"""The empty rows the homework pack leaves to fill in by hand: two spin boxes on the Homework
pack page, kept with the workshop (core.pack_rows) and undoable."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QSizePolicy, QSpinBox, QWidget

from avtoituba.core.pack_rows import MAX_ROWS, PackRows, load_pack_rows, set_pack_rows
from avtoituba.store.db import Store

from avtoituba.gui.shell.undo import Change, apply

_MERGE_ID = 0x7ac1   # consecutive changes of the counts are one undo step


class ChangeEmptyRows(Change):
    def __init__(self, store: Store, before: PackRows, after: PackRows,
                 changed: Callable[[], None], text: str):
        super().__init__(text)
        self.store, self.before, self.after, self.changed = store, before, after, changed

    def id(self) -> int:
        return _MERGE_ID

    def mergeWith(self, other: object) -> bool:  # Qt's name
        if not isinstance(other, ChangeEmptyRows) or other.store is not self.store:
            return False
        self.after = other.after
        return True

    def revert(self) -> None:
        set_pack_rows(self.store, self.before)
        self.changed()

    def reapply(self) -> None:
        set_pack_rows(self.store, self.after)
        self.changed()


class EmptyRowsFields(QObject):
    """Two spin boxes: empty rows under each area, rows for new activities."""

    failed = Signal(Exception)

    def __init__(self, store: Store, stack, parent: QWidget):
        super().__init__(parent)
        self.store, self.stack = store, stack
        self.area_spin = self._spin("emptyRowsPerArea", self.tr(
            "Empty rows under each area's activities, for the team to add their own"))
        self.new_spin = self._spin("newActivityRows", self.tr(
            "Rows of the table for new activities (0 leaves the table out)"))
        self.rows = PackRows()
        self.show_saved()

    def _spin(self, name: str, tip: str) -> QSpinBox:
        spin = QSpinBox()
        spin.setObjectName(name)
        spin.setRange(0, MAX_ROWS)
        spin.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)  # two digits
        spin.setToolTip(tip)
        spin.setAccessibleDescription(tip)
        spin.valueChanged.connect(self._save)
        return spin

    def show_saved(self) -> None:
        """Show the counts kept in the file."""
        self.rows = load_pack_rows(self.store)
        for spin, value in ((self.area_spin, self.rows.empty_rows),
                            (self.new_spin, self.rows.new_rows)):
            spin.blockSignals(True)
            spin.setValue(value)
            spin.blockSignals(False)

    def set_enabled(self, on: bool) -> None:
        self.area_spin.setEnabled(on)
        self.new_spin.setEnabled(on)

    def _save(self) -> None:
        before = self.rows
        after = PackRows(self.area_spin.value(), self.new_spin.value())
        if after == before:
            return

        def write() -> None:
            set_pack_rows(self.store, after)
            self.rows = after

        try:
            apply(self.stack, write,
                  lambda _: ChangeEmptyRows(self.store, before, after, self.show_saved,
                                            self.tr("Change the empty rows")),
                  self._replay_failed)
        except Exception as exc:   # the file kept the old counts: show them
            self.show_saved()
            self.failed.emit(exc)

    def _replay_failed(self, exc: Exception) -> None:
        self.show_saved()
        self.failed.emit(exc)
