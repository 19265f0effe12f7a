"""The Seminar page („Järelseminar“): the follow-up seminar run from the workshop file.

The running order comes from the workshop (core/seminar_run.py) and is run by the agenda
timer's machinery with a log of its own (core/seminar_timer.py): every timer action is
written first and then pushed as an undo step, a restart resumes from the log. The
countdown is shown in the same projector window as the day's clock (a scene of its own),
which the trainer shares in the video call.
"""

from __future__ import annotations

import datetime as dt
import math

from PySide6.QtCore import QDate, QLocale, Qt, QTime, QTimer
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import QListWidgetItem, QMenu, QMessageBox, QWidget

from avtoituba.core import clock as C
from avtoituba.core.clock import Clock, format_remaining
from avtoituba.core.municipalities import list_municipalities
from avtoituba.core.seminar import default_followup_date, seminar_details, set_seminar_settings
from avtoituba.core.seminar_run import (
    ABSENT,
    CLOSING_ID,
    DISCUSSION_ID,
    MOVED,
    OPENING_ID,
    PRESENT,
    Turn,
    seminar_tasks,
    set_attendance,
    set_discussion_minutes,
    set_mark,
)
from avtoituba.core.seminar_timer import SeminarTimer
from avtoituba.core.timer_state import TimerState
from avtoituba.core.workshop import update_workshop, workshop_header

from avtoituba.gui.agenda.commands import TimerStep
from avtoituba.gui.agenda.run_panel import set_text, status_text
from avtoituba.gui.homework.order_box import save_order
from avtoituba.gui.projector.clock import ClockScene, ClockView
from avtoituba.gui.returns import status as returned
from avtoituba.gui.seminar import actions as specs
from avtoituba.gui.seminar import summary
from avtoituba.gui.seminar.commands import SetAttendance, SetMark
from avtoituba.gui.seminar.layout import build_layout
from avtoituba.gui.shell import undo
from avtoituba.gui.shell.actions import build_actions
from avtoituba.gui.shell.context import AppContext
from avtoituba.gui.shell.page import Page
from avtoituba.wording import fill

ID_ROLE = Qt.ItemDataRole.UserRole
SCENE = "seminar"


def ui_language() -> str:
    """The user interface's language (the opening and closing are named in it)."""
    return "et" if QLocale().language() == QLocale.Language.Estonian else "en"


def hm(t: dt.time | None) -> str:
    return t.strftime("%H:%M") if t else ""


