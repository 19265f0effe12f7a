"""Safe, distinct file names for the documents (no python-docx: the window imports it)."""

from __future__ import annotations

import os
import re
import unicodedata
from pathlib import Path

from avtoituba.core.text import clean_line

_INVALID = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f-\x9f]')
_RESERVED = re.compile(r"^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)$",
                       re.IGNORECASE)
MAX_NAME_BYTES = 180  # well under 255 (bytes on Linux/macOS, UTF-16 units on Windows)


def safe_file_stem(name: str, fallback: str = "dokument") -> str:
    """A file name stem valid on Windows, macOS and Linux, keeping Estonian letters.

    No path separators (nothing can escape the chosen folder), no characters Windows
    refuses, no reserved device name, no leading dot, no trailing dot or space, and short
    enough for every file system.
    """
    text = unicodedata.normalize("NFC", clean_line(name))
    text = _INVALID.sub("_", text)
    text = "".join(ch for ch in text if unicodedata.category(ch) not in ("Cc", "Cf", "Cs",
                                                                         "Co", "Cn", "Zl",
                                                                         "Zp"))
    text = re.sub(r"\s+", " ", text)
    text = _truncate_bytes(text, MAX_NAME_BYTES)
    text = text.strip(" .").lstrip("-") or ""
    text = text.strip(" .")
    if not text:
        text = fallback
    if _RESERVED.match(text.split(".")[0].strip()):
        text = f"_{text}"
    return text


def _truncate_bytes(text: str, limit: int) -> str:
    encoded = text.encode("utf-8")
    if len(encoded) <= limit:
        return text
    return encoded[:limit].decode("utf-8", errors="ignore")


def unique_file_name(stem: str, suffix: str, taken: set[str]) -> str:
    """``stem + suffix``, made unique against ``taken`` (compared case-insensitively, as on
    Windows and macOS) with " (2)", " (3)", ...; the name is added to ``taken``."""
    safe = safe_file_stem(stem)
    name = f"{safe}{suffix}"
    n = 2
    while name.casefold() in taken:
        name = f"{_truncate_bytes(safe, MAX_NAME_BYTES - 8).rstrip(' .')} ({n}){suffix}"
        n += 1
    taken.add(name.casefold())
    return name


def inside(folder: Path, name: str) -> Path:
    """``folder / name``, refusing anything that would land outside ``folder``."""
    target = folder / name
    if target.parent != folder or name in ("", ".", "..") or os.sep in name or \
            (os.altsep and os.altsep in name):
        raise ValueError(f"{name!r}: not a plain file name")
    return target


