"""Reading a file someone handed in, within limits: the participant list and a returned
homework pack are read the same way, each caller wording the refusal its own way.

- :func:`read_file`: a regular file's bytes, refused before reading when it is a folder, a
  special file (a FIFO, a device: ``/dev/zero``) or larger than ``limit``;
- :func:`check_zip`: the parts of a zip (an .xlsx, a .docx) would not unpack beyond
  ``max_unpacked`` in all, nor one part above 1 MB beyond ``max_ratio`` times its packed
  size (a zip bomb).
"""

from __future__ import annotations

import os
import stat
import zipfile
from pathlib import Path

MB = 1024 * 1024


class Refused(Exception):
    """``kind``: "folder", "not_a_file", "too_big" (size, limit in MB), "unreadable" (detail),
    "zip_bomb" (limit in MB)."""

    def __init__(self, kind: str, **params: object):
        super().__init__(kind)
        self.kind = kind
        self.params = params


def read_file(path: Path, limit: int) -> bytes:
    try:
        info = os.stat(path)
        if stat.S_ISDIR(info.st_mode):
            raise Refused("folder")
        if not stat.S_ISREG(info.st_mode):
            raise Refused("not_a_file")
        if info.st_size > limit:
            raise Refused("too_big", size=round(info.st_size / MB), limit=limit // MB)
        with open(path, "rb") as handle:
            data = handle.read(limit + 1)
    except OSError as exc:
        raise Refused("unreadable", detail=exc.strerror or type(exc).__name__) from exc
    if len(data) > limit:  # it grew while we read it
        raise Refused("too_big", size=round(len(data) / MB), limit=limit // MB)
    return data


def check_zip(zf: zipfile.ZipFile, max_unpacked: int, max_ratio: float) -> None:
    total = 0
    for info in zf.infolist():
        total += info.file_size
        if info.file_size > MB and info.file_size / max(info.compress_size, 1) > max_ratio:
            raise Refused("zip_bomb", limit=max_unpacked // MB)
    if total > max_unpacked:
        raise Refused("zip_bomb", limit=max_unpacked // MB)
