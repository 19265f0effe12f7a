"""The command line speaks the app's language: Estonian unless told, from the same catalogues."""

from __future__ import annotations


def _registration_list(tmp_path):
    src = tmp_path / "osalejad.csv"
    src.write_text("Nimi;Omavalitsus\nMari Tamm;Elva vald\nJaan Kask;\n", encoding="utf-8")
    return src


def test_estonian_by_default_with_plural_forms_and_one_line_errors(run_cli, tmp_path):
    path = tmp_path / "töötuba.avtoituba"
    run_cli("new", path, check=True, lang=None)
    src = _registration_list(tmp_path)
    refused = run_cli("participants", "import", path, src, lang=None)
    assert refused.returncode == 1
    assert "rida 3: omavalitsus on tühi" in refused.stderr
    assert "avtoituba: viga: 1 real on vigu; midagi ei imporditud" in refused.stderr
    done = run_cli("participants", "import", path, src, "--skip-bad", check=True, lang=None)
    assert "imporditi 1 osaleja, 1 uus omavalitsus; vahele jäeti 1" in done.stdout
    error = run_cli("activities", "list", path, "--municipality", "Atlantis", lang=None)
    assert error.returncode == 2 and error.stdout == ""
    assert error.stderr.splitlines() == [
        "avtoituba: viga: selles töötoas pole omavalitsust „Atlantis“ (olemas: Elva vald)"]


def test_english_with_the_option_anywhere_or_the_environment(run_cli, tmp_path):
    path = tmp_path / "workshop.avtoituba"
    run_cli("new", path, check=True, lang=None)
    for args, lang in ((("--lang", "en", "info", path), None), (("info", path, "--lang=en"), None),
                       (("info", path), "en")):
        text = run_cli(*args, check=True, lang=lang).stdout
        assert "agenda items" in text and "ajakava plokke" not in text
    assert "ajakava plokke" in run_cli("info", path, check=True, lang=None).stdout
    bad = run_cli("--lang", "fi", "info", path)
    assert bad.returncode == 2 and bad.stderr.strip() == "avtoituba: error: --lang: use one of et, en"


def test_help_and_argument_errors_in_estonian_unless_told(run_cli):
    helptext = run_cli("activities", "add", "--help", check=True, lang=None).stdout
    assert helptext.startswith("kasutus: avtoituba activities add")
    assert "valikud:" in helptext and "grupi number (1, 2, 3)" in helptext
    assert "the group's number" not in helptext
    english = run_cli("activities", "add", "--help", check=True).stdout
    assert english.startswith("usage: ") and "the group's number (1, 2, 3)" in english
    missing = run_cli("activities", "add", "x.avtoituba", lang=None)
    assert missing.returncode == 2
    assert missing.stderr.splitlines()[-1] == (
        "avtoituba activities add: viga: need argumendid on kohustuslikud: "
        "--group, --municipality, --title")


def test_the_apps_help_lists_every_command_apart_from_its_description(run_cli):
    helptext = run_cli("--help", check=True, lang=None).stdout
    assert "käsud (iga käsu kohta: „avtoituba KÄSK --help“):" in helptext
    listing = helptext.split("käsud (", 1)[1].splitlines()[1:]
    names = [line.split()[0] for line in listing if line.startswith("  ") and line[2] != " "]
    assert {"new", "municipalities", "export", "season", "seminar"} <= set(names)
    for line in listing:  # each name stands apart from its description, which is wrapped
        assert len(line) <= 100 and (line[2] == " " or "  " in line.strip()), line
