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


def test_a_closed_pipe_after_the_import_is_saved_is_not_an_error(tmp_path):
    """``participants import --json | head -1``: the import is saved, the exit code is 0 and
    nothing is said about a broken pipe."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    env = dict(os.environ, PYTHONPATH=str(root), QT_QPA_PLATFORM="offscreen",
               PYTHONIOENCODING="utf-8")
    path = tmp_path / "toru.avtoituba"
    subprocess.run([sys.executable, "-m", "avtoituba", "new", str(path)], check=True,
                   env=env, capture_output=True)
    csv = tmp_path / "osalejad.csv"
    csv.write_text("Nimi;Omavalitsus\n" + "".join(
        f"Osaleja {i};Elva vald\n" for i in range(600)), encoding="utf-8")
    reader_r, writer_w = os.pipe()
    import fcntl

    fcntl.fcntl(writer_w, fcntl.F_SETPIPE_SZ, 4096)  # the output (~7 KB) cannot fit in it
    proc = subprocess.Popen(
        [sys.executable, "-m", "avtoituba", "participants", "import", str(path), str(csv),
         "--json"], stdout=writer_w, stderr=subprocess.PIPE, env=env)
    os.close(writer_w)
    with os.fdopen(reader_r, "rb") as reader:
        first = reader.readline()  # like head -1: one line, then the reader goes away
    _out, err = proc.communicate(timeout=60)
    assert first.strip() == b"{"
    assert proc.returncode == 0, err.decode()
    assert b"pipe" not in err.lower() and b"Traceback" not in err
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT count(*) FROM participant").fetchone()[0] == 600
    conn.close()


def test_an_unexpected_error_is_one_plain_sentence_with_the_log(run_cli, tmp_path):
    """A database error nobody foresaw reaches the trainer without SQL, library address or
    traceback: one sentence and where the details are."""
    path = tmp_path / "vigane.avtoituba"
    run_cli("new", path, check=True)
    conn = sqlite3.connect(path)
    conn.execute("DROP TABLE activity")  # a table the listing needs
    conn.commit()
    conn.close()
    out = run_cli("activities", "list", path)
    assert out.returncode != 0 and out.stderr.strip().count("\n") == 0, out.stderr
    for raw in ("SELECT", "sqlalche.me", "Traceback", "OperationalError"):
        assert raw not in out.stderr
    assert "unexpected problem" in out.stderr and ".log" in out.stderr


def test_out_pointing_at_a_file_says_so(run_cli, tmp_path):
    path = tmp_path / "w.avtoituba"
    run_cli("new", path, "--demo", check=True)
    target = tmp_path / "kaust.txt"
    target.write_text("x", encoding="utf-8")
    out = run_cli("export", "homework", path, "--out", target)
    assert out.returncode != 0
    assert "17" not in out.stderr and "Errno" not in out.stderr
    assert "is a file" in out.stderr or "not a folder" in out.stderr, out.stderr


def test_groups_export_failing_names_the_document_not_its_temp_file(tmp_path, monkeypatch,
                                                                    capsys):
    import errno

    from avtoituba.core.workshop import new_workshop
    from avtoituba.export import group_lists

    from avtoituba import cli

    path = tmp_path / "w.avtoituba"
    new_workshop(path).close()
    target = tmp_path / "grupid.docx"
    for code, words in ((errno.ENOSPC, "the disk is full"), (errno.EROFS, "read-only")):
        def fail(_store, out, code=code):
            raise OSError(code, "raw", str(out.parent / ".~avtoituba-1234.tmp"))

        monkeypatch.setattr(group_lists, "write_group_lists", fail)
        assert cli.main(["groups", "export", str(path), str(target), "--lang", "en"]) == 1
        err = capsys.readouterr().err
        assert str(target) in err and words in err and ".tmp" not in err, err
        assert cli.main(["groups", "export", str(path), str(target)]) == 1  # Estonian
        err = capsys.readouterr().err
        assert str(target) in err and "jäi kirjutamata" in err and ".tmp" not in err, err
