"""Merge municipalities: the one typed twice ("Elvva vald") goes into the one that stays."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from avtoituba.core.municipalities import MunicipalityRow, match_municipality

from avtoituba.wording import fill


class MergeDialog(QDialog):
    """Choose FROM and INTO; the counts say what will move. Undo takes it back."""

    def __init__(self, municipalities: list[MunicipalityRow], counts: dict[int, int],
                 participants: dict[int, int], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("mergeMunicipalitiesDialog")
        self.setWindowTitle(self.tr("Merge municipalities"))
        self._counts, self._participants = counts, participants
        rows = sorted(municipalities, key=lambda m: m.name.casefold())
        self.source = QComboBox()
        self.source.setObjectName("mergeFrom")
        self.target = QComboBox()
        self.target.setObjectName("mergeInto")
        for m in rows:
            self.source.addItem(m.name, m.id)
            self.target.addItem(m.name, m.id)
        self.summary = QLabel("")
        self.summary.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Merge"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Move everything of"), self.source)
        form.addRow(self.tr("into"), self.target)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self.source.currentIndexChanged.connect(self._suggest)
        self.target.currentIndexChanged.connect(self._update)
        self._suggest()

    def choose(self, from_id: int, into_id: int) -> None:
        self.source.setCurrentIndex(self.source.findData(from_id))
        self.target.setCurrentIndex(self.target.findData(into_id))

    def chosen(self) -> tuple[int, int]:
        return self.source.currentData(), self.target.currentData()

    def _suggest(self) -> None:
        """INTO starts at the known name FROM is closest to (a typo's original)."""
        name = self.source.currentText()
        others = [self.target.itemText(i) for i in range(self.target.count())
                  if self.target.itemText(i) != name]
        match = match_municipality(name, others)
        if match.kind in ("close", "known"):
            self.target.setCurrentIndex(self.target.findText(match.name))
        self._update()

    def _update(self) -> None:
        from_id, into_id = self.chosen()
        ok = from_id is not None and from_id != into_id
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)
        if not ok:
            self.summary.setText(self.tr("Choose two different municipalities."))
            return
        self.summary.setText(fill(
            self.tr("%1 and %2 move to “%3”; “%4” leaves the list. Undo (Ctrl+Z) takes it "
                    "back."),
            self.tr("%n activities", "", self._counts.get(from_id, 0)),
            self.tr("%n participants", "", self._participants.get(from_id, 0)),
            self.target.currentText(), self.source.currentText()))
