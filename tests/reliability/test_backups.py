"""Automatic backups: taken while the app writes, bounded, listed with counts, restorable."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from PySide6.QtCore import QCoreApplication, QTimer

from avtoituba.core import backup
from avtoituba.core.workshop import workshop_info
from avtoituba.store import db
from avtoituba.store.models import Activity, Participant, TimerEvent

from avtoituba.gui.shell import backups as gui_backups
from tests.reliability.conftest import file_hash


def add_activity(store: db.Store, title: str) -> None:
    with store.transaction() as session:
        session.add(Activity(workshop_id=store.workshop_id, title=title))


# -- core ------------------------------------------------------------------------------------

def test_backup_of_an_open_workshop_holds_what_was_committed(store, tmp_path):
    add_activity(store, "Avaandmete portaal")
    with store.transaction() as session:
        session.add(Participant(workshop_id=store.workshop_id, name="Mari Maasikas"))
        session.add(TimerEvent(workshop_id=store.workshop_id, kind="start"))
    folder = tmp_path / "backups"
    info = backup.take_backup(store.path, folder, "manual")
    assert info.path.parent == folder and info.reason == "manual"
    assert (info.activities, info.participants, info.timer_events) == (1, 1, 1)
    assert info.title == workshop_info(store).title
    assert db.integrity_ok(info.path)
    assert not list(folder.glob("*-wal")) and not list(folder.glob(".*tmp"))
    reopened = db.open_store(info.path, read_only=True)
    try:
        assert workshop_info(reopened).activities == 1
    finally:
        reopened.close()


def test_backup_while_a_transaction_is_open_sees_only_commits(store, tmp_path):
    add_activity(store, "salvestatud")
    session = store.session()
    session.begin()
    session.add(Activity(workshop_id=store.workshop_id, title="pooleli"))
    session.flush()  # written to the database, not committed
    try:
        info = backup.take_backup(store.path, tmp_path / "b")
    finally:
        session.rollback()
        session.close()
    conn = sqlite3.connect(info.path)
    titles = [r[0] for r in conn.execute("SELECT title FROM activity")]
    conn.close()
    assert titles == ["salvestatud"]


def test_listing_is_newest_first_and_ignores_other_files(store, tmp_path):
    folder = tmp_path / "b"
    t0 = dt.datetime(2026, 11, 17, 9, 0, tzinfo=dt.UTC)
    for minutes in (0, 30, 10):
        backup.take_backup(store.path, folder, "auto", now=t0 + dt.timedelta(minutes=minutes))
    (folder / "notes.txt").write_text("not a backup")
    (folder / ".20261117T090000.000Z-auto.avtoituba.x.tmp").write_bytes(b"half")
    listed = backup.list_backups(folder)
    assert [i.taken_at.minute for i in listed] == [30, 10, 0]


def test_a_damaged_backup_is_listed_as_such(store, tmp_path):
    folder = tmp_path / "b"
    info = backup.take_backup(store.path, folder)
    info.path.write_bytes(info.path.read_bytes()[:5000])
    [listed] = backup.list_backups(folder)
    assert not listed.readable and listed.activities is None


def test_rotation_keeps_the_newest_and_one_per_hour_and_day(store, tmp_path):
    folder = tmp_path / "b"
    start = dt.datetime(2026, 11, 17, 7, 0, tzinfo=dt.UTC)
    times = [start + dt.timedelta(minutes=3 * i) for i in range(200)]  # a 10-hour day
    source = backup.take_backup(store.path, tmp_path / "one").path
    folder.mkdir()
    for t in times:  # copies of one backup under each time's name: rotation is by name
        (folder / backup.backup_name(t, "auto")).write_bytes(source.read_bytes())
    removed = backup.rotate(folder, keep_last=20, keep_hours=24, keep_days=30)
    kept = [b.taken_at for b in backup.list_backups(folder)]
    assert len(kept) + len(removed) == 200
    assert kept[:20] == sorted(times, reverse=True)[:20]  # the newest 20, all of them
    hours = {(t.day, t.hour) for t in times}
    assert {(t.day, t.hour) for t in kept} == hours  # every hour of the day still there
    assert len(kept) <= 20 + 24 + 30


@given(st.lists(st.datetimes(min_value=dt.datetime(2026, 1, 1), max_value=dt.datetime(2027, 1, 1),
                             timezones=st.just(dt.UTC)), max_size=300),
       st.integers(0, 30), st.integers(0, 30), st.integers(0, 40))
@settings(max_examples=300, deadline=None)
def test_rotation_properties(times, keep_last, keep_hours, keep_days):
    kept = backup.to_keep(times, keep_last, keep_hours, keep_days)
    unique = sorted(set(times), reverse=True)
    assert kept <= set(unique)
    assert len(kept) <= keep_last + keep_hours + keep_days
    assert set(unique[:keep_last]) <= kept
    if unique and (keep_last or keep_hours or keep_days):
        assert unique[0] in kept  # the newest backup is never removed
    assert backup.to_keep(kept, keep_last, keep_hours, keep_days) == kept  # stable


def test_restore_as_a_new_file(store, tmp_path):
    add_activity(store, "enne")
    info = backup.take_backup(store.path, tmp_path / "b")
    add_activity(store, "pärast")
    target = tmp_path / "taastatud.avtoituba"
    assert backup.restore_backup(info.path, target) is None
    restored = db.open_store(target)
    try:
        assert workshop_info(restored).activities == 1
    finally:
        restored.close()
    assert workshop_info(store).activities == 2  # the open workshop untouched


def test_restore_in_place_keeps_a_safety_copy(store, tmp_path):
    folder = tmp_path / "b"
    add_activity(store, "enne")
    info = backup.take_backup(store.path, folder)
    add_activity(store, "pärast")
    path = store.path
    store.close()
    safety = backup.restore_backup(info.path, path, safety_folder=folder)
    assert safety is not None and backup.describe(safety).activities == 2
    assert backup.describe(safety).reason == "before-restore"
    reopened = db.open_store(path)
    try:
        assert workshop_info(reopened).activities == 1
    finally:
        reopened.close()


def test_a_damaged_backup_is_refused_and_nothing_changes(store, tmp_path):
    folder = tmp_path / "b"
    info = backup.take_backup(store.path, folder)
    data = info.path.read_bytes()
    info.path.write_bytes(data[:8192] + b"\xee" * 8192 + data[16384:])
    path = store.path
    store.close()
    digest = file_hash(path)
    with pytest.raises(backup.BackupError):
        backup.restore_backup(info.path, path, safety_folder=folder)
    assert file_hash(path) == digest
    assert [b.path for b in backup.list_backups(folder)] == [info.path]  # no safety copy needed


def test_change_monitor_sees_commits_not_reads(store):
    monitor = backup.ChangeMonitor(store.path)
    workshop_info(store)
    assert not monitor.changed()
    add_activity(store, "uus")
    assert monitor.changed()
    monitor.mark(monitor.version())
    assert not monitor.changed()


# -- the GUI controller ----------------------------------------------------------------------

@pytest.fixture
def controller(qapp, tmp_path):
    timer = QTimer()
    c = gui_backups.BackupController(timer=timer, folder_for=lambda p: tmp_path / "backups")
    yield c
    c.stop()


def test_controller_backs_up_only_when_the_file_changed(controller, store, qtbot):
    controller.watch(store)
    assert controller.timer.isActive()
    controller.tick()
    assert not controller.busy() and backup.list_backups(controller.folder) == []
    add_activity(store, "muudatus")
    with qtbot.waitSignal(controller.backup_taken, timeout=10_000) as taken:
        controller.tick()
    assert taken.args[0].activities == 1 and taken.args[0].reason == "auto"
    controller.tick()  # nothing new since
    controller.wait()
    QCoreApplication.processEvents()  # what the tick queued has run
    assert len(backup.list_backups(controller.folder)) == 1


def test_backup_now_with_a_reason_and_a_last_one_on_close(controller, store, qtbot):
    controller.watch(store)
    with qtbot.waitSignal(controller.backup_taken, timeout=10_000) as taken:
        assert controller.backup_now("block")
    assert taken.args[0].reason == "block"
    add_activity(store, "viimane")
    folder = controller.folder
    controller.stop()
    reasons = [b.reason for b in backup.list_backups(folder)]
    assert reasons == ["close", "block"]
    assert backup.list_backups(folder)[0].activities == 1


def test_read_only_workshops_are_not_backed_up(controller, store):
    path = store.path
    store.close()
    viewer = db.open_store(path, read_only=True)
    try:
        controller.watch(viewer)
        assert not controller.backup_now("manual")
        assert not controller.timer.isActive()
    finally:
        viewer.close()


def test_main_window_offers_backups_to_pages(main_window):
    assert main_window.context.services["backups"] is main_window.backups
    assert main_window.backups.path == main_window.store.path
    assert main_window.restore_action.isEnabled()
    assert main_window.restore_action in main_window.file_menu.actions()


def test_restore_dialog_lists_backups_with_counts(main_window, store, qtbot, tmp_path, english):
    add_activity(store, "esimene")
    main_window.backups.backup_now("manual")
    main_window.backups.wait()
    folder = main_window.backups.folder
    broken = backup.take_backup(store.path, folder, "auto",
                                now=dt.datetime(2026, 11, 17, 8, 0, tzinfo=dt.UTC))
    broken.path.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    dialog = gui_backups.RestoreBackupDialog(folder, True, main_window)
    qtbot.addWidget(dialog)
    dialog.show()
    table = dialog.ui.backupTable
    assert table.rowCount() == 2
    assert [table.item(0, c).text() for c in (1, 2, 3, 4)] == ["on request", "1", "0", "0"]
    assert "damaged" in table.item(1, 5).text()
    assert dialog.selected().reason == "manual"
    table.selectRow(1)
    assert not dialog.ui.restoreNewButton.isEnabled()  # a damaged one cannot be chosen
    dialog.grab().save(str(tmp_path / "restore_dialog.png"))


def test_restore_replaces_the_open_workshop_and_can_be_undone(
        main_window, store, qtbot, monkeypatch, boxes):
    add_activity(store, "enne")
    main_window.backups.backup_now("manual")
    main_window.backups.wait()
    QCoreApplication.processEvents()  # what the tick queued has run
    add_activity(main_window.store, "pärast")
    path = store.path

    def choose_first(dialog) -> int:
        dialog.ui.replaceButton.click()
        return 1

    monkeypatch.setattr(gui_backups.RestoreBackupDialog, "exec", choose_first)
    boxes.answers = ["Yes"]
    gui_backups.restore_from_backup(main_window)

    assert main_window.store.path == path and not main_window.store.read_only
    assert workshop_info(main_window.store).activities == 1
    assert main_window.locks.held() == [path.resolve()]
    reasons = [b.reason for b in backup.list_backups(main_window.backups.folder)]
    assert "before-restore" in reasons or "close" in reasons
    newest_safety = next(b for b in backup.list_backups(main_window.backups.folder)
                         if b.reason in ("close", "before-restore"))
    assert newest_safety.activities == 2  # the state before the restore is kept
    assert [b for b in boxes.shown if "could not" in b["text"]] == []


def test_backup_folder_is_per_file_in_the_data_folder(tmp_path, qapp):
    a = gui_backups.backup_folder(tmp_path / "x" / "paev.avtoituba")
    b = gui_backups.backup_folder(tmp_path / "y" / "paev.avtoituba")
    assert a != b and a.name.startswith("paev-") and a.parent.name == "backups"
    assert a.parent.parent == gui_backups.data_dir()
    assert not Path(a).is_relative_to(tmp_path)


def test_a_block_change_on_the_agenda_takes_a_backup(main_window, qtbot):
    agenda = main_window.page("agenda")
    with qtbot.waitSignal(main_window.backups.backup_taken, timeout=10_000) as taken:
        agenda.toggle()  # the day starts: the first block
    assert taken.args[0].reason == "block" and taken.args[0].timer_events == 1
    agenda.toggle()  # a pause is not a block change
    main_window.backups.wait()
    QCoreApplication.processEvents()  # what the tick queued has run
    assert [b.reason for b in backup.list_backups(main_window.backups.folder)] == ["block"]
    with qtbot.waitSignal(main_window.backups.backup_taken, timeout=10_000) as taken:
        agenda.next()
    assert taken.args[0].timer_events == 3
