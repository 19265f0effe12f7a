"""CPU used by the app while the agenda timer runs, next to a bare clock label.

    python -m tests.bench.timer_cpu [--seconds 60]

Subprocesses, offscreen, started side by side in the same run: (1) the app on a demo
workshop with the timer running and the projector window showing the clock, on the same
qasync event loop the app uses; (2) the floor: a bare PySide6 QLabel with big digits whose
text a QTimer sets once a second (the least a clock can do); and for scale, the same app
with the timer not started and an idle bare window. Start-up is left out: each child
settles first (the app builds its other pages in the event loop's first turns after the
window shows), then says "ready"; the parent reads the child's user+system CPU from
/proc/<pid>/stat then and again after N seconds. Target: the app within 1.5x of the floor.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests.bench.common import with_bytecode

ROOT = Path(__file__).resolve().parents[2]
TARGET_RATIO = 1.5
#: seconds each child waits after its window shows before it says "ready" (start-up work,
#: such as the pages built after the first one, stays out of the measured CPU)
SETTLE_S = 3.0


# -- the children ---------------------------------------------------------------------------
def _child_bare(seconds: float, ticking: bool = False) -> None:
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QApplication, QLabel

    app = QApplication([])
    w = QLabel("20:00")
    w.resize(1280, 800)
    w.show()
    if ticking:  # the least a clock can do: big digits that change once a second
        font = QFont()
        font.setPixelSize(300)
        w.setFont(font)
        w.setAlignment(Qt.AlignmentFlag.AlignCenter)
        left = [1200]

        def tick() -> None:
            left[0] -= 1
            w.setText(f"{left[0] // 60}:{left[0] % 60:02d}")

        timer = QTimer(w)
        timer.timeout.connect(tick)
        timer.start(1000)
    QTimer.singleShot(int(SETTLE_S * 1000), lambda: print("ready", flush=True))
    QTimer.singleShot(int((SETTLE_S + seconds) * 1000) + 500, app.quit)
    app.exec()


def _child_app(seconds: float, run_timer: bool = True) -> None:
    import asyncio
    import datetime as dt

    import qasync
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from avtoituba.core.demo import create_demo

    from avtoituba.gui.shell.i18n import install_translators
    from avtoituba.gui.shell.main_window import MainWindow
    from avtoituba.gui.shell.settings import Settings

    app = QApplication([])
    install_translators("et")
    folder = Path(tempfile.mkdtemp(prefix="avtoituba-bench-"))
    store = create_demo(folder / "demo.avtoituba", date=dt.date.today())
    settings = Settings(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))
    window = MainWindow(store, settings)
    window.show()
    page = window.page("agenda")
    page.show_projector_clock()
    if run_timer:
        page.toggle()  # the timer runs

    def ready() -> None:
        assert page.timer.state().running == run_timer
        print("ready", flush=True)

    def done() -> None:
        print(f"paints {page.scene.paints}", flush=True)
        window.close()
        app.quit()

    QTimer.singleShot(int(SETTLE_S * 1000), ready)
    QTimer.singleShot(int((SETTLE_S + seconds) * 1000) + 700, done)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    with loop:
        closed = asyncio.Event()
        app.aboutToQuit.connect(closed.set)
        loop.run_until_complete(closed.wait())


# -- the parent -----------------------------------------------------------------------------
def cpu_seconds(pid: int) -> float:
    """User + system CPU of a running process, from /proc/<pid>/stat."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    ticks = int(fields[11]) + int(fields[12])  # utime, stime (fields 14 and 15)
    return ticks / os.sysconf("SC_CLK_TCK")


def measure(kind: str, seconds: float) -> tuple[float, str]:
    env = with_bytecode(dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT),
                             QT_LOGGING_RULES="qt.qpa.*=false"))
    proc = subprocess.Popen([sys.executable, "-m", "tests.bench.timer_cpu", "--child", kind,
                             "--seconds", str(seconds)], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    assert proc.stdout is not None
    line = proc.stdout.readline().strip()
    if line != "ready":
        proc.kill()
        raise RuntimeError(f"{kind}: did not start ({line!r})")
    before = cpu_seconds(proc.pid)
    time.sleep(seconds)
    after = cpu_seconds(proc.pid)
    rest = proc.stdout.read().strip()
    proc.wait(timeout=60)
    return after - before, rest


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--child", choices=("app", "app-idle", "bare", "bare-clock"),
                        help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child in ("bare", "bare-clock"):
        _child_bare(args.seconds, ticking=args.child == "bare-clock")
        return 0
    if args.child in ("app", "app-idle"):
        _child_app(args.seconds, run_timer=args.child == "app")
        return 0
    if not Path("/proc/self/stat").exists():
        print("needs /proc (Linux)", file=sys.stderr)
        return 2
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(4) as pool:  # all in the same run, side by side
        app_f = pool.submit(measure, "app", args.seconds)
        idle_f = pool.submit(measure, "app-idle", args.seconds)
        bare_f = pool.submit(measure, "bare", args.seconds)
        clock_f = pool.submit(measure, "bare-clock", args.seconds)
        app_cpu, app_info = app_f.result()
        idle_cpu, _ = idle_f.result()
        bare_cpu, _ = bare_f.result()
        clock_cpu, _ = clock_f.result()
    tick = 1 / os.sysconf("SC_CLK_TCK")
    ratio = app_cpu / max(clock_cpu, tick)
    verdict = "OK" if ratio <= TARGET_RATIO else "OVER TARGET"
    print(f"timer_cpu over {args.seconds:g} s (CPU seconds, user+system, start-up excluded)")
    print(f"  app, timer running, projector clock shown:        {app_cpu:.3f} s  ({app_info})")
    print(f"  floor, bare PySide6 label, big digits each second: {clock_cpu:.3f} s")
    print(f"  for scale: the same app, timer not started:      {idle_cpu:.3f} s")
    print(f"  for scale: an idle bare PySide6 window:          {bare_cpu:.3f} s")
    print(f"timer CPU: {app_cpu:.3f} s vs floor {clock_cpu:.3f} s -> {ratio:.2f}x "
          f"(target <= {TARGET_RATIO}x) {verdict}  (CPU clock tick {tick:.2f} s, the floor "
          f"counted as at least one tick)")
    print(f"  app CPU share: {100 * app_cpu / args.seconds:.2f} % of one core")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
