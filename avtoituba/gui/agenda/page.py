"""The Agenda page: edit the day's blocks, run the timer, drive the projector clock.

The state shown is computed by core (agenda + event log + clock) on every tick of one
QTimer that fires when the shown digits change (once a second while running, once a
minute otherwise); labels and the projector repaint only when their text changes.
"""

from __future__ import annotations

import datetime as dt
import math
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QHideEvent, QKeyEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from avtoituba.core import clock as C
from avtoituba.core.agenda import hhmm
from avtoituba.core.clock import Clock, TimerState, format_minutes, format_remaining
from avtoituba.core.timer_service import TimerService
from avtoituba.core.workshop import workshop_header

from avtoituba.gui.agenda.model import (
    DURATION,
    END,
    FIXED,
    KIND,
    NOTES,
    SPEAKERS,
    START,
    TITLE,
    AgendaDelegate,
    AgendaModel,
    short_title,
)
from avtoituba.gui.projector.clock import ClockScene, ClockView, DigitsDisplay
from avtoituba.gui.shell.chime import Chime, QtChime
from avtoituba.gui.shell.context import AppContext
from avtoituba.gui.shell.page import Page

PANEL_STYLE = """
#timerPanel { background: #111418; border-radius: 10px; }
#timerPanel QLabel { color: #c9ced6; }
#timerBlock { color: #f4f4f0; font-size: 15pt; font-weight: 600; }
#timerPresenter { color: #ffd54a; font-size: 13pt; font-weight: 600; }
#timerForecast[late="true"] { color: #ff8a80; }
#lateBox { background: #fff4e0; border: 1px solid #f0b45a; border-radius: 6px; }
"""

NAV_KEYS = {Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down,
            Qt.Key.Key_PageUp, Qt.Key.Key_PageDown, Qt.Key.Key_Home, Qt.Key.Key_End}


class _TableKeys(QObject):
    """The agenda table keeps its own arrow keys (the timer's arrows act elsewhere)."""

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            if event.key() in NAV_KEYS and mods == Qt.KeyboardModifier.NoModifier:
                event.accept()
                return True
        return False


def _set_text(label: QLabel, text: str) -> None:
    if label.text() != text:
        label.setText(text)


def _set_prop(widget: QWidget, name: str, value: str) -> None:
    if widget.property(name) != value:
        widget.setProperty(name, value)
        widget.style().unpolish(widget)
        widget.style().polish(widget)


