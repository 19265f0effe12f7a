"""Undoable activity changes on the shared undo stack (undo and redo work from any page).

Each is a :class:`~avtoituba.gui.shell.undo.Change`: the page writes through the hub first
(:func:`~avtoituba.gui.shell.undo.apply`) and pushes the change only when the write
succeeded; undo and redo write through the same hub again, each committed at once. Adding
is undone by a soft delete and redone by restoring the same row.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from avtoituba.core import municipalities as munis
from avtoituba.core.capture import ActivityRow

from avtoituba.gui.activities.hub import ActivityHub
from avtoituba.gui.shell.undo import Change
from avtoituba.wording import fill

EDIT_COMMAND_ID = 5001
#: edits of these fields typed with pauses merge into one undo step
TYPED_FIELDS = frozenset({"title", "description", "notes", "responsible", "time_frame",
                          "involve_notes"})


def _short(title: str, width: int = 40) -> str:
    return title if len(title) <= width else title[: width - 1] + "…"


def _text(source: str, title: str) -> str:
    return fill(QCoreApplication.translate("ActivityCommands", source), _short(title))


class AddActivity(Change):
    def __init__(self, hub: ActivityHub, row: ActivityRow):
        super().__init__(_text("Add “%1”", row.title))
        self.hub, self.activity_id = hub, row.id

    def revert(self) -> None:
        self.hub.delete(self.activity_id)

    def reapply(self) -> None:
        self.hub.restore(self.activity_id)


class DeleteActivity(Change):
    def __init__(self, hub: ActivityHub, row: ActivityRow):
        super().__init__(_text("Delete “%1”", row.title))
        self.hub, self.activity_id = hub, row.id

    def revert(self) -> None:
        self.hub.restore(self.activity_id)

    def reapply(self) -> None:
        self.hub.delete(self.activity_id)


class EditActivity(Change):
    """A change of some fields; consecutive edits of the same typed fields of one activity
    merge (typing with pauses is one undo step, not one per pause)."""

    def __init__(self, hub: ActivityHub, row: ActivityRow, old: dict[str, Any]):
        super().__init__(_text("Edit “%1”", row.title))
        self.hub, self.activity_id = hub, row.id
        self.new = {k: getattr(row, k) for k in old}
        self.old = dict(old)

    def id(self) -> int:
        return EDIT_COMMAND_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, EditActivity) or other.activity_id != self.activity_id \
                or set(other.new) != set(self.new) or not set(self.new) <= TYPED_FIELDS:
            return False
        self.new = dict(other.new)
        return True

    def revert(self) -> None:
        self.hub.update(self.activity_id, **self.old)

    def reapply(self) -> None:
        self.hub.update(self.activity_id, **self.new)


class ReorderActivity(Change):
    """Up or down within its group's list."""

    def __init__(self, hub: ActivityHub, row: ActivityRow, old_index: int, new_index: int):
        super().__init__(_text("Move “%1”", row.title))
        self.hub, self.activity_id = hub, row.id
        self.old_index, self.new_index = old_index, new_index

    def revert(self) -> None:
        self.hub.reorder(self.activity_id, self.old_index)

    def reapply(self) -> None:
        self.hub.reorder(self.activity_id, self.new_index)


class MoveActivity(Change):
    """To another group (and back)."""

    def __init__(self, hub: ActivityHub, row: ActivityRow, old_group: int, old_index: int,
                 new_group: int, new_index: int):
        super().__init__(_text("Move “%1” to another group", row.title))
        self.hub, self.activity_id = hub, row.id
        self.old_group, self.old_index = old_group, old_index
        self.new_group, self.new_index = new_group, new_index

    def revert(self) -> None:
        self.hub.move_to_group(self.activity_id, self.old_group, self.old_index)

    def reapply(self) -> None:
        self.hub.move_to_group(self.activity_id, self.new_group, self.new_index)


class MergeMunicipalities(Change):
    """One municipality into another, with every activity and participant."""

    def __init__(self, hub: ActivityHub, record: munis.MergeRecord):
        text = QCoreApplication.translate("ActivityCommands", "Merge “%1” into “%2”")
        super().__init__(fill(text, record.from_name, record.into_name))
        self.hub, self.record = hub, record

    def revert(self) -> None:
        self.hub.unmerge_municipalities(self.record)

    def reapply(self) -> None:
        self.record = self.hub.merge_municipalities(self.record.from_id, self.record.into_id)
