"""The shell behaves like a desktop program: language preference, remembered layout,
keyboard access, the user guide on F1, light and dark palettes, and a first run without
questions."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import shiboken6
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMenu

from avtoituba.gui.shell.i18n import install_translators
from avtoituba.gui.shell.settings import Settings

ROOT = Path(__file__).resolve().parents[2]


def _menu_titles(window) -> list[str]:
    return [a.text() for a in window.menuBar().actions()]


def _build(qtbot, store, settings):
    from avtoituba.gui.shell.main_window import MainWindow

    window = MainWindow(store, settings)
    qtbot.addWidget(window)
    return window


def test_estonian_is_the_default_language(qtbot, store, settings) -> None:
    assert settings.language == "et"
    install_translators(settings.language)
    window = _build(qtbot, store, settings)
    titles = _menu_titles(window)
    assert titles[:2] == ["&Fail", "&Muuda"] and "&Abi" in titles
    nav = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert nav == ["Ajakava", "Osalejad ja grupid", "Tegevused", "Kodutööpakett",
                   "Jätkuseminar", "Hooaeg"]


def test_english_chosen_in_the_preferences_is_kept_and_used_at_the_next_start(
        qtbot, workshop_path, tmp_path, qapp) -> None:
    from avtoituba.core.workshop import new_workshop

    from avtoituba.gui.shell.dialogs import PreferencesDialog

    ini = str(tmp_path / "prefs.ini")
    install_translators("et")
    settings = Settings(QSettings(ini, QSettings.Format.IniFormat))
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    combo = dialog.ui.languageCombo
    assert combo.currentData() == "et"
    combo.setCurrentIndex(combo.findData("en"))
    dialog.accept()
    try:
        # The next start: settings read afresh from the file, translators installed from them.
        again = Settings(QSettings(ini, QSettings.Format.IniFormat))
        assert again.language == "en"
        install_translators(again.language)
        store = new_workshop(workshop_path)
        window = _build(qtbot, store, again)
        titles = _menu_titles(window)
        assert titles[:2] == ["&File", "&Edit"] and "&Help" in titles
        assert window.new_action.text() == "&New workshop…"
    finally:
        install_translators("et")


def test_the_sidebar_width_is_remembered(qtbot, store, settings, workshop_path) -> None:
    from avtoituba.store.db import open_store

    window = _build(qtbot, store, settings)
    window.resize(1200, 700)
    window.show()
    qtbot.waitExposed(window)
    window.splitter.setSizes([330, 870])
    wanted = window.splitter.sizes()[0]
    window.close()

    again = _build(qtbot, open_store(workshop_path), settings)
    again.resize(1200, 700)
    again.show()
    qtbot.waitExposed(again)
    assert again.splitter.sizes()[0] == wanted
    again.close()


def test_state_helpers_ignore_missing_or_foreign_state(qtbot, settings) -> None:
    from PySide6.QtWidgets import QLabel, QSplitter

    from avtoituba.gui.shell.state import restore_splitter, save_splitter

    splitter = QSplitter()
    qtbot.addWidget(splitter)
    splitter.addWidget(QLabel("a"))
    splitter.addWidget(QLabel("b"))
    assert restore_splitter(settings, "test/splitter", splitter) is False
    settings.set_value("test/splitter", "not a state")
    assert restore_splitter(settings, "test/splitter", splitter) is False
    save_splitter(settings, "test/splitter", splitter)
    assert restore_splitter(settings, "test/splitter", splitter) is True


def _shell_menus(window) -> list[QMenu]:
    return [window.file_menu, window.edit_menu, window.view_menu, window.help_menu]


def test_every_shell_menu_entry_can_be_reached_from_the_keyboard(main_window) -> None:
    for title in _menu_titles(main_window):
        assert re.search(r"&\w", title), f"menu {title!r} has no Alt key"
    for menu in _shell_menus(main_window):
        letters = []
        for action in menu.actions():
            if action.isSeparator():
                continue
            has_key = not action.shortcut().isEmpty()
            mnemonic = re.search(r"&(\w)", action.text())
            assert has_key or mnemonic, f"{menu.title()} › {action.text()!r}: no key at all"
            if mnemonic:
                letters.append(mnemonic.group(1).lower())
        assert len(letters) == len(set(letters)), f"{menu.title()}: repeated Alt keys {letters}"


def test_the_main_commands_have_shortcuts_shown_in_the_menus(main_window) -> None:
    w = main_window
    expected = {
        w.new_action: QKeySequence.StandardKey.New, w.open_action: QKeySequence.StandardKey.Open,
        w.undo_action: QKeySequence.StandardKey.Undo,
        w.redo_action: QKeySequence.StandardKey.Redo,
        w.guide_action: QKeySequence.StandardKey.HelpContents,
    }
    for action, key in expected.items():
        assert action.shortcut() in QKeySequence.keyBindings(key), action.text()
    # Quit and Preferences have no standard key on every platform: Ctrl+Q, Ctrl+, there.
    for action in (w.save_copy_action, w.details_action, w.stage_action, w.blackout_action,
                   w.prefs_action, w.quit_action):
        assert not action.shortcut().isEmpty(), action.text()
    page_keys = [a.shortcut().toString() for a in w.view_menu.actions()
                 if a.shortcut().toString().startswith("Ctrl+") and a.shortcut().toString()[5:].isdigit()]
    assert page_keys == [f"Ctrl+{i}" for i in range(1, len(w.pages) + 1)]


def test_f1_opens_the_user_guide(main_window, qtbot) -> None:
    from avtoituba.gui.shell.help import user_guide_path

    if user_guide_path("et") is None:
        pytest.skip("docs/ not present")
    qtbot.keyClick(main_window, Qt.Key.Key_F1)
    guide = main_window._guide
    assert guide is not None and guide.isVisible()
    text = guide.browser.toPlainText()
    assert "avtoituba" in text and len(text) > 500
    qtbot.keyClick(guide.browser, Qt.Key.Key_Escape)
    assert not guide.isVisible()


def test_the_english_guide_is_chosen_for_english(settings) -> None:
    from avtoituba.gui.shell.help import user_guide_path

    en, et = user_guide_path("en"), user_guide_path("et")
    if en is None:
        pytest.skip("docs/ not present")
    assert en.name == "user-guide.md"
    assert et is not None and et.name in ("kasutusjuhend.md", "user-guide.md")


def test_the_style_sheet_uses_palette_roles_only() -> None:
    qss = (ROOT / "resources" / "style.qss").read_text(encoding="utf-8")
    qss = re.sub(r"/\*.*?\*/", "", qss, flags=re.S)
    colours = re.findall(r"#[0-9a-fA-F]{3,8}\b|\brgba?\(|\bhsla?\(|:\s*(?:white|black)\b", qss)
    assert not colours, f"hard-coded colours in style.qss (use palette(role)): {colours}"


@pytest.mark.parametrize("dark", [False, True])
def test_the_sidebar_follows_a_light_and_a_dark_palette(qtbot, store, settings, qapp,
                                                        dark) -> None:
    from avtoituba.app import load_style
    from avtoituba.gui.shell.theme import dark_palette, is_dark

    before = qapp.palette()
    try:
        if dark:
            qapp.setPalette(dark_palette())
        load_style(qapp)
        window = _build(qtbot, store, settings)
        window.resize(1000, 640)
        window.show()
        qtbot.waitExposed(window)
        image = window.nav.grab().toImage()
        background = image.pixelColor(image.width() // 2, image.height() - 5)
        text = window.nav.palette().color(window.nav.foregroundRole())
        assert is_dark(qapp.palette()) == dark
        assert (background.lightness() < 100) == dark, background.name()
        assert abs(background.lightness() - text.lightness()) > 100
        window.close()
    finally:
        qapp.setPalette(before)
        qapp.setStyleSheet("")


def test_a_first_run_opens_the_demo_without_a_question(tmp_path, settings, monkeypatch) -> None:
    from avtoituba.core.workshop import workshop_info

    import avtoituba.app as app_module

    demo = tmp_path / "data" / "demo.avtoituba"
    monkeypatch.setattr(app_module, "demo_path", lambda: demo)
    assert settings.value("files/last_opened") == ""
    store = app_module.open_start_store(None, demo=False, read_only=False, settings=settings)
    try:
        info = workshop_info(store)
        assert store.path == demo.resolve() and demo.exists()
        assert info.participants > 0 and info.groups == 3 and info.agenda_items > 0
    finally:
        store.close()


def test_a_later_start_reopens_the_last_workshop(tmp_path, settings, store, monkeypatch) -> None:
    import avtoituba.app as app_module

    monkeypatch.setattr(app_module, "demo_path", lambda: tmp_path / "never.avtoituba")
    settings.add_recent_file(store.path)
    path = store.path
    store.close()
    again = app_module.open_start_store(None, demo=False, read_only=False, settings=settings)
    try:
        assert again.path == path
        assert not (tmp_path / "never.avtoituba").exists()
    finally:
        again.close()


def test_high_dpi_scaling_is_not_rounded(qapp) -> None:
    from PySide6.QtGui import QGuiApplication

    # app.py asks for it before the QApplication; Qt 6 keeps PassThrough as the policy.
    assert QGuiApplication.highDpiScaleFactorRoundingPolicy() == \
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
    assert "setHighDpiScaleFactorRoundingPolicy" in (ROOT / "avtoituba" / "app.py").read_text()


def test_qt_s_own_buttons_speak_estonian_too(qapp) -> None:
    """Qt ships no Estonian catalogue: resources/i18n/et/qt_base.ts gives dialogs their words."""
    from PySide6.QtWidgets import QDialogButtonBox

    buttons = (QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
               | QDialogButtonBox.StandardButton.Close | QDialogButtonBox.StandardButton.Yes
               | QDialogButtonBox.StandardButton.No)
    try:
        install_translators("et")
        box = QDialogButtonBox(buttons)
        assert {b.text() for b in box.buttons()} == {"OK", "Loobu", "Sulge", "&Jah", "&Ei"}
        install_translators("en")
        box = QDialogButtonBox(buttons)
        assert {b.text() for b in box.buttons()} == {"OK", "Cancel", "Close", "&Yes", "&No"}
    finally:
        install_translators("et")


@pytest.mark.parametrize("lang", ["en", "et"])
def test_every_contents_link_of_the_guide_reaches_its_heading(qtbot, lang) -> None:
    from avtoituba.gui.shell.help import UserGuideWindow, user_guide_path

    path = user_guide_path(lang)
    if path is None:
        pytest.skip("docs/ not present")
    guide = UserGuideWindow(path)
    qtbot.addWidget(guide)
    links = re.findall(r"\]\(#([^)]+)\)", path.read_text(encoding="utf-8"))
    assert len(links) >= 8
    missing = [slug for slug in links if not guide.scroll_to_heading(slug)]
    assert not missing


def test_coloured_rows_stay_readable_under_a_dark_palette(qtbot, demo_store, settings,
                                                          qapp) -> None:
    """A row a model paints in a light colour must also set dark text: under a dark palette
    the default text is light, and light on light cannot be read."""
    from PySide6.QtCore import QModelIndex
    from PySide6.QtGui import QBrush, QColor
    from PySide6.QtWidgets import QAbstractItemView

    from avtoituba.gui.shell.main_window import MainWindow
    from avtoituba.gui.shell.theme import dark_palette

    def colour(value) -> QColor | None:
        if isinstance(value, QBrush):
            return value.color()
        return value if isinstance(value, QColor) else None

    before = qapp.palette()
    qapp.setPalette(dark_palette())
    try:
        window = MainWindow(demo_store, settings)
        qtbot.addWidget(window)
        window.show()
        for page in window.pages:  # the day running: the agenda marks its current block
            if page.key == "agenda" and callable(getattr(page, "toggle", None)):
                window.show_page(window.pages.index(page))
                page.toggle()
        checked, unreadable = 0, []
        for view in window.findChildren(QAbstractItemView):
            model = view.model()
            if model is None:
                continue
            default_text = view.palette().color(view.foregroundRole())
            try:
                columns = model.columnCount(QModelIndex())
            except TypeError:  # list models keep columnCount private in PySide6
                columns = 1
            for row in range(min(model.rowCount(QModelIndex()), 60)):
                for col in range(min(columns, 12)):
                    index = model.index(row, col)
                    bg = colour(model.data(index, Qt.ItemDataRole.BackgroundRole))
                    if bg is None or not model.data(index, Qt.ItemDataRole.DisplayRole):
                        continue
                    fg = colour(model.data(index, Qt.ItemDataRole.ForegroundRole)) or default_text
                    checked += 1
                    if abs(fg.lightness() - bg.lightness()) < 90:
                        unreadable.append(f"{type(model).__name__}[{row},{col}] "
                                          f"{fg.name()} on {bg.name()}")
        assert checked > 0, "no coloured cell to check: is the day running?"
        assert not unreadable, unreadable[:10]
        window.close()
    finally:
        qapp.setPalette(before)


# -- shortcuts: no two actions of one window share a key ----------------------------------

def _windows_of(action) -> set:
    """The top-level windows in which ``action``'s shortcut can fire."""
    from PySide6.QtWidgets import QMenu, QWidget

    windows, seen = set(), set()
    todo = list(action.associatedObjects())
    while todo:
        obj = todo.pop()
        if id(obj) in seen:
            continue
        seen.add(id(obj))
        if isinstance(obj, QMenu):
            todo.extend(obj.menuAction().associatedObjects())
        elif isinstance(obj, QWidget):
            windows.add(obj.window())
    return windows


