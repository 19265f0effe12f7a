"""Remember the layout a trainer arranged: splitter positions and table column widths.

    restore_splitter(settings, "agenda/splitter", self.splitter)   # when the page is built
    save_splitter(settings, "agenda/splitter", self.splitter)      # in Page.shutdown()

Keys are QSettings keys (``<page>/<what>``); the values are Qt's own opaque state blobs, so a
layout from another version of the app is ignored rather than misapplied.
"""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QSplitter

from avtoituba.gui.shell.settings import Settings


def save_splitter(settings: Settings, key: str, splitter: QSplitter) -> None:
    settings.set_value(key, splitter.saveState())


def restore_splitter(settings: Settings, key: str, splitter: QSplitter) -> bool:
    """Put the splitter back as saved; False (and unchanged) when nothing usable was saved."""
    state = settings.bytes(key)
    return state is not None and splitter.restoreState(state)


def save_header(settings: Settings, key: str, header: QHeaderView) -> None:
    """Column widths, order and sort indicator of a table or tree view's header."""
    settings.set_value(key, header.saveState())


def restore_header(settings: Settings, key: str, header: QHeaderView) -> bool:
    state = settings.bytes(key)
    return state is not None and header.restoreState(state)
