"""The Agenda page's widgets: the blocks table and its edit bar, the planned-and-actual tab,
and on the right the run panel, the late box and the projector controls.

At 1280×800 and 1366×768 every column header reads in full (each column is as wide as its
header and its widest value in the current language), titles wrap to two lines, and the
title column takes the rest.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QFontMetrics, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from avtoituba.gui.agenda.late_box import LateBox
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
    kind_names,
)
from avtoituba.gui.agenda.plan_tab import PlanTab
from avtoituba.gui.agenda.run_panel import RunPanel

if TYPE_CHECKING:
    from avtoituba.gui.agenda.page import AgendaPage

NAV_KEYS = {Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down,
            Qt.Key.Key_PageUp, Qt.Key.Key_PageDown, Qt.Key.Key_Home, Qt.Key.Key_End}
#: the narrowest the title column gets before the right panel gives way
TITLE_MIN = 140
RIGHT_MIN, RIGHT_MAX = 330, 420


class _TableKeys(QObject):
    """The agenda table keeps its own arrow keys (the timer's arrows act elsewhere)."""

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            if event.key() in NAV_KEYS and mods == Qt.KeyboardModifier.NoModifier:
                event.accept()
                return True
        return False


def fit_columns(table: QTableView) -> None:
    """Every column but the title as wide as its header and its widest value; the title
    column stretches; rows are two lines high so titles wrap."""
    model = table.model()
    header = table.horizontalHeader()
    head_fm = QFontMetrics(header.font())
    cell_fm = QFontMetrics(table.font())
    bold = table.font()
    bold.setBold(True)
    bold_fm = QFontMetrics(bold)
    samples = {START: ["00:00"], END: ["00:00"], DURATION: ["000"], FIXED: ["00:00"],
               KIND: list(kind_names().values()), SPEAKERS: [], NOTES: []}
    two_lines = False
    for col, values in samples.items():
        title = str(model.headerData(col, Qt.Orientation.Horizontal))
        cells = max([bold_fm.horizontalAdvance(v) + 16 for v in values], default=0)
        head = head_fm.horizontalAdvance(title) + 24
        wrapped = header_on_two_lines(title, head_fm) + 24
        if wrapped < head and cells < head:  # "Kindel / algusaeg" over short times
            head = max(wrapped, cells)
            two_lines = True
        need = max(head, cells)
        if col == SPEAKERS:
            need = max(need, cell_fm.horizontalAdvance("Kristina R.") + 12)
        header.resizeSection(col, need)
        header.setSectionResizeMode(col, QHeaderView.ResizeMode.Fixed)
    header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
    header.setSectionResizeMode(SPEAKERS, QHeaderView.ResizeMode.Interactive)
    header.setMinimumSectionSize(30)
    if two_lines:
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
        header.setTextElideMode(Qt.TextElideMode.ElideNone)
        header.setFixedHeight(2 * head_fm.lineSpacing() + 8)
    table.setWordWrap(True)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    rows = table.verticalHeader()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(cell_fm.lineSpacing() * 2 + 10)


def header_on_two_lines(title: str, fm: QFontMetrics) -> int:
    """The width ``title`` needs when broken at its best space into two lines."""
    words = title.split()
    if len(words) < 2:
        return fm.horizontalAdvance(title)
    return min(max(fm.horizontalAdvance(" ".join(words[:i])),
                   fm.horizontalAdvance(" ".join(words[i:]))) for i in range(1, len(words)))


def fixed_columns_width(table: QTableView) -> int:
    header = table.horizontalHeader()
    return sum(header.sectionSize(c) for c in range(header.count()) if c != TITLE)


def build_layout(page: AgendaPage) -> None:
    heading = QLabel(QCoreApplication.translate("AgendaPage", "Agenda"))
    heading.setObjectName("pageHeading")

    # the agenda table
    table = page.table = QTableView()
    table.setObjectName("agendaTable")
    table.setModel(page.model)
    table.setItemDelegate(AgendaDelegate(table))
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                          | QAbstractItemView.EditTrigger.EditKeyPressed
                          | QAbstractItemView.EditTrigger.AnyKeyPressed)
    table.setDragEnabled(True)
    table.setAcceptDrops(True)
    table.setDropIndicatorShown(True)
    table.setDragDropOverwriteMode(False)
    table.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
    table.setDefaultDropAction(Qt.DropAction.MoveAction)
    fit_columns(table)
    page._table_keys = _TableKeys(table)
    table.installEventFilter(page._table_keys)
    block_actions = [page.add_action, page.delete_action, page.up_action, page.down_action,
                     page.compressible_action, page.jump_selected_action]
    for a in block_actions:
        table.addAction(a)
    table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

    edit_bar = QHBoxLayout()
    read_only = page.context.read_only
    for action, name in ((page.add_action, "addBlock"), (page.delete_action, "deleteBlock"),
                         (page.up_action, "moveUp"), (page.down_action, "moveDown")):
        b = QPushButton(action.text().replace("&", ""))
        b.setObjectName(name)
        b.clicked.connect(action.trigger)
        b.setToolTip(action.shortcut().toString(QKeySequence.SequenceFormat.NativeText))
        b.setEnabled(not read_only)
        edit_bar.addWidget(b)
    edit_bar.addStretch(1)
    page.problem = QLabel("")
    page.problem.setObjectName("agendaProblem")
    page.problem.setStyleSheet("color: #9b1c12;")
    page.problem.setWordWrap(True)
    page.conflicts = QLabel("")
    page.conflicts.setObjectName("agendaConflicts")
    page.conflicts.setStyleSheet("color: #9b1c12; font-weight: 600;")
    page.conflicts.setWordWrap(True)

    agenda_tab = QWidget()
    lay = QVBoxLayout(agenda_tab)
    lay.addLayout(edit_bar)
    lay.addWidget(table, 1)
    lay.addWidget(page.conflicts)
    lay.addWidget(page.problem)

    page.plan_tab = PlanTab(page.context)
    page.plan_table = page.plan_tab.table
    page.tabs = QTabWidget()
    page.tabs.addTab(agenda_tab, QCoreApplication.translate("AgendaPage", "Blocks"))
    page.tabs.addTab(page.plan_tab, QCoreApplication.translate("AgendaPage", "Planned and actual"))
    page.tabs.currentChanged.connect(lambda _i: page._refresh_plan())
    # the row numbers, the frames and the tab's margins come on top of the columns
    around = table.verticalHeader().sizeHint().width() + 2 * table.frameWidth() + 30
    page.tabs.setMinimumWidth(fixed_columns_width(table) + TITLE_MIN + around)

    # the run panel, the late box under the buttons, the projector
    page.run_panel = RunPanel(page.actions_by_key)
    for name in ("status_label", "block_label", "presenter_label", "digits", "block_total",
                 "clock_label", "forecast_label", "next_label", "start_button",
                 "next_presenter_button", "prev_presenter_button"):
        setattr(page, name, getattr(page.run_panel, name))
    page.late_box = LateBox()
    page.late_box.enabled = not read_only
    page.late_label = page.late_box.label

    # the late box comes last and scrolls: it never pushes anything else
    late_scroll = QScrollArea()
    late_scroll.setObjectName("lateScroll")
    late_scroll.setWidget(page.late_box)
    late_scroll.setWidgetResizable(True)
    late_scroll.setFrameShape(QFrame.Shape.NoFrame)
    late_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    late_scroll.setVisible(False)
    page.late_box.visibility_changed.connect(late_scroll.setVisible)

    right = QWidget()
    right.setMinimumWidth(RIGHT_MIN)
    right.setMaximumWidth(RIGHT_MAX)
    rl = QVBoxLayout(right)
    rl.setContentsMargins(0, 0, 0, 0)
    rl.addWidget(page.run_panel)
    rl.addWidget(_stage_box(page))
    rl.addWidget(late_scroll, 1)
    rl.addStretch(0)

    splitter = QSplitter(Qt.Orientation.Horizontal)
    splitter.addWidget(page.tabs)
    splitter.addWidget(right)
    # the run panel grows first (to RIGHT_MAX), the table takes the rest
    splitter.setStretchFactor(0, 1)
    splitter.setStretchFactor(1, 4)
    splitter.setChildrenCollapsible(False)
    page.splitter = splitter
    layout = QVBoxLayout(page)
    layout.addWidget(heading)
    layout.addWidget(splitter, 1)

    for a in block_actions[:4]:
        a.setEnabled(not read_only)
    page.compressible_action.setEnabled(not read_only)
    page._update_conflicts()