def shortcut_clashes(actions) -> list[str]:
    """'window: key → action, action' for every key two actions share in one window."""
    by_key: dict[tuple, set] = {}
    for action in actions:
        if not shiboken6.isValid(action):
            continue
        if action.shortcutContext() not in (Qt.ShortcutContext.WindowShortcut,
                                            Qt.ShortcutContext.ApplicationShortcut):
            continue
        for window in _windows_of(action):
            for key in action.shortcuts():
                if not key.isEmpty():
                    by_key.setdefault((window.objectName() or type(window).__name__,
                                       key.toString()), set()).add(action)
    return [f"{w}: {k} → " + ", ".join(sorted(a.text() for a in acts))
            for (w, k), acts in sorted(by_key.items()) if len(acts) > 1]


def test_no_two_actions_of_one_window_share_a_shortcut(main_window, qtbot) -> None:
    from PySide6.QtGui import QAction

    from avtoituba.gui.projector.screen_dialog import ScreenDialog
    from avtoituba.gui.shell.dialogs import AboutDialog, PreferencesDialog, WorkshopDialog

    main_window.pages  # noqa: B018 - every page built, with its actions and menus
    dialogs = [AboutDialog(main_window), PreferencesDialog(main_window.settings, main_window),
               WorkshopDialog(main_window.store, main_window),
               ScreenDialog("", main_window)]
    windows = [main_window, main_window.stage, *dialogs]
    actions = [a for w in windows for a in w.findChildren(QAction)]
    assert len(actions) > 40  # the pages' actions are among them
    assert shortcut_clashes(actions) == []
    for dialog in dialogs:
        dialog.done(0)


