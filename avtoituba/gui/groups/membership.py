"""Who is in which group, from the page: moves (menu, keys, drag and drop), locks,
presenters and the assignment, each one undo step after it was saved; and the explanation
box, which always describes the groups as they are now."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from avtoituba.core import groups as groups_service
from avtoituba.core.groups import AssignOutcome

from avtoituba.gui.groups import commands
from avtoituba.gui.groups.assign_dialog import AssignDialog
from avtoituba.gui.groups.participant_dialog import core_language
from avtoituba.wording import fill


class MembershipEditing:
    """The group actions of ``GroupsPage`` (a mixin: it uses the page's parts)."""

    def init_membership(self) -> None:
        self.assign_dialog: AssignDialog | None = None
        # the last assignment and the groups it made: explained as it was while they stand
        self._assigned: tuple[AssignOutcome, groups_service.Snapshot] | None = None

    def _change_groups(self, kind: type[commands.ChangeMemberships], text: str,
                       write: Callable[[], object]) -> object:
        """Write a membership change; one undo step holding the picture before and after."""
        before = groups_service.memberships(self.store)

        def written() -> tuple[object, groups_service.Snapshot]:
            result = write()
            return result, groups_service.memberships(self.store)

        done = self._apply(text, written, lambda r: kind(self.store, self.refresh, text,
                                                         before, r[1]))
        return done[0] if done is not None else None

    def move_ids(self, ids: Sequence[int], group_id: int | None) -> None:
        """Move participants to the group (None: out of the groups); what a drop does."""
        ids = list(ids)
        if not ids or self.read_only:
            return
        current = groups_service.memberships(self.store)
        ids = [pid for pid in ids if (current[pid].group_id if pid in current else None)
               != group_id]
        if not ids:
            return
        name = next((v.name for v in self.views if v.id == group_id), self.tr("no group"))
        who = self._name(ids[0]) if len(ids) == 1 else self.tr("%n participant(s)", "",
                                                                 len(ids))
        self._change_groups(commands.MoveParticipant, fill(self.tr("Move %1 to %2"), who, name),
                            lambda: groups_service.move_members(self.store, ids, group_id))

    def move_selected(self, group_id: int | None) -> None:
        self.move_ids(self.selected_ids(), group_id)

    def move_selected_to_number(self, number: int) -> None:
        view = next((v for v in self.views if v.number == number), None)
        if view is not None:
            self.move_selected(view.id)

    def move_to_group_1(self) -> None:
        self.move_selected_to_number(1)

    def move_to_group_2(self) -> None:
        self.move_selected_to_number(2)

    def move_to_group_3(self) -> None:
        self.move_selected_to_number(3)

    def take_out_of_groups(self) -> None:
        self.move_selected(None)

    def toggle_lock(self) -> None:
        states = groups_service.memberships(self.store)
        ids = [pid for pid in self.selected_ids() if pid in states]
        if not ids or self.read_only:
            if self.selected_ids():
                self._status(self.tr("Only a member of a group can be locked."))
            return
        self.set_locked(ids, not all(states[pid].locked for pid in ids))

    def set_locked(self, ids: Sequence[int], locked: bool) -> None:
        text = self.tr("Lock in group") if locked else self.tr("Unlock")
        self._change_groups(commands.LockParticipant, text,
                            lambda: groups_service.set_locked_many(self.store, ids, locked))

    def toggle_presenter(self) -> None:
        ids = self.selected_ids()
        states = groups_service.memberships(self.store)
        if len(ids) != 1 or ids[0] not in states or self.read_only:
            if ids:
                self._status(self.tr("Choose one member of a group as its presenter."))
            return
        self.set_presenter(ids[0], not states[ids[0]].presenter)

    def set_presenter(self, participant_id: int, presenter: bool) -> None:
        text = fill(self.tr("Mark %1 as presenter") if presenter
                    else self.tr("Unmark %1 as presenter"), self._name(participant_id))
        self._change_groups(
            commands.SetPresenter, text,
            lambda: groups_service.set_presenter(self.store, participant_id, presenter))

    # -- the assignment -------------------------------------------------------------------
    def open_assign_dialog(self) -> AssignDialog | None:
        if self.read_only:
            return None
        last = groups_service.last_assignment_options(self.store)
        variant = last["seed"] if isinstance(last["seed"], int) else None
        dialog = AssignDialog(self, variant, bool(last["present_only"]),
                              presenters=groups_service.presenter_count(self.store))
        dialog.set_strategy(str(last["strategy"]))
        dialog.accepted.connect(lambda d=dialog: self.assign(
            d.strategy(), d.seed(), d.present_only(), d.keep_presenters()))
        self.assign_dialog = dialog
        dialog.open()
        return dialog

    def assign(self, strategy: str = "spread", seed: int | None = None,
               present_only: bool = False, keep_presenters: bool = True
               ) -> AssignOutcome | None:
        """Assign and save in one go (undoable); the explanation shows beside the groups.

        Presenters stay in their groups unless the trainer chose otherwise.
        """
        outcome = self._change_groups(
            commands.AssignGroups, self.tr("Assign to groups"),
            lambda: groups_service.assign_groups(self.store, strategy, seed, present_only,
                                                 keep_presenters=keep_presenters))
        if isinstance(outcome, AssignOutcome):
            self.last_outcome = outcome
            self._assigned = (outcome, groups_service.memberships(self.store))
            self.refresh_explanation()
            return outcome
        return None

    def refresh_explanation(self) -> None:
        """Describe the groups as the file holds them now (after moves and undo too)."""
        now = groups_service.memberships(self.store)
        if self._assigned is not None and self._assigned[1] == now:
            outcome: AssignOutcome | None = self._assigned[0]
        else:
            outcome = groups_service.describe_groups(self.store) if now else None
        if outcome is None:
            self.explanation.hide()
            self.explanation.clear()
            return
        lang = core_language()
        issues = {i.text(lang, outcome.group_names) for i in outcome.assignment.issues}
        html = []
        for line in outcome.explanation(lang):
            safe = line.replace("&", "&amp;").replace("<", "&lt;")
            if line in issues:
                safe = f"<span style='color:#b3261e'>⚠ {safe}</span>"
            html.append(safe)
        self.explanation.setText("<br>".join(html))
        self.explanation.show()

    def explanation_text(self) -> str:
        return self.explanation.text().replace("<br>", "\n") if self.explanation.isVisible() \
            else ""
