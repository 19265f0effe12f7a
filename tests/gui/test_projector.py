"""The projector: the activity wall never hides an activity, the window goes where the
trainer wants it, the welcome before the day, the compact clock on every page."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest

from PySide6.QtCore import QAbstractListModel, QModelIndex, QRect, Qt

from avtoituba.gui.projector.wall import ActivityWall
from avtoituba.gui.projector.wall_layout import min_title_px
from avtoituba.gui.projector.window import StageWindow

TITLES = [
    "Kärajad", "Volikogu istungite otseülekanne", "Noortevolikogu",
    "Kaasava eelarve hääletus koolides ja raamatukogudes üle kogu valla",
    "Nädalakiri", "Avaandmete portaal eelarvest ja hangetest, masinloetavalt ja ajakohaselt",
    "Külavanemate ümarlaud", "Digikonsultatsioonid eakatele", "Arengukava avalik arutelu",
    "Osalusveeb", "Petitsioonide keskkond rahvaalgatus.ee kaudu", "Vallavanema vastuvõtuaeg",
]
MUNIS = ["Elva vald", "Nõo vald", "Kastre vald", "Tartu vald", "Luunja vald", ""]


@dataclass
class Row:
    title: str
    municipality: str


@dataclass
class Group:
    id: int
    name: str
    statement: str


class Rows(QAbstractListModel):
    """The wall's view of a group's activities (what GroupActivityModel offers it)."""

    def __init__(self, rows: list[Row]):
        super().__init__()
        self.rows = rows

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        return self.rows[index.row()].title if role == Qt.ItemDataRole.DisplayRole else None

    def row_at(self, i: int) -> Row:
        return self.rows[i]

    def add(self, row: Row) -> None:
        n = len(self.rows)
        self.beginInsertRows(QModelIndex(), n, n)
        self.rows.append(row)
        self.endInsertRows()


def rows(n: int) -> list[Row]:
    return [Row(f"{TITLES[i % len(TITLES)]}" + (f" {i // len(TITLES) + 1}" if i >= 12 else ""),
                MUNIS[i % len(MUNIS)]) for i in range(n)]


def on_stage(qtbot, n: int, size: tuple[int, int]):
    stage = StageWindow()
    qtbot.addWidget(stage)
    wall = ActivityWall()
    stage.add_scene("wall", wall)
    stage.show_scene("wall")
    stage.resize(*size)
    model = Rows(rows(n))
    wall.set_group(Group(1, "1. grupp: kaasamine ja osalus",
                         "Kohalik omavalitsus kaasab elanikke otsustesse."), model)
    stage.show()
    qtbot.waitUntil(lambda: stage.size().width() == size[0] and
                    len(wall.board.layout_.pages) > 0 and
                    wall.board.window_height == size[1])
    wall.fit()
    return stage, wall, model


@pytest.mark.parametrize("size", [(1280, 720), (1920, 1080), (1024, 768)])
@pytest.mark.parametrize("n", [1, 7, 8, 13, 20, 30, 40])
def test_the_wall_shows_every_activity_inside_the_window_at_a_readable_size(qtbot, size, n):
    stage, wall, _model = on_stage(qtbot, n, size)
    window = QRect(0, 0, *size)
    seen: list[str] = []
    for page in range(wall.page_count()):
        assert wall.page() == page
        shown = wall.shown()
        rects = []
        for title, rect, px in shown:
            in_window = QRect(wall.mapTo(stage, rect.topLeft()), rect.size())
            assert window.contains(in_window), (title, in_window, size)
            assert px >= min_title_px(size[1])
            assert all(not rect.intersects(other) for other in rects), title
            rects.append(rect)
            seen.append(title)
        wall.turn_page(1)
    assert seen == wall.titles()  # each once, in order: none hidden
    if n <= 8:
        assert wall.page_count() == 1
    stage.close()


def test_a_long_list_flows_into_columns_before_pages(qtbot):
    stage, wall, _model = on_stage(qtbot, 13, (1920, 1080))
    assert wall.page_count() == 1 and wall.board.layout_.columns >= 2
    stage.close()


def test_pages_turn_by_keys_and_follow_the_activity_typed_last(qtbot):
    stage, wall, model = on_stage(qtbot, 40, (1024, 768))
    count = wall.page_count()
    assert count > 1 and wall.page() == 0
    qtbot.keyClick(wall, Qt.Key.Key_Down)
    assert wall.page() == 1
    qtbot.keyClick(wall, Qt.Key.Key_Up)
    assert wall.page() == 0
    model.add(Row("Uus tegevus just praegu", "Elva vald"))
    qtbot.waitUntil(lambda: wall.page() == wall.page_count() - 1)
    assert "Uus tegevus just praegu" in [t for t, _r, _px in wall.shown()]
    stage.close()


def test_the_wall_shows_the_presenting_group_s_countdown(qtbot):
    stage, wall, _model = on_stage(qtbot, 3, (1280, 720))
    stage.show_state(_Presenting("2. grupp", 125.0, "warning"))
    assert "2. grupp" in wall.countdown.text() and "2:05" in wall.countdown.text()
    stage.show_state(None)
    assert wall.countdown.text() == ""
    stage.close()


@dataclass
class _Presenter:
    name: str
    remaining_s: float
    phase: str
    index: int = 1
    count: int = 3


class _Presenting:
    def __init__(self, name: str, remaining: float, phase: str):
        self.presenter = _Presenter(name, remaining, phase)
        self.started = True


# -- the projector window -------------------------------------------------------------------

def test_before_the_day_the_projector_welcomes_with_a_countdown(qtbot, estonian):
    from avtoituba.core.workshop import WorkshopHeader

    now = dt.datetime(2026, 11, 17, 12, 40, 0)
    stage = StageWindow()
    qtbot.addWidget(stage)
    stage.welcome._now = lambda: now
    stage.set_workshop(WorkshopHeader("Tartumaa töötuba", dt.date(2026, 11, 17), "Elva",
                                      "et"), dt.time(13, 15))
    clock = ActivityWall()  # any widget stands in for the clock scene
    stage.add_scene("clock", clock)
    stage.show_scene("clock")
    assert stage.shown_widget() is stage.welcome
    assert stage.welcome.title.text() == "Tartumaa töötuba"
    assert "Elva" in stage.welcome.when.text() and "13.15" in stage.welcome.when.text()
    assert "35:00" in stage.welcome.countdown.text()
    stage.set_day_started(True)
    assert stage.shown_widget() is clock
    stage.close()


def test_the_trainer_turns_the_wall_s_pages_from_the_main_window(main_window, qtbot):
    stage = main_window.stage
    wall = ActivityWall()
    stage.add_scene("wall", wall)
    stage.resize(1024, 768)
    wall.set_group(Group(1, "1. grupp", ""), Rows(rows(40)))
    stage.project("wall")
    assert stage.isVisible()
    qtbot.waitUntil(lambda: wall.page_count() > 1)
    qtbot.keyClick(main_window, Qt.Key.Key_F8, Qt.KeyboardModifier.ShiftModifier)
    assert wall.page() == 1
    main_window.stage_previous_page_action.trigger()
    assert wall.page() == 0
    stage.close()


# -- where the windows go -----------------------------------------------------------------

def test_the_main_window_opens_inside_the_screen_and_remembers_its_place(store, settings,
                                                                         qtbot, workshop_path):
    from PySide6.QtGui import QGuiApplication

    from avtoituba.gui.shell.main_window import MainWindow

    area = QGuiApplication.primaryScreen().availableGeometry()
    window = MainWindow(store, settings)
    qtbot.addWidget(window)
    assert area.contains(window.geometry())  # the default 1280×800 never exceeds the screen
    with qtbot.waitExposed(window):
        window.show()
    window.setGeometry(area.left() + 10, area.top() + 30, area.width() - 40, area.height() - 90)
    remembered = window.geometry()
    window.close()

    from avtoituba.store.db import open_store

    again = MainWindow(open_store(workshop_path), settings)
    qtbot.addWidget(again)
    with qtbot.waitExposed(again):
        again.show()
    placed = again.geometry()
    assert placed.size() == remembered.size()
    # the same place, give or take the window frame (which offscreen Qt only guesses)
    assert abs(placed.x() - remembered.x()) <= 8 and abs(placed.y() - remembered.y()) <= 8
    again.close()


def test_a_saved_size_larger_than_the_screen_is_brought_inside(qtbot, settings):
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QWidget

    from avtoituba.gui.shell import placement

    area = QGuiApplication.primaryScreen().availableGeometry()
    big = QWidget()
    qtbot.addWidget(big)
    big.setGeometry(area.left() - 50, area.top() - 50, area.width() + 400, area.height() + 300)
    settings.set_value("test/geometry", big.saveGeometry())
    window = QWidget()
    qtbot.addWidget(window)
    placement.restore_window(window, settings, "test/geometry")
    assert area.contains(window.geometry())


def test_on_one_screen_the_projector_opens_beside_never_over_the_menu_bar(main_window, qtbot):
    stage = main_window.stage
    main_window.stage_action.trigger()
    assert stage.isVisible() and not stage.isFullScreen()
    bar = main_window.menuBar()
    bar_rect = QRect(bar.mapToGlobal(bar.rect().topLeft()), bar.size())
    assert not stage.frameGeometry().intersects(bar_rect)
    stage.setGeometry(stage.x(), stage.y() + 60, 640, 360)
    main_window.stage_action.trigger()
    assert not stage.isVisible()
    moved = stage.geometry()
    main_window.stage_action.trigger()
    back = stage.geometry()  # where the trainer left it (give or take the frame offscreen)
    assert back.size() == moved.size() and abs(back.y() - moved.y()) <= 8


def test_the_projector_reopens_after_a_restart_if_it_was_open(store, settings, qtbot,
                                                             workshop_path):
    from avtoituba.store.db import open_store

    from avtoituba.gui.shell.main_window import MainWindow

    window = MainWindow(store, settings)
    qtbot.addWidget(window)
    window.show()
    window.stage_action.trigger()
    window.close()
    again = MainWindow(open_store(workshop_path), settings)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitUntil(again.stage.isVisible)
    again.stage.hide()
    again.close()
    assert settings.value("stage/open") is False  # closed by the trainer: stays closed


def test_the_projector_screen_is_chosen_from_the_connected_screens(main_window, qtbot):
    from PySide6.QtGui import QGuiApplication

    from avtoituba.gui.projector.screen_dialog import ScreenDialog

    dialog = ScreenDialog("", main_window)
    assert dialog.list.count() == len(QGuiApplication.screens())
    assert dialog.sign.isVisible()  # "the projector goes here" on the chosen screen
    dialog.list.setCurrentRow(0)
    dialog.accept()
    assert not dialog.sign.isVisible()
    main_window.stage.set_screen_name(dialog.chosen())
    assert main_window.settings.value("stage/screen") == QGuiApplication.screens()[0].name()


# -- the compact clock ------------------------------------------------------------------------

def test_a_compact_clock_on_every_page_reads_the_timer_and_opens_the_agenda(main_window,
                                                                            qtbot):
    window = main_window
    window.pages  # noqa: B018 - the agenda's timer is a service once its page is built
    timer = window.context.services["timer"]
    window.clock.refresh()
    assert window.clock.digits.text() == "pole alanud"
    timer.start()
    window.clock.refresh()
    state = timer.state()
    assert state.block.title.startswith(window.clock.block.text().rstrip("…"))
    assert ":" in window.clock.digits.text()
    agenda = window.pages[0]
    for _ in range(10):  # on to the group work (80 min): one way to write the time left
        if state.remaining_s >= 3600:
            break
        state = timer.next()
    window.clock.refresh()
    agenda.run_panel.show_state(state)
    assert window.clock.digits.text() == agenda.run_panel.digits.text()
    assert window.clock.digits.text().startswith("1:")  # 1:20:00, not 80:00
    assert window.clock.digits.text().count(":") == 2
    assert window.stage.shown_widget() is not window.stage.welcome or \
        window.stage.current_scene() != "clock"
    for index in range(1, window.nav.count()):
        window.show_page(index)
        assert window.clock.isVisible()
    qtbot.mouseClick(window.clock, Qt.MouseButton.LeftButton)
    assert window.current_page().key == "agenda"



def test_the_compact_clock_shows_the_agenda_s_tick_in_the_same_moment(main_window, qtbot):
    """One tick a second for both clocks: what the agenda page just read is what the clock
    under the page list shows, without a reading of its own."""
    from avtoituba.core.clock import format_remaining

    window = main_window
    page = window.page("agenda")
    page.toggle()  # the day starts
    page.timer.extend(125)  # the running block's time changes: the digits must follow
    page.tick()
    assert window.clock.digits.text() == format_remaining(page.state.display_remaining_s)
    assert window.clock._tick.interval() > 1000  # its own reading waits for the page


TWO_SCREENS = """
import sys
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
from avtoituba.core.workshop import new_workshop
from avtoituba.gui.shell.main_window import MainWindow
from avtoituba.gui.shell.settings import Settings
settings = Settings(QSettings(sys.argv[1] + ".ini", QSettings.Format.IniFormat))
window = MainWindow(new_workshop(sys.argv[1]), settings)
window.show()
app.processEvents()
window.stage_action.trigger()
app.processEvents()
stage = window.stage
print("laptop", window.screen().name(), "fits", window.screen().availableGeometry().contains(
    window.frameGeometry()))
