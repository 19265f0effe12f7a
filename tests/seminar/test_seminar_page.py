"""The Seminar page as a trainer uses it: the running order from the workshop, the keys
run the seminar and write the seminar's own log, marks and notes are saved, attendance
and timer steps are undone, and the projector shows the municipality speaking."""

from __future__ import annotations

import datetime as dt

import pytest

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from avtoituba.core.seminar_run import ABSENT, activities_of, load_programme
from avtoituba.store.models import SeminarEvent, SeminarNote, TimerEvent

from avtoituba.gui.shell.main_window import MainWindow
from tests.doubles import FakeClock
from tests.seminar.conftest import SIX, TALLINN, add_six


@pytest.fixture
def fake() -> FakeClock:
    return FakeClock(dt.datetime(2026, 12, 2, 14, 1, tzinfo=TALLINN).astimezone(dt.UTC))


@pytest.fixture
def page(qtbot, store, settings, english, fake):
    from avtoituba.gui.seminar.page import SeminarPage

    add_six(store)

    def factory(ctx):
        return SeminarPage(ctx, clock=fake, tz=TALLINN)

    window = MainWindow(store, settings, (factory,))
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    p = window.page("seminar")
    p.digits.setFocus()
    yield p
    window.close()


def first_line(page, row: int) -> str:
    """An item of the running order without its second line (the return status)."""
    return page.order_list.item(row).text().split("\n")[0]


def kinds(store, model) -> list[str]:
    with store.session() as s:
        return [e.kind for e in s.query(model).order_by(model.id)]


def test_the_order_and_the_keys_run_the_seminar(page, qtbot, fake, store):
    texts = [first_line(page, i) for i in range(page.order_list.count())]
    assert texts[0] == "14:10–14:24  1. Elva vald"
    assert [t.split(". ", 1)[1] for t in texts] == list(SIX)
    qtbot.keyClick(page.digits, Qt.Key.Key_Space)
    assert page.item_label.text() == "Opening"
    fake.advance(600)
    qtbot.keyClick(page.digits, Qt.Key.Key_Right)
    assert page.item_label.text() == "Elva vald"
    assert page.turn_label.text() == "Municipality 1 of 6"
    assert page.digits.text() == "14:00"
    assert page.notes.title() == "Elva vald"  # the notes follow the speaker
    assert first_line(page, 0) == "14:10–14:24  ▶ 1. Elva vald"   # so does the order's ▶
    qtbot.keyClick(page.digits, Qt.Key.Key_Plus)
    assert page.digits.text() == "15:00"
    assert kinds(store, SeminarEvent) == ["start", "next", "extend"]
    assert kinds(store, TimerEvent) == []  # the day's log is untouched
    # the projector's scene shows the same
    assert page.scene.view.title == "Elva vald" and page.scene.view.digits == "15:00"
    # Ctrl+Z takes the added minute back with a correction in the log
    page.context.undo_stack.undo()
    assert page.digits.text() == "14:00"
    assert kinds(store, SeminarEvent)[-1] == "cancel"
    # the next municipality: Elva has presented (✓), Tartu speaks (▶); undo goes back
    qtbot.keyClick(page.digits, Qt.Key.Key_Right)
    assert first_line(page, 0).endswith("✓ 1. Elva vald")
    assert first_line(page, 1).endswith("▶ 2. Tartu vald")
    page.context.undo_stack.undo()
    assert first_line(page, 0).endswith("▶ 1. Elva vald")
    assert not first_line(page, 1).endswith("▶ 2. Tartu vald")


def test_absent_is_undoable_and_notes_are_saved_as_typed(page, qtbot, store):
    page.order_list.setCurrentRow(2)  # Kambja
    page.absent_action.trigger()
    p = load_programme(store)
    assert p.turn(p.turns[2].id).attendance == ABSENT
    assert first_line(page, 5).endswith("Kambja vald (absent)")
    page.context.undo_stack.undo()
    assert load_programme(store).turns[2].attendance == ""

    page.order_list.setCurrentRow(0)
    qtbot.keyClicks(page.notes.edits["b"], "Kava tehti volikogu komisjonis")
    qtbot.waitUntil(lambda: _note_b(store) == "Kava tehti volikogu komisjonis")
    elva = load_programme(store).turns[0].id
    first = activities_of(store, elva)[0]
    combo = page.notes.table.cellWidget(0, 3)
    combo.setCurrentIndex(combo.findData("dropped"))
    combo.activated.emit(combo.currentIndex())
    assert activities_of(store, elva)[0].mark == "dropped"
    page.context.undo_stack.undo()
    assert activities_of(store, elva)[0].mark == "" and first.id


def _note_b(store) -> str:
    with store.session() as s:
        n = s.query(SeminarNote).filter(SeminarNote.note_b != "").first()
        return n.note_b if n else ""


def test_the_page_fits_a_laptop_screen_and_the_order_moves(page, qtbot, store):
    # 1280x800: the three columns fit beside the page list, nothing is cut off
    assert page.minimumSizeHint().width() <= page.width()
    page.order_list.setCurrentRow(0)
    page.down_action.trigger()
    names = [t.name for t in load_programme(store).turns]
    assert names[:2] == ["Tartu vald", "Elva vald"]
    assert first_line(page, 1).endswith("2. Elva vald")
    page.context.undo_stack.undo()
    assert [t.name for t in load_programme(store).turns] == list(SIX)
