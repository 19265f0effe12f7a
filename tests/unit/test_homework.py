"""The homework pack, read back with python-docx and checked against the workshop."""

from __future__ import annotations

import datetime as dt
import errno
import os
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from avtoituba.core.municipalities import get_or_create, list_municipalities, set_seminar_order
from avtoituba.core.programme import fill_placeholders
from avtoituba.core.seminar import seminar_slots
from avtoituba.core.workshop import update_workshop
from avtoituba.export import documents
from avtoituba.export.documents import TemplateError, WriteError
from avtoituba.export.homework import build_municipality_document
from avtoituba.export.pack import ExportCancelled, PackOptions, export_pack
from avtoituba.export.pack_data import load_pack
from avtoituba.store.models import Activity, Area, Group, Workshop

# --- reading a document back --------------------------------------------------------------


def body_texts(path: Path) -> list[str]:
    """Every paragraph of the body, in order, tables' cells included (one entry each)."""
    doc = docx.Document(str(path))
    out: list[str] = []
    for block in doc.element.body.iterchildren():
        if block.tag == qn("w:p"):
            out.append(_text(block))
        elif block.tag == qn("w:tbl"):
            for tc in block.iter(qn("w:tc")):
                out.append("\n".join(_text(p) for p in tc.iter(qn("w:p"))))
    return out


def _text(p) -> str:
    parts = []
    for node in p.iter(qn("w:t"), qn("w:br")):
        parts.append("\n" if node.tag == qn("w:br") else (node.text or ""))
    return "".join(parts)


def tables(path: Path) -> list[list[list[str]]]:
    doc = docx.Document(str(path))
    return [[[cell.text for cell in row.cells] for row in t.rows] for t in doc.tables]


def full_text(path: Path) -> str:
    return "\n".join(body_texts(path))


def activity_titles(store, municipality_id: int) -> list[str]:
    with store.session() as s:
        return [a.title for a in s.query(Activity).filter_by(
            workshop_id=store.workshop_id, municipality_id=municipality_id, deleted_at=None)]


def municipality_files(files: list[Path]) -> dict[str, Path]:
    return {f.stem.split(" - ", 1)[1]: f for f in files if " - " in f.stem}


# --- content --------------------------------------------------------------------------------


def test_each_municipality_gets_its_own_activities_and_nobody_elses(demo_store, tmp_path):
    files = export_pack(demo_store, PackOptions(tmp_path / "pack"))
    munis = list_municipalities(demo_store)
    by_name = municipality_files(files)
    assert set(by_name) == {m.name for m in munis}
    all_titles = {m.id: activity_titles(demo_store, m.id) for m in munis}
    assert sum(len(t) for t in all_titles.values()) == 11
    for m in munis:
        cells = {c for t in tables(by_name[m.name]) for row in t for c in row}
        for title in all_titles[m.id]:
            assert title in cells, (m.name, title)
        others = {t for mid, ts in all_titles.items() if mid != m.id for t in ts}
        assert not (others & cells), m.name
        text = full_text(by_name[m.name])
        assert m.name in text


