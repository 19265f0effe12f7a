"""Long Estonian words do not break mid-word in the tables of the documents.

Every word of every table cell is measured at the template's font size (Carlito, which has
Calibri's metrics, through Qt's raw font) and compared with its column's width less the
cell's margins. Qt only measures here; the documents are read back with python-docx.
"""

from __future__ import annotations

import re
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from avtoituba.core.municipalities import list_municipalities
from avtoituba.export.pack import PackOptions, export_pack
from avtoituba.store.models import Activity

FONTS = Path("/usr/share/fonts/truetype/crosextra")   # Debian: fonts-crosextra-carlito
REGULAR, BOLD = FONTS / "Carlito-Regular.ttf", FONTS / "Carlito-Bold.ttf"
CELL_MARGINS_PT = 2 * 85 / 20        # the template's table style: 85 twips left and right
#: words of the trainer's world that must stay whole where they are typically written
LONG_WORDS = (
    {"title": "Digilahendus iseteeninduskeskkonnas",
     "description": "Koolitused iseteeninduskeskkonnas ja digilahendus kõigile",
     "responsible": "kommunikatsioonijuht", "involve_notes": "majavälised partnerid",
     "time_frame": "detsember 2026"},
    {"title": "Iseteeninduskeskkonnas digilahendus", "description": "digilahendus",
     "responsible": "arendusspetsialist", "involve_notes": "majavälised partnerid",
     "time_frame": "september"},
)

pytestmark = pytest.mark.skipif(not (REGULAR.exists() and BOLD.exists()),
                                reason="the Carlito font (fonts-crosextra-carlito) is missing")


@pytest.fixture
def measure(qapp):
    from PySide6.QtGui import QRawFont

    fonts = {False: QRawFont(str(REGULAR), 1.0), True: QRawFont(str(BOLD), 1.0)}

    def width_pt(word: str, size_pt: float, bold: bool) -> float:
        font = fonts[bold]
        font.setPixelSize(size_pt)   # pixels of a 72 dpi page are points
        glyphs = font.glyphIndexesForString(word)
        return sum(p.x() for p in font.advancesForGlyphIndexes(glyphs))

    return width_pt


def words(text: str) -> list[str]:
    """The pieces a line may break between: spaces and soft hyphens (a soft hyphen breaks
    with a visible hyphen, as Estonian hyphenates a compound)."""
    pieces = []
    for word in re.split(r"[ \n\t]+", text):
        parts = word.split("\u00ad")
        pieces += [p + "-" for p in parts[:-1]] + parts[-1:]
    return [p for p in pieces if p]


def too_narrow(path: Path, measure) -> list[str]:
    """Every word wider than its column, as "file: word (needs x pt, has y pt)"."""
    doc = docx.Document(str(path))
    found = []
    for table in doc.tables:
        grid = [int(c.get(qn("w:w"))) / 20 for c in table._tbl.tblGrid.iter(qn("w:gridCol"))]
        for r, row in enumerate(table.rows):
            cells = row._tr.findall(qn("w:tc"))
            if len(cells) != len(grid):
                continue   # a merged row (the writing boxes): one wide cell
            for width, tc in zip(grid, cells, strict=True):
                text = "\n".join("".join(t.text or "" for t in p.iter(qn("w:t")))
                                 for p in tc.iter(qn("w:p")))
                for word in words(text):
                    need = measure(word, 9.0, bold=r == 0)
                    if need > width - CELL_MARGINS_PT:
                        found.append(f"{path.name}: {word!r} needs {need:.0f} pt, the column "
                                     f"has {width - CELL_MARGINS_PT:.0f} pt")
    return found


def test_long_estonian_words_stay_whole_in_every_table(demo_store, tmp_path, measure):
    # GIVEN activities written with the long words of a municipality's day
    elva = next(m for m in list_municipalities(demo_store) if m.name == "Elva vald")
    with demo_store.transaction() as s:
        for i, fields in enumerate(LONG_WORDS):
            s.add(Activity(workshop_id=demo_store.workshop_id, municipality_id=elva.id,
                           position=99 + i, digital=True, **fields))
    # WHEN the pack is written (with and without the dot vote's priority column)
    files = export_pack(demo_store, PackOptions(tmp_path / "pakk", group_lists=True))
    # THEN no word is wider than its column at the template's 9 pt
    problems = [p for f in files for p in too_narrow(f, measure)]
    assert problems == [], "\n".join(problems)
    elva_pack = next(f for f in files if f.stem.endswith("Elva vald"))
    text = "\n".join(c.text for t in docx.Document(str(elva_pack)).tables
                     for row in t.rows for c in row.cells)
    assert all(w in text for w in ("kommunikatsioonijuht", "arendusspetsialist",
                                   "iseteeninduskeskkonnas", "majavälised partnerid"))


def test_the_priority_column_leaves_the_words_whole_too(demo_store, tmp_path, measure):
    from avtoituba.export.homework import VOTED_WIDTHS
    from avtoituba.export.pack_data import load_pack


    # the voted tables have a seventh column; the same words must still fit
    elva = next(m for m in list_municipalities(demo_store) if m.name == "Elva vald")
    with demo_store.transaction() as s:
        for i, fields in enumerate(LONG_WORDS):
            s.add(Activity(workshop_id=demo_store.workshop_id, municipality_id=elva.id,
                           position=99 + i, digital=True, **fields))
    data = load_pack(demo_store)
    data.votes = {a.id: 1 for acts in data.activities.values() for a in acts}
    files = export_pack(data, PackOptions(tmp_path / "pakk", combined=False,
                                          municipality_ids=[elva.id]))
    doc = docx.Document(str(files[0]))
    assert any(len(t.columns) == len(VOTED_WIDTHS) and t.rows[0].cells[0].text == "Tegevus"
               for t in doc.tables)
    assert too_narrow(files[0], measure) == []
