"""Undoable changes of participants and groups, in the trainer's words.

Each is a :class:`~avtoituba.gui.shell.undo.Change`: the page writes through core first
(``undo.apply``) and pushes the change only when the write succeeded; undo and redo then
replay through core, each one saved transaction.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from avtoituba.core import groups as groups_service
from avtoituba.core import participants as service
from avtoituba.core.participants import ParticipantData, ParticipantSnapshot
from avtoituba.store.db import Store

from avtoituba.gui.shell.undo import Change

Refresh = Callable[[], None]


class _Change(Change):
    def __init__(self, store: Store, refresh: Refresh, text: str):
        super().__init__(text)
        self.store = store
        self.refresh = refresh

    def _replay(self, step: Callable[[], None]) -> None:
        try:
            super()._replay(step)
        finally:
            self.refresh()


class AddParticipant(_Change):
    def __init__(self, store: Store, refresh: Refresh, text: str, data: ParticipantData,
                 participant_id: int):
        super().__init__(store, refresh, text)
        self.data = data
        self.participant_id = participant_id

    def revert(self) -> None:
        service.remove_participant(self.store, self.participant_id)

    def reapply(self) -> None:
        self.participant_id = service.add_participant(self.store, self.data,
                                                      self.participant_id)


class EditParticipant(_Change):
    def __init__(self, store: Store, refresh: Refresh, text: str, participant_id: int,
                 before: ParticipantData, after: ParticipantData):
        super().__init__(store, refresh, text)
        self.participant_id = participant_id
        self.before = before
        self.after = after

    def revert(self) -> None:
        service.update_participant(self.store, self.participant_id, self.before)

    def reapply(self) -> None:
        service.update_participant(self.store, self.participant_id, self.after)


class RemoveParticipants(_Change):
    def __init__(self, store: Store, refresh: Refresh, text: str,
                 snapshots: Sequence[ParticipantSnapshot]):
        super().__init__(store, refresh, text)
        self.snapshots = list(snapshots)

    def revert(self) -> None:
        for snapshot in reversed(self.snapshots):
            service.restore_participant(self.store, snapshot)

    def reapply(self) -> None:
        for snapshot in self.snapshots:
            service.remove_participant(self.store, snapshot.id)


class CheckIn(_Change):
    """Participants checked in (or out); ``before`` is who was present until then."""

    def __init__(self, store: Store, refresh: Refresh, text: str, before: dict[int, bool],
                 present: bool):
        super().__init__(store, refresh, text)
        self.before = before
        self.present = present

    def revert(self) -> None:
        for value in (True, False):
            service.set_present(self.store, [p for p, v in self.before.items() if v == value],
                                value)

    def reapply(self) -> None:
        service.set_present(self.store, list(self.before), self.present)


class ImportParticipants(_Change):
    """An import already saved (all rows in one transaction); undone and redone together."""

    def __init__(self, store: Store, refresh: Refresh, text: str,
                 result: service.ImportResult):
        super().__init__(store, refresh, text)
        self.result = result
        self.snapshots: list[ParticipantSnapshot] = []

    def revert(self) -> None:
        self.snapshots = service.remove_participants(self.store, self.result.ids)

    def reapply(self) -> None:
        service.restore_participants(self.store, self.snapshots)


class ChangeMemberships(_Change):
    """Any change of who is in which group (move, lock, presenter, assignment): undo and
    redo put the whole picture back as it was before and after."""

    def __init__(self, store: Store, refresh: Refresh, text: str,
                 before: groups_service.Snapshot, after: groups_service.Snapshot):
        super().__init__(store, refresh, text)
        self.before = before
        self.after = after

    def revert(self) -> None:
        groups_service.restore_memberships(self.store, self.before)

    def reapply(self) -> None:
        groups_service.restore_memberships(self.store, self.after)


class MoveParticipant(ChangeMemberships):
    """Participants moved to a group or taken out of the groups."""


class LockParticipant(ChangeMemberships):
    """Members locked in (or released from) their group."""


class SetPresenter(ChangeMemberships):
    """A group's presenter marked or unmarked."""


class AssignGroups(ChangeMemberships):
    """Everyone (or the present) assigned to the groups in one go."""
