"""The base of every page of the main window."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from avtoituba.gui.shell.context import AppContext


class Page(QWidget):
    """A page of the main window. Subclasses build their widgets in ``__init__``."""

    #: stable identifier, used in settings and tests
    key = "page"

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.setObjectName(f"page_{self.key}")

    def title(self) -> str:
        raise NotImplementedError

    def icon_name(self) -> str:
        """Name of an SVG under resources/icons/ (without .svg)."""
        return self.key

    def menus(self) -> list[QMenu]:
        """Menus this page adds to the menu bar (shown whatever page is visible)."""
        return []

    def file_actions(self) -> list[QAction]:
        """Actions this page adds to the File menu (above Quit)."""
        return []

    def activated(self) -> None:
        """Called each time the page is shown."""

    def shutdown(self) -> None:
        """Called before the workshop is closed: stop timers, finish pending writes."""
