"""The Seminar page's widgets: the seminar's details on top; the running order (dragged to
reorder), the dark timer panel and the notes of the municipality on stage side by side."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QFrame,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QSpinBox,
    QSplitter,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from avtoituba.gui.agenda.run_panel import PANEL_STYLE, _button
from avtoituba.gui.projector.clock import DigitsDisplay
from avtoituba.gui.seminar.notes import NotesPanel

if TYPE_CHECKING:
    from avtoituba.gui.seminar.page import SeminarPage


def build_layout(page: SeminarPage, tasks: list[str]) -> None:
    outer = QVBoxLayout(page)
    outer.setContentsMargins(8, 8, 8, 8)
    outer.addWidget(_details_box(page))
    split = QSplitter(Qt.Orientation.Horizontal)
    split.setChildrenCollapsible(False)
    split.addWidget(_order_box(page))
    split.addWidget(_run_box(page))
    page.notes = NotesPanel(page.context.store, tasks)
    split.addWidget(page.notes)
    split.setStretchFactor(0, 3)
    split.setStretchFactor(1, 4)
    split.setStretchFactor(2, 5)
    split.setSizes([330, 400, 520])
    outer.addWidget(split, 1)


def _details_box(page: SeminarPage) -> QGroupBox:
    box = QGroupBox(QCoreApplication.translate("SeminarPage", "Follow-up seminar"))
    grid = QGridLayout(box)
    page.date_edit = QDateEdit()
    page.date_edit.setObjectName("seminarDate")
    page.date_edit.setCalendarPopup(True)
    page.date_edit.setDisplayFormat("dd.MM.yyyy")
    page.start_edit = QTimeEdit()
    page.start_edit.setObjectName("seminarStart")
    page.end_edit = QTimeEdit()
    page.end_edit.setObjectName("seminarEnd")
    for edit in (page.start_edit, page.end_edit):
        edit.setDisplayFormat("HH:mm")
    page.link_edit = QLineEdit()
    page.link_edit.setObjectName("seminarLink")
    page.link_edit.setPlaceholderText(QCoreApplication.translate("SeminarPage", "Paste the meeting link (Zoom, Teams, …)"))
    page.slot_spin = QSpinBox()
    page.slot_spin.setObjectName("seminarSlot")
    page.slot_spin.setRange(0, 120)
    page.slot_spin.setSpecialValueText(QCoreApplication.translate("SeminarPage", "shared out"))
    page.slot_spin.setSuffix(QCoreApplication.translate("SeminarPage", " min"))
    page.discussion_spin = QSpinBox()
    page.discussion_spin.setObjectName("seminarDiscussion")
    page.discussion_spin.setRange(0, 120)
    page.discussion_spin.setSuffix(QCoreApplication.translate("SeminarPage", " min"))
    page.date_hint = QLabel()
    page.date_hint.setObjectName("seminarDateHint")
    labels = [(QCoreApplication.translate("SeminarPage", "&Date:"), page.date_edit), (QCoreApplication.translate("SeminarPage", "&From:"), page.start_edit),
              (QCoreApplication.translate("SeminarPage", "&Until:"), page.end_edit), (QCoreApplication.translate("SeminarPage", "&Turn:"), page.slot_spin),
              (QCoreApplication.translate("SeminarPage", "D&iscussion:"), page.discussion_spin)]
    col = 0
    for text, widget in labels:
        label = QLabel(text)
        label.setBuddy(widget)
        grid.addWidget(label, 0, col)
        grid.addWidget(widget, 0, col + 1)
        col += 2
    link_label = QLabel(QCoreApplication.translate("SeminarPage", "Meeting &link:"))
    link_label.setBuddy(page.link_edit)
    grid.addWidget(link_label, 1, 0)
    grid.addWidget(page.link_edit, 1, 1, 1, 5)
    grid.addWidget(page.date_hint, 1, 6, 1, 4)
    grid.setColumnStretch(10, 1)
    return box


def _order_box(page: SeminarPage) -> QGroupBox:
    box = QGroupBox(QCoreApplication.translate("SeminarPage", "Running order"))
    col = QVBoxLayout(box)
    hint = QLabel(QCoreApplication.translate("SeminarPage", "Drag a municipality to change the order."))
    hint.setWordWrap(True)
    page.order_list = QListWidget()
    page.order_list.setObjectName("seminarOrderList")
    page.order_list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
    page.order_list.setDefaultDropAction(Qt.DropAction.MoveAction)
    page.opening_label = QLabel()
    page.closing_label = QLabel()
    page.closing_label.setWordWrap(True)
    col.addWidget(hint)
    col.addWidget(page.opening_label)
    col.addWidget(page.order_list, 1)
    col.addWidget(page.closing_label)
    buttons = QGridLayout()
    for i, key in enumerate(("up", "down", "absent", "later", "present")):
        buttons.addWidget(_button(page.actions_by_key[key]), i // 2, i % 2)
    col.addLayout(buttons)
    return box


def _run_box(page: SeminarPage) -> QWidget:
    holder = QWidget()
    holder.setStyleSheet(PANEL_STYLE)
    col = QVBoxLayout(holder)
    col.setContentsMargins(0, 0, 0, 0)
    panel = QFrame()
    panel.setObjectName("timerPanel")
    panel.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
    pl = QVBoxLayout(panel)
    pl.setContentsMargins(18, 14, 18, 14)
    page.status_label = QLabel()
    page.status_label.setObjectName("timerStatus")
    page.item_label = QLabel()
    page.item_label.setObjectName("timerBlock")
    page.item_label.setWordWrap(True)
    page.turn_label = QLabel()
    page.turn_label.setObjectName("timerPresenter")
    page.digits = DigitsDisplay()
    page.digits.setObjectName("seminarDigits")
    page.next_label = QLabel()
    page.next_label.setObjectName("timerNext")
    page.next_label.setWordWrap(True)
    page.forecast_label = QLabel()
    page.forecast_label.setObjectName("timerForecast")
    for w in (page.status_label, page.item_label, page.turn_label, page.digits,
              page.next_label, page.forecast_label):
        pl.addWidget(w)
    pl.addStretch(1)
    col.addWidget(panel, 1)
    a = page.actions_by_key
    grid = QGridLayout()
    grid.addWidget(_button(a["start"]), 0, 0)
    grid.addWidget(_button(a["next"]), 0, 1)
    grid.addWidget(_button(a["prev"]), 1, 0)
    grid.addWidget(_button(a["plus1"]), 1, 1)
    grid.addWidget(_button(a["minus1"]), 2, 0)
    grid.addWidget(_button(a["finish"]), 2, 1)
    grid.addWidget(_button(a["projector"]), 3, 0)
    grid.addWidget(_button(a["export"]), 3, 1)
    col.addLayout(grid)
    return holder
