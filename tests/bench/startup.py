"""Cold start to the main window shown, on a workshop with 500 activities, next to a bare
PySide6 window shown and closed in the same run. The workshop is on screen when its first
page is painted (read from the file's first look); it is open for editing once the full
store (SQLAlchemy) is open too, which happens before the first event is handled.

    python -m tests.bench.startup [--runs N]
"""

from __future__ import annotations

import argparse
import datetime as dt
import tempfile
from pathlib import Path

from tests.bench.common import PYTHON, bench_env, median, report, timed_lines, timed_run

BARE_WINDOW = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
w = QMainWindow(); w.resize(1280, 800); w.show()
app.processEvents()
print("shown", flush=True)
QTimer.singleShot(0, app.quit)
app.exec()
"""


def make_workshop(path: Path, activities: int) -> None:
    from avtoituba.core.demo import create_demo
    from avtoituba.store.models import Activity, Area, Group, Municipality

    store = create_demo(path, date=dt.date(2026, 11, 17))
    with store.transaction() as s:
        groups = s.query(Group).all()
        areas = s.query(Area).all()
        munis = s.query(Municipality).all()
        have = s.query(Activity).count()
        s.add_all(
            Activity(workshop_id=store.workshop_id, group_id=groups[i % 3].id,
                     municipality_id=munis[i % len(munis)].id, area_id=areas[i % 7].id,
                     position=i, title=f"Tegevus {i}: kaasav eelarve ja kärajad",
                     description="Kirjeldus " * 10)
            for i in range(have, activities)
        )
    store.close()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    folder = Path(tempfile.mkdtemp(prefix="avtoituba-start-"))
    workshop = folder / "500.avtoituba"
    make_workshop(workshop, 500)
    env = bench_env(AVTOITUBA_EXIT_AFTER_SHOW="1")
    # warm the file cache once for both
    timed_run([PYTHON, "-c", BARE_WINDOW], env)
    timed_run([PYTHON, "-m", "avtoituba", str(workshop)], env)
    bare, shown, ready, editable = [], [], [], []
    for _ in range(args.runs):
        bare.append(timed_lines([PYTHON, "-c", BARE_WINDOW], env)["shown"])
        marks = timed_lines([PYTHON, "-m", "avtoituba", str(workshop)], env)
        shown.append(marks["shown"])
        ready.append(marks["ready"])
        editable.append(marks.get("editable", marks["ready"]))
    print(f"bare PySide6 window shown: runs {[round(v, 3) for v in bare]}")
    print(f"avtoituba main window shown: runs {[round(v, 3) for v in shown]}")
    print(f"avtoituba workshop (500 activities) on screen: runs {[round(v, 3) for v in ready]}")
    print(f"avtoituba workshop open for editing (SQLAlchemy loaded, before the first event is "
          f"handled): runs {[round(v, 3) for v in editable]}")
    report("cold start to main window shown (median)", median(shown), median(bare), 3.0)
    report("cold start to the workshop on screen (median)", median(ready), median(bare), 3.0)
    print(f"for scale: cold start to the workshop open for editing (median): "
          f"{median(editable):.4f} s ({median(editable) / median(bare):.2f}x the floor)")


if __name__ == "__main__":
    main()