def _stage_box(page: AgendaPage) -> QFrame:
    stage_box = QFrame()
    sl = QGridLayout(stage_box)
    sl.setContentsMargins(0, 0, 0, 0)
    page.message_edit = QLineEdit()
    page.message_edit.setObjectName("stageMessageEdit")
    page.message_edit.setPlaceholderText(QCoreApplication.translate(
        "AgendaPage", "A message for the room, e.g. “2 more minutes”"))
    page.message_edit.setClearButtonEnabled(True)
    page.message_edit.returnPressed.connect(page.send_message)
    send = QPushButton(QCoreApplication.translate("AgendaPage", "Show"))
    send.setObjectName("sendMessage")
    send.clicked.connect(page.send_message)
    clear = QPushButton(QCoreApplication.translate("AgendaPage", "Clear"))
    clear.clicked.connect(page.clear_message)
    page.blackout_check = QCheckBox(QCoreApplication.translate("AgendaPage", "Blackout"))
    page.blackout_check.setObjectName("blackoutCheck")
    page.blackout_check.setChecked(page.context.stage.is_blackout())
    page.blackout_check.toggled.connect(page.context.stage.set_blackout)
    show = QPushButton(QCoreApplication.translate("AgendaPage", "Projector clock"))
    show.setObjectName("showProjector")
    show.clicked.connect(page.show_projector_clock)
    page.message_edit.setToolTip(QCoreApplication.translate(
        "AgendaPage", "A message for the room on the projector"))
    sl.addWidget(page.message_edit, 0, 0, 1, 2)
    sl.addWidget(send, 0, 2)
    sl.addWidget(clear, 0, 3)
    sl.addWidget(show, 1, 0)
    sl.addWidget(page.blackout_check, 1, 1, 1, 3)
    sl.setColumnStretch(0, 1)
    return stage_box
