"""Timing and memory of lawrep on the corpus, and of the machine the figures were taken on.

Everything that runs lawrep for a figure (other than the size curve, see curve.py) is here:
the floors the extraction is compared with, in-process extraction, the CLI batch run under a
wrapper process so that its peak RSS can be read, and cold start. A figure means little
without its context, so the machine description, a fingerprint of lawrep's source and the CPU
that other processes took during each section (``Noise``) are measured here too.
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import regex
from common import FIXTURES, ROOT, log
from corpus import Corpus

import lawrep

BENCH_SCRIPT = Path(__file__).resolve().with_name("bench.py")  # re-run as the wrapper of a measured command
COLD_FIXTURE = os.path.relpath(FIXTURES / "huilai-2020.txt", ROOT)

# --------------------------------------------------------------------------------------------
# Warm-up, floors and in-process extraction


def warm_up() -> None:
    """Pay lawrep's one-time import costs before any timed section.

    ``lawrep`` imports its modules on first use: the first ``lawrep.load`` imports pydantic and
    the rule tables, the first ``lawrep.extract`` the rest of the pipeline (~0.15 s together).
    Timed, that overstated the read-and-decode floor (by about a third on 2,000 reports) and the
    first report of the in-process pass; so one fixture is loaded and extracted here, untimed.
    """
    text, info = lawrep.load(FIXTURES / "huilai-2020.txt")
    lawrep.extract(text, source=info)


def percentile(sorted_values: Sequence[float], q: float) -> float:
    """Nearest-rank percentile of already sorted values (q in 0..100)."""
    if not sorted_values:
        return math.nan
    rank = max(1, math.ceil(q / 100 * len(sorted_values)))
    return sorted_values[rank - 1]


@dataclass
class Floors:
    read_s: float
    load_s: float
    regex_s: float
    digit_runs: int
    chars: int


def measure_floors(files: list[Path]) -> tuple[Floors, list[tuple[str, lawrep.SourceInfo]]]:
    """Read bytes, ``lawrep.load`` (read + decode) and one ``\\d+`` pass, each over every file.

    Call ``warm_up`` first, or the load figure includes lawrep's imports.
    """
    # The plain read comes first, so the load pass (and every later one) sees a warm page cache.
    t0 = time.perf_counter()
    for f in files:
        f.read_bytes()
    read_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    loaded = [lawrep.load(f) for f in files]
    load_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    runs = 0
    for text, _ in loaded:
        runs += len(regex.findall(r"\d+", text))
    regex_s = time.perf_counter() - t0
    chars = sum(len(t) for t, _ in loaded)
    return Floors(read_s, load_s, regex_s, runs, chars), loaded


@dataclass
class InProcess:
    total_s: float
    reports_per_s: float
    mb_per_s: float
    p50_ms: float
    p99_ms: float
    max_ms: float
    max_file: str
    metrics: int
    quantities: int
    errors: dict[str, int]
    first_error: str


def _name(info: lawrep.SourceInfo) -> str:
    return Path(info.path or "?").name


def measure_in_process(loaded: list[tuple[str, lawrep.SourceInfo]], total_bytes: int) -> InProcess:
    """Time ``lawrep.extract`` per report; a report that raises is counted, and its time kept."""
    times: list[float] = []
    metrics = quantities = 0
    errors: Counter[str] = Counter()
    first_error = ""
    for text, info in loaded:
        t0 = time.perf_counter()
        try:
            report = lawrep.extract(text, source=info)
        except Exception as exc:
            times.append(time.perf_counter() - t0)
            errors[type(exc).__name__] += 1
            if not first_error:
                detail = " ".join(str(exc).split())[:200]
                first_error = f"{_name(info)}: {type(exc).__name__}: {detail}"
            continue
        times.append(time.perf_counter() - t0)
        metrics += len(report.metrics)
        quantities += len(report.quantities)
    total = sum(times)
    worst = max(range(len(times)), key=times.__getitem__)
    ordered = sorted(times)
    return InProcess(
        total_s=total,
        reports_per_s=len(times) / total,
        mb_per_s=total_bytes / 1e6 / total,
        p50_ms=percentile(ordered, 50) * 1e3,
        p99_ms=percentile(ordered, 99) * 1e3,
        max_ms=ordered[-1] * 1e3,
        max_file=_name(loaded[worst][1]),
        metrics=metrics,
        quantities=quantities,
        errors=dict(errors),
        first_error=first_error,
    )


# --------------------------------------------------------------------------------------------
# The CLI, measured in a fresh wrapper process


def lawrep_cmd() -> list[str]:
    exe = shutil.which("lawrep")
    return [exe] if exe else [sys.executable, "-m", "lawrep"]


def _parent_pids() -> dict[int, int]:
    """``{pid: parent pid}`` of every process visible in /proc."""
    parents: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", encoding="ascii", errors="replace") as fh:
                stat = fh.read()
        except OSError:
            continue
        parents[int(entry)] = int(stat.rpartition(")")[2].split()[1])
    return parents


def _tree_rss_kb(root: int) -> int:
    """Summed RSS (kB) of ``root`` and all its descendants, from /proc."""
    parents = _parent_pids()
    tree, frontier = {root}, [root]
    while frontier:
        pid = frontier.pop()
        for child, parent in parents.items():
            if parent == pid and child not in tree:
                tree.add(child)
                frontier.append(child)
    page_kb = os.sysconf("SC_PAGE_SIZE") // 1024
    total = 0
    for pid in tree:
        try:
            with open(f"/proc/{pid}/statm", encoding="ascii") as fh:
                total += int(fh.read().split()[1]) * page_kb
        except (OSError, IndexError, ValueError):
            continue
    return total


def measure_child_main(cmd: list[str]) -> None:
    """Wrapper mode: run ``cmd``, print wall time, exit code and child peak RSS as JSON."""
    stop = threading.Event()
    peak_tree = 0
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)

    def sample() -> None:
        nonlocal peak_tree
        while not stop.wait(0.2):
            peak_tree = max(peak_tree, _tree_rss_kb(proc.pid))

    sampler = threading.Thread(target=sample, daemon=True)
    if os.path.isdir("/proc"):
        sampler.start()
    _, err = proc.communicate()
    wall = time.perf_counter() - t0
    stop.set()
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    maxrss_kb = usage.ru_maxrss // 1024 if sys.platform == "darwin" else usage.ru_maxrss
    figures = {
        "wall_s": wall,
        "rc": proc.returncode,
        "child_maxrss_kb": maxrss_kb,
        "tree_peak_rss_kb": peak_tree,
        "user_s": usage.ru_utime,
        "sys_s": usage.ru_stime,
        "stderr_tail": err.decode("utf-8", "replace")[-2000:],
    }
    print(json.dumps(figures))


def run_measured(cmd: list[str]) -> dict[str, object]:
    """Run ``cmd`` under a fresh wrapper process so its RUSAGE_CHILDREN is this command's alone.

    The wrapper is ``bench.py --measure-child``, which calls ``measure_child_main``.
    """
    wrapper = [sys.executable, str(BENCH_SCRIPT), "--measure-child", json.dumps(cmd)]
    out = subprocess.run(wrapper, cwd=ROOT, check=True, capture_output=True, text=True).stdout
    result: dict[str, object] = json.loads(out)
    return result


@dataclass
class CliRun:
    jobs: int
    command: str
    wall_s: float
    reports_per_s: float
    mb_per_s: float
    cpu_s: float
    child_maxrss_mb: float
    tree_peak_rss_mb: float
    rc: int
    lines: int
    error_lines: int
    output_sha256: str
    stderr_tail: str
    line_digests: list[bytes] = field(default_factory=list, repr=False)


@dataclass
class _Output:
    lines: int = 0
    errors: int = 0
    sha256: str = ""
    line_digests: list[bytes] = field(default_factory=list)


def _read_output(out: Path) -> _Output:
    """Count, hash and delete a JSONL output (error records are lines starting ``{"error":``)."""
    result = _Output()
    digest = hashlib.sha256()
    if out.exists():
        with out.open("rb") as fh:
            for line in fh:
                result.lines += 1
                digest.update(line)
                result.line_digests.append(hashlib.blake2b(line, digest_size=16).digest())
                if line.startswith(b'{"error":'):
                    result.errors += 1
        out.unlink()
    result.sha256 = digest.hexdigest()
    return result


def measure_cli(corpus: Corpus, jobs: int, out_dir: Path) -> CliRun:
    """``lawrep extract <corpus> --format jsonl --jobs <jobs>``: wall time, CPU, peak RSS, output."""
    out = out_dir / f"out-jobs{jobs}.jsonl"
    rel = os.path.relpath(corpus.path, ROOT)
    cmd = [*lawrep_cmd(), "extract", rel, "--format", "jsonl", "-o", str(out), "--jobs", str(jobs), "--quiet"]
    res = run_measured(cmd)
    output = _read_output(out)
    wall = float(res["wall_s"])  # type: ignore[arg-type]
    n = len(corpus.files)
    return CliRun(
        jobs=jobs,
        command=" ".join(["lawrep", *cmd[len(lawrep_cmd()) :]]),
        wall_s=wall,
        reports_per_s=n / wall,
        mb_per_s=corpus.total_bytes / 1e6 / wall,
        cpu_s=float(res["user_s"]) + float(res["sys_s"]),  # type: ignore[arg-type]
        child_maxrss_mb=int(res["child_maxrss_kb"]) / 1024,  # type: ignore[call-overload]
        tree_peak_rss_mb=int(res["tree_peak_rss_kb"]) / 1024,  # type: ignore[call-overload]
        rc=int(res["rc"]),  # type: ignore[call-overload]
        lines=output.lines,
        error_lines=output.errors,
        output_sha256=output.sha256,
        stderr_tail=str(res["stderr_tail"]).strip(),
        line_digests=output.line_digests,
    )


def compare_outputs(corpus: Corpus, a: CliRun, b: CliRun) -> str:
    """'yes', or how many lines differ and the first report that does."""
    if a.output_sha256 == b.output_sha256:
        return "yes"
    differ = [i for i, (x, y) in enumerate(zip(a.line_digests, b.line_digests, strict=False)) if x != y]
    first = corpus.files[differ[0]].name if differ and differ[0] < len(corpus.files) else "?"
    return f"NO: {len(differ)} of {min(a.lines, b.lines)} lines differ (first: {first})"


# --------------------------------------------------------------------------------------------
# Cold start


def median_wall(cmd: list[str], runs: int = 5) -> tuple[float, list[float]]:
    times: list[float] = []
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
        times.append(time.perf_counter() - t0)
    return statistics.median(times), times


@dataclass
class ColdStart:
    extract_s: float
    extract_runs: list[float]
    version_s: float
    version_runs: list[float]
    python_s: float


def measure_cold_start() -> ColdStart:
    """Median wall times of ``lawrep extract <fixture>``, ``lawrep --version`` and ``python -c pass``."""
    extract_s, extract_runs = median_wall([*lawrep_cmd(), "extract", COLD_FIXTURE])
    version_s, version_runs = median_wall([*lawrep_cmd(), "--version"])
    python_s, _ = median_wall([sys.executable, "-c", "pass"])
    return ColdStart(extract_s, extract_runs, version_s, version_runs, python_s)


# --------------------------------------------------------------------------------------------
# Context: the machine, lawrep's source, and CPU used by other processes (the machine may be shared)


def source_fingerprint() -> str:
    """A hash of lawrep's installed source, to notice code that changes while the bench runs."""
    pkg = Path(lawrep.__file__).resolve().parent
    digest = hashlib.sha256()
    for f in sorted(pkg.rglob("*")):
        if f.is_file() and f.suffix in (".py", ".json"):
            digest.update(str(f.relative_to(pkg)).encode() + b"\0" + f.read_bytes())
    return digest.hexdigest()[:12]


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "?"


def machine() -> dict[str, str]:
    """Platform, CPU, Python, lawrep (with its source fingerprint) and regex versions."""
    try:
        usable = len(os.sched_getaffinity(0))
    except AttributeError:
        usable = os.cpu_count() or 1
    return {
        "platform": platform.platform(),
        "cpu": f"{_cpu_model()}; {os.cpu_count()} logical CPUs, {usable} usable",
        "python": f"{platform.python_implementation()} {platform.python_version()}",
        "lawrep": f"{lawrep.__version__} (source {source_fingerprint()})",
        "regex": str(getattr(regex, "__version__", "?")),
    }


def _machine_busy_s() -> float | None:
    """CPU seconds the whole machine has been busy (user+nice+system+irq+softirq), from /proc/stat."""
    try:
        fields = [int(x) for x in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    except (OSError, ValueError):
        return None
    return (fields[0] + fields[1] + fields[2] + fields[5] + fields[6]) / os.sysconf("SC_CLK_TCK")


def _own_cpu_s() -> float:
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


class Noise:
    """Per section: wall time, and CPU seconds spent by processes other than this bench and its children."""

    def __init__(self) -> None:
        self.sections: dict[str, tuple[float, float | None]] = {}

    @contextmanager
    def section(self, name: str) -> Iterator[None]:
        log(name)
        start = (time.perf_counter(), _machine_busy_s(), _own_cpu_s())
        yield
        wall = time.perf_counter() - start[0]
        busy = _machine_busy_s()
        foreign = None
        if busy is not None and start[1] is not None:
            foreign = max(0.0, (busy - start[1]) - (_own_cpu_s() - start[2]))
        self.sections[name] = (wall, foreign)
