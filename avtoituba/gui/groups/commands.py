"""Undoable edits of participants and groups. Each redo/undo is one saved transaction."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtGui import QUndoCommand

from avtoituba.core import groups as groups_service
from avtoituba.core import participants as service
from avtoituba.core.participants import ParticipantData, ParticipantSnapshot
from avtoituba.store.db import Store

Refresh = Callable[[], None]


class _Command(QUndoCommand):
    def __init__(self, store: Store, refresh: Refresh, text: str):
        super().__init__(text)
        self.store = store
        self.refresh = refresh


class AddParticipant(_Command):
    def __init__(self, store: Store, refresh: Refresh, text: str, data: ParticipantData):
        super().__init__(store, refresh, text)
        self.data = data
        self.participant_id: int | None = None

    def redo(self) -> None:
        self.participant_id = service.add_participant(self.store, self.data,
                                                      self.participant_id)
        self.refresh()

    def undo(self) -> None:
        if self.participant_id is not None:
            service.remove_participant(self.store, self.participant_id)
        self.refresh()


class EditParticipant(_Command):
    def __init__(self, store: Store, refresh: Refresh, text: str, participant_id: int,
                 after: ParticipantData):
        super().__init__(store, refresh, text)
        self.participant_id = participant_id
        self.before = service.participant_data(store, participant_id)
        self.after = after

    def redo(self) -> None:
        service.update_participant(self.store, self.participant_id, self.after)
        self.refresh()

    def undo(self) -> None:
        service.update_participant(self.store, self.participant_id, self.before)
        self.refresh()


class RemoveParticipants(_Command):
    def __init__(self, store: Store, refresh: Refresh, text: str, ids: Sequence[int]):
        super().__init__(store, refresh, text)
        self.ids = list(ids)
        self.snapshots: list[ParticipantSnapshot] = []

    def redo(self) -> None:
        self.snapshots = [service.remove_participant(self.store, pid) for pid in self.ids]
        self.refresh()

    def undo(self) -> None:
        for snapshot in reversed(self.snapshots):
            service.restore_participant(self.store, snapshot)
        self.refresh()


class SetPresent(_Command):
    def __init__(self, store: Store, refresh: Refresh, text: str, ids: Sequence[int],
                 present: bool):
        super().__init__(store, refresh, text)
        self.present = present
        self.before = {pid: service.get_participant(store, pid).present for pid in ids}

    def redo(self) -> None:
        service.set_present(self.store, list(self.before), self.present)
        self.refresh()

    def undo(self) -> None:
        for value in (True, False):
            service.set_present(self.store, [p for p, v in self.before.items() if v == value],
                                value)
        self.refresh()


class ImportParticipants(_Command):
    """An import already saved (all rows in one transaction); undone and redone together."""

    def __init__(self, store: Store, refresh: Refresh, text: str,
                 result: service.ImportResult):
        super().__init__(store, refresh, text)
        self.result = result
        self.snapshots: list[ParticipantSnapshot] = []
        self._done = True

    def redo(self) -> None:
        if not self._done:
            for snapshot in self.snapshots:
                service.restore_participant(self.store, snapshot)
            self._done = True
        self.refresh()

    def undo(self) -> None:
        self.snapshots = [service.remove_participant(self.store, pid)
                          for pid in self.result.ids]
        self._done = False
        self.refresh()


class ChangeMemberships(_Command):
    """Any change of who is in which group (move, lock, presenter, assign): the first redo
    runs ``action``; undo and later redos put the whole picture back as it was."""

    def __init__(self, store: Store, refresh: Refresh, text: str,
                 action: Callable[[], object]):
        super().__init__(store, refresh, text)
        self.action = action
        self.before: groups_service.Snapshot | None = None
        self.after: groups_service.Snapshot | None = None
        self.outcome: object = None

    def redo(self) -> None:
        if self.after is None:
            self.before = groups_service.memberships(self.store)
            self.outcome = self.action()
            self.after = groups_service.memberships(self.store)
        else:
            groups_service.restore_memberships(self.store, self.after)
        self.refresh()

    def undo(self) -> None:
        assert self.before is not None
        groups_service.restore_memberships(self.store, self.before)
        self.refresh()
