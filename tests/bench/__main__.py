"""Run every benchmark in turn: ``python -m tests.bench [NAME ...] [--flags]``
(or one: ``python -m tests.bench.NAME``). Each module has a ``main``."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SKIP = {"common"}


def run(name: str, flags: list[str]) -> None:
    module = importlib.import_module(f"tests.bench.{name}")
    if not hasattr(module, "main"):
        return
    print(f"\n=== {name} ===", flush=True)
    sys.argv = [f"tests.bench.{name}", *flags]
    if inspect.signature(module.main).parameters:
        module.main(flags)
    else:
        module.main()


def main(argv: list[str]) -> int:
    names = [m.name for m in pkgutil.iter_modules([str(HERE)])
             if not m.name.startswith("_") and m.name not in SKIP]
    wanted = [a for a in argv if not a.startswith("-")] or names
    flags = [a for a in argv if a.startswith("-")]
    failed = 0
    for name in wanted:
        try:
            run(name, flags)
        except Exception as exc:
            failed += 1
            print(f"{name}: failed: {type(exc).__name__}: {exc}", flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
