"""Scrolling a group's list: frame time of the Activities page's list vs a plain list.

    python -m tests.bench.scroll [--rows 500]

One group with ``--rows`` activities (default 500, the issue's figure; also run at 1,667,
a third of 5,000). The page's list (model, filter proxy, two-line painting delegate) is
scrolled step by step, each step painted at once (``repaint``); the floor is a bare
``QListView`` over a ``QStringListModel`` of the same titles, same size, same steps.
Prints the median and 95th percentile frame time of both; target ≤ 2× the floor.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

TARGET = 2.0


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def frames(*views, steps: int = 300, passes: int = 3) -> list[list[float]]:
    """Frame times per view; the views take turns step by step, so load hits them alike."""
    out: list[list[float]] = [[] for _ in views]
    for _ in range(passes):
        for i in range(steps):
            for k, view in enumerate(views):
                bar = view.verticalScrollBar()
                span = bar.maximum() - bar.minimum()
                bar.setValue(bar.minimum() + span * i // max(1, steps - 1))
                t0 = time.perf_counter()
                view.viewport().repaint()
                out[k].append(time.perf_counter() - t0)
    return out


def wall_frames(wall, turns: int = 100) -> list[float]:
    """The wall at projector size: each page turn painted at once (a long group pages)."""
    out = []
    t0 = time.perf_counter()
    wall.fit()
    out.append(time.perf_counter() - t0)
    for _ in range(turns):
        if not wall.turn_page(1):
            while wall.turn_page(-1):
                pass
        t0 = time.perf_counter()
        wall.board.repaint()
        out.append(time.perf_counter() - t0)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=500)
    args = parser.parse_args(argv)

    from PySide6.QtCore import QSettings, QStringListModel
    from PySide6.QtWidgets import QApplication, QListView

    from avtoituba.store.db import open_store

    from avtoituba.gui.shell.main_window import MainWindow
    from avtoituba.gui.shell.settings import Settings
    from tests.bench._workshops import make_workshop

    app = QApplication.instance() or QApplication(sys.argv[:1])
    ok = True
    with tempfile.TemporaryDirectory() as tmp:
        for rows in (args.rows, 1667):
            path = make_workshop(Path(tmp) / f"w{rows}.avtoituba", rows * 3)
            settings = Settings(QSettings(str(Path(tmp) / "s.ini"), QSettings.Format.IniFormat))
            window = MainWindow(open_store(path), settings)
            window.resize(1280, 800)
            window.show()
            window.show_page([p.key for p in window.pages].index("activities"))
            page = window.page("activities")
            column = next(iter(page.columns.values()))
            app.processEvents()
            titles = [column.model.row_at(i).title for i in range(column.model.rowCount())]
            plain = QListView()
            plain.setModel(QStringListModel(titles))
            plain.resize(column.view.size())
            plain.show()
            app.processEvents()
            floor, page_times = frames(plain, column.view)
            # the wall at projector size, a group at a time
            window.stage.resize(1280, 720)
            window.stage.show()
            window.stage.show_scene("wall")
            app.processEvents()
            wall_times = wall_frames(page.wall)
            window.stage.hide()
            plain.close()
            window.close()
            f_med, f95 = statistics.median(floor), p95(floor)
            print(f"{rows} activities in the group, {len(floor)} scroll steps (3 passes), "
                  "each painted")
            for label, t in (("floor: QListView + QStringListModel", floor),
                             ("page: group list (proxy + delegate)", page_times),
                             ("wall: projector pages (layout, turns)", wall_times)):
                med, q = statistics.median(t), p95(t)
                print(f"  {label:<40}{med * 1e3:7.2f} ms{q * 1e3:7.2f} ms p95"
                      f"{med / f_med:7.2f}× {q / f95:6.2f}× p95")
            if p95(page_times) > TARGET * f95:
                ok = False
    print(f"target: page p95 ≤ {TARGET:.0f}× the floor's p95 — {'met' if ok else 'NOT met'}"
          " (absolute times depend on the machine and its load; offscreen rendering)")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
