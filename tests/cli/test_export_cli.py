"""``avtoituba export homework`` on the command line."""

from __future__ import annotations

import json
from pathlib import Path

import docx
import pytest


@pytest.fixture
def demo_file(tmp_path: Path, run_cli) -> Path:
    path = tmp_path / "demo.avtoituba"
    run_cli("new", path, "--demo", "--date", "2026-11-17", check=True)
    return path


def test_export_homework_prints_the_files_written(demo_file, tmp_path, run_cli):
    out = tmp_path / "pakk"
    result = run_cli("export", "homework", demo_file, "--out", out, check=True)
    printed = [Path(line) for line in result.stdout.splitlines()]
    assert len(printed) == 9
    assert printed[-1].name == "Koolitaja koonddokument.docx"
    assert Path(out / "Kodutöö - Nõo vald.docx").resolve() in printed
    assert sorted(p.name for p in out.iterdir()) == sorted(p.name for p in printed)
    for path in printed:
        docx.Document(str(path))
    assert result.stderr == ""


def test_chosen_municipalities_without_the_combined_document(demo_file, tmp_path, run_cli):
    out = tmp_path / "pakk"
    result = run_cli("export", "homework", demo_file, "--out", out, "--municipality",
                     "elva vald", "--municipality", "Peipsiääre vald", "--no-combined",
                     "--group-lists", check=True)
    assert [Path(line).name for line in result.stdout.splitlines()] == [
        "Kodutöö - Elva vald.docx", "Kodutöö - Peipsiääre vald.docx", "Grupid.docx"]


def test_unknown_municipality_is_a_one_line_error(demo_file, tmp_path, run_cli):
    result = run_cli("export", "homework", demo_file, "--out", tmp_path / "x",
                     "--municipality", "Atlantis")
    assert result.returncode == 2
    assert result.stderr.startswith("avtoituba: error: no municipality “Atlantis” in this workshop")
    assert "Elva vald" in result.stderr and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "x").exists()


def test_a_bad_template_is_a_clear_error(demo_file, tmp_path, run_cli):
    bad = tmp_path / "mall.docx"
    bad.write_text("not a Word file")
    result = run_cli("export", "homework", demo_file, "--out", tmp_path / "x",
                     "--template", bad)
    assert result.returncode == 2
    assert "mall.docx: not a Word document (.docx)" in result.stderr
    assert "Traceback" not in result.stderr


def test_own_template_is_used(demo_file, tmp_path, run_cli):
    template = tmp_path / "logo.docx"
    doc = docx.Document()
    doc.sections[0].header.paragraphs[0].text = "MINU LOGO {title}"
    doc.save(str(template))
    out = tmp_path / "pakk"
    run_cli("export", "homework", demo_file, "--out", out, "--template", template,
            "--municipality", "Elva vald", "--no-combined", check=True)
    header = docx.Document(str(out / "Kodutöö - Elva vald.docx")).sections[0].header
    assert header.paragraphs[0].text.startswith("MINU LOGO Avatud valitsemise")


def test_missing_workshop_file(tmp_path, run_cli):
    result = run_cli("export", "homework", tmp_path / "none.avtoituba", "--out", tmp_path)
    assert result.returncode != 0
    assert "none.avtoituba" in result.stderr and "Traceback" not in result.stderr


def test_help_lists_the_export_command(run_cli):
    result = run_cli("export", "homework", "--help", check=True)
    assert "--municipality NAME" in result.stdout and "--no-combined" in result.stdout


def add_orphan(path: Path) -> None:
    from avtoituba.store.db import open_store
    from avtoituba.store.models import Activity, Area, Group

    with open_store(path) as store, store.transaction() as s:
        group = s.query(Group).filter_by(workshop_id=store.workshop_id, number=1).one()
        area = s.query(Area).filter_by(workshop_id=store.workshop_id, number=1).one()
        s.add(Activity(workshop_id=store.workshop_id, group_id=group.id, area_id=area.id,
                       municipality_id=None, title="Ühine infotund", position=99))