def test_activity_rows_hold_every_field_and_empty_rows_to_fill(demo_store, tmp_path):
    with demo_store.transaction() as s:
        a = s.query(Activity).filter_by(title="Kaasava eelarve teine voor").one()
        a.involve_leaders, a.involve_key_people, a.involve_partners = True, False, True
        a.involve_notes = "MTÜ Elva Noored"
        muni = a.municipality.name
    files = export_pack(demo_store, PackOptions(tmp_path, combined=False))
    path = municipality_files(files)[muni]
    rows = [row for t in tables(path) if t[0][0] == "Tegevus" for row in t]
    header = rows[0]
    assert header == ["Tegevus", "Kirjeldus", "Keda kaasata", "Vastutaja", "Tähtaeg",
                      "Digi\u00adlahendus"]
    row = next(r for r in rows if r[0] == "Kaasava eelarve teine voor")
    assert row[1] == "Elanikud esitavad ideid ja hääletavad; tulemused avaldatakse kaardil."
    assert row[2].splitlines() == ["☒\u00a0J ☐\u00a0V ☒\u00a0P", "MTÜ Elva Noored"]
    assert row[3:] == ["arendusosakond", "märts–mai 2027", "☒"]
    empty = [r for r in rows if len(r) == 6 and r[0] == "" and r[1] == ""]
    assert len(empty) >= 4, "rows left to fill in by hand"
    text = body_texts(path)
    # the theme as context (not the group's number), then the area
    assert not any(t.startswith("2. grupp") for t in text)
    assert any(t.startswith("Teema: Elanike ja kogukondadega") for t in text)
    assert "2. Dialoog kogukonnaga otsuste ettevalmistamisel" in text
    # the tick boxes are explained once per table, never in every row
    legend = "Keda kaasata: J – juhid, V – võtmeisikud, P – majavälised partnerid."
    assert any(t.startswith(legend) for t in text)
    assert not any("juhid" in c for r in rows[1:] for c in r)
    # the new-activities table has a Valdkond column too
    new = next(t for t in tables(path) if t[0][0] == "Valdkond")
    assert new[0][1] == "Tegevus" and len(new) == 6


def test_page_one_holds_what_the_team_needs(demo_store, tmp_path):
    munis = list_municipalities(demo_store)
    new_order = [m.id for m in reversed(munis)]
    set_seminar_order(demo_store, new_order)
    update_workshop(demo_store, followup_link="https://zoom.us/j/987654321")
    files = export_pack(demo_store, PackOptions(tmp_path, combined=False))
    by_name = municipality_files(files)
    data = load_pack(demo_store)
    # 14.00-16.00 less ten minutes to open, fifteen for the discussion and ten to close,
    # shared by 8: 10 minutes each, as the follow-up seminar page will run them
    expected = {munis[-1].name: "14.10–14.20 (10 min), esinemisjärjekorras 1/8",
                munis[-3].name: "14.30–14.40 (10 min), esinemisjärjekorras 3/8",
                munis[0].name: "15.20–15.30 (10 min), esinemisjärjekorras 8/8"}
    for name, slot in expected.items():
        text = body_texts(by_name[name])
        page_one = text[:text.index("Kodutöö")]
        assert name in page_one
        assert "Jätkuseminar toimub kolmapäeval, 2. detsembril 2026 kell 14.00–16.00, " \
               "Zoomis." in page_one
        assert "Videokõne link: https://zoom.us/j/987654321" in page_one
        assert f"Teie esinemisaeg: {slot}" in page_one
        assert "Töötuba: 17. november 2026, Tartu, Raekoja plats 1" in page_one \
            or any(t.startswith("Töötuba: 17. november 2026") for t in page_one)
        mid = next(m.id for m in data.municipalities if m.name == name)
        for person in data.members_of(mid):
            assert any(t.startswith(person.name) for t in page_one)
        # under the heading „Koolitaja“ the name stands alone (no „Koolitaja:“ again)
        at = page_one.index("Koolitaja")
        assert page_one[at + 1] == "Kristina Reinsalu, E-riigi Akadeemia"
        assert "Kontakt: kristina.reinsalu@ega.ee" in page_one
    doc = docx.Document(str(by_name[munis[0].name]))
    targets = [r.target_ref for r in doc.part.rels.values() if r.is_external]
    assert "https://zoom.us/j/987654321" in targets


def test_without_a_link_the_pack_says_it_will_be_sent(demo_store, tmp_path):
    files = export_pack(demo_store, PackOptions(tmp_path, combined=False))
    assert "Videokõne link saadetakse e-kirjaga." in body_texts(files[0])


