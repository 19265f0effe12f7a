"""Files that are not what they should be: each is refused with a clear message that says
what to do, and neither the file nor its folder is changed in any way."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from avtoituba.core.workshop import new_workshop
from avtoituba.store import db
from avtoituba.store.errors import WorkshopFileError

from tests.reliability.conftest import file_hash, folder_state


def _good_file(folder: Path) -> bytes:
    path = folder / "good.source"
    store = new_workshop(path)
    store.close()
    data = path.read_bytes()
    path.unlink()
    return data


def corrupt_middle(folder: Path, data: bytes) -> bytes:
    # Three pages of garbage in the middle: the header and the schema still read fine.
    return data[:8192] + b"\xff" * 3 * 4096 + data[8192 + 3 * 4096:]


def truncated(folder: Path, data: bytes) -> bytes:
    return data[: len(data) // 2]


def truncated_header(folder: Path, data: bytes) -> bytes:
    return data[:60]


def zero_bytes(folder: Path, data: bytes) -> bytes:
    return b""


def word_document(folder: Path, data: bytes) -> bytes:
    return b"PK\x03\x04" + b"\x14\x00\x06\x00" + b"word/document.xml" + os.urandom(500)


def text_file(folder: Path, data: bytes) -> bytes:
    return b"Nimi;Omavalitsus\nMari Maasikas;Tartu vald\n"


def other_sqlite(folder: Path, data: bytes) -> bytes:
    path = folder / "other.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE songs (id INTEGER PRIMARY KEY, title TEXT)")
    conn.execute("INSERT INTO songs (title) VALUES ('Mu isamaa')")
    conn.commit()
    conn.close()
    out = path.read_bytes()
    path.unlink()
    return out


def newer_schema(folder: Path, data: bytes) -> bytes:
    path = folder / "newer.tmpfile"
    path.write_bytes(data)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.commit()
    conn.execute("PRAGMA journal_mode=DELETE")
    conn.close()
    out = path.read_bytes()
    path.unlink()
    return out


CASES: list[tuple[str, Callable[[Path, bytes], bytes], str, str]] = [
    # (case, make the bytes, error code, a word the advice must hold (English UI))
    ("corrupt", corrupt_middle, "corrupt", "backup"),
    ("truncated", truncated, "corrupt", "backup"),
    ("truncated header", truncated_header, "corrupt", "backup"),
    ("zero bytes", zero_bytes, "empty", "backup"),
    ("Word document", word_document, "not_sqlite", "workshop file"),
    ("text file", text_file, "not_sqlite", "workshop file"),
    ("another app's database", other_sqlite, "not_workshop", "unchanged"),
    ("newer avtoituba", newer_schema, "newer", "Update avtoituba"),
]


@pytest.fixture(scope="module")
def good_bytes(tmp_path_factory) -> bytes:
    return _good_file(tmp_path_factory.mktemp("good"))


@pytest.fixture(params=CASES, ids=[c[0] for c in CASES])
def bad_file(request, tmp_path: Path, good_bytes: bytes):
    _case, make, code, advice = request.param
    folder = tmp_path / "medium"
    folder.mkdir()
    path = folder / "toituba.avtoituba"
    path.write_bytes(make(tmp_path, good_bytes))
    return path, code, advice


@pytest.mark.parametrize("read_only", [False, True], ids=["write", "read-only"])
def test_store_refuses_with_a_code_and_leaves_the_file_alone(bad_file, read_only):
    path, code, _advice = bad_file
    before = folder_state(path.parent)
    with pytest.raises(WorkshopFileError) as caught:
        db.open_store(path, read_only=read_only)
    assert caught.value.code == code
    assert folder_state(path.parent) == before  # the file unchanged, no -wal/-shm/.bak added


def test_window_explains_what_to_do_and_keeps_the_open_workshop(
        bad_file, main_window, boxes, english):
    path, code, advice = bad_file
    shown_before = main_window.store.path
    before = folder_state(path.parent)
    assert main_window.open_path(path) is False
    assert folder_state(path.parent) == before
    assert len(boxes.shown) == 1
    box = boxes.shown[0]
    assert path.name in box["text"]
    assert advice.lower() in (box["text"] + box["informative"]).lower()
    assert "Traceback" not in box["details"]
    assert main_window.store.path == shown_before  # the workshop open before is still shown


def test_cli_refuses_with_one_line_and_no_traceback(bad_file, run_cli):
    path, _code, _advice = bad_file
    digest = file_hash(path)
    result = run_cli("info", path)
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert file_hash(path) == digest


def test_a_folder_is_not_a_workshop(tmp_path):
    folder = tmp_path / "kaust.avtoituba"
    folder.mkdir()
    with pytest.raises(WorkshopFileError) as caught:
        db.open_store(folder)
    assert caught.value.code == "not_sqlite"


# -- a read-only medium ----------------------------------------------------------------------

@pytest.fixture
def on_read_only_medium(tmp_path, monkeypatch):
    """A workshop file on a medium nothing can be written to (as root, permissions do not
    stop writes, so the medium's answer to 'may I write here?' is simulated)."""
    folder = tmp_path / "usb"
    path = folder / "toituba.avtoituba"
    new_workshop(path).close()
    real_access = os.access

    def access(p, mode, *args, **kwargs):
        if mode & os.W_OK and Path(p).resolve().is_relative_to(folder.resolve()):
            return False
        return real_access(p, mode, *args, **kwargs)

    monkeypatch.setattr(os, "access", access)
    return path


def test_read_only_medium_is_refused_for_writing_and_opens_read_only(on_read_only_medium):
    path = on_read_only_medium
    before = folder_state(path.parent)
    with pytest.raises(WorkshopFileError) as caught:
        db.open_store(path)
    assert caught.value.code == "read_only"
    store = db.open_store(path, read_only=True)
    try:
        assert "immutable=1" in db.readonly_uri(path)  # no -shm needed beside it
        from avtoituba.core.workshop import workshop_info

        assert workshop_info(store).agenda_items > 0
    finally:
        store.close()
    assert folder_state(path.parent) == before


def test_window_offers_read_only_for_a_read_only_medium(on_read_only_medium, main_window,
                                                        boxes, english):
    path = on_read_only_medium
    before = folder_state(path.parent)
    boxes.answers = ["Yes"]
    assert main_window.open_path(path) is True
    assert main_window.store.read_only
    assert "read-only" in boxes.shown[0]["text"]
    assert "[read-only]" in main_window.windowTitle()
    assert main_window.locks.held() == []  # a read-only viewer takes no lock
    main_window.close()
    assert folder_state(path.parent) == before


RUN_AS_NOBODY = shutil.which("setpriv") and hasattr(os, "geteuid") and os.geteuid() == 0


@pytest.mark.skipif(not RUN_AS_NOBODY, reason="needs root and setpriv to drop to 'nobody'")
def test_really_read_only_folder_opens_read_only_without_writing(tmp_path):
    """A folder the user truly cannot write to (permissions, as another user): the file
    opens read-only, its content reads, and nothing appears beside it."""
    import tempfile

    tmp_path = Path(tempfile.mkdtemp(prefix="avtoituba-ro-"))  # outside pytest's 0700 folder
    folder = tmp_path / "ro"
    path = folder / "toituba.avtoituba"
    new_workshop(path).close()
    os.chmod(tmp_path, 0o755)
    os.chmod(folder, 0o555)
    os.chmod(path, 0o444)
    before = folder_state(folder)
    root = Path(__file__).resolve().parents[2]
    code = ("import sys; from avtoituba.store import db; from avtoituba.core.workshop import "
            "workshop_info\n"
            "try:\n    db.open_store(sys.argv[1])\nexcept Exception as e: print('refused', e.code)\n"
            "s = db.open_store(sys.argv[1], read_only=True); "
            "print('read', workshop_info(s).agenda_items); s.close()")
    env = dict(os.environ, PYTHONPATH=str(root), HOME=str(tmp_path))
    try:
        result = subprocess.run(
            ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", sys.executable,
             "-c", code, str(path)], capture_output=True, text=True, env=env, timeout=60)
    finally:
        os.chmod(folder, 0o755)
        before_cleanup = folder_state(folder)
        shutil.rmtree(tmp_path)
    if "Permission denied" in result.stderr and "python" in result.stderr.lower():
        pytest.skip("the interpreter is not readable by 'nobody'")
    assert result.returncode == 0, result.stderr
    assert "refused read_only" in result.stdout
    assert "read " in result.stdout and "read 0" not in result.stdout
    assert before_cleanup == before
