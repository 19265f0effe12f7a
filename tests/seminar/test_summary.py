"""The seminar summary read back: per municipality its commitments, (b) and (c), the
absent one said to be absent, dropped activities apart, the overview by area; the .xlsx
holds the same rows."""

from __future__ import annotations

import datetime as dt

import docx
import openpyxl

from avtoituba.core.seminar_run import (
    ABSENT,
    CHANGED,
    CONFIRMED,
    DROPPED,
    set_attendance,
    set_mark,
    set_note,
)
from avtoituba.export.seminar_summary import export_summary
from avtoituba.store.models import Activity


def _activities(store, municipality_id):
    with store.session() as s:
        return [(a.id, a.title) for a in s.query(Activity).filter_by(
            municipality_id=municipality_id).order_by(Activity.position)]


def _texts(document) -> list[str]:
    """Paragraphs and table rows ("cell | cell") in the order they stand in the body."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    out = []
    for child in document.element.body.iterchildren():
        if child.tag.endswith("}p"):
            out.append(Paragraph(child, document).text)
        elif child.tag.endswith("}tbl"):
            for row in Table(child, document).rows:
                out.append(" | ".join(c.text for c in row.cells))
    return out


def test_the_summary_document_read_back(six, tmp_path):
    store, ids = six
    elva = _activities(store, ids["Elva vald"])
    set_mark(store, elva[0][0], CONFIRMED)
    set_mark(store, elva[1][0], DROPPED)
    tartu = _activities(store, ids["Tartu vald"])
    set_mark(store, tartu[0][0], CHANGED)
    set_note(store, ids["Elva vald"], "b", "Kava arutati volikogu komisjonis.")
    set_note(store, ids["Elva vald"], "c", "Jaanuaris kinnitab vallavalitsus kava.")
    set_attendance(store, ids["Kambja vald"], ABSENT)

    docx_path, xlsx_path = export_summary(store, tmp_path / "out",
                                          now=dt.datetime(2026, 12, 2, 16, tzinfo=dt.UTC))
    assert docx_path.name == "Jätkuseminari kokkuvõte.docx"
    document = docx.Document(str(docx_path))
    texts = _texts(document)
    body = "\n".join(texts)
    assert "Jätkuseminari kokkuvõte" in texts[0]
    assert "2. detsember 2026, 14.00–16.00" in body
    # Elva: the confirmed activity with responsible, deadline and stakeholders; the
    # dropped one only under "Loobutud tegevused"
    i = texts.index("Elva vald")
    elva_part = "\n".join(texts[i:texts.index("Tartu vald")])
    assert "Elva vald: tegevus 1" in elva_part and "kinnitatud" in elva_part
    assert "Vastutaja 00" in elva_part and "2027 I kvartal" in elva_part
    assert "Loobutud tegevused" in elva_part
    assert "Kava arutati volikogu komisjonis." in elva_part
    assert "Jaanuaris kinnitab vallavalitsus kava." in elva_part
    committed = [r for r in texts if r.startswith("Elva vald: tegevus") and " | " in r]
    assert len(committed) == 1 and committed[0].startswith("Elva vald: tegevus 1 | ")
    assert committed[0].endswith(" | kinnitatud")
    assert any("Elva vald: tegevus 2" == t for t in texts)   # the dropped one, as a bullet
    assert "muudetud" in body
    assert "Omavalitsus seminaril ei osalenud." in body
    # the overview: one row per municipality, Elva has one activity left, the total
    overview = [t for t in texts if t.startswith("Elva vald | ")]
    assert overview and overview[-1].endswith("| 1")
    total = [t for t in texts if t.startswith("Kokku | ")]
    assert total and total[-1].endswith("| 11")  # 12 activities, one dropped
    assert document.core_properties.language in ("et-EE", "")

    wb = openpyxl.load_workbook(xlsx_path)
    assert wb.sheetnames == ["Tegevused", "Omavalitsused", "Valdkonnad"]
    rows = list(wb["Tegevused"].iter_rows(values_only=True))
    assert rows[0][0] == "Omavalitsus" and len(rows) == 13
    assert ("Elva vald", "Elva vald: tegevus 2") == rows[2][:2] and rows[2][-1] == "loobutud"
    munis = {r[0]: r for r in wb["Omavalitsused"].iter_rows(values_only=True)}
    assert munis["Kambja vald"][1] == "puudus"
    assert munis["Elva vald"][3] == "Kava arutati volikogu komisjonis."
    areas = list(wb["Valdkonnad"].iter_rows(values_only=True))
    assert areas[-1][0] == "Kokku" and areas[-1][-1] == 11


def _returned(store, municipality_id: int, name: str, answers: dict[str, str]) -> None:
    """A completed pack imported for the municipality (as core.returns_apply records it)."""
    from avtoituba.store.models import ReturnedPack

    with store.transaction() as s:
        s.add(ReturnedPack(workshop_id=store.workshop_id, municipality_id=municipality_id,
                           municipality_name=name, file_name=f"{name}.docx", digest=name,
                           answers=answers, summary={}))


def test_the_summary_takes_the_returned_answers_where_no_notes_were_taken(six, tmp_path):
    store, ids = six
    _returned(store, ids["Tartu vald"], "Tartu vald", {
        "b": "Kava koostas töörühm kolmel kohtumisel.", "c": "Veebruaris volikokku."})
    _returned(store, ids["Elva vald"], "Elva vald", {"b": "Kodutöö vastus, mida ei näidata."})
    set_note(store, ids["Elva vald"], "b", "Koolitaja märge seminarilt.")

    docx_path, xlsx_path = export_summary(store, tmp_path / "out",
                                          now=dt.datetime(2026, 12, 2, 16, tzinfo=dt.UTC))
    texts = _texts(docx.Document(str(docx_path)))
    tartu = texts[texts.index("Tartu vald"):texts.index("Kambja vald")]
    label = "Omavalitsuse vastus kodutöös (seminaril märkmeid ei tehtud):"
    prepared = tartu.index("Kuidas tegevuskava koostati")
    assert tartu[prepared + 1:prepared + 3] == [label, "Kava koostas töörühm kolmel kohtumisel."]
    nxt = tartu.index("Edasised sammud")
    assert tartu[nxt + 1:nxt + 3] == [label, "Veebruaris volikokku."]
    # the trainer's own note wins over the homework's answer, and is not marked
    elva = texts[texts.index("Elva vald"):texts.index("Tartu vald")]
    assert "Koolitaja märge seminarilt." in elva and label not in elva[:elva.index(
        "Koolitaja märge seminarilt.")][-2:]
    assert "Kodutöö vastus, mida ei näidata." not in texts
    # Luunja returned nothing and nobody noted anything
    luunja = texts[texts.index("Luunja vald"):texts.index("Nõo vald")]
    assert "Märkmeid ei tehtud." in luunja and label not in luunja

    munis = {r[0]: r for r in openpyxl.load_workbook(xlsx_path)["Omavalitsused"]
             .iter_rows(values_only=True)}
    assert munis["Tartu vald"][3] == "(kodutööst) Kava koostas töörühm kolmel kohtumisel."
    assert munis["Elva vald"][3] == "Koolitaja märge seminarilt."