def test_homework_and_tasks_in_the_decks_words_each_with_a_question_and_room(demo_store,
                                                                           tmp_path):
    files = export_pack(demo_store, PackOptions(tmp_path, combined=False))
    with demo_store.session() as s:
        w = s.get(Workshop, demo_store.workshop_id)
        homework = [t.replace("{workshop_date}", "17. novembri") for t in w.homework]
        tasks = list(w.followup_tasks)
    # the deck's words, its "17.11 töötoas" as prose writes a date
    assert homework[0].startswith("Täiendada 17. novembri töötoas kirja pandud tegevusi")
    assert fill_placeholders(w.homework[0], w.date).startswith("Täiendada 17.11 töötoas")
    text = body_texts(files[0])
    for i, item in enumerate(homework, start=1):
        assert f"{i}.\u00a0{item}" in text
    questions = ["Milliseid tegevusi te jätkuseminaril tutvustate?",
                 "Kuidas te kava koostasite ja milliseid kogemusi saite?",
                 "Milline on teie edasine tööplaan tegevuskava ja tegevuste elluviimisega?"]
    for letter, task, question in zip("abc", tasks, questions, strict=True):
        at = text.index(f"{letter})\u00a0{task}")
        assert text[at + 1] == question
    doc = docx.Document(str(files[0]))
    body = list(doc.element.body.iterchildren())
    marks = [i for i, b in enumerate(body) if b.tag == qn("w:p")
             and _text(b)[:2] in ("a)", "b)", "c)")]
    assert len(marks) == 3
    for i in marks:
        box = body[i + 2]  # after the question
        assert box.tag == qn("w:tbl")
        height = box.find(f".//{qn('w:trHeight')}")
        assert int(height.get(qn("w:val"))) >= 1400  # several lines to write in


def test_uncovered_areas_are_named(demo_store, tmp_path):
    data = load_pack(demo_store)
    files = export_pack(data, PackOptions(tmp_path, combined=False))
    for m in data.municipalities:
        covered = {a.area_number for a in data.activities_of(m.id)}
        missing = [str(n) for n in range(1, 8) if n not in covered]
        text = body_texts(municipality_files(files)[m.name])
        if len(missing) > 1:
            words = ", ".join(missing[:-1]) + f" ja {missing[-1]}"
            assert f"Teil pole veel tegevusi valdkondades {words}. Ideid leiate lisast." in text
        elif missing:
            assert f"Teil pole veel tegevusi valdkonnas {missing[0]}. Ideid leiate lisast." \
                in text


def test_a_theme_the_team_worked_on_has_a_place_even_with_nothing_written(store, tmp_path):
    from avtoituba.core import groups
    from avtoituba.store.models import Membership, Participant

    with store.transaction() as s:
        muni = get_or_create(s, store.workshop_id, "Vaikne vald")
        p = Participant(workshop_id=store.workshop_id, name="Mari Maasikas", role="vallavanem",
                        municipality_id=muni.id)
        s.add(p)
        s.flush()
        g3 = s.query(Group).filter_by(workshop_id=store.workshop_id, number=3).one()
        s.add(Membership(participant_id=p.id, group_id=g3.id))
    assert groups.list_groups(store)[2].members[0].name == "Mari Maasikas"
    files = export_pack(store, PackOptions(tmp_path))
    path = municipality_files(files)["Vaikne vald"]
    text = body_texts(path)
    assert "Töötoas te tegevusi kirja ei pannud. Kirjutage oma tegevused allolevatesse " \
           "tabelitesse." in text
    assert any(t.startswith("Teema: Noored osalevad kogukonnaelus") for t in text)
    assert "5. Noorte osalemine kogukonnaelus ja otsuste tegemisel" in text
    theirs = [t for t in tables(path) if t[0][0] == "Tegevus"]
    assert len(theirs) == 1 and len(theirs[0]) == 3  # the theme's area, two empty rows
    assert "Mari Maasikas, vallavanem" in text
    assert "Teie esinemisaeg: 14.10–15.35 (85 min), esinemisjärjekorras 1/1" in text


