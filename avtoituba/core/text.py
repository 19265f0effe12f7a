"""Cleaning text that people type or import, before it is stored or written to a document."""

from __future__ import annotations

import re
import unicodedata

# C0/C1 control characters except tab, newline and carriage return; also the characters
# XML 1.0 (and so Word) cannot hold: surrogates and U+FFFE/U+FFFF.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]+")
# Bidirectional embeddings, overrides and isolates: they reverse what a reader sees (a name
# that prints backwards, a second "Mari Tamm" that is not equal to the first).
_BIDI = re.compile("[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]")
# Invisible characters that make two equal-looking names differ: zero-width space, joiners,
# word joiner, BOM, soft hyphen.
_INVISIBLE = re.compile("[\u200b-\u200d\u2060\ufeff\u00ad]")

#: Formula prefixes a spreadsheet evaluates (OWASP: CSV injection).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


class TextTooLong(ValueError):
    """A text longer than its field holds; says which and how long (for the message)."""

    def __init__(self, field: str, length: int, limit: int):
        super().__init__(f"{field} is {length} characters long; at most {limit} fit. "
                         "Shorten it and try again")
        self.field = field
        self.length = length
        self.limit = limit


def clean_text(text: str) -> str:
    """Multi-line text: control characters removed, line ends normalised, NFC."""
    text = str(text).replace("\r\n", "\n").replace("\r", "\n")
    # Controls out before composing: a control between a letter and its accent would
    # otherwise leave them apart, and a second cleaning would give another text.
    text = _BIDI.sub("", _CONTROL.sub("", text))
    return unicodedata.normalize("NFC", text).strip()


def clean_line(text: str) -> str:
    """One-line text (names, titles): also folds any run of white space to one space."""
    text = clean_text(text).replace("\n", " ")
    return _SPACES.sub(" ", text).strip()


def clean_name(text: str) -> str:
    """A name (person, municipality, title): one line, and the invisible characters that
    would make it differ from the same name typed plainly removed."""
    return clean_line(_INVISIBLE.sub("", str(text)))


def limited(text: str, limit: int, field: str) -> str:
    """``text`` unchanged when it fits ``limit`` characters; else TextTooLong (never cut)."""
    if len(text) > limit:
        raise TextTooLong(field, len(text), limit)
    return text


def csv_safe(value: object) -> object:
    """A cell for a CSV file that a spreadsheet will not run as a formula (OWASP's rule:
    text starting with = + - @ tab or CR gets a leading apostrophe). Numbers pass."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value
