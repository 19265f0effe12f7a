"""Start-up paints the workshop from its first look, then opens the full store before the
trainer can act: the same page, the same messages, editing as soon as the window answers."""

from __future__ import annotations

import pytest

from avtoituba.core import agenda
from avtoituba.store import errors
from avtoituba.store.first_look import LazyStore

import avtoituba.app as app_module


@pytest.fixture
def shown(qtbot, settings, estonian):
    from avtoituba.gui.shell.main_window import MainWindow

    window = MainWindow(None, settings)
    qtbot.addWidget(window)
    window.show()
    yield window
    if window.isVisible():
        window.close()


def test_the_workshop_is_painted_from_its_first_look_then_editable(shown, store, settings,
                                                                   qtbot) -> None:
    path, blocks = store.path, agenda.load_blocks(store)
    store.close()
    lazy = app_module.open_start_store(str(path), False, False, settings, lazily=True)
    assert isinstance(lazy, LazyStore)
    shown.set_store(lazy)
    page = shown.page("agenda")
    # the title, the agenda table and the timer were read without the full store
    assert not lazy.is_open
    assert "Avatud valitsemise" in shown.windowTitle() or "töötuba" in shown.windowTitle()
    assert page.model.rowCount() == len(blocks)
    assert page.state is not None and not page.state.running

    assert app_module.open_fully(shown, settings)
    assert lazy.is_open and shown.context.store is lazy
    assert page.model.add(page.model.rowCount()) is not None  # an edit, written
    assert len(agenda.load_blocks(lazy)) == len(blocks) + 1
    shown.undo_stack.undo()
    assert len(agenda.load_blocks(lazy)) == len(blocks)
    page.toggle()  # the timer starts and the start is in the file
    assert page.timer.state().running


def test_a_refused_file_gets_the_same_error_as_before(tmp_path, settings) -> None:
    bad = tmp_path / "kodutöö.avtoituba"
    bad.write_text("not a workshop")
    with pytest.raises(errors.NotSQLite):
        app_module.open_start_store(str(bad), False, False, settings, lazily=True)
    with pytest.raises(errors.NotSQLite):
        app_module.open_start_store(str(bad), False, False, settings)


def test_a_file_spoilt_after_its_first_look_gets_its_message_and_the_demo(
        shown, store, settings, tmp_path, monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    demo = tmp_path / "data" / "demo.avtoituba"
    monkeypatch.setattr(app_module, "demo_path", lambda: demo)
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: said.append(box.text()) or 0)
    path = store.path
    store.close()
    lazy = app_module.open_start_store(str(path), False, False, settings, lazily=True)
    assert isinstance(lazy, LazyStore)
    shown.set_store(lazy)
    path.write_bytes(b"garbage" * 100)  # replaced by something else meanwhile
    assert app_module.open_fully(shown, settings)
    assert len(said) == 1 and path.name in said[0]  # "„toituba.avtoituba“ ei ole ..."
    assert shown.context.store.path == demo.resolve()
