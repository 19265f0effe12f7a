"""Filling in an exported homework pack as a team would, with python-docx."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from docx import Document
from docx.oxml.ns import qn


def tables_by_mark(doc) -> dict[str, object]:
    """The document's tables keyed by their invisible table bookmark."""
    out = {}
    for table in doc.tables:
        names = [b.get(qn("w:name")) for b in table.rows[0]._tr.iter(qn("w:bookmarkStart"))]
        for name in names:
            if name and name.startswith("_avt_") and not name[5:6] == "a":
                out[name] = table
    return out


def set_cell(cell, text: str) -> None:
    """Replace a cell's text as a person typing would, keeping its first paragraph (and
    the bookmark at its start)."""
    first = cell.paragraphs[0]
    for run in list(first.runs):
        run._r.getparent().remove(run._r)
    for extra in cell.paragraphs[1:]:
        extra._p.getparent().remove(extra._p)
    lines = text.split("\n")
    first.add_run(lines[0])
    for line in lines[1:]:
        cell.add_paragraph(line)


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def libreoffice_round_trip(path: Path, out_dir: Path) -> Path:
    """Open and save ``path`` as .docx in LibreOffice (headless), as a team using it would."""
    out_dir.mkdir(parents=True, exist_ok=True)
    home = out_dir / "lo-home"
    subprocess.run([soffice(), f"-env:UserInstallation=file://{home}", "--headless",
                    "--convert-to", "docx", "--outdir", str(out_dir), str(path)],
                   check=True, capture_output=True, timeout=180)
    result = out_dir / path.name
    assert result.exists(), f"LibreOffice wrote no {result.name}"
    return result


def fill_in(path: Path, out: Path) -> Path:
    """A team's work on the Elva pack: edit a title, tick boxes, add two rows (one in an
    area table's empty row, one in the new-activities table), write answers a, b, c."""
    doc = Document(str(path))
    tables = tables_by_mark(doc)
    area = next(t for name, t in tables.items() if name.startswith("_avt_t_"))
    # the first activity row: a new title, responsible and deadline; ☒ leaders, ✓ partners
    row = area.rows[1]
    set_cell(row.cells[0], "Kaasava eelarve rahvahääletus")
    set_cell(row.cells[2], "☒\u00a0J ☐\u00a0V ✓\u00a0P")
    set_cell(row.cells[3], "Mari Maasikas")
    set_cell(row.cells[4], "märts 2027")
    # an empty row of the same table: a new activity, V ticked by deleting its box
    empty = next(r for r in area.rows[2:] if not r.cells[0].text.strip())
    set_cell(empty.cells[0], "Noortevolikogu kohtumised")
    set_cell(empty.cells[1], "Kord kvartalis")
    set_cell(empty.cells[2], "☐\u00a0J V ☐\u00a0P")
    set_cell(empty.cells[5], "x")
    # the new-activities table: area 4
    new = tables["_avt_new"]
    r = new.rows[1]
    set_cell(r.cells[0], "4")
    set_cell(r.cells[1], "Avaandmete portaal")
    set_cell(r.cells[4], "IT-juht")
    set_cell(r.cells[5], "2027")
    for key, text in (("a", "Esitleme kolme tegevust."), ("b", "Koostasime kava koos "
                      "volikoguga.\nKaasasime MTÜ-d."), ("c", "Kava läheb volikokku.")):
        set_cell(tables[f"_avt_q_{key}"].rows[0].cells[0], text)
    doc.save(str(out))
    return out
