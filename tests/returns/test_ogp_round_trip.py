"""The OGP commitment sheets come back too: a team completes the sheet of one activity in
Word (python-docx) or LibreOffice, and the import brings exactly that commitment into the
file, shown field by field in the preview, once."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from sqlalchemy import select

from avtoituba.core import ogp
from avtoituba.core.returns import commitment_changes, plan_import
from avtoituba.core.returns_apply import apply_plan, revert
from avtoituba.export.pack import PackOptions, export_pack
from avtoituba.store.models import Activity, Municipality

from tests.returns.helpers import libreoffice_round_trip, set_cell, soffice, tables_by_mark

BEFORE = {"problem": "Elanikud ei tea, kuidas eelarvet mõjutada.",
          "values": ["transparency"],
          "milestones": [{"title": "Ideede kogumine", "start": "2027-01-10", "end": None}]}


def commitments(store) -> dict[int, dict | None]:
    with store.session() as s:
        return {a.id: a.ogp for a in s.scalars(select(Activity))}


@pytest.fixture
def filled(demo_store, tmp_path: Path) -> tuple[int, Path]:
    """Elva's pack with the commitment sheets; the team completes its first activity's."""
    ogp.set_draft_enabled(demo_store, True)
    with demo_store.transaction() as s:
        elva = s.scalar(select(Municipality.id).where(Municipality.name == "Elva vald"))
        first = s.scalars(select(Activity).where(Activity.municipality_id == elva)
                          .order_by(Activity.position, Activity.id)).first()
        first.ogp = BEFORE
        activity_id = first.id
    files = export_pack(demo_store, PackOptions(tmp_path / "pack", combined=False))
    path = next(f for f in files if "Elva" in f.name)
    doc = Document(str(path))
    sheet = tables_by_mark(doc)[f"_avt_o{activity_id}"]
    rows = [r.cells[1] for r in sheet.rows]
    set_cell(rows[2], "Elanikud ei tea, kuidas eelarvet mõjutada.\nInfo on killustatud.")
    set_cell(rows[3], "Eelarve avaldatakse PDF-ina.")
    set_cell(rows[4], "Iga elanik saab esitada idee ja hääletada.")
    set_cell(rows[5], "☒\u00a0läbipaistvus ✓\u00a0kaasamine aruandekohustus")
    set_cell(rows[6], "Ideede kogumine (10.01.2027)\nRahvahääletus (01.03.2027–15.03.2027)")
    set_cell(rows[7], "Elva Vallavalitsus")
    set_cell(rows[8], "Mari Maasikas, mari@elva.ee")
    set_cell(rows[9], "MTÜ Elva Noored\nElva Gümnaasium")
    set_cell(rows[10], "5000 eurot")
    set_cell(rows[11], "Arengukava 2035, meede 4.2")
    out = tmp_path / "Elva täidetud.docx"
    doc.save(str(out))
    return activity_id, out


EXPECTED = {
    "problem": "Elanikud ei tea, kuidas eelarvet mõjutada.\nInfo on killustatud.",
    "situation": "Eelarve avaldatakse PDF-ina.",
    "change": "Iga elanik saab esitada idee ja hääletada.",
    "responsible_body": "Elva Vallavalitsus",
    "contact": "Mari Maasikas, mari@elva.ee",
    "other_actors": "MTÜ Elva Noored\nElva Gümnaasium",
    "budget": "5000 eurot",
    "development_plan": "Arengukava 2035, meede 4.2",
    "values": ["transparency", "participation", "accountability"],
    "milestones": [{"title": "Ideede kogumine", "start": "2027-01-10", "end": None},
                   {"title": "Rahvahääletus", "start": "2027-03-01", "end": "2027-03-15"}],
}


def check(store, activity_id: int, path: Path) -> None:
    before = commitments(store)
    plan = plan_import(store, [path])
    assert not plan.refused, [r.text for r in plan.refused]
    [mp] = plan.municipalities
    assert not mp.problems, mp.problems
    [item] = [i for i in mp.items if i.kind == "changed"]
    assert item.activity_id == activity_id and set(item.values) == {"ogp"}
    assert item.values["ogp"] == EXPECTED
    # the preview lists the commitment field by field; the unchanged start is not listed
    changed = {name for name, _old, _new in commitment_changes(item.old["ogp"],
                                                                 item.values["ogp"])}
    assert changed == {f"ogp.{k}" for k in EXPECTED if k != "values"} | {"ogp.values"}
    done = apply_plan(store, plan)
    after = commitments(store)
    assert after[activity_id] == EXPECTED
    assert {k: v for k, v in after.items() if k != activity_id} == \
        {k: v for k, v in before.items() if k != activity_id}
    assert not plan_import(store, [path]).writes      # once
    revert(store, done)
    assert commitments(store)[activity_id] == BEFORE


def test_commitment_sheet_round_trip_python_docx(demo_store, filled):
    check(demo_store, *filled)


@pytest.mark.skipif(soffice() is None, reason="LibreOffice (soffice) is not installed here: "
                    "the LibreOffice round trip is skipped; apt-get install "
                    "libreoffice-writer-nogui to run it")
def test_commitment_sheet_round_trip_through_libreoffice(demo_store, filled, tmp_path):
    activity_id, path = filled
    check(demo_store, activity_id, libreoffice_round_trip(path, tmp_path / "lo"))


def test_an_untouched_sheet_changes_nothing(demo_store, tmp_path):
    ogp.set_draft_enabled(demo_store, True)
    files = export_pack(demo_store, PackOptions(tmp_path / "pack", combined=False))
    plan = plan_import(demo_store, files)
    assert not plan.refused
    assert all(i.kind == "unchanged" for m in plan.municipalities for i in m.items)
    assert not any(m.problems for m in plan.municipalities)


def test_the_sheet_rows_are_read_in_the_order_they_are_written():
    from avtoituba.export.commitments import ROWS as WRITTEN
    from avtoituba.export.returned.ogp_sheet import ROWS as READ

    assert READ == WRITTEN


def test_a_sheet_with_a_row_deleted_is_named_and_not_read(demo_store, filled, tmp_path):
    activity_id, path = filled
    doc = Document(str(path))
    sheet = tables_by_mark(doc)[f"_avt_o{activity_id}"]
    sheet._tbl.remove(sheet.rows[10]._tr)
    broken = tmp_path / "rida kustutatud.docx"
    doc.save(str(broken))
    plan = plan_import(demo_store, [broken])
    [mp] = plan.municipalities
    assert any("AVP" in p and "rida kustutatud.docx" in p for p in mp.problems) or \
        any("OGP" in p and "rida kustutatud.docx" in p for p in mp.problems)
    assert all("ogp" not in i.values for i in mp.items)
