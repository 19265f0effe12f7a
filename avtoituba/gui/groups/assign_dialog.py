"""The assignment's options, in the trainer's words: how to spread people, which
arrangement (the same number gives the same groups again), present only, and whether the
presenters stay in their groups."""

from __future__ import annotations

import random

from PySide6.QtWidgets import QDialog, QWidget

from avtoituba.gui.forms.ui_assign_dialog import Ui_AssignDialog


class AssignDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, seed: int | None = None,
                 present_only: bool = False, presenters: int = 0):
        super().__init__(parent)
        self.ui = Ui_AssignDialog()
        self.ui.setupUi(self)
        self.ui.variantSpin.setMinimum(1)
        self.ui.variantSpin.setValue(seed if seed else self._new_variant())
        self.ui.newVariantButton.clicked.connect(
            lambda: self.ui.variantSpin.setValue(self._new_variant()))
        self.ui.presentOnlyCheck.setChecked(present_only)
        self.ui.keepPresentersCheck.setChecked(True)
        self.ui.keepPresentersCheck.setVisible(presenters > 0)
        self.ui.togetherRadio.toggled.connect(self._update)
        self._update()

    @staticmethod
    def _new_variant() -> int:
        return random.SystemRandom().randrange(1, 1000)

    def _update(self) -> None:
        together = self.ui.togetherRadio.isChecked()
        self.ui.variantSpin.setEnabled(not together)
        self.ui.newVariantButton.setEnabled(not together)

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
        """The arrangement's number (the seed of the shuffle)."""
        return self.ui.variantSpin.value()

    def present_only(self) -> bool:
        return self.ui.presentOnlyCheck.isChecked()

    def keep_presenters(self) -> bool:
        return self.ui.keepPresentersCheck.isChecked()
