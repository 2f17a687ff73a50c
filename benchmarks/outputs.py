"""What the corpus outputs cost beside extraction, on the benchmark corpus that ``bench.py``
builds (run that first): ``extract --format jsonl``, ``extract --format sqlite``, then
``panel`` and ``compare`` over the database, each timed once as a user runs it.

    python benchmarks/outputs.py [--reports 10000] [--jobs 2]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def timed(args: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "lawrep", *args], check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=int, default=10000)
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    corpus = HERE / "corpus" / f"n{args.reports}"
    if not corpus.is_dir():
        print(
            f"no corpus at {corpus}: run `python benchmarks/bench.py --reports {args.reports}` first", file=sys.stderr
        )
        return 1
    jobs = ["--jobs", str(args.jobs), "--quiet"]
    with tempfile.TemporaryDirectory(prefix="lawrep-outputs-") as tmp:
        db, jsonl = Path(tmp) / "corpus.db", Path(tmp) / "reports.jsonl"
        rows = [
            ("extract --format jsonl", timed(["extract", str(corpus), "-o", str(jsonl), *jobs])),
            ("extract --format sqlite", timed(["extract", str(corpus), "--format", "sqlite", "-o", str(db), *jobs])),
            (
                "extract --format sqlite again (nothing new)",
                timed(["extract", str(corpus), "--format", "sqlite", "-o", str(db), *jobs]),
            ),
            ("panel corpus.db", timed(["panel", str(db)])),
            ("panel reports.jsonl", timed(["panel", str(jsonl)])),
            ("compare corpus.db", timed(["compare", str(db), "--format", "json"])),
        ]
        size = db.stat().st_size / 1e6
    print(f"{args.reports} reports, --jobs {args.jobs}; database {size:.0f} MB")
    for name, seconds in rows:
        print(f"  {name:<45} {seconds:7.1f} s  {args.reports / seconds:8.0f} reports/s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
