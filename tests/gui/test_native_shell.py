"""The shell behaves like a desktop program: language preference, remembered layout,
keyboard access, the user guide on F1, light and dark palettes, and a first run without
questions."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMenu

from avtoituba.gui.shell.i18n import install_translators
from avtoituba.gui.shell.settings import Settings

ROOT = Path(__file__).resolve().parents[2]


def _menu_titles(window) -> list[str]:  # noqa: ANN001
    return [a.text() for a in window.menuBar().actions()]


def _build(qtbot, store, settings):  # noqa: ANN001, ANN202
    from avtoituba.gui.shell.main_window import MainWindow

    window = MainWindow(store, settings)
    qtbot.addWidget(window)
    return window


def test_estonian_is_the_default_language(qtbot, store, settings) -> None:  # noqa: ANN001
    assert settings.language == "et"
    install_translators(settings.language)
    window = _build(qtbot, store, settings)
    titles = _menu_titles(window)
    assert titles[:2] == ["&Fail", "&Muuda"] and "&Abi" in titles
    nav = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert nav == ["Ajakava", "Osalejad ja grupid", "Tegevused", "Kodutööpakett"]


def test_english_chosen_in_the_preferences_is_kept_and_used_at_the_next_start(
        qtbot, workshop_path, tmp_path, qapp) -> None:  # noqa: ANN001
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


def test_the_sidebar_width_is_remembered(qtbot, store, settings, workshop_path) -> None:  # noqa: ANN001
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


def test_state_helpers_ignore_missing_or_foreign_state(qtbot, settings) -> None:  # noqa: ANN001
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


def _shell_menus(window) -> list[QMenu]:  # noqa: ANN001
    return [window.file_menu, window.edit_menu, window.view_menu, window.help_menu]


def test_every_shell_menu_entry_can_be_reached_from_the_keyboard(main_window) -> None:  # noqa: ANN001
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


def test_the_main_commands_have_shortcuts_shown_in_the_menus(main_window) -> None:  # noqa: ANN001
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


def test_f1_opens_the_user_guide(main_window, qtbot) -> None:  # noqa: ANN001
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


def test_the_english_guide_is_chosen_for_english(settings) -> None:  # noqa: ANN001
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
                                                        dark) -> None:  # noqa: ANN001
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


def test_a_first_run_opens_the_demo_without_a_question(tmp_path, settings, monkeypatch) -> None:  # noqa: ANN001
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


def test_a_later_start_reopens_the_last_workshop(tmp_path, settings, store, monkeypatch) -> None:  # noqa: ANN001
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


def test_high_dpi_scaling_is_not_rounded(qapp) -> None:  # noqa: ANN001
    from PySide6.QtGui import QGuiApplication

    # app.py asks for it before the QApplication; Qt 6 keeps PassThrough as the policy.
    assert QGuiApplication.highDpiScaleFactorRoundingPolicy() == \
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
    assert "setHighDpiScaleFactorRoundingPolicy" in (ROOT / "avtoituba" / "app.py").read_text()


def test_qt_s_own_buttons_speak_estonian_too(qapp) -> None:  # noqa: ANN001
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
def test_every_contents_link_of_the_guide_reaches_its_heading(qtbot, lang) -> None:  # noqa: ANN001
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
                                                          qapp) -> None:  # noqa: ANN001
    """A row a model paints in a light colour must also set dark text: under a dark palette
    the default text is light, and light on light cannot be read."""
    from PySide6.QtCore import QModelIndex
    from PySide6.QtGui import QBrush, QColor
    from PySide6.QtWidgets import QAbstractItemView

    from avtoituba.gui.shell.main_window import MainWindow
    from avtoituba.gui.shell.theme import dark_palette

    def colour(value) -> QColor | None:  # noqa: ANN001
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
