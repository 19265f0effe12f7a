"""The Homework pack page: choices, running order, export off the UI thread, cancel."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import docx
import pytest

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from avtoituba.core.municipalities import get_or_create, list_municipalities
from avtoituba.export import documents

from avtoituba.gui.shell.dialogs import WorkshopDialog


@pytest.fixture
def window(qtbot, demo_store, settings, tmp_path, english):
    from avtoituba.gui.shell.main_window import MainWindow

    settings.set_value("export/last_dir", str(tmp_path / "pakk"))
    w = MainWindow(demo_store, settings)
    qtbot.addWidget(w)
    w.show()
    w.show_page([p.key for p in w.pages].index("export"))
    yield w
    if w.isVisible():
        w.close()


@pytest.fixture
def page(window):
    return window.page("export")


def run_export(qtbot, page) -> None:  # noqa: ANN001
    page.export_button.click()
    qtbot.waitUntil(lambda: not page.busy(), timeout=30000)


def test_every_municipality_is_chosen_by_default(page, demo_store, tmp_path):
    names = [page.municipality_list.item(i).text()
             for i in range(page.municipality_list.count())]
    assert names == sorted(m.name for m in list_municipalities(demo_store))
    assert len(page.checked_ids()) == 8
    assert page.per_municipality_check.isChecked() and page.combined_check.isChecked()
    assert not page.group_lists_check.isChecked()
    assert page.folder_edit.text() == str(tmp_path / "pakk")
    order = [page.order_list.item(i).text() for i in range(page.order_list.count())]
    assert order[0] == "1. Elva vald   14:00–14:15"
    assert order[-1] == "8. Tartu linn   15:45–16:00"


def test_export_runs_off_the_ui_thread_and_lists_the_files(qtbot, page, settings,
                                                           tmp_path):
    out = tmp_path / "valjund"
    page.folder_edit.setText(str(out))
    page.group_lists_check.setChecked(True)
    ticks = []
    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(lambda: ticks.append(page.busy()))
    timer.start()
    with qtbot.waitSignal(page.export_finished, timeout=30000) as finished:
        page.export_button.click()
        assert page.busy() and not page.export_button.isEnabled()
        assert page.cancel_button.isEnabled()
    qtbot.waitUntil(lambda: not page.busy())
    timer.stop()
    files = finished.args[0]
    assert len(files) == 10
    assert sorted(p.name for p in out.iterdir()) == sorted(p.name for p in files)
    # the UI thread kept running (a timer ticked) while the documents were written
    assert any(ticks)
    status = page.status_label.text()
    assert "10 documents written to" in status
    assert "Kodutöö - Peipsiääre vald.docx" in status and "Grupid.docx" in status
    assert page.open_folder_button.isVisible()
    assert page.progress.value() == page.progress.maximum()
    assert settings.value("export/last_dir") == str(out)
    assert page.export_button.isEnabled()


def test_only_the_checked_municipalities(qtbot, page, tmp_path):
    page.none_button.click()
    assert page.checked_ids() == []
    page.combined_check.setChecked(False)
    assert not page.export_button.isEnabled()  # nothing to write
    item = page.municipality_list.findItems("Nõo vald", Qt.MatchFlag.MatchExactly)[0]
    item.setCheckState(Qt.CheckState.Checked)
    assert page.export_button.isEnabled()
    run_export(qtbot, page)
    assert [p.name for p in (tmp_path / "pakk").iterdir()] == ["Kodutöö - Nõo vald.docx"]


def test_running_order_moves_are_saved_and_undoable(qtbot, window, page, demo_store):
    before = [m.name for m in list_municipalities(demo_store)]
    page.order_list.setCurrentRow(0)
    page.down_button.click()
    after = [m.name for m in list_municipalities(demo_store)]
    assert after == [before[1], before[0], *before[2:]]
    assert page.order_list.item(1).text().startswith(f"2. {before[0]}")
    assert page.order_list.item(1).text().endswith("14:15–14:30")
    # drag and drop (a move in the list's model) is saved the same way
    page.order_list.model().moveRow(page.order_list.rootIndex(), 7,
                                    page.order_list.rootIndex(), 0)
    qtbot.waitUntil(lambda: list_municipalities(demo_store)[0].name == before[7])
    assert page.order_list.item(0).text().startswith(f"1. {before[7]}")
    window.undo_stack.undo()
    window.undo_stack.undo()
    assert [m.name for m in list_municipalities(demo_store)] == before


def test_running_order_reaches_the_documents(qtbot, page, demo_store, tmp_path):
    page.order_list.setCurrentRow(7)
    for _ in range(7):
        page.up_button.click()
    run_export(qtbot, page)
    doc = docx.Document(str(tmp_path / "pakk" / "Kodutöö - Tartu linn.docx"))
    texts = [p.text for p in doc.paragraphs]
    assert "Teie esinemisaeg: 14:00–14:15, 1. esineja 8-st" in texts


def test_follow_up_details_are_edited_in_the_workshop_dialog(qtbot, page):
    def fill() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets()
                      if isinstance(w, WorkshopDialog) and w.isVisible())
        dialog.link_edit.setText("https://meet.example/abc")
        dialog.accept()

    QTimer.singleShot(0, fill)
    page.details_button.click()
    assert "https://meet.example/abc" in page.followup_label.text()
    assert "15 minutes for each municipality" in page.followup_label.text()


def test_cancel_stops_after_the_current_document(qtbot, page, demo_store, tmp_path):
    with demo_store.transaction() as s:
        for i in range(60):
            get_or_create(s, demo_store.workshop_id, f"Lisavald {i:02d}")
    page.refresh()
    out = tmp_path / "pakk"
    page.export_button.click()
    qtbot.waitUntil(lambda: page.progress.maximum() > 1 and page.progress.value() >= 1,
                    timeout=30000)
    page.cancel_button.click()
    qtbot.waitUntil(lambda: not page.busy(), timeout=30000)
    assert "Export cancelled" in page.status_label.text()
    files = sorted(out.iterdir())
    assert 1 <= len(files) < 69
    for f in files:
        assert f.suffix == ".docx"
        docx.Document(str(f))


def test_a_locked_file_is_named_in_the_message(qtbot, page, tmp_path, monkeypatch):
    real_replace = os.replace

    def replace(src, dst):  # noqa: ANN001, ANN202
        if Path(dst).name == "Koolitaja koond.docx":
            raise PermissionError(errno.EACCES, "Permission denied", str(dst))
        return real_replace(src, dst)

    monkeypatch.setattr(documents.os, "replace", replace)
    run_export(qtbot, page)
    status = page.status_label.text()
    assert "“Koolitaja koond.docx” could not be written: it is open in another program" \
        in status
    assert "no half-written file" in status
    assert not page.open_folder_button.isVisible()
    written = sorted(p.name for p in (tmp_path / "pakk").iterdir())
    assert len(written) == 8 and "Koolitaja koond.docx" not in written


def test_the_page_speaks_estonian(qtbot, demo_store, settings, estonian, tmp_path):
    from avtoituba.gui.shell.main_window import MainWindow

    with demo_store.transaction() as s:
        for i in range(5):
            get_or_create(s, demo_store.workshop_id, f"Lisavald {i}")
    settings.set_value("export/last_dir", str(tmp_path / "pakk"))
    window = MainWindow(demo_store, settings)
    qtbot.addWidget(window)
    window.show()
    page = window.page("export")
    assert page.title() == "Kodutööpakett"
    assert page.export_button.text() == "&Koosta kodutööpakett"
    assert "Igale omavalitsusele 9 minutit." in page.followup_label.text()
    run_export(qtbot, page)
    status = page.status_label.text()
    assert "14 dokumenti kirjutati kausta" in status
    assert "…ja veel 4" in status  # a long pack lists the first ten by name
