"""The "Planned and actual" tab: the record of the day, and its export to .csv and Word.

While the day runs, a block not reached yet is simply empty (it is not "not run" before the
day is over); minutes use the decimal comma in Estonian.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from avtoituba.core import clock as C
from avtoituba.core.timer_state import TimerState, plan_vs_actual
from avtoituba.core.workshop import workshop_header

from avtoituba.gui.shell.context import AppContext
from avtoituba.wording import fill


def decimal(text: str, language: str) -> str:
    return text.replace(".", ",") if language == "et" else text


class PlanTab(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.table = QTableWidget(0, 8)
        self.table.setObjectName("planActualTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        exports = QHBoxLayout()
        self.csv_button = QPushButton(self.tr("Export as .csv…"))
        self.csv_button.clicked.connect(lambda: self.choose_and_export("csv"))
        self.docx_button = QPushButton(self.tr("Export as Word…"))
        self.docx_button.clicked.connect(lambda: self.choose_and_export("docx"))
        exports.addStretch(1)
        exports.addWidget(self.csv_button)
        exports.addWidget(self.docx_button)
        layout.addLayout(exports)
        self.state: TimerState | None = None

    def ui_language(self) -> str:
        return "et" if QLocale().language() == QLocale.Language.Estonian else "en"

    def document_language(self) -> str:
        try:
            return workshop_header(self.context.store).language or "et"
        except Exception:
            return "et"

    def texts(self, st: TimerState) -> list[list[str]]:
        from avtoituba.export.agenda_report import table

        rows = plan_vs_actual(st)
        language = self.ui_language()
        data = table(rows, language, wording={"running": self.tr("running"),
                                              "not_run": self.tr("not run")},
                     finished=st.status == C.FINISHED)
        for r, line in zip(rows, data[1:], strict=True):
            if st.block is not None and r.block.id == st.block.id:
                line[6] = f"{round(st.elapsed_s / 60, 1):g}"  # the running block so far
            line[3] = decimal(line[3], language)
            line[6] = decimal(line[6], language)
        return data

    def refresh(self, st: TimerState) -> None:
        self.state = st
        data = self.texts(st)
        headers = [self.tr("Block"), self.tr("Planned start"), self.tr("Planned end"), self.tr("Planned (min)"),
                   self.tr("Actual start"), self.tr("Actual end"), self.tr("Actual (min)"),
                   self.tr("Difference")]
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setRowCount(len(data) - 1)
        for i, line in enumerate(data[1:]):
            for j, text in enumerate(line):
                item = self.table.item(i, j)
                if item is None:
                    item = QTableWidgetItem()
                    self.table.setItem(i, j, item)
                if item.text() != text:
                    item.setText(text)
                if j:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)

    def choose_and_export(self, kind: str) -> None:
        header = workshop_header(self.context.store)
        start = Path(str(self.context.settings.value("export/last_dir") or Path.home()))
        stem = "ajakava" if self.document_language() == "et" else "agenda"
        if kind == "csv":
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export as .csv"), str(start / f"{stem}.csv"), self.tr("CSV files (*.csv)"))
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
            QMessageBox.warning(self, self.tr("Export"), fill(
                self.tr("The file could not be written: %1. Choose another folder and try again."),
                exc.strerror or str(exc)))

    def export(self, kind: str, path: Path, heading: str = "", date=None) -> Path:
        from avtoituba.export import agenda_report

        assert self.state is not None
        rows = plan_vs_actual(self.state)
        finished = self.state.status == C.FINISHED
        if kind == "csv":
            return agenda_report.write_csv(rows, path, self.document_language(), finished)
        return agenda_report.write_docx(rows, path, self.document_language(), heading, date,
                                        finished=finished)
