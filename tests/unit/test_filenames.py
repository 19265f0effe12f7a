"""File names of the homework pack: valid everywhere, Estonian letters kept, never outside
the chosen folder."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from avtoituba.export.documents import (
    MAX_NAME_BYTES,
    inside,
    safe_file_stem,
    unique_file_name,
)

WINDOWS_INVALID = re.compile(r'[<>:"/\\|?*\x00-\x1f]')
RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(10)),
            *(f"LPT{i}" for i in range(10))}


def valid_on_windows(name: str) -> bool:
    stem = name.split(".")[0].strip().upper()
    return (not WINDOWS_INVALID.search(name) and stem not in RESERVED
            and not name.endswith((" ", ".")) and len(name.encode("utf-16-le")) // 2 <= 255)


@pytest.mark.parametrize("name,expected", [
    ("Põlva vald", "Põlva vald"),
    ("Märjamaa ja Kohila vald", "Märjamaa ja Kohila vald"),
    ("Šveits / Žõõ: ÄÖÜ?", "Šveits _ Žõõ_ ÄÖÜ_"),
    ("..\\..\\etc\\passwd", "_.._etc_passwd"),
    ("../../secret", "_.._secret"),
    ("CON", "_CON"),
    ("nul.txt", "_nul.txt"),
    ("com1", "_com1"),
    ("Elva vald. ", "Elva vald"),
    ("   ", "dokument"),
    ("...", "dokument"),
    ("a\x00b\x1fc\u200bd\u202ee", "abc de"),
])
def test_safe_file_stem(name, expected):
    assert safe_file_stem(name) == expected


def test_collisions_are_numbered_case_insensitively():
    taken: set[str] = set()
    names = [unique_file_name(n, ".docx", taken)
             for n in ("Elva vald", "ELVA VALD", "Elva/vald", "Elva?vald", "elva vald")]
    assert names == ["Elva vald.docx", "ELVA VALD (2).docx", "Elva_vald.docx",
                     "Elva_vald (2).docx", "elva vald (3).docx"]
    assert len({n.casefold() for n in names}) == len(names)


def test_a_very_long_name_is_cut_on_a_letter():
    name = unique_file_name("Õ" * 1000, ".docx", set())
    assert len(name.encode("utf-8")) <= MAX_NAME_BYTES + len(".docx")
    assert name == "Õ" * (MAX_NAME_BYTES // 2) + ".docx"


@settings(max_examples=300, deadline=None)
@given(st.text(min_size=0, max_size=400))
def test_any_name_is_valid_and_stays_inside_the_folder(tmp_path_factory, text):
    folder = tmp_path_factory.mktemp("names").resolve()
    taken: set[str] = set()
    name = unique_file_name(f"Kodutöö - {text}", ".docx", taken)
    assert valid_on_windows(name)
    assert "/" not in name and "\\" not in name and name not in (".", "..")
    assert not name.startswith(".")
    assert len(name.encode("utf-8")) <= 255
    target = inside(folder, name)
    assert target.resolve().parent == folder
    target.write_bytes(b"x")  # the file system accepts it
    assert [p.name for p in folder.iterdir()] == [name]
    # the same name again gets a distinct file
    again = unique_file_name(f"Kodutöö - {text}", ".docx", taken)
    assert again != name and again.casefold() != name.casefold()
    assert valid_on_windows(again)


@given(st.lists(st.text(alphabet="aAõÕ/:?. ", max_size=6), min_size=1, max_size=30))
def test_a_whole_pack_of_names_is_distinct(names):
    taken: set[str] = set()
    out = [unique_file_name(n, ".docx", taken) for n in names]
    assert len({n.casefold() for n in out}) == len(out)


def test_inside_refuses_separators(tmp_path: Path):
    for bad in ("../x.docx", "a/b.docx", "..", ""):
        with pytest.raises(ValueError):
            inside(tmp_path, bad)
