"""The quick-add line under a group's list: title, municipality, area; Enter adds.

The municipality is never left empty: the line starts with the last municipality used in
the column (read from the file, so a restart keeps it) and Enter with none asks for one.
When the typed municipality is close to a known one ("Elvva vald"), the line asks
"Elva vald?" in place, with one button for the known name and one for a new municipality,
so the trainer's hands stay on the keyboard and nothing is saved until they answer.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from avtoituba.core.capture import MAX_TITLE, AreaInfo

from avtoituba.wording import fill


def municipality_question(names: tuple[str, str], margin: int
                          ) -> tuple[QFrame, QLabel, QPushButton, QPushButton]:
    """The „Elva vald?“ question asked in place (hidden until needed): its frame, its text,
    the button that takes the known name and the one that adds the typed name as new
    (``names``: the two buttons' object names)."""
    frame = QFrame()
    frame.setObjectName("municipalityQuestion")
    label = QLabel("")
    label.setWordWrap(True)
    use_known = QPushButton("")
    use_known.setObjectName(names[0])
    add_new = QPushButton("")
    add_new.setObjectName(names[1])
    lay = QVBoxLayout(frame)
    lay.setContentsMargins(margin, 4, margin, 4)
    lay.addWidget(label)
    buttons = QHBoxLayout()
    buttons.addWidget(use_known)
    buttons.addWidget(add_new)
    buttons.addStretch(1)
    lay.addLayout(buttons)
    frame.hide()
    return frame, label, use_known, add_new

def municipality_box(name: str, placeholder: str) -> QComboBox:
    """An editable municipality box that completes any part of a known name."""
    box = QComboBox()
    box.setObjectName(name)
    box.setEditable(True)
    box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    box.lineEdit().setPlaceholderText(placeholder)
    completer = box.completer()
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    return box


def set_names(box: QComboBox, names: list[str]) -> None:
    """New choices for a municipality box, keeping what it shows."""
    text = box.currentText()
    box.blockSignals(True)
    box.clear()
    box.addItems(names)
    box.setEditText(text)
    box.blockSignals(False)


class QuickAddBar(QWidget):
    """Enter asks to add (``submitted(title, municipality, area, new_municipality)``); the
    page clears the title only after the activity is in the file."""

    submitted = Signal(str, str, object, bool)  # title, municipality, area or None, is new
    municipality_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("quickAdd")
        self.title = QLineEdit()
        self.title.setObjectName("quickAddTitle")
        self.title.setPlaceholderText(self.tr("New activity: type and press Enter"))
        self.title.setClearButtonEnabled(True)
        self.title.setMaxLength(MAX_TITLE)
        self.municipality = municipality_box("quickAddMunicipality", self.tr("Municipality"))
        self.municipality.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.municipality.setMinimumContentsLength(8)
        self.area = QComboBox()
        self.area.setObjectName("quickAddArea")
        self.area.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.area.setMinimumContentsLength(6)
        self.add_button = QToolButton()
        self.add_button.setObjectName("quickAddButton")
        self.add_button.setText(self.tr("Add"))
        self.add_button.setToolTip(self.tr("Add the activity (Enter)"))
        self.message = QLabel("")
        self.message.setObjectName("quickAddMessage")
        self.message.setWordWrap(True)
        self.message.hide()

        # "Elva vald?" asked in place
        self.question, self.question_label, self.use_known_button, self.add_new_button = \
            municipality_question(("useKnownMunicipality", "addNewMunicipality"), margin=6)
        self.use_known_button.setDefault(True)
        self._known = ""
        self._suggested: int | None = None

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.title, 1)
        top.addWidget(self.add_button)
        choices = QHBoxLayout()
        choices.setContentsMargins(0, 0, 0, 0)
        choices.addWidget(self.municipality, 1)
        choices.addWidget(self.area, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addLayout(choices)
        layout.addWidget(self.question)
        layout.addWidget(self.message)

        self.title.returnPressed.connect(self.submit)
        self.add_button.clicked.connect(self.submit)
        self.municipality.lineEdit().returnPressed.connect(self._municipality_enter)
        self.municipality.currentTextChanged.connect(self._municipality_edited)
        self.title.textEdited.connect(lambda _t: self.show_message(""))
        self.use_known_button.clicked.connect(self.use_known)
        self.add_new_button.clicked.connect(self.add_as_new)

    # -- choices ---------------------------------------------------------------------------
    def set_areas(self, areas: list[AreaInfo], suggested: int | None) -> None:
        self._suggested = suggested
        self.area.clear()
        self.area.addItem(self.tr("— area —"), None)
        for a in areas:
            self.area.addItem(f"{a.number}. {a.short_title}", a.number)
            self.area.setItemData(self.area.count() - 1, a.title, Qt.ItemDataRole.ToolTipRole)
        self.area.setCurrentIndex(max(self.area.findData(suggested), 0))

    def set_municipalities(self, names: list[str]) -> None:
        set_names(self.municipality, names)

    def municipality_name(self) -> str:
        return self.municipality.currentText().strip()

    def set_municipality_name(self, name: str) -> None:
        self.municipality.setEditText(name)

    def _municipality_edited(self, text: str) -> None:
        self.hide_question()
        self.municipality_changed.emit(text.strip())

    # -- adding ----------------------------------------------------------------------------
    def _municipality_enter(self) -> None:
        if self.title.text().strip():
            self.submit()
        else:
            self.title.setFocus()

    def submit(self, new_municipality: bool = False) -> None:
        self.submitted.emit(self.title.text(), self.municipality_name(),
                            self.area.currentData(), new_municipality)

    def accepted(self, municipality: str) -> None:
        """The activity is in the file: ready for the next one (municipality and area stay,
        the municipality spelled as the file has it)."""
        self.set_municipality_name(municipality)
        self.title.clear()
        self.hide_question()
        self.show_message("")
        self.title.setFocus()

    def ask_municipality(self) -> None:
        """Enter with no municipality: say so and put the cursor there."""
        self.show_message(self.tr("Choose the municipality first (or type its name), then "
                                  "press Enter again."))
        self.municipality.setFocus()

    def ask_close_match(self, typed: str, known: str) -> None:
        """"Elva vald?": the typed name is close to a known one; nothing is saved yet."""
        self._known = known
        self.question_label.setText(fill(
            self.tr("“%1” is not in the registration list. Did you mean “%2”?"), typed, known))
        self.use_known_button.setText(known)
        self.add_new_button.setText(self.tr("Add as new"))
        self.add_new_button.setToolTip(fill(self.tr("Add “%1” as a new municipality"), typed))
        self.question.show()
        self.show_message("")
        self.use_known_button.setFocus()

    def question_is_open(self) -> bool:
        return not self.question.isHidden()

    def hide_question(self) -> None:
        self.question.hide()

    def use_known(self) -> None:
        known = self._known
        self.municipality.blockSignals(True)
        self.set_municipality_name(known)
        self.municipality.blockSignals(False)
        self.municipality_changed.emit(known)
        self.hide_question()
        self.submit()

    def add_as_new(self) -> None:
        self.hide_question()
        self.submit(new_municipality=True)

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
