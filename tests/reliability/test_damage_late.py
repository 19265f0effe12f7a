"""Damage the open-time check cannot see (text that is not UTF-8) found while reading: one
store error with a code, the store turns read-only, its owner is told once, nothing more
is written."""

from __future__ import annotations

import sqlite3

import pytest

from avtoituba.core.workshop import workshop_header
from avtoituba.store import db, errors
from avtoituba.store.models import Workshop


def test_a_decode_failure_turns_the_store_read_only_and_tells_once(workshop_path):
    from avtoituba.core.workshop import new_workshop

    new_workshop(workshop_path).close()
    raw = sqlite3.connect(workshop_path)
    raw.execute("UPDATE workshop SET title = CAST(x'ff41' AS TEXT)")
    raw.commit()
    raw.close()
    told: list[errors.Damaged] = []
    store = db.open_store(workshop_path)
    store.on_damage = told.append
    try:
        with pytest.raises(errors.Damaged) as caught:
            workshop_header(store)
        assert "decode" in str(caught.value).lower() and "sqlalche.me" not in str(caught.value)
        assert store.read_only and len(told) == 1
        with pytest.raises(errors.Damaged):
            workshop_header(store)
        assert len(told) == 1  # no repeated messages
        with pytest.raises(errors.Damaged), store.transaction() as session:
            session.get(Workshop, store.workshop_id, with_for_update=False)
            session.execute(Workshop.__table__.update().values(venue="x"))
    finally:
        store.close()
    raw = sqlite3.connect(workshop_path)
    assert raw.execute("SELECT venue FROM workshop").fetchone()[0] != "x"
    raw.close()


@pytest.mark.qt_no_exception_capture
def test_the_window_says_it_once_points_to_the_backup_and_turns_read_only(
        workshop_path, settings, qtbot, english, tmp_path, monkeypatch):
    """Issue 15.6, GUI side: a file whose text is damaged past the open-time check opens;
    the first read that meets the damage gives ONE message pointing at the last good backup
    (File › Restore from backup), the pages turn read-only, nothing more is written."""
    import hashlib

    from PySide6.QtWidgets import QMessageBox

    from avtoituba.core import backup
    from avtoituba.core.workshop import new_workshop

    from avtoituba.gui.shell import backups as gui_backups
    from avtoituba.gui.shell import errors as gui_errors
    from avtoituba.gui.shell.main_window import MainWindow

    new_workshop(workshop_path).close()
    good = backup.take_backup(workshop_path, gui_backups.backup_folder(workshop_path), "auto")
    raw = sqlite3.connect(workshop_path)
    raw.execute("UPDATE workshop SET title = CAST(x'ff41' AS TEXT)")
    raw.commit()
    raw.close()
    before = hashlib.sha256(workshop_path.read_bytes()).hexdigest()
    unexpected: list[object] = []
    monkeypatch.setattr(gui_errors.ErrorDialog, "exec", lambda box: unexpected.append(box))
    hook = gui_errors.install(tmp_path / "logs")
    try:
        window = MainWindow(db.open_store(workshop_path), settings)
        window.show()
        qtbot.waitUntil(lambda: window.damage_box is not None and window.damage_box.isVisible())
        box = window.damage_box
        assert workshop_path.name in box.text()
        assert "Restore from backup" in box.informativeText()
        assert good.taken_at.astimezone().strftime("%H.%M") in box.informativeText()
        for raw_text in ("sqlalche.me", "Traceback", "SELECT"):
            assert raw_text not in box.text() + box.informativeText()
        assert window.store.read_only and "[read-only]" in window.windowTitle()
        assert not window.details_action.isEnabled()
        # The pages see a read-only workshop; reading again gives no new message.
        assert window.context.read_only and not window.undo_action.isEnabled()
        window.update_title()
        window.show_page(1)
        qtbot.wait(50)  # queued signals run: nothing more is expected to be shown
        assert len([b for b in window.findChildren(QMessageBox) if b.isVisible()]) == 1
        assert unexpected == [] and hook.shown == []
        box.close()
        window.close()
        window.deleteLater()
    finally:
        hook.uninstall()
    assert hashlib.sha256(workshop_path.read_bytes()).hexdigest() == before
