"""View › Projector screen…: pick the screen for the projector from the connected ones.

While the dialog is open, the chosen screen shows a large "This screen" sign, so the
trainer sees on the wall (or on the laptop) which one is meant before confirming.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QGuiApplication, QScreen
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from avtoituba.wording import fill


def screen_label(screen: QScreen, index: int) -> str:
    size = screen.size()
    text = fill(QCoreApplication.translate("ScreenDialog", "Screen %1: %2 × %3"), str(index), str(size.width()),
                str(size.height()))
    name = screen.model() or screen.name()
    if name:
        text += f" – {name}"
    if screen is QGuiApplication.primaryScreen():
        text += " " + QCoreApplication.translate("ScreenDialog", "(this laptop's main screen)")
    return text


class ThisScreenSign(QWidget):
    """A frameless sign filling part of a screen: "This screen"."""

    def __init__(self) -> None:
        super().__init__(None, Qt.WindowType.Tool | Qt.WindowType.FramelessWindowHint
                         | Qt.WindowType.WindowStaysOnTopHint
                         | Qt.WindowType.WindowDoesNotAcceptFocus)
        self.setObjectName("thisScreenSign")
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, True)
        self.setStyleSheet("#thisScreenSign { background: #111418; }"
                           "QLabel { color: #ffd54a; }")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.label = QLabel(QCoreApplication.translate("ScreenDialog", "The projector goes here"))
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = QFont(self.label.font())
        font.setPixelSize(48)
        font.setBold(True)
        self.label.setFont(font)
        QVBoxLayout(self).addWidget(self.label)

    def show_on(self, screen: QScreen) -> None:
        area = screen.availableGeometry()
        width, height = area.width() // 2, area.height() // 3
        self.setScreen(screen)
        self.setGeometry(area.center().x() - width // 2, area.center().y() - height // 2,
                         width, height)
        self.show()


class ScreenDialog(QDialog):
    def __init__(self, current: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Projector screen"))
        self.list = QListWidget()
        self.list.setObjectName("screenList")
        self.sign = ThisScreenSign()
        screens = QGuiApplication.screens()
        from avtoituba.gui.projector.placement import preferred_screen

        chosen = preferred_screen(current)
        for i, screen in enumerate(screens, start=1):
            item = QListWidgetItem(screen_label(screen, i))
            item.setData(Qt.ItemDataRole.UserRole, screen.name())
            self.list.addItem(item)
            if screen is chosen:
                self.list.setCurrentItem(item)
        hint = QLabel(self.tr("Choose the screen the room sees. With a second screen the "
                              "projector window fills it; on the laptop's own screen it "
                              "opens beside your window."))
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self.list.currentRowChanged.connect(self._preview)
        self._preview(self.list.currentRow())

    def chosen(self) -> str:
        item = self.list.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item else ""

    def _preview(self, row: int) -> None:
        screens = QGuiApplication.screens()
        if 0 <= row < len(screens):
            self.sign.show_on(screens[row])

    def done(self, result: int) -> None:
        self.sign.close()
        self.sign.deleteLater()
        super().done(result)