class AgendaPage(Page):
    key = "agenda"

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
        self._late_key: tuple | None = None
        self._minute_text = ""
        self._workshop_title = workshop_header(context.store).title

        self._build_actions()
        self._build_ui()
        self.model.edit_refused.connect(self._show_problem)
        context.stage.blackout_changed.connect(self._blackout_changed)

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

    # -- actions and the Timer menu -------------------------------------------------------
    def _action(self, text: str, slot, shortcuts=(), checkable: bool = False) -> QAction:  # noqa: ANN001
        action = QAction(text, self)
        action.setShortcuts([QKeySequence(s) for s in shortcuts])
        action.setCheckable(checkable)
        action.triggered.connect(lambda _c=False: slot())
        return action

    def _build_actions(self) -> None:
        kp = Qt.KeyboardModifier.KeypadModifier
        self.start_action = self._action(self.tr("&Start"), self.toggle, ["Space"])
        self.next_action = self._action(self.tr("&Next block"), self.next,
                                        ["Right", "PgDown"])
        self.prev_action = self._action(self.tr("&Previous block"), self.previous,
                                        ["Left", "PgUp"])
        self.jump_selected_action = self._action(self.tr("Jump to the &selected block"),
                                                 self.jump_to_selected, ["Ctrl+J"])
        self.plus1_action = self._action(self.tr("+1 minute"), lambda: self.extend(60),
                                         ["+", QKeySequence(kp | Qt.Key.Key_Plus)])
        self.minus1_action = self._action(self.tr("\u22121 minute"), lambda: self.extend(-60),
                                          ["-", QKeySequence(kp | Qt.Key.Key_Minus)])
        self.plus5_action = self._action(self.tr("+5 minutes"), lambda: self.extend(300),
                                         ["Ctrl++", "Ctrl+="])
        self.minus5_action = self._action(self.tr("\u22125 minutes"), lambda: self.extend(-300),
                                          ["Ctrl+-"])
        self.finish_action = self._action(self.tr("&End the day"), self.finish)
        self.reset_action = self._action(self.tr("&Reset the timer…"), self.reset)
        self.mute_action = self._action(self.tr("&Mute the chime"), self.toggle_mute,
                                        ["Ctrl+M"], checkable=True)
        self.mute_action.setChecked(self.chime.muted)
        self.projector_action = self._action(self.tr("Show the projector &clock"),
                                             self.show_projector_clock, ["Shift+F5"])
        self.add_action = self._action(self.tr("&Add a block"), self.add_block, ["Ctrl+Ins"])
        self.delete_action = self._action(self.tr("&Delete the block"), self.delete_block,
                                          [QKeySequence.StandardKey.Delete])
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.up_action = self._action(self.tr("Move &up"), lambda: self.move_selected(-1),
                                      ["Ctrl+Up"])
        self.down_action = self._action(self.tr("Move do&wn"), lambda: self.move_selected(1),
                                        ["Ctrl+Down"])
        for a in (self.up_action, self.down_action, self.add_action):
            a.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.timer_actions = [self.start_action, self.next_action, self.prev_action,
                              self.plus1_action, self.minus1_action, self.plus5_action,
                              self.minus5_action]
        # single keys (Space, arrows, + and -) act only while this page is shown: other
        # pages need them for their own tables and lists
        self._single_keys = {a: a.shortcuts() for a in (self.start_action, self.next_action,
                                                         self.prev_action, self.plus1_action,
                                                         self.minus1_action)}
        self._enable_single_keys(False)  # until the page is shown
        for a in self.timer_actions:
            # the projector window answers the same keys when it has the focus
            self.context.stage.addAction(a)

        self.menu = QMenu(self.tr("&Timer"), self)
        self.menu.setObjectName("timerMenu")
        self.jump_menu = QMenu(self.tr("&Jump to block"), self.menu)
        self.jump_menu.aboutToShow.connect(self._fill_jump_menu)
        for item in (self.start_action, self.next_action, self.prev_action):
            self.menu.addAction(item)
        self.menu.addMenu(self.jump_menu)
        self.menu.addAction(self.jump_selected_action)
        self.menu.addSeparator()
        for item in (self.plus1_action, self.minus1_action, self.plus5_action,
                     self.minus5_action):
            self.menu.addAction(item)
        self.menu.addSeparator()
        self.menu.addAction(self.finish_action)
        self.menu.addAction(self.reset_action)
        self.menu.addSeparator()
        self.menu.addAction(self.mute_action)
        self.menu.addAction(self.projector_action)

    def menus(self) -> list[QMenu]:
        return [self.menu]

    def _fill_jump_menu(self) -> None:
        self.jump_menu.clear()
        for sb in self.model.schedule:
            b = sb.block
            action = self.jump_menu.addAction(f"{hhmm(sb.start_s)}  {b.title[:60]}")
            action.triggered.connect(lambda _c=False, i=b.id: self.jump(i))
            action.setEnabled(not self.context.read_only)

    # -- widgets --------------------------------------------------------------------------
    def _button(self, action: QAction, text: str | None = None) -> QToolButton:
        button = QToolButton()
        button.setDefaultAction(action)
        if text:
            button.setText(text)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        return button

    def _build_ui(self) -> None:
        self.setStyleSheet(PANEL_STYLE)
        heading = QLabel(self.tr("Agenda"))
        heading.setObjectName("pageHeading")

        # the agenda table
        self.table = QTableView()
        self.table.setObjectName("agendaTable")
        self.table.setModel(self.model)
        self.table.setItemDelegate(AgendaDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.table.setDragEnabled(True)
        self.table.setAcceptDrops(True)
        self.table.setDropIndicatorShown(True)
        self.table.setDragDropOverwriteMode(False)
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.table.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        for col, width in ((START, 48), (END, 48), (DURATION, 58), (KIND, 92), (FIXED, 88),
                           (SPEAKERS, 110), (NOTES, 60)):
            header.resizeSection(col, width)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        self._table_keys = _TableKeys(self.table)
        self.table.installEventFilter(self._table_keys)
        for a in (self.up_action, self.down_action, self.add_action, self.delete_action):
            self.table.addAction(a)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

        edit_bar = QHBoxLayout()
        for action, name in ((self.add_action, "addBlock"), (self.delete_action, "deleteBlock"),
                             (self.up_action, "moveUp"), (self.down_action, "moveDown")):
            b = QPushButton(action.text().replace("&", ""))
            b.setObjectName(name)
            b.clicked.connect(action.trigger)
            b.setToolTip(action.shortcut().toString(QKeySequence.SequenceFormat.NativeText))
            b.setEnabled(not self.context.read_only)
            edit_bar.addWidget(b)
        edit_bar.addStretch(1)
        self.problem = QLabel("")
        self.problem.setObjectName("agendaProblem")
        self.problem.setStyleSheet("color: #9b1c12;")
        self.problem.setWordWrap(True)
        self.conflicts = QLabel("")
        self.conflicts.setObjectName("agendaConflicts")
        self.conflicts.setStyleSheet("color: #9b1c12; font-weight: 600;")
        self.conflicts.setWordWrap(True)

        agenda_tab = QWidget()
        lay = QVBoxLayout(agenda_tab)
        lay.addLayout(edit_bar)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.conflicts)
        lay.addWidget(self.problem)

        # planned versus actual
        self.plan_table = QTableWidget(0, 8)
        self.plan_table.setObjectName("planActualTable")
        self.plan_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.plan_table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.Stretch)
        self.plan_table.verticalHeader().hide()
        plan_tab = QWidget()
        play = QVBoxLayout(plan_tab)
        play.addWidget(self.plan_table, 1)
        exports = QHBoxLayout()
        self.csv_button = QPushButton(self.tr("Export as .csv…"))
        self.csv_button.clicked.connect(lambda: self._export("csv"))
        self.docx_button = QPushButton(self.tr("Export as Word…"))
        self.docx_button.clicked.connect(lambda: self._export("docx"))
        exports.addStretch(1)
        exports.addWidget(self.csv_button)
        exports.addWidget(self.docx_button)
        play.addLayout(exports)

        self.tabs = QTabWidget()
        self.tabs.addTab(agenda_tab, self.tr("Blocks"))
        self.tabs.addTab(plan_tab, self.tr("Planned and actual"))
        self.tabs.currentChanged.connect(lambda _i: self._refresh_plan())

        # the run panel
        panel = QFrame()
        panel.setObjectName("timerPanel")
        panel.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        pl = QVBoxLayout(panel)
        pl.setContentsMargins(18, 14, 18, 14)
        self.status_label = QLabel()
        self.status_label.setObjectName("timerStatus")
        self.block_label = QLabel()
        self.block_label.setObjectName("timerBlock")
        self.block_label.setWordWrap(True)
        self.presenter_label = QLabel()
        self.presenter_label.setObjectName("timerPresenter")
        self.digits = DigitsDisplay()
        self.digits.setObjectName("timerDigits")
        self.block_total = QLabel()
        self.block_total.setObjectName("timerBlockTotal")
        self.block_total.setAlignment(Qt.AlignmentFlag.AlignCenter)
        info = QGridLayout()
        self.clock_label = QLabel()
        self.clock_label.setObjectName("timerClock")
        self.forecast_label = QLabel()
        self.forecast_label.setObjectName("timerForecast")
        self.forecast_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.next_label = QLabel()
        self.next_label.setObjectName("timerNext")
        self.next_label.setWordWrap(True)
        info.addWidget(self.clock_label, 0, 0)
        info.addWidget(self.forecast_label, 0, 1)
        info.addWidget(self.next_label, 1, 0, 1, 2)
        for w in (self.status_label, self.block_label, self.presenter_label, self.digits,
                  self.block_total):
            pl.addWidget(w)
        pl.addLayout(info)

        controls = QGridLayout()
        controls.addWidget(self._button(self.prev_action, "◀ " + self.tr("Previous")), 0, 0)
        self.start_button = self._button(self.start_action)
        self.start_button.setObjectName("startButton")
        controls.addWidget(self.start_button, 0, 1, 1, 2)
        controls.addWidget(self._button(self.next_action, self.tr("Next") + " ▶"), 0, 3)
        for i, (a, text) in enumerate(((self.minus5_action, "\u22125"),
                                       (self.minus1_action, "\u22121"),
                                       (self.plus1_action, "+1"), (self.plus5_action, "+5"))):
            button = self._button(a, text)
            button.setToolTip(a.text() + " (" + a.shortcut().toString(
                QKeySequence.SequenceFormat.NativeText) + ")")
            controls.addWidget(button, 1, i)

        # running late
        self.late_box = QFrame()
        self.late_box.setObjectName("lateBox")
        self.late_box.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        ll = QVBoxLayout(self.late_box)
        self.late_label = QLabel()
        self.late_label.setObjectName("lateLabel")
        self.late_label.setWordWrap(True)
        ll.addWidget(self.late_label)
        self.late_buttons = QVBoxLayout()
        ll.addLayout(self.late_buttons)
        self.late_box.hide()

        # the projector
        stage_box = QFrame()
        sl = QGridLayout(stage_box)
        sl.setContentsMargins(0, 0, 0, 0)
        self.message_edit = QLineEdit()
        self.message_edit.setObjectName("stageMessageEdit")
        self.message_edit.setPlaceholderText(self.tr("A message for the room, e.g. "
                                                     "“Veel 2 minutit”"))
        self.message_edit.setClearButtonEnabled(True)
        self.message_edit.returnPressed.connect(self.send_message)
        send = QPushButton(self.tr("Show"))
        send.setObjectName("sendMessage")
        send.clicked.connect(self.send_message)
        clear = QPushButton(self.tr("Clear"))
        clear.clicked.connect(self.clear_message)
        self.blackout_check = QCheckBox(self.tr("Blackout"))
        self.blackout_check.setObjectName("blackoutCheck")
        self.blackout_check.setChecked(self.context.stage.is_blackout())
        self.blackout_check.toggled.connect(self.context.stage.set_blackout)
        show = QPushButton(self.tr("Projector clock"))
        show.setObjectName("showProjector")
        show.clicked.connect(self.show_projector_clock)
        sl.addWidget(QLabel(self.tr("Projector:")), 0, 0)
        sl.addWidget(self.message_edit, 0, 1, 1, 4)
        sl.addWidget(send, 1, 1)
        sl.addWidget(clear, 1, 2)
        sl.addWidget(show, 1, 3)
        sl.addWidget(self.blackout_check, 1, 4)

        right = QWidget()
        right.setMaximumWidth(430)
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(panel)
        rl.addLayout(controls)
        rl.addWidget(self.late_box)
        rl.addWidget(stage_box)
        rl.addStretch(1)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.tabs)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([820, 400])
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(splitter, 1)

        read_only = self.context.read_only
        for a in (*self.timer_actions, self.finish_action, self.reset_action,
                  self.jump_selected_action, self.add_action, self.delete_action,
                  self.up_action, self.down_action):
            a.setEnabled(not read_only)
        self._update_conflicts()

    # -- the tick -------------------------------------------------------------------------
    def tick(self) -> None:
        self.state = self.timer.state()
        self._show(self.state)
        self._schedule_tick(self.state)

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
        block = st.block
        status = {C.IDLE: self.tr("Not started"), C.RUNNING: self.tr("Running"),
                  C.PAUSED: self.tr("Paused"), C.FINISHED: self.tr("The day is over")}
        _set_text(self.status_label, status[st.status])
        if block is not None:
            title = block.title
            digits = format_remaining(st.display_remaining_s)
            phase = st.display_phase
            shown_phase = "paused" if st.status == C.PAUSED else phase
        else:
            title = st.next_block.title if st.status == C.IDLE and st.next_block else ""
            digits = format_remaining(st.next_block.duration_s) \
                if st.status == C.IDLE and st.next_block else "–"
            phase = shown_phase = "normal"
        _set_text(self.block_label, title)
        self.digits.setText(digits)
        self.digits.set_phase(shown_phase)
        p = st.presenter
        above = below = ""
        if p is not None:
            above = self.tr("Presenting: %1 (%2/%3)").replace("%1", p.name).replace(
                "%2", str(p.index + 1)).replace("%3", str(p.count))
            below = self.tr("Presentations in all: %1").replace(
                "%1", format_remaining(st.remaining_s))
        _set_text(self.presenter_label, above)
        self.presenter_label.setVisible(bool(above))
        _set_text(self.block_total, below)
        self.block_total.setVisible(bool(below))

        now_text = self.tr("Time %1").replace("%1", st.now_local.strftime("%H:%M"))
        _set_text(self.clock_label, now_text)
        nxt = st.next_block
        next_text = ""
        if nxt is not None and st.status != C.IDLE:
            i = st.blocks.index(nxt)
            next_text = self.tr("Next: %1 %2").replace(
                "%1", hhmm(st.schedule.blocks[i].start_s)).replace("%2", nxt.title)
        _set_text(self.next_label, next_text)
        if st.status == C.IDLE:
            forecast = self.tr("planned end %1").replace("%1", hhmm(st.planned_end_s))
        else:
            forecast = self.tr("end %1, %2").replace("%1", hhmm(st.forecast_end_s)).replace(
                "%2", format_minutes(st.delay_s) if abs(st.delay_s) >= 30
                else self.tr("on time"))
        _set_text(self.forecast_label, forecast)
        _set_prop(self.forecast_label, "late", "true" if st.delay_s >= 60 else "false")

        self.start_action.setText({C.RUNNING: self.tr("&Pause"),
                                   C.PAUSED: self.tr("&Resume")}.get(st.status,
                                                                     self.tr("&Start")))
        self.model.set_current(block.id if block else None)
        self._show_late(st)
        self._chime(st)

        # the projector
        progress = 0.0
        if block is not None:
            length = p.length_s if p else st.allotted_s
            used = length - st.display_remaining_s
            progress = round(200 * used / length) / 200 if length > 0 else 1.0
        nxt_line = ""
        if nxt is not None and block is not None:
            nxt_line = self.tr("Next: %1").replace("%1", nxt.title)
        if block is not None:
            view = ClockView(digits=digits, phase=phase, title=title, above=above,
                             below=below, next_line=nxt_line, progress=progress,
                             paused=st.status == C.PAUSED)
        elif st.status == C.IDLE and st.schedule.blocks:
            # before the day: the time of day, and what starts when
            first = st.schedule.blocks[0]
            view = ClockView(digits=st.now_local.strftime("%H:%M"),
                             title=self._workshop_title,
                             next_line=self.tr("Starts at %1: %2").replace(
                                 "%1", hhmm(first.start_s)).replace("%2", first.block.title),
                             show_bar=False)
        else:
            view = ClockView(digits=st.now_local.strftime("%H:%M"),
                             title=self.tr("The day is over") if st.status == C.FINISHED
                             else "", show_bar=False)
        self.scene.set_view(view)
        if now_text != self._minute_text:  # once a minute: the table's actual minutes
            self._minute_text = now_text
            if self.tabs.currentIndex() == 1:
                self._refresh_plan()

    def _chime(self, st: TimerState) -> None:
        key = (st.block.id if st.block else None,
               st.presenter.index if st.presenter else None, st.display_phase)
        prev, self._chime_key = self._chime_key, key
        if prev is None or st.status != C.RUNNING or key[0] is None or prev == key:
            return
        if prev[0] != key[0]:
            return  # a new block starts quietly
        if prev[1] is not None and key[1] is not None and key[1] > prev[1]:
            self.chime.play("handover")
        elif key[2] == C.WARNING and prev[2] == C.NORMAL:
            self.chime.play("warning")
        elif key[2] == C.OVERTIME and prev[2] != C.OVERTIME:
            self.chime.play("zero")

    def _show_late(self, st: TimerState) -> None:
        late = st.started and st.late_s > 30
        key = (late, round(st.late_s / 60), st.late_anchor,
               tuple((a.block.id, a.shorten_by_s) for a in st.suggestions))
        if key == self._late_key:
            return
        self._late_key = key
        self.late_box.setVisible(late)
        while self.late_buttons.count():
            item = self.late_buttons.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        if not late:
            return
        anchor = st.late_anchor.strftime("%H:%M") if st.late_anchor else \
            hhmm(st.planned_end_s)
        minutes = str(max(1, round(st.late_s / 60)))
        if st.suggestions:
            text = self.tr("Running %1 min late for %2. Shorten a later block to catch up:")
        else:
            text = self.tr("Running %1 min late for %2. No later block before it can absorb "
                           "the delay: use −1 minute on this one, or move the anchor.")
        self.late_label.setText(text.replace("%1", minutes).replace("%2", anchor))
        for a in st.suggestions:
            b = QPushButton(self.tr("Shorten “%1” by %2 min").replace(
                "%1", short_title(a.block.title, 36)).replace("%2", str(a.shorten_by_s // 60)))
            b.setObjectName(f"shorten_{a.block.id}")
            b.setEnabled(not self.context.read_only)
            b.clicked.connect(lambda _c=False, i=a.block.id, s=a.shorten_by_s:
                              self.shorten(i, s))
            self.late_buttons.addWidget(b)

    # -- timer actions --------------------------------------------------------------------
    def _do(self, action) -> None:  # noqa: ANN001
        if self.context.read_only:
            return
        before = self.timer.state().block
        try:
            action()
        except Exception as exc:  # noqa: BLE001 - a write failed: say so, keep running
            QMessageBox.warning(self, self.tr("Timer"),
                                self.tr("The timer could not be saved to the workshop file: "
                                        "%1").replace("%1", str(exc)))
        after = self.timer.state().block
        if (before and before.id) != (after and after.id) and "backups" in self.context.services:
            self.context.services["backups"].backup_now("block")  # a backup at each block change
        if self.context.stage.current_scene() is None:
            self.context.stage.show_scene("clock")
        self.tick()
        self._refresh_plan()

    def toggle(self) -> None:
        self._do(self.timer.toggle)

    def next(self) -> None:
        self._do(self.timer.next)

    def previous(self) -> None:
        self._do(self.timer.previous)

    def jump(self, block_id: int) -> None:
        self._do(lambda: self.timer.jump(block_id))

    def jump_to_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.jump(self.model.block(rows[0].row()).id)

    def extend(self, seconds: int) -> None:
        self._do(lambda: self.timer.extend(seconds))

    def finish(self) -> None:
        self._do(self.timer.finish)

    def reset(self, confirm: bool = True) -> None:
        if confirm and QMessageBox.question(
                self, self.tr("Reset the timer"),
                self.tr("Start the day's timer again from the beginning? The times recorded "
                        "so far are left out of the planned and actual table.")) \
                != QMessageBox.StandardButton.Yes:
            return
        self._do(self.timer.reset)

    def toggle_mute(self) -> None:
        self.chime.muted = self.mute_action.isChecked()
        self.context.settings.set_value("timer/chime_muted", self.chime.muted)

    def show_projector_clock(self) -> None:
        stage = self.context.stage
        stage.show_scene("clock")
        if not stage.isVisible():
            stage.present(str(self.context.settings.value("stage/screen") or ""))

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
        if 0 <= row < self.model.rowCount():
            self.table.selectRow(row)
            self.table.setCurrentIndex(self.model.index(row, TITLE))

    def add_block(self) -> None:
        row = self._selected_row()
        row = self.model.rowCount() if row is None else row + 1
        self.model.add(row)
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
        if row is not None:
            self.model.delete(row)
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

    def shorten(self, block_id: int, by_s: int) -> None:
        self.model.shorten(block_id, by_s)

    def _agenda_changed(self) -> None:
        self.problem.clear()
        self.timer.reload()
        self._late_key = None
        self._update_conflicts()
        self.tick()
        self._refresh_plan()

    def _update_conflicts(self) -> None:
        texts = [self.tr("“%1” runs %2 min past the %3 anchor.").replace(
            "%1", short_title(sb.block.title, 50)).replace("%2", str(round(sb.overrun_s / 60))).replace(
            "%3", sb.conflict_anchor.strftime("%H:%M") if sb.conflict_anchor else "")
            for sb in self.model.schedule if not sb.fits]
        self.conflicts.setText("\n".join(texts))
        self.conflicts.setVisible(bool(texts))

    def _show_problem(self, text: str) -> None:
        self.problem.setText(text)

    # -- planned versus actual ------------------------------------------------------------
    def _plan_rows(self) -> list[C.PlanActualRow]:
        st = self.state or self.timer.state()
        return C.plan_vs_actual(st)

    def plan_table_texts(self) -> list[list[str]]:
        from avtoituba.export.agenda_report import table

        st = self.state or self.timer.state()
        rows = self._plan_rows()
        data = table(rows, wording={"running": self.tr("running"),
                                    "not_run": self.tr("not run")})
        # the running block: its time so far
        if st.block is not None:
            for r, line in zip(rows, data[1:], strict=True):
                if r.block.id == st.block.id:
                    line[6] = f"{round(st.elapsed_s / 60, 1):g}"
        return data

    def _refresh_plan(self) -> None:
        data = self.plan_table_texts()
        headers = [self.tr("Block"), self.tr("Planned start"), self.tr("Planned end"),
                   self.tr("Planned (min)"), self.tr("Actual start"), self.tr("Actual end"),
                   self.tr("Actual (min)"), self.tr("Difference")]
        self.plan_table.setHorizontalHeaderLabels(headers)
        self.plan_table.setRowCount(len(data) - 1)
        for i, line in enumerate(data[1:]):
            for j, text in enumerate(line):
                item = self.plan_table.item(i, j)
                if item is None:
                    item = QTableWidgetItem()
                    self.plan_table.setItem(i, j, item)
                if item.text() != text:
                    item.setText(text)
                if j:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)

    def _language(self) -> str:
        try:
            return workshop_header(self.context.store).language or "et"
        except Exception:  # noqa: BLE001
            return "et"

    def _export(self, kind: str) -> None:
        header = workshop_header(self.context.store)
        start = Path(str(self.context.settings.value("export/last_dir") or Path.home()))
        stem = "ajakava" if self._language() == "et" else "agenda"
        if kind == "csv":
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export as .csv"), str(start / f"{stem}.csv"),
                self.tr("CSV files (*.csv)"))
        else:
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export as Word"), str(start / f"{stem}.docx"),
                self.tr("Word documents (*.docx)"))
        if not path:
            return
        self.context.settings.set_value("export/last_dir", str(Path(path).parent))
        try:
            self.export(kind, Path(path), header.title, header.date)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Export"),
                                self.tr("The file could not be written: %1. Choose another "
                                        "folder and try again.").replace("%1", str(exc)))

    def export(self, kind: str, path: Path, heading: str = "", date=None) -> Path:  # noqa: ANN001
        from avtoituba.export import agenda_report

        rows = self._plan_rows()
        if kind == "csv":
            return agenda_report.write_csv(rows, path, self._language())
        return agenda_report.write_docx(rows, path, self._language(), heading, date)

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
