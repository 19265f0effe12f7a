"""Registration lists as the adversary and the form tools bring them (issue 15): bounded,
honest about encodings, and the form exports' columns recognised."""

from __future__ import annotations

import io
import os
import time
import zipfile

import pytest

from avtoituba.core.roster import RosterError, read_roster, remap

FORM_HEADER = ("ID;Algusaeg;Lõpetamisaeg;E-post;Nimi;Ees- ja perekonnanimi;"
               "Omavalitsus, mida esindate;Teie ametikoht;Teie e-posti aadress")
FORM_ROWS = [
    "1;2026-11-01 10:00;2026-11-01 10:03;anonymous;;Mari Tamm;Elva vald;vallavanem;mari@elva.ee",
    "2;2026-11-01 11:00;2026-11-01 11:02;anonymous;;Jüri Õunapuu;Nõo vald;nõunik;jyri@noo.ee",
]


def write(tmp_path, name, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_a_registration_form_export_takes_the_question_columns(tmp_path):
    path = write(tmp_path, "vastused.csv",
                 "\r\n".join([FORM_HEADER, *FORM_ROWS]).encode("utf-8-sig"))
    roster = read_roster(path)
    assert [(r.name, r.municipality, r.role, r.email) for r in roster.rows] == [
        ("Mari Tamm", "Elva vald", "vallavanem", "mari@elva.ee"),
        ("Jüri Õunapuu", "Nõo vald", "nõunik", "jyri@noo.ee")]
    assert all(r.ok for r in roster.rows)
    # the empty Name and the "anonymous" e-mail gave way: the trainer is asked to check
    assert "name" in roster.doubtful and "email" in roster.doubtful


def test_the_trainer_chooses_a_column_and_the_choice_is_remembered(tmp_path):
    path = write(tmp_path, "vastused.csv",
                 "\r\n".join([FORM_HEADER, *FORM_ROWS]).encode("utf-8"))
    roster = read_roster(path, mapping={"role": "Lõpetamisaeg"})
    assert roster.rows[0].role == "2026-11-01 10:03"
    chosen = remap(roster, {"role": roster.headers.index("Teie ametikoht")})
    assert chosen.rows[0].role == "vallavanem"
    remembered = {chosen.shape: chosen.column_choice()}
    again = read_roster(path, mapping={"role": "2"}, remembered=remembered.get)
    assert again.rows[0].role == "2026-11-01 10:00"  # an explicit choice wins
    assert read_roster(path, remembered=remembered.get).rows[1].role == "nõunik"
    with pytest.raises(RosterError) as caught:
        read_roster(path, mapping={"name": "Täisnimi"})
    assert caught.value.code == "no_such_column"


def test_a_stray_cell_at_xfd1048576_is_refused_without_reading_the_sheet(tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["Nimi", "Omavalitsus"])
    sheet.append(["Mari Tamm", "Elva vald"])
    sheet["XFD1048576"] = "x"
    path = tmp_path / "kaugel.xlsx"
    workbook.save(path)
    assert path.stat().st_size < 20_000
    started = time.monotonic()
    with pytest.raises(RosterError) as caught:
        read_roster(path)
    assert caught.value.code in ("too_many_columns", "too_many_rows")
    assert time.monotonic() - started < 30  # refused, not allocated (was 24 GB)


def xlsx_bytes(extra: dict[str, bytes] | None = None) -> bytes:
    openpyxl = pytest.importorskip("openpyxl")
    workbook = openpyxl.Workbook()
    workbook.active.append(["Nimi", "Omavalitsus"])
    workbook.active.append(["Mari Tamm", "Elva vald"])
    buffer = io.BytesIO()
    workbook.save(buffer)
    if not extra:
        return buffer.getvalue()
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(buffer.getvalue())) as src, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            dst.writestr(item, src.read(item.filename))
        for name, data in extra.items():
            dst.writestr(name, data)
    return out.getvalue()


