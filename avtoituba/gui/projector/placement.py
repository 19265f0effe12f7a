"""Where the projector window goes: the chosen screen, else a second one, else beside the
trainer's main window on the laptop's own screen, never over its menu bar."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QMainWindow, QWidget

from avtoituba.gui.shell.placement import fit_inside, screen_key

__all__ = ["beside", "clear_of", "preferred_screen", "screen_key"]

STAGE_SIZE = QSize(1280, 720)


def preferred_screen(name: str = "") -> QScreen | None:
    """The screen called ``name`` if connected, else the first that is not the primary."""
    screens = QGuiApplication.screens()
    for screen in screens:
        if name and screen.name() == name:
            return screen
    primary = QGuiApplication.primaryScreen()
    others = [s for s in screens if s is not primary]
    return others[0] if others else primary


def _menu_bottom(avoid: QWidget | None) -> int | None:
    """The screen y just below ``avoid``'s menu bar (None when there is nothing to avoid)."""
    if avoid is None or not avoid.isVisible():
        return None
    if isinstance(avoid, QMainWindow) and avoid.menuWidget() is not None:
        bar = avoid.menuWidget()
        return bar.mapToGlobal(bar.rect().bottomLeft()).y() + 1
    return avoid.geometry().top()


def beside(screen: QScreen, avoid: QWidget | None) -> QRect:
    """A 16:9 window in the screen's available area, below the main window's menu bar and
    against the side of the screen with more room."""
    area = screen.availableGeometry()
    top = _menu_bottom(avoid)
    if top is not None:
        area.setTop(max(area.top(), top + 8))
    size = STAGE_SIZE.scaled(area.size(), _keep_aspect()).boundedTo(STAGE_SIZE)
    rect = QRect(0, 0, size.width(), size.height())
    if avoid is not None and avoid.isVisible() and \
            avoid.geometry().center().x() > area.center().x():
        rect.moveTopLeft(area.topLeft())
    else:
        rect.moveTopRight(area.topRight())
    return fit_inside(rect, area)


def clear_of(rect: QRect, screen: QScreen, avoid: QWidget | None) -> QRect:
    """``rect`` inside the screen's available area, and below the main window's menu bar."""
    area = screen.availableGeometry()
    top = _menu_bottom(avoid)
    if top is not None and screen.geometry().contains(screen.geometry().left(), top):
        area.setTop(max(area.top(), top + 8))
    return fit_inside(rect, area)


def _keep_aspect():
    from PySide6.QtCore import Qt

    return Qt.AspectRatioMode.KeepAspectRatio
