"""The widgets of the participants and groups page and where they sit.

The participant table above, the group columns and the assignment's explanation below,
split so that the table shows at least ten rows on a 1280×800 or 1366×768 laptop.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from avtoituba.gui.groups import actions as table
from avtoituba.gui.groups.columns import GroupColumn
from avtoituba.gui.groups.participants_model import (
    MUNICIPALITY,
    NAME,
    PRESENT,
    MunicipalityDelegate,
)

if TYPE_CHECKING:
    from avtoituba.gui.groups.page import GroupsPage

#: rows of the participant table that stay visible at the smallest laptop size
MIN_TABLE_ROWS = 10


def _tr(text: str) -> str:
    """The translation of a text marked elsewhere (the button texts of ``actions``)."""
    return QCoreApplication.translate("GroupsPage", text)


def _top_row(page: GroupsPage) -> QHBoxLayout:
    heading = QLabel(QCoreApplication.translate("GroupsPage", "Participants and groups"))
    heading.setObjectName("pageHeading")
    page.count_label = QLabel()
    page.count_label.setObjectName("participantCount")
    page.filter_edit = QLineEdit()
    page.filter_edit.setPlaceholderText(QCoreApplication.translate(
        "GroupsPage", "Filter by name, municipality, role…"))
    page.filter_edit.setClearButtonEnabled(True)
    page.filter_edit.setMaximumWidth(320)
    top = QHBoxLayout()
    top.addWidget(heading)
    top.addSpacing(12)
    top.addWidget(page.count_label)
    top.addSpacing(12)
    top.addWidget(page.filter_edit, 1)
    top.addStretch(1)
    for key, text in table.BUTTONS:
        button = QToolButton()
        button.setDefaultAction(page.action(key))
        button.setText(_tr(text))
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        top.addWidget(button)
    return top


def _table(page: GroupsPage) -> QTableView:
    view = QTableView()
    view.setObjectName("participantTable")
    view.setModel(page.proxy)
    view.setSortingEnabled(True)
    view.sortByColumn(MUNICIPALITY, Qt.SortOrder.AscendingOrder)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setAlternatingRowColors(True)
    view.setEditTriggers(QAbstractItemView.EditTrigger.SelectedClicked
                         | QAbstractItemView.EditTrigger.AnyKeyPressed)
    view.verticalHeader().hide()
    rows = view.verticalHeader()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(view.fontMetrics().height() + 8)
    view.setDragEnabled(not page.read_only)
    view.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
    view.setItemDelegateForColumn(
        MUNICIPALITY, MunicipalityDelegate(lambda: page._municipalities, view))
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    header.resizeSection(PRESENT, 70)
    header.resizeSection(NAME, 200)
    header.resizeSection(MUNICIPALITY, 170)
    header.resizeSection(3, 180)
    header.resizeSection(4, 200)
    # at least MIN_TABLE_ROWS rows, whatever the splitter is asked for
    view.setMinimumHeight(header.sizeHint().height() + MIN_TABLE_ROWS
                          * rows.defaultSectionSize() + 2 * view.frameWidth() + 2)
    view.doubleClicked.connect(page._table_double_clicked)
    view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    view.customContextMenuRequested.connect(
        lambda pos: page._context_menu(view.viewport().mapToGlobal(pos)))
    view.selectionModel().selectionChanged.connect(lambda *_: page._selected_from(view))
    page.filter_edit.textChanged.connect(page.proxy.set_text)
    return view


def _explanation() -> QLabel:
    label = QLabel()
    label.setObjectName("assignExplanation")
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setFrameShape(QFrame.Shape.StyledPanel)
    label.setStyleSheet("padding: 6px;")
    label.hide()
    return label


def build_layout(page: GroupsPage) -> None:
    """Create the page's widgets as attributes of ``page`` and lay them out."""
    top = _top_row(page)
    page.table = _table(page)
    page.empty_hint = QLabel(QCoreApplication.translate(
        "GroupsPage",
        "No participants yet. Import the registration list (.xlsx or .csv) with "
        "Import… (Ctrl+Shift+I), or add people one by one with Add… (Ins)."))
    page.empty_hint.setObjectName("emptyHint")
    page.empty_hint.setWordWrap(True)
    page.empty_hint.setStyleSheet("padding: 10px; font-size: 11pt;")
    table_box = QWidget()
    tl = QVBoxLayout(table_box)
    tl.setContentsMargins(0, 0, 0, 0)
    tl.addWidget(page.empty_hint)
    tl.addWidget(page.table, 1)

    page.unassigned_column = GroupColumn(None)
    page.unassigned_column.setMaximumWidth(260)
    page.columns_box = QHBoxLayout()
    page.columns_box.setSpacing(8)
    page.columns_box.addWidget(page.unassigned_column, 0)
    page.explanation = _explanation()
    groups_box = QWidget()
    gl = QHBoxLayout(groups_box)
    gl.setContentsMargins(0, 0, 0, 0)
    gl.addLayout(page.columns_box, 3)
    gl.addWidget(page.explanation, 1)

    page.splitter = QSplitter(Qt.Orientation.Vertical)
    page.splitter.addWidget(table_box)
    page.splitter.addWidget(groups_box)
    page.splitter.setStretchFactor(0, 1)
    page.splitter.setStretchFactor(1, 1)
    page.splitter.setChildrenCollapsible(False)

    layout = QVBoxLayout(page)
    layout.setContentsMargins(16, 8, 16, 8)
    layout.addLayout(top)
    layout.addWidget(page.splitter, 1)
