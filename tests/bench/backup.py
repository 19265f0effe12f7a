"""Backup and restore timings on a full day: ``python -m tests.bench.backup``.

A workshop with 5,000 activities (and the demo's participants and a day of timer events).
The floor is a plain copy of the same file with fsync, measured in the same run: an online
backup cannot be much cheaper than copying the bytes.
"""

from __future__ import annotations

import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

ACTIVITIES = 5_000


def timed(fn, repeat: int = 5) -> float:
    runs = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        runs.append(time.perf_counter() - t0)
    return statistics.median(runs)


def build(path: Path):
    from avtoituba.core.demo import create_demo
    from avtoituba.store.models import Activity, TimerEvent

    store = create_demo(path)
    with store.transaction() as session:
        for n in range(ACTIVITIES):
            session.add(Activity(
                workshop_id=store.workshop_id, position=n, title=f"Tegevus {n}: avaandmete "
                "avaldamine valla kodulehel", description="Kirjeldus. " * 30,
                responsible="Vallasekretär", time_frame="2027 I pool", notes="Märkmed " * 5))
        for _ in range(200):
            session.add(TimerEvent(workshop_id=store.workshop_id, kind="next"))
    return store


def main() -> int:
    from avtoituba.core import backup
    from avtoituba.store import db

    with tempfile.TemporaryDirectory(prefix="avtoituba-bench-") as tmp:
        tmp_path = Path(tmp)
        path = tmp_path / "suur.avtoituba"
        store = build(path)
        size = path.stat().st_size + path.with_name(path.name + "-wal").stat().st_size \
            if path.with_name(path.name + "-wal").exists() else path.stat().st_size
        folder = tmp_path / "backups"

        def plain_copy() -> None:
            target = tmp_path / "copy.bin"
            shutil.copyfile(path, target)
            with open(target, "rb+") as fh:
                os.fsync(fh.fileno())

        floor = timed(plain_copy)
        take = timed(lambda: backup.take_backup(path, folder, "auto"))
        fp = timed(lambda: backup.fingerprint(path), repeat=50)
        for _ in range(15):
            backup.take_backup(path, folder, "auto")
        listing = timed(lambda: backup.list_backups(folder), repeat=3)
        count = len(backup.list_backups(folder))
        rotate = timed(lambda: backup.rotate(folder), repeat=3)
        newest = backup.list_backups(folder)[0]
        restore_new = timed(lambda: (tmp_path / "new.avtoituba").unlink(missing_ok=True)
                            or backup.restore_backup(newest.path, tmp_path / "new.avtoituba"))
        store.close()
        restore_in_place = timed(lambda: backup.restore_backup(newest.path, path, folder),
                                 repeat=3)
        open_time = timed(lambda: db.open_store(path).close())
        check_time = timed(lambda: db.inspect_file(path))

    print(f"workshop: {ACTIVITIES} activities, {size / 1e6:.1f} MB")
    print(f"floor: plain copy + fsync            {floor * 1000:7.1f} ms")
    print(f"take_backup (online, + fsync)        {take * 1000:7.1f} ms  ({take / floor:.1f}x floor)")
    print(f"change check (fingerprint)           {fp * 1e6:7.1f} us")
    print(f"list_backups ({count} backups, counts)  {listing * 1000:7.1f} ms")
    print(f"rotate                               {rotate * 1000:7.1f} ms")
    print(f"restore as a new file                {restore_new * 1000:7.1f} ms")
    print(f"restore in place (+ safety copy)     {restore_in_place * 1000:7.1f} ms")
    print(f"open_store (inspect + quick_check)   {open_time * 1000:7.1f} ms "
          f"(inspect_file alone {check_time * 1000:.1f} ms)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
