"""The preview dialog: nothing written until Import; the import is one undo step."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select

from PySide6.QtGui import QUndoStack

from avtoituba.export.pack import PackOptions, export_pack
from avtoituba.store.models import Activity, ReturnedPack

from avtoituba.gui.returns.dialog import ReturnsDialog
from tests.returns.helpers import fill_in


def live(store) -> int:
    with store.session() as s:
        return s.scalar(select(func.count()).select_from(Activity)
                        .where(Activity.deleted_at.is_(None)))


def returned(store) -> int:
    with store.session() as s:
        return s.scalar(select(func.count()).select_from(ReturnedPack))


def test_preview_then_import_as_one_undo_step(qtbot, event_loop_qt, demo_store, tmp_path: Path,
                                              estonian):
    files = export_pack(demo_store, PackOptions(tmp_path / "pack", combined=False))
    elva = fill_in(next(f for f in files if "Elva" in f.name), tmp_path / "Elva.docx")
    pdf = tmp_path / "Tartu.docx"
    pdf.write_bytes(b"%PDF-1.4\n")
    stack = QUndoStack()
    dialog = ReturnsDialog(demo_store, stack)
    qtbot.addWidget(dialog)
    before = live(demo_store)
    dialog.add_paths([elva, pdf])
    qtbot.waitUntil(lambda: not dialog.busy)
    top = dialog.tree.topLevelItem(0)
    unchanged = dialog.plan.municipalities[0].count("unchanged")
    assert top.text(0) == f"Elva vald – 2 uut, 1 muudetud, {unchanged} muutmata"
    refused = dialog.tree.topLevelItem(1)
    assert refused.text(0) == "Ei imporditud" and "PDF" in refused.child(0).text(0)
    assert live(demo_store) == before and returned(demo_store) == 0   # nothing written yet
    assert dialog.import_button.isEnabled()
    dialog.import_button.click()
    assert live(demo_store) == before + 2 and returned(demo_store) == 1
    assert stack.count() == 1
    stack.undo()
    assert live(demo_store) == before and returned(demo_store) == 0
    stack.redo()
    assert live(demo_store) == before + 2 and returned(demo_store) == 1
    # the same file again: nothing to import
    again = ReturnsDialog(demo_store, stack)
    qtbot.addWidget(again)
    again.add_paths([elva])
    qtbot.waitUntil(lambda: not again.busy)
    assert not again.import_button.isEnabled()
    assert "juba imporditud" in again.summary.text()


def test_file_menu_has_the_entry(main_window):
    assert main_window.import_returns_action in main_window.file_menu.actions()
    assert main_window.import_returns_action.text() == "&Impordi tagastatud kodutööd…"
