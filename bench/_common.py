"""Shared helpers for the benchmark scripts: timing child processes and printing the JSON result."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]


def child_env(**extra: str) -> dict[str, str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    # An installed app runs from its bytecode cache (pip and PyInstaller write it; an editable install
    # writes it on the first start); a shell that forbids writing it would time the compiler instead.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.update(extra)
    return env


def run_timed(command: list[str], env: dict[str, str], cpu: list[float] | None = None) -> tuple[float, float]:
    """Wall seconds and peak RSS (MiB) of one child process; raises if it fails.

    ``cpu``, when given, receives the child's CPU seconds (user + system): steadier than wall time on a
    busy machine."""
    started = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    stderr = process.stderr.read().decode(errors="replace") if process.stderr else ""
    if process.returncode != 0:
        raise RuntimeError(f"{command} exited {process.returncode}: {stderr[-2000:]}")
    rss_mib = usage.ru_maxrss / 1024 if sys.platform != "darwin" else usage.ru_maxrss / 2**20
    if cpu is not None:
        cpu.append(usage.ru_utime + usage.ru_stime)
    return elapsed, rss_mib


def median(values: list[float]) -> float:
    return statistics.median(values)


def emit(result: dict[str, Any]) -> None:
    """Print the result as one JSON object on the last line."""
    print(json.dumps({k: (round(v, 4) if isinstance(v, float) else v) for k, v in result.items()}))
