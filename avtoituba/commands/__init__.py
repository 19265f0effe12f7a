"""Headless subcommands of the ``avtoituba`` command line.

Each module here has ``register(subparsers)`` that adds its subcommands; a subcommand's
handler takes the parsed arguments and returns an exit code. Add a module to MODULES to
make its commands available.
"""

from __future__ import annotations

import importlib
import json
import sys
from typing import Any

MODULES = (
    "avtoituba.commands.workshop",
    "avtoituba.commands.participants",
    "avtoituba.commands.activities",
    "avtoituba.commands.municipalities",
    "avtoituba.commands.export",
    "avtoituba.commands.agenda",
    "avtoituba.commands.scribes",
    "avtoituba.commands.homework",
    "avtoituba.commands.season",
)


class CommandError(Exception):
    """A user error: printed as one line on stderr, exit code ``code``."""

    def __init__(self, message: str, code: int = 2):
        super().__init__(message)
        self.code = code


def register_all(subparsers: Any) -> None:
    for name in MODULES:
        importlib.import_module(name).register(subparsers)


def print_json(data: object) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")
