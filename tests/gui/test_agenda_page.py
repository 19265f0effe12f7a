"""The Agenda page driven like a trainer would: keys, buttons, the table, the projector."""

from __future__ import annotations

import csv
import datetime as dt

import pytest
from sqlalchemy import select

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from avtoituba.core.agenda import load_blocks
from avtoituba.store.db import open_store
from avtoituba.store.models import TimerEvent

from avtoituba.gui.agenda.model import DURATION, START, TITLE
from avtoituba.gui.agenda.page import AgendaPage
from avtoituba.gui.shell.main_window import MainWindow
from tests.doubles import FakeClock, RecordingChime

TALLINN = dt.timezone(dt.timedelta(hours=2))
MIN = 60


def at(h: int, m: int) -> dt.datetime:
    return dt.datetime(2026, 11, 17, h, m, tzinfo=TALLINN).astimezone(dt.UTC)


@pytest.fixture
def fake() -> FakeClock:
    return FakeClock(at(13, 15))


@pytest.fixture(autouse=True)
def no_unexpected_questions(monkeypatch):
    """A question the test did not expect would wait for a click forever: fail instead."""
    def ask(*args, **kwargs):
        raise AssertionError(f"unexpected question: {args[1:3]}")

    monkeypatch.setattr(QMessageBox, "question", ask)
    monkeypatch.setattr(AgendaPage, "_confirm", lambda page, *args: ask(page, *args))


@pytest.fixture
def chime() -> RecordingChime:
    return RecordingChime()


def make_window(qtbot, store, settings, fake, chime) -> MainWindow:
    def factory(ctx):
        return AgendaPage(ctx, clock=fake, chime=chime, tz=TALLINN)

    window = MainWindow(store, settings, (factory,))
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()  # keyboard shortcuts need the active window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


@pytest.fixture
def window(qtbot, store, settings, english, fake, chime):
    w = make_window(qtbot, store, settings, fake, chime)
    yield w
    if w.isVisible():
        w.close()


@pytest.fixture
def page(window) -> AgendaPage:
    p = window.page("agenda")
    p.digits.setFocus()  # focus in the run panel, as after clicking it
    return p


def events(store) -> list[str]:
    with store.session() as s:
        return list(s.scalars(select(TimerEvent.kind).order_by(TimerEvent.id)))


def later(page: AgendaPage, fake: FakeClock, seconds: float) -> None:
    fake.advance(seconds)
    page.tick()


def test_keyboard_runs_the_day_and_every_action_is_in_the_file(qtbot, window, page, fake,
                                                                store):
    assert page.digits.text() == "20:00" and page.status_label.text() == "Not started"
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert page.status_label.text() == "Running"
    later(page, fake, 61)
    assert page.digits.text() == "18:59"
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert page.status_label.text() == "Timer paused"  # not "Paus", a kind of block
    later(page, fake, 300)
    assert page.digits.text() == "18:59"
    qtbot.keyClick(window, Qt.Key.Key_Space)
    qtbot.keyClick(window, Qt.Key.Key_Plus)
    assert page.digits.text() == "19:59"
    qtbot.keyClick(window, Qt.Key.Key_Right)
    assert page.digits.text() == "20:00"
    assert page.block_label.text().startswith("Mis uuringud")
    qtbot.keyClick(window, Qt.Key.Key_Left)
    assert page.block_label.text().startswith("Mis on avatud")
    qtbot.keyClick(window, Qt.Key.Key_PageDown)
    assert events(store) == ["start", "pause", "resume", "extend", "next", "prev", "next"]
    assert page.start_action.text() == "&Pause"
    # the menu shows the keys
    menu_keys = {a.text(): a.shortcut().toString() for a in page.menu.actions()}
    assert menu_keys["&Next block"] == "Right" and menu_keys["+1 minute"] == "+"


def test_typing_a_message_does_not_drive_the_timer(qtbot, window, page, store):
    page.message_edit.setFocus()
    qtbot.keyClicks(page.message_edit, "Veel 2 minutit")
    qtbot.keyClick(page.message_edit, Qt.Key.Key_Left)
    qtbot.keyClick(page.message_edit, Qt.Key.Key_Plus)
    assert page.message_edit.text() == "Veel 2 minuti+t"
    assert events(store) == []
    qtbot.keyClick(page.message_edit, Qt.Key.Key_Return)
    assert window.stage.message() == "Veel 2 minuti+t"
    page.blackout_check.setChecked(True)
    assert window.stage.is_blackout()
    window.stage.set_blackout(False)
    assert not page.blackout_check.isChecked()


