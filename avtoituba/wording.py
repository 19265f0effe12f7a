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

Messages from code without Qt (core, commands, export)
-----------------------------------------------------
Core does not word what it raises or returns: it gives a :class:`Message`, a *code* with
*arguments* (and a count ``n`` for plural forms). Each module declares its wording once, as a
:class:`Words` table of English source texts under one catalogue context::

    from avtoituba.wording import QT_TRANSLATE_NOOP, Message, Words, plural

    WORDS = Words("Roster", {
        "empty": QT_TRANSLATE_NOOP("Roster", "the file is empty"),
        "too_long": QT_TRANSLATE_NOOP("Roster", "the %1 is longer than %2 characters"),
        "people": plural.translate("Roster", "%n participant(s)", None, 1),
    })

    raise WORDS.error("too_long", WORDS("field_role"), 300)  # a WordedError (a ValueError)
    return WORDS("people", n=len(rows))                      # a Message

- ``QT_TRANSLATE_NOOP(context, text)`` marks a plain text; ``plural.translate(context, text,
  None, 1)`` marks a text with plural forms (``%n``). The literal ``1`` is what makes
  pyside6-lupdate write a *numerus* entry: it only recognises a number literal there, so
  never pass a variable to the marker (the count goes into ``WORDS(code, n=...)``).
- ``%1`` … ``%9`` are the arguments in order; an argument that is itself a :class:`Message`
  is worded in the same language (so "%1 and %2" can hold worded group names).
- ``message.code`` is what the GUI tests for (never the words); ``message.text()`` words it
  in the chosen language, ``message.text("en")`` in English, and
  ``message.text(translate=QCoreApplication.translate)`` through Qt's own translator (the
  compiled ``.qm``): the GUI and the CLI say the same sentence from the same catalogue entry.
- ``packaging/i18n_tool.py update`` extracts the marked texts of every module (core included)
  into ``resources/i18n/<lang>/<module>.ts``; translate them like any other entry.
- Exceptions: :class:`WordedError` carries a message; ``str(error)`` is its text in the chosen
  language, ``error.message.code`` its code.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache

LANGUAGES = ("et", "en")
# The GUI's own catalogues are Qt's business (gui_*, form_*, app, qt_*): this module reads
# only the others (core, commands, export, web, ...), so a command line call parses a few
# small files, not all of them.
QT_CATALOGUES = ("gui_", "form_", "app.", "qt_")
_language = "et"
_ARG = re.compile(r"%(\d)")


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
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
        if not entry.name.endswith(".ts") or entry.name.startswith(QT_CATALOGUES):
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


def is_translated(context: str, source: str, lang: str) -> bool:
    """Whether ``lang``'s catalogues hold a finished translation of ``source``."""
    return (context, source) in _catalogue(lang)


_lookup = translate  # Message.text's parameter ``translate`` shadows the module function


class _PluralMarker:
    """``plural.translate(context, text, None, 1)`` marks a plural text; returns ``text``."""

    @staticmethod
    def translate(context: str, text: str, disambiguation: str | None = None,
                  n: int = 1) -> str:
        return text


plural = _PluralMarker()

# The signature of QCoreApplication.translate: (context, source, disambiguation, n).
Translator = Callable[[str, str, "str | None", int], str]


@dataclass(frozen=True)
class Message:
    """A code with arguments, worded only when someone reads it (see the module's docstring)."""

    context: str
    code: str
    source: str  # the English source text (the catalogue's key)
    args: tuple[object, ...] = ()
    n: int = -1

    def text(self, lang: str | None = None, translate: Translator | None = None) -> str:
        if translate is not None:
            template = translate(self.context, self.source, None, self.n)
        else:
            template = _lookup(self.context, self.source, None, self.n, lang=lang)
        return fill(template, *(a.text(lang, translate) if isinstance(a, Message) else a
                                for a in self.args))

    def __str__(self) -> str:
        return self.text()


@dataclass(frozen=True)
class Words:
    """One module's wording: code -> English source text, all under one catalogue context."""

    context: str
    sources: Mapping[str, str]

    def __call__(self, code: str, *args: object, n: int = -1) -> Message:
        return Message(self.context, code, self.sources[code], args, n)

    def error(self, code: str, *args: object, n: int = -1) -> WordedError:
        return WordedError(self(code, *args, n=n))

    def text(self, code: str, *args: object, n: int = -1, lang: str | None = None) -> str:
        return self(code, *args, n=n).text(lang)


class WordedError(ValueError):
    """A refusal whose words come from the catalogues; ``str()`` is the chosen language."""

    def __init__(self, message: Message):
        super().__init__(message.code)
        self.message = message

    @property
    def code(self) -> str:
        return self.message.code

    def text(self, lang: str | None = None, translate: Translator | None = None) -> str:
        return self.message.text(lang, translate)

    def __str__(self) -> str:
        return self.message.text()



def comma_list(items: Sequence[object]) -> object:
    """"a, b, c" as a message whose items (messages too) are worded in the reader's language."""
    if not items:
        return ""
    head = items[0]
    for item in items[1:]:
        head = Message("", "list", "%1, %2", (head, item))
    return head
