"""Temporary files an interrupted run left behind (a kill, a power loss), removed by the
next run that works in the same folder.

Each writer names its temporary files with a prefix of its own; a file counts as left
behind when it is older than ``older_than`` seconds (another run may be writing a fresh
one right now) or, when the caller holds the lock that every writer of such files takes,
at any age (``older_than=0``).
"""

from __future__ import annotations

import os
import time
from pathlib import Path

#: What SQLite leaves beside a database it was writing (a temporary copy is one, too).
SQLITE_SIDES = ("", "-journal", "-wal", "-shm")


def remove_leftovers(folder: Path, prefix: str, suffixes: tuple[str, ...],
                     older_than: float, now: float | None = None) -> list[Path]:
    """Remove the regular files in ``folder`` named ``prefix…suffix`` older than
    ``older_than`` seconds; returns what was removed (errors are skipped, never raised)."""
    removed: list[Path] = []
    limit = (time.time() if now is None else now) - older_than
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        name = entry.name
        if not name.startswith(prefix) or not name.endswith(suffixes):
            continue
        try:
            if entry.is_file(follow_symlinks=False) and (
                    older_than <= 0 or entry.stat(follow_symlinks=False).st_mtime < limit):
                os.unlink(entry.path)
                removed.append(Path(entry.path))
        except OSError:
            pass
    return removed


def tmp_suffixes(end: str) -> tuple[str, ...]:
    """``end`` and the SQLite side files of a temporary database named so."""
    return tuple(end + side for side in SQLITE_SIDES)
