"""The returned packs are read on a worker thread: the window keeps answering while a slow
file is read, the progress names the file, Stop reading leaves everything as it was, and
what was read shows in the preview."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from PySide6.QtGui import QUndoStack

from avtoituba.core import returns
from avtoituba.export.pack import PackOptions, export_pack

from avtoituba.gui.returns.dialog import ReturnsDialog
from tests.returns.helpers import fill_in


@pytest.fixture
def packs(demo_store, tmp_path: Path) -> list[Path]:
    files = export_pack(demo_store, PackOptions(tmp_path / "pack", combined=False))
    elva = next(f for f in files if "Elva" in f.name)
    return [elva] + sorted(f for f in files if f != elva)[:2]


@pytest.fixture
def slow_second_file(monkeypatch):
    """The second document takes as long as the test wants (a big file on a slow stick)."""
    release = threading.Event()
    reading = threading.Event()
    real = returns.read_document
    calls = []

    def read(path, *args, **kwargs):
        calls.append(path)
        if len(calls) == 2:
            reading.set()
            release.wait(30)
        return real(path, *args, **kwargs)

    monkeypatch.setattr(returns, "read_document", read)
    yield reading, release
    release.set()


def test_reading_runs_beside_the_window_and_fills_the_preview(
        qtbot, event_loop_qt, demo_store, packs, slow_second_file, tmp_path, estonian):
    reading, release = slow_second_file
    elva = fill_in(packs[0], tmp_path / "täidetud.docx")
    dialog = ReturnsDialog(demo_store, QUndoStack())
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.add_paths([packs[1], elva, packs[2]])
    qtbot.waitUntil(reading.is_set)
    # the worker is stuck in the second file; the dialog still answers
    assert dialog.busy and dialog.cancel_reading_button.isVisible()
    assert not dialog.import_button.isEnabled()
    qtbot.waitUntil(lambda: "täidetud.docx (2/3)" in dialog.progress.format())
    dialog.folder_button.setFocus()                 # events are handled meanwhile
    qtbot.waitUntil(dialog.folder_button.hasFocus)
    release.set()
    qtbot.waitUntil(lambda: not dialog.busy)
    assert not dialog.progress.isVisible()
    assert len(dialog.plan.municipalities) >= 2
    assert dialog.import_button.isEnabled()
    assert dialog.tree.topLevelItemCount() >= 2


def test_stop_reading_leaves_the_files_out(qtbot, event_loop_qt, demo_store, packs,
                                           slow_second_file, estonian):
    reading, release = slow_second_file
    dialog = ReturnsDialog(demo_store, QUndoStack())
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.add_paths(packs)
    qtbot.waitUntil(reading.is_set)
    dialog.cancel_reading_button.click()
    release.set()
    qtbot.waitUntil(lambda: not dialog.busy)
    assert dialog.paths == [] and dialog.plan.municipalities == []
    assert dialog.tree.topLevelItemCount() == 0
    assert "peatatud" in dialog.summary.text().casefold()
    assert not dialog.import_button.isEnabled()
    # the same files can be read again afterwards
    dialog.add_paths(packs)
    qtbot.waitUntil(lambda: not dialog.busy)
    assert len(dialog.plan.municipalities) == 3
