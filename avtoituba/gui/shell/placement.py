"""Where windows go: inside the screen's available area, remembered per screen.

A laptop of 1366×768 must never get a window taller than itself (the bottom row of a page
would lie below the screen's edge), and a window moved to the projector at lunch must
come back where the trainer left it on the laptop's own screen the next morning.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget

from avtoituba.gui.shell.settings import Settings

DEFAULT_SIZE = QSize(1280, 800)


def screen_key(screen: QScreen | None) -> str:
    """A settings key for a screen: its name and size (a different monitor on the same
    port is a different screen)."""
    if screen is None:
        return "none"
    size = screen.size()
    name = re.sub(r"[^A-Za-z0-9_-]+", "_", screen.name()) or "screen"
    return f"{name}_{size.width()}x{size.height()}"


def fit_inside(rect: QRect, area: QRect) -> QRect:
    """``rect`` made no larger than ``area`` and moved (not shrunk further) to lie in it."""
    width = min(rect.width(), area.width())
    height = min(rect.height(), area.height())
    left = min(max(rect.left(), area.left()), area.right() - width + 1)
    top = min(max(rect.top(), area.top()), area.bottom() - height + 1)
    return QRect(left, top, width, height)


def _frame_margins(window: QWidget) -> QSize:
    """The window manager's title bar and borders (known once the window was shown)."""
    frame, inner = window.frameGeometry(), window.geometry()
    return QSize(max(0, frame.width() - inner.width()), max(0, frame.height() - inner.height()))


def fit_window(window: QWidget, screen: QScreen | None = None) -> None:
    """Keep ``window`` (with its frame) inside its screen's available area."""
    screen = screen or window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return
    area = screen.availableGeometry()
    margins = _frame_margins(window)
    inner_area = QRect(area.left(), area.top(), area.width() - margins.width(),
                       area.height() - margins.height())
    rect = fit_inside(window.geometry(), inner_area)
    if rect != window.geometry():
        window.setGeometry(rect)


def restore_window(window: QWidget, settings: Settings, prefix: str,
                   default: QSize = DEFAULT_SIZE) -> None:
    """Put ``window`` where it was on this screen (or centred at ``default``), inside the
    screen's available area whatever was saved."""
    screen = QGuiApplication.screenAt(window.geometry().center()) or window.screen() or \
        QGuiApplication.primaryScreen()
    saved = settings.bytes(f"{prefix}/{screen_key(screen)}") or settings.bytes(prefix)
    if saved is None or not window.restoreGeometry(saved):
        if screen is not None:
            area = screen.availableGeometry()
            size = default.boundedTo(area.size())
            rect = QRect(0, 0, size.width(), size.height())
            rect.moveCenter(area.center())
            window.setGeometry(fit_inside(rect, area))
        else:
            window.resize(default)
    fit_window(window)


def save_window(window: QWidget, settings: Settings, prefix: str) -> None:
    """Remember ``window``'s geometry for the screen it is on now."""
    settings.set_value(f"{prefix}/{screen_key(window.screen())}", window.saveGeometry())