def test_the_clash_check_sees_a_shared_key(qtbot) -> None:
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QMainWindow

    window = QMainWindow()
    qtbot.addWidget(window)
    menu = window.menuBar().addMenu("&View")
    one, two = QAction("One", window), QAction("Two", window)
    for action in (one, two):
        action.setShortcut(QKeySequence("Shift+F5"))
    menu.addAction(one)
    window.addAction(two)
    assert len(shortcut_clashes([one, two])) == 1


def test_redo_answers_ctrl_y_and_the_platform_s_own_key(main_window, qtbot) -> None:
    from PySide6.QtGui import QUndoCommand

    class Step(QUndoCommand):
        def __init__(self, log: list[str]):
            super().__init__("step")
            self.log = log

        def redo(self) -> None:
            self.log.append("do")

        def undo(self) -> None:
            self.log.append("undo")

    keys = main_window.redo_action.shortcuts()
    assert QKeySequence("Ctrl+Y") in keys
    for key in QKeySequence.keyBindings(QKeySequence.StandardKey.Redo):
        assert key in keys
    log: list[str] = []
    main_window.undo_stack.push(Step(log))
    main_window.nav.setFocus()
    qtbot.keyClick(main_window.nav, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(main_window.nav, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert log == ["do", "undo", "do"]


def test_a_backup_runs_as_background_work_on_the_app_loop(event_loop_qt, qtbot, store,
                                                        tmp_path, monkeypatch) -> None:
    import threading

    from avtoituba.core import backup

    from avtoituba.gui.shell.backups import BackupController

    threads: list[str] = []
    take = backup.take_backup

    def recording(*args, **kwargs):
        threads.append(threading.current_thread().name)
        return take(*args, **kwargs)

    monkeypatch.setattr(backup, "take_backup", recording)
    controller = BackupController(folder_for=lambda _p: tmp_path / "backups")
    controller.watch(store)
    with qtbot.waitSignal(controller.backup_taken, timeout=10_000) as taken:
        assert controller.backup_now("block")
        assert controller.busy()
    assert taken.args[0].path.exists()
    assert len(threads) == 1 and threads[0].startswith("avtoituba-work")
    controller.stop()


def _file_dialog_texts(qtbot, mode) -> set[str]:
    """Every label, button, tip, menu entry and column header of Qt's own file dialog."""
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QAbstractButton, QFileDialog, QLabel, QTreeView

    dialog = QFileDialog(None, "", str(ROOT), "Workshop files (*.avtoituba)")
    qtbot.addWidget(dialog)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setAcceptMode(mode)
    dialog.show()
    texts = {w.text() for w in dialog.findChildren(QLabel)}
    for button in dialog.findChildren(QAbstractButton):
        texts |= {button.text(), button.toolTip()}
    texts |= {a.text() for a in dialog.findChildren(QAction)}
    for view in dialog.findChildren(QTreeView):
        model = view.model()
        texts |= {str(model.headerData(c, Qt.Orientation.Horizontal))
                  for c in range(model.columnCount())}
    dialog.close()
    return {t.replace("&", "").strip() for t in texts} - {""}


@pytest.mark.parametrize("mode", ["open", "save"])
def test_qt_s_file_dialog_speaks_estonian(qapp, qtbot, mode) -> None:
    from PySide6.QtWidgets import QFileDialog

    accept = (QFileDialog.AcceptMode.AcceptOpen if mode == "open"
              else QFileDialog.AcceptMode.AcceptSave)
    try:
        install_translators("en")
        english = _file_dialog_texts(qtbot, accept)
        install_translators("et")
        estonian = _file_dialog_texts(qtbot, accept)
    finally:
        install_translators("et")
    assert {"Look in:", "File name:", "Files of type:"} <= english
    same_in_both = {"OK", "Workshop files (*.avtoituba)"}
    assert english & estonian <= same_in_both, sorted(english & estonian - same_in_both)


def test_word_and_migrations_stay_off_the_start_up_path(workshop_path, tmp_path,
                                                        store) -> None:
    """Until the workshop is painted, neither SQLAlchemy (the first page is read from the
    file's first look) nor python-docx nor Alembic nor the Word export modules are imported
    (each costs a third of a second or more before the trainer sees anything)."""
    import os
    import subprocess
    import sys

    store.close()
    env = {**os.environ, "AVTOITUBA_EXIT_AFTER_SHOW": "1", "QT_QPA_PLATFORM": "offscreen",
           "PYTHONPATH": str(ROOT), "XDG_CONFIG_HOME": str(tmp_path / "config"),
           "XDG_DATA_HOME": str(tmp_path / "data")}
    result = subprocess.run([sys.executable, "-m", "avtoituba", str(workshop_path)],
                            capture_output=True, text=True, env=env, timeout=120, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    ready = next(line for line in result.stdout.splitlines() if line.startswith("ready"))
    assert ready.endswith("off-path-loaded:"), ready
