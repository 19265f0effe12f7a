"""The group lists handout (.docx)."""

from __future__ import annotations

from docx import Document

from avtoituba.core import groups
from avtoituba.core.workshop import update_workshop
from avtoituba.export.group_lists import write_group_lists


def texts(path):
    doc = Document(str(path))
    cells = [c.text for t in doc.tables for row in t.rows for c in row.cells]
    return [p.text for p in doc.paragraphs], cells, doc


def test_one_page_per_group_with_statement_presenter_and_members(demo_store, tmp_path):
    first = groups.list_groups(demo_store)[0]
    presenter = first.members[1]
    groups.set_presenter(demo_store, presenter.participant_id, True)
    third = groups.list_groups(demo_store)[2]
    groups.set_presenter(demo_store, third.presenter.participant_id, False)
    out = write_group_lists(demo_store, tmp_path / "grupid.docx")
    paragraphs, cells, doc = texts(out)
    assert [p.split(" (")[0] for p in paragraphs if p.split(" (")[0].endswith("grupp")] == \
        ["1. grupp", "2. grupp", "3. grupp"]
    assert any(p.startswith("1. grupp (") and p.endswith(" osalejat)") for p in paragraphs)
    assert first.statement in paragraphs
    assert f"Esitaja: {presenter.name} ({presenter.municipality})" in paragraphs
    # a group without a presenter yet gets the deck's own request
    assert "Leppige palun kokku grupiarutelu tulemuste esitaja." in paragraphs
    assert "Esitlused kell 16.20." in paragraphs
    assert cells[:4] == ["Nr", "Nimi", "Omavalitsus", "Ametikoht"]
    total = sum(len(g.members) for g in groups.list_groups(demo_store))
    assert len([c for c in cells if c in ("Nr",)]) == 3
    assert sum(len(t.rows) - 1 for t in doc.tables) == total
    # the same look as every document: A4, the template's header, Estonian proofing
    section = doc.sections[0]
    assert (round(section.page_width.cm, 1), round(section.page_height.cm, 1)) == (21.0, 29.7)
    assert "Tartumaa" in section.header.paragraphs[0].text
    assert doc.core_properties.language == "et-EE"
    assert not list(tmp_path.glob(".*tmp"))  # no temporary file left behind


def test_english_workshop_gets_english_labels_and_control_characters_are_cleaned(
        demo_store, tmp_path):
    update_workshop(demo_store, language="en")
    member = groups.list_groups(demo_store)[0].members[0]
    from avtoituba.core.participants import ParticipantData, update_participant

    update_participant(demo_store, member.participant_id,
                       ParticipantData("Mari\x0b Tamm", member.municipality))
    out = write_group_lists(demo_store, tmp_path / "groups")
    assert out.name == "groups.docx"
    paragraphs, cells, _ = texts(out)
    assert cells[:4] == ["No.", "Name", "Municipality", "Position"]
    assert any(p.startswith("Presenter:") for p in paragraphs)
    assert "Presentations at 16:20." in paragraphs
    assert any(c.startswith("Mari Tamm") for c in cells)
