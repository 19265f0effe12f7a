"""Which packs came back and when: the Homework pack page's box and the seminar's running
order show it, right after an import and again after its undo and redo."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from avtoituba.export.pack import PackOptions, export_pack

from avtoituba.gui.returns.dialog import ReturnsDialog
from avtoituba.gui.returns.status import when_text
from tests.returns.helpers import fill_in


def line(box, name: str) -> str:
    return next(box.list.item(i).text() for i in range(box.list.count())
                if box.list.item(i).text().startswith(name))


def order_line(page, name: str) -> str:
    return next(page.order_list.item(i).text() for i in range(page.order_list.count())
                if name in page.order_list.item(i).text())


def test_status_follows_import_undo_and_redo(qtbot, event_loop_qt, demo_store, settings,
                                             tmp_path: Path, estonian):
    from avtoituba.gui.shell.main_window import MainWindow

    files = export_pack(demo_store, PackOptions(tmp_path / "pack", combined=False))
    elva = fill_in(next(f for f in files if "Elva" in f.name), tmp_path / "Elva.docx")
    window = MainWindow(demo_store, settings)
    qtbot.addWidget(window)
    window.show()
    window.show_page_key("export")
    box = window.page("export").returns_box
    seminar = window.page("seminar")
    assert line(box, "Elva vald") == "Elva vald\n    Tagastamata"
    n = box.list.count()
    assert box.summary.text() == f"Tagasi on 0/{n}"

    dialog = ReturnsDialog(demo_store, window.undo_stack, window)
    qtbot.addWidget(dialog)
    dialog.add_paths([elva])
    qtbot.waitUntil(lambda: not dialog.busy)
    before = dt.datetime.now().astimezone()
    dialog.import_button.click()
    text = line(box, "Elva vald")
    assert text.startswith("Elva vald\n    Tagastatud ")
    stamp = text.rsplit("Tagastatud ", 1)[1]
    assert stamp in (when_text(before), when_text(dt.datetime.now().astimezone()))
    assert "Elva.docx" in box.list.item(
        [box.list.item(i).text() for i in range(n)].index(text)).toolTip()
    assert box.summary.text() == f"Tagasi on 1/{n}"
    assert line(box, "Tartu vald") == "Tartu vald\n    Tagastamata"

    # the seminar's running order says the same; Elva's answers are hints in the notes
    window.show_page_key("seminar")
    assert order_line(seminar, "Elva vald").endswith(f"\n      Tagastatud {stamp}")
    assert order_line(seminar, "Tartu vald").endswith("\n      Tagastamata")
    seminar.order_list.setCurrentRow(next(i for i in range(seminar.order_list.count())
                                          if "Elva vald" in seminar.order_list.item(i).text()))
    assert seminar.notes.title() == "Elva vald"
    assert seminar.notes.edits["b"].placeholderText().startswith(
        "Kodutöös vastati: Koostasime kava koos volikoguga.")

    # undo on the seminar page: the order and the hints follow at once, the box when seen
    window.undo_stack.undo()
    assert order_line(seminar, "Elva vald").endswith("\n      Tagastamata")
    assert seminar.notes.edits["b"].placeholderText() == ""
    window.show_page_key("export")
    assert line(box, "Elva vald") == "Elva vald\n    Tagastamata"
    window.undo_stack.redo()
    assert line(box, "Elva vald").startswith("Elva vald\n    Tagastatud ")
    window.close()


def test_when_text_in_both_languages():
    from PySide6.QtCore import QLocale

    moment = dt.datetime(2026, 11, 30, 14, 5).astimezone()
    assert when_text(moment, QLocale(QLocale.Language.Estonian)) == "30.11 14:05"
    assert when_text(moment, QLocale(QLocale.Language.English)) == "30 Nov 14:05"
