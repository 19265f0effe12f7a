"""Kill -9 during restore while the rotation runs: nothing acknowledged is lost, and the
safety copy a restore makes is never rotated away.

An app process (APP below) adds activities through the capture service (what the
Activities page calls) and prints ``ACK title`` once each is committed; now and then it
backs up and rotates, and now and then it closes the workshop and restores an older backup
in place (File › Restore from backup), printing ``SAFETY path`` for the safety copy the
restore made. Meanwhile a second process backs the same file up and rotates the same
backup folder without pause, so the rotation runs during every restore. The test kills the
app with SIGKILL at a random moment (seeded), then checks as the next start would find it:
- the workshop opens for writing (its -wal recovered) and ``integrity_check`` is ok;
- every acknowledged activity is in the workshop or in a safety copy (a restore replaces the
  workshop with an older state; what it replaced lives on in the safety copy);
- no safety copy ever disappears (the rotation keeps them) and every one is sound;
- nothing a restore staged is left beside the workshop once the next restore has run.

Six kills in the ordinary run; ``AVTOITUBA_FULL=1`` (``make test-full``) runs 60.
Figures are printed with ``-s``.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

from avtoituba.core import backup
from avtoituba.core.workshop import new_workshop
from avtoituba.store import db

ROOT = Path(__file__).resolve().parents[2]
FULL = bool(os.environ.get("AVTOITUBA_FULL"))
KILLS = 60 if FULL else 6

APP = """
import random, sys
from avtoituba.core import backup
from avtoituba.core.capture import Capture
from avtoituba.store.db import open_store
path, folder, tag, seed = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
rng = random.Random(seed)
store = open_store(path); capture = Capture(store); groups = capture.groups()
print("READY", flush=True)
n = 0
while True:
    n += 1
    title = f"{tag}-{n}"
    capture.add(groups[n % 3].id, title, "Elva vald")
    print("ACK", title, flush=True)
    roll = rng.random()
    if roll < 0.15:
        backup.take_backup(path, folder, "auto")
        backup.rotate(folder)
    elif roll < 0.27:
        olders = [p for p in backup.backup_files(folder)
                  if (backup.parse_name(p.name) or (0, ""))[1] == "auto"]
        if not olders:
            continue
        capture.close(); store.close()  # the window closes the workshop, then restores
        try:
            safety = backup.restore_backup(rng.choice(olders), path, folder)
            print("SAFETY", safety, flush=True)
        except backup.BackupError as exc:  # the rotation took that backup meanwhile
            print("GONE", exc, flush=True)
        store = open_store(path); capture = Capture(store); groups = capture.groups()
"""

ROTATOR = """
import sys, time
from avtoituba.core import backup
path, folder = sys.argv[1], sys.argv[2]
while True:
    try:
        backup.take_backup(path, folder, "auto")
        backup.rotate(folder)
    except Exception as exc:  # a restore replaced the file under the copy: try again
        print("RETRY", type(exc).__name__, flush=True)
    time.sleep(0.02)
"""


def _titles(path: Path) -> set[str] | None:
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            return {r[0] for r in conn.execute("SELECT title FROM activity")}
        finally:
            conn.close()
    except sqlite3.Error:
        return None


def _kept(folder: Path) -> set[Path]:
    return {p for p in backup.backup_files(folder)
            if (backup.parse_name(p.name) or (0, ""))[1] in ("before-restore", "damaged")}


def test_kill_during_restore_with_rotation_loses_nothing_acknowledged(tmp_path):
    path = tmp_path / "paev.avtoituba"
    folder = tmp_path / "varukoopiad"
    new_workshop(path).close()
    backup.take_backup(path, folder, "auto")
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    rotator = subprocess.Popen([sys.executable, "-c", ROTATOR, str(path), str(folder)],
                               env=env, stdout=subprocess.DEVNULL)
    rng = random.Random(15)
    acked: set[str] = set()
    safeties: set[Path] = set()
    kept_before: set[Path] = set()
    restores = gone = staged_left = 0
    started = time.monotonic()
    try:
        for round_ in range(KILLS):
            lines: list[str] = []
            app = subprocess.Popen(
                [sys.executable, "-c", APP, str(path), str(folder), f"r{round_}",
                 str(rng.randrange(1 << 30))], env=env, stdout=subprocess.PIPE, text=True)
            ready = threading.Event()

            def read(app: subprocess.Popen[str] = app, lines: list[str] = lines,
                     ready: threading.Event = ready) -> None:
                for line in app.stdout:  # type: ignore[union-attr]
                    lines.append(line.rstrip("\n"))
                    if line.startswith("READY"):
                        ready.set()

            reader = threading.Thread(target=read, daemon=True)
            reader.start()
            assert ready.wait(60), "the app did not start"
            time.sleep(rng.uniform(0.2, 2.5))
            app.send_signal(signal.SIGKILL)
            app.wait(30)
            reader.join(10)
            for line in lines:
                word, _, rest = line.partition(" ")
                if word == "ACK":
                    acked.add(rest)
                elif word == "SAFETY":
                    safeties.add(Path(rest))
                    restores += 1
                elif word == "GONE":
                    gone += 1
            if any(p.name.startswith(f".{path.name}.restoring") for p in tmp_path.iterdir()):
                staged_left += 1  # killed in the middle of a restore

            # as the next start finds it
            with db.open_store(path):  # recovers the -wal under the lock
                pass
            assert db.integrity_ok(path)
            kept = _kept(folder)
            assert kept_before <= kept, f"rotated away: {kept_before - kept}"
            assert safeties <= kept, f"a reported safety copy is gone: {safeties - kept}"
            kept_before = kept
            found = set(_titles(path) or ())
            for copy in kept:
                titles = _titles(copy)
                assert titles is not None, f"{copy.name}: a safety copy that cannot be read"
                found |= titles
            lost = acked - found
            assert not lost, f"round {round_}: {len(lost)} acknowledged activities lost"
    finally:
        rotator.send_signal(signal.SIGKILL)
        rotator.wait(30)
    # the next restore clears whatever a killed one staged beside the workshop
    backup.restore_backup(backup.backup_files(folder)[-1], path, folder)
    assert [p.name for p in tmp_path.iterdir() if p.is_file()] == [path.name]
    print(f"\nkill during restore with rotation: {KILLS} kills, {len(acked)} activities "
          f"acknowledged, all found (workshop or safety copy); {restores} restores done, "
          f"{gone} refused (backup rotated away meanwhile), {len(_kept(folder))} safety "
          f"copies kept, none rotated away; {staged_left} kills in the middle of a restore; {len(backup.backup_files(folder))} files in the "
          f"backup folder; {time.monotonic() - started:.0f} s")