def test_english_workshop_gets_english_documents(tmp_path):
    from avtoituba.core.demo import fill_demo
    from avtoituba.core.workshop import new_workshop

    store = new_workshop(tmp_path / "en.avtoituba", date=dt.date(2026, 11, 27),
                         venue="Tallinn", language="en")
    try:
        with store.transaction() as s:
            fill_demo(s, s.get(Workshop, store.workshop_id))
        files = export_pack(store, PackOptions(tmp_path / "out", group_lists=True))
        names = sorted(f.name for f in files)
        assert "Trainer summary.docx" in names and "Groups.docx" in names
        first = list_municipalities(store)[2]
        path = tmp_path / "out" / f"Homework - {first.name}.docx"
        text = body_texts(path)
        assert "Workshop: 27 November 2026, Tallinn" in text
        assert "Your presentation: 14:30–14:40 (10 min), 3 of 8 in the running order" in text
        # 27.11.2026 + 15 days is Saturday 12.12: the seminar moves to Monday
        assert "The follow-up seminar is on Monday, 14 December 2026, 14:00–16:00, on " \
               "Zoom." in text
        assert "Homework" in text
        assert any(t.startswith("1.\u00a0Complete the activities written down at the "
                                "workshop on 27 November") for t in text)
        assert any(t[0][:2] == ["Activity", "Description"] for t in tables(path))
        doc = docx.Document(str(path))
        assert doc.core_properties.language == "en-GB"
    finally:
        store.close()


def test_trainer_document_has_running_order_overview_groups_and_every_municipality(
        demo_store, tmp_path):
    files = export_pack(demo_store, PackOptions(tmp_path, per_municipality=False))
    assert [f.name for f in files] == ["Koolitaja koonddokument.docx"]
    text = body_texts(files[0])
    assert text[1] == "Koolitaja koonddokument"
    assert not any("Teie " in t or "teie " in t for t in text), "no second person"
    munis = list_municipalities(demo_store)
    data = load_pack(demo_store)
    order_table = tables(files[0])[0]
    assert order_table[0] == ["Nr", "Aeg", "Omavalitsus", "Osalejaid", "Tegevusi"]
    assert order_table[1][1:3] == ["14.00–14.10", "Avasõnad"]
    assert [r[2] for r in order_table[2:-1]] == [m.name for m in munis]
    assert order_table[2][1] == "14.10–14.20"
    assert order_table[-1][1:3] == ["15.30–16.00", "Kokkuvõte ja lõpetamine"]
    overview = tables(files[0])[1]
    assert overview[0] == ["Omavalitsus", "1", "2", "3", "4", "5", "6", "7", "Kokku"]
    for row, m in zip(overview[1:], munis, strict=False):
        acts = data.activities_of(m.id)
        assert row[0] == m.name and row[-1] == str(len(acts))
        for n in range(1, 8):
            count = sum(1 for a in acts if a.area_number == n)
            assert row[n] == (str(count) if count else "–")
    for m in munis:
        assert m.name in text
        for title in activity_titles(demo_store, m.id):
            assert title in text
    for g in data.groups:
        assert any(t.startswith(g.name) for t in text)
        presenter = next(m for m in g.members if m.presenter)
        assert f"Esitaja: {presenter.name} ({presenter.municipality})" in text
    # municipalities follow each other: no page break between them
    doc = docx.Document(str(files[0]))
    breaks = [b for b in doc.element.body.iter(qn("w:br")) if b.get(qn("w:type")) == "page"]
    assert len(breaks) <= 1


def test_only_the_chosen_municipalities(demo_store, tmp_path):
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    munis = list_municipalities(demo_store)
    files = export_pack(demo_store, PackOptions(
        tmp_path, municipality_ids=[munis[1].id, munis[4].id], combined=False))
    assert sorted(f.name for f in files) == sorted(
        [f"Kodutöö - {munis[1].name}.docx", f"Kodutöö - {munis[4].name}.docx"])
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(f.name for f in files)


