"""``avtoituba seminar WORKSHOP --json`` and ``avtoituba export seminar``."""

from __future__ import annotations

import json

from avtoituba.core.seminar_run import ABSENT, set_attendance


def test_the_running_order_as_json(six, workshop_path, run_cli):
    store, ids = six
    set_attendance(store, ids["Nõo vald"], ABSENT)
    store.close()
    result = run_cli("seminar", workshop_path, "--json", check=True)
    data = json.loads(result.stdout)
    assert data["date"] == "2026-12-02" and data["start"] == "14:00"
    assert data["state"] == "not_started" and data["slot_min"] == 17
    order = data["order"]
    assert [r["kind"] for r in order[:2]] == ["opening", "municipality"]
    assert order[0]["planned_start"] == "14:00" and order[0]["planned_end"] == "14:10"
    assert order[1] == {**order[1], "title": "Elva vald", "planned_start": "14:10",
                        "planned_end": "14:27", "status": "waiting"}
    assert [r["kind"] for r in order[-3:]] == ["discussion", "closing", "municipality"]
    assert order[-1]["title"] == "Nõo vald" and order[-1]["status"] == "absent"
    assert order[-2]["planned_end"] == "16:00"


def test_export_seminar_writes_docx_and_xlsx(six, workshop_path, run_cli, tmp_path):
    store, _ = six
    store.close()
    out = tmp_path / "kokkuvõte"
    result = run_cli("export", "seminar", workshop_path, "--out", out, check=True)
    names = sorted(p.name for p in out.iterdir())
    assert names == ["Jätkuseminari kokkuvõte.docx", "Jätkuseminari kokkuvõte.xlsx"]
    assert result.stdout.count(str(out)) == 2


def test_a_missing_file_is_one_clear_line(tmp_path, run_cli):
    result = run_cli("seminar", tmp_path / "nothing.avtoituba", "--json")
    assert result.returncode != 0
    assert "Traceback" not in result.stderr and result.stderr.strip().count("\n") == 0
