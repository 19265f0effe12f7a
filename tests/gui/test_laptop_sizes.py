"""Every page on a trainer's laptop (1280×800 and 1366×768, Estonian and English): the window
fits the screen's available area, every control of every page lies inside the window, the
agenda's column headers read in full beside the page list, the participants table shows ten
rows, and a status message moves nothing."""

from __future__ import annotations

import pytest

from PySide6.QtCore import QPoint, QRect, QRectF, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QWidget,
)

from avtoituba.gui.agenda.layout import TITLE_MIN, header_on_two_lines
from avtoituba.gui.agenda.model import KIND, TITLE, kind_names

# the screen less a task bar (32 px) and the window manager's title bar (32 px)
SIZES = [(1280, 800), (1366, 768)]
TASK_AND_TITLE_BAR = 64
CONTROLS = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView)


@pytest.fixture(params=["et", "en"])
def lang(request, qapp):
    from avtoituba.gui.shell.i18n import install_translators

    install_translators(request.param)
    yield request.param
    install_translators("et")


@pytest.fixture
def window(qtbot, demo_store, settings, lang):
    from avtoituba.gui.shell.main_window import MainWindow

    w = MainWindow(demo_store, settings)
    qtbot.addWidget(w)
    with qtbot.waitExposed(w):
        w.show()
    yield w
    if w.isVisible():
        w.close()


def laptop(window: QWidget, qtbot, size: tuple[int, int]) -> tuple[int, int]:
    width, height = size[0], size[1] - TASK_AND_TITLE_BAR
    window.resize(width, height)
    qtbot.waitUntil(lambda: window.width() == width and window.height() == height)
    QApplication.processEvents()
    return width, height


def show(window, key: str):
    window.show_page_key(key)
    QApplication.processEvents()
    page = window.page(key)
    page.layout() and page.layout().activate()
    QApplication.processEvents()
    return page


def rect_in(widget: QWidget, ancestor: QWidget) -> QRect:
    return QRect(widget.mapTo(ancestor, QPoint(0, 0)), widget.size())


def visible_controls(page: QWidget) -> list[QWidget]:
    found = []
    for w in page.findChildren(QWidget):
        if isinstance(w, CONTROLS) and w.isVisibleTo(page) and w.isVisible():
            # inside a scroll area, a control is reached by scrolling that area, not the window
            if _in_scrolled_area(w, page):
                continue
            found.append(w)
    return found


def _in_scrolled_area(widget: QWidget, page: QWidget) -> bool:
    from PySide6.QtWidgets import QAbstractScrollArea

    parent = widget.parentWidget()
    while parent is not None and parent is not page:
        if isinstance(parent, QAbstractScrollArea) and parent is not widget:
            return True
        parent = parent.parentWidget()
    return False


@pytest.mark.parametrize("size", SIZES)
def test_every_page_fits_and_every_control_lies_inside_the_window(window, qtbot, size):
    width, height = laptop(window, qtbot, size)
    keys = [window.nav.item(i).data(Qt.ItemDataRole.UserRole) for i in range(window.nav.count())]
    for i in range(window.nav.count()):
        window.show_page(i)
        QApplication.processEvents()
        page = window.current_page()
        # the window can be made as small as the screen allows, with this page shown
        hint = window.minimumSizeHint()
        assert hint.width() <= width and hint.height() <= height, (keys[i], hint)
        assert window.width() <= width and window.height() <= height
        inside = window.rect()
        for control in visible_controls(page):
            rect = rect_in(control, window)
            assert inside.contains(rect), (type(page).__name__, control.objectName(),
                                           type(control).__name__, rect)
            assert control.width() > 0 and control.height() > 0


@pytest.mark.parametrize("size", SIZES)
def test_every_agenda_header_reads_in_full_beside_the_page_list(window, qtbot, size):
    width, _height = laptop(window, qtbot, size)
    # the trainer once dragged the page list wide: it gives way, the titles do not
    window.splitter.setSizes([400, width - 400])
    QApplication.processEvents()
    page = show(window, "agenda")
    header = page.table.horizontalHeader()
    fm = QFontMetrics(header.font())
    wraps = bool(header.defaultAlignment() & Qt.TextFlag.TextWordWrap)
    for col in range(page.model.columnCount()):
        text = page.model.headerData(col, Qt.Orientation.Horizontal)
        if header.sectionSize(col) >= fm.horizontalAdvance(text) + 8:
            continue
        # or on two lines, each word whole ("Kindel / algusaeg")
        assert wraps and header.height() >= 2 * fm.lineSpacing(), text
        assert header.sectionSize(col) >= header_on_two_lines(text, fm) + 8, text
    cell = QFontMetrics(page.table.font())
    widest_kind = max(cell.horizontalAdvance(n) for n in kind_names().values())
    assert header.sectionSize(KIND) >= widest_kind + 8  # "Presentations", not "Presentati…"
    # a block title on two lines of about twenty characters each
    assert header.sectionSize(TITLE) >= TITLE_MIN
    assert page.table.verticalHeader().defaultSectionSize() >= 2 * cell.lineSpacing()
    assert page.table.wordWrap()
    assert page.table.horizontalScrollBar().maximum() == 0  # no sideways scrolling
    right = page.run_panel.mapTo(window, QPoint(page.run_panel.width(), 0)).x()
    assert right <= window.width()
    # the page never gets less than it needs (its parts would overlap)
    assert page.width() >= page.minimumSizeHint().width()


