"""Benchmark: export a homework pack for 80 municipalities × 25 activities.

    python -m tests.bench.homework

Next to it, in the same run, python-docx alone (no app code) writes the same tables: one
document per municipality with its 25 activity rows of six columns, plus the combined
document with all 2,000 rows, built with ``doc.add_table(rows=n, cols=6)`` and
``cell.text``. The export must take at most 1.5 × that floor, and at most 10 s.
"""

from __future__ import annotations

import datetime as dt
import shutil
import sys
import tempfile
import time
from pathlib import Path

MUNICIPALITIES = 80
ACTIVITIES = 25
RATIO_TARGET = 1.5
LIMIT_S = 10.0


def make_workshop(path: Path):
    from avtoituba.core.workshop import new_workshop
    from avtoituba.store.models import Activity, Area, Group, Municipality

    store = new_workshop(path, date=dt.date(2026, 11, 17), venue="Tartu")
    with store.transaction() as s:
        wid = store.workshop_id
        groups = s.query(Group).filter_by(workshop_id=wid).order_by(Group.number).all()
        areas = s.query(Area).filter_by(workshop_id=wid).order_by(Area.number).all()
        for m in range(MUNICIPALITIES):
            muni = Municipality(workshop_id=wid, name=f"Omavalitsus {m + 1:02d} vald",
                                seminar_position=m)
            s.add(muni)
            s.flush()
            for a in range(ACTIVITIES):
                s.add(Activity(
                    workshop_id=wid, municipality_id=muni.id, group_id=groups[a % 3].id,
                    area_id=areas[a % 7].id, position=a,
                    title=f"Tegevus {a + 1}: volikogu istungite otseülekanne",
                    description="Istungid kantakse üle valla kodulehel, salvestised jäävad "
                                "järelvaadatavaks ja neist tehakse lühikokkuvõte.",
                    involve_leaders=a % 2 == 0, involve_key_people=True,
                    involve_partners=a % 3 == 0, responsible="kommunikatsioonijuht",
                    time_frame="2027 I kvartal", digital=a % 2 == 1))
    return store


def rows_of(data, municipality_id):
    return [[a.title, a.description, "juhid, võtmeisikud", a.responsible, a.time_frame,
             "jah" if a.digital else ""] for a in data.activities_of(municipality_id)]


def plain_python_docx(data, out: Path) -> None:
    """The floor: python-docx by itself writing the same tables (no app code)."""
    import docx

    def write(rows, name):
        doc = docx.Document()
        table = doc.add_table(rows=len(rows) + 1, cols=6)
        table.style = "Table Grid"
        for row, values in zip(table.rows, [["a", "b", "c", "d", "e", "f"], *rows],
                               strict=True):
            for cell, value in zip(row.cells, values, strict=True):
                cell.text = value
        doc.save(str(out / name))

    everything = []
    for m in data.municipalities:
        rows = rows_of(data, m.id)
        everything.extend(rows)
        write(rows, f"{m.id}.docx")
    write(everything, "all.docx")


def main() -> int:
    from avtoituba.export.pack import PackOptions, export_pack
    from avtoituba.export.pack_data import load_pack

    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        store = make_workshop(tmp / "bench.avtoituba")
        try:
            data = load_pack(store)
            # warm up both (imports, template parsing caches)
            plain_python_docx(data, _fresh(tmp / "warm1"))
            export_pack(data, PackOptions(_fresh(tmp / "warm2"), combined=False,
                                          municipality_ids=[data.municipalities[0].id]))
            floors, apps = [], []
            for _ in range(3):
                t0 = time.perf_counter()
                plain_python_docx(data, _fresh(tmp / "plain"))
                floors.append(time.perf_counter() - t0)
                t0 = time.perf_counter()
                files = export_pack(store, PackOptions(_fresh(tmp / "app"), combined=True))
                apps.append(time.perf_counter() - t0)
        finally:
            store.close()
    floor, app = min(floors), min(apps)
    ratio = app / floor
    print(f"homework pack: {MUNICIPALITIES} municipalities x {ACTIVITIES} activities, "
          f"{len(files)} documents")
    print(f"  python-docx alone (same tables): {floor:6.2f} s  (floor)")
    print(f"  avtoituba export (whole pack):   {app:6.2f} s  (incl. reading the workshop)")
    print(f"  ratio: {ratio:.2f}x  (target <= {RATIO_TARGET}x)   limit: {LIMIT_S:.0f} s")
    ok = ratio <= RATIO_TARGET and app <= LIMIT_S
    print("PASS" if ok else "FAIL")
    return 0 if ok else 1


def _fresh(path: Path) -> Path:
    shutil.rmtree(path, ignore_errors=True)
    path.mkdir(parents=True)
    return path


if __name__ == "__main__":
    sys.exit(main())
