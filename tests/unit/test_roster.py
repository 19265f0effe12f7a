"""The registration-list reader on the shapes trainers actually bring (real files in tmp)."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from avtoituba.core.roster import RosterError, read_roster

ESTONIAN_ROWS = [
    ("Mari Tamm", "Elva vald", "vallavanem", "mari.tamm@elva.ee"),
    ("Jüri Õunapuu", "Nõo vald", "noorsootöötaja", "juri@noo.ee"),
    ("Ülle Käär", "Peipsiääre vald", "volikogu liige", ""),
]


def write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


def test_cp1257_semicolon_file_as_estonian_excel_writes_it(tmp_path):
    lines = ["Nimi;Omavalitsus;Ametikoht;E-post"]
    lines += [";".join(r) for r in ESTONIAN_ROWS]
    path = write(tmp_path / "registreerimine.csv", "\r\n".join(lines) + "\r\n", "cp1257")
    roster = read_roster(path)
    assert roster.encoding == "cp1257" and roster.delimiter == ";"
    assert [(r.name, r.municipality, r.role, r.email) for r in roster.rows] == ESTONIAN_ROWS
    assert all(r.ok and not r.problems for r in roster.rows)
    assert [r.row for r in roster.rows] == [2, 3, 4]


def test_utf8_bom_comma_file_with_english_headers_and_extra_columns(tmp_path):
    text = ("\ufeffName,Municipality,Role,Email,T-shirt size,Diet\n"
            "Mari Tamm,Elva vald,mayor,mari@elva.ee,M,vegan\n"
            "\n"
            ",,,,,\n"
            "\"Saar, Jaan\",Tartu linn,\"adviser\",jaan@tartu.ee,L,\n")
    roster = read_roster(write(tmp_path / "form.csv", text))
    assert roster.encoding == "utf-8-sig" and roster.delimiter == ","
    assert roster.columns == {"name": "Name", "municipality": "Municipality", "role": "Role",
                              "email": "Email"}
    assert roster.ignored_columns == ["T-shirt size", "Diet"]
    # blank lines skipped; a name with a comma inside quotes stays whole
    assert [(r.row, r.name) for r in roster.rows] == [(2, "Mari Tamm"), (5, "Saar, Jaan")]
    assert roster.rows[0].name == "Mari Tamm"  # no BOM left on the first header


def test_utf8_without_bom_tab_separated_with_header_variants(tmp_path):
    text = ("KOV\tNimi\tRoll\tE-mail\tKohal\n"
            "Kastre vald\tPiret Pärn\tarendusnõunik\tpiret@kastre.ee\tjah\n"
            "Luunja vald\tRein Ilves\t\t\tei\n")
    roster = read_roster(write(tmp_path / "list.txt", text))
    assert roster.delimiter == "\t" and roster.encoding == "utf-8"
    assert [(r.name, r.municipality, r.present) for r in roster.rows] == [
        ("Piret Pärn", "Kastre vald", True), ("Rein Ilves", "Luunja vald", False)]


def test_xlsx_with_a_title_row_above_the_header(tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Osalejad"
    ws.append(["Avatud valitsemise töötuba, Tartumaa 17.11.2026 — registreerunud"])
    ws.append([])
    ws.append(["Jrk", "Eesnimi", "Perekonnanimi", "Vald/Linn", "Amet", "E-posti aadress"])
    ws.append([1, "Mari", "Tamm", "Elva vald", "vallavanem", "mari@elva.ee"])
    ws.append([2, "Jaan", "Saar", "Tartu linn", None, None])
    ws.append([None, None, None, None, None, None])
    ws.append([3, "Kadri", "Kask", None, "spetsialist", "kadri@example"])
    path = tmp_path / "osalejad.xlsx"
    wb.save(path)
    roster = read_roster(path)
    assert roster.kind == "xlsx" and roster.header_row == 3 and roster.sheet == "Osalejad"
    assert [(r.row, r.name, r.municipality) for r in roster.rows] == [
        (4, "Mari Tamm", "Elva vald"), (5, "Jaan Saar", "Tartu linn"), (7, "Kadri Kask", "")]
    bad = roster.rows[2]
    assert not bad.ok
    assert bad.problem_texts("en") == [
        "the municipality is empty",
        "the e-mail address “kadri@example” looks wrong (kept as written)"]
    assert bad.problem_texts("et")[0] == "omavalitsus on tühi"
    assert "Jrk" in roster.ignored_columns


def test_xlsx_renamed_to_csv_is_read_as_a_workbook(tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    wb = openpyxl.Workbook()
    wb.active.append(["Nimi", "Omavalitsus"])
    wb.active.append(["Mari Tamm", "Elva vald"])
    path = tmp_path / "export.csv"
    wb.save(path)
    assert [r.name for r in read_roster(path).rows] == ["Mari Tamm"]


def test_missing_required_column_names_the_columns_found(tmp_path):
    path = write(tmp_path / "x.csv", "Nimi;Amet;E-post\nMari Tamm;vallavanem;m@e.ee\n")
    with pytest.raises(RosterError) as info:
        read_roster(path)
    assert info.value.code == "missing_columns"
    text = info.value.text("en")
    assert "municipality (Omavalitsus/KOV/Municipality)" in text
    assert "“Nimi”, “Amet”, “E-post”" in text
    assert info.value.text("et") == (
        "kohustuslik veerg omavalitsus (Omavalitsus/KOV/Municipality) puudub. "
        "Leitud veerud: „Nimi“, „Amet“, „E-post“")
    assert str(info.value) == info.value.text("et")  # Estonian unless told otherwise


def test_no_recognisable_header(tmp_path):
    path = write(tmp_path / "x.csv", "a,b,c\n1,2,3\n")
    with pytest.raises(RosterError) as info:
        read_roster(path)
    assert info.value.code == "no_header" and "“a”, “b”, “c”" in info.value.text("en")


@pytest.mark.parametrize("content", [b"", b"   \r\n\r\n", b"\xef\xbb\xbf"])
def test_empty_file(tmp_path, content):
    path = tmp_path / "empty.csv"
    path.write_bytes(content)
    with pytest.raises(RosterError) as info:
        read_roster(path)
    assert info.value.code == "empty" and info.value.text("en") == "the file is empty"


def test_header_only(tmp_path):
    with pytest.raises(RosterError, match="pole ühtegi osalejat"):
        read_roster(write(tmp_path / "x.csv", "Nimi;Omavalitsus\n;\n"))


def test_zip_renamed_to_csv(tmp_path):
    path = tmp_path / "photos.csv"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("readme.txt", "hello")
    with pytest.raises(RosterError) as info:
        read_roster(path)
    assert info.value.code == "binary" and "zip archive" in info.value.text("en")
    assert "save the list as .xlsx or .csv" in info.value.text("en")


def test_png_renamed_to_csv(tmp_path):
    path = tmp_path / "logo.csv"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + bytes(range(256)))
    with pytest.raises(RosterError) as info:
        read_roster(path)
    assert "PNG image" in info.value.text("en")


def test_nul_bytes_are_refused(tmp_path):
    path = tmp_path / "odd.csv"
    path.write_bytes(b"Nimi;Omavalitsus\nMari\x00Tamm;Elva\n")
    with pytest.raises(RosterError, match="NUL"):
        read_roster(path)


def test_old_xls_gets_advice(tmp_path):
    path = tmp_path / "old.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600))
    with pytest.raises(RosterError, match="salvesta .xlsx"):
        read_roster(path)


def test_utf16_unicode_text_export(tmp_path):
    text = "Nimi\tOmavalitsus\r\nÕie Lepik\tRõuge vald\r\n"
    path = tmp_path / "unicode.txt"
    path.write_bytes(text.encode("utf-16"))
    assert [(r.name, r.municipality) for r in read_roster(path).rows] == [
        ("Õie Lepik", "Rõuge vald")]


def test_duplicates_inside_the_file_and_against_existing(tmp_path):
    text = ("Nimi;Omavalitsus\n"
            "Mari Tamm;Elva vald\n"
            "Jaan Saar;Tartu linn\n"
            "MARI  TAMM;elva vald\n"
            "Kadri Kask;Nõo vald\n")
    roster = read_roster(write(tmp_path / "x.csv", text),
                         existing=[("kadri kask", "NÕO VALD")])
    dup_file, dup_existing = roster.rows[2], roster.rows[3]
    assert dup_file.duplicate and dup_file.ok and not dup_file.accepted_by_default
    assert dup_file.problem_texts("en") == ["the same name and municipality as row 2"]
    assert dup_existing.problem_texts("en") == ["already a participant of this workshop"]
    assert [r.accepted_by_default for r in roster.rows] == [True, True, False, False]


def test_present_column_values(tmp_path):
    text = "Name;Municipality;Present\nA;M;x\nB;M;\nC;M;maybe\n"
    rows = read_roster(write(tmp_path / "x.csv", text)).rows
    assert [r.present for r in rows] == [True, False, False]
    assert rows[2].ok and "maybe" in rows[2].problem_texts("en")[0]


def test_control_characters_and_spaces_are_cleaned(tmp_path):
    text = "Nimi;Omavalitsus\n  Mari\u00a0 Tamm\x07 ;  Elva   vald \n"
    row = read_roster(write(tmp_path / "x.csv", text)).rows[0]
    assert (row.name, row.municipality) == ("Mari Tamm", "Elva vald")


def test_semicolon_file_with_commas_in_roles_is_not_split_on_commas(tmp_path):
    text = ("Nimi;Omavalitsus;Amet\n"
            "Mari Tamm;Elva vald;vallavanem, volikogu liige\n"
            "Jaan Saar;Tartu linn;nõunik, arendus, planeerimine\n")
    roster = read_roster(write(tmp_path / "x.csv", text, "cp1257"))
    assert roster.delimiter == ";"
    assert roster.rows[1].role == "nõunik, arendus, planeerimine"


def test_excel_sep_hint_line_is_skipped(tmp_path):
    text = "sep=;\r\nNimi;Omavalitsus\r\nMari Tamm;Elva vald\r\n"
    roster = read_roster(write(tmp_path / "x.csv", text, "cp1257"))
    assert roster.header_row == 2 and [r.name for r in roster.rows] == ["Mari Tamm"]
