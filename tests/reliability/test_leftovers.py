"""Nothing left behind, nothing misnamed: read-only commands leave the folder as they found
it, temporary files of interrupted runs are cleaned by the next run, and a file with a
-wal beside it that is not damaged is not called damaged."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy.exc import OperationalError

from avtoituba.core import backup
from avtoituba.core.workshop import new_workshop, workshop_info
from avtoituba.store import db, errors

from tests.reliability.conftest import folder_state

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def workshop(tmp_path) -> Path:
    path = tmp_path / "ws" / "Elva töötuba.avtoituba"
    new_workshop(path, title="Elva töötuba").close()
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]
    return path


def _write_and_crash(path: Path, title: str) -> None:
    """A process that commits a change into the -wal only, then dies (no checkpoint)."""
    code = ("import os, sqlite3, sys\n"
            "c = sqlite3.connect(sys.argv[1]); c.execute('PRAGMA wal_autocheckpoint=0')\n"
            "c.execute('UPDATE workshop SET title=?', (sys.argv[2],)); c.commit()\n"
            "os._exit(0)\n")
    subprocess.run([sys.executable, "-c", code, str(path), title], check=True, timeout=60)
    assert Path(f"{path}-wal").stat().st_size > 32


# -- 1. read-only commands ---------------------------------------------------------------------

@pytest.mark.parametrize("command", [
    ("info",), ("info", "--json"), ("activities", "list"), ("participants", "list"),
    ("groups", "show"), ("agenda",), ("municipalities", "list"),
], ids=" ".join)
def test_read_only_commands_leave_nothing_beside_the_file(run_cli, workshop, command):
    before = folder_state(workshop.parent)
    words = [c for c in command if not c.startswith("-")]
    result = run_cli(*words, workshop, *[c for c in command if c.startswith("-")])
    assert result.returncode == 0, result.stderr
    assert folder_state(workshop.parent) == before  # no -wal, no -shm, the file unchanged


def test_export_leaves_nothing_beside_the_workshop(run_cli, workshop, tmp_path):
    before = folder_state(workshop.parent)
    result = run_cli("export", "homework", workshop, "--out", tmp_path / "pakett")
    assert result.returncode == 0, result.stderr
    assert folder_state(workshop.parent) == before
    assert not [p for p in (tmp_path / "pakett").iterdir() if p.name.startswith(".")]


def test_a_read_only_store_still_reads_what_waits_in_a_crash_left_wal(workshop):
    _write_and_crash(workshop, "Pealkiri -wal-ist")
    Path(f"{workshop}-shm").unlink(missing_ok=True)
    wal = Path(f"{workshop}-wal").read_bytes()
    with db.open_store(workshop, read_only=True) as store:
        assert workshop_info(store).title == "Pealkiri -wal-ist"
    assert Path(f"{workshop}-wal").read_bytes() == wal  # left as it was, not folded in


def test_a_read_only_store_beside_a_writer_sees_its_changes(workshop):
    with db.open_store(workshop) as writer:
        with db.open_store(workshop, read_only=True) as reader:
            from avtoituba.core.workshop import update_workshop

            update_workshop(writer, title="Uus pealkiri")
            assert workshop_info(reader).title == "Uus pealkiri"
    assert sorted(p.name for p in workshop.parent.iterdir()) == [workshop.name]


def test_a_read_only_store_writes_nothing(workshop):
    from avtoituba.core.workshop import update_workshop

    before = folder_state(workshop.parent)
    with db.open_store(workshop, read_only=True) as store, pytest.raises(OperationalError):
        update_workshop(store, title="Ei tohi")
    assert folder_state(workshop.parent) == before


# -- 2. temporary files of interrupted runs -----------------------------------------------------

def _age(path: Path, seconds: float) -> Path:
    then = time.time() - seconds
    os.utime(path, (then, then))
    return path


def test_an_export_removes_stale_temporary_documents_and_spares_fresh_ones(run_cli, workshop,
                                                                         tmp_path):
    out = tmp_path / "pakett"
    out.mkdir()
    stale = out / ".~avtoituba-k1ll3d.tmp"
    stale.write_bytes(b"PK\x03\x04 half a document")
    _age(stale, 2 * 3600)
    fresh = out / ".~avtoituba-wr1t1ng.tmp"  # another export, writing right now
    fresh.write_bytes(b"PK\x03\x04")
    mine = out / ".~avtoituba-notes.txt"  # not ours: kept
    mine.write_text("x")
    _age(mine, 2 * 3600)
    result = run_cli("export", "homework", workshop, "--out", out)
    assert result.returncode == 0, result.stderr
    assert not stale.exists()
    assert fresh.exists() and mine.exists()


def test_a_backup_removes_the_journal_an_interrupted_backup_left(workshop, tmp_path):
    folder = tmp_path / "backups"
    folder.mkdir()
    left = folder / ".x.avtoituba.ab12.tmp"
    journal = folder / ".x.avtoituba.ab12.tmp-journal"
    journal.write_bytes(b"\xd9\xd5\x05\xf9 journal")
    left.write_bytes(b"SQLite format 3\x00")
    _age(journal, 600)
    _age(left, 600)
    backup.take_backup(workshop, folder)
    assert not journal.exists() and not left.exists()
    assert len(backup.backup_files(folder)) == 1


def test_a_restore_removes_what_an_interrupted_restore_staged(workshop, tmp_path):
    folder = tmp_path / "backups"
    taken = backup.take_backup(workshop, folder)
    staged = workshop.with_name(f".{workshop.name}.restoring")
    staged.write_bytes(b"SQLite format 3\x00 half")
    Path(f"{staged}-journal").write_bytes(b"journal")
    partial = workshop.with_name(f".{workshop.name}.restoring.q9x.tmp")
    partial.write_bytes(b"half")
    # the copy into the staged file was killed midway (copy_database's own temporary name)
    copying = workshop.with_name(f"..{workshop.name}.restoring.nwu61oh1.tmp")
    copying.write_bytes(b"SQLite format 3\x00 a quarter")
    backup.restore_backup(taken.path, workshop, folder)
    assert sorted(p.name for p in workshop.parent.iterdir()) == [workshop.name]


def test_a_new_file_removes_what_an_interrupted_create_left(tmp_path):
    path = tmp_path / "Uus.avtoituba"
    left = tmp_path / ".Uus.avtoituba.k1ll.tmp"
    left.write_bytes(b"SQLite format 3\x00")
    Path(f"{left}-journal").write_bytes(b"j")
    new_workshop(path).close()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["Uus.avtoituba"]


# -- 3. messages that do not mislead ------------------------------------------------------------

def test_another_workshops_wal_beside_the_file_is_named_not_called_damaged(workshop, tmp_path):
    other = tmp_path / "other.avtoituba"
    new_workshop(other, title="Teine").close()
    _write_and_crash(other, "Teise pealkiri")
    Path(f"{other}-shm").unlink(missing_ok=True)
    shutil.copyfile(f"{other}-wal", f"{workshop}-wal")
    before = folder_state(workshop.parent)
    for read_only in (True, False):
        with pytest.raises(errors.WorkshopFileError) as caught:
            db.open_store(workshop, read_only=read_only)
        assert caught.value.code == "foreign_journal"
        assert "does not belong" in caught.value.message
    assert folder_state(workshop.parent) == before  # the foreign pages were not folded in
    Path(f"{workshop}-wal").unlink()
    with db.open_store(workshop, read_only=True) as store:
        assert workshop_info(store).title == "Elva töötuba"


def test_the_cli_says_what_the_foreign_wal_is_in_estonian(run_cli, workshop, tmp_path):
    other = tmp_path / "other.avtoituba"
    new_workshop(other, title="Teine").close()
    _write_and_crash(other, "Teise pealkiri")
    shutil.copyfile(f"{other}-wal", f"{workshop}-wal")
    result = run_cli("info", workshop, lang=None)
    assert result.returncode == 2
    assert "Elva töötuba.avtoituba-wal" in result.stderr
    assert "ei kuulu" in result.stderr and "kahjustatud" not in result.stderr.split(":")[-1]
    assert "Traceback" not in result.stderr


def test_an_own_crash_left_wal_is_folded_in_when_opened_for_writing(workshop):
    _write_and_crash(workshop, "Päästetud pealkiri")
    Path(f"{workshop}-shm").unlink(missing_ok=True)
    with db.open_store(workshop) as store:
        assert workshop_info(store).title == "Päästetud pealkiri"


CAN_MOUNT = sys.platform == "linux" and hasattr(os, "geteuid") and os.geteuid() == 0 \
    and shutil.which("unshare") is not None


def _on_read_only_mount(folder: Path, *command: str) -> subprocess.CompletedProcess[str]:
    """Run ``command`` with ``folder`` mounted read-only in a private mount namespace (a
    real read-only medium: SQLite gets EROFS, not a simulated answer)."""
    script = 'mount --bind "$0" "$0" && mount -o remount,bind,ro "$0" && exec "$@"'
    env = dict(os.environ, PYTHONPATH=str(ROOT), AVTOITUBA_LANG="en")
    return subprocess.run(["unshare", "-m", "sh", "-c", script, str(folder), *command],
                          capture_output=True, text=True, env=env, timeout=60, cwd=ROOT)


@pytest.mark.skipif(not CAN_MOUNT, reason="needs root and unshare for a read-only mount")
def test_a_sound_file_with_its_wal_on_a_read_only_medium_is_not_called_damaged(workshop):
    _write_and_crash(workshop, "Ootel muudatus")
    Path(f"{workshop}-shm").unlink(missing_ok=True)
    before = folder_state(workshop.parent)
    probe = _on_read_only_mount(workshop.parent, "touch", str(workshop.parent / "probe"))
    if probe.returncode == 0 or "Read-only" not in probe.stderr:
        pytest.skip(f"no read-only mount here: {probe.stderr.strip()}")
    result = _on_read_only_mount(workshop.parent, sys.executable, "-m", "avtoituba", "info",
                                 str(workshop))
    assert result.returncode == 2
    assert "not damaged" in result.stderr and "read-only medium" in result.stderr
    assert "Copy the file together with Elva töötuba.avtoituba-wal" in result.stderr
    assert "restore" not in result.stderr.lower()
    assert folder_state(workshop.parent) == before
    # following the advice works: both copied to a writable place, the change is there
    copy = workshop.parent.parent / "copy"
    copy.mkdir()
    shutil.copyfile(workshop, copy / workshop.name)
    shutil.copyfile(f"{workshop}-wal", copy / f"{workshop.name}-wal")
    with db.open_store(copy / workshop.name, read_only=True) as store:
        assert workshop_info(store).title == "Ootel muudatus"


@pytest.mark.parametrize("argv", [
    ("export", "homework", "{ws}", "--out", "{file}"),
    ("export", "seminar", "{ws}", "--out", "{file}"),
    ("export", "homework", "{ws}", "--out", "{file}/pakett"),
    ("groups", "export", "{ws}", "{file}/grupid.docx"),
])
def test_out_naming_a_file_says_it_must_be_a_folder(run_cli, workshop, tmp_path, argv):
    afile = tmp_path / "märkmed.txt"
    afile.write_text("x")
    args = [a.format(ws=workshop, file=afile) for a in argv]
    result = run_cli(*args)
    assert result.returncode == 2, result.stderr
    assert f"{afile}: is a file, not a folder" in result.stderr
    assert "exists" not in result.stderr
    et = run_cli(*args, lang=None)
    assert "on fail, mitte kaust" in et.stderr


# -- 6. file-system errors in the trainer's language --------------------------------------------

def test_os_errors_are_worded_in_estonian_by_default_and_english_on_request():
    import errno

    from avtoituba import wording
    from avtoituba.commands.oserrors import os_error_text

    cases = {
        OSError(errno.ENOSPC, "No space left on device", "/media/usb/x.docx"): (
            "ketas on täis", "the disk is full"),
        OSError(errno.EROFS, "Read-only file system", "/media/cd/x"): (
            "kirjutuskaitstud", "read-only"),
        PermissionError(errno.EACCES, "Permission denied", "/root/x"): (
            "õigus", "permission denied"),
        NotADirectoryError(errno.ENOTDIR, "Not a directory", "/tmp/f"): (
            "mitte kaust", "not a folder"),
    }
    try:
        for exc, (et, en) in cases.items():
            wording.set_language("et")
            text = os_error_text(exc)
            assert text.startswith(str(exc.filename)) and et in text, text
            wording.set_language("en")
            assert en in os_error_text(exc)
    finally:
        wording.set_language("en")


def test_the_window_names_the_foreign_wal_and_changes_nothing(workshop, tmp_path, main_window,
                                                              boxes):
    other = tmp_path / "other.avtoituba"
    new_workshop(other, title="Teine").close()
    _write_and_crash(other, "Teise pealkiri")
    shutil.copyfile(f"{other}-wal", f"{workshop}-wal")
    before = folder_state(workshop.parent)
    assert main_window.open_path(workshop) is False
    shown = boxes.shown[0]
    assert "ei kuulu" in shown["text"] and "Elva töötuba.avtoituba-wal" in shown["informative"]
    assert "kahjustatud" not in shown["text"]
    assert folder_state(workshop.parent) == before
