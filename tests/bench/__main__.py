"""Run every benchmark module in this folder (each has a ``main(argv)``)."""

from __future__ import annotations

import importlib
import pkgutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SKIP = {"common"}


def main(argv: list[str]) -> int:
    names = [m.name for m in pkgutil.iter_modules([str(HERE)])
             if not m.name.startswith("_") and m.name not in SKIP]
    wanted = [a for a in argv if not a.startswith("-")] or names
    failed = 0
    for name in wanted:
        print(f"\n=== {name} ===", flush=True)
        module = importlib.import_module(f"tests.bench.{name}")
        try:
            module.main([a for a in argv if a.startswith("-")])
        except Exception as exc:  # noqa: BLE001 - report and go on with the others
            failed += 1
            print(f"{name}: failed: {type(exc).__name__}: {exc}", flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
