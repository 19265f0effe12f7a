"""The shell: pages, menus, title, files, preferences, about."""

from __future__ import annotations

import datetime as dt
import hashlib

import pytest

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from avtoituba.core.workshop import new_workshop, workshop_info

from avtoituba.gui.shell.dialogs import AboutDialog, PreferencesDialog, WorkshopDialog
from avtoituba.gui.shell.main_window import MainWindow
from avtoituba.gui.shell.pages import PAGE_FACTORIES


def menu_titles(window) -> list[str]:
    return [a.text() for a in window.menuBar().actions()]


def test_every_page_can_be_visited(main_window, qtbot):
    assert len(main_window.pages) == len(PAGE_FACTORIES) == 6
    keys = []
    for i in range(main_window.nav.count()):
        main_window.show_page(i)
        assert main_window.current_page() is main_window.pages[i]
        assert main_window.pages[i].isVisible()
        keys.append(main_window.current_page().key)
    assert keys == ["agenda", "groups", "activities", "export", "seminar", "season"]


def test_title_shows_the_workshop_and_its_date(main_window):
    assert main_window.windowTitle().startswith(
        "Avatud valitsemise ja digivõimekuse töötuba – 17.11.2026")


def test_ctrl_number_switches_pages(main_window, qtbot):
    from PySide6.QtCore import Qt

    qtbot.keyClick(main_window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert main_window.current_page().key == "activities"
    qtbot.keyClick(main_window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert main_window.current_page().key == "agenda"


def test_file_menu_has_the_expected_actions_with_shortcuts(main_window):
    texts = [a.text() for a in main_window.file_menu.actions() if not a.isSeparator()]
    for expected in ("&Uus töötuba…", "&Ava…", "Salvesta &koopia…", "&Välju"):
        assert expected in texts
    assert main_window.recent_menu.title() == "Ava &hiljutine"
    assert not main_window.open_action.shortcut().isEmpty()
    assert not main_window.new_action.shortcut().isEmpty()


def test_opening_another_workshop_replaces_the_pages_and_is_remembered(
        main_window, tmp_path, settings):
    other = tmp_path / "Pärnu.avtoituba"
    new_workshop(other, title="Pärnumaa töötuba", date=dt.date(2026, 12, 1)).close()
    assert main_window.open_path(other)
    assert "Pärnumaa töötuba – 01.12.2026" in main_window.windowTitle()
    assert len(main_window.pages) == 6
    assert settings.recent_files()[0] == str(other.resolve())
    main_window.recent_menu.aboutToShow.emit()
    assert any("Pärnu.avtoituba" in a.text() for a in main_window.recent_menu.actions())


def _answer_next_message_box(button=QMessageBox.StandardButton.Ok, seen=None):
    def close():
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QMessageBox) and widget.isVisible():
                if seen is not None:
                    seen.append((widget.text(), widget.informativeText()))
                widget.done(button)
                return
        QTimer.singleShot(20, close)

    QTimer.singleShot(20, close)


def test_a_file_that_is_not_a_workshop_gets_a_message_and_stays_as_it_was(
        main_window, tmp_path):
    csv = tmp_path / "osalejad.csv"
    csv.write_bytes("Nimi;Omavalitsus\nMari Tamm;Elva vald\n".encode("cp1257"))
    before = hashlib.sha256(csv.read_bytes()).hexdigest()
    title_before = main_window.windowTitle()
    seen: list = []
    _answer_next_message_box(seen=seen)
    assert not main_window.open_path(csv)
    assert seen and "ei ole avtoituba töötoa fail" in seen[0][0]
    assert "Osalejad ja grupid" in seen[0][1]
    assert hashlib.sha256(csv.read_bytes()).hexdigest() == before
    assert main_window.windowTitle() == title_before


def test_save_a_copy(main_window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    target = tmp_path / "koopia.avtoituba"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))
    main_window.save_copy()
    from avtoituba.store.db import open_store

    copy = open_store(target)
    assert workshop_info(copy).agenda_items == 10
    copy.close()


