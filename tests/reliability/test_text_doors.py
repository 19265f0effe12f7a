"""Text is cleaned at every door: control and bidi characters out, invisible characters
out of names, lengths refused with a message (never cut), CSV cells not formulas."""

from __future__ import annotations

import csv

import pytest

from avtoituba.core.text import TextTooLong, clean_line, clean_name, csv_safe, limited
from avtoituba.core.workshop import workshop_info
from avtoituba.store import db


def test_bidi_and_invisible_characters_leave_names():
    assert clean_name("\u202eMari Tamm") == "Mari Tamm"
    assert clean_name("Elva\u00advald") == "Elvavald"
    assert clean_name("Nõo\u200b vald\ufeff") == "Nõo vald"
    assert clean_line("Tartu\u2066 linn\u2069") == "Tartu linn"


def test_a_long_text_is_refused_not_cut():
    assert limited("x" * 500, 500, "--title") == "x" * 500
    with pytest.raises(TextTooLong, match="613 characters"):
        limited("x" * 613, 500, "--title")


@pytest.mark.parametrize("cell", ["=HYPERLINK(\"http://x\")", "+1", "-2+3", "@SUM(A1)",
                                  "\tx", "\rx"])
def test_csv_cells_starting_like_a_formula_stay_text(cell):
    assert csv_safe(cell) == "'" + cell
    assert csv_safe("Avamine") == "Avamine" and csv_safe(15) == 15


def test_agenda_csv_writes_no_formula(tmp_path, store):
    from avtoituba.core import agenda
    from avtoituba.core.timer_service import TimerService
    from avtoituba.core.timer_state import plan_vs_actual
    from avtoituba.export.agenda_report import write_csv

    first = agenda.load_blocks(store)[0]
    agenda.update_block(store, first.id, title="=HYPERLINK(\"http://x\",\"klõps\")")
    rows = plan_vs_actual(TimerService(store).state())
    out = write_csv(rows, tmp_path / "ajakava.csv")
    with open(out, encoding="utf-8-sig", newline="") as fh:
        cells = [c for row in csv.reader(fh, delimiter=";") for c in row]
    assert not any(c.startswith(("=", "+", "@")) for c in cells)
    assert "'=HYPERLINK(\"http://x\",\"klõps\")" in cells


def test_new_cleans_title_and_venue(run_cli, tmp_path):
    path = tmp_path / "uus.avtoituba"
    run_cli("new", path, "--title", "Töö\x07tuba \u202eTartu", "--venue", "Ta\x1brtu",
            check=True)
    with db.open_store(path, read_only=True) as store:
        info = workshop_info(store)
    assert info.title == "Töötuba Tartu" and info.venue == "Tartu"


def test_activities_add_refuses_a_long_title_and_municipality(run_cli, store):
    path = store.path
    store.close()
    r = run_cli("activities", "add", path, "--group", "1", "--municipality", "Elva vald",
                "--title", "x" * 613)
    assert r.returncode != 0 and "613" in r.stderr and "500" in r.stderr
    r = run_cli("activities", "add", path, "--group", "1", "--municipality", "M" * 5000,
                "--title", "Kärajad")
    assert r.returncode != 0 and "5000" in r.stderr
    r = run_cli("activities", "list", path, "--json", check=True)
    assert r.stdout.strip() == "[]"
