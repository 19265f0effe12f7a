"""Kill the app with SIGKILL at random moments and check that nothing it saved is lost.

Each round starts ``tests.reliability.driver`` on the same workshop file, kills it after a
random delay (seeded: a failure can be replayed), then checks the file as the next start
of the app would find it:
- it opens (``open_store``, which also recovers the WAL) and ``PRAGMA integrity_check`` is ok;
- every activity the driver reported SAVED is there exactly once, with its title;
- the last timer event reported is in the log with its block, at most the commits cut off
  before they could be reported follow it, and the timer restarted from the log resumes on
  that block;
- every backup the killed app left in its backup folder is a complete, sound workshop file.

Run alone for figures: ``python -m tests.reliability.kill_harness [KILLS] [SEED]``.
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
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


class KillCheckFailed(AssertionError):
    pass


@dataclass
class KillReport:
    kills: int = 0
    start_rounds: int = 0  # rounds whose kill was timed from the start, not from READY
    killed_before_ready: int = 0
    killed_while_writing: int = 0  # rounds killed after the app had reported a write
    saved_activities: int = 0
    timer_events: int = 0
    backups_checked: int = 0
    recover_seconds: list[float] = field(default_factory=list)
    wall_seconds: float = 0.0

    def summary(self) -> str:
        rec = sorted(self.recover_seconds) or [0.0]
        return (f"{self.kills} kills survived ({self.killed_before_ready} during start-up); "
                f"{self.saved_activities} activities and {self.timer_events} timer events "
                f"reported saved, all present exactly once; {self.backups_checked} backups "
                f"checked sound; reopen+integrity_check median {rec[len(rec) // 2] * 1000:.0f} ms "
                f"(max {rec[-1] * 1000:.0f} ms); wall {self.wall_seconds:.1f} s")


def driver_env(workdir: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["QT_LOGGING_RULES"] = "qt.qpa.*=false"
    env["XDG_DATA_HOME"] = str(workdir / "data")
    env["XDG_CONFIG_HOME"] = str(workdir / "config")
    env["PYTHONIOENCODING"] = "utf-8"
    return env


def parse_output(text: str) -> tuple[bool, list[tuple[int, str]], list[tuple[int, int]]]:
    ready = False
    saved: list[tuple[int, str]] = []
    timer: list[tuple[int, int | None]] = []
    for line in text.split("\n")[:-1]:  # the last piece: cut off by the kill, or empty
        parts = line.split(" ", 2)
        if parts[0] == "READY":
            ready = True
        elif parts[0] == "SAVED" and len(parts) == 3:
            saved.append((int(parts[1]), parts[2]))
        elif parts[0] == "TIMER" and len(parts) == 3:
            timer.append((int(parts[1]), None if parts[2] == "None" else int(parts[2])))
    return ready, saved, timer


def check_file(path: Path, saved: list[tuple[int, str]], timer: list[tuple[int, int]],
               last_timer: tuple[int, int] | None) -> float:
    """The checks after a kill; returns the seconds taken to reopen and check the file."""
    from avtoituba.core.timer_service import TimerService
    from avtoituba.store.db import open_store

    t0 = time.perf_counter()
    store = open_store(path)  # as the app's next start: recovers the WAL
    try:
        resumed = TimerService(store).state()  # the timer as the restarted app shows it
    finally:
        store.close()
    conn = sqlite3.connect(path)
    try:
        result = conn.execute("PRAGMA integrity_check").fetchone()[0]
        elapsed = time.perf_counter() - t0
        if result != "ok":
            raise KillCheckFailed(f"integrity_check: {result}")
        for activity_id, title in saved:
            rows = conn.execute("SELECT id FROM activity WHERE title = ?", (title,)).fetchall()
            if rows != [(activity_id,)]:
                raise KillCheckFailed(f"activity {activity_id} {title!r}: found {rows}")
        if saved:
            after = conn.execute("SELECT count(*) FROM activity WHERE id > ?",
                                 (saved[-1][0],)).fetchone()[0]
            if after > 1:
                raise KillCheckFailed(f"{after} activities after the last one reported")
        if last_timer is not None:
            event_id, item_id = last_timer
            row = conn.execute("SELECT agenda_item_id FROM timer_event WHERE id = ?",
                               (event_id,)).fetchone()
            if row != (item_id,):
                raise KillCheckFailed(f"timer event {event_id} (block {item_id}): found {row}")
            after = conn.execute("SELECT count(*) FROM timer_event WHERE id > ?",
                                 (event_id,)).fetchone()[0]
            if after > 2:  # at the end of the day: a reset and a start, neither reported
                raise KillCheckFailed(f"{after} timer events after the last one reported")
            if after == 0 and item_id is not None:
                block = resumed.block.id if resumed.block is not None else None
                if block != item_id:
                    raise KillCheckFailed(f"the timer resumes on block {block}, not on "
                                          f"{item_id}, the last one reported")
    finally:
        conn.close()
    return elapsed


def check_backups(workdir: Path) -> int:
    from avtoituba.core import backup
    from avtoituba.store.db import integrity_ok

    checked = 0
    root = workdir / "data"
    for folder in root.rglob("backups/*"):
        for path in backup.backup_files(folder):
            if not integrity_ok(path):
                raise KillCheckFailed(f"backup {path} is damaged")
            checked += 1
    return checked


#: Share of the kills that may land during start-up, and how long after READY the others do.
START_EVERY = 5
WRITING_DELAY = 0.8


def run_kills(workdir: Path, kills: int, seed: int = 7, max_delay: float = 1.5,
              log=None) -> KillReport:
    """Run ``kills`` rounds on a fresh demo workshop in ``workdir``; raise on any loss."""
    from avtoituba.core.demo import create_demo

    workdir.mkdir(parents=True, exist_ok=True)
    path = workdir / "paev.avtoituba"
    create_demo(path).close()
    rng = random.Random(seed)
    env = driver_env(workdir)
    report = KillReport()
    all_saved: list[tuple[int, str]] = []
    all_timer: list[tuple[int, int]] = []
    started = time.perf_counter()
    for round_no in range(1, kills + 1):
        err_path = workdir / "driver.err"
        # One kill in five lands anywhere from the start (opening the file, recovering the
        # WAL, building the window); the others while the app writes, after READY.
        during_start = round_no % START_EVERY == 1
        report.start_rounds += during_start
        delay = rng.uniform(0.0, max_delay if during_start else WRITING_DELAY)
        lines: list[bytes] = []
        ready_seen = threading.Event()
        writing_seen = threading.Event()
        with open(err_path, "wb") as err:
            proc = subprocess.Popen(
                [sys.executable, "-m", "tests.reliability.driver", str(path)],
                stdout=subprocess.PIPE, stderr=err, env=env, cwd=ROOT)

            def read(stream=proc.stdout, lines=lines, ready=ready_seen,
                     writing=writing_seen) -> None:
                try:
                    for raw in iter(stream.readline, b""):
                        lines.append(raw)
                        if raw.startswith(b"READY"):
                            ready.set()
                        elif raw.startswith((b"SAVED", b"TIMER")):
                            writing.set()
                except (OSError, ValueError):
                    pass  # the pipe closed under it
                finally:
                    ready.set()  # ended (killed or exited)
                    writing.set()

            reader = threading.Thread(target=read, daemon=True)
            reader.start()
            if not during_start:
                ready_seen.wait(timeout=120)
                # On a busy machine the first save can come a second after READY; the kill
                # is timed from the moment the app is writing, so it lands while it writes.
                writing_seen.wait(timeout=120)
            try:
                proc.wait(timeout=delay)
            except subprocess.TimeoutExpired:
                proc.send_signal(signal.SIGKILL)
                proc.wait()
            reader.join(timeout=30)
            proc.stdout.close()
        text = b"".join(lines).decode("utf-8", errors="replace")
        if proc.returncode != -signal.SIGKILL:
            raise KillCheckFailed(
                f"round {round_no}: the driver ended by itself (exit {proc.returncode}):\n"
                f"{text[-500:]}\n{err_path.read_text(errors='replace')[-2000:]}")
        ready, saved, timer = parse_output(text)
        if not ready:
            report.killed_before_ready += 1
        if saved or timer:
            report.killed_while_writing += 1
        all_saved += saved
        all_timer += timer
        try:
            elapsed = check_file(path, all_saved, timer, all_timer[-1] if all_timer else None)
            report.backups_checked = check_backups(workdir)
        except KillCheckFailed as exc:
            raise KillCheckFailed(f"round {round_no} (seed {seed}, killed {delay:.3f} s after "
                                  f"{'start' if during_start else 'READY'}): {exc}") from exc
        report.kills += 1
        report.recover_seconds.append(elapsed)
        report.saved_activities = len(all_saved)
        report.timer_events = len(all_timer)
        if log is not None:
            log(f"round {round_no}: killed {delay:.2f} s after "
                f"{'start' if during_start else 'READY'}, {len(saved)} saved, "
                f"{'ready' if ready else 'during start-up'}; ok")
    report.wall_seconds = time.perf_counter() - started
    return report


def main(argv: list[str]) -> int:
    import tempfile

    kills = int(argv[0]) if argv else 20
    seed = int(argv[1]) if len(argv) > 1 else 7
    with tempfile.TemporaryDirectory(prefix="avtoituba-kill-") as tmp:
        report = run_kills(Path(tmp), kills, seed, log=print)
    print(report.summary())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
