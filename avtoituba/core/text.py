"""Cleaning text that people type or import, before it is stored or written to a document."""

from __future__ import annotations

import re
import unicodedata

# C0/C1 control characters except tab, newline and carriage return; also the characters
# XML 1.0 (and so Word) cannot hold: surrogates and U+FFFE/U+FFFF.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]+")


def clean_text(text: str) -> str:
    """Multi-line text: control characters removed, line ends normalised, NFC."""
    text = str(text).replace("\r\n", "\n").replace("\r", "\n")
    # Controls out before composing: a control between a letter and its accent would
    # otherwise leave them apart, and a second cleaning would give another text.
    text = _CONTROL.sub("", text)
    return unicodedata.normalize("NFC", text).strip()


def clean_line(text: str) -> str:
    """One-line text (names, titles): also folds any run of white space to one space."""
    text = clean_text(text).replace("\n", " ")
    return _SPACES.sub(" ", text).strip()
