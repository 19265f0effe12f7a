"""Hostile registration lists: how fast each is refused and the memory it costs.

    python -m tests.bench.bombs

Each list is read by ``read_roster`` in a fresh process, which reports the time to the
refusal and its peak memory (ru_maxrss); the floor is the same process reading a good
two-row list. Prints each refusal's code, time and peak memory above the floor.
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

from tests.bench.common import bench_env

PROBE = """
import json, resource, sys, time
from avtoituba.core.roster import RosterError, read_roster
t0 = time.perf_counter()
try:
    roster = read_roster(sys.argv[1])
    code = f"read {len(roster.rows)} rows"
except RosterError as exc:
    code = exc.code
except MemoryError:
    code = "MemoryError"
took = time.perf_counter() - t0
print(json.dumps({"code": code, "seconds": took,
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def _xlsx(extra: dict[str, bytes] | None = None, stray: str | None = None) -> bytes:
    import openpyxl

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["Nimi", "Omavalitsus"])
    sheet.append(["Mari Tamm", "Elva vald"])
    if stray:
        sheet[stray] = "x"
    buffer = io.BytesIO()
    workbook.save(buffer)
    if not extra:
        return buffer.getvalue()
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(buffer.getvalue())) as src, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = extra.pop(item.filename, None) if item.filename in extra else None
            dst.writestr(item, data if data is not None else src.read(item.filename))
        for name, data in extra.items():
            dst.writestr(name, data)
    return out.getvalue()


def _sheet_bomb(rows: int) -> bytes:
    head = (b'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.'
            b'openxmlformats.org/spreadsheetml/2006/main"><sheetData>')
    row = b'<row><c t="inlineStr"><is><t>Mari Tamm</t></is></c></row>'
    return head + row * rows + b"</sheetData></worksheet>"


def cases(folder: Path) -> list[tuple[str, Path]]:
    made: list[tuple[str, Path]] = []

    def put(name: str, label: str, data: bytes) -> None:
        path = folder / name
        path.write_bytes(data)
        made.append((f"{label} ({len(data) / 1024:.0f} KB)", path))

    put("hea.csv", "floor: a good two-row list", b"Nimi;Omavalitsus\nMari Tamm;Elva vald\n")
    put("kaugel.xlsx", "one cell at XFD1048576", _xlsx(stray="XFD1048576"))
    put("pomm.xlsx", "zip bomb: 200 MB of zeros inside", _xlsx({"xl/media/f.bin":
                                                              bytes(200 * 1024 * 1024)}))
    put("leht.xlsx", "zip bomb: a sheet of 3 million rows",
        _xlsx({"xl/worksheets/sheet1.xml": _sheet_bomb(3_000_000)}))
    put("pikk.csv", "CSV with a 1 MB field", b'Nimi;Omavalitsus\n"' + b"a" * 1_048_576
        + b'";Elva vald\n')
    put("suur.csv", "CSV of 100,000 rows", ("Nimi;Omavalitsus\n" + "".join(
        f"Osaleja {i};Elva vald\n" for i in range(100_000))).encode())
    fifo = folder / "toru.csv"
    os.mkfifo(fifo)
    made.append(("a named pipe (FIFO)", fifo))
    if os.path.exists("/dev/zero"):
        made.append(("/dev/zero", Path("/dev/zero")))
    return made


def main() -> int:
    env = bench_env()
    with tempfile.TemporaryDirectory() as tmp:
        results = []
        for label, path in cases(Path(tmp)):
            out = subprocess.run([sys.executable, "-c", PROBE, str(path)], env=env,
                                 capture_output=True, text=True, timeout=300)
            if out.returncode != 0:
                results.append((label, {"code": f"exit {out.returncode}", "seconds": 0,
                                        "peak_mb": 0}))
                continue
            results.append((label, json.loads(out.stdout.strip().splitlines()[-1])))
    floor = results[0][1]["peak_mb"]
    print(f"hostile lists, each read in a fresh process (floor peak {floor:.0f} MB):")
    print(f"  {'list':<48}{'answer':<22}{'time':>9}{'peak':>9}{'above floor':>13}")
    for label, r in results:
        print(f"  {label:<48}{r['code']:<22}{r['seconds'] * 1000:>7.0f}ms"
              f"{r['peak_mb']:>6.0f} MB{r['peak_mb'] - floor:>10.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
