"""``avtoituba participants import|list`` and ``avtoituba groups assign|show|export``."""

from __future__ import annotations

import hashlib
import json
import zipfile

import pytest


@pytest.fixture
def workshop(tmp_path, run_cli):
    path = tmp_path / "toituba.avtoituba"
    run_cli("new", path, "--date", "2026-11-17", check=True)
    return path


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def registration(tmp_path, rows, header="Nimi;Omavalitsus;Ametikoht;E-post",
                 encoding="cp1257", name="registreerunud.csv"):
    path = tmp_path / name
    path.write_bytes(("\r\n".join([header, *rows]) + "\r\n").encode(encoding))
    return path


GOOD = [f"Osaleja {i};{m};{r};o{i}@example.ee" for i, (m, r) in enumerate(
    [("Elva vald", "vallavanem"), ("Nõo vald", "noorsootöötaja"), ("Elva vald", "nõunik"),
     ("Tartu linn", "volikogu liige"), ("Nõo vald", "vallavanem"), ("Elva vald", ""),
     ("Kastre vald", "spetsialist"), ("Tartu linn", ""), ("Nõo vald", "")], start=1)]


def test_import_a_cp1257_list_then_assign_and_show(tmp_path, run_cli, workshop):
    src = registration(tmp_path, GOOD)
    result = run_cli("participants", "import", workshop, src, "--json", check=True)
    data = json.loads(result.stdout)
    assert data["imported"] == 9 and data["encoding"] == "cp1257" and data["delimiter"] == ";"
    assert sorted(data["municipalities_created"]) == ["Elva vald", "Kastre vald", "Nõo vald",
                                                      "Tartu linn"]
    listed = json.loads(run_cli("participants", "list", workshop, "--json", check=True).stdout)
    assert {p["name"] for p in listed} == {f"Osaleja {i}" for i in range(1, 10)}

    result = run_cli("groups", "assign", workshop, "--seed", "5", "--json", check=True)
    data = json.loads(result.stdout)
    assert data["sizes"] == [3, 3, 3] and data["issues"] == [] and data["seed"] == 5
    for group in data["groups"]:
        munis = [m["municipality"] for m in group["members"]]
        assert {"Elva vald", "Nõo vald"} <= set(munis)  # three each: one in every group

    shown = run_cli("groups", "show", workshop, check=True).stdout
    assert "1. grupp (3): Omavalitsuse otsustusprotsess on läbipaistev" in shown

    text = run_cli("groups", "assign", workshop, "--strategy", "together", "--seed", "1",
                   check=True).stdout
    assert text.startswith("Strategy: each municipality together. 9 participants in 3 groups.")


def test_bad_rows_import_nothing_and_name_each_row(tmp_path, run_cli, workshop):
    before = digest(workshop)
    src = registration(tmp_path, [GOOD[0], "Jaan Saar;;nõunik;", ";Elva vald;;",
                                  GOOD[1]])
    result = run_cli("participants", "import", workshop, src)
    assert result.returncode == 1
    assert "row 3: the municipality is empty" in result.stderr
    assert "row 4: the name is empty" in result.stderr
    assert "nothing imported" in result.stderr and "Traceback" not in result.stderr
    assert digest(workshop) == before
    listed = json.loads(run_cli("participants", "list", workshop, "--json", check=True).stdout)
    assert listed == []

    # the trainer can choose to import the good rows
    result = run_cli("participants", "import", workshop, src, "--skip-bad", check=True)
    assert "imported 2 participants" in result.stdout and "row 3" in result.stdout


@pytest.mark.parametrize("kind", ["missing", "empty", "zip", "png"])
def test_a_bad_file_exits_non_zero_and_leaves_the_workshop_unchanged(tmp_path, run_cli,
                                                                     workshop, kind):
    before = digest(workshop)
    path = tmp_path / "list.csv"
    if kind == "missing":
        registration(tmp_path, GOOD[:2], header="Nimi;Amet;E-post", name="list.csv")
    elif kind == "empty":
        path.write_bytes(b"")
    elif kind == "zip":
        with zipfile.ZipFile(path, "w") as zf:
            zf.writestr("a.txt", "x")
    else:
        path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(100))
    result = run_cli("participants", "import", workshop, path)
    assert result.returncode != 0
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    expected = {"missing": "the required column municipality", "empty": "the file is empty",
                "zip": "zip archive", "png": "PNG image"}[kind]
    assert expected in result.stderr and "nothing imported" in result.stderr
    assert digest(workshop) == before


def test_duplicates_are_skipped_and_reported(tmp_path, run_cli, workshop):
    src = registration(tmp_path, GOOD[:3])
    run_cli("participants", "import", workshop, src, check=True)
    again = run_cli("participants", "import", workshop, src, "--json", check=True)
    data = json.loads(again.stdout)
    assert data["imported"] == 0 and len(data["duplicates_skipped"]) == 3
    assert data["duplicates_skipped"][0]["problems"] == ["already a participant of this workshop"]


def test_present_only_and_bad_strategy(tmp_path, run_cli, workshop):
    src = registration(tmp_path, ["Mari Tamm;Elva vald;jah", "Jaan Saar;Nõo vald;ei"],
                       header="Nimi;Omavalitsus;Kohal")
    run_cli("participants", "import", workshop, src, check=True)
    data = json.loads(run_cli("groups", "assign", workshop, "--present-only", "--json",
                              check=True).stdout)
    assert sum(data["sizes"]) == 1 and isinstance(data["seed"], int)
    bad = run_cli("groups", "assign", workshop, "--strategy", "alphabetical")
    assert bad.returncode == 2 and "invalid choice" in bad.stderr


def test_export_group_lists(tmp_path, run_cli, workshop):
    run_cli("participants", "import", workshop, registration(tmp_path, GOOD), check=True)
    run_cli("groups", "assign", workshop, "--seed", "1", check=True)
    out = tmp_path / "grupid.docx"
    result = run_cli("groups", "export", workshop, out, check=True)
    assert out.exists() and str(out) in result.stdout
    with zipfile.ZipFile(out) as zf:
        body = zf.read("word/document.xml").decode("utf-8")
    assert "1. grupp" in body and "Osaleja 1" in body and "Omavalitsus" in body
