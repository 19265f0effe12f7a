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
def window(qtbot, demo_store, settings, tmp_path, english, event_loop_qt):
    from avtoituba.gui.homework.page import folder_key
    from avtoituba.gui.shell.main_window import MainWindow

    settings.set_value(folder_key(demo_store.path), str(tmp_path / "pakk"))
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


def current_umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def run_export(qtbot, page) -> None:
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
    # the seminar opens and closes with ten minutes of the trainer's
    assert order[0] == "1. Elva vald   14:10–14:22"
    assert order[-1] == "8. Tartu linn   15:34–15:46"


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
    from avtoituba.gui.homework.page import folder_key

    assert settings.value(folder_key(page.context.store.path)) == str(out)
    assert page.export_button.isEnabled()
    for f in files:  # readable by a colleague or a shared folder, as any file the user saves
        assert f.stat().st_mode & 0o777 == 0o666 & ~current_umask()


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
    assert page.order_list.item(1).text().endswith("14:22–14:34")
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
    assert "Teie esinemisaeg: 14.10–14.22 (12 min), esinemisjärjekorras 1/8" in texts


def test_follow_up_details_are_edited_in_the_workshop_dialog(qtbot, page):
    def fill() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets()
                      if isinstance(w, WorkshopDialog) and w.isVisible())
        dialog.link_edit.setText("https://meet.example/abc")
        dialog.accept()

    QTimer.singleShot(0, fill)
    page.details_button.click()
    assert "https://meet.example/abc" in page.followup_label.text()
    assert "12 minutes for each municipality" in page.followup_label.text()


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

    def replace(src, dst):
        if Path(dst).name == "Koolitaja koonddokument.docx":
            raise PermissionError(errno.EACCES, "Permission denied", str(dst))
        return real_replace(src, dst)

    monkeypatch.setattr(documents.os, "replace", replace)
    run_export(qtbot, page)
    status = page.status_label.text()
    assert "“Koolitaja koonddokument.docx” could not be written: it is open in another " \
        "program" in status
    assert "no half-written file" in status
    assert not page.open_folder_button.isVisible()
    written = sorted(p.name for p in (tmp_path / "pakk").iterdir())
    assert len(written) == 8 and "Koolitaja koonddokument.docx" not in written


def test_the_page_speaks_estonian(qtbot, demo_store, settings, estonian, tmp_path,
                                  event_loop_qt):
    from avtoituba.gui.homework.page import folder_key
    from avtoituba.gui.shell.main_window import MainWindow

    with demo_store.transaction() as s:
        for i in range(5):
            get_or_create(s, demo_store.workshop_id, f"Lisavald {i}")
    settings.set_value(folder_key(demo_store.path), str(tmp_path / "pakk"))
    window = MainWindow(demo_store, settings)
    qtbot.addWidget(window)
    window.show()
    page = window.page("export")
    assert page.title() == "Kodutööpakett"
    assert page.export_button.text() == "Koosta kodutööpakett"
    assert "Igale omavalitsusele 7 minutit." in page.followup_label.text()
    run_export(qtbot, page)
    status = page.status_label.text()
    assert "14 dokumenti kirjutati kausta" in status
    assert "…ja veel 4" in status  # a long pack lists the first ten by name


