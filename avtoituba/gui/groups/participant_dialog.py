"""The dialog to add or edit one participant, and the language of core's texts."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QDialog, QWidget

from avtoituba.core.participants import ParticipantData

from avtoituba.gui.forms.ui_participant_dialog import Ui_ParticipantDialog
from avtoituba.gui.groups.participants_model import municipality_completer


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
