"""The projector (stage) window: a second top-level window for the room.

It holds scenes (the agenda clock, the groups, the activity wall, ...) and shows one at a
time, large and calm, on the chosen screen (full screen when there is a second screen),
with a trainer's message line and a blackout toggle. Pages add their scenes with
add_scene() and put one on the projector with :meth:`StageWindow.project` (the one way:
it shows the window on the remembered screen when it is not open yet). Before the day
starts the clock scene gives way to the welcome: title, date, venue and a countdown.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QGuiApplication,
    QHideEvent,
    QKeyEvent,
    QResizeEvent,
    QScreen,
    QShowEvent,
)
from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout, QWidget

from avtoituba.core.clock import format_remaining

from avtoituba.gui.projector import placement
from avtoituba.gui.projector.welcome import WelcomeScene
from avtoituba.wording import fill

if TYPE_CHECKING:
    from avtoituba.core.workshop import WorkshopHeader

    from avtoituba.gui.shell.settings import Settings

STAGE_STYLE = """
#stageWindow { background: #111418; }
#stageWindow QLabel { color: #f4f4f0; }
#stageMessage { color: #ffd54a; font-weight: 600; }
"""

#: the scene that the welcome stands in for until the day has started
CLOCK_SCENE = "clock"


class StageWindow(QWidget):
    visibility_changed = Signal(bool)
    blackout_changed = Signal(bool)
    scene_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None, settings: Settings | None = None,
                 avoid: QWidget | None = None):
        """``settings`` remembers the screen and geometry; on a single screen the window
        keeps clear of ``avoid``'s menu bar (the trainer's main window)."""
        super().__init__(parent, Qt.WindowType.Window)
        self.settings = settings
        self.avoid = avoid
        self.setObjectName("stageWindow")
        self.setWindowTitle(self.tr("avtoituba – projector"))
        self.setStyleSheet(STAGE_STYLE)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.resize(1280, 720)
        self._scenes: dict[str, QWidget] = {}
        self._current: str | None = None
        self._blackout = False
        self._day_started = False

        self._stack = QStackedWidget(self)
        # any size the trainer drags it to: scenes scale themselves to the window
        self._stack.setMinimumSize(1, 1)
        self._shown_once = False
        self.welcome = WelcomeScene()
        self._stack.addWidget(self.welcome)
        self._black = QWidget()
        self._black.setStyleSheet("background: black;")
        self._stack.addWidget(self._black)

        self._message = QLabel("")
        self._message.setObjectName("stageMessage")
        self._message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._message.setWordWrap(True)
        self._message.hide()
        self._message.setMinimumSize(1, 1)

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
        self._update_stack()

    def scene(self, name: str) -> QWidget | None:
        return self._scenes.get(name)

    def scene_names(self) -> list[str]:
        return list(self._scenes)

    def show_scene(self, name: str) -> None:
        """Make ``name`` the scene of the projector (whether or not it is open)."""
        if name not in self._scenes:
            raise KeyError(name)
        self._current = name
        self._update_stack()
        self.scene_changed.emit(name)

    def project(self, name: str) -> None:
        """Show scene ``name`` on the projector, opening the window if it is not open."""
        self.show_scene(name)
        if not self.isVisible():
            self.present()

    def current_scene(self) -> str | None:
        return self._current

    def shown_widget(self) -> QWidget:
        """What the room sees now (the welcome, the black screen or a scene)."""
        return self._stack.currentWidget()

    def _update_stack(self) -> None:
        if self._blackout:
            widget = self._black
        elif self._current is None or (self._current == CLOCK_SCENE and not self._day_started):
            widget = self.welcome
        else:
            widget = self._scenes.get(self._current, self.welcome)
        self._stack.setCurrentWidget(widget)

    def turn_page(self, delta: int) -> bool:
        """Turn the page of the scene shown (the wall of a long list); False if none."""
        scene = self._scenes.get(self._current or "")
        turn = getattr(scene, "turn_page", None)
        return bool(turn(delta)) if turn is not None and not self._blackout else False

    # -- before the day -------------------------------------------------------------------
    def set_workshop(self, header: WorkshopHeader, start: dt.time | None = None) -> None:
        self.welcome.set_workshop(header.title, header.date, header.venue, start)

    def show_state(self, state: object | None) -> None:
        """The timer's state, read once a second by the main window: scenes that show the
        presenting group's countdown (the wall) get it during the presentations."""
        presenter = getattr(state, "presenter", None)
        text, phase = "", "normal"
        if presenter is not None:
            text = fill(self.tr("Presenting: %1  %2"), presenter.name,
                        format_remaining(presenter.remaining_s))
            phase = presenter.phase
        for scene in self._scenes.values():
            set_countdown = getattr(scene, "set_countdown", None)
            if set_countdown is not None:
                set_countdown(text, phase)

    def set_day_started(self, started: bool) -> None:
        if started != self._day_started:
            self._day_started = started
            self._update_stack()

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
        self._update_stack()
        self._message.setVisible(not on and bool(self._message.text().strip()))
        self.blackout_changed.emit(on)

    def is_blackout(self) -> bool:
        return self._blackout

    # -- placement ------------------------------------------------------------------------
    def screen_name(self) -> str:
        return str(self.settings.value("stage/screen") or "") if self.settings else ""

    def set_screen_name(self, name: str) -> None:
        if self.settings is not None:
            self.settings.set_value("stage/screen", name)

    @staticmethod
    def preferred_screen(name: str = "") -> QScreen | None:
        return placement.preferred_screen(name)

    def present(self, screen_name: str = "") -> None:
        """Show the window: full screen on a second screen; on the laptop's only screen a
        window beside the main window's menu bar, where it was last time if it fits."""
        screen = self.preferred_screen(screen_name or self.screen_name())
        if screen is None:
            self.showNormal()
            return
        avoid = self.avoid if self.avoid is not None and self.avoid.isVisible() else None
        # on the trainer's own screen it is a window beside theirs; elsewhere full screen
        alone = len(QGuiApplication.screens()) == 1 or (
            avoid is not None and avoid.screen() is screen)
        saved = self.settings.bytes(f"stage/geometry/{placement.screen_key(screen)}") \
            if self.settings else None
        self.setScreen(screen)
        if not alone:
            self.setGeometry(screen.geometry())
            self.showFullScreen()
        else:
            if saved is None or not self.restoreGeometry(saved):
                self.setGeometry(placement.beside(screen, avoid))
            self.setGeometry(placement.clear_of(self.geometry(), screen, avoid))
            self.showNormal()
        self.raise_()

    def remember(self) -> None:
        """Keep the size and position of the window on its screen for next time."""
        if self.settings is not None and self._shown_once and not self.isFullScreen():
            self.settings.set_value(f"stage/geometry/{placement.screen_key(self.screen())}",
                                    self.saveGeometry())

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

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._shown_once = True
        self.visibility_changed.emit(True)

    def hideEvent(self, event: QHideEvent) -> None:
        self.remember()
        super().hideEvent(event)
        self.visibility_changed.emit(False)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.remember()
        super().closeEvent(event)