def test_the_page_imports_no_python_docx_until_the_trainer_compiles():
    import subprocess
    import sys

    code = ("import sys; import avtoituba.gui.homework.page; "
            "print('docx' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, check=True)
    assert out.stdout.strip() == "False"


def orphan(store, title="Kogukonna kärajad kõigile"):
    from avtoituba.store.models import Activity, Area, Group

    with store.transaction() as s:
        group = s.query(Group).filter_by(workshop_id=store.workshop_id, number=2).one()
        area = s.query(Area).filter_by(workshop_id=store.workshop_id, number=2).one()
        s.add(Activity(workshop_id=store.workshop_id, group_id=group.id, area_id=area.id,
                       municipality_id=None, title=title, position=999))


def test_an_orphan_is_named_and_printed_in_every_pack_when_the_trainer_says_so(
        qtbot, page, demo_store, tmp_path, monkeypatch):
    orphan(demo_store)
    asked = []
    monkeypatch.setattr(page, "ask_orphans", lambda data: asked.append(
        [a.title for a in data.orphans]) or True)
    run_export(qtbot, page)
    assert asked == [["Kogukonna kärajad kõigile"]]
    for f in (tmp_path / "pakk").glob("Kodutöö - *.docx"):
        text = "\n".join(p.text for p in docx.Document(str(f)).paragraphs)
        cells = "\n".join(c.text for t in docx.Document(str(f)).tables for r in t.rows
                          for c in r.cells)
        assert "Kõigile omavalitsustele" in text and "Kogukonna kärajad kõigile" in cells


def test_fix_them_first_writes_nothing(qtbot, page, demo_store, tmp_path, monkeypatch):
    orphan(demo_store)
    monkeypatch.setattr(page, "ask_orphans", lambda data: False)
    page.export_button.click()
    assert not page.busy()
    assert not (tmp_path / "pakk").exists()
    assert "Nothing was written" in page.status_label.text()


def test_fix_them_first_opens_the_first_one_in_the_activities_editor(
        qtbot, demo_store, settings, tmp_path, english, event_loop_qt, monkeypatch):
    from avtoituba.gui.homework.page import folder_key
    from avtoituba.gui.shell.main_window import MainWindow

    orphan(demo_store)   # in the file when it opens, as an older file or an import brings it
    settings.set_value(folder_key(demo_store.path), str(tmp_path / "pakk"))
    window = MainWindow(demo_store, settings)
    qtbot.addWidget(window)
    window.show()
    window.show_page_key("export")
    page = window.page("export")
    monkeypatch.setattr(page, "ask_orphans", lambda data: False)
    page.export_button.click()
    activities = window.page("activities")
    qtbot.waitUntil(lambda: window.stack.currentWidget().isAncestorOf(activities)
                    or window.stack.currentWidget() is activities)
    chosen = [c.current_row() for c in activities.columns.values() if c.current_row()]
    assert [(r.title, r.municipality) for r in chosen] == [("Kogukonna kärajad kõigile", "")]
    assert not (tmp_path / "pakk").exists()
    window.close()


def test_an_earlier_pack_is_replaced_and_kept_as_the_previous_version_or_kept_both(
        qtbot, page, tmp_path, monkeypatch):
    out = tmp_path / "pakk"
    run_export(qtbot, page)
    first = {p.name: p.read_bytes() for p in out.glob("*.docx")}
    choices = iter(["replace", "keep_both"])
    asked = []
    monkeypatch.setattr(page, "ask_earlier", lambda folder, names: asked.append(
        len(names)) or next(choices))
    run_export(qtbot, page)
    previous = out / "Eelmine versioon"
    assert {p.name: p.read_bytes() for p in previous.glob("*.docx")} == first
    run_export(qtbot, page)
    assert asked == [9, 9]
    names = sorted(p.name for p in out.glob("*.docx"))
    assert len(names) == 18 and "Kodutöö - Elva vald (2).docx" in names
    assert sorted(p.name for p in previous.glob("*.docx")) == sorted(first)  # untouched


def test_cancel_in_the_earlier_pack_question_writes_nothing(qtbot, page, tmp_path,
                                                             monkeypatch):
    run_export(qtbot, page)
    before = {p.name: p.stat().st_mtime_ns for p in (tmp_path / "pakk").iterdir()}
    monkeypatch.setattr(page, "ask_earlier", lambda folder, names: None)
    page.export_button.click()
    assert not page.busy()
    assert {p.name: p.stat().st_mtime_ns for p in (tmp_path / "pakk").iterdir()} == before


def test_the_default_folder_is_the_workshops_own(qtbot, demo_store, settings, english,
                                                 event_loop_qt):
    from avtoituba.core.workshop import workshop_header

    from avtoituba.gui.shell.main_window import MainWindow

    window = MainWindow(demo_store, settings)
    qtbot.addWidget(window)
    header = workshop_header(demo_store)
    folder = Path(window.page("export").folder_edit.text()).name
    assert header.title in folder and header.date.isoformat() in folder
