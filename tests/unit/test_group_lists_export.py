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
    assert [p for p in paragraphs if p.endswith("grupp")] == ["1. grupp", "2. grupp",
                                                             "3. grupp"]
    assert first.statement in paragraphs
    assert f"Esitaja: {presenter.name} ({presenter.municipality})" in paragraphs
    assert "Esitaja: lepitakse kokku grupis" in paragraphs  # groups without one yet
    assert cells[:4] == ["Nr", "Nimi", "Omavalitsus", "Amet"]
    total = sum(len(g.members) for g in groups.list_groups(demo_store))
    assert len([c for c in cells if c in ("Nr",)]) == 3
    assert sum(len(t.rows) - 1 for t in doc.tables) == total
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
    assert cells[:4] == ["No.", "Name", "Municipality", "Role"]
    assert any(p.startswith("Presenter:") for p in paragraphs)
    assert "Mari Tamm" in cells
