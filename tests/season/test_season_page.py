"""The Season page: send, list, open from and report, off the UI thread, against the real
test server; errors in the trainer's words."""

from __future__ import annotations

import pytest

from PySide6.QtWidgets import QFileDialog

from tests.season.helpers import file_counts, server_counts


@pytest.fixture
def window(qtbot, demo_store, settings, english, event_loop_qt):
    from avtoituba.gui.shell.main_window import MainWindow

    w = MainWindow(demo_store, settings)
    qtbot.addWidget(w)
    w.show()
    w.show_page([p.key for p in w.pages].index("season"))
    yield w
    if w.isVisible():
        w.close()


@pytest.fixture
def page(window):
    return window.page("season")


def wait(qtbot, page) -> None:
    qtbot.waitUntil(lambda: not page.busy(), timeout=60000)


def test_send_and_open_from_are_in_the_file_menu(window, page):
    texts = [a.text() for a in window.file_menu.actions()]
    assert "Send to the season &database" in texts
    assert "Open from the season data&base…" in texts
    assert page.state_label.text() == "This workshop has not been sent yet."


def test_send_lists_the_workshop_and_remembers_the_database(qtbot, page, demo_store,
                                                            season_url, settings):
    page.url_edit.setText(season_url)
    page.send_action.trigger()
    wait(qtbot, page)
    qtbot.waitUntil(lambda: page.table.rowCount() == 1, timeout=60000)

    assert server_counts(season_url) == file_counts(demo_store)
    assert page.result_label.text().startswith("Sent to ")
    assert "last sent to" in page.state_label.text()
    assert page.table.item(0, 4).text() == str(file_counts(demo_store)["activity"])
    assert settings.value("season/url") == season_url

    page.send_action.trigger()
    wait(qtbot, page)
    assert page.result_label.text().startswith("Nothing new to send")


def test_a_wrong_password_is_said_in_words(qtbot, page, season_url, monkeypatch):
    monkeypatch.setenv("PGPASSWORD", "vale-parool")
    page.url_edit.setText(season_url)
    page.send_action.trigger()
    wait(qtbot, page)
    text = page.result_label.text()
    assert "refused the user" in text and "pgpass" in text
    assert "vale-parool" not in text


def test_a_bad_address_is_refused_before_anything_runs(page):
    page.url_edit.setText("mysql://x@y/z")
    page.send_action.trigger()
    assert not page.busy()
    assert "postgresql://USER@SERVER:PORT/DATABASE" in page.result_label.text()


def test_open_from_the_season_database_opens_the_pulled_file(qtbot, window, page,
                                                             season_url, tmp_path,
                                                             monkeypatch):
    page.url_edit.setText(season_url)
    page.send_action.trigger()
    wait(qtbot, page)
    qtbot.waitUntil(lambda: page.table.rowCount() == 1, timeout=60000)
    page.table.selectRow(0)
    target = tmp_path / "kolleegilt.avtoituba"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))
    page.open_from_action.trigger()
    qtbot.waitUntil(lambda: window.store.path == target, timeout=60000)
    assert file_counts(window.store)["activity"] > 0


def test_the_season_list_shows_homework_seminar_and_votes(qtbot, page, demo_store,
                                                          season_url):
    import datetime as dt

    from tests.doubles import FakeClock
    from tests.season.test_seminar_votes import hold_seminar

    hold_seminar(demo_store, FakeClock(dt.datetime(2026, 12, 2, 12, tzinfo=dt.UTC)))
    page.url_edit.setText(season_url)
    page.send_action.trigger()
    wait(qtbot, page)
    qtbot.waitUntil(lambda: page.table.rowCount() == 1, timeout=60000)

    heads = [page.table.horizontalHeaderItem(c).text() for c in range(page.table.columnCount())]
    row = {h: page.table.item(0, c) for c, h in enumerate(heads)}
    assert row["Follow-up seminar"].text() == "held 02.12.2026"
    assert row["Dots"].text() == "7"
    assert row["Homework"].text() == f"0/{row['Municipalities'].text()}"
    # the workshop open in this window stands out
    assert row["Workshop"].font().bold()
