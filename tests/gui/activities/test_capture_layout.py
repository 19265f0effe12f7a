"""The Activities page on laptop screens: every quick-add control on screen, activity titles
readable (two lines, not cut at twenty characters)."""

from __future__ import annotations

import pytest

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication

from avtoituba.gui.activities.delegate import wrap_lines
from tests.gui.activities.helpers import column, type_activity

TITLE = "Volikogu istungite otseülekanne ja salvestised"  # 46 characters

# the screen less a task bar and the window's title bar
SIZES = [(1280, 800 - 64), (1366, 768 - 64)]


@pytest.mark.parametrize(("width", "height"), SIZES)
def test_the_quick_add_line_is_on_screen_and_titles_wrap(page, qtbot, main_window, width,
                                                         height):
    main_window.resize(width, height)
    qtbot.waitUntil(lambda: main_window.width() == width and main_window.height() == height)
    QApplication.processEvents()
    inside = main_window.rect()
    for n in (1, 2, 3):
        bar = column(page, n).quick_add
        for widget in (bar.title, bar.municipality, bar.area, bar.add_button):
            top_left = widget.mapTo(main_window, widget.rect().topLeft())
            rect = QRect(top_left, widget.size())
            assert widget.isVisible() and inside.contains(rect), (n, widget.objectName(), rect)
        assert bar.area.width() >= 80 and bar.municipality.width() >= 80

    col = column(page, 1)
    type_activity(qtbot, col, TITLE, "Elva vald")
    delegate = col.view.itemDelegate()
    delegate._prepare(col.view.font())
    lines = wrap_lines(TITLE, delegate._title, col.view.viewport().width() - 16)
    assert len(lines) <= 2 and " ".join(lines) == TITLE  # the whole title, on two lines
    row_height = col.view.visualRect(col.proxy.index(0, 0)).height()
    assert row_height >= 2 * delegate._tm.lineSpacing()


def test_a_title_too_long_for_two_lines_ends_with_an_ellipsis(qapp):
    from PySide6.QtGui import QFont

    lines = wrap_lines(TITLE * 4, QFont(), 200)
    assert len(lines) == 2 and lines[1].endswith("…")
