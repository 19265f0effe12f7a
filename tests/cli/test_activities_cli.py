"""``avtoituba activities add|edit|list`` and ``municipalities`` from a shell, as scripts and tests use them."""

from __future__ import annotations

import json
from contextlib import closing

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
    assert r.returncode != 0 and "no group 9" in r.stderr.lower().replace("there is ", "") and "Traceback" not in r.stderr
    r = run_cli("activities", "add", path, "--group", "1", "--municipality", "Elva vald",
                "--title", "X", "--area", "8")
    assert r.returncode != 0 and "no area 8" in r.stderr.lower().replace("there is ", "")
    r = run_cli("activities", "add", path, "--group", "1", "--municipality", "Elva vald",
                "--title", "   ")
    assert r.returncode != 0 and "title" in r.stderr
    r = run_cli("activities", "list", path, "--municipality", "Atlantis")
    assert r.returncode != 0 and "no municipality" in r.stderr
    r = run_cli("activities", "list", path.with_name("missing.avtoituba"))
    assert r.returncode != 0 and len(r.stderr.strip().splitlines()) == 1


def test_add_prints_the_municipality_as_the_file_holds_it(run_cli, store):
    c = Capture(store)
    c.add(c.groups()[0].id, "Nädalakiri", "Elva vald")
    c.close()
    store.close()  # the window is closed: the CLI may write
    r = run_cli("activities", "add", store.path, "--group", "2", "--municipality", "ELVA VALD",
                "--title", "Kärajad", "--json", check=True)
    assert json.loads(r.stdout)["municipality"] == "Elva vald"


def test_a_typo_municipality_is_refused_with_the_suggestion_unless_told_it_is_new(run_cli,
                                                                                 store):
    c = Capture(store)
    c.add(c.groups()[0].id, "Nädalakiri", "Elva vald")
    c.close()
    store.close()  # the window is closed: the CLI may write
    r = run_cli("activities", "add", store.path, "--group", "1", "--municipality",
                "Elvva vald", "--title", "Kärajad")
    assert r.returncode != 0
    assert "did you mean “Elva vald”? Give --municipality \"Elva vald\"" in r.stderr
    assert "--new-municipality" in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1
    with open_store(store.path) as s2, closing(Capture(s2)) as c2:
        assert c2.municipality_names() == ["Elva vald"] and len(c2.list()) == 1
    run_cli("activities", "add", store.path, "--group", "1", "--municipality", "Elvva vald",
            "--title", "Kärajad", "--new-municipality", check=True)
    with open_store(store.path) as s2, closing(Capture(s2)) as c2:
        assert c2.municipality_names() == ["Elva vald", "Elvva vald"]


def test_municipalities_merge_moves_every_activity(run_cli, store):
    c = Capture(store)
    g1, g2, _ = c.groups()
    c.add(g1.id, "Nädalakiri", "Elva vald")
    c.add(g2.id, "Kärajad", "Elvva vald")
    c.close()
    store.close()  # the window is closed: the CLI may write
    r = run_cli("municipalities", "merge", store.path, "elvva vald", "Elva vald", check=True)
    assert r.stdout.strip() == "merged Elvva vald into Elva vald: moved 1 activity and 0 " \
        "participants"
    r = run_cli("activities", "list", store.path, "--json", check=True)
    assert {d["municipality"] for d in json.loads(r.stdout)} == {"Elva vald"}
    r = run_cli("municipalities", "list", store.path, check=True)
    assert r.stdout.split("\n")[0] == "Elva vald"
    r = run_cli("municipalities", "merge", store.path, "Elva vlad", "Nõo vald")
    assert r.returncode != 0 and "did you mean “Elva vald”" in r.stderr
    r = run_cli("municipalities", "merge", store.path, "Elva vald", "Elva vald")
    assert r.returncode == 2 and "the same municipality (Elva vald)" in r.stderr


def test_the_command_line_speaks_estonian_about_typos_and_merges(run_cli, store):
    c = Capture(store)
    g1, g2, _ = c.groups()
    c.add(g1.id, "Nädalakiri", "Elva vald")
    c.add(g2.id, "Kärajad", "Elvva vald")
    c.add(g2.id, "Noortevolikogu", "Elvva vald")
    c.close()
    store.close()
    r = run_cli("activities", "add", store.path, "--group", "1", "--municipality", "elva valla",
                "--title", "X", lang=None)
    assert r.returncode == 2 and r.stderr.strip() == (
        "avtoituba: viga: selles töötoas pole omavalitsust „elva valla“; kas mõtlesid "
        "„Elva vald“? Anna --municipality \"Elva vald\" või lisa --new-municipality, kui "
        "see on uus omavalitsus")
    r = run_cli("municipalities", "merge", store.path, "Elvva vald", "Elva vald", lang=None,
                check=True)
    assert r.stdout.strip() == \
        "Elvva vald liideti omavalitsusega Elva vald: viidi üle 2 tegevust ja 0 osalejat"


def test_edit_gives_an_activity_a_municipality_the_file_keeps(run_cli, store):
    c = Capture(store)
    g1, _, _ = c.groups()
    c.add(g1.id, "Nädalakiri", "Elva vald")
    orphan = c.add(g1.id, "Ühine infotund", None, 2)
    c.close()
    store.close()
    r = run_cli("activities", "edit", store.path, str(orphan.id), "--municipality", "ELVA VALD",
                "--area", "3", check=True)
    assert r.stdout.strip() == f"changed #{orphan.id} in group 1: Ühine infotund (Elva vald, " \
        "area 3)"
    with open_store(store.path) as s2, closing(Capture(s2)) as c2:
        row = c2.get(orphan.id)
        assert (row.municipality, row.area_number) == ("Elva vald", 3)
        assert c2.without_municipality() == []
    for args, words in ((("99", "--area", "2"), "no activity #99"),
                        ((str(orphan.id),), "nothing to change"),
                        ((str(orphan.id), "--municipality", " "), "--municipality is empty")):
        r = run_cli("activities", "edit", store.path, *args)
        assert r.returncode == 2 and words in r.stderr and "Traceback" not in r.stderr