def test_a_zip_bomb_is_refused_by_its_unpacked_size(tmp_path):
    size = (200 if os.environ.get("AVTOITUBA_FULL") else 4) * 1024 * 1024
    path = write(tmp_path, "pomm.xlsx", xlsx_bytes({"xl/media/fill.bin": bytes(size)}))
    assert path.stat().st_size < 400_000
    with pytest.raises(RosterError) as caught:
        read_roster(path)
    assert caught.value.code == "zip_bomb"
    assert "MB" in caught.value.text("et")


def test_a_pipe_is_refused_at_once(tmp_path):
    fifo = tmp_path / "toru.csv"
    os.mkfifo(fifo)
    with pytest.raises(RosterError) as caught:
        read_roster(fifo)  # would block forever if it were opened
    assert caught.value.code == "not_a_file"
    if os.path.exists("/dev/zero"):
        with pytest.raises(RosterError):
            read_roster("/dev/zero")


def test_a_huge_csv_field_gets_one_clear_line(tmp_path):
    path = write(tmp_path, "pikk.csv",
                 b'Nimi;Omavalitsus\r\n"' + b"a" * 200_000 + b'";Elva vald\r\n')
    with pytest.raises(RosterError) as caught:
        read_roster(path)
    assert caught.value.code == "field_too_long"
    assert "131072" not in caught.value.text("et")


def test_utf16_without_a_bom_is_read_and_truncated_utf16_is_refused(tmp_path):
    text = "Nimi;Omavalitsus\r\nJüri Õunapuu;Nõo vald\r\n"
    path = write(tmp_path, "utf16.csv", text.encode("utf-16-le"))
    assert read_roster(path).rows[0].name == "Jüri Õunapuu"
    broken = write(tmp_path, "katki.csv", b"\xfe\xff" + text.encode("utf-16-be")[:-1])
    with pytest.raises(RosterError):
        read_roster(broken)


def test_mac_roman_and_mixed_encodings_are_never_garbled_silently(tmp_path):
    text = "Nimi;Omavalitsus\r\nJüri Tamm;Nõo vald\r\nMärt Öö;Elva vald\r\n"
    roster = read_roster(write(tmp_path, "mac.csv", text.encode("mac-roman")))
    assert [r.name for r in roster.rows] == ["Jüri Tamm", "Märt Öö"]
    assert [n.code for n in roster.notes] == ["guessed_encoding"]
    mixed = (b"Nimi;Omavalitsus\r\n" + "Jüri Õunapuu;Nõo vald\r\n".encode()
             + "Märt Õun;Elva vald\r\n".encode("cp1257"))
    roster = read_roster(write(tmp_path, "segamini.csv", mixed))
    assert [r.name for r in roster.rows] == ["Jüri Õunapuu", "Märt Õun"]
    assert [n.code for n in roster.notes] == ["mixed_encoding"]


def test_hidden_sheets_and_numbers_as_names_have_their_own_message(tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    workbook = openpyxl.Workbook()
    workbook.active.title = "Kaas"
    workbook.active.append(["Töötuba 17.11"])
    hidden = workbook.create_sheet("Nimekiri")
    hidden.append(["Nimi", "Omavalitsus"])
    hidden.append([45678, "Elva vald"])
    hidden.append(["Mari Tamm", 12345])
    hidden.append(["Jaan Saar", "Nõo vald"])
    hidden.sheet_state = "veryHidden"
    path = tmp_path / "peidus.xlsx"
    workbook.save(path)
    roster = read_roster(path)
    assert [n.code for n in roster.notes] == ["hidden_sheet"]
    assert "Nimekiri" in roster.notes[0].text("et")
    codes = [[p.code for p in r.problems] for r in roster.rows]
    assert codes == [["not_text"], ["not_text"], []]
    assert "45678" in roster.rows[0].problem_texts("et")[0]
