"""Property tests on the participant import (reader) and the homework pack (Word writer).

Any file given as a registration list gives a list or a RosterError, never another
exception; a list written by a spreadsheet reads back with the same people. Any activity
text goes into a valid Word document and reads back from it.
"""

from __future__ import annotations

import csv
import dataclasses
import io
import os
import tempfile
from pathlib import Path

import pytest
from docx import Document
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from avtoituba.core.roster import RosterError, read_roster
from avtoituba.core.text import clean_line, clean_text

from tests.reliability.conftest import count

SCALE = 10 if os.environ.get("AVTOITUBA_FULL") else 1


def examples(n: int):
    return settings(max_examples=n * SCALE, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow,
                                           HealthCheck.function_scoped_fixture])


@pytest.fixture(scope="module")
def folder():
    with tempfile.TemporaryDirectory(prefix="avtoituba-io-") as tmp:
        yield Path(tmp)


# -- participant import ----------------------------------------------------------------------

HEADERS = ["Nimi", "Omavalitsus", "Amet", "E-post", "Kohal", "Märkused"]
binary_like = st.binary(max_size=600) | st.sampled_from([
    b"PK\x03\x04" + b"\x00" * 40, b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 40,
    b"%PDF-1.7\n", b"\xef\xbb\xbf", b"\xff\xfe", "Nimi;Omavalitsus\n".encode("utf-16"),
])


@given(binary_like, st.sampled_from([".csv", ".xlsx", ".txt", ".CSV", ""]))
@examples(1500)
def test_any_file_is_a_roster_or_a_roster_error(folder, data, suffix):
    count("read_roster(any bytes)")
    path = folder / f"nimekiri{suffix}"
    path.write_bytes(data)
    try:
        roster = read_roster(path)
    except RosterError as exc:
        assert exc.text("et") and exc.text("en")
        return
    for row in roster.rows:
        assert isinstance(row.name, str) and isinstance(row.municipality, str)


cell = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
               max_size=40)
person = st.tuples(cell.filter(lambda s: clean_line(s) != ""),
                   cell.filter(lambda s: clean_line(s) != ""), cell)


@given(st.lists(person, min_size=1, max_size=15), st.sampled_from([";", ",", "\t"]),
       st.sampled_from(["utf-8", "utf-8-sig", "cp1257"]))
@examples(600)
def test_a_spreadsheet_list_reads_back_with_the_same_people(folder, people, delimiter,
                                                           encoding):
    count("read_roster(written list)")
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, quoting=csv.QUOTE_ALL)
    writer.writerow(HEADERS[:3])
    for name, municipality, role in people:
        writer.writerow([name, municipality, role])
    try:
        data = buffer.getvalue().encode(encoding)
    except UnicodeEncodeError:
        return  # a character the Baltic code page has not: a spreadsheet could not save it
    path = folder / "osalejad.csv"
    path.write_bytes(data)
    try:
        roster = read_roster(path)
    except RosterError as exc:
        pytest.fail(f"a well-formed list was refused: {exc.text('en')}")
    rows = [(r.name, r.municipality) for r in roster.rows]
    assert rows == [(clean_line(n), clean_line(m)) for n, m, _role in people]


# -- the homework pack (Word) ----------------------------------------------------------------

@pytest.fixture(scope="module")
def pack(folder):
    from avtoituba.core.demo import create_demo
    from avtoituba.export.pack_data import load_pack

    store = create_demo(folder / "demo.avtoituba")
    try:
        yield load_pack(store)
    finally:
        store.close()


def _document_text(doc) -> str:
    parts = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        for row in table.rows:
            for c in row.cells:
                parts.append(c.text)
    return "\n".join(parts)


word_text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=120) | st.sampled_from([
    "<w:p>", "&amp; ]]>", "\x00\x01\x0b\x1f", "\ufffe\uffff", "{workshop_date}", "\u202eRTL",
    "Rida 1\nRida 2\r\nRida 3", "  palju   tühikuid  ", "שלום", "😀 emoji"])


@given(title=word_text, description=word_text, responsible=word_text)
@examples(40)
def test_activity_text_goes_into_word_and_reads_back(pack, title, description, responsible):
    count("homework pack (Word) with any activity text")
    from avtoituba.export.homework import build_municipality_document
    from avtoituba.export.pack_data import ActivityData

    municipality = pack.municipalities[0]
    activity = ActivityData(
        id=1, municipality_id=municipality.id, group_number=1, area_number=1, position=0,
        title=clean_line(title) or "x", description=clean_text(description),
        leaders=True, key_people=False, partners=False, involve_notes="",
        responsible=clean_line(responsible), time_frame="2027", digital=False)
    data = dataclasses.replace(pack, activities={municipality.id: [activity]})
    doc = build_municipality_document(data, municipality)
    out = io.BytesIO()
    doc.save(out)
    text = _document_text(Document(io.BytesIO(out.getvalue())))  # a valid .docx again
    squeezed = " ".join(text.split())
    for value in (activity.title, activity.responsible, activity.description):
        for line in value.split("\n"):
            assert " ".join(line.split()) in squeezed
