"""Shared helpers for the benchmarks."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


#: Compiled bytecode for the benchmark subprocesses, outside the checkout. An installed app
#: runs from .pyc files (pip compiles them, the bundle ships them): a benchmark run with
#: PYTHONDONTWRITEBYTECODE would compile the app's own modules from source at every start,
#: a cost the trainer never pays and the bare-PySide6 floor (all compiled) never has.
PYCACHE = Path(tempfile.gettempdir()) / "avtoituba-bench-pycache"


def with_bytecode(env: dict[str, str]) -> dict[str, str]:
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(PYCACHE)
    return env


def bench_env(**extra: str) -> dict[str, str]:
    """Environment for a benchmark subprocess: offscreen Qt, this checkout, private settings,
    bytecode cached as in an installed app (the first, warm-up run writes it)."""
    env = with_bytecode(dict(os.environ))
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHONPATH"] = str(ROOT)
    home = Path(tempfile.mkdtemp(prefix="avtoituba-bench-"))
    env["XDG_CONFIG_HOME"] = str(home / "config")
    env["XDG_DATA_HOME"] = str(home / "data")
    env.update(extra)
    return env


def timed_run(args: list[str], env: dict[str, str], timeout: float = 120) -> float:
    """Wall-clock seconds from spawning ``args`` to its exit (must exit 0)."""
    start = time.perf_counter()
    result = subprocess.run(args, env=env, capture_output=True, text=True, timeout=timeout)
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        raise RuntimeError(f"{args[:3]} exited {result.returncode}: {result.stderr[-2000:]}")
    return elapsed


def timed_lines(args: list[str], env: dict[str, str], timeout: float = 120) -> dict[str, float]:
    """Seconds from spawning ``args`` to each line it prints (keyed by the line's first word)."""
    start = time.perf_counter()
    proc = subprocess.Popen(args, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)
    marks: dict[str, float] = {}
    assert proc.stdout is not None
    for line in proc.stdout:
        if line.strip():
            marks.setdefault(line.split()[0], time.perf_counter() - start)
    _, err = proc.communicate(timeout=timeout)
    if proc.returncode != 0:
        raise RuntimeError(f"{args[:3]} exited {proc.returncode}: {err[-2000:]}")
    return marks


def median(values: list[float]) -> float:
    return statistics.median(values)


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def report(name: str, value: float, floor: float, target: float, unit: str = "s") -> None:
    ratio = value / floor if floor else float("inf")
    verdict = "OK" if ratio <= target else "OVER TARGET"
    print(f"{name}: {value:.4f} {unit} vs floor {floor:.4f} {unit} -> {ratio:.2f}x "
          f"(target <= {target}x) {verdict}", flush=True)


PYTHON = sys.executable