print("stage", stage.screen().name(), "full", stage.isFullScreen(), stage.geometry() ==
      stage.screen().geometry())
window.close()
"""


def test_with_two_screens_the_projector_fills_the_second(tmp_path):
    import json
    import os
    import subprocess
    import sys
    from pathlib import Path

    screens = tmp_path / "screens.json"
    screens.write_text(json.dumps({"screens": [
        {"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768, "logicalDpi": 96,
         "logicalBaseDpi": 96, "dpr": 1},
        {"name": "projector", "x": 1366, "y": 0, "width": 1920, "height": 1080,
         "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={screens}",
           "PYTHONPATH": str(root), "XDG_DATA_HOME": str(tmp_path / "data")}
    result = subprocess.run([sys.executable, "-c", TWO_SCREENS, str(tmp_path / "w.avtoituba")],
                            capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "laptop laptop fits True" in result.stdout
    assert "stage projector full True True" in result.stdout, result.stdout


def test_a_status_message_does_not_move_the_controls(main_window, qtbot):
    from PySide6.QtWidgets import QApplication

    page = main_window.current_page()
    QApplication.sendPostedEvents()  # every pending layout done, now
    main_window.layout().activate()
    before = page.mapTo(main_window, page.rect().bottomRight())
    main_window.statusBar().showMessage("Koopia salvestatud: /tmp/x.avtoituba", 5000)
    QApplication.sendPostedEvents()  # the status bar shown and laid out, now
    main_window.layout().activate()
    assert main_window.statusBar().isVisible()
    assert page.mapTo(main_window, page.rect().bottomRight()) == before


def test_the_vote_tally_fills_the_projector_and_keeps_the_leaders(qtbot):
    """Read from the back row: with five activities voted for, the result reaches down
    the screen in big rows, the leader first; with many, the lowest are left out."""
    from PySide6.QtGui import QColor

    from avtoituba.gui.projector.scribe_scenes import TallyScene

    scene = TallyScene()
    qtbot.addWidget(scene)
    scene.setStyleSheet("QWidget#voteTally { background: black; }")
    scene.resize(1280, 720)
    rows = [(f"Tegevus {n}", f"{n % 3 + 1}. grupp", dots)
            for n, dots in enumerate([1, 3, 0, 2, 1, 4])]
    scene.set_tally(rows)
    scene.show()
    qtbot.waitExposed(scene)
    bars = scene.lines
    assert bars.text().splitlines()[0].startswith("4  Tegevus 5")
    assert "Tegevus 2" not in bars.text()  # no dots, no row
    image = bars.grab().toImage()
    lit = [y for y in range(image.height())
           if any(QColor(image.pixel(x, y)).lightness() > 128 for x in range(0, 400, 4))]
    assert lit and lit[-1] > image.height() * 0.45  # five rows reach well down the screen
    scene.set_tally([(f"Tegevus {n}", "1. grupp", 100 - n) for n in range(40)])
    assert bars.text().splitlines()[0].startswith("100  Tegevus 0")
