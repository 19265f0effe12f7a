#!/usr/bin/env python3
"""Translation catalogues: one .ts per source module and language under resources/i18n/.

  python packaging/i18n_tool.py update        # lupdate every module (core too) and ui/*.ui
  python packaging/i18n_tool.py untranslated et > todo.json
  python packaging/i18n_tool.py apply et done.json   # {"Context": {"source": "translation"}}
  python packaging/i18n_tool.py harvest PATH...      # fill unfinished entries from other .ts
  python packaging/i18n_tool.py release       # lrelease every .ts into .qm
  python packaging/i18n_tool.py check         # exit 1 when anything is unfinished

English is the source language, so the English catalogues are filled from the source text
by ``update`` (an English translation differs from the source only where a .ts says so).
Plural entries in ``apply``'s JSON are a list of two forms (one, many).

Code without Qt marks its texts with ``QT_TRANSLATE_NOOP("Context", "text")`` and, for plural
forms, ``plural.translate("Context", "%n thing(s)", None, 1)`` (see avtoituba/wording.py);
``update`` extracts them like ``self.tr``. The command line's ``help="..."`` texts need no
mark: ``update`` reads them from the parser into ``cli_help.ts`` (see avtoituba/cli_help.py).

The catalogues are written without source locations, so two branches that add strings to
different modules never conflict over line numbers. When merging branches:

  git checkout --theirs resources/i18n   # or --ours: either side, then
  python packaging/i18n_tool.py update   # the entries the merged code needs
  python packaging/i18n_tool.py harvest /path/to/other-worktree/resources/i18n
  python packaging/i18n_tool.py release && python packaging/i18n_tool.py check

``harvest`` takes .ts files or folders (searched for ``<lang>/*.ts``; a file's language is its
folder's name or the catalogue's ``language`` attribute) and copies each finished translation
into the entries of the same context and source that are unfinished here (plural entries only
from plural entries). Nothing already translated here is changed; ``--prefer-theirs`` also
replaces translations that differ.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
LANGS = {"et": "et_EE", "en": "en_GB"}


def tool(name: str) -> str:
    exe = Path(sys.executable).parent / name
    return str(exe) if exe.exists() else (shutil.which(name) or name)


def sources() -> dict[str, Path]:
    """Catalogue name -> source file (every module that may hold translatable text)."""
    found: dict[str, Path] = {}
    for path in sorted((ROOT / "avtoituba").rglob("*.py")):
        rel = path.relative_to(ROOT / "avtoituba")
        text = path.read_text(encoding="utf-8")
        if rel.parts[:2] == ("gui", "forms") or not any(
                mark in text for mark in ("tr(", "translate(", "QT_TRANSLATE_NOOP(")):
            continue
        found["_".join(rel.with_suffix("").parts)] = path
    for path in sorted((ROOT / "ui").glob("*.ui")):
        found[f"form_{path.stem}"] = path
    return found


def ts_files(lang: str) -> list[Path]:
    return sorted((I18N / lang).glob("*.ts"))


def cli_help_source(folder: Path) -> Path:
    """A module marking the command line's help texts (they are plain ``help="..."`` in the
    commands; see avtoituba/cli_help.py), for lupdate to read into ``cli_help.ts``."""
    sys.path.insert(0, str(ROOT))
    from avtoituba import cli, cli_help

    found = cli_help.texts(cli.build_command_parser())
    found += [t for t in cli_help.texts(cli.build_gui_parser()) if t not in found]
    lines = [f"QT_TRANSLATE_NOOP({cli_help.CONTEXT!r}, {text!r})" for text in found]
    path = folder / "cli_help.py"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def update() -> None:
    import tempfile

    wanted = sources()
    scratch = tempfile.TemporaryDirectory()
    wanted["cli_help"] = cli_help_source(Path(scratch.name))
    for lang, locale in LANGS.items():
        folder = I18N / lang
        folder.mkdir(parents=True, exist_ok=True)
        for name, src in wanted.items():
            ts = folder / f"{name}.ts"
            subprocess.run([tool("pyside6-lupdate"), "-silent", "-no-obsolete",
                            "-locations", "none", "-target-language", locale, str(src),
                            "-ts", str(ts)], check=True)
            if _messages(ts) == 0:
                ts.unlink()
                (folder / f"{name}.qm").unlink(missing_ok=True)
        for stale in folder.glob("*.ts"):
            # qt_*.ts translate Qt's own texts (kept by hand: Qt has no Estonian catalogue).
            if stale.stem not in wanted and not stale.stem.startswith("qt_"):
                stale.unlink()
                (folder / f"{stale.stem}.qm").unlink(missing_ok=True)
    scratch.cleanup()
    for ts in ts_files("en"):
        _fill_from_source(ts)


def _messages(ts: Path) -> int:
    return len(ET.parse(ts).getroot().findall(".//message"))


def _write(tree: ET.ElementTree, ts: Path) -> None:
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                  encoding="utf-8")


def _fill_from_source(ts: Path) -> None:
    tree = ET.parse(ts)
    changed = False
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") != "unfinished":
            continue
        source = message.findtext("source") or ""
        if message.get("numerus") == "yes":
            for child in list(translation):
                translation.remove(child)
            for _ in range(2):
                ET.SubElement(translation, "numerusform").text = source
        else:
            translation.text = source
        del translation.attrib["type"]
        changed = True
    if changed:
        _write(tree, ts)


def untranslated(lang: str) -> dict[str, dict[str, list[str]]]:
    todo: dict[str, dict[str, list[str]]] = {}
    for ts in ts_files(lang):
        for context in ET.parse(ts).getroot().iter("context"):
            cname = context.findtext("name") or ""
            for message in context.iter("message"):
                translation = message.find("translation")
                unfinished = translation is None or translation.get("type") == "unfinished" \
                    or not ((translation.text or "").strip() or list(translation))
                if unfinished:
                    todo.setdefault(ts.name, {}).setdefault(cname, []).append(
                        message.findtext("source") or "")
    return todo


def apply(lang: str, mapping: dict[str, dict[str, str | list[str]]]) -> int:
    """Fill translations from {context: {source: translation}}; returns how many were set."""
    count = 0
    for ts in ts_files(lang):
        tree = ET.parse(ts)
        changed = False
        for context in tree.getroot().iter("context"):
            table = mapping.get(context.findtext("name") or "", {})
            for message in context.iter("message"):
                source = message.findtext("source") or ""
                if source not in table:
                    continue
                value = table[source]
                translation = message.find("translation")
                if translation is None:
                    translation = ET.SubElement(message, "translation")
                for child in list(translation):
                    translation.remove(child)
                if message.get("numerus") == "yes":
                    forms = value if isinstance(value, list) else [value, value]
                    translation.text = None
                    for form in forms:
                        ET.SubElement(translation, "numerusform").text = form
                else:
                    translation.text = value if isinstance(value, str) else value[0]
                translation.attrib.pop("type", None)
                changed = True
                count += 1
        if changed:
            _write(tree, ts)
    return count


def _language_of(ts: Path) -> str | None:
    if ts.parent.name in LANGS:
        return ts.parent.name
    attr = (ET.parse(ts).getroot().get("language") or "").split("_")[0]
    return attr if attr in LANGS else None


def _finished(message: ET.Element) -> ET.Element | None:
    translation = message.find("translation")
    if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
        return None
    forms = [f.text or "" for f in translation.iter("numerusform")]
    if (forms and not all(f.strip() for f in forms)) or (
            not forms and not (translation.text or "").strip()):
        return None
    return translation


def _content(translation: ET.Element) -> tuple[str, tuple[str, ...]]:
    return ((translation.text or "").strip(),
            tuple(f.text or "" for f in translation.iter("numerusform")))


def harvest(paths: list[Path], prefer_theirs: bool = False,
            into: Path = I18N) -> dict[str, int]:
    """Fill this checkout's unfinished entries from the finished ones in ``paths``.

    Returns {lang: entries set}. Entries match by (context, source, plural or not).
    """
    found: dict[str, dict[tuple[str, str, bool], ET.Element]] = {lang: {} for lang in LANGS}
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files += sorted(p for p in path.rglob("*.ts") if not p.stem.startswith("qt_"))
        elif path.suffix == ".ts":
            files.append(path)
        else:
            raise SystemExit(f"{path}: not a .ts file or a folder")
    for ts in files:
        lang = _language_of(ts)
        if lang is None:
            continue
        for context in ET.parse(ts).getroot().iter("context"):
            cname = context.findtext("name") or ""
            for message in context.iter("message"):
                translation = _finished(message)
                if translation is not None:
                    key = (cname, message.findtext("source") or "",
                           message.get("numerus") == "yes")
                    found[lang].setdefault(key, translation)
    counts: dict[str, int] = {}
    for lang in LANGS:
        counts[lang] = 0
        for ts in sorted((into / lang).glob("*.ts")):
            if ts.stem.startswith("qt_"):
                continue
            tree = ET.parse(ts)
            changed = False
            for context in tree.getroot().iter("context"):
                cname = context.findtext("name") or ""
                for message in context.iter("message"):
                    key = (cname, message.findtext("source") or "",
                           message.get("numerus") == "yes")
                    theirs = found[lang].get(key)
                    if theirs is None:
                        continue
                    ours = message.find("translation")
                    # English entries that ``update`` filled from the source are no choice
                    # anyone made: a real English translation (plural forms) wins over them.
                    from_source = ours is not None and lang == "en" and all(
                        t == key[1] for t in ((ours.text or "",) if not list(ours) else
                                              (f.text or "" for f in ours)))
                    if ours is not None and _finished(message) is not None and not from_source \
                            and (not prefer_theirs or _content(ours) == _content(theirs)):
                        continue
                    if _content(ours if ours is not None else theirs) == _content(theirs):
                        continue
                    if ours is not None:
                        message.remove(ours)
                    copy = ET.fromstring(ET.tostring(theirs))
                    copy.tail = "\n    "
                    message.append(copy)
                    changed = True
                    counts[lang] += 1
            if changed:
                _write(tree, ts)
    return counts


def release() -> None:
    for lang in LANGS:
        for ts in ts_files(lang):
            subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm",
                            str(ts.with_suffix(".qm"))], check=True)


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    command = argv[0]
    if command == "update":
        update()
    elif command == "untranslated":
        json.dump(untranslated(argv[1]), sys.stdout, ensure_ascii=False, indent=1)
        print()
    elif command == "apply":
        mapping = json.loads(Path(argv[2]).read_text(encoding="utf-8"))
        print(f"{apply(argv[1], mapping)} translations set")
    elif command == "harvest":
        paths = [Path(a) for a in argv[1:] if not a.startswith("--")]
        if not paths:
            print(__doc__)
            return 2
        counts = harvest(paths, prefer_theirs="--prefer-theirs" in argv)
        print(", ".join(f"{lang}: {n} translations harvested" for lang, n in counts.items()))
    elif command == "release":
        release()
    elif command == "check":
        missing = {lang: untranslated(lang) for lang in LANGS}
        if any(missing.values()):
            json.dump(missing, sys.stdout, ensure_ascii=False, indent=1)
            print()
            return 1
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