def test_an_activity_without_a_municipality_is_named_and_printed_in_every_pack(
        demo_file, tmp_path, run_cli):
    add_orphan(demo_file)
    out = tmp_path / "pakk"
    result = run_cli("export", "homework", demo_file, "--out", out, check=True)
    # the heading as the documents write it (the demo's are Estonian)
    assert "warning: 1 activity without a municipality: printed in every pack under " \
        "“Kõigile omavalitsustele”" in result.stderr
    assert "Ühine infotund" in result.stderr
    doc = docx.Document(str(out / "Kodutöö - Nõo vald.docx"))
    texts = [p.text for p in doc.paragraphs]
    assert "Kõigile omavalitsustele" in texts
    # one activity is written of in the singular
    assert "See tegevus pandi töötoas kirja ilma omavalitsuseta; vaadake, kas see sobib " \
        "ka teile." in texts
    # the warning follows the command line's language
    estonian = run_cli("export", "homework", demo_file, "--out", out, lang=None, check=True)
    assert "1 tegevusel pole omavalitsust: see trükitakse igasse paketti pealkirja " \
        "„Kõigile omavalitsustele“ alla" in estonian.stderr
    assert any(c.text == "Ühine infotund" for t in doc.tables for r in t.rows
               for c in r.cells)


def test_strict_refuses_an_activity_without_a_municipality(demo_file, tmp_path, run_cli):
    add_orphan(demo_file)
    out = tmp_path / "pakk"
    result = run_cli("export", "homework", demo_file, "--out", out, "--strict")
    assert result.returncode != 0
    assert "1 activity without a municipality; give it one with “avtoituba activities " \
        "edit FILE ID --municipality M”" in result.stderr
    assert "Traceback" not in result.stderr
    assert not out.exists() or not list(out.iterdir())
    # the fix the message names: give it a municipality, then strict passes
    listed = json.loads(run_cli("activities", "list", demo_file, "--json", check=True).stdout)
    orphan = next(a for a in listed if a["title"] == "Ühine infotund")
    refused = run_cli("activities", "edit", demo_file, str(orphan["id"]), "--municipality",
                      "Noo vald")
    assert refused.returncode == 2 and "did you mean “Nõo vald”" in refused.stderr
    fixed = run_cli("activities", "edit", demo_file, str(orphan["id"]), "--municipality",
                    "nõo vald", "--json", check=True)
    assert json.loads(fixed.stdout)["municipality"] == "Nõo vald"
    result = run_cli("export", "homework", demo_file, "--out", out, "--strict", check=True)
    assert "municipality" not in result.stderr
    doc = docx.Document(str(out / "Kodutöö - Nõo vald.docx"))
    assert "Kõigile omavalitsustele" not in [p.text for p in doc.paragraphs]
    assert any(c.text == "Ühine infotund" for t in doc.tables for r in t.rows
               for c in r.cells)
    other = docx.Document(str(out / "Kodutöö - Elva vald.docx"))
    assert not any(c.text == "Ühine infotund" for t in other.tables for r in t.rows
                   for c in r.cells)


def test_exporting_again_keeps_the_earlier_pack_as_the_previous_version(demo_file, tmp_path,
                                                                        run_cli):
    out = tmp_path / "pakk"
    run_cli("export", "homework", demo_file, "--out", out, "--no-combined", check=True)
    first = (out / "Kodutöö - Nõo vald.docx").read_bytes()
    result = run_cli("export", "homework", demo_file, "--out", out, "--no-combined",
                     check=True)
    assert "kept in" in result.stderr
    assert (out / "Eelmine versioon" / "Kodutöö - Nõo vald.docx").read_bytes() == first
    refused = run_cli("export", "homework", demo_file, "--out", out, "--refuse-existing")
    assert refused.returncode != 0 and "earlier pack" in refused.stderr
    both = run_cli("export", "homework", demo_file, "--out", out, "--no-combined",
                   "--keep-both", check=True)
    assert any(line.endswith("Kodutöö - Nõo vald (2).docx")
               for line in both.stdout.splitlines())


def test_empty_row_counts_for_one_export(demo_file, tmp_path, run_cli):
    out = tmp_path / "pakk"
    run_cli("export", "homework", demo_file, "--out", out, "--municipality", "Elva vald",
            "--no-combined", "--empty-rows", "3", "--new-rows", "0", check=True)
    doc = docx.Document(str(out / "Kodutöö - Elva vald.docx"))
    headers = [t.rows[0].cells[0].text for t in doc.tables]
    assert "Valdkond" not in headers   # no rows for new activities: no table
    area_tables = [t for t in doc.tables if t.rows[0].cells[0].text == "Tegevus"]
    assert area_tables and all(
        sum(1 for r in t.rows[1:] if not r.cells[0].text and not r.cells[1].text) == 3
        for t in area_tables)


def test_a_bad_row_count_is_a_clear_error(demo_file, tmp_path, run_cli):
    result = run_cli("export", "homework", demo_file, "--out", tmp_path / "x",
                     "--empty-rows", "99")
    assert result.returncode == 2
    assert "--empty-rows: not a whole number from 0 to 20: '99'" in result.stderr
    assert "Traceback" not in result.stderr and not (tmp_path / "x").exists()
