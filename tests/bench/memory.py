"""Peak memory: the app on a 5,000-activity workshop with the Activities page shown,
next to a bare PySide6 window measured in the same run.

    python -m tests.bench.memory [--existing 5000]

Each side runs in its own subprocess (offscreen) and reports its peak resident set size
(VmHWM) once the window has been shown and painted. Target: ≤ 3× the bare window.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TARGET = 3.0

PEAK = textwrap.dedent("""
    import resource
    def peak_kib():
        # VmHWM: this process's own peak (ru_maxrss would carry the parent's peak across
        # fork+exec when the runner has done other benchmarks in-process)
        try:
            for line in open("/proc/self/status"):
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
        except OSError:
            pass
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
""")

BARE = PEAK + textwrap.dedent("""
    import resource, sys
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
    app = QApplication(sys.argv[:1])
    w = QMainWindow(); w.setCentralWidget(QLabel("avtoituba")); w.resize(1280, 800); w.show()
    for _ in range(5):
        app.processEvents()
    w.grab()
    print(peak_kib())
""")

APP = PEAK + textwrap.dedent("""
    import resource, sys
    from pathlib import Path
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication
    app = QApplication(sys.argv[:1])
    from avtoituba.app import load_style
    from avtoituba.gui.shell.i18n import install_translators
    from avtoituba.gui.shell.main_window import MainWindow
    from avtoituba.gui.shell.settings import Settings
    from avtoituba.store.db import open_store
    install_translators("et")
    load_style(app)
    path = Path(sys.argv[1])
    settings = Settings(QSettings(str(path.with_suffix(".ini")), QSettings.Format.IniFormat))
    w = MainWindow(open_store(path), settings)
    w.resize(1280, 800); w.show()
    w.show_page([p.key for p in w.pages].index("activities"))
    page = w.page("activities")
    n = sum(c.model.rowCount() for c in page.columns.values())
    for _ in range(5):
        app.processEvents()
    w.grab()
    for c in page.columns.values():
        c.view.scrollToBottom()
    page.show_view(1); app.processEvents(); w.grab()
    page.show_view(2); app.processEvents(); w.grab()
    page.show_view(0); app.processEvents()
    print(peak_kib(), n)
""")


def run(code: str, *args: str) -> list[int]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["QT_LOGGING_RULES"] = "qt.qpa.*=false"
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    out = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True,
                         env=env, check=True, timeout=300)
    return [int(x) for x in out.stdout.split()]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--existing", type=int, default=5000)
    args = parser.parse_args(argv)
    from tests.bench._workshops import make_workshop

    with tempfile.TemporaryDirectory() as tmp:
        path = make_workshop(Path(tmp) / "suur.avtoituba", args.existing)
        (bare_kib,) = run(BARE)
        app_kib, shown = run(APP, str(path))
    ratio = app_kib / bare_kib
    print(f"peak RSS (VmHWM), {args.existing} activities in the workshop")
    print(f"  floor: bare PySide6 window           {bare_kib / 1024:8.1f} MiB")
    print(f"  app, Activities page ({shown} rows)  {app_kib / 1024:8.1f} MiB   {ratio:.2f}×")
    ok = ratio <= TARGET and shown == args.existing
    print(f"target: ≤ {TARGET:.0f}× the bare window — {'met' if ok else 'NOT met'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
