"""End-to-end benchmark of lawrep: corpus, floors, in-process, CLI batch, cold start, linearity.

    python benchmarks/bench.py                 # 10 000 reports, full scaling curve
    python benchmarks/bench.py --quick         # 1 000 reports, curve up to 800 kB
    python benchmarks/bench.py --reports 2000 --profile --json /tmp/bench.json

Standard library plus lawrep (and ``regex``, which lawrep depends on). The corpus is written to
``benchmarks/corpus/n<N>/`` (gitignored) and reused when it is already complete. See README.md.
"""

# This file only parses the flags and runs the steps in order; the work is in corpus.py,
# measure.py, curve.py and report.py next to it (importable because a script's directory is on
# sys.path). measure.py re-runs this file with --measure-child as the wrapper of a CLI command.

from __future__ import annotations

import argparse
import json
import math
import os
import resource
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from common import KB
from corpus import Corpus, build_corpus
from curve import CURVE_SIZES_KB, QUICK_CURVE_SIZES_KB, run_curves
from documents import measure_documents
from measure import (
    CliRun,
    Noise,
    compare_outputs,
    machine,
    measure_child_main,
    measure_cli,
    measure_cold_start,
    measure_floors,
    measure_in_process,
    source_fingerprint,
    warm_up,
)
from report import Run, print_report, save_json


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    raw = argparse.RawDescriptionHelpFormatter
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=raw)
    parser.add_argument("--reports", type=int, default=None, help="default 10000; 1000 with --quick")
    parser.add_argument("--quick", action="store_true", help="1000 reports and a curve up to 800 kB")
    parser.add_argument("--seed", type=int, default=20240607, help="corpus seed (default %(default)s)")
    parser.add_argument("--profile", action="store_true", help="cProfile curves whose steps look non-linear")
    parser.add_argument(
        "--budget",
        type=float,
        default=60.0,
        help="stop a scaling curve when its next point could exceed this many seconds",
    )
    parser.add_argument("--json", type=Path, default=None, help="also write every figure as JSON here")
    parser.add_argument("--measure-child", default=None, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.measure_child is None and report_count(args) < 2:
        parser.error("--reports must be at least 2")
    return args


def report_count(args: argparse.Namespace) -> int:
    """Reports in the corpus: --reports, else 1000 with --quick and 10000 without."""
    return int(args.reports or (1000 if args.quick else 10000))


def cli_batch(corpus: Corpus, noise: Noise) -> list[CliRun]:
    """The CLI over the whole corpus with --jobs 1, then --jobs 2, each in its own noise section."""
    runs: list[CliRun] = []
    with tempfile.TemporaryDirectory(prefix="lawrep-bench-") as tmp:
        for jobs in (1, 2):
            with noise.section(f"CLI batch --jobs {jobs}"):
                runs.append(measure_cli(corpus, jobs, Path(tmp)))
    return runs


def run(args: argparse.Namespace) -> Run:
    """Every step, in order (see README.md); nothing is printed on stdout until the end."""
    started = time.perf_counter()
    n = report_count(args)
    sizes = [s * KB for s in (QUICK_CURVE_SIZES_KB if args.quick else CURVE_SIZES_KB)]
    about = machine()
    noise = Noise()
    load1 = os.getloadavg()[0] if hasattr(os, "getloadavg") else math.nan
    # lawrep imports pydantic, the rule tables and the pipeline on first use (~0.15 s): pay that
    # here, untimed, so that no timed section includes it (it used to inflate the load floor by
    # about a third on 2,000 reports, and the first in-process report).
    warm_up()
    with noise.section("corpus"):
        corpus = build_corpus(n, args.seed)
    with noise.section("floors: read + lawrep.load, regex digit pass"):
        floors, loaded = measure_floors(corpus.files)
    with noise.section("in-process extraction (1 worker)"):
        in_process = measure_in_process(loaded, corpus.total_bytes)
    del loaded
    cli = cli_batch(corpus, noise)
    same = compare_outputs(corpus, *cli)
    with noise.section("cold start"):
        cold_start = measure_cold_start()
    with noise.section("documents: pages, Word, PDF"):
        documents = measure_documents()
    curves = run_curves(sizes, args.budget, args.profile, noise)
    return Run(
        command=" ".join(["python", *sys.argv]),
        machine=about,
        reports=n,
        corpus=corpus,
        floors=floors,
        in_process=in_process,
        cli=cli,
        cli_outputs_identical=same,
        cold_start=cold_start,
        documents=documents,
        sizes=sizes,
        budget_s=args.budget,
        curves=curves,
        load_average_at_start=load1,
        noise=noise,
        source_after=source_fingerprint(),
        bench_wall_s=time.perf_counter() - started,
        bench_peak_rss_mb=resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    )


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    if args.measure_child is not None:
        measure_child_main(json.loads(args.measure_child))
        return 0
    result = run(args)
    print_report(result)
    if args.json:
        save_json(result, args.json)
    return 0


if __name__ == "__main__":
    sys.exit(main())
