"""Start-up benchmark: seconds from `python main.py` to a login window that can log in, on a
fresh data folder (first run: initdb, schema, demo) and on the second start (data reused,
server started again), beside a baseline of a bare Python + Qt window in the same run.

    python tests/bench/bench_startup.py          # prints a table; target: second start < 3 s
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

PROBE = r"""
import sys, time
t0 = float(sys.argv[1])
from app.main import start
from PySide6.QtWidgets import QApplication
controller = start([])
app = QApplication.instance()
while controller.embedded_setup is None or not controller.login_window.isVisible():
    app.processEvents()
    time.sleep(0.005)
print(f"{time.time() - t0:.3f} {controller.embedded_setup.first_run}")
controller.shutdown()
from app.services.embedded_setup import shutdown
shutdown(controller.embedded_setup)
"""

BASELINE = r"""
import sys, time
t0 = float(sys.argv[1])
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
w = QLabel("登录"); w.show(); app.processEvents()
print(f"{time.time() - t0:.3f} -")
"""


def _run(code: str, home: Path) -> tuple[float, str]:
    env = dict(os.environ, ESTATEDESK_HOME=str(home), QT_QPA_PLATFORM="offscreen",
               ESTATEDESK_LOG_DIR=str(home / "logs"))
    out = subprocess.run([sys.executable, "-c", code, str(time.time())], cwd=ROOT, env=env,
                         capture_output=True, text=True, check=True).stdout.split()
    return float(out[0]), out[1]


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="edbench-") as tmp:
        home = Path(tmp) / "home"
        rows = [("baseline: bare Qt window", *_run(BASELINE, home))]
        rows.append(("first start (initdb, schema, demo)", *_run(PROBE, home)))
        for i in range(3):
            rows.append((f"second start #{i + 1}", *_run(PROBE, home)))
    print(f"{'case':<38} {'seconds':>8}  first_run")
    for name, seconds, first in rows:
        print(f"{name:<38} {seconds:>8.2f}  {first}")


if __name__ == "__main__":
    main()
