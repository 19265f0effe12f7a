"""Every user-facing string is translated into Estonian and English, and the built catalogues
are current. When this fails after new code, run (from the checkout):

    python packaging/i18n_tool.py update       # refresh the .ts from the code
    python packaging/i18n_tool.py untranslated et > todo.json   # translate, then:
    python packaging/i18n_tool.py apply et done.json
    python packaging/i18n_tool.py release      # rebuild the .qm
"""

from __future__ import annotations

import ast
import importlib.util
import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "resources" / "i18n"
LANGS = ("et", "en")
FIX = "run `python packaging/i18n_tool.py update`, translate, then `... release`"


def _load_i18n_tool():
    spec = importlib.util.spec_from_file_location("i18n_tool", ROOT / "packaging" / "i18n_tool.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


i18n_tool = _load_i18n_tool()


def messages(ts: Path) -> set[tuple[str, str]]:
    """(context, source) of every live message in a .ts (vanished/obsolete ones left out)."""
    found = set()
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") in ("vanished", "obsolete"):
                continue
            found.add((name, message.findtext("source") or ""))
    return found


# -- (1) the committed catalogues hold every string in the code -----------------------------

def test_every_string_in_the_code_has_an_entry_in_both_languages(tmp_path: Path) -> None:
    sources = i18n_tool.sources()
    assert sources, "no translatable source found"
    fresh = tmp_path / "all.ts"
    subprocess.run([i18n_tool.tool("pyside6-lupdate"), "-silent", "-no-obsolete",
                    *map(str, sources.values()), "-ts", str(fresh)], check=True, timeout=120)
    in_code = messages(fresh)
    assert len(in_code) > 20
    for lang in LANGS:
        committed: set[tuple[str, str]] = set()
        for ts in i18n_tool.ts_files(lang):
            committed |= messages(ts)
        missing = sorted(in_code - committed)
        assert not missing, (f"{len(missing)} string(s) in the code have no {lang} entry "
                             f"({FIX}):\n" + "\n".join(f"  {c}: {s!r}" for c, s in missing[:40]))


def test_every_module_with_strings_has_a_catalogue_in_both_languages() -> None:
    for lang in LANGS:
        have = {ts.stem for ts in i18n_tool.ts_files(lang)}
        # A module whose strings all moved elsewhere has no catalogue: lupdate finds none.
        for name, src in i18n_tool.sources().items():
            if name == "wording":
                continue  # the mechanism itself: its docstring shows the markers
            text = src.read_text(encoding="utf-8")
            if name.startswith("form_") or re.search(r"\btr\(\s*['\"]|translate\(\s*['\"]", text):
                assert name in have, f"resources/i18n/{lang}/{name}.ts is missing ({FIX})"


# -- (2) no translation is unfinished or empty ---------------------------------------------

@pytest.mark.parametrize("lang", LANGS)
def test_no_translation_is_unfinished_or_empty(lang: str) -> None:
    todo = i18n_tool.untranslated(lang)
    listing = "\n".join(f"  {ts} {ctx}: {src!r}" for ts, ctxs in todo.items()
                        for ctx, srcs in ctxs.items() for src in srcs)
    assert not todo, f"unfinished {lang} translations ({FIX}):\n{listing}"


def test_estonian_is_really_translated() -> None:
    """Catches catalogues filled by copying the English: most strings must differ."""
    same, total = [], 0
    for ts in i18n_tool.ts_files("et"):
        for message in ET.parse(ts).getroot().iter("message"):
            source = message.findtext("source") or ""
            translation = message.findtext("translation") or ""
            if re.search(r"[A-Za-z]{4,}", source):
                total += 1
                if translation == source:
                    same.append(source)
    assert total and len(same) <= max(3, total // 10), f"left in English: {same[:20]}"


def test_placeholders_survive_translation() -> None:
    for lang in LANGS:
        for ts in i18n_tool.ts_files(lang):
            for message in ET.parse(ts).getroot().iter("message"):
                source = message.findtext("source") or ""
                translation = message.find("translation")
                texts = [translation.text or ""] if translation is not None and not list(
                    translation) else [f.text or "" for f in translation or []]
                for text in texts:
                    assert sorted(re.findall(r"%\d", source)) == sorted(re.findall(r"%\d", text)), \
                        f"{ts.name}: {source!r} -> {text!r}"


# -- (3) the .qm files are built from the current .ts --------------------------------------

@pytest.mark.parametrize("lang", LANGS)
def test_every_catalogue_is_built_and_current(lang: str, tmp_path: Path) -> None:
    stale = []
    for ts in i18n_tool.ts_files(lang):
        qm = ts.with_suffix(".qm")
        assert qm.is_file(), f"{qm.relative_to(ROOT)} is missing: run i18n_tool.py release"
        rebuilt = tmp_path / qm.name
        subprocess.run([i18n_tool.tool("pyside6-lrelease"), "-silent", str(ts), "-qm",
                        str(rebuilt)], check=True, timeout=60)
        if rebuilt.read_bytes() != qm.read_bytes():
            stale.append(qm.name)
    assert not stale, f"{lang}: .qm older than its .ts: {stale} (run i18n_tool.py release)"
    orphans = [qm.name for qm in (I18N / lang).glob("*.qm") if not qm.with_suffix(".ts").exists()]
    assert not orphans, f"{lang}: .qm without a .ts: {orphans}"


# -- (4) no literal text reaches a widget without tr() -------------------------------------

ALLOWED = {"avtoituba", "Eesti", "English", "Qt", "PySide6", "Python"}
# Calls whose argument at the given positions is text the user reads.
TEXT_METHODS = {
    "setText": (0,), "setWindowTitle": (0,), "setToolTip": (0,), "setStatusTip": (0,),
    "setWhatsThis": (0,), "setPlaceholderText": (0,), "addMenu": (0,), "setTitle": (0,),
    "addAction": (0,), "showMessage": (0,), "setLabelText": (0,), "setInformativeText": (0,),
    "addTab": (1,), "insertTab": (2,), "setTabText": (1,), "addRow": (0,),
    "setHeaderLabels": (0,), "setSuffix": (0,), "setPrefix": (0,), "setSpecialValueText": (0,),
    "information": (1, 2), "warning": (1, 2), "critical": (1, 2), "question": (1, 2),
    "getSaveFileName": (1,), "getOpenFileName": (1,), "getExistingDirectory": (1,),
}
TEXT_CLASSES = {
    "QLabel": (0,), "QAction": (0,), "QPushButton": (0,), "QCheckBox": (0,),
    "QRadioButton": (0,), "QGroupBox": (0,), "QMenu": (0,), "QToolButton": (0,),
    "QMessageBox": (1, 2), "QCommandLinkButton": (0,),
}
LETTERS = re.compile(r"[A-Za-zÀ-žА-я]")


def _user_text(node: ast.AST) -> str | None:
    """The literal text in ``node`` a user would read, or None."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        text = node.value
    elif isinstance(node, ast.JoinedStr):
        text = " ".join(v.value for v in node.values
                        if isinstance(v, ast.Constant) and isinstance(v.value, str))
    elif isinstance(node, ast.List | ast.Tuple):
        parts = [_user_text(e) for e in node.elts]
        text = " ".join(p for p in parts if p)
    else:
        return None
    text = re.sub(r"<[^>]*>|&\w+;", " ", text)  # HTML markup is not text a user reads
    for word in ALLOWED:
        text = text.replace(word, "")
    return text if LETTERS.search(text) else None


def untranslated_literals(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    where = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path.name
    found = []
    for node in sorted((n for n in ast.walk(tree) if isinstance(n, ast.Call)),
                       key=lambda n: (n.lineno, n.col_offset)):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else \
            func.id if isinstance(func, ast.Name) else ""
        if name in ("tr", "translate"):
            # The text must be a plain literal: lupdate cannot read an f-string or a variable.
            index = 1 if name == "translate" else 0
            if len(node.args) > index and isinstance(node.args[index], ast.JoinedStr):
                found.append(f"{where}:{node.lineno}: f-string inside {name}()")
            continue
        positions = TEXT_METHODS.get(name, ()) if isinstance(func, ast.Attribute) else \
            TEXT_CLASSES.get(name, ())
        for i in positions:
            if i < len(node.args):
                text = _user_text(node.args[i])
                if text is not None:
                    found.append(f"{where}:{node.lineno}: {name}({text.strip()!r})")
    return found


def gui_modules() -> list[Path]:
    return [p for p in sorted((ROOT / "avtoituba").rglob("*.py"))
            if "forms" not in p.relative_to(ROOT / "avtoituba").parts]


def test_no_literal_text_reaches_a_widget_without_tr() -> None:
    found = [hit for path in gui_modules() for hit in untranslated_literals(path)]
    assert not found, ("text shown to the user without tr() / QCoreApplication.translate():\n"
                       + "\n".join(found))


def test_the_literal_check_catches_what_it_should(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    source = (
        "label = QLabel('Start the timer')\n"
        "button.setText(f'Next: {name}')\n"
        "box.setWindowTitle(self.tr('Fine'))\n"
        "combo.setToolTip('avtoituba')\n"
        "menu.addMenu(self.tr(f'Bad {x}'))\n"
        "QMessageBox.warning(self, 'avtoituba', 'Could not save')\n"
        "edit.setPlaceholderText('…')\n"
        "label.setText(f\"<span style='color:#b00020'>{text}</span><br>\")\n"
        "label.setText('<b>Bold words</b>')\n"
    )
    sample.write_text(source, encoding="utf-8")
    found = untranslated_literals(sample)
    assert [hit.split(": ", 1)[1] for hit in found] == [
        "QLabel('Start the timer')", "setText('Next:')", "f-string inside tr()",
        "warning('Could not save')", "setText('Bold words')"]


# -- (5) merging branches: harvest fills what another branch translated --------------------

def test_harvest_fills_unfinished_entries_from_another_branch_and_keeps_ours(tmp_path: Path):
    # GIVEN our catalogue after a merge: one entry unfinished, one translated differently
    ours, theirs = tmp_path / "ours", tmp_path / "theirs"
    (ours / "et").mkdir(parents=True)
    (theirs / "et").mkdir(parents=True)

    def catalogue(one: str | None, people: list[str] | None, other: str) -> str:
        first = (f"<translation>{one}</translation>" if one is not None
                 else '<translation type="unfinished"></translation>')
        forms = ("<translation>" + "".join(f"<numerusform>{f}</numerusform>" for f in people)
                 + "</translation>") if people else \
            '<translation type="unfinished"><numerusform></numerusform></translation>'
        return ('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                '<TS version="2.1" language="et_EE"><context><name>Roster</name>'
                f"<message><source>the file is empty</source>{first}</message>"
                f'<message numerus="yes"><source>%n participant(s)</source>{forms}</message>'
                f"<message><source>name</source><translation>{other}</translation></message>"
                "</context></TS>\n")

    (ours / "et" / "core_roster.ts").write_text(catalogue(None, None, "nimi"), "utf-8")
    (theirs / "et" / "core_roster.ts").write_text(
        catalogue("fail on tühi", ["%n osaleja", "%n osalejat"], "NIMI"), "utf-8")
    # WHEN the other branch's catalogues are harvested
    counts = i18n_tool.harvest([theirs], into=ours)
    # THEN the unfinished entries are filled, plural forms included, and ours stay ours
    assert counts["et"] == 2
    root = ET.parse(ours / "et" / "core_roster.ts").getroot()
    by_source = {m.findtext("source"): m.find("translation") for m in root.iter("message")}
    assert by_source["the file is empty"].text == "fail on tühi"
    assert by_source["the file is empty"].get("type") is None
    assert [f.text for f in by_source["%n participant(s)"]] == ["%n osaleja", "%n osalejat"]
    assert by_source["name"].text == "nimi"
    assert i18n_tool.harvest([theirs], into=ours, prefer_theirs=True)["et"] == 1
    root = ET.parse(ours / "et" / "core_roster.ts").getroot()
    assert [m.findtext("translation") for m in root.iter("message")][-1] == "NIMI"


# -- (6) Estonian as EKI writes it: forms found in review cannot come back -----------------

# Each: a form found in review, and what the house writes instead.
BANNED_ESTONIAN = {
    "Aja tasategemiseks": "Hilinemise tasategemiseks",
    "mis hilinemise ära mahutaks": "mida saaks lühendada",
    "Pole kohale tulnuks": "Kohalolek märkimata",
    "teises avtoitubas": "avtoituba teises aknas",
    "Mine avtoitubasse": "avtoituba teises aknas",
    "sattus ootamatu vea": "avtoitubas tekkis ootamatu viga",
    "Ekspordi kodutööpakett": "Koosta kodutööpakett",
    "Jaota gruppidesse": "Jaota grupid",
    "MTÜd": "MTÜ-d",
    "ankur": "kindel algusaeg", "ankru": "kindla algusaja",
    "kindel aeg": "kindel algusaeg", "Kindel aeg": "Kindel algusaeg",
    "kindla aja": "kindla algusaja", "kindlat aega": "kindlat algusaega",
    "koondmaterjal": "koonddokument",
    "Ajaraam": "Tähtaeg", "ajaraam": "tähtaeg",   # the documents' column is „Tähtaeg“
    "pole grupis": "pole N. grupis", "on grupis": "on N. grupis", "gruppe %": "%n gruppi",
}
# The trainer is "sina": no plural imperative (Valige, Sisestage, Pange) and no "Te/teie".
PLURAL_IMPERATIVE = re.compile(
    r"\b(vali|sisesta|kontrolli|proovi|kasuta|salvesta|ava|impordi|lisa|kirjuta|vabasta|"
    r"vajuta|klõpsa|kustuta|muuda|eemalda|lohista|oota|sulge|vaata|loe|jäta|alusta|lõpeta|"
    r"ekspordi|koosta|jaota|märgi|nimeta|vaheta)(ge|ke)\b|\b(pange|tehke|minge|olge|võtke)\b",
    re.IGNORECASE)
FORMAL_YOU = re.compile(r"\b(Te|Teie|Teil|Teid|Teile|Teilt|teie|teil|teid|teile|teilt)\b")
# English words that have no business in an Estonian sentence.
ENGLISH_WORDS = re.compile(r"(?<!['’])\b(the|and|with|from|this|that|your|you|for|not|are|of|to|is|"
                           r"group|file|cannot|please|error|save|open)\b", re.IGNORECASE)


#: catalogues of the Word documents, which speak to the municipality's team (teie)
DOCUMENT_CATALOGUES = ("export_",)


def estonian_texts() -> list[tuple[str, str, str]]:
    """(catalogue, source, translation) of every Estonian text, plural forms each on its own."""
    found = []
    for ts in i18n_tool.ts_files("et"):
        for message in ET.parse(ts).getroot().iter("message"):
            translation = message.find("translation")
            if translation is None:
                continue
            forms = [f.text or "" for f in translation.iter("numerusform")] or \
                [translation.text or ""]
            found += [(ts.name, message.findtext("source") or "", f) for f in forms]
    return found


def estonian_wording_problems(texts: list[tuple[str, str, str]]) -> list[str]:
    problems = []
    for where, _source, text in texts:
        plain = re.sub(r"<[^>]*>|&\w+;", " ", text)
        plain = plain.replace("&", "")  # a menu's accelerator mark splits no word
        found = [f"{bad!r} → {good!r}" for bad, good in BANNED_ESTONIAN.items() if bad in plain]
        if "”" in plain or re.search(r"(^|[\s(])“", plain):
            found.append("quotation marks are „…“")
        # The documents (export_*) address the municipality's team as "teie" (Kirjutage).
        team = where.startswith(DOCUMENT_CATALOGUES)
        if not team and (m := PLURAL_IMPERATIVE.search(plain)):
            found.append(f"{m.group(0)!r}: the trainer is addressed as sina (Vali, Sisesta)")
        if not team and (m := FORMAL_YOU.search(plain)):
            found.append(f"{m.group(0)!r}: the trainer is addressed as sina")
        if m := ENGLISH_WORDS.search(plain):
            found.append(f"{m.group(0)!r}: English left in the Estonian")
        problems += [f"{where}: {text!r}: {f}" for f in found]
    return problems


def test_estonian_catalogues_keep_the_houses_wording() -> None:
    problems = estonian_wording_problems(estonian_texts())
    assert not problems, "\n".join(problems)


def test_the_wording_check_catches_what_it_should() -> None:
    sample = [("x.ts", "s", "Aja tasategemiseks lühenda plokki „%1”"),
              ("x.ts", "s", "Valige fail ja proovige uuesti."),
              ("x.ts", "s", "Teie töö on salvestatud."),
              ("x.ts", "s", "Faili ei saa open"),
              ("x.ts", "s", "Vali fail „%1“ ja proovi uuesti."),
              ("x.ts", "s", "Kindla algusajaga plokk; liige; Sulge aken.")]
    found = estonian_wording_problems(sample)
    assert [f.split(": ", 2)[2] for f in found] == [
        "'Aja tasategemiseks' → 'Hilinemise tasategemiseks'", "quotation marks are „…“",
        "'Valige': the trainer is addressed as sina (Vali, Sisesta)",
        "'Teie': the trainer is addressed as sina", "'open': English left in the Estonian"]
    # the documents speak to the municipality's team: "teie" and "Kirjutage" belong there
    assert estonian_wording_problems(
        [("export_labels.ts", "s", "Kirjutage teie tegevused tabelisse.")]) == []
    assert estonian_wording_problems([("export_labels.ts", "s", "Faili ei saa open")])


def test_demo_workshop_texts_keep_the_houses_wording() -> None:
    from avtoituba.core import demo

    texts = [("core/demo.py", "", t) for row in demo.ACTIVITIES for t in row
             if isinstance(t, str)]
    assert not estonian_wording_problems(texts)


def test_the_estonian_user_guide_keeps_the_houses_wording() -> None:
    guide = (ROOT / "docs" / "kasutusjuhend.md").read_text(encoding="utf-8")
    prose = re.sub(r"```.*?```|`[^`]*`", " ", guide, flags=re.DOTALL)
    # Block quotes are what the trainer says to the room, which is addressed as "teie".
    prose = "\n".join(line for line in prose.splitlines() if not line.startswith(">"))
    paragraphs = [("kasutusjuhend.md", "", p) for p in prose.split("\n\n")]
    problems = [p for p in estonian_wording_problems(paragraphs) if "English left" not in p]
    assert not problems, "\n".join(problems)
    for wrong in ("menüü Ajakava", "kaks nädalat hiljem", "17:02, +7 min", "selles järjekorras, nagu",
                  "minuti või viie"):
        assert wrong not in guide
