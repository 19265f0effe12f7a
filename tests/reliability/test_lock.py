"""One workshop file, one writer, in the window: the second avtoituba is told who holds the
file and offered read-only viewing; a lock left by a killed avtoituba is taken over. (The
store's lock itself and the command line: test_one_writer.py.)"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from avtoituba.core.workshop import new_workshop
from avtoituba.store import db

from avtoituba.gui.shell import lock
from avtoituba.gui.shell.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]

HOLDER = """
import sys
from PySide6.QtCore import QCoreApplication
app = QCoreApplication([])
from avtoituba.gui.shell.lock import WorkshopLock
held = WorkshopLock(sys.argv[1])
print("LOCKED" if held.try_lock() else "REFUSED", flush=True)
sys.stdin.readline()
"""


@pytest.fixture
def other_instance(tmp_path):
    """Start another process holding the lock of a file; yields (path, Popen)."""
    procs = []

    def start(path: Path) -> subprocess.Popen:
        env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
        proc = subprocess.Popen([sys.executable, "-c", HOLDER, str(path)], env=env,
                                stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        procs.append(proc)
        assert proc.stdout.readline().strip() == "LOCKED"
        return proc

    yield start
    for proc in procs:
        if proc.poll() is None:
            proc.kill()
        proc.wait()


def test_second_lock_in_process_is_refused_and_names_the_holder(workshop_path, qapp):
    new_workshop(workshop_path).close()
    first = lock.WorkshopLock(workshop_path)
    assert first.try_lock()
    second = lock.WorkshopLock(workshop_path)
    assert not second.try_lock()
    holder = second.holder()
    assert holder is not None and holder.pid == os.getpid()
    assert holder.host == socket.gethostname()
    first.unlock()
    assert second.try_lock()
    second.unlock()


def test_second_instance_is_told_who_holds_it_and_opens_read_only(
        tmp_path, store, settings, qtbot, other_instance, boxes, english):
    other = new_workshop(tmp_path / "teine.avtoituba")
    other_path = other.path
    other.close()
    proc = other_instance(other_path)
    window = MainWindow(store, settings)
    qtbot.addWidget(window)

    boxes.answers = ["read-only"]
    assert window.open_path(other_path)

    assert len(boxes.shown) == 1
    text = boxes.shown[0]["text"]
    assert other_path.name in text and str(proc.pid) in text and socket.gethostname() in text
    assert "read-only" in boxes.shown[0]["informative"]
    assert window.store.path == other_path and window.store.read_only
    assert "[read-only]" in window.windowTitle()
    # The first workshop's lock is released once another is shown.
    assert window.locks.held() == []
    assert not lock.lock_path(store.path).exists()
    window.close()


def test_cancel_keeps_the_workshop_that_was_open(
        tmp_path, store, settings, qtbot, other_instance, boxes, english):
    other = new_workshop(tmp_path / "teine.avtoituba")
    other_path = other.path
    other.close()
    other_instance(other_path)
    window = MainWindow(store, settings)
    qtbot.addWidget(window)
    boxes.answers = ["Cancel"]
    assert window.open_path(other_path) is False
    assert window.store.path == store.path and not window.store.read_only
    assert window.locks.held() == [store.path.resolve()]
    window.close()


def test_window_holds_the_lock_until_it_closes(main_window, store):
    lock_file = lock.lock_path(store.path)
    assert lock_file.exists()
    assert not lock.WorkshopLock(store.path).try_lock()  # a second window is refused
    main_window.close()
    assert not lock_file.exists()
    assert lock.WorkshopLock(store.path).try_lock()


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_stale_lock_of_a_killed_instance_is_recovered(
        tmp_path, settings, qtbot, other_instance, boxes):
    path = tmp_path / "katkenud.avtoituba"
    new_workshop(path).close()
    proc = other_instance(path)
    lock_file = lock.lock_path(path)
    assert lock_file.exists()
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert lock_file.exists()  # left behind by the killed process

    window = MainWindow(db.open_store(path), settings)
    qtbot.addWidget(window)
    assert boxes.shown == []  # taken over without a question
    assert not window.store.read_only
    assert window.locks.held() == [path.resolve()]
    assert lock.WorkshopLock(path).holder().pid == os.getpid()
    window.close()


def test_lock_goes_to_the_data_folder_when_the_workshop_folder_is_read_only(
        workshop_path, monkeypatch, qapp):
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda p, mode, *a, **k: False
                        if Path(p) == workshop_path.parent and mode & os.W_OK
                        else real_access(p, mode, *a, **k))
    where = lock.lock_path(workshop_path)
    assert where.parent.name == "locks"
    assert not where.is_relative_to(workshop_path.parent)


def test_restarted_app_on_same_file_does_not_lock_itself_out(main_window, store, boxes):
    # Showing the same file again (a restore, a reload) keeps the lock it has.
    main_window.set_store(db.open_store(store.path))
    assert boxes.shown == []
    assert not main_window.store.read_only
    assert main_window.locks.held() == [store.path.resolve()]
