"""The projector (stage) window: a second top-level window for the room.

It holds scenes (the agenda clock, the groups, the activity wall, ...) and shows one at a
time, large and calm, on the chosen screen (a second screen when there is one), with a
trainer's message line and a blackout toggle. Features add their scenes with add_scene().
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeyEvent, QResizeEvent, QScreen
from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout, QWidget

STAGE_STYLE = """
#stageWindow { background: #111418; }
#stageWindow QLabel { color: #f4f4f0; }
#stageMessage { color: #ffd54a; font-weight: 600; }
#stageIdle { color: #8b9098; }
"""


class StageWindow(QWidget):
    visibility_changed = Signal(bool)
    blackout_changed = Signal(bool)
    scene_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("stageWindow")
        self.setWindowTitle(self.tr("avtoituba – projector"))
        self.setStyleSheet(STAGE_STYLE)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.resize(1280, 720)
        self._scenes: dict[str, QWidget] = {}
        self._blackout = False

        self._stack = QStackedWidget(self)
        self._idle = QLabel(self.tr("avtoituba"))
        self._idle.setObjectName("stageIdle")
        self._idle.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._stack.addWidget(self._idle)
        self._black = QWidget()
        self._black.setStyleSheet("background: black;")
        self._stack.addWidget(self._black)

        self._message = QLabel("")
        self._message.setObjectName("stageMessage")
        self._message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._message.setWordWrap(True)
        self._message.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.addWidget(self._stack, 1)
        layout.addWidget(self._message)

    # -- scenes ---------------------------------------------------------------------------
    def add_scene(self, name: str, widget: QWidget) -> None:
        """Add a scene; one with the same name is replaced (and stays shown if it was)."""
        old = self._scenes.get(name)
        # The old scene may be gone already (its page was deleted when a workshop closed).
        if old is not None and shiboken6.isValid(old):
            self._stack.removeWidget(old)
        self._scenes[name] = widget
        self._stack.addWidget(widget)
        if self.current_scene() == name and not self._blackout:
            self._stack.setCurrentWidget(widget)

    def scene(self, name: str) -> QWidget | None:
        return self._scenes.get(name)

    def scene_names(self) -> list[str]:
        return list(self._scenes)

    def show_scene(self, name: str) -> None:
        widget = self._scenes[name]
        self._current = name
        if not self._blackout:
            self._stack.setCurrentWidget(widget)
        self.scene_changed.emit(name)

    def current_scene(self) -> str | None:
        return getattr(self, "_current", None)

    # -- message and blackout -------------------------------------------------------------
    def set_message(self, text: str) -> None:
        self._message.setText(text)
        self._message.setVisible(bool(text.strip()) and not self._blackout)

    def message(self) -> str:
        return self._message.text()

    def set_blackout(self, on: bool) -> None:
        if on == self._blackout:
            return
        self._blackout = on
        if on:
            self._stack.setCurrentWidget(self._black)
            self._message.hide()
        else:
            current = self.current_scene()
            self._stack.setCurrentWidget(self._scenes[current] if current else self._idle)
            self._message.setVisible(bool(self._message.text().strip()))
        self.blackout_changed.emit(on)

    def is_blackout(self) -> bool:
        return self._blackout

    # -- placement ------------------------------------------------------------------------
    @staticmethod
    def preferred_screen(name: str = "") -> QScreen | None:
        screens = QGuiApplication.screens()
        for screen in screens:
            if name and screen.name() == name:
                return screen
        primary = QGuiApplication.primaryScreen()
        others = [s for s in screens if s is not primary]
        return others[0] if others else primary

    def present(self, screen_name: str = "") -> None:
        """Show the window: full screen on a second screen, a normal window otherwise."""
        screen = self.preferred_screen(screen_name)
        has_second = len(QGuiApplication.screens()) > 1
        if screen is not None:
            self.setScreen(screen)
            self.move(screen.geometry().topLeft())
        if has_second:
            self.showFullScreen()
        else:
            self.showNormal()
        self.visibility_changed.emit(True)

    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_F11, Qt.Key.Key_F):
            self.toggle_full_screen()
        elif event.key() == Qt.Key.Key_Escape and self.isFullScreen():
            self.showNormal()
        elif event.key() in (Qt.Key.Key_B, Qt.Key.Key_Period):
            self.set_blackout(not self._blackout)
        else:
            super().keyPressEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        # the trainer's message is read from the back row too: scale it with the window
        font = self._message.font()
        font.setPixelSize(max(14, int(min(self.height() * 0.07, self.width() * 0.05))))
        self._message.setFont(font)
        super().resizeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.visibility_changed.emit(False)
        super().closeEvent(event)
