"""Unhandled exceptions: a calm dialog, a line in the rotating log, and the app goes on."""

from __future__ import annotations

import logging
import sys
import threading

import pytest

from PySide6.QtGui import QAction

from avtoituba.core.workshop import workshop_info
from avtoituba.store.models import Activity

from avtoituba.gui.shell import errors


@pytest.fixture
def handler(tmp_path, qapp, monkeypatch):
    """The app's exception handler, with its dialog recorded instead of shown."""
    shown: list[errors.ErrorDialog] = []

    def record(dialog: errors.ErrorDialog) -> int:
        shown.append(dialog)
        return 0

    monkeypatch.setattr(errors.ErrorDialog, "exec", record)
    hook = errors.install(tmp_path / "logs")
    hook.dialogs = shown
    yield hook
    hook.uninstall()


def _read_log(hook: errors.ExceptionHandler) -> str:
    hook.handler.flush()
    return hook.log_file.read_text(encoding="utf-8")


@pytest.mark.qt_no_exception_capture
def test_exception_in_a_slot_shows_the_dialog_logs_and_the_window_goes_on(
        handler, main_window, store, english):
    def broken_slot() -> None:
        raise ZeroDivisionError("the forecast divided by zero")

    action = QAction("Broken", main_window)
    action.triggered.connect(broken_slot)
    main_window.file_menu.addAction(action)

    action.trigger()  # the exception leaves a slot called by Qt

    assert len(handler.dialogs) == 1
    dialog = handler.dialogs[0]
    assert "your work is saved" in dialog.text()
    assert str(handler.log_file) in dialog.informativeText()
    # No traceback in the dialog (the trainer never sees one); the log has it all.
    assert dialog.detailedText() == "" and "Traceback" not in dialog.informativeText()
    log_text = _read_log(handler)
    assert "ZeroDivisionError: the forecast divided by zero" in log_text
    assert "unhandled exception" in log_text and "broken_slot" in log_text
    # The window still works: pages switch, and an edit reaches the file.
    main_window.show_page(1)
    assert main_window.current_page() is main_window.pages[1]
    with main_window.store.transaction() as session:
        session.add(Activity(workshop_id=store.workshop_id, title="Pärast viga"))
    assert workshop_info(main_window.store).activities == 1
    assert main_window.isVisible()


def test_exception_in_a_worker_thread_is_shown_on_the_gui_thread(handler, qtbot):
    def work() -> None:
        raise RuntimeError("the export thread failed")

    thread = threading.Thread(target=work, name="export")
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: len(handler.dialogs) == 1)
    assert handler.shown == ["RuntimeError: the export thread failed"]
    assert handler.dialogs[0].detailedText() == ""
    assert "[export]" in _read_log(handler)


def test_a_second_error_while_the_dialog_is_open_only_goes_to_the_log(handler):
    handler._showing = True  # a dialog is open
    try:
        raise ValueError("second")
    except ValueError:
        handler.handle(*sys.exc_info())
    handler._showing = False
    assert handler.dialogs == []
    assert "ValueError: second" in _read_log(handler)


def test_log_rotates_and_stays_bounded(tmp_path, qapp, monkeypatch):
    monkeypatch.setattr(errors, "LOG_BYTES", 2_000)
    hook = errors.install(tmp_path / "logs")
    monkeypatch.setattr(errors.ErrorDialog, "exec", lambda self: 0)
    try:
        for i in range(200):
            logging.getLogger("avtoituba.test").error("line %d %s", i, "x" * 80)
        files = sorted(p.name for p in (tmp_path / "logs").iterdir())
    finally:
        hook.uninstall()
    assert "avtoituba.log" in files and "avtoituba.log.1" in files
    assert len(files) <= errors.LOG_COUNT + 1
    assert all((tmp_path / "logs" / name).stat().st_size <= 2_200 for name in files)


def test_keyboard_interrupt_is_not_a_dialog(handler):
    seen = []
    previous = handler._previous
    handler._previous = (lambda *a: seen.append(a[0]), previous[1])
    try:
        handler.handle(KeyboardInterrupt, KeyboardInterrupt(), None)
    finally:
        handler._previous = previous
    assert seen == [KeyboardInterrupt] and handler.dialogs == []


def test_uninstall_restores_the_hooks(tmp_path, qapp):
    before = (sys.excepthook, threading.excepthook)
    hook = errors.install(tmp_path / "logs")
    assert sys.excepthook == hook.handle
    hook.uninstall()
    assert (sys.excepthook, threading.excepthook) == before


def test_error_dialog_in_estonian(handler, estonian):
    dialog = errors.ErrorDialog("ValueError: x", "Traceback ...", handler.log_file)
    assert dialog.windowTitle() != "Something went wrong"
    assert "salvestatud" in dialog.text()