def test_appendix_carries_the_decks_words_and_the_last_page_its_closing(demo_store,
                                                                       tmp_path):
    files = export_pack(demo_store, PackOptions(tmp_path, combined=False))
    text = body_texts(files[0])
    appendix = text[text.index("Lisa. Avatud valitsemine omavalitsustes"):]
    data = load_pack(demo_store)
    assert "Avatud (digi)valitsemine – miks ja kuidas?" in appendix
    for gain in ("Otsuste kvaliteet", "Harimine", "Usaldus ja vastutus", "Efektiivsus",
                 "Arvamuste paljusus ja otsustamise aeglus"):
        assert gain in appendix
    assert "Näidistegevused valdkondade kaupa" in appendix
    for area in data.areas:
        assert f"{area.number}. {area.title}" in appendix
        for example in area.examples:
            assert example in appendix
    assert "Lobireeglid koos huvide konflikti vältimise juhisega" in appendix
    assert "Avatud Valitsemise Partnerlus riikide jaoks" in appendix
    assert "2.\u00a0Tegevuskava koostamine koos vabaühendustega" in appendix
    assert any("ega.ee/et/project/avatud-valitsemine-uhinevates-omavalitsustes" in t
               for t in appendix)
    assert [t for t in text if t][-2:] == ["Edu avatud digivalitsemisel!",
                                          "Kohtumiseni 2. detsembril kell 14.00 Zoomis!"]


# --- awkward text -----------------------------------------------------------------------------

NASTY = {
    "control": "Tegevus\x00 koos\x07 juhtmärkidega\x1b[31m ja\x0c vormimärgiga",
    "emoji": "Noortevolikogu 🎉👩‍👩‍👧 ja kaasav eelarve 🗳️",
    "rtl": "مشاركة الشباب في المجتمع المحلي",
    "hebrew": "שקיפות ושיתוף הציבור",
    "xml": "<w:p> & \"quotes\" ]]> </w:t>",
}


def test_awkward_text_never_breaks_a_document(store, tmp_path):
    long_text = ("Väga pikk kirjeldus, mis jätkub ja jätkub. " * 3000).strip()
    with store.transaction() as s:
        wid = store.workshop_id
        muni = get_or_create(s, wid, "Emoji 🎉 vald\x07")
        group = s.query(Group).filter_by(workshop_id=wid, number=1).one()
        area = s.query(Area).filter_by(workshop_id=wid, number=1).one()
        for i, text in enumerate([*NASTY.values(), long_text]):
            s.add(Activity(workshop_id=wid, municipality_id=muni.id, group_id=group.id,
                           area_id=area.id, position=i, title=text[:500], description=text,
                           responsible=text[:80]))
        w = s.get(Workshop, wid)
        w.title = "Töötuba\x0b \x01 <&> 🎉"
        w.venue = NASTY["rtl"]
        w.followup_link = "https://example.org/?a=1&b=<2>"
    files = export_pack(store, PackOptions(tmp_path, group_lists=True))
    path = next(f for f in files if f.name.startswith("Kodutöö"))
    assert path.name == "Kodutöö - Emoji 🎉 vald.docx"
    text = full_text(path)
    assert "Tegevus koos juhtmärkidega[31m ja vormimärgiga" in text
    for key in ("emoji", "rtl", "hebrew", "xml"):
        assert NASTY[key] in text
    assert long_text in text
    assert "Töötuba <&> 🎉" in docx.Document(str(path)).sections[0].header.paragraphs[0].text
    for f in files:  # every document opens again
        docx.Document(str(f))
    # a right-to-left paragraph is marked as such for Word
    doc = docx.Document(str(path))
    rtl_cells = [p for p in doc.element.body.iter(qn("w:p")) if _text(p) == NASTY["rtl"]]
    assert rtl_cells and all(p.find(f"{qn('w:pPr')}/{qn('w:bidi')}") is not None
                             for p in rtl_cells)


# --- templates --------------------------------------------------------------------------------


def test_the_built_in_template_gives_styles_header_and_page_numbers(demo_store, tmp_path):
    files = export_pack(demo_store, PackOptions(tmp_path, combined=False))
    doc = docx.Document(str(files[0]))
    section = doc.sections[0]
    assert round(section.page_width.cm, 1) == 21.0 and round(section.page_height.cm, 1) == 29.7
    assert section.header.paragraphs[0].text == \
        "Avatud valitsemise ja digivõimekuse töötuba – Tartumaa"
    footer = section.footer.paragraphs[0]
    assert footer.text.startswith("lk ")
    instructions = [t.text.strip() for t in footer._p.iter(qn("w:instrText"))]
    assert instructions == ["PAGE", "NUMPAGES"]
    used = {p.style.name for p in doc.paragraphs}
    assert {"Title", "Heading 1", "Heading 2", "Heading 3", "List Bullet"} <= used
    assert all(t.style is not None and t.style.name == "Avtoituba Table" for t in doc.tables)


