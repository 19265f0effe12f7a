"""What the Activities page tests share: typing like a keyboard, reading the file back."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from avtoituba.core.capture import Capture
from avtoituba.store.db import open_store


def in_file(path) -> list:
    """The activities as a fresh open of the file sees them."""
    store = open_store(path)
    capture = Capture(store)
    try:
        return capture.list()
    finally:
        capture.close()
        store.close()


def column(page, number: int):
    for c in page.columns.values():
        if c.group.number == number:
            return c
    raise KeyError(number)


def type_text(qtbot, widget, text: str) -> None:
    """Type like a keyboard does, Estonian letters included (QTest.keyClicks takes ASCII
    only): a key press and release per character, with the character as the event's text."""
    for ch in text:
        if ch.isascii():
            qtbot.keyClicks(widget, ch)
            continue
        key = ord(ch.upper()) if ord(ch.upper()) <= 0xFF else Qt.Key.Key_unknown
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier,
                                                     ch))


def type_activity(qtbot, col, title: str, municipality: str | None = None) -> None:
    qa = col.quick_add
    if municipality is not None:
        qa.municipality.lineEdit().clear()
        type_text(qtbot, qa.municipality.lineEdit(), municipality)
    qa.title.setFocus()
    type_text(qtbot, qa.title, title)
    qtbot.keyClick(qa.title, Qt.Key.Key_Return)