@pytest.mark.parametrize("size", SIZES)
def test_the_participants_table_shows_ten_rows(window, qtbot, size):
    laptop(window, qtbot, size)
    page = show(window, "groups")
    table = page.table
    row = table.verticalHeader().defaultSectionSize()
    assert table.viewport().height() >= 10 * row


@pytest.mark.parametrize("key", ["agenda", "groups", "activities", "export", "season"])
def test_a_status_message_moves_no_control(window, qtbot, key):
    laptop(window, qtbot, SIZES[0])
    if key not in {window.nav.item(i).data(Qt.ItemDataRole.UserRole)
                   for i in range(window.nav.count())}:
        pytest.skip(f"no {key} page")
    page = show(window, key)
    before = {id(c): rect_in(c, window) for c in visible_controls(page)}
    window.statusBar().showMessage("Salvestatud: Elva vald, 3 tegevust, kõik on alles")
    QApplication.processEvents()
    after = {id(c): rect_in(c, window) for c in visible_controls(page)}
    assert after == before


def test_a_window_as_tall_as_the_screen_keeps_its_title_bar_on_the_screen(qapp):
    from avtoituba.gui.shell.placement import fitted_geometry

    area = QRect(0, 0, 1280, 800)  # no task bar
    inner = QRect(0, 0, 1280, 800)  # where Qt put the window before the title bar came
    frame = inner.adjusted(-1, -25, 1, 1)
    fitted = fitted_geometry(inner, frame, area)
    assert fitted == QRect(1, 25, 1278, 774)  # the frame is the screen, the title bar on it
    placed = QRect(40, 60, 900, 600)  # a window that fits is left where it is
    assert fitted_geometry(placed, placed.adjusted(-1, -25, 1, 1), area) == placed


def test_the_window_fits_again_once_the_title_bar_is_known(window, qtbot, monkeypatch):
    """X11 tells the frame late, with no event: the window looks again after showing."""
    area = window.screen().availableGeometry()
    window.setGeometry(area)
    window._restored = window.geometry()
    frames = []
    monkeypatch.setattr(window, "frameGeometry",
                        lambda: (frames and window.geometry().adjusted(-1, -25, 1, 1))
                        or window.geometry())
    window._fit_once_framed()
    frames.append(True)  # the window manager's frame arrives
    qtbot.waitUntil(lambda: window.geometry().top() >= area.top() + 25)
    assert window.frameGeometry().bottom() <= area.bottom()


def test_every_page_name_reads_in_full_in_the_page_list(window, qtbot):
    laptop(window, qtbot, SIZES[0])
    nav = window.nav
    assert nav.horizontalScrollBar().maximum() == 0
    assert nav.wordWrap() and nav.textElideMode() == Qt.TextElideMode.ElideNone
    lines = 2 * nav.fontMetrics().lineSpacing()  # with the style sheet's 12 pt
    for i in range(nav.count()):
        rect = nav.visualItemRect(nav.item(i))
        assert rect.right() <= nav.viewport().width(), nav.item(i).text()
        assert rect.height() >= lines, nav.item(i).text()  # "Osalejad ja / grupid"


def test_an_hour_long_block_fits_the_run_panel_digits(window, qtbot):
    """80 minutes of group work count down from "1:20:00": every digit inside the panel."""
    from avtoituba.gui.projector.clock import GlyphCache

    laptop(window, qtbot, SIZES[0])
    digits = show(window, "agenda").digits
    for text in ("20:00", "1:20:00", "+1:05:00"):
        digits.setText(text)
        rects = GlyphCache.layout(QRectF(digits.rect()), text, digits.shown_font())
        assert rects[0].left() >= 0 and rects[-1].right() <= digits.width(), text
    digits.setText("20:00")  # a short one keeps the full size
    assert digits.shown_font().pixelSize() == digits._font.pixelSize()