def test_a_trainers_template_without_our_styles_is_used_gracefully(demo_store, tmp_path):
    template = tmp_path / "minu mall.docx"
    plain = docx.Document()
    plain.sections[0].header.paragraphs[0].text = "Minu logo – {title}"
    plain.add_paragraph("This body text of the template is not copied.")
    # a template without the heading and table styles at all
    for name in ("Heading 1", "Heading 2", "Heading 3", "Title", "Table Grid",
                 "List Bullet"):
        el = plain.styles[name].element
        el.getparent().remove(el)
    plain.save(str(template))
    files = export_pack(demo_store, PackOptions(tmp_path / "out", template=template))
    doc = docx.Document(str(files[0]))
    assert doc.sections[0].header.paragraphs[0].text == \
        "Minu logo – Avatud valitsemise ja digivõimekuse töötuba – Tartumaa"
    text = body_texts(files[0])
    assert "This body text of the template is not copied." not in text
    assert "Kodutöö" in text and "Jätkuseminar" in text
    heading = next(p for p in doc.paragraphs if p.text == "Kodutöö")
    assert heading.runs[0].bold  # no heading style: bold text instead


def test_a_file_that_is_not_a_template_stops_before_anything_is_written(demo_store,
                                                                        tmp_path):
    bad = tmp_path / "mall.docx"
    bad.write_text("not a zip")
    out = tmp_path / "out"
    with pytest.raises(TemplateError, match="mall.docx: not a Word document"):
        export_pack(demo_store, PackOptions(out, template=bad))
    assert not out.exists() or not any(out.iterdir())
    with pytest.raises(TemplateError, match="not found"):
        export_pack(demo_store, PackOptions(out, template=tmp_path / "missing.docx"))


# --- failures, progress and cancel ------------------------------------------------------------


def assert_valid_and_clean(folder: Path, files: list[Path]) -> None:
    for f in files:
        docx.Document(str(f))
    leftovers = [p.name for p in folder.iterdir() if p.suffix == ".tmp" or p.name.startswith(".~")]
    assert leftovers == []


def test_a_locked_file_names_it_and_keeps_the_files_before(demo_store, tmp_path,
                                                           monkeypatch):
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    # GIVEN Word holds the third document open (on Windows, replacing it is refused)
    real_replace = os.replace
    locked = "Kodutöö - Kambja vald.docx"

    def replace(src, dst):
        if Path(dst).name == locked:
            raise PermissionError(errno.EACCES, "Permission denied", str(dst))
        return real_replace(src, dst)

    monkeypatch.setattr(documents.os, "replace", replace)
    progress: list[tuple[int, int, str]] = []
    with pytest.raises(WriteError) as caught:
        export_pack(demo_store, PackOptions(tmp_path), progress=lambda *a: progress.append(a))
    err = caught.value
    assert err.kind == "locked" and err.path == tmp_path / locked
    assert locked in str(err) and "open in another program" in str(err)
    written = sorted(p.name for p in tmp_path.iterdir())
    assert written == ["Kodutöö - Elva vald.docx", "Kodutöö - Tartu vald.docx"]
    assert_valid_and_clean(tmp_path, [tmp_path / n for n in written])
    assert [p[2] for p in progress] == ["Kodutöö - Elva vald.docx",
                                        "Kodutöö - Tartu vald.docx", locked]


