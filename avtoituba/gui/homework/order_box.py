"""The follow-up seminar's running order: drag or move a municipality; each move is saved
through core first and then pushed onto the undo stack."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QWidget

from avtoituba.core.municipalities import MunicipalityRow, set_seminar_order
from avtoituba.core.seminar import SeminarSlot
from avtoituba.store.db import Store

from avtoituba.gui.shell.formats import format_time
from avtoituba.gui.shell.undo import Change, apply

ID_ROLE = Qt.ItemDataRole.UserRole


class ReorderSeminar(Change):
    """The running order changed (already saved); undo and redo save it again."""

    def __init__(self, store: Store, before: list[int], after: list[int],
                 changed: Callable[[], None]):
        super().__init__(QCoreApplication.translate("ExportPage", "Change the running order"))
        self.store, self.before, self.after, self.changed = store, before, after, changed

    def revert(self) -> None:
        set_seminar_order(self.store, self.before)
        self.changed()

    def reapply(self) -> None:
        set_seminar_order(self.store, self.after)
        self.changed()


class RunningOrderList(QListWidget):
    """The municipalities in their seminar order, with each one's time."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("seminarOrder")
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.order: list[int] = []
        self.on_dropped: Callable[[list[int]], None] | None = None
        self.model().rowsMoved.connect(self._dragged)

    def show_order(self, rows: list[MunicipalityRow], slots: list[SeminarSlot]) -> None:
        self.order = [m.id for m in rows]
        current = self.currentRow()
        self.blockSignals(True)
        self.clear()
        for i, m in enumerate(rows):
            when = (f"{format_time(slots[i].start)}–{format_time(slots[i].end)}"
                    if i < len(slots) else "")
            item = QListWidgetItem(f"{i + 1}. {m.name}" + (f"   {when}" if when else ""))
            item.setData(ID_ROLE, m.id)
            self.addItem(item)
        self.blockSignals(False)
        if 0 <= current < self.count():
            self.setCurrentRow(current)

    def moved(self, step: int) -> list[int] | None:
        """The order with the current row moved by ``step`` (None: it cannot move)."""
        row = self.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < len(self.order):
            return None
        after = list(self.order)
        after.insert(target, after.pop(row))
        return after

    def _dragged(self, *_args: object) -> None:
        # Save after the drop has finished: rebuilding the list inside it is not safe.
        QTimer.singleShot(0, self._save_dragged)

    def _save_dragged(self) -> None:
        after = [self.item(i).data(ID_ROLE) for i in range(self.count())]
        if after != self.order and self.on_dropped is not None:
            self.on_dropped(after)


def save_order(stack, store: Store, before: list[int], after: list[int],
               changed: Callable[[], None], on_error: Callable[[Exception], None]) -> None:
    """Write the new order through core, then push the step that undoes it."""

    def write() -> None:
        set_seminar_order(store, after)
        changed()

    apply(stack, write, lambda _: ReorderSeminar(store, before, after, changed), on_error)
