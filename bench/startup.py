"""Start-up speed: `dlzw-desktop --smoke` (cold start to the first painted main window) against a bare
QApplication + QMainWindow + QTableView window that also exits after its first paint, alternated in the
same run. Target (issue 2/9): ratio <= 1.5, peak memory <= 150 MiB.

    python bench/startup.py [--quick] [--runs N] [--instructions]

Wall time on a shared machine moves with its load; ``--instructions`` adds the ratio of instructions
executed (valgrind's callgrind, one run each), which does not.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import child_env, emit, median, run_timed

BASELINE = """
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView
app = QApplication(sys.argv)
window = QMainWindow()
window.setCentralWidget(QTableView())
window.resize(1280, 800)
class Watch(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, lambda: app.exit(0))
        return False
watch = Watch()
window.installEventFilter(watch)
window.show()
sys.exit(app.exec())
"""


def instructions(command: list[str], env: dict[str, str]) -> int:
    """Instructions one run executes, counted by callgrind (independent of the machine's load)."""
    completed = subprocess.run(
        ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", *command],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    found = re.search(r"Collected : (\d+)", completed.stderr)
    if found is None:
        raise RuntimeError(completed.stderr[-2000:])
    return int(found.group(1))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="fewer runs")
    parser.add_argument("--runs", type=int, default=None)
    parser.add_argument("--instructions", action="store_true", help="also count instructions (valgrind)")
    args = parser.parse_args()
    runs = args.runs or (5 if args.quick else 15)
    with tempfile.TemporaryDirectory() as folder:
        env = child_env(DLZW_DATA_DIR=folder, DLZW_CONFIG_DIR=str(Path(folder) / "config"))
        app_command = [sys.executable, "-m", "dlzw_desktop", "--smoke"]
        base_command = [sys.executable, "-c", BASELINE]
        run_timed(app_command, env)  # warm the file cache for both alike
        run_timed(base_command, env)
        app_times, base_times, app_rss, base_rss = [], [], [], []
        app_cpu: list[float] = []
        base_cpu: list[float] = []
        for _ in range(runs):
            seconds, rss = run_timed(app_command, env, app_cpu)
            app_times.append(seconds)
            app_rss.append(rss)
            seconds, rss = run_timed(base_command, env, base_cpu)
            base_times.append(seconds)
            base_rss.append(rss)
        counted = {}
        if args.instructions and shutil.which("valgrind"):
            counted["startup_instructions_ratio"] = instructions(app_command, env) / instructions(
                base_command, env
            )
    print(f"app      median {median(app_times):.3f} s  (runs: {', '.join(f'{t:.3f}' for t in app_times)})")
    print(f"baseline median {median(base_times):.3f} s  (runs: {', '.join(f'{t:.3f}' for t in base_times)})")
    emit(
        {
            "startup_ratio": median(app_times) / median(base_times),
            "startup_ratio_best": min(app_times) / min(base_times),
            "startup_cpu_ratio": median(app_cpu) / median(base_cpu),
            "startup_s": median(app_times),
            "baseline_s": median(base_times),
            "startup_rss_mib": max(app_rss),
            "baseline_rss_mib": max(base_rss),
            "runs": runs,
            **counted,
        }
    )


if __name__ == "__main__":
    main()
