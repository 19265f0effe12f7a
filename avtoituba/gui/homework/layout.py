"""The Homework pack page's widgets: the municipalities, the seminar's running order, the
follow-up seminar's details and the documents to write side by side, the run row below."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
)

from avtoituba.gui.homework.order_box import RunningOrderList
from avtoituba.gui.homework.rows_box import EmptyRowsFields
from avtoituba.gui.homework.widgets import _button

if TYPE_CHECKING:
    from avtoituba.gui.homework.page import ExportPage


def municipality_box(page: ExportPage) -> QGroupBox:
    page.municipality_list = QListWidget()
    page.municipality_list.setObjectName("exportMunicipalities")
    page.municipality_list.itemChanged.connect(page._update_buttons)
    page.all_button = QPushButton(QCoreApplication.translate("ExportPage", "&All"))
    page.none_button = QPushButton(QCoreApplication.translate("ExportPage", "&None"))
    page.all_button.clicked.connect(lambda: page._check_all(True))
    page.none_button.clicked.connect(lambda: page._check_all(False))
    box = QGroupBox(QCoreApplication.translate("ExportPage", "Municipalities"))
    col = QVBoxLayout(box)
    col.addWidget(page.municipality_list, 1)
    row = QHBoxLayout()
    row.addWidget(page.all_button)
    row.addWidget(page.none_button)
    row.addStretch(1)
    col.addLayout(row)
    return box


def order_box(page: ExportPage) -> QGroupBox:
    page.order_list = RunningOrderList()
    page.order_list.on_dropped = page._push_order
    page.order_list.currentRowChanged.connect(page._update_buttons)
    page.up_button = _button(page.move_up_action)
    page.down_button = _button(page.move_down_action)
    box = QGroupBox(QCoreApplication.translate("ExportPage", "Running order of the follow-up seminar"))
    col = QVBoxLayout(box)
    hint = QLabel(QCoreApplication.translate("ExportPage", "Drag a municipality, or use the buttons, to change the order; "
                          "the seminar opens and closes with a few minutes of yours."))
    hint.setWordWrap(True)
    col.addWidget(hint)
    col.addWidget(page.order_list, 1)
    row = QHBoxLayout()
    row.addWidget(page.up_button)
    row.addWidget(page.down_button)
    row.addStretch(1)
    col.addLayout(row)
    return box


def followup_box(page: ExportPage) -> QGroupBox:
    page.followup_label = QLabel()
    page.followup_label.setObjectName("followupDetails")
    page.followup_label.setWordWrap(True)
    page.followup_label.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextSelectableByMouse)
    page.followup_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
    page.details_button = _button(page.details_action)
    box = QGroupBox(QCoreApplication.translate("ExportPage", "Follow-up seminar"))
    col = QVBoxLayout(box)
    col.addWidget(page.followup_label)
    row = QHBoxLayout()
    row.addWidget(page.details_button)
    row.addStretch(1)
    col.addLayout(row)
    col.addStretch(1)
    return box


def documents_box(page: ExportPage) -> QGroupBox:
    page.per_municipality_check = QCheckBox(QCoreApplication.translate("ExportPage", "A document for each &municipality"))
    page.combined_check = QCheckBox(QCoreApplication.translate("ExportPage", "&Trainer's summary document"))
    page.group_lists_check = QCheckBox(QCoreApplication.translate("ExportPage", "&Group lists"))
    checks = QVBoxLayout()
    for box in (page.per_municipality_check, page.combined_check, page.group_lists_check):
        box.setChecked(box is not page.group_lists_check)
        box.toggled.connect(page._update_buttons)
        checks.addWidget(box)
    page.folder_edit = QLineEdit(page._initial_folder())
    page.folder_edit.setObjectName("exportFolder")
    page.folder_edit.textChanged.connect(page._update_buttons)
    page.folder_button = _button(page.choose_folder_action)
    page.template_label = QLabel()
    page.template_label.setWordWrap(True)
    box = QGroupBox(QCoreApplication.translate("ExportPage", "Documents"))
    form = QFormLayout(box)
    form.addRow(QCoreApplication.translate("ExportPage", "Write:"), checks)
    folder_row = QHBoxLayout()
    folder_row.addWidget(page.folder_edit, 1)
    folder_row.addWidget(page.folder_button)
    folder_label = QLabel(QCoreApplication.translate("ExportPage", "Fo&lder:"))
    folder_label.setBuddy(page.folder_edit)
    form.addRow(folder_label, folder_row)
    form.addRow(QCoreApplication.translate("ExportPage", "Template:"), page.template_label)
    page.rows = EmptyRowsFields(page.context.store, page.context.undo_stack, page)
    page.rows.failed.connect(page._rows_failed)
    for spin, text in ((page.rows.area_spin, QCoreApplication.translate("ExportPage", "&Empty rows per area:")),
                       (page.rows.new_spin, QCoreApplication.translate("ExportPage", "&Rows for new activities:"))):
        label = QLabel(text)
        label.setBuddy(spin)
        form.addRow(label, spin)
    return box


def run_row(page: ExportPage) -> QHBoxLayout:
    page.export_button = _button(page.export_action, "exportButton")
    page.export_button.setDefault(True)
    page.cancel_button = _button(page.cancel_action)
    page.progress = QProgressBar()
    page.progress.setTextVisible(True)
    page.progress.setValue(0)
    page.status_label = QLabel()
    page.status_label.setObjectName("exportStatus")
    page.status_label.setWordWrap(True)
    page.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    page.open_folder_button = _button(page.open_folder_action)
    page.open_folder_button.setVisible(False)
    row = QHBoxLayout()
    row.addWidget(page.export_button)
    row.addWidget(page.cancel_button)
    row.addWidget(page.progress, 1)
    return row
