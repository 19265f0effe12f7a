"""The season on the command line, and the season report (Word and .xlsx)."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys

from openpyxl import load_workbook

from avtoituba.core.season import sync
from avtoituba.core.season.counties import COUNTIES, county_of
from avtoituba.core.season.report import load_report
from avtoituba.export.season_report import write_report

from tests.season.helpers import file_counts, server_counts


def cli(*args: str, env_extra: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    env = dict(os.environ, **(env_extra or {}))
    return subprocess.run([sys.executable, "-m", "avtoituba", *args], capture_output=True,
                          text=True, env=env, timeout=120)


def test_push_list_pull_and_report_from_the_command_line(demo_store, season_url, tmp_path):
    path = str(demo_store.path)
    demo_store.close()
    pushed = cli("season", "push", path, "--db", season_url)
    assert pushed.returncode == 0, pushed.stderr
    assert "rows sent" in pushed.stdout

    listed = cli("season", "list", env_extra={"AVTOITUBA_SEASON_DB": season_url})
    assert listed.returncode == 0, listed.stderr
    wid = listed.stdout.split()[0]
    assert len(wid) == 36

    out = tmp_path / "pulled.avtoituba"
    pulled = cli("season", "pull", "--db", season_url, wid[:8], str(out))
    assert pulled.returncode == 0, pulled.stderr
    info = cli("info", str(out), "--json")
    assert info.returncode == 0

    report = cli("season", "report", "--db", season_url, "--out", str(tmp_path / "r"))
    assert report.returncode == 0, report.stderr
    assert sorted(p.rsplit(".", 1)[1] for p in report.stdout.split()) == ["docx", "xlsx"]


def test_a_wrong_password_on_the_command_line_is_one_clear_line(demo_store, season_url):
    path = str(demo_store.path)
    demo_store.close()
    run = cli("season", "push", path, "--db", season_url,
              env_extra={"PGPASSWORD": "wrong-wrong-wrong"})
    assert run.returncode == 1
    assert run.stderr.count("\n") == 1
    assert "refused the user avtoituba" in run.stderr
    assert "wrong-wrong-wrong" not in run.stderr
    assert "Traceback" not in run.stderr and "sqlalche.me" not in run.stderr


def test_the_report_counts_per_workshop_county_and_season(tmp_path, season_url):
    from avtoituba.core.demo import create_demo

    stores = [create_demo(tmp_path / f"w{i}.avtoituba", date=dt.date(2026, 11, 10 + i))
              for i in range(2)]
    try:
        for s in stores:
            sync.push(s, season_url)
        per_file = file_counts(stores[0])["activity"]
    finally:
        for s in stores:
            s.close()
    report = load_report(season_url)
    assert len(report.workshops) == 2
    assert [w.activities for w in report.workshops] == [per_file, per_file]
    assert sum(report.season_totals().values()) == 2 * per_file
    assert sum(sum(c.values()) for c in report.by_county().values()) == 2 * per_file
    assert server_counts(season_url)["activity"] == 2 * per_file

    docx_path, xlsx_path = write_report(report, tmp_path / "out")
    book = load_workbook(xlsx_path, read_only=True)
    assert book.sheetnames == ["Töötoad", "Maakonnad", "Omavalitsused", "Tegevused"]
    assert len(list(book["Tegevused"].iter_rows())) == 2 * per_file + 1
    import docx

    text = "\n".join(p.text for p in docx.Document(str(docx_path)).paragraphs)
    assert "Hooaja koondaruanne" in text
    assert "Maakonniti" in text


def test_every_municipality_has_one_county():
    names = [n for names in COUNTIES.values() for n in names]
    assert len(names) == 79 == len(set(names))
    assert county_of("elva  VALD") == "Tartu maakond"
    assert county_of("Atlantis") is None
