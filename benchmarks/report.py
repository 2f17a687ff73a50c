"""What a run measured, printed for a reader and saved as JSON.

The measuring modules return figures; this one decides how they read: one section per step,
ratios to the floors, flags on non-linear curves and on noisy or changed conditions. ``Run``
gathers the figures so that bench.py only has to fill it in, in order.
"""

from __future__ import annotations

import json
import math
import os
import unicodedata
from dataclasses import asdict, dataclass
from pathlib import Path

from common import KB, ROOT
from corpus import Corpus
from curve import STEP_ALERT, Curves, slope, step_ratios
from documents import FormatCost
from measure import COLD_FIXTURE, CliRun, ColdStart, Floors, InProcess, Noise


@dataclass
class Run:
    """Every figure of one bench run, in the order the run takes them."""

    command: str
    machine: dict[str, str]
    reports: int
    corpus: Corpus
    floors: Floors
    in_process: InProcess
    cli: list[CliRun]
    cli_outputs_identical: str
    cold_start: ColdStart
    documents: list[FormatCost]
    sizes: list[int]
    budget_s: float
    curves: Curves
    load_average_at_start: float
    noise: Noise
    source_after: str
    bench_wall_s: float
    bench_peak_rss_mb: float


def pad(text: str, width: int) -> str:
    """Left-justify ``text`` to ``width`` terminal columns (CJK characters take two)."""
    cols = sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)
    return text + " " * max(0, width - cols)


def fmt_s(seconds: float) -> str:
    """Seconds in the unit that suits them: µs, ms or s."""
    if seconds < 1e-3:
        return f"{seconds * 1e6:.0f} µs"
    if seconds < 1:
        return f"{seconds * 1e3:.1f} ms"
    return f"{seconds:.2f} s"


# --------------------------------------------------------------------------------------------
# JSON


def to_json(run: Run) -> dict[str, object]:
    """Every figure of the run, as saved by ``--json``."""
    c = run.corpus
    return {
        "machine": run.machine,
        "command": run.command,
        "corpus": {
            "path": str(c.path),
            "reports": run.reports,
            "bytes": c.total_bytes,
            "built": c.built,
            "build_s": c.build_s,
            "encodings": c.encodings,
        },
        "floors": asdict(run.floors),
        "in_process": asdict(run.in_process),
        "cli": [{k: v for k, v in asdict(r).items() if k != "line_digests"} for r in run.cli],
        "cli_outputs_identical": run.cli_outputs_identical,
        "cold_start": asdict(run.cold_start),
        "documents": [asdict(d) for d in run.documents],
        "curves": dict(run.curves.points),
        "curve_failures": {k: v for k, v in run.curves.failures.items() if v},
        "profiles": run.curves.profiles,
        "load_average_at_start": run.load_average_at_start,
        "noise": {k: {"wall_s": w, "foreign_cpu_s": f} for k, (w, f) in run.noise.sections.items()},
        "bench_wall_s": run.bench_wall_s,
        "bench_peak_rss_mb": run.bench_peak_rss_mb,
    }


# --------------------------------------------------------------------------------------------
# The printed report, one function a section


def print_header(run: Run) -> None:
    print("lawrep benchmark")
    print(f"  command   {run.command}")
    for k in ("platform", "cpu", "python", "lawrep", "regex"):
        print(f"  {k:<9} {run.machine[k]}")


