"""The Agenda page: edit the day's blocks, run the timer, drive the projector clock.

The page lays out and wires; the parts live beside it: the actions (``actions.py``), the
run panel (``run_panel.py``), the late box (``late_box.py``), the planned-and-actual tab
(``plan_tab.py``), the table (``model.py``, ``table.py``) and the undo steps
(``commands.py``). The state shown is computed by core (agenda + event log + clock) on
every tick of one QTimer that fires when the shown digits change (once a second while
running, once a minute otherwise); labels and the projector repaint only when their text
changes. Every timer action is one undo step on the shared stack (Ctrl+Z takes it back by
appending a correction to the log).
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from avtoituba.core import clock as C
from avtoituba.core.agenda import hhmm
from avtoituba.core.catchup import Plan
from avtoituba.core.clock import Clock
from avtoituba.core.timer_service import TimerService
from avtoituba.core.timer_state import TimerState
from avtoituba.core.workshop import workshop_header

from avtoituba.gui.agenda import actions as specs
from avtoituba.gui.agenda.commands import ApplyPlan, TimerStep, write_plan
from avtoituba.gui.agenda.layout import build_layout
from avtoituba.gui.agenda.model import AgendaModel, short_title, write_failed
from avtoituba.gui.projector.clock import ClockScene, ClockView
from avtoituba.gui.shell import undo
from avtoituba.gui.shell.actions import build_actions
from avtoituba.gui.shell.chime import Chime, QtChime
from avtoituba.gui.shell.context import AppContext
from avtoituba.gui.shell.page import Page
from avtoituba.wording import fill


class AgendaPage(Page):
    key = "agenda"
    # the TimerState just shown, on every tick (the compact clock shows the same)
    state_shown = Signal(object)

    def __init__(self, context: AppContext, clock: Clock | None = None,
                 chime: Chime | None = None, parent: QWidget | None = None,
                 tz: dt.tzinfo | None = None):
        super().__init__(context, parent)
        settings = context.settings
        self.chime: Chime = chime or QtChime()
        self.chime.muted = bool(settings.value("timer/chime_muted"))
        self.timer = TimerService(context.store, clock, tz=tz, **self._thresholds())
        context.services["timer"] = self.timer
        self.model = AgendaModel(context.store, context.undo_stack, self._agenda_changed, self)
        self.scene = ClockScene()
        context.stage.add_scene("clock", self.scene)
        if context.stage.current_scene() == "clock":  # replacing the scene on show (a new
            context.stage.show_scene("clock")        # workshop opened): show the new one
        self.state: TimerState | None = None
        self._chime_key: tuple | None = None
        self._minute_text = ""
        self._workshop_title = workshop_header(context.store).title

        self.actions_by_key = build_actions(self, specs.SPECS)
        self.mute_action.setChecked(self.chime.muted)
        self.timer_actions = [self.actions_by_key[s.key] for s in specs.TIMER]
        self._single_keys = {self.actions_by_key[k]: self.actions_by_key[k].shortcuts()
                             for k in specs.SINGLE_KEYS}
        self._enable_single_keys(False)  # until the page is shown
        for a in self.timer_actions:
            # the projector window answers the same keys when it has the focus
            self.context.stage.addAction(a)
        self._build_menu()
        build_layout(self)
        self.model.edit_refused.connect(self._show_problem)
        self.late_box.plan_chosen.connect(self.apply_plan)
        context.stage.blackout_changed.connect(self._blackout_changed)
        self.table.selectionModel().currentRowChanged.connect(
            lambda *_: self._update_block_actions())

        self._tick = QTimer(self)
        self._tick.setSingleShot(True)
        self._tick.timeout.connect(self.tick)
        self.tick()  # a restart resumes: the state comes from the log
        self._refresh_plan()

    def _thresholds(self) -> dict[str, float]:
        s = self.context.settings
        seconds = float(s.value("timer/warning_seconds"))
        fraction = float(s.value("timer/warning_fraction"))
        return {"warning_seconds": max(0.0, seconds),
                "warning_fraction": min(1.0, max(0.0, fraction))}

    def title(self) -> str:
        return self.tr("Agenda")

    # -- the Timer menu -------------------------------------------------------------------
    def _build_menu(self) -> None:
        self.menu = QMenu(self.tr("&Timer"), self)
        self.menu.setObjectName("timerMenu")
        self.jump_menu = QMenu(self.tr("&Jump to block"), self.menu)
        self.jump_menu.aboutToShow.connect(self._fill_jump_menu)
        for key in ("start", "next", "prev"):
            self.menu.addAction(self.actions_by_key[key])
        self.menu.addMenu(self.jump_menu)
        self.menu.addAction(self.jump_selected_action)
        self.menu.addSeparator()
        self.menu.addAction(self.next_presenter_action)
        self.menu.addAction(self.prev_presenter_action)
        self.menu.addSeparator()
        for key in ("plus1", "minus1", "plus5", "minus5"):
            self.menu.addAction(self.actions_by_key[key])
        self.menu.addSeparator()
        for key in ("finish", "reopen", "reset"):
            self.menu.addAction(self.actions_by_key[key])
        self.menu.addSeparator()
        self.menu.addAction(self.mute_action)
        self.menu.addAction(self.projector_action)

    def menus(self) -> list[QMenu]:
        return [self.menu]

    def _fill_jump_menu(self) -> None:
        self.jump_menu.clear()
        ended = self.state is not None and self.state.ended
        for sb in self.model.schedule:
            b = sb.block
            action = self.jump_menu.addAction(f"{hhmm(sb.start_s)}  {short_title(b.title, 60)}")
            action.triggered.connect(lambda _c=False, i=b.id: self.jump(i))
            action.setEnabled(not self.context.read_only and not ended)

    # -- the tick -------------------------------------------------------------------------
    def tick(self) -> None:
        self.state = self.timer.state()
        self._show(self.state)
        self._schedule_tick(self.state)
        self.state_shown.emit(self.state)

    def _schedule_tick(self, st: TimerState) -> None:
        if st.status == C.RUNNING:
            r = st.display_remaining_s
            frac = (r - math.floor(r)) if r > 0 else (math.ceil(r) - r)
            delay = (frac if frac > 1e-3 else 1.0) * 1000 + 15
        else:
            s = st.now_local.second + st.now_local.microsecond / 1e6
            delay = (60 - s) * 1000 + 15
        self._tick.start(int(min(max(delay, 20), 60_000)))

    def _show(self, st: TimerState) -> None:
        view = self.run_panel.show_state(st)
        if st.status == C.IDLE and st.schedule.blocks:
            # before the day: the time of day, and what starts when
            first = st.schedule.blocks[0]
            view = ClockView(digits=st.now_local.strftime("%H:%M"), title=self._workshop_title,
                             next_line=fill(self.tr("Starts at %1: %2"), hhmm(first.start_s),
                                            first.block.title),
                             show_bar=False)
        self.start_action.setText({C.RUNNING: self.tr("&Pause"),
                                   C.PAUSED: self.tr("&Resume")}.get(st.status,
                                                                     self.tr("&Start")))
        self._update_run_actions(st)
        self.model.set_current(st.block.id if st.block else None)
        self.late_box.show_state(st)
        self._chime(st)
        self.scene.set_view(view)
        now_text = st.now_local.strftime("%H:%M")
        if now_text != self._minute_text:  # once a minute: the table's actual minutes
            self._minute_text = now_text
            if self.tabs.currentIndex() == 1:
                self._refresh_plan()

    def _update_run_actions(self, st: TimerState) -> None:
        """In an ended day the run keys do nothing; the menu says how to go on."""
        writable = not self.context.read_only
        for a in self.timer_actions:
            a.setEnabled(writable and not st.ended)
        self.jump_selected_action.setEnabled(writable and not st.ended)
        self.finish_action.setEnabled(writable and st.started)
        self.reopen_action.setEnabled(writable and st.ended)
        self.reset_action.setEnabled(writable)
        p = st.presenter
        self.next_presenter_action.setEnabled(
            writable and p is not None and p.index + 1 < p.count)
        self.prev_presenter_action.setEnabled(writable and p is not None and p.index > 0)

    def _chime(self, st: TimerState) -> None:
        key = (st.block.id if st.block else None,
               st.presenter.index if st.presenter else None, st.display_phase)
        prev, self._chime_key = self._chime_key, key
        if prev is None or st.status != C.RUNNING or key[0] is None or prev == key:
            return
        if prev[0] != key[0]:
            return  # a new block starts quietly
        if prev[1] is not None and key[1] is not None and key[1] != prev[1]:
            self.chime.play("handover")
        elif key[2] == C.WARNING and prev[2] == C.NORMAL:
            self.chime.play("warning")
        elif key[2] == C.OVERTIME and prev[2] != C.OVERTIME:
            self.chime.play("zero")

    # -- timer actions: each one step on the undo stack -----------------------------------
    def _do(self, action: Callable[[], object], label: str) -> None:
        if self.context.read_only:
            return
        before = self.timer.state().block

        def step(_state: object) -> TimerStep | None:
            event = self.timer.last_event
            return None if event is None or event.id is None else \
                TimerStep(self.timer, event.id, label, self._timer_changed)

        try:
            undo.apply(self.context.undo_stack, action, step, on_error=self._replay_failed)
        except Exception:
            QMessageBox.warning(self, self.tr("Timer"), self.tr(
                "The timer could not be saved to the workshop file, so it did not change. "
                "Check that the file is still there and writable, then try again."))
        after = self.timer.state().block
        if (before and before.id) != (after and after.id) and "backups" in self.context.services:
            self.context.services["backups"].backup_now("block")  # a backup at each block change
        if self.context.stage.current_scene() is None:
            self.context.stage.show_scene("clock")
        self._timer_changed()

    def _timer_changed(self) -> None:
        self.tick()
        self._refresh_plan()

    def _replay_failed(self, _exc: Exception) -> None:
        self.timer.reload()
        self._timer_changed()
        self._show_problem(write_failed())

    def toggle(self) -> None:
        st = self.timer.state()
        label = {C.IDLE: self.tr("Start the day"), C.RUNNING: self.tr("Pause the timer"),
                 C.PAUSED: self.tr("Resume the timer")}.get(st.status, "")
        self._do(self.timer.toggle, label)

    def next(self) -> None:
        self._do(self.timer.next, self.tr("Next block"))

    def previous(self) -> None:
        self._do(self.timer.previous, self.tr("Previous block"))

    def next_presenter(self) -> None:
        self._do(self.timer.next_presenter, self.tr("Next presenter"))

    def previous_presenter(self) -> None:
        self._do(self.timer.previous_presenter, self.tr("Previous presenter"))

    def jump(self, block_id: int) -> None:
        self._do(lambda: self.timer.jump(block_id), self.tr("Jump to a block"))

    def jump_to_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.jump(self.model.block(rows[0].row()).id)

    def extend(self, seconds: int) -> None:
        minutes = round(seconds / 60)
        label = self.tr("%n minute(s) more", "", minutes) if minutes > 0 else \
            self.tr("%n minute(s) less", "", -minutes)
        self._do(lambda: self.timer.extend(seconds), label)

    def plus_one(self) -> None:
        self.extend(60)

    def minus_one(self) -> None:
        self.extend(-60)

    def plus_five(self) -> None:
        self.extend(300)

    def minus_five(self) -> None:
        self.extend(-300)

    def question_box(self, title: str, text: str, action: str) -> QMessageBox:
        """A question whose answer button says what it does („Lõpeta päev“), next to
        Cancel; the action is the default."""
        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=self)
        box.setDefaultButton(box.addButton(action, QMessageBox.ButtonRole.AcceptRole))
        box.addButton(QMessageBox.StandardButton.Cancel)
        return box

    def _confirm(self, title: str, text: str, action: str) -> bool:
        box = self.question_box(title, text, action)
        box.exec()
        return box.clickedButton() is box.defaultButton()

    def finish(self, confirm: bool = True) -> None:
        if not self.timer.state().started:
            return
        if confirm and not self._confirm(self.tr("End the day"), self.tr(
                "End the day now? The timer stops and the record of the day is kept. "
                "Timer › Reopen the day goes on from the last block."),
                self.tr("End the day", "button")):
            return
        self._do(self.timer.finish, self.tr("End the day"))

    def reopen(self, confirm: bool = True) -> None:
        if not self.timer.state().ended:
            return
        if confirm and not self._confirm(self.tr("Reopen the day"), self.tr(
                "Open the ended day again? It goes back to its last block, paused; press "
                "Space to go on."), self.tr("Reopen the day", "button")):
            return
        self._do(self.timer.reopen, self.tr("Reopen the day"))

    def reset(self, confirm: bool = True) -> None:
        if confirm and not self._confirm(self.tr("Reset the timer"), self.tr(
                "Start the day's timer again from the beginning? The times recorded so far "
                "are left out of the planned and actual table."),
                self.tr("Reset the timer", "button")):
            return
        self._do(self.timer.reset, self.tr("Reset the timer"))

    def apply_plan(self, plan: Plan) -> None:
        """One click: the plan's cuts and moved fixed starts, one undo step."""
        if self.context.read_only:
            return
        label = self.tr("Catch up with the day")
        try:
            undo.apply(self.context.undo_stack,
                       lambda: write_plan(self.context.store, self.timer, plan),
                       lambda written: ApplyPlan(self.context.store, self.timer, written[0],
                                                 written[1], written[2], label,
                                                 self._agenda_changed),
                       on_error=self._replay_failed)
        except Exception:
            self._show_problem(write_failed())
        self._agenda_changed()

    def toggle_mute(self) -> None:
        self.chime.muted = self.mute_action.isChecked()
        self.context.settings.set_value("timer/chime_muted", self.chime.muted)

    def show_projector_clock(self) -> None:
        self.context.stage.project("clock")

    def send_message(self) -> None:
        self.context.stage.set_message(self.message_edit.text().strip())

    def clear_message(self) -> None:
        self.message_edit.clear()
        self.context.stage.set_message("")

    def _blackout_changed(self, on: bool) -> None:
        if self.blackout_check.isChecked() != on:
            self.blackout_check.setChecked(on)

    # -- agenda editing -------------------------------------------------------------------
    def _selected_row(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            return rows[0].row()
        index = self.table.currentIndex()
        return index.row() if index.isValid() else None

    def _select(self, row: int) -> None:
        from avtoituba.gui.agenda.model import TITLE

        if 0 <= row < self.model.rowCount():
            self.table.selectRow(row)
            self.table.setCurrentIndex(self.model.index(row, TITLE))

    def add_block(self) -> None:
        from avtoituba.gui.agenda.model import TITLE

        row = self._selected_row()
        row = self.model.rowCount() if row is None else row + 1
        if self.model.add(row) is not None:
            self._select(row)
            self.table.edit(self.model.index(row, TITLE))

    def delete_block(self) -> None:
        row = self._selected_row()
        st = self.state
        if row is not None and st is not None and st.block is not None \
                and st.block.id == self.model.block(row).id:
            self.problem.setText(self.tr("This block is running. Go to another block (or end "
                                         "the day) before deleting it."))
            return
        if row is not None and self.model.delete(row):
            self._select(min(row, self.model.rowCount() - 1))

    def move_selected(self, step: int) -> None:
        row = self._selected_row()
        if row is None:
            return
        block_id = self.model.block(row).id
        self.model.move(block_id, row + step)
        new = self.model.row_of(block_id)
        if new is not None:
            self._select(new)

    def move_up(self) -> None:
        self.move_selected(-1)

    def move_down(self) -> None:
        self.move_selected(1)

    def toggle_compressible(self) -> None:
        row = self._selected_row()
        if row is not None:
            self.model.set_compressible(self.model.block(row).id,
                                        self.compressible_action.isChecked())
        self._update_block_actions()

    def _update_block_actions(self) -> None:
        row = self._selected_row()
        self.compressible_action.setChecked(
            row is not None and self.model.block(row).compressible)

    def _agenda_changed(self) -> None:
        self.problem.clear()
        self.timer.reload()
        self.late_box.reset()
        self._update_conflicts()
        self._update_block_actions()
        self.tick()
        self._refresh_plan()

    def _update_conflicts(self) -> None:
        texts = [fill(self.tr("“%1” runs %2 min past the fixed start %3."),
                      short_title(sb.block.title, 50), round(sb.overrun_s / 60),
                      sb.conflict_anchor.strftime("%H:%M") if sb.conflict_anchor else "")
                 for sb in self.model.schedule if not sb.fits]
        self.conflicts.setText("\n".join(texts))
        self.conflicts.setVisible(bool(texts))

    def _show_problem(self, text: str) -> None:
        self.problem.setText(text)

    # -- planned versus actual ------------------------------------------------------------
    def plan_table_texts(self) -> list[list[str]]:
        return self.plan_tab.texts(self.state or self.timer.state())

    def _refresh_plan(self) -> None:
        self.plan_tab.refresh(self.state or self.timer.state())

    def export(self, kind: str, path: Path, heading: str = "", date=None) -> Path:
        self.plan_tab.refresh(self.state or self.timer.state())
        return self.plan_tab.export(kind, path, heading, date)

    # -- page hooks -----------------------------------------------------------------------
    def _enable_single_keys(self, on: bool) -> None:
        for action, keys in self._single_keys.items():
            action.setShortcuts(keys if on else [])

    def showEvent(self, event: QShowEvent) -> None:
        self._enable_single_keys(True)
        super().showEvent(event)


    def hideEvent(self, event: QHideEvent) -> None:
        if not event.spontaneous():  # not when the window is only minimised
            self._enable_single_keys(False)
        super().hideEvent(event)

    def activated(self) -> None:
        self._workshop_title = workshop_header(self.context.store).title
        thresholds = self._thresholds()
        self.timer.warning_seconds = thresholds["warning_seconds"]
        self.timer.warning_fraction = thresholds["warning_fraction"]
        self.tick()

    def shutdown(self) -> None:
        self._tick.stop()
        for a in self.timer_actions:
            self.context.stage.removeAction(a)
        try:
            self.context.stage.blackout_changed.disconnect(self._blackout_changed)
        except (RuntimeError, TypeError):
            pass
        self.scene.set_view(ClockView())