def test_table_arrows_move_the_cursor_not_the_timer(qtbot, window, page, store):
    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(0, TITLE))
    qtbot.keyClick(page.table, Qt.Key.Key_Down)
    qtbot.keyClick(page.table, Qt.Key.Key_Right)
    assert page.table.currentIndex().row() == 1
    assert page.table.currentIndex().column() == TITLE + 1
    assert events(store) == []


def test_typing_in_the_table_editor_keeps_space_and_arrows(qtbot, window, page, store):
    page.table.setFocus()
    index = page.model.index(0, 4)  # speakers
    page.table.setCurrentIndex(index)
    page.table.edit(index)
    qtbot.waitUntil(lambda: page.table.focusWidget() is not page.table)
    editor = page.table.focusWidget()
    editor.selectAll()
    qtbot.keyClicks(editor, "Anna Mets")
    for key in (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Plus, Qt.Key.Key_Minus):
        qtbot.keyClick(editor, key)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: load_blocks(store)[0].speakers == "Anna Mets+-")  # committed
    assert events(store) == []  # and the timer never moved


def test_editing_recomputes_flags_conflicts_and_undoes(qtbot, window, page, store):
    model = page.model
    header = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(8)]
    assert header[:4] == ["Start", "End", "Minutes", "Title"]
    assert model.data(model.index(3, START)) == "14:10"
    assert model.setData(model.index(0, DURATION), 30)
    assert model.data(model.index(3, START)) == "14:20"
    assert page.conflicts.isVisible()
    assert "runs 10 min past the fixed start 14:15" in page.conflicts.text()
    assert "14:15" in model.data(model.index(3, TITLE), Qt.ItemDataRole.ToolTipRole)
    assert load_blocks(store)[0].duration_s == 30 * MIN  # in the file at once
    window.undo_stack.undo()
    assert model.data(model.index(3, START)) == "14:10" and not page.conflicts.isVisible()
    # a bad value is refused with a message that says what to do
    assert not model.setData(model.index(0, DURATION), 0)
    assert "1 to 720 minutes" in page.problem.text()