class SeminarPage(Page):
    key = "seminar"

    def __init__(self, context: AppContext, clock: Clock | None = None,
                 parent: QWidget | None = None, tz: dt.tzinfo | None = None):
        super().__init__(context, parent)
        self.timer = SeminarTimer(context.store, clock, tz=tz, language=ui_language())
        context.services["seminar_timer"] = self.timer
        self.state: TimerState | None = None
        self.order: list[int] = []
        self.shown_turn: int | None = None
        self._order_shown: tuple | None = None
        self.scene = ClockScene()
        context.stage.add_scene(SCENE, self.scene)
        self.actions_by_key = build_actions(self, specs.SPECS)
        self._single_keys = {self.actions_by_key[k]: self.actions_by_key[k].shortcuts()
                             for k in specs.SINGLE_KEYS}
        self._enable_single_keys(False)
        build_layout(self, seminar_tasks(context.store))
        self.menu = QMenu(self.tr("&Seminar"), self)
        self.menu.setObjectName("seminarMenu")
        for key in ("start", "next", "prev", "plus1", "minus1", None, "finish", "reopen",
                    None, "absent", "later", "present", None, "projector", "export"):
            if key is None:
                self.menu.addSeparator()
            else:
                self.menu.addAction(self.actions_by_key[key])
        self.order_list.model().rowsMoved.connect(
            lambda *_: QTimer.singleShot(0, self._dragged))
        self.order_list.currentRowChanged.connect(lambda _r: self._show_selected())
        context.undo_stack.indexChanged.connect(self._undo_moved)  # an import shows at once
        self.notes.mark_chosen.connect(self.mark_activity)
        self.notes.save_failed.connect(lambda _e: self._problem(self.tr(
            "The note could not be saved to the workshop file. It is still in the field; "
            "check that the file is there and writable, then type again.")))
        for edit in (self.date_edit, self.start_edit, self.end_edit, self.slot_spin,
                     self.discussion_spin):
            edit.editingFinished.connect(self.save_details)
        self.link_edit.editingFinished.connect(self.save_details)
        self._tick = QTimer(self)
        self._tick.setSingleShot(True)
        self._tick.timeout.connect(self.tick)
        self.refresh()

    def title(self) -> str:
        return self.tr("Follow-up seminar")

    def icon_name(self) -> str:
        return "presenter"

    def menus(self) -> list[QMenu]:
        return [self.menu]

    # -- showing --------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the programme again (order, attendance, details) and show everything."""
        self.timer.reload()
        self._show_details()
        self._show_order()
        self.tick()

    def _show_details(self) -> None:
        d = seminar_details(self.context.store)
        p = self.timer.programme
        widgets = (self.date_edit, self.start_edit, self.end_edit, self.link_edit,
                   self.slot_spin, self.discussion_spin)
        for w in widgets:
            w.blockSignals(True)
        workshop_date = workshop_header(self.context.store).date
        rule = default_followup_date(workshop_date) if workshop_date else None
        date = d.date or rule
        if date:
            self.date_edit.setDate(QDate(date.year, date.month, date.day))
        self.start_edit.setTime(QTime((d.start or dt.time(14)).hour,
                                      (d.start or dt.time(14)).minute))
        self.end_edit.setTime(QTime((d.end or dt.time(16)).hour, (d.end or dt.time(16)).minute))
        if self.link_edit.text() != d.link:
            self.link_edit.setText(d.link)
        self.slot_spin.setValue(d.settings.slot_min or 0)
        self.discussion_spin.setValue(p.discussion_min if p else 0)
        for w in widgets:
            w.blockSignals(False)
            w.setEnabled(not self.context.read_only)
        hint = ""
        if rule and d.date != rule:
            hint = fill(self.tr("The usual day: %1"), rule.strftime("%d.%m.%Y"))
        if p:
            hint = (hint + "   " if hint else "") + fill(
                self.tr("%1 min a municipality"), p.slot_min)
        self.date_hint.setText(hint)

    def _undo_moved(self, _index: int) -> None:
        """An import (or its undo) changes which packs came back: the second lines only
        (a hidden page reads them again when it is shown)."""
        if not self.isVisible():
            return
        returns = returned.statuses_by_id(self.context)
        for i in range(self.order_list.count()):
            item = self.order_list.item(i)
            first = item.text().split("\n")[0]
            status = returns.get(item.data(ID_ROLE))
            item.setText(f"{first}\n      {returned.status_text(status)}")
            item.setToolTip(returned.status_tooltip(status))
        self.notes.show_hints()

    def _show_order(self) -> None:
        p = self.timer.programme
        assert p is not None
        st = self.timer.state()
        times = {sb.block.id: sb for sb in st.schedule.blocks}
        turns = [t for t in p.turns if t.attendance != ABSENT] + [
            t for t in p.turns if t.attendance == ABSENT]
        self.order = [t.id for t in turns]
        current = self.order_list.currentRow()
        self.order_list.blockSignals(True)
        self.order_list.clear()
        speaking = st.block.id if st.block is not None else None
        returns = returned.statuses_by_id(self.context)
        for i, t in enumerate(turns):
            sb = times.get(t.id)
            when = f"{hm(sb.start)}–{hm(sb.end)}  " if sb else ""
            mark = {ABSENT: self.tr(" (absent)"), MOVED: self.tr(" (moved later)")}.get(
                t.attendance, "")
            actual = st.actuals.get(t.id)
            sign = "▶ " if t.id == speaking else "✓ " if actual is not None else ""
            number = f"{i + 1}. " if t.attendance != ABSENT else ""
            item = QListWidgetItem(f"{when}{sign}{number}{t.name}{mark}\n"
                                   f"      {returned.status_text(returns.get(t.id))}")
            item.setData(ID_ROLE, t.id)
            item.setToolTip(returned.status_tooltip(returns.get(t.id)))
            if t.attendance == ABSENT:
                item.setForeground(Qt.GlobalColor.gray)
            self.order_list.addItem(item)
        self.order_list.blockSignals(False)
        if 0 <= current < self.order_list.count():
            self.order_list.setCurrentRow(current)
        op, dis, cl = times.get(OPENING_ID), times.get(DISCUSSION_ID), times.get(CLOSING_ID)
        self.opening_label.setText(fill(self.tr("%1–%2  Opening"), hm(op.start), hm(op.end))
                                   if op else "")
        parts = []
        if dis:
            parts.append(fill(self.tr("%1–%2  Discussion"), hm(dis.start), hm(dis.end)))
        if cl:
            parts.append(fill(self.tr("%1–%2  Closing"), hm(cl.start), hm(cl.end)))
        self.closing_label.setText("\n".join(parts))

    def tick(self) -> None:
        st = self.timer.state()
        self.state = st
        self._show_state(st)
        if st.status == C.RUNNING:
            r = st.remaining_s
            frac = (r - math.floor(r)) if r > 0 else (math.ceil(r) - r)
            delay = (frac if frac > 1e-3 else 1.0) * 1000 + 15
        else:
            delay = 30_000
        self._tick.start(int(min(max(delay, 20), 60_000)))

    def _turn(self, municipality_id: int | None) -> Turn | None:
        p = self.timer.programme
        return p.turn(municipality_id) if p and municipality_id is not None else None

    def _show_state(self, st: TimerState) -> None:
        block = st.block
        writable = not self.context.read_only
        set_text(self.status_label, self.tr("The seminar is over") if st.ended
                 else status_text(st.status))
        municipalities = [b for b in st.blocks if b.id > 0]
        if block is not None:
            title, digits = block.title, format_remaining(st.remaining_s)
            phase = "paused" if st.status == C.PAUSED else st.phase
            turn = ""
            if block.id > 0:
                n = next(i for i, b in enumerate(municipalities) if b.id == block.id) + 1
                turn = fill(self.tr("Municipality %1 of %2"), n, len(municipalities))
        else:
            first = st.next_block
            title = first.title if first and st.status == C.IDLE else ""
            digits = format_remaining(first.duration_s) if first and not st.ended else "–"
            phase, turn = "normal", ""
        set_text(self.item_label, title)
        set_text(self.turn_label, turn)
        self.digits.setText(digits)
        self.digits.set_phase(phase)
        nxt = st.next_block if st.status != C.IDLE else None
        set_text(self.next_label, fill(self.tr("Next: %1"), nxt.title) if nxt else "")
        if st.status == C.IDLE:
            forecast = fill(self.tr("Ends as planned at %1"),
                            format_hm(st.planned_end_s))
        else:
            forecast = fill(self.tr("Ends about %1"), format_hm(st.forecast_end_s))
        set_text(self.forecast_label, forecast)
        self.start_action.setText({C.RUNNING: self.tr("&Pause"),
                                   C.PAUSED: self.tr("&Resume")}.get(
                                       st.status, self.tr("&Start the seminar")))
        for key in specs.SINGLE_KEYS:
            self.actions_by_key[key].setEnabled(writable and not st.ended)
        self.finish_action.setEnabled(writable and st.started)
        self.reopen_action.setEnabled(writable and st.ended)
        for key in ("absent", "later", "present", "up", "down"):
            self.actions_by_key[key].setEnabled(writable)
        # the running order's ▶ and ✓ follow the timer
        shown = (block.id if block is not None else None, tuple(sorted(st.actuals)))
        if shown != self._order_shown:
            self._order_shown = shown
            self._show_order()
        # the notes follow whoever is speaking
        speaking = block.id if block is not None and block.id > 0 else None
        if speaking is not None and speaking != self.shown_turn and speaking in self.order:
            self.order_list.setCurrentRow(self.order.index(speaking))
        elif self.shown_turn is None and self.order and self.order_list.currentRow() < 0:
            self.order_list.setCurrentRow(0)
        progress = 0.0
        if block is not None and st.allotted_s > 0:
            progress = round(200 * st.elapsed_s / st.allotted_s) / 200
        if block is not None:
            view = ClockView(digits=digits, phase=st.phase, title=title, above=turn,
                             next_line=fill(self.tr("Next: %1"), nxt.title) if nxt else "",
                             progress=min(1.0, progress), paused=st.status == C.PAUSED)
        else:
            view = ClockView(digits=st.now_local.strftime("%H:%M"), show_bar=False,
                             title=self.tr("Follow-up seminar") if not st.ended
                             else self.tr("Thank you!"),
                             next_line=title)
        self.scene.set_view(view)

    def _show_selected(self) -> None:
        item = self.order_list.currentItem()
        mid = item.data(ID_ROLE) if item else None
        self.shown_turn = mid
        self.notes.flush()      # the notes as saved, not as last read
        self.timer.reload()
        self.notes.show_turn(self._turn(mid), self.context.read_only)

    # -- the timer: each action one undo step -----------------------------------------------
    def _do(self, action, label: str) -> None:
        if self.context.read_only:
            return

        def step(_state: object) -> TimerStep | None:
            event = self.timer.last_event
            return None if event is None or event.id is None else \
                TimerStep(self.timer, event.id, label, self.tick)

        try:
            undo.apply(self.context.undo_stack, action, step,
                       on_error=lambda _e: self._write_failed())
        except Exception:
            self._write_failed()
        self.tick()

    def toggle(self) -> None:
        st = self.timer.state()
        label = {C.IDLE: self.tr("Start the seminar"), C.RUNNING: self.tr("Pause the timer"),
                 C.PAUSED: self.tr("Resume the timer")}.get(st.status, "")
        self._do(self.timer.toggle, label)

    def next(self) -> None:
        self._do(self.timer.next_municipality, self.tr("Next municipality"))

    def previous(self) -> None:
        self._do(self.timer.previous, self.tr("Previous item"))

    def plus_one(self) -> None:
        self._do(lambda: self.timer.extend(60), self.tr("Add a minute"))

    def minus_one(self) -> None:
        self._do(lambda: self.timer.extend(-60), self.tr("Take a minute away"))

    def finish(self) -> None:
        self._do(self.timer.finish, self.tr("End the seminar"))

    def reopen(self) -> None:
        self._do(self.timer.reopen, self.tr("Reopen the seminar"))

    def show_projector(self) -> None:
        stage = self.context.stage
        stage.show_scene(SCENE)
        if not stage.isVisible():
            stage.present(str(self.context.settings.value("stage/screen") or ""))

    # -- the running order ----------------------------------------------------------------
    def _dragged(self) -> None:
        after = [self.order_list.item(i).data(ID_ROLE) for i in range(self.order_list.count())]
        if after != self.order:
            self._save_order(after)

    def _save_order(self, after: list[int]) -> None:
        before = [m.id for m in list_municipalities(self.context.store)]
        try:
            save_order(self.context.undo_stack, self.context.store, before, after,
                       self.refresh, lambda _e: self._write_failed())
        except Exception:
            self._write_failed()

    def _moved(self, step: int) -> None:
        row = self.order_list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < len(self.order):
            return
        after = list(self.order)
        after.insert(target, after.pop(row))
        self._save_order(after)
        self.order_list.setCurrentRow(target)

    def move_up(self) -> None:
        self._moved(-1)

    def move_down(self) -> None:
        self._moved(+1)

    def _attendance(self, attendance: str) -> None:
        item = self.order_list.currentItem()
        if item is None or self.context.read_only:
            return
        mid = item.data(ID_ROLE)
        store = self.context.store
        order_before = [m.id for m in list_municipalities(store)]
        try:
            undo.apply(self.context.undo_stack,
                       lambda: set_attendance(store, mid, attendance),
                       lambda before: SetAttendance(store, mid, before, attendance,
                                                    order_before, self.refresh)
                       if before != attendance else None,
                       on_error=lambda _e: self._write_failed())
        except Exception:
            self._write_failed()
        self.refresh()

    def mark_absent(self) -> None:
        self._attendance(ABSENT)

    def move_later(self) -> None:
        self._attendance(MOVED)

    def mark_present(self) -> None:
        self._attendance(PRESENT)

    def mark_activity(self, activity_id: int, before: str, after: str) -> None:
        store = self.context.store

        def changed() -> None:
            self.notes.show_activities(self.context.read_only)

        try:
            undo.apply(self.context.undo_stack, lambda: set_mark(store, activity_id, after),
                       lambda _b: SetMark(store, activity_id, before, after, changed),
                       on_error=lambda _e: self._write_failed())
        except Exception:
            self._write_failed()
        changed()

    # -- details ----------------------------------------------------------------------------
    def save_details(self) -> None:
        if self.context.read_only:
            return
        store = self.context.store
        q = self.date_edit.date()
        start, end = self.start_edit.time(), self.end_edit.time()
        try:
            update_workshop(store, followup_date=dt.date(q.year(), q.month(), q.day()),
                            followup_start=dt.time(start.hour(), start.minute()),
                            followup_end=dt.time(end.hour(), end.minute()),
                            followup_link=self.link_edit.text().strip())
            s = seminar_details(store).settings
            set_seminar_settings(store, type(s)(s.opening_min, s.closing_min,
                                                self.slot_spin.value() or None))
            set_discussion_minutes(store, self.discussion_spin.value())
        except Exception:
            self._write_failed()
        self.refresh()

    # -- the summary --------------------------------------------------------------------------
    def export_summary(self) -> None:
        summary.export_summary(self)

    # -- problems and keys ------------------------------------------------------------------
    def _write_failed(self) -> None:
        self.timer.reload()
        self._problem(self.tr("The change could not be written to the workshop file, so "
                              "nothing was changed. Check that the file is still there and "
                              "writable, then try again."))

    def _problem(self, text: str) -> None:
        QMessageBox.warning(self, self.tr("Follow-up seminar"), text)

    def _enable_single_keys(self, on: bool) -> None:
        for action, keys in self._single_keys.items():
            action.setShortcuts(keys if on else [])

    def showEvent(self, event: QShowEvent) -> None:
        self._enable_single_keys(True)
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        if not event.spontaneous():
            self._enable_single_keys(False)
            self.notes.flush()
        super().hideEvent(event)

    def activated(self) -> None:
        self.timer.language = ui_language()
        self.refresh()

    def shutdown(self) -> None:
        self._tick.stop()
        self.notes.flush()


def format_hm(seconds: float) -> str:
    s = int(round(seconds)) % (24 * 3600)
    return f"{s // 3600:02d}:{s % 3600 // 60:02d}"
