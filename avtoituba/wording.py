"""One way to word a message, Qt-free: the wording lives in Qt's catalogues.

The GUI translates with Qt (``self.tr``, ``QCoreApplication.translate``), which reads the
compiled ``.qm`` files. Code without Qt (the CLI, the Word documents, core's problem codes)
reads the *same* catalogues through this module: it parses the ``.ts`` sources shipped
beside the ``.qm`` files, so one Estonian sentence is written once, in one place, with its
plural forms.

- :func:`fill` puts arguments into ``%1`` … ``%9`` in one pass (instead of chains of
  ``.replace("%1", …)``);
- :func:`translate` looks a source text up by context for a language, choosing the plural
  form for ``n`` and putting ``n`` into ``%n``, as Qt does;
- :func:`set_language` chooses the language for code that has no other way to know it
  (the GUI calls it when the trainer switches language; the CLI from ``--lang``).

Source texts are marked for ``make translations`` with ``QT_TRANSLATE_NOOP(context, text)``
(or, for plural forms, ``translate(context, text, None, n)``): pyside6-lupdate reads both.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from functools import cache

LANGUAGES = ("et", "en")
_language = "et"
_ARG = re.compile(r"%(\d)")


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (lupdate's marker name)
    """Marks ``text`` for the catalogue of ``context``; returns it unchanged."""
    return text


def set_language(language: str) -> None:
    global _language
    _language = language if language in LANGUAGES else "et"


def language() -> str:
    return _language


def fill(template: str, *args: object) -> str:
    """``fill("%1 of %2", 3, 5)`` → "3 of 5": every ``%k`` replaced in one pass."""

    def arg(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        return str(args[index]) if 0 <= index < len(args) else match.group(0)

    return _ARG.sub(arg, template)


def plural_index(language: str, n: int) -> int:
    """Estonian and English both have two forms: one, and everything else."""
    return 0 if abs(n) == 1 else 1


@cache
def _catalogue(language: str) -> dict[tuple[str, str], list[str]]:
    from avtoituba.resources import resource

    found: dict[tuple[str, str], list[str]] = {}
    folder = resource("i18n", language)
    if not folder.is_dir():
        return found
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if not entry.name.endswith(".ts") or entry.name.startswith("qt_"):
            continue
        root = ET.fromstring(entry.read_bytes())
        for context in root.iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                source = message.findtext("source") or ""
                node = message.find("translation")
                if node is None or node.get("type") in ("unfinished", "obsolete", "vanished"):
                    continue
                forms = [f.text or "" for f in node.iter("numerusform")]
                found[(name, source)] = forms or [node.text or ""]
    return found


def translate(context: str, source: str, disambiguation: str | None = None, n: int = -1,
              *, lang: str | None = None) -> str:
    """The text of ``source`` in ``lang`` (default: the chosen language), as Qt would give it."""
    forms = _catalogue(lang or _language).get((context, source))
    if forms:
        text = forms[min(plural_index(lang or _language, n), len(forms) - 1)] if n >= 0 \
            else forms[0]
    else:
        text = source
    if n >= 0:
        text = text.replace("%n", str(n))
    return text