def test_new_workshop_from_the_menu(main_window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    target = tmp_path / "uus"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))
    monkeypatch.setattr(WorkshopDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    main_window.new_file()
    created = target.with_suffix(".avtoituba")
    assert created.exists()
    assert main_window.store.path == created.resolve()


def test_workshop_details_dialog_saves_and_moves_the_follow_up(main_window, qtbot):
    dialog = WorkshopDialog(main_window.store, main_window)
    qtbot.addWidget(dialog)
    dialog.title_edit.setText("Tartumaa töötuba")
    from PySide6.QtCore import QDate

    dialog.date_edit.setDate(QDate(2027, 2, 1))
    assert dialog.followup_date_edit.date() == QDate(2027, 2, 16)
    dialog.link_edit.setText("https://zoom.us/j/555")
    dialog.accept()
    info = workshop_info(main_window.store)
    assert (info.title, info.date) == ("Tartumaa töötuba", dt.date(2027, 2, 1))
    from avtoituba.store.models import Workshop

    with main_window.store.session() as s:
        w = s.get(Workshop, main_window.store.workshop_id)
        assert (w.followup_date, w.followup_link) == (dt.date(2027, 2, 16),
                                                      "https://zoom.us/j/555")


def test_workshop_details_refuses_an_empty_title(main_window, qtbot):
    dialog = WorkshopDialog(main_window.store, main_window)
    qtbot.addWidget(dialog)
    dialog.title_edit.setText("   ")
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert workshop_info(main_window.store).title.startswith("Avatud valitsemise")


def test_preferences_persist(settings, qtbot, estonian):
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Eelistused"
    assert dialog.chosen_language() == "et"
    dialog.ui.languageCombo.setCurrentIndex(dialog.ui.languageCombo.findData("en"))
    dialog.ui.warningSecondsSpin.setValue(3)
    dialog.ui.muteChimeCheck.setChecked(True)
    dialog.accept()
    assert settings.language == "en"
    assert settings.value("timer/warning_seconds") == 180
    assert settings.value("timer/chime_muted") is True


def test_about_box_names_the_version(qtbot, estonian):
    import avtoituba

    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    assert dialog.ui.versionLabel.text() == f"Versioon {avtoituba.__version__}"
    assert "võrguta" in dialog.ui.detailsLabel.text()


def test_english_user_interface(store, settings, qtbot, english):
    window = MainWindow(store, settings)
    qtbot.addWidget(window)
    assert "&File" in menu_titles(window)
    assert window.nav.item(3).text() == "Homework pack"
    window.close()


def test_projector_window_toggles_and_blacks_out(main_window):
    stage = main_window.stage
    main_window.stage_action.trigger()
    assert stage.isVisible() and main_window.stage_action.isChecked()
    main_window.blackout_action.trigger()
    assert stage.is_blackout()
    main_window.blackout_action.trigger()
    assert not stage.is_blackout()
    main_window.stage_action.trigger()
    assert not stage.isVisible() and not main_window.stage_action.isChecked()


@pytest.mark.parametrize("lang", ["et", "en"])
def test_read_only_workshop_is_marked(store, workshop_path, settings, qtbot, lang):
    from avtoituba.store.db import open_store

    from avtoituba.gui.shell.i18n import install_translators

    install_translators(lang)
    store.close()
    window = MainWindow(open_store(workshop_path, read_only=True), settings)
    qtbot.addWidget(window)
    assert ("[ainult lugemiseks]" if lang == "et" else "[read-only]") in window.windowTitle()
    assert not window.details_action.isEnabled()
    window.close()
    install_translators("et")


def test_a_replaced_projector_scene_stays_on_screen(main_window):
    from PySide6.QtWidgets import QLabel

    stage = main_window.stage
    stage.set_day_started(True)
    stage.add_scene("clock", QLabel("13:15"))
    stage.show_scene("clock")
    fresh = QLabel("14:15")
    stage.add_scene("clock", fresh)  # e.g. another workshop was opened
    assert stage.shown_widget() is fresh


def test_the_page_on_screen_is_built_first_and_the_rest_right_after(store, settings, qtbot,
                                                                    estonian):
    window = MainWindow(store, settings)
    qtbot.addWidget(window)
    built = [slot.page is not None for slot in window._slots]
    assert built == [True] + [False] * 5  # the workshop shows without waiting
    assert [window.nav.item(i).text() for i in range(4)] == [
        "Ajakava", "Osalejad ja grupid", "Tegevused", "Kodutööpakett"]
    qtbot.waitUntil(lambda: all(slot.page is not None for slot in window._slots))
    titles = [a.text().replace("&", "") for a in window.menuBar().actions()]
    # page menus in page order, between the shell's View and Help menus
    assert titles[:3] == ["Fail", "Muuda", "Vaade"] and titles[-1] == "Abi"
    assert titles.index("Taimer") < titles.index("Osalejad") < len(titles) - 1
    window.close()
