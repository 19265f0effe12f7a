"""One writer per file, everywhere: a command that writes to a workshop another process
holds is refused with one line naming the holder and writes nothing; reading commands
still work; creating a file never replaces one; a restore takes the lock too."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from avtoituba.core import backup
from avtoituba.core.workshop import new_workshop
from avtoituba.store import db, errors, lock

from tests.reliability.conftest import file_hash

ROOT = Path(__file__).resolve().parents[2]

# Another avtoituba holding the file open for writing (Qt-free: the store's lock).
HOLDER = """
import sys
from avtoituba.store.db import open_store
store = open_store(sys.argv[1])
print("OPEN", flush=True)
sys.stdin.readline()
store.close()
"""


@pytest.fixture
def holder():
    """Start another process that has a workshop open for writing; yields start(path)."""
    procs: list[subprocess.Popen] = []

    def start(path: Path) -> subprocess.Popen:
        env = dict(os.environ, PYTHONPATH=str(ROOT))
        proc = subprocess.Popen([sys.executable, "-c", HOLDER, str(path)], env=env,
                                stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        procs.append(proc)
        assert proc.stdout.readline().strip() == "OPEN"
        return proc

    yield start
    for proc in procs:
        if proc.poll() is None:
            proc.kill()
        proc.wait()


def test_cli_write_to_a_file_open_elsewhere_is_refused_in_one_line(
        run_cli, workshop_path, holder):
    new_workshop(workshop_path).close()
    proc = holder(workshop_path)
    before = file_hash(workshop_path)

    r = run_cli("activities", "add", workshop_path, "--group", "1", "--municipality",
                "Elva vald", "--title", "Kärajad")

    assert r.returncode != 0
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1, r.stderr
    assert str(proc.pid) in lines[0] and socket.gethostname() in lines[0]
    assert "Traceback" not in r.stderr
    assert file_hash(workshop_path) == before  # nothing written
    # Reading takes no lock: the holder's file can still be looked at.
    r = run_cli("activities", "list", workshop_path, "--json", check=True)
    assert r.stdout.strip() == "[]"


def test_the_lock_is_released_when_its_process_is_killed(run_cli, workshop_path, holder):
    new_workshop(workshop_path).close()
    proc = holder(workshop_path)
    proc.kill()
    proc.wait()
    r = run_cli("activities", "add", workshop_path, "--group", "1", "--municipality",
                "Elva vald", "--title", "Kärajad")
    assert r.returncode == 0, r.stderr


def test_in_process_leases_share_one_lock(workshop_path):
    new_workshop(workshop_path).close()
    with db.open_store(workshop_path) as first, db.open_store(workshop_path) as second:
        assert first.lease is not None and second.lease is not None
        assert lock.held_here(workshop_path)
        # but a separate lock on the same file (another process would have one) is refused
        assert not lock.WorkshopLock(workshop_path).try_lock()
    assert not lock.held_here(workshop_path)
    assert lock.WorkshopLock(workshop_path).try_lock()


def test_an_empty_lock_file_left_by_a_power_loss_is_taken_over(workshop_path):
    new_workshop(workshop_path).close()
    lock.lock_path(workshop_path).write_bytes(b"")
    with db.open_store(workshop_path) as store:
        assert store.lease is not None
        assert lock.WorkshopLock(workshop_path).holder().pid == os.getpid()


NEW = """
import sys, time
from avtoituba.cli import main
sys.exit(main(["new", sys.argv[1], "--title", sys.argv[2]]))
"""


def test_two_new_on_one_path_at_once_one_wins_the_other_fails(tmp_path):
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    tries = 3 if not os.environ.get("AVTOITUBA_FULL") else 20
    for i in range(tries):
        path = tmp_path / f"race{i}.avtoituba"
        procs = [subprocess.Popen([sys.executable, "-c", NEW, str(path), f"title {k}"],
                                  env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                  text=True) for k in range(2)]
        results = [(p.wait(60), p.stdout.read(), p.stderr.read()) for p in procs]
        codes = sorted(code for code, _, _ in results)
        assert codes[0] == 0 and codes[1] != 0, results
        loser = next(err for code, _, err in results if code != 0)
        assert len(loser.strip().splitlines()) == 1 and "Traceback" not in loser
        winner = next(out for code, out, _ in results if code == 0)
        with db.open_store(path, read_only=True) as store:
            from avtoituba.core.workshop import workshop_info

            assert workshop_info(store).title in winner


def test_create_never_replaces_a_file_that_appeared(workshop_path):
    workshop_path.write_bytes(b"someone else's file")
    with pytest.raises(errors.Exists):
        new_workshop(workshop_path)
    assert workshop_path.read_bytes() == b"someone else's file"
    assert [p.name for p in workshop_path.parent.iterdir()] == [workshop_path.name]


def test_restore_refuses_while_another_process_writes(tmp_path, workshop_path, holder):
    new_workshop(workshop_path).close()
    taken = backup.take_backup(workshop_path, tmp_path / "backups")
    holder(workshop_path)
    before = file_hash(workshop_path)
    with pytest.raises(errors.Locked):
        backup.restore_backup(taken.path, workshop_path, safety_folder=tmp_path / "backups")
    assert file_hash(workshop_path) == before


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX special files")
def test_special_files_are_refused_at_once_with_one_line(run_cli, tmp_path):
    fifo = tmp_path / "pipe.avtoituba"
    os.mkfifo(fifo)
    loop = tmp_path / "loop.avtoituba"
    loop.symlink_to(loop)
    for target in (fifo, loop, Path("/dev/zero")):
        for args in (("info", target), ("activities", "add", target, "--group", "1",
                                        "--municipality", "Elva vald", "--title", "x")):
            r = run_cli(*args, timeout=20)
            assert r.returncode != 0
            assert len(r.stderr.strip().splitlines()) == 1, r.stderr
            assert "unexpected" not in r.stderr and "Traceback" not in r.stderr
