"""Run every benchmark in turn: ``python -m tests.bench`` (or one: ``python -m tests.bench.NAME``)."""

from __future__ import annotations

import importlib
import pkgutil
import sys
from pathlib import Path


def main() -> int:
    status = 0
    for info in pkgutil.iter_modules([str(Path(__file__).parent)]):
        if info.name.startswith("_"):
            continue
        module = importlib.import_module(f"tests.bench.{info.name}")
        if hasattr(module, "main"):
            print(f"== {info.name}", flush=True)
            sys.argv = [f"tests.bench.{info.name}"]  # each with its own defaults
            status |= int(module.main() or 0)
    return status


if __name__ == "__main__":
    sys.exit(main())
