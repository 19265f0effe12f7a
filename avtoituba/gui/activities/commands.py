"""Undoable activity edits on the shared QUndoStack (undo and redo work from any page).

Each change is carried out (and committed to the file) *before* its command is pushed, so a
failure to write never leaves a command on the stack; the first ``redo()`` that ``push()``
calls is then skipped. Undo and redo go through the same hub, so they too are committed at
once. Adding is undone by a soft delete and redone by restoring the same row.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from avtoituba.core.capture import ActivityRow

from avtoituba.gui.activities.model import ActivityHub

EDIT_COMMAND_ID = 5001

ErrorHandler = Callable[[Exception], None]


def _short(title: str, width: int = 40) -> str:
    return title if len(title) <= width else title[: width - 1] + "…"


class _HubCommand(QUndoCommand):
    def __init__(self, hub: ActivityHub, text: str, on_error: ErrorHandler | None = None):
        super().__init__(text)
        self.hub = hub
        self._applied = True  # the change was made before the push
        self._on_error = on_error

    def redo(self) -> None:
        if self._applied:
            self._applied = False
            return
        self._guard(self.do)

    def undo(self) -> None:
        self._guard(self.undo_it)

    def _guard(self, fn: Callable[[], None]) -> None:
        try:
            fn()
        except Exception as exc:  # noqa: BLE001 - tell the trainer, keep the app running
            if self._on_error is not None:
                self._on_error(exc)
            else:
                raise

    def do(self) -> None:
        raise NotImplementedError

    def undo_it(self) -> None:
        raise NotImplementedError


class AddCommand(_HubCommand):
    def __init__(self, hub: ActivityHub, row: ActivityRow, on_error: ErrorHandler | None = None):
        text = QCoreApplication.translate("ActivityCommands", "Add “%1”")
        super().__init__(hub, text.replace("%1", _short(row.title)), on_error)
        self.activity_id = row.id

    def do(self) -> None:
        self.hub.restore(self.activity_id)

    def undo_it(self) -> None:
        self.hub.delete(self.activity_id)


class DeleteCommand(_HubCommand):
    def __init__(self, hub: ActivityHub, row: ActivityRow, on_error: ErrorHandler | None = None):
        text = QCoreApplication.translate("ActivityCommands", "Delete “%1”")
        super().__init__(hub, text.replace("%1", _short(row.title)), on_error)
        self.activity_id = row.id

    def do(self) -> None:
        self.hub.delete(self.activity_id)

    def undo_it(self) -> None:
        self.hub.restore(self.activity_id)


class EditCommand(_HubCommand):
    """A change of some fields; consecutive edits of the same fields of one activity merge
    (typing with pauses is one undo step, not one per pause)."""

    def __init__(self, hub: ActivityHub, row: ActivityRow, new: dict[str, Any],
                 old: dict[str, Any], on_error: ErrorHandler | None = None):
        text = QCoreApplication.translate("ActivityCommands", "Edit “%1”")
        super().__init__(hub, text.replace("%1", _short(row.title)), on_error)
        self.activity_id = row.id
        self.new = dict(new)
        self.old = dict(old)

    def id(self) -> int:
        return EDIT_COMMAND_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, EditCommand) or other.activity_id != self.activity_id \
                or set(other.new) != set(self.new) \
                or not set(self.new) <= {"title", "description", "notes", "responsible",
                                         "time_frame", "involve_notes"}:
            return False
        self.new = dict(other.new)
        return True

    def do(self) -> None:
        self.hub.update(self.activity_id, **self.new)

    def undo_it(self) -> None:
        self.hub.update(self.activity_id, **self.old)


class ReorderActivityCommand(_HubCommand):
    def __init__(self, hub: ActivityHub, row: ActivityRow, old_index: int, new_index: int,
                 on_error: ErrorHandler | None = None):
        text = QCoreApplication.translate("ActivityCommands", "Move “%1”")
        super().__init__(hub, text.replace("%1", _short(row.title)), on_error)
        self.activity_id = row.id
        self.old_index = old_index
        self.new_index = new_index

    def do(self) -> None:
        self.hub.reorder(self.activity_id, self.new_index)

    def undo_it(self) -> None:
        self.hub.reorder(self.activity_id, self.old_index)


class MoveGroupCommand(_HubCommand):
    def __init__(self, hub: ActivityHub, row: ActivityRow, old_group: int, old_index: int,
                 new_group: int, new_index: int, on_error: ErrorHandler | None = None):
        text = QCoreApplication.translate("ActivityCommands", "Move “%1” to another group")
        super().__init__(hub, text.replace("%1", _short(row.title)), on_error)
        self.activity_id = row.id
        self.old_group, self.old_index = old_group, old_index
        self.new_group, self.new_index = new_group, new_index

    def do(self) -> None:
        self.hub.move_to_group(self.activity_id, self.new_group, self.new_index)

    def undo_it(self) -> None:
        self.hub.move_to_group(self.activity_id, self.old_group, self.old_index)
