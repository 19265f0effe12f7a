"""The Agenda page in front of the room: a stray key, an ended day, a refused write, undo,
and a laptop screen. Driven with the keyboard and the mouse, checked in the file."""

from __future__ import annotations

import sqlite3

import pytest

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from avtoituba.core.agenda import load_blocks

from avtoituba.gui.agenda.model import DURATION
from avtoituba.gui.agenda.page import AgendaPage
from tests.doubles import FakeClock
from tests.gui.test_agenda_page import MIN, at, events, later, make_window


@pytest.fixture
def fake() -> FakeClock:
    return FakeClock(at(13, 15))


@pytest.fixture
def chime():
    from tests.doubles import RecordingChime

    return RecordingChime()


class Answers(list):
    """The questions the page asked (titles), and the trainer's replies to give, in order."""

    def __init__(self) -> None:
        super().__init__()
        self.replies: list[QMessageBox.StandardButton] = []


@pytest.fixture
def answers(monkeypatch) -> Answers:
    asked = Answers()

    def question(parent, title, text, *args, **kwargs):
        asked.append(title)
        return asked.replies.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr(AgendaPage, "_confirm", lambda page, title, text, action: question(
        page, title, text) == QMessageBox.StandardButton.Yes)
    return asked


@pytest.fixture
def window(qtbot, store, settings, english, fake, chime):
    w = make_window(qtbot, store, settings, fake, chime)
    yield w
    if w.isVisible():
        w.close()


@pytest.fixture
def page(window):
    p = window.page("agenda")
    p.digits.setFocus()
    return p


def refuse_writes(path, table: str) -> None:
    """The file refuses every change to ``table`` from now on (as a full disk would)."""
    con = sqlite3.connect(path)
    for op in ("INSERT", "UPDATE", "DELETE"):
        con.execute(f"CREATE TRIGGER refuse_{op.lower()} BEFORE {op} ON {table} "
                    "BEGIN SELECT RAISE(ABORT, 'refused'); END")
    con.commit()
    con.close()


def test_the_question_names_its_action_on_the_button(qtbot, window, page, fake, monkeypatch):
    """„Lõpeta päev“ / „Loobu“, not „Jah“ / „Ei“: the button says what it does."""
    qtbot.keyClick(window, Qt.Key.Key_Space)
    later(page, fake, 10 * MIN)
    shown: list[list[str]] = []
    clicks = ["Cancel", "End the day"]

    def answer(box: QMessageBox) -> int:
        shown.append([b.text() for b in box.buttons()])
        wanted = clicks.pop(0)
        next(b for b in box.buttons() if b.text() == wanted).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    page.finish_action.trigger()
    assert sorted(shown[0]) == ["Cancel", "End the day"]
    assert page.status_label.text() == "Running"  # Cancel changed nothing
    page.finish_action.trigger()
    assert page.status_label.text() == "The day is over"


def test_ending_the_day_asks_and_a_stray_space_then_does_nothing(qtbot, window, page, fake,
                                                                 store, answers):
    qtbot.keyClick(window, Qt.Key.Key_Space)
    later(page, fake, 10 * MIN)
    answers.replies.append(QMessageBox.StandardButton.No)
    page.finish_action.trigger()
    assert answers == ["End the day"] and page.status_label.text() == "Running"
    answers.replies.append(QMessageBox.StandardButton.Yes)
    page.finish_action.trigger()
    assert page.status_label.text() == "The day is over"
    assert page.forecast_label.text() == "ended at 13:25"  # not "end 13:25, −215 min"
    window.clock.refresh()
    assert window.clock.digits.text() == "day over"  # not "not started"
    for key in (Qt.Key.Key_Space, Qt.Key.Key_Right, Qt.Key.Key_Plus, Qt.Key.Key_Left):
        qtbot.keyClick(window, key)
    assert events(store) == ["start", "finish"]
    assert not page.start_action.isEnabled() and page.reopen_action.isEnabled()
    later(page, fake, 30 * MIN)
    assert page.plan_table_texts()[1][5] == "13:25"  # the record stays as it was
    answers.replies.append(QMessageBox.StandardButton.Yes)
    page.reopen_action.trigger()
    assert answers[-1] == "Reopen the day" and page.status_label.text() == "Timer paused"
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert page.status_label.text() == "Running" and page.digits.text() == "10:00"


def test_ctrl_z_takes_back_timer_actions_and_ctrl_y_puts_them_back(qtbot, window, page,
                                                                   fake, store):
    qtbot.keyClick(window, Qt.Key.Key_Space)
    later(page, fake, 5 * MIN)
    qtbot.keyClick(window, Qt.Key.Key_Right)  # a stray arrow
    later(page, fake, MIN)
    assert page.block_label.text().startswith("Mis uuringud")
    assert window.undo_stack.undoText() == "Next block"
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert page.block_label.text().startswith("Mis on avatud")
    assert page.digits.text() == "14:00"  # the first talk never stopped
    window.undo_stack.redo()
    assert page.block_label.text().startswith("Mis uuringud")
    assert events(store) == ["start", "next", "cancel", "restore"]  # appended, not rewritten


