"""Dialogs of the participants and groups page: a participant, the import preview, the
assignment options."""

from __future__ import annotations

import random
from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QPushButton,
    QTableWidgetItem,
    QWidget,
)

from avtoituba.core.participants import ParticipantData
from avtoituba.core.roster import Roster, RosterRow

from avtoituba.gui.forms.ui_assign_dialog import Ui_AssignDialog
from avtoituba.gui.forms.ui_import_dialog import Ui_ImportDialog
from avtoituba.gui.forms.ui_participant_dialog import Ui_ParticipantDialog
from avtoituba.gui.groups.participants_model import municipality_completer

ERROR_BG = QColor("#fde7e6")
DUPLICATE_BG = QColor("#fff4d6")
WARNING_BG = QColor("#fffbea")


def core_language() -> str:
    """The language for texts that come from core/ (its own small catalogues)."""
    return "et" if QLocale().language() == QLocale.Language.Estonian else "en"


def quote(text: str) -> str:
    return f"„{text}“" if core_language() == "et" else f"“{text}”"


class ParticipantDialog(QDialog):
    """Add or edit one participant; the municipality completes from those already known."""

    def __init__(self, municipalities: list[str], data: ParticipantData | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_ParticipantDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(self.tr("Edit participant") if data else self.tr("Add participant"))
        self.ui.municipalityEdit.setCompleter(
            municipality_completer(municipalities, self.ui.municipalityEdit))
        if data is not None:
            self.ui.nameEdit.setText(data.name)
            self.ui.municipalityEdit.setText(data.municipality)
            self.ui.roleEdit.setText(data.role)
            self.ui.emailEdit.setText(data.email)
            self.ui.presentCheck.setChecked(data.present)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.nameEdit.textChanged.connect(lambda _t: self.ui.errorLabel.clear())

    def data(self) -> ParticipantData:
        return ParticipantData(self.ui.nameEdit.text(), self.ui.municipalityEdit.text(),
                               self.ui.roleEdit.text(), self.ui.emailEdit.text(),
                               self.ui.presentCheck.isChecked()).cleaned()

    def accept(self) -> None:
        data = self.data()
        if not data.name:
            self.ui.errorLabel.setText(self.tr("Type the participant's name."))
            self.ui.nameEdit.setFocus()
            return
        if not data.municipality:
            self.ui.errorLabel.setText(self.tr("Type the municipality, so that the assignment "
                                               "can spread its people over the groups."))
            self.ui.municipalityEdit.setFocus()
            return
        super().accept()


class ImportDialog(QDialog):
    """Shows what a registration list holds before anything is saved.

    Every row with its problems; rows with errors cannot be ticked, duplicates start
    unticked. ``accepted_rows()`` are what the Import button saves (all or nothing).
    """

    COLUMNS = 8

    def __init__(self, roster: Roster, parent: QWidget | None = None):
        super().__init__(parent)
        self.roster = roster
        self.ui = Ui_ImportDialog()
        self.ui.setupUi(self)
        lang = core_language()
        self.import_button = QPushButton(self.tr("&Import"))
        self.import_button.setDefault(True)
        self.ui.buttonBox.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.clicked.connect(self.accept)
        self.ui.fileLabel.setText(Path(roster.path).name)
        self.ui.formatLabel.setText(self._format_text())

        table = self.ui.rowsTable
        table.setColumnCount(self.COLUMNS)
        table.setHorizontalHeaderLabels([
            self.tr("Import"), self.tr("Row"), self.tr("Name"), self.tr("Municipality"),
            self.tr("Role"), self.tr("E-mail"), self.tr("Present"), self.tr("Problems")])
        table.verticalHeader().hide()
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
        header = table.horizontalHeader()
        for col in range(self.COLUMNS - 1):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.COLUMNS - 1, QHeaderView.ResizeMode.Stretch)
        table.setColumnHidden(6, "present" not in roster.columns)
        table.setCurrentCell(-1, -1)
        table.itemChanged.connect(lambda _item: self._update_summary())
        self.ui.selectAllButton.clicked.connect(lambda: self._tick_all(True))
        self.ui.selectNoneButton.clicked.connect(lambda: self._tick_all(False))
        self._update_summary()

    def _format_text(self) -> str:
        r = self.roster
        if r.kind == "xlsx":
            kind = self.tr("Excel workbook, sheet “%1”").replace("%1", r.sheet or "")
        else:
            delimiter = {";": self.tr("semicolons"), ",": self.tr("commas"),
                         "\t": self.tr("tabs")}.get(r.delimiter or "", r.delimiter or "")
            encoding = {"cp1257": "Windows-1257", "utf-8-sig": self.tr("UTF-8 with BOM"),
                        "utf-8": "UTF-8", "utf-16": "UTF-16"}.get(r.encoding or "",
                                                                    r.encoding or "")
            kind = self.tr("CSV text, %1, separated by %2").replace("%1", encoding)\
                .replace("%2", delimiter)
        columns = ", ".join(quote(v) for v in r.columns.values())
        text = self.tr("%1. Header on row %2; columns used: %3.").replace("%1", kind)\
            .replace("%2", str(r.header_row)).replace("%3", columns)
        if r.ignored_columns:
            text += " " + self.tr("Ignored: %1.").replace(
                "%1", ", ".join(quote(c) for c in r.ignored_columns))
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
        parts = [self.tr("%1 of %2 rows will be imported.").replace("%1", str(chosen))
                 .replace("%2", str(len(self.roster.rows)))]
        if errors:
            parts.append(self.tr("%1 rows have errors and cannot be imported.").replace("%1", str(errors)))
        if dupes:
            parts.append(self.tr("%1 duplicates are unticked.").replace("%1", str(dupes)))
        self.ui.summaryLabel.setText(" ".join(parts))
        self.import_button.setEnabled(chosen > 0)
        self.import_button.setText(self.tr("&Import %1").replace("%1", str(chosen)))


class AssignDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, seed: int | None = None,
                 present_only: bool = False):
        super().__init__(parent)
        self.ui = Ui_AssignDialog()
        self.ui.setupUi(self)
        self.ui.seedSpin.setValue(seed if seed is not None else self._new_seed())
        self.ui.newSeedButton.clicked.connect(
            lambda: self.ui.seedSpin.setValue(self._new_seed()))
        self.ui.presentOnlyCheck.setChecked(present_only)
        self.ui.togetherRadio.toggled.connect(self._update)
        self._update()

    @staticmethod
    def _new_seed() -> int:
        return random.SystemRandom().randrange(1, 1000000)

    def _update(self) -> None:
        together = self.ui.togetherRadio.isChecked()
        self.ui.seedSpin.setEnabled(not together)
        self.ui.newSeedButton.setEnabled(not together)

    def strategy(self) -> str:
        if self.ui.togetherRadio.isChecked():
            return "together"
        if self.ui.randomRadio.isChecked():
            return "random"
        return "spread"

    def set_strategy(self, strategy: str) -> None:
        {"spread": self.ui.spreadRadio, "together": self.ui.togetherRadio,
         "random": self.ui.randomRadio}[strategy].setChecked(True)

    def seed(self) -> int:
        return self.ui.seedSpin.value()

    def present_only(self) -> bool:
        return self.ui.presentOnlyCheck.isChecked()