def test_a_full_disk_leaves_no_half_written_file_and_the_old_one_intact(
        demo_store, tmp_path, monkeypatch):
    first = export_pack(demo_store, PackOptions(tmp_path, combined=False))
    before = {p: p.read_bytes() for p in first}

    def fsync(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(documents.os, "fsync", fsync)
    with pytest.raises(WriteError) as caught:
        export_pack(demo_store, PackOptions(tmp_path, combined=False, existing="replace"))
    assert caught.value.kind == "disk_full"
    assert "Kodutöö - Elva vald.docx: the disk is full" in str(caught.value)
    assert {p: p.read_bytes() for p in first} == before
    assert_valid_and_clean(tmp_path, first)


def test_a_read_only_folder_is_reported(demo_store, tmp_path, monkeypatch):
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    def mkstemp(*args, **kwargs):
        raise PermissionError(errno.EACCES, "Permission denied", str(tmp_path))

    monkeypatch.setattr(documents.tempfile, "mkstemp", mkstemp)
    with pytest.raises(WriteError) as caught:
        export_pack(demo_store, PackOptions(tmp_path))
    assert caught.value.kind == "read_only"
    assert "folder cannot be written to" in str(caught.value)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0,
                    reason="permissions are not enforced for root")
def test_a_really_read_only_folder(demo_store, tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        with pytest.raises(WriteError) as caught:
            export_pack(demo_store, PackOptions(folder))
        assert caught.value.kind == "read_only"
    finally:
        folder.chmod(0o755)


def test_cancel_stops_between_documents(demo_store, tmp_path):
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    seen: list[int] = []
    with pytest.raises(ExportCancelled) as caught:
        export_pack(demo_store, PackOptions(tmp_path),
                    progress=lambda done, total, name: seen.append(done),
                    cancelled=lambda: len(seen) >= 3)
    written = caught.value.written
    assert len(written) == 3
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(p.name for p in written)
    assert_valid_and_clean(tmp_path, written)


def test_progress_counts_every_file(demo_store, tmp_path):
    calls: list[tuple[int, int, str]] = []
    files = export_pack(demo_store, PackOptions(tmp_path, group_lists=True),
                        progress=lambda *a: calls.append(a))
    assert len(files) == 10
    assert [c[0] for c in calls] == list(range(11))
    assert {c[1] for c in calls} == {10}
    assert calls[-1] == (10, 10, "")


def test_names_that_collide_get_distinct_files(store, tmp_path):
    with store.transaction() as s:
        for name in ("Elva/vald", "Elva:vald", "Elva?vald"):
            get_or_create(s, store.workshop_id, name)
    files = export_pack(store, PackOptions(tmp_path, combined=False))
    assert sorted(f.name for f in files) == [
        "Kodutöö - Elva_vald (2).docx", "Kodutöö - Elva_vald (3).docx",
        "Kodutöö - Elva_vald.docx"]
    assert all(f.parent == tmp_path.resolve() for f in files)


def test_building_is_pure_of_files(demo_store):
    data = load_pack(demo_store)
    doc = build_municipality_document(data, data.municipalities[0])
    assert any(p.text == data.municipalities[0].name for p in doc.paragraphs)


# --- seminar slots ----------------------------------------------------------------------------


def test_seminar_slots_share_the_seminar_in_whole_minutes():
    slots = seminar_slots(dt.time(14, 0), dt.time(16, 0), 7)
    assert [s.index for s in slots] == list(range(1, 8))
    assert slots[0].start == dt.time(14, 0) and slots[-1].end == dt.time(16, 0)
    assert all(a.end == b.start for a, b in zip(slots, slots[1:], strict=False))
    assert {s.minutes for s in slots} <= {17, 18}
    assert sum(s.minutes for s in slots) == 120
    assert seminar_slots(dt.time(14, 0), dt.time(16, 0), 8)[2].start == dt.time(14, 30)


@pytest.mark.parametrize("start,end,count", [
    (None, dt.time(16), 3), (dt.time(14), None, 3), (dt.time(16), dt.time(14), 3),
    (dt.time(14), dt.time(14), 3), (dt.time(14), dt.time(16), 0)])
def test_no_slots_without_a_seminar(start, end, count):
    assert seminar_slots(start, end, count) == []


def test_unset_followup_says_to_be_confirmed(demo_store, tmp_path):
    update_workshop(demo_store, followup_date=None, followup_start=None, followup_end=None)
    files = export_pack(demo_store, PackOptions(tmp_path, combined=False))
    text = body_texts(files[0])
    assert "Jätkuseminari aeg täpsustatakse." in text
    assert "Teie esinemisaeg: täpsustatakse" in text


def test_only_a_row_too_long_for_a_page_may_split(store, tmp_path):
    with store.transaction() as s:
        muni = get_or_create(s, store.workshop_id, "Pikk vald")
        s.add(Activity(workshop_id=store.workshop_id, municipality_id=muni.id,
                       title="Lühike", description="Lühike kirjeldus", position=0))
        s.add(Activity(workshop_id=store.workshop_id, municipality_id=muni.id,
                       title="Pikk", description="Pikk kirjeldus. " * 400, position=1))
    files = export_pack(store, PackOptions(tmp_path / "out", combined=False))
    doc = docx.Document(str(files[0]))
    rows = {row.cells[0].text: row._tr for t in doc.tables for row in t.rows
            if row.cells[0].text in ("Lühike", "Pikk")}
    assert rows["Lühike"].find(f"{qn('w:trPr')}/{qn('w:cantSplit')}") is not None
    assert rows["Pikk"].find(f"{qn('w:trPr')}/{qn('w:cantSplit')}") is None


def test_tables_fit_the_templates_page(demo_store, tmp_path):
    # a US Letter template with one-inch margins: 6.5 inches between the margins
    template = tmp_path / "letter.docx"
    docx.Document().save(str(template))
    files = export_pack(demo_store, PackOptions(tmp_path / "out", combined=False,
                                                template=template))
    doc = docx.Document(str(files[0]))
    for table in doc.tables:
        grid = table._tbl.tblGrid.findall(qn("w:gridCol"))
        assert sum(int(g.get(qn("w:w"))) for g in grid) <= 6.5 * 1440 + 10


def test_no_heading_is_left_alone_at_the_bottom_of_a_page(demo_store, tmp_path):
    """Between a heading and the table it introduces, every paragraph keeps with the next
    one, and a table's header row keeps with its first row, so a page never ends in a
    heading (or a group's lines) whose table starts on the next page."""
    files = export_pack(demo_store, PackOptions(tmp_path, group_lists=True))
    checked = 0
    for path in files:
        blocks = list(docx.Document(str(path)).element.body.iterchildren())
        for i, block in enumerate(blocks):
            if block.tag != qn("w:tbl"):
                continue
            rows = block.findall(qn("w:tr"))
            if len(rows) > 1:   # a table with a header row (not a writing box)
                head = rows[0].findall(f".//{qn('w:p')}")
                assert all(p.find(f"{qn('w:pPr')}/{qn('w:keepNext')}") is not None
                           for p in head), path.name
            chain = []
            for before in reversed(blocks[:i]):
                if before.tag != qn("w:p"):
                    break
                chain.append(before)
                style = before.find(f"{qn('w:pPr')}/{qn('w:pStyle')}")
                if style is not None and style.get(qn("w:val")).startswith("Heading"):
                    break
            else:
                continue
            if not chain or chain[-1].find(f"{qn('w:pPr')}/{qn('w:pStyle')}") is None:
                continue
            if not chain[-1].find(f"{qn('w:pPr')}/{qn('w:pStyle')}").get(
                    qn("w:val")).startswith("Heading"):
                continue   # the table follows other text, not a heading
            loose = [_text(p) for p in chain
                     if p.find(f"{qn('w:pPr')}/{qn('w:keepNext')}") is None]
            assert loose == [], (path.name, loose)
            checked += 1
    assert checked > 40


def test_the_pack_prints_the_turns_the_seminar_will_run(demo_store):
    from avtoituba.core.seminar_run import load_programme, set_discussion_minutes

    for discussion in (15, 0, 30):
        set_discussion_minutes(demo_store, discussion)
        programme = load_programme(demo_store)
        data = load_pack(demo_store)
        slots = [m.slot for m in data.municipalities]
        assert all(s is not None and s.minutes == programme.slot_min for s in slots)
        assert slots[0].start == dt.time(14, 10)          # after the trainer's opening
        turns = [b for b in programme.blocks if b.kind == "presentations"]
        assert len(turns) == len(slots)