def test_add_delete_and_reorder_with_undo(qtbot, window, page, store):
    before = [b.id for b in load_blocks(store)]
    page.table.selectRow(0)
    page.add_block()
    qtbot.keyClick(page.table.focusWidget() or page.table, Qt.Key.Key_Escape)
    blocks = load_blocks(store)
    assert len(blocks) == len(before) + 1 and blocks[1].duration_s == 10 * MIN
    window.undo_stack.undo()
    assert [b.id for b in load_blocks(store)] == before

    page.table.setFocus()
    page.table.selectRow(1)
    qtbot.keyClick(page.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert [b.id for b in load_blocks(store)][:3] == [before[0], before[2], before[1]]
    assert page.table.currentIndex().row() == 2
    window.undo_stack.undo()
    assert [b.id for b in load_blocks(store)] == before

    # drag the first block onto row 3: it lands before the old third row
    model = page.model
    data = model.mimeData([model.index(0, TITLE)])
    assert model.dropMimeData(data, Qt.DropAction.MoveAction, 3, 0, QModelIndex())
    assert [b.id for b in load_blocks(store)][:3] == [before[1], before[2], before[0]]
    # its 13:15 anchor goes with it; the day now starts back from it
    assert model.data(model.index(2, START)) == "13:15"
    assert model.data(model.index(0, START)) == "12:40"
    window.undo_stack.undo()

    page.table.selectRow(3)
    page.delete_block()
    assert len(load_blocks(store)) == len(before) - 1
    window.undo_stack.undo()
    assert [b.id for b in load_blocks(store)] == before


def test_stage_shows_the_digits_in_the_phase_colours(qtbot, window, page, fake, chime):
    stage = window.stage
    page.show_projector_clock()
    qtbot.waitExposed(stage)
    assert stage.current_scene() == "clock"
    page.toggle()
    later(page, fake, 17 * MIN)
    view = page.scene.view
    assert (view.digits, view.phase) == ("3:00", "normal")
    assert page.digits.property("phase") == "normal"
    later(page, fake, 61)
    assert (page.scene.view.digits, page.scene.view.phase) == ("1:59", "warning")
    assert page.digits.property("phase") == "warning"
    assert page.scene.colour().name() == "#ffb300"
    later(page, fake, 2 * MIN)
    assert (page.scene.view.digits, page.scene.view.phase) == ("+0:01", "overtime")
    assert page.scene.colour().name() == "#ff5a4f"
    assert chime.sounded == ["warning", "zero"]
    assert page.scene.view.next_line.startswith("Next: Mis uuringud")
    # a tick that changes nothing repaints nothing
    qtbot.waitUntil(lambda: page.scene.paints > 0)
    painted = page.scene.paints
    page.tick()
    QApplication.processEvents()  # any repaint the tick asked for is done by now
    assert page.scene.paints == painted
    page.toggle()
    assert page.scene.view.paused and page.digits.property("phase") == "paused"


def test_presentations_show_the_presenting_group(qtbot, window, page, fake, chime, store):
    pres = next(b for b in load_blocks(store) if b.kind == "presentations")
    page.jump(pres.id)
    later(page, fake, 4 * MIN + 1)
    assert page.scene.view.phase == "warning"  # the group's last minute (20 % of 5)
    later(page, fake, MIN)
    assert page.scene.view.above == "Presenting: 1. grupp (1/3)"  # until the trainer says
    assert page.scene.view.digits == "+0:01"
    qtbot.keyClick(window, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert page.scene.view.above == "Presenting: 2. grupp (2/3)"
    assert page.scene.view.digits == "5:00" and "9:59" in page.scene.view.below
    assert chime.played == ["warning", "zero", "handover"]
    # time added now goes to the presenter on stage
    qtbot.keyClick(window, Qt.Key.Key_Plus)
    assert page.scene.view.digits == "6:00" and "10:59" in page.scene.view.below
    assert page.next_presenter_button.isEnabled() and page.prev_presenter_button.isEnabled()
    # Ctrl+Z takes the minute back, then the handover
    window.undo_stack.undo()
    assert page.scene.view.digits == "5:00"
    window.undo_stack.undo()
    assert page.scene.view.above == "Presenting: 1. grupp (1/3)"
    assert events(store)[-2:] == ["cancel", "cancel"]


def test_mute_is_remembered(qtbot, window, page, fake, chime, settings):
    page.mute_action.trigger()
    assert settings.value("timer/chime_muted") is True and chime.muted
    page.toggle()
    later(page, fake, 18 * MIN + 1)
    assert chime.played == ["warning"] and chime.sounded == []


def test_warning_threshold_from_the_settings(qtbot, store, settings, english, fake, chime):
    settings.set_value("timer/warning_seconds", 300)
    settings.set_value("timer/warning_fraction", 0.5)
    w = make_window(qtbot, store, settings, fake, chime)
    page = w.page("agenda")
    page.toggle()
    later(page, fake, 15 * MIN + 1)
    assert page.scene.view.phase == "warning"
    w.close()


def test_running_late_offers_plans_applied_and_undone_in_one_step(qtbot, window, page,
                                                                  fake, store):
    page.toggle()
    later(page, fake, 27 * MIN)
    assert page.late_box.isVisible()
    assert page.late_label.text().startswith("Running 7 min late for 14.15.")
    assert page.forecast_label.text() == "end 17:07, +7 min"
    buttons = page.late_box.plan_buttons()
    assert 1 <= len(buttons) <= 3
    headlines = [b.text() for b in buttons]
    assert all(h.startswith("Ends on time") for h in headlines)
    # keeping every fixed start or moving some: told apart at a glance
    assert "Ends on time, fixed starts kept" in headlines
    assert "Ends on time, 3 fixed starts later" in headlines
    before = [(b.duration_s, b.fixed_start) for b in load_blocks(store)]
    depth = window.undo_stack.count()
    qtbot.mouseClick(buttons[0], Qt.MouseButton.LeftButton)
    assert window.undo_stack.count() == depth + 1  # one step
    assert sum(b.duration_s for b in load_blocks(store)) < sum(d for d, _ in before)
    assert not page.late_box.isVisible() and page.forecast_label.text() == "end 17:00, on time"
    window.undo_stack.undo()
    assert [(b.duration_s, b.fixed_start) for b in load_blocks(store)] == before
    assert page.late_box.isVisible()


def test_restart_resumes_the_running_block(qtbot, store, settings, english, fake, chime,
                                           workshop_path):
    w = make_window(qtbot, store, settings, fake, chime)
    page = w.page("agenda")
    page.toggle()
    later(page, fake, 20 * MIN)
    page.next()
    later(page, fake, 4 * MIN)
    w.close()  # closes the store too, as when the app is killed
    fake.advance(30)
    fake.restart("boot:other")
    again = open_store(workshop_path)
    w2 = make_window(qtbot, again, settings, fake, chime)
    page2 = w2.page("agenda")
    assert page2.status_label.text() == "Running"
    assert page2.block_label.text().startswith("Mis uuringud")
    assert page2.digits.text() == "15:30"
    w2.close()


def test_planned_and_actual_table_and_exports(qtbot, window, page, fake, tmp_path):
    page.toggle()
    later(page, fake, 23 * MIN)
    page.next()
    later(page, fake, 2 * MIN)
    page.tabs.setCurrentIndex(1)
    table = page.plan_table
    assert table.item(0, 1).text() == "13:15" and table.item(0, 4).text() == "13:15"
    assert table.item(0, 5).text() == "13:38" and table.item(0, 7).text() == "+3 min"
    assert table.item(1, 5).text() == "running" and table.item(1, 6).text() == "2"
    assert table.item(2, 5).text() == ""  # not reached yet: not "not run" while the day runs
    page.finish(confirm=False)
    assert table.item(2, 5).text() == "not run"

    path = page.export("csv", tmp_path / "ajakava.csv")
    with path.open(encoding="utf-8-sig") as fh:
        rows = list(csv.reader(fh, delimiter=";"))
    assert rows[0][0] == "Plokk" and rows[1][4:8] == ["13:15", "13:38", "23", "+3 min"]

    from docx import Document

    doc = Document(str(page.export("docx", tmp_path / "ajakava.docx", "Töötuba",
                                   dt.date(2026, 11, 17))))
    assert doc.paragraphs[0].text == "Ajakava: plaan ja tegelikkus"
    cells = doc.tables[0].rows[1].cells
    # documents write times as EKI does: 13.15
    assert [c.text for c in cells[4:]] == ["13.15", "13.38", "23", "+3 min"]


def test_the_running_block_cannot_be_deleted(qtbot, window, page, store):
    page.toggle()
    page.table.selectRow(0)
    page.delete_block()
    assert len(load_blocks(store)) == 10
    assert "running" in page.problem.text()


def test_before_and_after_the_day_the_projector_shows_the_time(qtbot, window, page, fake):
    view = page.scene.view
    assert view.digits == "13:15" and view.next_line == "Starts at 13:15: " + \
        page.timer.blocks[0].title
    page.toggle()
    page.finish(confirm=False)
    later(page, fake, 60)
    assert page.scene.view.digits == "13:16" and page.scene.view.title == "The day is over"
    assert page.status_label.text() == "The day is over"


def test_opening_another_workshop_keeps_the_projector_clock(qtbot, window, page, tmp_path):
    from avtoituba.core.workshop import new_workshop

    page.show_projector_clock()
    other = new_workshop(tmp_path / "other.avtoituba", date=dt.date(2026, 11, 24))
    window.set_store(other)
    stage = window.stage
    new_page = window.page("agenda")
    assert stage.current_scene() == "clock"
    assert stage.scene("clock") is new_page.scene
    # the new workshop's day has not started: the room sees its welcome, then its clock
    assert stage.shown_widget() is stage.welcome
    stage.set_day_started(True)
    assert new_page.scene.isVisible()


def test_single_keys_belong_to_other_pages_when_they_are_shown(qtbot, store, settings,
                                                               english, fake, chime):
    from PySide6.QtWidgets import QTableWidget, QVBoxLayout

    from avtoituba.gui.shell.page import Page

    class TablePage(Page):
        key = "other"

        def __init__(self, context):
            super().__init__(context)
            self.table = QTableWidget(5, 5)
            QVBoxLayout(self).addWidget(self.table)

        def title(self) -> str:
            return "Other"

    def agenda(ctx):
        return AgendaPage(ctx, clock=fake, chime=chime, tz=TALLINN)

    w = MainWindow(store, settings, (agenda, TablePage))
    qtbot.addWidget(w)
    w.show()
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w)
    w.show_page(1)
    other = w.page("other")
    other.table.setFocus()
    other.table.setCurrentCell(0, 0)
    for key in (Qt.Key.Key_Right, Qt.Key.Key_Space, Qt.Key.Key_Plus):
        qtbot.keyClick(other.table, key)
    assert other.table.currentColumn() == 1 and events(store) == []
    w.show_page(0)
    w.page("agenda").digits.setFocus()
    qtbot.keyClick(w, Qt.Key.Key_Space)
    assert events(store) == ["start"]
    w.close()
