"""Scribe POST → committed: 30 phones each adding one activity a second.

    python -m tests.bench.scribes [--phones 30] [--seconds 60]

The server is the headless ``avtoituba scribes`` in its own process (as the app is), on
127.0.0.1; the phones are aiohttp clients in this process, each with its own cookie and
CSRF token, each sending one entry a second with a client-made id. Measured per entry, at
the phone: from sending the POST to the answer that it is committed (which the server gives
only after the transaction committed). Floor in the same run: the desktop's Enter →
committed, ``Capture.add`` on a copy of the same workshop file (what the Activities page
calls), p95 over as many adds. After the run the file is read: every acknowledged entry is
there exactly once (0 lost, 0 duplicated).

Target: p95 ≤ 3× the desktop's p95.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import re
import secrets
import shutil
import subprocess
import sys
import tempfile
import time
from contextlib import closing
from pathlib import Path

TARGET = 3.0
ROOT = Path(__file__).resolve().parents[2]


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def desktop_floor(path: Path, count: int) -> list[float]:
    from avtoituba.core.capture import Capture
    from avtoituba.store.db import open_store

    times = []
    with open_store(path) as store, closing(Capture(store)) as capture:
        group = capture.groups()[0]
        muni = capture.municipality_names()[0]
        for i in range(count):
            start = time.perf_counter()
            capture.add(group.id, f"Laua tegevus {i}", muni)
            times.append(time.perf_counter() - start)
    return times


async def phone(url: str, municipality: str, seconds: float, results: list[float],
                acked: set[str], failures: list[str]) -> None:
    from aiohttp import ClientSession, CookieJar

    async with ClientSession(cookie_jar=CookieJar(unsafe=True)) as session:
        async with session.get(url) as r:
            page = await r.text()
        csrf = re.search(r'"csrf": "([0-9a-f]+)"', page).group(1)
        api = url.replace("/g/", "/api/g/") + "/activities"
        end = time.monotonic() + seconds
        tick = time.monotonic()
        while time.monotonic() < end:
            entry = {"id": secrets.token_hex(12), "municipality": municipality,
                     "title": f"Telefoni tegevus {secrets.token_hex(3)}"}
            start = time.perf_counter()
            async with session.post(api, json=entry, headers={"X-CSRF-Token": csrf}) as r:
                await r.read()
                status = r.status
            took = time.perf_counter() - start
            if status in (200, 201):
                results.append(took)
                acked.add(entry["id"])
            else:
                failures.append(str(status))
            tick += 1.0
            await asyncio.sleep(max(0.0, tick - time.monotonic()))


async def drive(urls: list[str], municipalities: list[str], phones: int, seconds: float
                ) -> tuple[list[float], set[str], list[str]]:
    results: list[float] = []
    acked: set[str] = set()
    failures: list[str] = []
    await asyncio.gather(*(phone(urls[i % len(urls)], municipalities[i % len(municipalities)],
                                 seconds, results, acked, failures) for i in range(phones)))
    return results, acked, failures


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--phones", type=int, default=30)
    parser.add_argument("--seconds", type=float, default=60)
    args, _ = parser.parse_known_args(argv)

    from avtoituba.core.demo import create_demo

    folder = Path(tempfile.mkdtemp(prefix="avtoituba-bench-"))
    try:
        served = folder / "served.avtoituba"
        create_demo(served).close()
        floor_file = folder / "floor.avtoituba"
        shutil.copy(served, floor_file)
        env = dict(os.environ, PYTHONPATH=str(ROOT))
        server = subprocess.Popen(
            [sys.executable, "-m", "avtoituba", "scribes", str(served), "--host", "127.0.0.1",
             "--port", "0", "--json"], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
            text=True, env=env)
        try:
            lines = []
            while True:
                line = server.stdout.readline()
                if not line:
                    raise RuntimeError("the scribe server did not start")
                lines.append(line)
                if line.startswith("}"):
                    break
            info = json.loads("".join(lines))
            urls = [g["url"] for g in info["groups"]]
            from avtoituba.core.capture import Capture
            from avtoituba.store.db import open_store

            with open_store(served, read_only=True) as store, closing(Capture(store)) as cap:
                municipalities = cap.municipality_names()
                before = len(cap.list())
            results, acked, failures = asyncio.run(
                drive(urls, municipalities, args.phones, args.seconds))
        finally:
            server.terminate()
            server.wait(10)
        floor = desktop_floor(floor_file, max(200, len(results)))
        with open_store(served, read_only=True) as store, closing(Capture(store)) as cap:
            after = cap.list()
            from sqlalchemy import select

            from avtoituba.store.models import ScribeEntry

            with store.session() as s:
                stored_ids = list(s.scalars(select(ScribeEntry.client_id)))
        lost = len(acked - set(stored_ids))
        duplicated = len(stored_ids) - len(set(stored_ids))
        added = len(after) - before
        p95, p50 = pct(results, 0.95), pct(results, 0.5)
        f95, f50 = pct(floor, 0.95), pct(floor, 0.5)
        print(f"phones: {args.phones} × 1/s for {args.seconds:.0f} s: {len(results)} entries "
              f"acknowledged, {len(failures)} refused ({', '.join(sorted(set(failures))) or '-'})")
        print(f"scribe POST → committed (at the phone): p50 {p50 * 1000:.2f} ms, "
              f"p95 {p95 * 1000:.2f} ms")
        print(f"floor, desktop Enter → committed (Capture.add): p50 {f50 * 1000:.2f} ms, "
              f"p95 {f95 * 1000:.2f} ms")
        ratio = p95 / f95
        print(f"ratio p95: {ratio:.2f}× (target ≤ {TARGET:.0f}×) "
              f"{'met' if ratio <= TARGET else 'NOT met'}")
        print(f"in the file: {added} new activities for {len(acked)} acknowledged; "
              f"lost {lost}, duplicated {duplicated}")
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main(sys.argv[1:])
