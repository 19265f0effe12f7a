"""The preview of a registration list: every row with its problems, and which column
holds what, before anything is saved."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QPushButton,
    QTableWidgetItem,
    QWidget,
)

from avtoituba.core.roster import Roster, RosterRow, column_letter, remap

from avtoituba.gui.forms.ui_import_dialog import Ui_ImportDialog
from avtoituba.gui.groups.participant_dialog import core_language, quote
from avtoituba.wording import fill

ERROR_BG = QColor("#fde7e6")
DUPLICATE_BG = QColor("#fff4d6")
WARNING_BG = QColor("#fffbea")


class ImportDialog(QDialog):
    """Shows what a registration list holds before anything is saved.

    Every row with its problems; rows with errors cannot be ticked, duplicates start
    unticked. ``accepted_rows()`` are what the Import button saves (all or nothing).
    """

    COLUMNS = 8

    def __init__(self, roster: Roster, existing: Sequence[tuple[str, str]] = (),
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.roster = roster
        self.existing = list(existing)
        self._first_choice = roster.column_choice()
        self.ui = Ui_ImportDialog()
        self.ui.setupUi(self)
        self.import_button = QPushButton(self.tr("&Import"))
        self.import_button.setDefault(True)
        self.ui.buttonBox.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.clicked.connect(self.accept)
        self.ui.fileLabel.setText(Path(roster.path).name)
        self.combos = {"name": self.ui.nameColumnCombo,
                       "municipality": self.ui.municipalityColumnCombo,
                       "role": self.ui.roleColumnCombo, "email": self.ui.emailColumnCombo}
        self._fill_combos()
        table = self.ui.rowsTable
        table.setColumnCount(self.COLUMNS)
        table.setHorizontalHeaderLabels([
            self.tr("Import"), self.tr("Row"), self.tr("Name"), self.tr("Municipality"),
            self.tr("Role"), self.tr("E-mail"), self.tr("Present"), self.tr("Problems")])
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        for col in range(self.COLUMNS - 1):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.COLUMNS - 1, QHeaderView.ResizeMode.Stretch)
        table.itemChanged.connect(lambda _item: self._update_summary())
        self.ui.selectAllButton.clicked.connect(lambda: self._tick_all(True))
        self.ui.selectNoneButton.clicked.connect(lambda: self._tick_all(False))
        self._show_rows()

    # -- which column holds what ----------------------------------------------------------
    def _fill_combos(self) -> None:
        none = self.tr("(none)")
        for fld, combo in self.combos.items():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(none, None)
            for index, text in enumerate(self.roster.headers):
                combo.addItem(fill("%1: %2", column_letter(index), text or "…"), index)
            chosen = self.roster.mapping.get(fld)
            if chosen is not None and chosen >= 0:
                combo.setCurrentIndex(combo.findData(chosen))
            elif chosen == -1:  # first and last name joined
                combo.addItem(self.roster.columns.get("name", ""), -1)
                combo.setCurrentIndex(combo.count() - 1)
            combo.blockSignals(False)
            combo.currentIndexChanged.connect(lambda _i: self._remap())

    def choose_column(self, fld: str, header: str) -> None:
        """Point ``fld`` (name, municipality, role, email) at the column with ``header``."""
        index = self.roster.headers.index(header)
        combo = self.combos[fld]
        combo.setCurrentIndex(combo.findData(index))

    def _remap(self) -> None:
        choice = {fld: combo.currentData() for fld, combo in self.combos.items()}
        self.roster = remap(self.roster, choice, self.existing)
        self._show_rows()

    def mapping_changed(self) -> bool:
        return self.roster.column_choice() != self._first_choice

    # -- the rows -------------------------------------------------------------------------
    def _show_rows(self) -> None:
        roster = self.roster
        lang = core_language()
        self.ui.formatLabel.setText(self._format_text())
        notes = [n.text(lang) for n in roster.notes]
        if roster.doubtful:
            notes.append(self.tr("Check which column holds what: the list has more than one "
                                 "column that could be the name or the municipality."))
        self.ui.warningLabel.setText("\n".join(notes))
        self.ui.warningLabel.setVisible(bool(notes))
        table = self.ui.rowsTable
        table.blockSignals(True)
        table.setRowCount(len(roster.rows))
        yes, no = self.tr("yes"), self.tr("no")
        for i, row in enumerate(roster.rows):
            check = QTableWidgetItem()
            if row.ok:
                check.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable
                               | Qt.ItemFlag.ItemIsSelectable)
                check.setCheckState(Qt.CheckState.Checked if row.accepted_by_default
                                    else Qt.CheckState.Unchecked)
            else:
                check.setFlags(Qt.ItemFlag.ItemIsSelectable)
                check.setText(self.tr("error"))
            table.setItem(i, 0, check)
            values = (str(row.row), row.name, row.municipality, row.role, row.email,
                      yes if row.present else no, "; ".join(row.problem_texts(lang)))
            for col, value in enumerate(values, start=1):
                item = QTableWidgetItem(value)
                item.setToolTip(value if col == self.COLUMNS - 1 else "")
                if col == 1:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                table.setItem(i, col, item)
            background = None
            if not row.ok:
                background = ERROR_BG
            elif row.duplicate:
                background = DUPLICATE_BG
            elif row.problems:
                background = WARNING_BG
            if background is not None:
                for col in range(self.COLUMNS):
                    table.item(i, col).setBackground(QBrush(background))
        table.setColumnHidden(6, "present" not in roster.columns)
        table.setCurrentCell(-1, -1)
        table.blockSignals(False)
        self._update_summary()

    def _format_text(self) -> str:
        r = self.roster
        if r.kind == "xlsx":
            kind = fill(self.tr("Excel workbook, sheet “%1”"), r.sheet or "")
        else:
            delimiter = {";": self.tr("semicolons"), ",": self.tr("commas"),
                         "\t": self.tr("tabs")}.get(r.delimiter or "", r.delimiter or "")
            encoding = {"cp1257": "Windows-1257", "utf-8-sig": self.tr("UTF-8 with BOM"),
                        "utf-8": "UTF-8", "utf-16": "UTF-16", "utf-16-le": "UTF-16",
                        "utf-16-be": "UTF-16", "mac-roman": "Mac Roman"}.get(r.encoding or "",
                                                                    r.encoding or "")
            kind = fill(self.tr("CSV text, %1, separated by %2"), encoding, delimiter)
        columns = ", ".join(quote(v) for v in r.columns.values())
        text = fill(self.tr("%1. Header on row %2; columns used: %3."), kind, r.header_row,
                    columns)
        if r.ignored_columns:
            text += " " + fill(self.tr("Ignored: %1."),
                               ", ".join(quote(c) for c in r.ignored_columns))
        return text

    def _tick_all(self, on: bool) -> None:
        table = self.ui.rowsTable
        for i, row in enumerate(self.roster.rows):
            if row.ok:
                table.item(i, 0).setCheckState(Qt.CheckState.Checked if on
                                               else Qt.CheckState.Unchecked)

    def set_accepted(self, row_number: int, on: bool) -> None:
        """Tick or untick the row with spreadsheet row number ``row_number``."""
        for i, row in enumerate(self.roster.rows):
            if row.row == row_number and row.ok:
                self.ui.rowsTable.item(i, 0).setCheckState(
                    Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def accepted_rows(self) -> list[RosterRow]:
        table = self.ui.rowsTable
        return [row for i, row in enumerate(self.roster.rows)
                if row.ok and table.item(i, 0).checkState() == Qt.CheckState.Checked]

    def _update_summary(self) -> None:
        chosen = len(self.accepted_rows())
        errors = len(self.roster.bad_rows)
        dupes = len(self.roster.duplicate_rows)
        parts = [fill(self.tr("%1 of %n row(s) will be imported.", "", len(self.roster.rows)),
                      chosen)]
        if errors:
            parts.append(self.tr("%n row(s) have errors and cannot be imported.", "", errors))
        if dupes:
            parts.append(self.tr("%n duplicate(s) unticked.", "", dupes))
        self.ui.summaryLabel.setText(" ".join(parts))
        self.import_button.setEnabled(chosen > 0)
        self.import_button.setText(fill(self.tr("&Import %1"), chosen))
