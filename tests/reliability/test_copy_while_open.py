"""A copy taken by the file manager while the app writes holds everything acknowledged.

A writer process adds activities through the capture service (what the Activities page
calls), printing ``ACK n`` once each is committed, and pauses now and then as a trainer
does. Meanwhile the test copies the bare ``.avtoituba`` file, byte for byte, as a file
manager or ``cp`` would (no ``-wal`` beside it), at random moments, and counts what each
copy holds:
- a copy taken during a pause holds every acknowledged activity;
- a copy taken in the middle of typing holds at least everything acknowledged 2 s before.

``AVTOITUBA_FULL=1`` runs longer and takes more copies. Figures are printed with ``-s``.
"""

from __future__ import annotations

import os
import random
import shutil
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

from avtoituba.core.workshop import new_workshop

ROOT = Path(__file__).resolve().parents[2]
FULL = bool(os.environ.get("AVTOITUBA_FULL"))

WRITER = """
import random, sys, time
from avtoituba.core.capture import Capture
from avtoituba.store.db import open_store
store = open_store(sys.argv[1])
capture = Capture(store)
groups = capture.groups()
rng = random.Random(int(sys.argv[3]))
end = time.monotonic() + float(sys.argv[2])
n = 0
while time.monotonic() < end:
    n += 1
    capture.add(groups[n % 3].id, f"Tegevus {n}", "Elva vald", description="tekst " * (n % 40))
    print("ACK", n, flush=True)
    if rng.random() < 0.04:
        print("PAUSE", flush=True)
        time.sleep(1.0)
        print("RESUME", flush=True)
capture.close()
store.close()
print("DONE", flush=True)
"""


def held(copy: Path) -> int | None:
    """Activities in a copy (None: the copy cannot be read)."""
    try:
        conn = sqlite3.connect(f"file:{copy}?mode=ro", uri=True)
        try:
            return conn.execute("SELECT count(*) FROM activity").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:
        return None


def test_copies_at_random_moments_hold_every_acknowledged_activity(tmp_path):
    path = tmp_path / "paev.avtoituba"
    new_workshop(path).close()
    seconds = 30.0 if FULL else 6.0
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.Popen([sys.executable, "-c", WRITER, str(path), str(seconds), "7"],
                            env=env, stdout=subprocess.PIPE, text=True)
    acks: list[tuple[float, int]] = [(time.monotonic(), 0)]
    paused = threading.Event()

    def read() -> None:
        for line in proc.stdout:
            word = line.split()
            if word[0] == "ACK":
                acks.append((time.monotonic(), int(word[1])))
            elif word[0] == "PAUSE":
                paused.set()
            elif word[0] == "RESUME":
                paused.clear()

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    rng = random.Random(11)
    copies: list[tuple[str, int, int, int | None]] = []  # (when, acked -2 s, acked, held)
    n = 0
    while proc.poll() is None:
        time.sleep(rng.uniform(0.05, 0.4))
        pausing = paused.is_set()
        if pausing:
            time.sleep(0.3)  # let the last write settle (the app promises 2 s; it needs less)
        now = time.monotonic()
        acked = acks[-1][1]
        acked_2s = max((a for t, a in acks if t <= now - 2.0), default=0)
        n += 1
        copy = tmp_path / f"copy{n}.avtoituba"
        shutil.copyfile(path, copy)
        copies.append(("pause" if pausing and paused.is_set() else "typing", acked_2s, acked,
                       held(copy)))
        copy.unlink()
    reader.join(10)
    assert proc.wait(30) == 0

    print(f"\n{len(copies)} copies over {seconds:.0f} s, {acks[-1][1]} acknowledged:")
    for kind, acked_2s, acked, count in copies:
        print(f"  {kind:<6} acknowledged 2 s before {acked_2s:>5}, at the copy {acked:>5}, "
              f"held {count}")
    for kind, acked_2s, acked, count in copies:
        assert count is not None and count >= acked_2s
        if kind == "pause":
            assert count >= acked
    assert any(kind == "pause" for kind, *_ in copies) or not FULL
    # and once the app has closed the workshop, the file alone holds all of it
    shutil.copyfile(path, tmp_path / "final.avtoituba")
    assert held(tmp_path / "final.avtoituba") == acks[-1][1]
    assert not Path(str(path) + "-wal").exists()
