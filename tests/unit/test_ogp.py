"""„AVP tegevuskava mustand“: an activity's OGP commitment saved as typed through the capture
service, and a commitment sheet per activity in the pack only while the option is on."""

from __future__ import annotations

import datetime as dt

import docx
import pytest

from avtoituba.core import ogp
from avtoituba.core.capture import Capture, CaptureError
from avtoituba.export.pack import PackOptions, export_pack

COMMITMENT = {
    "problem": "Elanikud ei tea, kuidas eelarve koostamisel kaasa rääkida.",
    "situation": "Kaasav eelarve on olnud kaks aastat.",
    "change": "Iga küla saab oma ettepaneku esitada.",
    "values": ["participation", "transparency"],
    "milestones": [{"title": "Ideekorje", "start": "2027-01-10", "end": "2027-02-28"},
                   {"title": "Hääletus", "start": dt.date(2027, 3, 1), "end": None}],
    "responsible_body": "Elva Vallavalitsus",
    "contact": "Mari Maasikas, mari@elva.ee",
    "other_actors": "külaseltsid",
    "budget": "20 000 €",
    "development_plan": "Arengukava 2035, eesmärk 3.2",
}


def test_a_commitment_is_saved_as_typed_and_comes_back(demo_store):
    capture = Capture(demo_store)
    row = capture.list()[0]
    new, old = capture.update(row.id, ogp=COMMITMENT)
    assert old == {"ogp": {}}
    again = Capture(demo_store).get(row.id)   # read back from the file
    assert again.ogp == new.ogp
    assert again.ogp["values"] == ["transparency", "participation"]   # the sheet's order
    assert again.ogp["milestones"][1] == {"title": "Hääletus", "start": "2027-03-01",
                                          "end": None}
    assert again.ogp["budget"] == "20 000 €"
    # emptied fields are left out; an empty commitment is {}
    cleared, _ = capture.update(row.id, ogp={"problem": "  ", "values": []})
    assert cleared.ogp == {}


@pytest.mark.parametrize("bad", [
    {"colour": "red"},
    {"values": ["honesty"]},
    {"milestones": [{"title": "x", "start": "2027-05-01", "end": "2027-04-01"}]},
    {"milestones": [{"title": "x", "start": "31.12.2027"}]},
])
def test_a_bad_commitment_is_refused_and_nothing_is_written(demo_store, bad):
    capture = Capture(demo_store)
    row = capture.list()[0]
    capture.update(row.id, ogp={"problem": "before"})
    with pytest.raises(CaptureError):
        capture.update(row.id, ogp=bad)
    assert Capture(demo_store).get(row.id).ogp == {"problem": "before"}


def sheets(path) -> list[dict[str, str]]:
    """Each commitment sheet as label -> value (two-column tables without a header)."""
    doc = docx.Document(str(path))
    found = []
    for t in doc.tables:
        rows = [[c.text for c in r.cells] for r in t.rows]
        if rows and len(rows[0]) == 2 and rows[0][0] == "Tegevus":
            found.append({label: value for label, value in rows})
    return found


def test_the_pack_prints_a_commitment_sheet_per_activity_only_when_on(demo_store, tmp_path):
    capture = Capture(demo_store)
    row = next(r for r in capture.list() if r.municipality)
    capture.update(row.id, ogp=COMMITMENT)
    off = export_pack(demo_store, PackOptions(tmp_path / "off", combined=False))
    assert all(not sheets(f) for f in off)
    text = "\n".join(p.text for f in off for p in docx.Document(str(f)).paragraphs)
    assert "AVP tegevuskava mustand" not in text

    assert not ogp.draft_enabled(demo_store)
    ogp.set_draft_enabled(demo_store, True)
    assert ogp.draft_enabled(demo_store)
    on = export_pack(demo_store, PackOptions(tmp_path / "on", combined=False))
    pack = next(f for f in on if row.municipality in f.name)
    found = sheets(pack)
    mine = [r for r in capture.list() if r.municipality_id == row.municipality_id]
    assert [s["Tegevus"] for s in found] == [r.title for r in mine]
    sheet = next(s for s in found if s["Tegevus"] == row.title)
    assert list(sheet) == ["Tegevus", "Valdkond", "Probleem, mida tegevus lahendab",
                           "Praegune olukord", "Mida tegevus muudab", "AVP väärtused",
                           "Vahe-eesmärgid (algus–lõpp)", "Vastutav asutus", "Kontaktisik",
                           "Teised osalejad", "Eelarve", "Seos arengukavaga"]
    assert sheet["AVP väärtused"] == "☒\u00a0läbipaistvus ☒\u00a0kaasamine ☐\u00a0aruandekohustus"
    assert sheet["Vahe-eesmärgid (algus–lõpp)"] == \
        "Ideekorje (10.01.2027–28.02.2027)\nHääletus (01.03.2027)"
    assert sheet["Eelarve"] == "20 000 €"
    other = next(s for s in found if s["Tegevus"] != row.title)
    assert other["Probleem, mida tegevus lahendab"] == ""   # room for the team to write
