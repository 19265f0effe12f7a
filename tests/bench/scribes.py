"""Scribes on phones: POST → committed → visible in the trainer's list, next to the desktop's
Enter → committed, in one run.

    python -m tests.bench.scribes [--phones 30] [--seconds 15]
    AVTOITUBA_BENCH_SCRIBE_SECONDS=60 python -m tests.bench.scribes    # the full minute

This process is the trainer's app: the main window offscreen on the qasync loop, the
Activities page built, scribe mode switched on through its dialog (the server on the app's
own loop, as in the room). The phones are another process (``--drive``): aiohttp clients on
127.0.0.1, each with its own cookie, CSRF token and kept-alive connection, each adding one
activity a second with a client-made id. Times are ``time.monotonic()`` in both processes
(one system clock), per entry:

- POST → committed: the phone sends, the shared capture service's ``add`` has returned (the
  transaction is committed), stamped in this process;
- POST → acknowledged: the phone has the answer (given only after the commit);
- committed → visible: the row is in the Activities page's model of its group
  (``rowsInserted``), the list the trainer looks at.

The floor, in the same window: the desktop's Enter → committed, the quick-add line of the
same page with QTest pressing Enter, half of the adds before the phones and half after.
After the run the file is read: every acknowledged entry is there exactly once (0 lost,
0 duplicated) and was shown once in the trainer's list.

Target: POST → committed p95 ≤ 3× the desktop's Enter → committed p95.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import re
import secrets
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

TARGET = 3.0
ROOT = Path(__file__).resolve().parents[2]
SECONDS_ENV = "AVTOITUBA_BENCH_SCRIBE_SECONDS"


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def ms(values: list[float]) -> str:
    return f"p50 {pct(values, 0.5) * 1e3:7.2f} ms   p95 {pct(values, 0.95) * 1e3:7.2f} ms"


# -- the phones (a process of their own) ------------------------------------------------------
async def phone(url: str, municipality: str, seconds: float, start_at: float,
                out: list[dict]) -> None:
    from aiohttp import ClientSession, CookieJar, TCPConnector

    connector = TCPConnector(limit=1, force_close=False)  # one kept-alive connection
    async with ClientSession(cookie_jar=CookieJar(unsafe=True), connector=connector) as s:
        async with s.get(url) as r:
            page = await r.text()
        csrf = re.search(r'"csrf": "([0-9a-f]+)"', page).group(1)
        api = url.replace("/g/", "/api/g/") + "/activities"
        await asyncio.sleep(max(0.0, start_at - time.monotonic()))
        tick = time.monotonic()
        end = tick + seconds
        while time.monotonic() < end:
            entry = {"id": secrets.token_hex(12), "municipality": municipality,
                     "title": f"Telefoni tegevus {secrets.token_hex(3)}"}
            sent = time.monotonic()
            async with s.post(api, json=entry, headers={"X-CSRF-Token": csrf}) as r:
                body = await r.json() if r.status in (200, 201) else {}
                status = r.status
            out.append({"id": entry["id"], "sent": sent, "acked": time.monotonic(),
                        "status": status, "activity": body.get("activity", {}).get("id")})
            tick += 1.0
            await asyncio.sleep(max(0.0, tick - time.monotonic()))


async def drive(job: dict) -> list[dict]:
    out: list[dict] = []
    urls, munis = job["urls"], job["municipalities"]
    start_at = time.monotonic() + 0.5 + job["phones"] * 0.01  # every phone has its page
    # the phones do not all press at the same instant: spread over the first second
    await asyncio.gather(*(phone(urls[i % len(urls)], munis[i % len(munis)], job["seconds"],
                                 start_at + i / job["phones"], out)
                           for i in range(job["phones"])))
    return out


def drive_main() -> int:
    job = json.loads(sys.stdin.read())
    # into a file: a minute of 30 phones is more than a pipe holds while nobody reads it
    Path(job["out"]).write_text(json.dumps(asyncio.run(drive(job))), encoding="utf-8")
    return 0


# -- the trainer's app (this process) ---------------------------------------------------------
def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class App:
    """The window on the served file, the Activities page, scribe mode on, stamps."""

    def __init__(self, folder: Path):
        import qasync
        from PySide6.QtCore import QSettings
        from PySide6.QtWidgets import QApplication

        from avtoituba.core.demo import create_demo
        from avtoituba.store.db import open_store

        from avtoituba.gui.shell import tasks
        from avtoituba.gui.shell.main_window import MainWindow
        from avtoituba.gui.shell.settings import Settings

        self.app = QApplication.instance() or QApplication(sys.argv[:1])
        self.loop = qasync.QEventLoop(self.app)
        tasks.use_plain_threads(self.loop)
        asyncio.set_event_loop(self.loop)
        self.path = folder / "served.avtoituba"
        create_demo(self.path).close()
        settings = Settings(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))
        self.window = MainWindow(open_store(self.path), settings)
        self.window.show()
        self.window.show_page([p.key for p in self.window.pages].index("activities"))
        self.page = self.window.page("activities")
        self.committed: dict[int, float] = {}
        self.visible: dict[int, list[float]] = {}
        # committed: when Capture.add returns (the desktop), or, for a batch of phones'
        # entries committed together (ScribeService.add_many), at the batch's commit: its
        # first change notice comes right after it, before the window hears of any
        capture = self.page.hub.capture
        real_add = capture.add
        self._batch: list[int] = []
        self.batches: list[int] = []

        def add_and_stamp(*a, **k):
            row = real_add(*a, **k)
            if capture.commit_each_add:
                self.committed[row.id] = time.monotonic()
            else:
                self._batch.append(row.id)
            return row

        capture.add = add_and_stamp
        for model in self.page.models.values():
            model.rowsInserted.connect(
                lambda _parent, first, last, m=model: self._shown(m, first, last))

    def _shown(self, model, first: int, last: int) -> None:
        now = time.monotonic()
        for i in range(first, last + 1):
            self.visible.setdefault(model.row_at(i).id, []).append(now)

    def run(self, coro, timeout: float = 600):
        return self.loop.run_until_complete(asyncio.wait_for(coro, timeout))

    def scribe_mode_on(self):
        self.window.show_scribes()
        dialog = self.window.context.services["scribes"]
        dialog.address_box.setCurrentText("127.0.0.1")
        dialog.port_box.setValue(_free_port())
        dialog.switch.setChecked(True)

        async def running() -> None:
            while dialog.server is None or not dialog.server.running:
                await asyncio.sleep(0.02)

        self.run(running(), 10)
        dialog.service.listeners.insert(0, self._batch_committed)
        return dialog

    def _batch_committed(self, _change) -> None:
        if self._batch:
            now = time.monotonic()
            self.committed.update((aid, now) for aid in self._batch)
            self.batches.append(len(self._batch))
            self._batch.clear()

    def desktop_adds(self, count: int, first: int) -> list[float]:
        """Enter → committed on the page's quick-add line, ``count`` times."""
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        column = next(iter(self.page.columns.values()))
        line = column.quick_add
        line.municipality.setEditText("Elva vald")
        line.title.setFocus()
        times = []
        for n in range(first, first + count):
            line.title.setText(f"Laua tegevus {n}")
            before = set(self.committed)
            t0 = time.monotonic()
            QTest.keyClick(line.title, Qt.Key.Key_Return)
            new = set(self.committed) - before
            assert len(new) == 1 and line.title.text() == "", line.message.text()
            times.append(self.committed[new.pop()] - t0)
            self.app.processEvents()
        return times

    def close(self) -> None:
        from avtoituba.gui.shell import tasks

        self.window.close()
        self.run(tasks.drain(), 10)
        self.loop.close()
        tasks.shutdown(wait=True)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if "--drive" in argv:
        return drive_main()
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--phones", type=int, default=30)
    parser.add_argument("--seconds", type=float,
                        default=float(os.environ.get(SECONDS_ENV, "15")))
    parser.add_argument("--desktop-adds", type=int, default=200)
    args, _ = parser.parse_known_args(argv)

    from sqlalchemy import select

    from avtoituba.store.db import open_store
    from avtoituba.store.models import ScribeEntry

    with tempfile.TemporaryDirectory(prefix="avtoituba-bench-") as tmp:
        app = App(Path(tmp))
        dialog = app.scribe_mode_on()
        half = args.desktop_adds // 2
        desktop = app.desktop_adds(half, 0)
        municipalities = dialog.service.municipalities()
        urls = list(dialog.server.join_urls().values())
        job = {"urls": urls, "municipalities": municipalities, "phones": args.phones,
               "seconds": args.seconds, "out": str(Path(tmp) / "phones.json")}
        phones = subprocess.Popen(
            [sys.executable, "-m", "tests.bench.scribes", "--drive"], cwd=ROOT,
            stdin=subprocess.PIPE, text=True,
            env=dict(os.environ, PYTHONPATH=str(ROOT)))
        assert phones.stdin is not None
        phones.stdin.write(json.dumps(job))
        phones.stdin.close()

        async def finished() -> None:
            while phones.poll() is None:
                await asyncio.sleep(0.05)

        app.run(finished(), args.seconds + 120)
        if phones.returncode != 0:
            raise RuntimeError(f"the phones' process exited {phones.returncode}")
        entries = json.loads(Path(job["out"]).read_text(encoding="utf-8"))
        desktop += app.desktop_adds(args.desktop_adds - half, half)
        service = dialog.service
        app.close()

        with open_store(app.path, read_only=True) as store, store.session() as s:
            stored = list(s.scalars(select(ScribeEntry.client_id)))

    acked = [e for e in entries if e["status"] in (200, 201)]
    refused = sorted({str(e["status"]) for e in entries if e["status"] not in (200, 201)})
    to_commit = [app.committed[e["activity"]] - e["sent"] for e in acked
                 if e["activity"] in app.committed]
    to_ack = [e["acked"] - e["sent"] for e in acked]
    to_visible = [app.visible[e["activity"]][0] - app.committed[e["activity"]] for e in acked
                  if e["activity"] in app.visible and e["activity"] in app.committed]
    lost = len({e["id"] for e in acked} - set(stored))
    duplicated = len(stored) - len(set(stored))
    not_shown = sum(1 for e in acked if e["activity"] not in app.visible)
    shown_twice = sum(1 for e in acked if len(app.visible.get(e["activity"], [])) > 1)
    del service

    print(f"phones: {args.phones} × 1 activity/s for {args.seconds:.0f} s: {len(acked)} "
          f"acknowledged, {len(entries) - len(acked)} refused ({', '.join(refused) or '-'})")
    print(f"  scribe POST → committed            {ms(to_commit)}")
    print(f"  scribe POST → acknowledged (phone) {ms(to_ack)}")
    print(f"  committed → visible in the list    {ms(to_visible)}")
    print(f"  desktop Enter → committed          {ms(desktop)}   ({len(desktop)} adds, "
          f"same window, before and after the phones)")
    ratio = pct(to_commit, 0.95) / pct(desktop, 0.95)
    met = ratio <= TARGET
    print(f"  ratio p95 POST → committed / Enter → committed: {ratio:.2f}× "
          f"(target ≤ {TARGET:.0f}×) {'met' if met else 'NOT met'}")
    if app.batches:
        print(f"  group commit: {len(app.batches)} commits for {sum(app.batches)} entries "
              f"(up to {max(app.batches)} at once)")
    print(f"  in the file: {len(stored)} scribe entries for {len(acked)} acknowledged; lost "
          f"{lost}, duplicated {duplicated}; in the trainer's list: not shown {not_shown}, "
          f"shown twice {shown_twice}")
    ok = met and not (lost or duplicated or not_shown or shown_twice or refused)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
