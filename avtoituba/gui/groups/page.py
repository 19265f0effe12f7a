"""The participants and groups page: the participant list with check-in and import, the
three themed groups side by side with drag and drop, locks and presenters, the assignment
with its explanation, the projector view and the group lists in Word.

Everything the trainer changes is saved at once through an undoable command.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from avtoituba.core import groups as groups_service
from avtoituba.core.groups import AssignOutcome, GroupView
from avtoituba.core.municipalities import municipality_names
from avtoituba.core.participants import (
    ParticipantData,
    ParticipantError,
    existing_keys,
    import_rows,
    list_participants,
    participant_data,
)
from avtoituba.core.roster import SUPPORTED_SUFFIXES, RosterError, RosterRow, read_roster
from avtoituba.export.group_lists import default_file_name, write_group_lists

from avtoituba.gui.groups import commands
from avtoituba.gui.groups.columns import GroupColumn, MemberList
from avtoituba.gui.groups.participant_dialogs import (
    AssignDialog,
    ImportDialog,
    ParticipantDialog,
    core_language,
)
from avtoituba.gui.groups.participants_model import (
    MUNICIPALITY,
    NAME,
    PRESENT,
    MunicipalityDelegate,
    ParticipantsFilter,
    ParticipantsModel,
)
from avtoituba.gui.projector.groups_scene import GroupsStageScene
from avtoituba.gui.shell.context import AppContext
from avtoituba.gui.shell.page import Page

STAGE_SCENE = "groups"


class GroupsPage(Page):
    key = "groups"

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(context, parent)
        self.store = context.store
        self.undo_stack = context.undo_stack
        self.read_only = context.read_only
        self.views: list[GroupView] = []
        self.last_outcome: AssignOutcome | None = None
        self.import_dialog: ImportDialog | None = None
        self.assign_dialog: AssignDialog | None = None
        self.last_message: QMessageBox | None = None
        self._municipalities: list[str] = []
        self._selection_source: QWidget | None = None

        self._build_actions()
        self._build_widgets()
        self.stage_scene = GroupsStageScene()
        showing = context.stage.current_scene() == STAGE_SCENE
        context.stage.add_scene(STAGE_SCENE, self.stage_scene)
        self.refresh()
        if showing:  # another workshop was opened while the groups were on the projector
            context.stage.show_scene(STAGE_SCENE)
        self._set_actions_enabled(False)

    def title(self) -> str:
        return self.tr("Participants and groups")

    # -- building -------------------------------------------------------------------------
    def _action(self, text: str, slot: Callable[[], object], shortcut: object = None,
                tip: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _build_actions(self) -> None:
        self.add_action = self._action(self.tr("&Add participant…"), self.add_participant,
                                       "Ins", self.tr("Add a participant by hand"))
        self.edit_action = self._action(self.tr("&Edit participant…"), self.edit_participant,
                                        "F2")
        self.remove_action = self._action(self.tr("&Remove participant"),
                                          self.remove_selected, QKeySequence.StandardKey.Delete)
        self.present_action = self._action(self.tr("Check &in / out"), self.toggle_present,
                                           "Ctrl+K", self.tr("Mark the selected participants "
                                                             "present or absent"))
        self.import_action = self._action(self.tr("&Import from a file…"), self.import_file,
                                          "Ctrl+Shift+I",
                                          self.tr("Import a registration list (.xlsx or .csv)"))
        self.assign_action = self._action(self.tr("A&ssign to groups…"), self.open_assign_dialog,
                                          "Ctrl+G", self.tr("Put the participants into the "
                                                            "groups"))
        self.move_actions = []
        for number in (1, 2, 3):
            self.move_actions.append(self._action(
                self.tr("Move to group &%1").replace("%1", str(number)),
                lambda n=number: self.move_selected_to_number(n), f"Alt+{number}"))
        self.unassign_action = self._action(self.tr("Take &out of the groups"),
                                            lambda: self.move_selected(None), "Alt+0")
        self.lock_action = self._action(self.tr("&Lock in group"), self.toggle_lock, "Ctrl+L",
                                        self.tr("A locked member stays in the group when "
                                                "groups are assigned again"))
        self.presenter_action = self._action(self.tr("Mark as &presenter"),
                                             self.toggle_presenter, "Ctrl+Shift+P",
                                             self.tr("The presenter (esitaja) of the group"))
        self.stage_action = self._action(self.tr("Show groups on the pro&jector"),
                                         self.show_on_projector, "Shift+F5")
        self.export_action = self._action(self.tr("Save group &lists as Word…"),
                                          self.export_group_lists, "Ctrl+Shift+L")
        self.local_actions = [self.edit_action, self.remove_action, self.present_action,
                              *self.move_actions, self.unassign_action, self.lock_action,
                              self.presenter_action]
        self.editing_actions = [self.add_action, self.import_action, self.assign_action,
                                *self.local_actions]

    def _build_widgets(self) -> None:
        heading = QLabel(self.tr("Participants and groups"))
        heading.setObjectName("pageHeading")
        self.count_label = QLabel()
        self.count_label.setObjectName("participantCount")

        def button(action: QAction, text: str | None = None) -> QToolButton:
            b = QToolButton()
            b.setDefaultAction(action)
            if text:
                b.setText(text)
            b.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            return b

        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Filter by name, municipality, role…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setMaximumWidth(320)
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addSpacing(12)
        top.addWidget(self.count_label)
        top.addStretch(1)
        for action, text in ((self.add_action, self.tr("Add…")),
                             (self.import_action, self.tr("Import…")),
                             (self.assign_action, self.tr("Assign…")),
                             (self.stage_action, self.tr("Projector")),
                             (self.export_action, self.tr("Word…"))):
            top.addWidget(button(action, text))

        self.model = ParticipantsModel(self)
        self.model.read_only = self.read_only
        self.model.editor = self._edit_from_table
        self.model.present_setter = self.set_present
        self.proxy = ParticipantsFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setObjectName("participantTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(MUNICIPALITY, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.SelectedClicked
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.table.verticalHeader().hide()
        self.table.setDragEnabled(not self.read_only)
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.table.setItemDelegateForColumn(
            MUNICIPALITY, MunicipalityDelegate(lambda: self._municipalities, self.table))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.resizeSection(PRESENT, 70)
        header.resizeSection(NAME, 200)
        header.resizeSection(MUNICIPALITY, 170)
        header.resizeSection(3, 180)
        header.resizeSection(4, 200)
        self.table.doubleClicked.connect(self._table_double_clicked)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(
            lambda pos: self._context_menu(self.table.viewport().mapToGlobal(pos)))
        self.table.selectionModel().selectionChanged.connect(
            lambda *_: self._selected_from(self.table))
        self.filter_edit.textChanged.connect(self.proxy.set_text)

        self.empty_hint = QLabel(self.tr(
            "No participants yet. Import the registration list (.xlsx or .csv) with "
            "Import… (Ctrl+Shift+I), or add people one by one with Add… (Ins)."))
        self.empty_hint.setObjectName("emptyHint")
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setStyleSheet("padding: 10px; font-size: 11pt;")
        table_box = QWidget()
        tl = QVBoxLayout(table_box)
        tl.setContentsMargins(0, 0, 0, 0)
        tl.addWidget(self.empty_hint)
        tl.addWidget(self.filter_edit)
        tl.addWidget(self.table, 1)

        self.unassigned_column = GroupColumn(None)
        self.unassigned_column.setMaximumWidth(260)
        self.columns: list[GroupColumn] = []
        self.columns_box = QHBoxLayout()
        self.columns_box.setSpacing(8)
        self.columns_box.addWidget(self.unassigned_column, 0)
        self._wire_column(self.unassigned_column)
        self.explanation = QLabel()
        self.explanation.setObjectName("assignExplanation")
        self.explanation.setWordWrap(True)
        self.explanation.setTextFormat(Qt.TextFormat.RichText)
        self.explanation.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.explanation.setFrameShape(QFrame.Shape.StyledPanel)
        self.explanation.setStyleSheet("padding: 6px;")
        self.explanation.hide()
        groups_box = QWidget()
        gl = QVBoxLayout(groups_box)
        gl.setContentsMargins(0, 0, 0, 0)
        gl.addLayout(self.columns_box, 1)
        gl.addWidget(self.explanation)

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(table_box)
        self.splitter.addWidget(groups_box)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)

    def _wire_column(self, column: GroupColumn) -> None:
        lst = column.list
        lst.dropped.connect(self.move_ids)
        lst.itemSelectionChanged.connect(lambda w=lst: self._selected_from(w))
        lst.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        lst.customContextMenuRequested.connect(
            lambda pos, w=lst: self._context_menu(w.viewport().mapToGlobal(pos)))
        lst.itemDoubleClicked.connect(lambda _item: self.edit_participant())
        if self.read_only:
            lst.setDragEnabled(False)
            lst.setAcceptDrops(False)

    def menus(self) -> list[QMenu]:
        menu = QMenu(self.tr("&Participants"), self)
        for action in (self.add_action, self.edit_action, self.remove_action,
                       self.present_action):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.import_action)
        menu.addSeparator()
        menu.addAction(self.assign_action)
        menu.addActions(self._membership_actions())
        menu.addSeparator()
        menu.addAction(self.stage_action)
        menu.addAction(self.export_action)
        return [menu]

    # -- page life ------------------------------------------------------------------------
    def activated(self) -> None:
        self.refresh()

    def shutdown(self) -> None:
        self.stage_scene.deleteLater()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._set_actions_enabled(True)

    def hideEvent(self, event) -> None:  # noqa: ANN001
        super().hideEvent(event)
        # keys such as Del and F2 belong to whichever page is shown
        self._set_actions_enabled(False)

    def _set_actions_enabled(self, visible: bool) -> None:
        for action in self.local_actions:
            action.setEnabled(visible and not self.read_only)
        for action in (self.add_action, self.import_action, self.assign_action):
            action.setEnabled(not self.read_only)

    # -- reading --------------------------------------------------------------------------
    def refresh(self) -> None:
        """Show what the workshop file holds now."""
        rows = list_participants(self.store)
        self.views = groups_service.list_groups(self.store)
        names = {g.id: g.name for g in self.views}
        keep = self.selected_ids()
        self.model.set_rows(rows, names)
        self._municipalities = municipality_names(self.store)
        present = sum(1 for r in rows if r.present)
        self.empty_hint.setVisible(not rows and not self.read_only)
        self.count_label.setText(self.tr("%1 participants, %2 present")
                                 .replace("%1", str(len(rows))).replace("%2", str(present)))
        while len(self.columns) > len(self.views):
            column = self.columns.pop()
            self.columns_box.removeWidget(column)
            column.deleteLater()
        while len(self.columns) < len(self.views):
            column = GroupColumn(None)
            self.columns.append(column)
            self.columns_box.addWidget(column, 1)
            self._wire_column(column)
        for column, view in zip(self.columns, self.views, strict=True):
            column.group_id = view.id
            column.list.group_id = view.id
            column.set_view(view)
        loose = groups_service.unassigned(self.store)
        self.unassigned_column.set_group(self.tr("Not in a group"), "", loose)
        self.unassigned_column.setVisible(bool(loose) or not self.views)
        self.stage_scene.set_groups(self.views)
        if keep and self._selection_source is self.table:
            self._select_in_table(keep)

    def column_for(self, number: int) -> GroupColumn:
        for column, view in zip(self.columns, self.views, strict=True):
            if view.number == number:
                return column
        raise KeyError(number)

    def _selected_from(self, source: QWidget) -> None:
        if isinstance(source, MemberList) and not source.selectedItems():
            return
        if isinstance(source, QTableView) and not source.selectionModel().hasSelection():
            return
        self._selection_source = source
        for lst in [self.unassigned_column.list, *(c.list for c in self.columns)]:
            if lst is not source and lst.selectedItems():
                lst.blockSignals(True)
                lst.clearSelection()
                lst.blockSignals(False)
        if source is not self.table and self.table.selectionModel().hasSelection():
            self.table.selectionModel().blockSignals(True)
            self.table.clearSelection()
            self.table.selectionModel().blockSignals(False)
            self.table.viewport().update()

    def selected_ids(self) -> list[int]:
        source = self._selection_source
        if isinstance(source, MemberList):
            return source.selected_ids()
        if source is self.table:
            rows = {self.proxy.mapToSource(i).row()
                    for i in self.table.selectionModel().selectedRows()}
            return [self.model.row_at(r).id for r in sorted(rows)
                    if 0 <= r < self.model.rowCount()]
        return []

    def _select_in_table(self, ids: Sequence[int]) -> None:
        selection = self.table.selectionModel()
        selection.blockSignals(True)
        selection.clearSelection()
        for pid in ids:
            row = self.model.row_of(pid)
            if row >= 0:
                index = self.proxy.mapFromSource(self.model.index(row, 0))
                selection.select(index, QItemSelectionModel.SelectionFlag.Select
                                 | QItemSelectionModel.SelectionFlag.Rows)
        selection.blockSignals(False)
        self._selection_source = self.table

    def select_participants(self, ids: Sequence[int]) -> None:
        """Select these participants in the table (what the actions then act on)."""
        self._select_in_table(ids)

    # -- participants ---------------------------------------------------------------------
    def _push(self, command) -> None:  # noqa: ANN001
        self.undo_stack.push(command)

    def add_participant(self, data: ParticipantData | None = None) -> int | None:
        if self.read_only:
            return None
        if data is None:
            dialog = ParticipantDialog(self._municipalities, parent=self)
            if not dialog.exec():
                return None
            data = dialog.data()
        command = commands.AddParticipant(self.store, self.refresh,
                                          self.tr("Add %1").replace("%1", data.name), data)
        self._push(command)
        self._select_in_table([command.participant_id] if command.participant_id else [])
        return command.participant_id

    def edit_participant(self) -> None:
        ids = self.selected_ids()
        if len(ids) != 1 or self.read_only:
            return
        dialog = ParticipantDialog(self._municipalities, participant_data(self.store, ids[0]),
                                   self)
        if dialog.exec():
            self.update_participant(ids[0], dialog.data())

    def update_participant(self, participant_id: int, data: ParticipantData) -> None:
        if data == participant_data(self.store, participant_id):
            return
        self._push(commands.EditParticipant(self.store, self.refresh,
                                            self.tr("Edit %1").replace("%1", data.name),
                                            participant_id, data))

    def _edit_from_table(self, participant_id: int, data: ParticipantData) -> None:
        try:
            self.update_participant(participant_id, data)
        except ParticipantError as exc:
            self._warn(self.tr("Edit participant"), str(exc))

    def _table_double_clicked(self, index: QModelIndex) -> None:
        if index.column() != PRESENT:
            self._select_in_table([self.model.row_at(self.proxy.mapToSource(index).row()).id])
            self.edit_participant()

    def remove_selected(self) -> None:
        ids = self.selected_ids()
        if not ids or self.read_only:
            return
        text = self.tr("Remove %1 participants").replace("%1", str(len(ids))) if len(ids) > 1 \
            else self.tr("Remove %1").replace("%1", self._name(ids[0]))
        self._push(commands.RemoveParticipants(self.store, self.refresh, text, ids))

    def set_present(self, ids: Sequence[int], present: bool) -> None:
        if not ids or self.read_only:
            return
        text = self.tr("Check in") if present else self.tr("Check out")
        self._push(commands.SetPresent(self.store, self.refresh, text, ids, present))

    def toggle_present(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        rows = {r.id: r for r in self.model.rows()}
        self.set_present(ids, not all(rows[i].present for i in ids if i in rows))

    def _name(self, participant_id: int) -> str:
        for r in self.model.rows():
            if r.id == participant_id:
                return r.name
        return ""

    # -- import ---------------------------------------------------------------------------
    def import_file(self, path: str | Path | None = None) -> ImportDialog | None:
        """Read a registration list and show its preview; saving happens on Import."""
        if self.read_only:
            return None
        if path is None:
            start = str(self.context.settings.value("ui/last_dir") or Path.home())
            patterns = " ".join(f"*{s}" for s in SUPPORTED_SUFFIXES)
            chosen, _ = QFileDialog.getOpenFileName(
                self, self.tr("Import participants"), start,
                self.tr("Registration lists (%1);;All files (*)").replace("%1", patterns))
            if not chosen:
                return None
            path = chosen
            self.context.settings.set_value("ui/last_dir", str(Path(chosen).parent))
        try:
            roster = read_roster(path, existing_keys(self.store))
        except RosterError as exc:
            self._warn(self.tr("Import participants"),
                       self.tr("“%1” cannot be imported.").replace("%1", Path(path).name),
                       exc.text(core_language()) + "\n\n" + self.tr(
                           "Nothing was imported. A list needs a header row with at least "
                           "the columns Nimi (Name) and Omavalitsus (Municipality)."))
            return None
        dialog = ImportDialog(roster, self)
        dialog.accepted.connect(lambda d=dialog: self.commit_import(d.accepted_rows()))
        self.import_dialog = dialog
        dialog.open()
        return dialog

    def commit_import(self, rows: Sequence[RosterRow]) -> bool:
        """Save all of ``rows`` or, if anything fails, none of them."""
        if not rows:
            return False
        try:
            result = import_rows(self.store, rows)
        except (ParticipantError, OSError, Exception) as exc:  # noqa: BLE001
            self._warn(self.tr("Import participants"),
                       self.tr("Nothing was imported."), str(exc))
            self.refresh()
            return False
        command = commands.ImportParticipants(
            self.store, self.refresh,
            self.tr("Import %1 participants").replace("%1", str(len(result.ids))), result)
        self._push(command)
        self._status(self.tr("%1 participants imported.").replace("%1", str(len(result.ids))))
        return True

    # -- groups ---------------------------------------------------------------------------
    def _membership_change(self, text: str, action: Callable[[], object]) -> object:
        command = commands.ChangeMemberships(self.store, self.refresh, text, action)
        self._push(command)
        return command.outcome

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
        text = self.tr("Move %1 to %2").replace(
            "%1", self._name(ids[0]) if len(ids) == 1 else str(len(ids))).replace("%2", name)

        def action() -> None:
            for pid in ids:
                groups_service.move_member(self.store, pid, group_id)

        self._membership_change(text, action)

    def move_selected(self, group_id: int | None) -> None:
        self.move_ids(self.selected_ids(), group_id)

    def move_selected_to_number(self, number: int) -> None:
        view = next((v for v in self.views if v.number == number), None)
        if view is not None:
            self.move_selected(view.id)

    def _states(self, ids: Sequence[int]) -> list[groups_service.MembershipState]:
        current = groups_service.memberships(self.store)
        return [current[pid] for pid in ids if pid in current]

    def toggle_lock(self) -> None:
        ids = [pid for pid in self.selected_ids()
               if pid in groups_service.memberships(self.store)]
        if not ids or self.read_only:
            if self.selected_ids():
                self._status(self.tr("Only a member of a group can be locked."))
            return
        lock = not all(s.locked for s in self._states(ids))
        self.set_locked(ids, lock)

    def set_locked(self, ids: Sequence[int], locked: bool) -> None:
        text = self.tr("Lock in group") if locked else self.tr("Unlock")

        def action() -> None:
            for pid in ids:
                groups_service.set_locked(self.store, pid, locked)

        self._membership_change(text, action)

    def toggle_presenter(self) -> None:
        ids = self.selected_ids()
        states = groups_service.memberships(self.store)
        if len(ids) != 1 or ids[0] not in states or self.read_only:
            if ids:
                self._status(self.tr("Choose one member of a group as its presenter."))
            return
        self.set_presenter(ids[0], not states[ids[0]].presenter)

    def set_presenter(self, participant_id: int, presenter: bool) -> None:
        text = (self.tr("Mark %1 as presenter") if presenter
                else self.tr("Unmark %1 as presenter")).replace("%1", self._name(participant_id))
        self._membership_change(
            text, lambda: groups_service.set_presenter(self.store, participant_id, presenter))

    def open_assign_dialog(self) -> AssignDialog | None:
        if self.read_only:
            return None
        last = groups_service.last_assignment_options(self.store)
        seed = last["seed"] if isinstance(last["seed"], int) else None
        dialog = AssignDialog(self, seed, bool(last["present_only"]))
        dialog.set_strategy(str(last["strategy"]))
        dialog.accepted.connect(lambda d=dialog: self.assign(d.strategy(), d.seed(),
                                                             d.present_only()))
        self.assign_dialog = dialog
        dialog.open()
        return dialog

    def assign(self, strategy: str = "spread", seed: int | None = None,
               present_only: bool = False) -> AssignOutcome:
        """Assign and save in one go (undoable); the explanation shows below the groups."""
        outcome = self._membership_change(
            self.tr("Assign to groups"),
            lambda: groups_service.assign_groups(self.store, strategy, seed, present_only))
        assert isinstance(outcome, AssignOutcome)
        self.last_outcome = outcome
        self._show_explanation(outcome)
        return outcome

    def _show_explanation(self, outcome: AssignOutcome) -> None:
        lines = outcome.explanation(core_language())
        issues = {i.text(core_language(), outcome.group_names)
                  for i in outcome.assignment.issues}
        html = []
        for line in lines:
            safe = line.replace("&", "&amp;").replace("<", "&lt;")
            if line in issues:
                safe = f"<span style='color:#b3261e'>⚠ {safe}</span>"
            html.append(safe)
        self.explanation.setText("<br>".join(html))
        self.explanation.show()

    def explanation_text(self) -> str:
        return self.explanation.text().replace("<br>", "\n") if self.explanation.isVisible() \
            else ""

    # -- projector and Word ---------------------------------------------------------------
    def show_on_projector(self) -> None:
        self.stage_scene.set_groups(self.views)
        stage = self.context.stage
        if not stage.isVisible():
            stage.present(str(self.context.settings.value("stage/screen") or ""))
        stage.show_scene(STAGE_SCENE)

    def export_group_lists(self, target: str | Path | None = None) -> Path | None:
        if target is None:
            start = Path(str(self.context.settings.value("export/last_dir") or "")
                         or (self.store.path.parent if self.store.path else Path.home()))
            chosen, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save group lists"), str(start / default_file_name(self.store)),
                self.tr("Word documents (*.docx)"))
            if not chosen:
                return None
            target = chosen
            self.context.settings.set_value("export/last_dir", str(Path(chosen).parent))
        try:
            written = write_group_lists(self.store, target)
        except OSError as exc:
            self._warn(self.tr("Save group lists"),
                       self.tr("The group lists could not be saved."),
                       self.tr("Check that the folder exists and is writable, and that the "
                               "document is not open in Word, then try again.")
                       + f"\n\n{exc}")
            return None
        self._status(self.tr("Group lists saved: %1").replace("%1", str(written)))
        return written

    # -- small things ---------------------------------------------------------------------
    def _context_menu(self, where: QPoint) -> None:
        menu = QMenu(self)
        for action in (self.edit_action, self.present_action):
            menu.addAction(action)
        menu.addSeparator()
        menu.addActions(self._membership_actions())
        menu.addSeparator()
        menu.addAction(self.remove_action)
        menu.popup(where)

    def _membership_actions(self) -> list[QAction]:
        """Move to a group, take out of groups, lock, presenter: in both menus alike."""
        return [*self.move_actions, self.unassign_action, self.lock_action,
                self.presenter_action]

    def _status(self, text: str) -> None:
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, 6000)

    def _warn(self, title: str, text: str, details: str = "") -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok,
                          self)
        if details:
            box.setInformativeText(details)
        self.last_message = box
        box.open()
