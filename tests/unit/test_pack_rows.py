"""The empty rows of the homework pack: kept with the workshop, read back from the .docx."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from avtoituba.core.pack_rows import (
    EMPTY_ROWS_NEW,
    EMPTY_ROWS_PER_AREA,
    PackRows,
    RowCountError,
    load_pack_rows,
    pack_rows,
    set_pack_rows,
)
from avtoituba.export.pack import PackOptions, export_pack
from avtoituba.store.db import open_store


def empty_rows(path: Path) -> tuple[list[int], int | None]:
    """(empty rows of each area table, rows of the new-activities table or None)."""
    doc = docx.Document(str(path))
    areas, new = [], None
    for table in doc.tables:
        header = [c.text for c in table.rows[0].cells]
        if header[0] == "Tegevus":
            areas.append(sum(1 for r in table.rows[1:]
                             if r.cells[0].text == "" and r.cells[1].text == ""))
        elif header[0] == "Valdkond":
            new = len(table.rows) - 1
    return areas, new


def elva_pack(files: list[Path]) -> Path:
    return next(f for f in files if f.stem.endswith("Elva vald"))


def test_a_new_workshop_has_the_default_counts(store):
    assert load_pack_rows(store) == PackRows(EMPTY_ROWS_PER_AREA, EMPTY_ROWS_NEW) == \
        PackRows(2, 5)


def test_the_counts_are_kept_in_the_file_and_used_by_the_pack(demo_store, tmp_path):
    areas, new = empty_rows(elva_pack(export_pack(demo_store, PackOptions(tmp_path / "a"))))
    assert areas and set(areas) == {2} and new == 5
    set_pack_rows(demo_store, PackRows(empty_rows=4, new_rows=8))
    path = demo_store.path
    demo_store.close()
    with open_store(path) as again:            # another run of the app reads them back
        assert load_pack_rows(again) == PackRows(4, 8)
        files = export_pack(again, PackOptions(tmp_path / "b", combined=False))
    areas, new = empty_rows(elva_pack(files))
    assert set(areas) == {4} and new == 8


def test_no_rows_leaves_out_the_new_table_and_empty_area_tables(demo_store, tmp_path):
    set_pack_rows(demo_store, PackRows(empty_rows=0, new_rows=0))
    files = export_pack(demo_store, PackOptions(tmp_path / "a", combined=False))
    for f in files:
        areas, new = empty_rows(f)
        assert new is None, f.name
        assert set(areas) <= {0}
        for table in docx.Document(str(f)).tables:   # no table of a header alone
            if table.rows[0].cells[0].text == "Tegevus":
                assert len(table.rows) > 1, f.name


def test_an_export_may_override_the_workshops_counts(demo_store, tmp_path):
    set_pack_rows(demo_store, PackRows(empty_rows=4, new_rows=8))
    files = export_pack(demo_store, PackOptions(tmp_path / "a", combined=False, empty_rows=1,
                                                new_rows=3))
    areas, new = empty_rows(elva_pack(files))
    assert set(areas) == {1} and new == 3
    assert load_pack_rows(demo_store) == PackRows(4, 8)   # the override is not kept


@pytest.mark.parametrize("bad", [-1, 21, True, 2.5, "3"])
def test_a_bad_count_is_refused_and_the_file_keeps_the_old_one(store, bad):
    set_pack_rows(store, PackRows(3, 6))
    with pytest.raises(RowCountError, match="from 0 to 20"):
        set_pack_rows(store, PackRows(bad, 6))  # type: ignore[arg-type]
    assert load_pack_rows(store) == PackRows(3, 6)


def test_damaged_options_fall_back_to_the_defaults():
    assert pack_rows({"pack_empty_rows": "x", "pack_new_rows": 500}) == PackRows()
    assert pack_rows(None) == PackRows()
