"""The Homework pack page's longer messages: what went wrong and what to do."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from avtoituba.export.pack_data import PackData

from avtoituba.wording import fill

SHOWN_ORPHANS = 8


def orphans_text(data: PackData, head: str, more: str, tail: str) -> str:
    """``head`` says how many there are; ``more`` how many are not listed; ``tail`` what the
    trainer may do, with “%1” for the heading they are printed under (plural forms come
    from the page's ``tr``)."""
    from avtoituba.export.labels import Labels

    orphans = data.orphans
    names = "".join(f"<li>{escape(a.title or '—')}</li>" for a in orphans[:SHOWN_ORPHANS])
    if len(orphans) > SHOWN_ORPHANS:
        names += f"<li>{more}</li>"
    return f"{head}<ul>{names}</ul>" + fill(tail, escape(Labels(data.language)["for_everyone"]))


def failure_text(kind: str, path: str, detail: str) -> str:
    name = Path(path).name if path else ""
    if kind == "locked":
        text = QCoreApplication.translate(
            "ExportPage", "“%1” could not be written: it is open in another program. Close "
            "it in Word and compile the pack again.")
    elif kind == "read_only":
        text = QCoreApplication.translate(
            "ExportPage", "“%1” could not be written: the folder is read-only. Choose "
            "another folder.")
    elif kind == "disk_full":
        text = QCoreApplication.translate(
            "ExportPage", "“%1” could not be written: the disk is full. Free some space or "
            "choose another drive.")
    elif kind == "template":
        text = QCoreApplication.translate(
            "ExportPage", "The Word template “%1” cannot be used. Choose another one in "
            "Preferences, or clear it to use the built-in one.")
    else:
        text = fill(QCoreApplication.translate(
            "ExportPage", "“%1” could not be written (%2)."), "%1", escape(detail))
    text = fill(text, escape(name or path))
    done = QCoreApplication.translate(
        "ExportPage", "The documents written before it are complete; no half-written file "
        "was left.")
    return f"<span style='color:#b00020'>{text}</span><br>{done}"
