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


def has_frame(window: QWidget) -> bool:
    """Whether the window manager's frame around ``window`` is known (X11 tells it late)."""
    return window.frameGeometry() != window.geometry()


def fitted_geometry(inner: QRect, frame: QRect, area: QRect) -> QRect:
    """Where a window whose client area is ``inner`` and whose frame (title bar, borders)
    is ``frame`` must go so that the frame lies in ``area``: moved, and shrunk only when
    larger than the area."""
    left, top = inner.left() - frame.left(), inner.top() - frame.top()
    extra_w, extra_h = frame.width() - inner.width(), frame.height() - inner.height()
    outer = fit_inside(frame, area)
    return QRect(outer.left() + left, outer.top() + top,
                 outer.width() - extra_w, outer.height() - extra_h)


def fit_window(window: QWidget, screen: QScreen | None = None) -> None:
    """Keep ``window`` (with its frame) inside its screen's available area."""
    screen = screen or window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return
    rect = fitted_geometry(window.geometry(), window.frameGeometry(), screen.availableGeometry())
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