def test_a_refused_block_edit_leaves_no_step_and_says_why(qtbot, window, page, store,
                                                        workshop_path):
    depth = window.undo_stack.count()
    before = [(b.title, b.duration_s) for b in load_blocks(store)]
    # core refuses: no step, nothing written
    assert not page.model.edit(before and load_blocks(store)[0].id, {"duration_s": 0}, "x")
    assert "1 to 720 minutes" in page.problem.text()
    # the file refuses: no step, nothing written, a message that says what to do
    refuse_writes(workshop_path, "agenda_item")
    assert not page.model.setData(page.model.index(0, DURATION), 25)
    page.table.selectRow(2)
    page.add_block()
    page.delete_block()
    page.move_down()
    assert window.undo_stack.count() == depth
    assert [(b.title, b.duration_s) for b in load_blocks(store)] == before
    assert "could not be written to the workshop file" in page.problem.text()
    assert "refused" not in page.problem.text() and "SQL" not in page.problem.text()


def test_a_refused_timer_write_leaves_no_step(qtbot, window, page, store, workshop_path,
                                              monkeypatch):
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda parent, title, text, *a: warned.append(text))
    refuse_writes(workshop_path, "timer_event")
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert window.undo_stack.count() == 0 and events(store) == []
    assert page.status_label.text() == "Not started"
    assert warned and "did not change" in warned[0]


def test_single_keys_never_act_while_typing(qtbot, window, page, store):
    page.table.setFocus()
    index = page.model.index(0, DURATION)
    page.table.setCurrentIndex(index)
    page.table.edit(index)
    qtbot.waitUntil(lambda: page.table.focusWidget() is not page.table)
    editor = QApplication.focusWidget()
    for key in (Qt.Key.Key_Space, Qt.Key.Key_Plus, Qt.Key.Key_Minus):
        qtbot.keyClick(editor, key)
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    page.message_edit.setFocus()
    qtbot.keyClicks(page.message_edit, "     ")
    assert events(store) == []


def test_editing_minutes_in_place_commits_without_a_qt_warning(qtbot, window, page, store,
                                                               qtlog):
    page.table.setFocus()
    index = page.model.index(1, DURATION)
    page.table.setCurrentIndex(index)
    page.table.edit(index)
    qtbot.waitUntil(lambda: page.table.focusWidget() is not page.table)
    editor = QApplication.focusWidget()
    editor.selectAll()
    qtbot.keyClicks(editor, "25")
    qtbot.keyClick(editor, Qt.Key.Key_Tab)  # commit and move on to the next cell
    qtbot.waitUntil(lambda: load_blocks(store)[1].duration_s == 25 * MIN)
    assert not [r for r in qtlog.records if "commitData" in r.message]


# The headers and columns at laptop sizes: tests/gui/test_laptop_sizes.py


def test_the_timer_buttons_stay_put(qtbot, window, page, fake, store):
    window.resize(1280, 800)
    QApplication.processEvents()

    def where() -> QPoint:
        return page.start_button.mapTo(window, QPoint(0, 0))

    first = where()
    page.toggle()
    QApplication.processEvents()
    assert where() == first
    later(page, fake, 27 * MIN)  # late: the late box appears, a long title is shown
    QApplication.processEvents()
    assert page.late_box.isVisible() and where() == first
    page.next()
    pres = next(b for b in load_blocks(store) if b.kind == "presentations")
    page.jump(pres.id)  # the presenter's line appears
    QApplication.processEvents()
    assert page.presenter_label.text() and where() == first


def test_planned_and_actual_in_estonian_uses_the_decimal_comma(qtbot, store, settings,
                                                               estonian, fake, chime):
    w = make_window(qtbot, store, settings, fake, chime)
    page = w.page("agenda")
    page.toggle()
    later(page, fake, 90)  # a minute and a half
    page.tabs.setCurrentIndex(1)
    assert page.tabs.tabText(1) == "Plaan ja tegelikkus"
    assert page.plan_table.item(0, 6).text() == "1,5"
    assert page.status_label.text() == "Käib"
    page.toggle()
    assert page.status_label.text() != "Paus"  # "Paus" is a kind of block
    w.close()


def test_late_day_plans_read_in_full_beside_a_laptop_page_list(qtbot, store, settings,
                                                               estonian, fake, chime):
    w = make_window(qtbot, store, settings, fake, chime)
    w.resize(1280, 800 - 64)
    QApplication.processEvents()
    page = w.page("agenda")
    page.toggle()
    later(page, fake, 27 * MIN)
    QApplication.processEvents()
    scroll = page.late_box.parentWidget().parentWidget()  # the late box's scroll area
    room = scroll.viewport().width()
    buttons = page.late_box.plan_buttons()
    assert len({b.text() for b in buttons}) >= 2  # not two plans both "Lõpp graafikus"
    for b in buttons:
        assert b.sizeHint().width() <= room, b.text()  # no headline cut at the right
    assert page.late_box.width() <= room
    w.close()
