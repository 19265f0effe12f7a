"""``avtoituba activities add|list`` from a shell, as scripts and tests use them."""

from __future__ import annotations

import json

from avtoituba.core.capture import Capture
from avtoituba.store.db import open_store


def test_add_then_list_as_json(run_cli, store):
    path = store.path
    store.close()
    r = run_cli("activities", "add", path, "--group", "3", "--municipality", "Elva vald",
                "--title", "Noortevolikogu loomine", "--description", "Põhimäärus ja valimised")
    assert r.returncode == 0, r.stderr
    assert "Noortevolikogu loomine" in r.stdout
    r = run_cli("activities", "add", path, "--group", "1", "--municipality", "Nõo vald",
                "--title", "Huvide deklaratsioonid", "--area", "6", check=True)
    r = run_cli("activities", "list", path, "--json", check=True)
    data = json.loads(r.stdout)
    assert [(d["group"], d["municipality"], d["area"], d["title"]) for d in data] == [
        (1, "Nõo vald", 6, "Huvide deklaratsioonid"),
        (3, "Elva vald", 5, "Noortevolikogu loomine"),
    ]
    assert data[1]["description"] == "Põhimäärus ja valimised"
    # what the app would read
    s = open_store(path)
    c = Capture(s)
    try:
        assert [r.title for r in c.list()] == ["Huvide deklaratsioonid",
                                               "Noortevolikogu loomine"]
    finally:
        c.close()
        s.close()


def test_list_filters_and_plain_output(run_cli, store):
    c = Capture(store)
    g1, g2, _ = c.groups()
    c.add(g1.id, "Nädalakiri", "Elva vald")
    c.add(g2.id, "Kärajad", "Nõo vald")
    c.close()
    r = run_cli("activities", "list", store.path, "--group", "2", check=True)
    assert r.stdout.strip().splitlines() == ["2\t2\tNõo vald\tKärajad"]
    r = run_cli("activities", "list", store.path, "--municipality", "elva vald", "--json",
                check=True)
    assert [d["title"] for d in json.loads(r.stdout)] == ["Nädalakiri"]


def test_user_errors_are_one_line_without_traceback(run_cli, store):
    path = store.path
    store.close()  # open for writing here, it would refuse every command that writes
    r = run_cli("activities", "add", path, "--group", "9", "--municipality", "Elva vald",
                "--title", "X")
    assert r.returncode != 0 and "no group 9" in r.stderr and "Traceback" not in r.stderr
    r = run_cli("activities", "add", path, "--group", "1", "--municipality", "Elva vald",
                "--title", "X", "--area", "8")
    assert r.returncode != 0 and "no area 8" in r.stderr
    r = run_cli("activities", "add", path, "--group", "1", "--municipality", "Elva vald",
                "--title", "   ")
    assert r.returncode != 0 and "title" in r.stderr
    r = run_cli("activities", "list", path, "--municipality", "Atlantis")
    assert r.returncode != 0 and "no municipality" in r.stderr
    r = run_cli("activities", "list", path.with_name("missing.avtoituba"))
    assert r.returncode != 0 and len(r.stderr.strip().splitlines()) == 1