def print_corpus(run: Run) -> None:
    c = run.corpus
    enc = ", ".join(f"{codec} {v}" for codec, v in sorted(c.encodings.items(), key=lambda kv: -kv[1]))
    sz = sorted(c.sizes)
    how = "built" if c.built else "reused"
    print(f"\ncorpus      {run.reports} reports at {c.path.relative_to(ROOT)} ({how} in {fmt_s(c.build_s)})")
    print(f"  total     {c.total_bytes / 1e6:.1f} MB on disk, {run.floors.chars / 1e6:.1f} M characters decoded")
    print(f"  encodings {enc}")
    lo, mid, hi = sz[0] / 1e3, sz[len(sz) // 2] / 1e3, sz[-1] / 1e3
    print(f"  sizes     min {lo:.1f} kB, median {mid:.1f} kB, max {hi:.1f} kB")


def print_floors(run: Run) -> None:
    f, n, mb = run.floors, run.reports, run.corpus.total_bytes / 1e6
    print("\nfloors (whole corpus, warm page cache)")
    print(f"  read bytes            {fmt_s(f.read_s):>10}")
    print(f"  read+decode (load)    {fmt_s(f.load_s):>10}  {n / f.load_s:8.0f} reports/s  {mb / f.load_s:7.1f} MB/s")
    print(
        f"  regex \\d+ pass        {fmt_s(f.regex_s):>10}  {n / f.regex_s:8.0f} reports/s  "
        f"{mb / f.regex_s:7.1f} MB/s  ({f.digit_runs} digit runs)"
    )


def print_in_process(run: Run) -> None:
    ip, f = run.in_process, run.floors
    print("\nin-process lawrep.extract, 1 worker (decoded text in memory)")
    print(
        f"  total                 {fmt_s(ip.total_s):>10}  {ip.reports_per_s:8.1f} reports/s  {ip.mb_per_s:7.2f} MB/s"
    )
    print(
        f"  per report            p50 {ip.p50_ms:.2f} ms, p99 {ip.p99_ms:.2f} ms, "
        f"max {ip.max_ms:.2f} ms ({ip.max_file})"
    )
    print(f"  found                 {ip.quantities} quantities, {ip.metrics} metrics")
    if ip.errors:
        print(f"  RAISED                {sum(ip.errors.values())} reports: {ip.errors}")
        print(f"    first: {ip.first_error}")
    print(f"  ratio to floors       {ip.total_s / f.load_s:.1f}x load, {ip.total_s / f.regex_s:.0f}x regex pass")


def _print_cli_run(r: CliRun, n: int) -> None:
    clean = r.rc == 0 and r.lines == n and r.error_lines == 0
    ok = "ok" if clean else f"rc {r.rc}, {r.lines} lines, {r.error_lines} errors"
    print(f"  $ {r.command}")
    print(
        f"    jobs {r.jobs}: {fmt_s(r.wall_s):>9}  {r.reports_per_s:7.1f} reports/s  "
        f"{r.mb_per_s:6.2f} MB/s  cpu {fmt_s(r.cpu_s)}  RSS {r.child_maxrss_mb:.0f} MB  "
        f"tree {r.tree_peak_rss_mb:.0f} MB  [{ok}]"
    )
    if r.stderr_tail:
        print(f"    stderr: {r.stderr_tail[-300:]}")


def print_cli(run: Run) -> None:
    print(
        "\nCLI batch (wall time of the command; RSS = peak of the largest single process via "
        "RUSAGE_CHILDREN,\n           tree = peak summed RSS of CLI + workers sampled from /proc every 0.2 s)"
    )
    for r in run.cli:
        _print_cli_run(r, run.reports)
    j1, j2 = run.cli
    f = run.floors
    print(f"  speed-up jobs 2 / jobs 1      {j1.wall_s / j2.wall_s:.2f}x")
    print(
        f"  jobs 1 vs in-process          {j1.wall_s / run.in_process.total_s:.2f}x the in-process extract time "
        f"(load + JSON + writing + start-up)"
    )
    print(f"  jobs 1 ratio to floors        {j1.wall_s / f.load_s:.1f}x load, {j1.wall_s / f.regex_s:.0f}x regex pass")
    print(f"  outputs identical (j1 == j2)  {run.cli_outputs_identical}")


def print_documents(run: Run) -> None:
    print("\ndocuments (fixtures/documents/: read = the reader's text; best of 5, median per file)")
    for d in run.documents:
        refused = f", {d.refused} refused as meant" if d.refused else ""
        print(
            f"  {pad(d.format, 5)} {d.files} files, {d.pages} pages{refused}: read {fmt_s(d.read_s_per_file)}/file, "
            f"{fmt_s(d.read_s_per_page)}/page; extract {fmt_s(d.extract_s_per_file)}/file"
        )


def print_cold_start(run: Run) -> None:
    cs = run.cold_start
    print("\ncold start (median of 5, wall)")
    rows: tuple[tuple[str, float, list[float]], ...] = (
        (f"lawrep extract {COLD_FIXTURE} > /dev/null", cs.extract_s, cs.extract_runs),
        ("lawrep --version", cs.version_s, cs.version_runs),
        ("python -c pass (floor)", cs.python_s, []),
    )
    label_w = max(len(label) for label, _, _ in rows)
    for label, med, runs in rows:
        detail = f"  (runs: {', '.join(fmt_s(t) for t in runs)})" if runs else ""
        print(f"  {label:<{label_w}}  {fmt_s(med):>9}{detail}")


def curve_alerts(run: Run) -> list[str]:
    """One line per curve that raised, stopped on the budget, or took a step above ``STEP_ALERT``."""
    alerts: list[str] = []
    for name, points in run.curves.points.items():
        failures = run.curves.failures[name]
        for size, why in failures.items():
            alerts.append(f"{name}: lawrep.extract raised at {size // KB} kB: {why}")
        if len(points) < len(run.sizes) and not failures:
            alerts.append(f"{name}: stopped at {points[-1][0] // KB} kB (budget {run.budget_s:.0f} s)")
        for (size, _), step in zip(points[1:], step_ratios(points), strict=True):
            if step > STEP_ALERT:
                alerts.append(f"{name}: step to {size // KB} kB took {step:.1f}x the previous size")
    return alerts


def print_curves(run: Run) -> None:
    sizes = run.sizes
    print(
        f"\nlinearity (issue 7): lawrep.extract time by input size (kB = {KB} bytes of UTF-8); "
        f"step = t(2n)/t(n), ≈2 is linear"
    )
    print("  " + f"{'input':<14}" + "".join(f"{s // KB:>9}k" for s in sizes) + "   slope  max step")
    for name, points in run.curves.points.items():
        cells = "".join(f"{fmt_s(t):>10}" for _, t in points) + " " * 10 * (len(sizes) - len(points))
        ratios = step_ratios(points)
        worst = max(ratios, default=math.nan)
        flag = "  <-- NON-LINEAR" if worst > STEP_ALERT else ""
        print(f"  {pad(name, 14)}{cells}   {slope(points):5.2f}  {worst:8.2f}{flag}")
        print(f"  {'  steps':<14}{'':>10}" + "".join(f"{r:>10.2f}" for r in ratios))
    alerts = curve_alerts(run)
    if alerts:
        print("  alerts:")
        for a in alerts:
            print(f"    - {a}")
    else:
        print(f"  no step above {STEP_ALERT:.0f}x")
    for name, (at, rows) in run.curves.profiles.items():
        print(f"\n  cProfile of {name} at {at // KB} kB (lawrep functions by time spent in them):")
        for row in rows:
            print(f"    {row}")


def print_noise(run: Run) -> None:
    cpus = os.cpu_count() or 1
    load1 = run.load_average_at_start
    print(f"\nnoise: CPU used by other processes during each section (load average at start {load1:.2f})")
    noisy = False
    for name, (wall, foreign) in run.noise.sections.items():
        if foreign is None:
            print(f"  {pad(name, 48)} n/a (no /proc/stat)")
            continue
        share = foreign / (wall * cpus) if wall > 0 else 0.0
        noisy = noisy or (share > 0.1 and wall > 1)
        print(f"  {pad(name, 48)} {foreign:7.1f} CPU-s over {fmt_s(wall):>9} = {share:4.0%} of the machine")
    if noisy:
        print("  WARNING: other processes competed for the CPUs; timings (especially --jobs 2) are pessimistic")
    if not run.machine["lawrep"].endswith(f"(source {run.source_after})"):
        print(f"  WARNING: lawrep's source changed during the run (now {run.source_after}); sections measured")
        print("           different code, and the CLI outputs may differ for that reason alone")


def print_report(run: Run) -> None:
    """The whole report, on stdout, in the order of the run."""
    print_header(run)
    print_corpus(run)
    print_floors(run)
    print_in_process(run)
    print_cli(run)
    print_cold_start(run)
    print_documents(run)
    print_curves(run)
    print_noise(run)
    print(f"\nbench wall {fmt_s(run.bench_wall_s)}, bench process peak RSS {run.bench_peak_rss_mb:.0f} MB")


def save_json(run: Run, path: Path) -> None:
    """Write every figure of the run to ``path`` (``--json``), and say so."""
    path.write_text(json.dumps(to_json(run), indent=2, ensure_ascii=False), encoding="utf-8")
    print(f"figures written to {path}")
