"""The room's dot vote printed as a priority column („Prioriteet“) in the trainer's document
and the pack's activity tables, the most-voted marked; no column when nobody voted; a voted
pack still reads back as returned homework."""

from __future__ import annotations

from pathlib import Path

import docx

from avtoituba.core.capture import Capture
from avtoituba.core.scribes import ScribeService
from avtoituba.export.pack import PackOptions, export_pack
from avtoituba.export.returned.reader import read_document


def tables(path: Path) -> list[list[list[str]]]:
    doc = docx.Document(str(path))
    return [[[c.text for c in r.cells] for r in t.rows] for t in doc.tables]


def vote(store) -> dict[str, int]:
    """Three ballots: the first activity gets 4 dots, the second 2, the rest none."""
    capture = Capture(store)
    rows = [r for r in capture.list() if r.municipality]
    first, second = rows[0], rows[1]
    service = ScribeService(store, capture)
    service.vote.open = True
    service.cast("phone-1", {str(first.id): 2, str(second.id): 1})
    service.cast("phone-2", {str(first.id): 2})
    service.cast("phone-3", {str(second.id): 1})
    return {first.title: 4, second.title: 2}


def priority_cells(path: Path) -> dict[str, str]:
    """Activity title -> its priority cell, from every activity table whose last column is
    „Prioriteet“."""
    found = {}
    for t in tables(path):
        if t and t[0][0] == "Tegevus" and t[0][-1] == "Prioriteet":
            found.update({row[0]: row[-1] for row in t[1:] if row[0]})
    return found


def test_the_vote_is_a_priority_column_with_the_most_voted_marked(demo_store, tmp_path):
    voted = vote(demo_store)
    files = export_pack(demo_store, PackOptions(tmp_path, combined=True))
    trainer = next(f for f in files if "oolitaja" in f.name)
    cells = priority_cells(trainer)
    top, runner_up = list(voted)
    assert cells[top] == "★\u00a04"
    assert cells[runner_up] == "2"
    assert set(cells.values()) == {"★\u00a04", "2", "–"}  # every other activity: no dots
    text = "\n".join(p.text for p in docx.Document(str(trainer)).paragraphs)
    assert "Prioriteet: punktid" in text
    packs = [f for f in files if f.name.startswith("Kodutöö - ")]
    in_packs = {}
    for f in packs:
        in_packs.update(priority_cells(f))
    assert in_packs[top] == "★\u00a04" and in_packs[runner_up] == "2"
    # the new-activities table has nothing to prioritise yet
    for f in packs:
        for t in tables(f):
            if t and t[0][0] == "Valdkond":
                assert "Prioriteet" not in t[0]


def test_no_priority_column_when_nobody_voted(demo_store, tmp_path):
    files = export_pack(demo_store, PackOptions(tmp_path, combined=True))
    for f in files:
        assert all("Prioriteet" not in row for t in tables(f) for row in t[:1]), f.name
        text = "\n".join(p.text for p in docx.Document(str(f)).paragraphs)
        assert "Prioriteet" not in text


def test_a_voted_pack_reads_back_as_returned_homework(demo_store, tmp_path):
    vote(demo_store)
    files = export_pack(demo_store, PackOptions(tmp_path, combined=False))
    read = read_document(files[0])
    assert read.rows and not read.problems
    assert all(r.title and "★" not in r.title for r in read.rows)
