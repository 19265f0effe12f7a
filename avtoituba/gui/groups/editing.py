"""Participants added, edited, removed and checked in from the page: each written through
core first, then one undo step (see ``GroupsPage._apply``)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex

from avtoituba.core import participants as service
from avtoituba.core.participants import ParticipantData, participant_data

from avtoituba.gui.groups import commands
from avtoituba.gui.groups.participant_dialog import ParticipantDialog
from avtoituba.gui.groups.participants_model import PRESENT
from avtoituba.wording import fill


class ParticipantEditing:
    """The participant actions of ``GroupsPage`` (a mixin: it uses the page's parts)."""

    def add_participant(self, data: ParticipantData | None = None) -> int | None:
        if self.read_only:
            return None
        if data is None:
            dialog = ParticipantDialog(self._municipalities, parent=self)
            if not dialog.exec():
                return None
            data = dialog.data()
        added = self._apply(
            self.tr("Add participant"),
            lambda: service.add_participant(self.store, data),
            lambda pid: commands.AddParticipant(self.store, self.refresh,
                                                fill(self.tr("Add %1"), data.name), data, pid))
        self._select_in_table([added] if added else [])
        return added

    def edit_participant(self) -> None:
        ids = self.selected_ids()
        if len(ids) != 1 or self.read_only:
            return
        dialog = ParticipantDialog(self._municipalities, participant_data(self.store, ids[0]),
                                   self)
        if dialog.exec():
            self.update_participant(ids[0], dialog.data())

    def update_participant(self, participant_id: int, data: ParticipantData) -> bool:
        """Save the new data of a participant; False (and a message) when refused."""
        before = participant_data(self.store, participant_id)
        if data == before:
            return True
        done = self._apply(
            self.tr("Edit participant"),
            lambda: service.update_participant(self.store, participant_id, data) or True,
            lambda _r: commands.EditParticipant(self.store, self.refresh,
                                                fill(self.tr("Edit %1"), data.name),
                                                participant_id, before, data))
        return bool(done)

    def _edit_from_table(self, participant_id: int, data: ParticipantData) -> None:
        self.update_participant(participant_id, data)

    def _table_double_clicked(self, index: QModelIndex) -> None:
        if index.column() != PRESENT:
            self._select_in_table([self.model.row_at(self.proxy.mapToSource(index).row()).id])
            self.edit_participant()

    def remove_selected(self) -> None:
        ids = self.selected_ids()
        if not ids or self.read_only:
            return
        text = self.tr("Remove %n participant(s)", "", len(ids)) if len(ids) > 1 \
            else fill(self.tr("Remove %1"), self._name(ids[0]))
        self._apply(self.tr("Remove participant"),
                    lambda: service.remove_participants(self.store, ids),
                    lambda snapshots: commands.RemoveParticipants(self.store, self.refresh,
                                                                  text, snapshots))

    def set_present(self, ids: Sequence[int], present: bool) -> None:
        if not ids or self.read_only:
            return
        rows = {r.id: r.present for r in self.model.rows()}
        before = {pid: rows.get(pid, False) for pid in ids}
        text = self.tr("Check in") if present else self.tr("Check out")
        self._apply(text, lambda: service.set_present(self.store, list(ids), present),
                    lambda _r: commands.CheckIn(self.store, self.refresh, text, before,
                                                present))

    def toggle_present(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        rows = {r.id: r for r in self.model.rows()}
        self.set_present(ids, not all(rows[i].present for i in ids if i in rows))
