"""Paths, the kB unit and the progress log shared by the benchmark modules.

They live here, and not in one of the modules that use them, so that corpus.py, measure.py,
curve.py and report.py never import one another just for a constant.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures" / "reports"
KB = 1000  # sizes in the curve and the report are in kB of UTF-8: 1000 bytes


def log(msg: str) -> None:
    """Progress on stderr, so that stdout holds only the report."""
    print(f"[bench {time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)
