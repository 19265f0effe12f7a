"""The command line, run as a user would: in a subprocess."""

from __future__ import annotations

import json
import sqlite3

import avtoituba


def test_version_and_help(run_cli):
    out = run_cli("--version", check=True)
    assert out.stdout.strip() == f"avtoituba {avtoituba.__version__}"
    helptext = run_cli("--help", check=True).stdout
    for word in ("WORKSHOP_FILE", "--demo", "new", "info"):
        assert word in helptext


def test_new_then_info_json(run_cli, tmp_path):
    path = tmp_path / "Valga töötuba.avtoituba"
    out = run_cli("new", path, "--title", "Valgamaa töötuba", "--date", "2026-11-17",
                  "--venue", "Valga", check=True)
    assert "Valgamaa töötuba" in out.stdout
    info = json.loads(run_cli("info", path, "--json", check=True).stdout)
    assert info == {
        "title": "Valgamaa töötuba", "date": "2026-11-17", "venue": "Valga", "language": "et",
        "agenda_items": 10, "groups": 3, "areas": 7, "municipalities": 0, "participants": 0,
        "activities": 0,
    }
    text = run_cli("info", path, check=True).stdout
    assert "Valgamaa töötuba" in text and "agenda items" in text


def test_new_in_english(run_cli, tmp_path):
    path = tmp_path / "en.avtoituba"
    run_cli("new", path, "--language", "en", check=True)
    conn = sqlite3.connect(path)
    title, language = conn.execute("SELECT title, language FROM workshop").fetchone()
    conn.close()
    assert (title, language) == ("Open government and digital capability workshop", "en")


def test_new_demo_has_content(run_cli, tmp_path):
    path = tmp_path / "demo.avtoituba"
    run_cli("new", path, "--demo", check=True)
    info = json.loads(run_cli("info", path, "--json", check=True).stdout)
    assert info["municipalities"] >= 5 and info["participants"] >= 20
    assert info["activities"] >= 10


def test_errors_are_one_line_without_a_traceback(run_cli, tmp_path):
    missing = run_cli("info", tmp_path / "puudub.avtoituba")
    assert missing.returncode != 0
    assert missing.stderr.strip().count("\n") == 0
    assert "no such file" in missing.stderr and "Traceback" not in missing.stderr

    csv = tmp_path / "osalejad.csv"
    csv.write_text("Nimi;Omavalitsus\nMari Tamm;Elva vald\n", encoding="utf-8")
    wrong = run_cli("info", csv)
    assert wrong.returncode != 0
    assert "not an avtoituba workshop file" in wrong.stderr
    assert "Traceback" not in wrong.stderr
    assert csv.read_text(encoding="utf-8") == "Nimi;Omavalitsus\nMari Tamm;Elva vald\n"

    path = tmp_path / "a.avtoituba"
    run_cli("new", path, check=True)
    again = run_cli("new", path)
    assert again.returncode != 0 and "already exists" in again.stderr

    bad_date = run_cli("new", tmp_path / "b.avtoituba", "--date", "17.11.2026")
    assert bad_date.returncode == 2 and "YYYY-MM-DD" in bad_date.stderr
    assert not (tmp_path / "b.avtoituba").exists()


def test_unknown_option_is_refused(run_cli):
    out = run_cli("--no-such-option")
    assert out.returncode == 2 and "unrecognized arguments" in out.stderr
