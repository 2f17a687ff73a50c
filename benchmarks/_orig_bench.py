"""End-to-end benchmark of lawrep: corpus, floors, in-process, CLI batch, cold start, linearity.

    python benchmarks/bench.py                 # 10 000 reports, full scaling curve
    python benchmarks/bench.py --quick         # 1 000 reports, curve up to 800 kB
    python benchmarks/bench.py --reports 2000 --profile --json /tmp/bench.json

Standard library plus lawrep (and ``regex``, which lawrep depends on). The corpus is written to
``benchmarks/corpus/n<N>/`` (gitignored) and reused when it is already complete. See README.md.
"""

from __future__ import annotations

import argparse
import cProfile
import hashlib
import itertools
import json
import math
import os
import platform
import pstats
import random
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path

import regex

import lawrep

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures" / "reports"
CORPUS_ROOT = ROOT / "benchmarks" / "corpus"
CORPUS_VERSION = 2
KB = 1000
CURVE_SIZES_KB = (100, 200, 400, 800, 1600, 3200)
QUICK_CURVE_SIZES_KB = (100, 200, 400, 800)
STEP_ALERT = 3.0  # a doubling of the input should roughly double the time; flag steps above this
# Encoding mix of the corpus: cumulative thresholds on a uniform draw.
ENCODINGS: tuple[tuple[float, str], ...] = (
    (0.70, "utf-8"),
    (0.90, "gb18030"),
    (0.95, "utf-8-sig"),
    (1.00, "utf-16"),
)


def log(msg: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


# --------------------------------------------------------------------------------------------
# 1. Corpus


def _fixture_texts() -> list[tuple[str, str]]:
    files = sorted(FIXTURES.glob("*.txt"))
    if not files:
        raise SystemExit(f"bench: no fixtures in {FIXTURES}")
    return [(f.stem, f.read_text(encoding="utf-8")) for f in files]


_DIGITS = re.compile(r"[0-9]+|[０-９]+")


def vary_numbers(text: str, rng: random.Random) -> str:
    """Replace every digit run (ASCII or full-width) by random digits of the same length and width.

    Runs that are years (1900-2099) become another year, 2000-2029, so that reports keep a
    plausible year and signing date instead of 5073年.
    """

    def repl(m: re.Match[str]) -> str:
        run = m.group()
        base = ord("0") if run[0] <= "9" else ord("０")
        value = "".join(chr(ord("0") + ord(c) - base) for c in run)
        if len(run) == 4 and 1900 <= int(value) <= 2099:
            return "".join(chr(base + int(d)) for d in str(rng.randint(2000, 2029)))
        digits = [rng.randrange(10) for _ in run]
        if len(digits) > 1 and digits[0] == 0:
            digits[0] = rng.randrange(1, 10)  # keep it looking like a number, not a code
        return "".join(chr(base + d) for d in digits)

    return _DIGITS.sub(repl, text)


def vary_length(text: str, rng: random.Random) -> str:
    """Drop some paragraphs and repeat others; the first paragraph is always kept."""
    lines = text.split("\n")
    drop_p, repeat_p = rng.uniform(0.0, 0.3), rng.uniform(0.0, 0.4)
    out = lines[:1]
    for line in lines[1:]:
        r = rng.random()
        if r < drop_p:
            continue
        out.extend([line] * (1 + rng.randint(1, 3) if r < drop_p + repeat_p else 1))
    return "\n".join(out)


def pick_encoding(rng: random.Random) -> str:
    r = rng.random()
    return next(codec for bound, codec in ENCODINGS if r < bound)


@dataclass
class Corpus:
    path: Path
    files: list[Path]
    built: bool
    build_s: float
    total_bytes: int
    encodings: dict[str, int]
    sizes: list[int] = field(repr=False)


def _corpus_key(n: int, seed: int, fixtures: list[tuple[str, str]]) -> dict[str, object]:
    digest = hashlib.sha256()
    for name, text in fixtures:
        digest.update(name.encode() + b"\0" + text.encode("utf-8") + b"\0")
    return {"version": CORPUS_VERSION, "count": n, "seed": seed, "fixtures_sha256": digest.hexdigest()}


def build_corpus(n: int, seed: int) -> Corpus:
    """Write (or reuse) ``n`` varied reports under ``benchmarks/corpus/n<n>/``."""
    fixtures = _fixture_texts()
    path = CORPUS_ROOT / f"n{n}"
    manifest = path / "MANIFEST.json"
    key = _corpus_key(n, seed, fixtures)
    started = time.perf_counter()
    existing = sorted(path.glob("*.txt")) if path.is_dir() else []
    if manifest.is_file() and len(existing) == n:
        meta = json.loads(manifest.read_text(encoding="utf-8"))
        if meta.get("key") == key:
            log(f"reusing corpus {path} ({n} files)")
            old_sizes = [p.stat().st_size for p in existing]
            return Corpus(
                path,
                existing,
                False,
                time.perf_counter() - started,
                sum(old_sizes),
                dict(meta["encodings"]),
                old_sizes,
            )
    log(f"building corpus {path} ({n} files, seed {seed})")
    path.mkdir(parents=True, exist_ok=True)
    manifest.unlink(missing_ok=True)
    for old in existing:
        old.unlink()
    rng = random.Random(seed)
    width = max(5, len(str(n - 1)))
    files: list[Path] = []
    sizes: list[int] = []
    encodings: Counter[str] = Counter()
    for i in range(n):
        name, text = fixtures[rng.randrange(len(fixtures))]
        text = vary_numbers(vary_length(text, rng), rng)
        codec = pick_encoding(rng)
        raw = text.encode(codec)
        f = path / f"r{i:0{width}d}-{name}.txt"
        f.write_bytes(raw)
        files.append(f)
        sizes.append(len(raw))
        encodings[codec] += 1
    manifest.write_text(json.dumps({"key": key, "encodings": dict(encodings)}, indent=2), encoding="utf-8")
    return Corpus(path, files, True, time.perf_counter() - started, sum(sizes), dict(encodings), sizes)


# --------------------------------------------------------------------------------------------
# 2-3. Floors and in-process extraction


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
    # An untimed pass first, so every timed pass sees the same (warm) page cache.
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
                first_error = f"{Path(info.path or '?').name}: {type(exc).__name__}: {detail}"
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
        max_file=Path(loaded[worst][1].path or "?").name,
        metrics=metrics,
        quantities=quantities,
        errors=dict(errors),
        first_error=first_error,
    )


# --------------------------------------------------------------------------------------------
# 4-5. The CLI, measured in a fresh wrapper process


def lawrep_cmd() -> list[str]:
    exe = shutil.which("lawrep")
    return [exe] if exe else [sys.executable, "-m", "lawrep"]


def _tree_rss_kb(root: int) -> int:
    """Summed RSS (kB) of ``root`` and all its descendants, from /proc."""
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
    print(
        json.dumps(
            {
                "wall_s": wall,
                "rc": proc.returncode,
                "child_maxrss_kb": maxrss_kb,
                "tree_peak_rss_kb": peak_tree,
                "user_s": usage.ru_utime,
                "sys_s": usage.ru_stime,
                "stderr_tail": err.decode("utf-8", "replace")[-2000:],
            }
        )
    )


def run_measured(cmd: list[str]) -> dict[str, object]:
    """Run ``cmd`` under a fresh wrapper process so its RUSAGE_CHILDREN is this command's alone."""
    wrapper = [sys.executable, str(Path(__file__).resolve()), "--measure-child", json.dumps(cmd)]
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


def measure_cli(corpus: Corpus, jobs: int, out_dir: Path) -> CliRun:
    out = out_dir / f"out-jobs{jobs}.jsonl"
    rel = os.path.relpath(corpus.path, ROOT)
    cmd = [*lawrep_cmd(), "extract", rel, "--format", "jsonl", "-o", str(out), "--jobs", str(jobs), "--quiet"]
    res = run_measured(cmd)
    lines = errors = 0
    digest = hashlib.sha256()
    line_digests: list[bytes] = []
    if out.exists():
        with out.open("rb") as fh:
            for line in fh:
                lines += 1
                digest.update(line)
                line_digests.append(hashlib.blake2b(line, digest_size=16).digest())
                if line.startswith(b'{"error":'):
                    errors += 1
        out.unlink()
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
        lines=lines,
        error_lines=errors,
        output_sha256=digest.hexdigest(),
        stderr_tail=str(res["stderr_tail"]).strip(),
        line_digests=line_digests,
    )


def compare_outputs(corpus: Corpus, a: CliRun, b: CliRun) -> str:
    """'yes', or how many lines differ and the first report that does."""
    if a.output_sha256 == b.output_sha256:
        return "yes"
    differ = [i for i, (x, y) in enumerate(zip(a.line_digests, b.line_digests, strict=False)) if x != y]
    first = corpus.files[differ[0]].name if differ and differ[0] < len(corpus.files) else "?"
    return f"NO: {len(differ)} of {min(a.lines, b.lines)} lines differ (first: {first})"


def median_wall(cmd: list[str], runs: int = 5) -> tuple[float, list[float]]:
    times: list[float] = []
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
        times.append(time.perf_counter() - t0)
    return statistics.median(times), times


# --------------------------------------------------------------------------------------------
# 6. Linearity (issue 7)


def fill(unit: str, n_bytes: int) -> str:
    """``unit`` repeated to ``n_bytes`` bytes of UTF-8 (cut at a character boundary)."""
    reps = n_bytes // max(1, len(unit.encode("utf-8"))) + 1
    return (unit * reps).encode("utf-8")[:n_bytes].decode("utf-8", "ignore")


def report_like(n_bytes: int) -> str:
    """The fixtures concatenated (as one long report) to ``n_bytes`` bytes of UTF-8."""
    return fill("\n".join(text for _, text in _fixture_texts()) + "\n", n_bytes)


def one_line(n_bytes: int) -> str:
    """Report-like text with every newline removed: a single line."""
    return fill("".join(text.replace("\n", "") for _, text in _fixture_texts()), n_bytes)


def curve_inputs() -> dict[str, Callable[[int], str]]:
    def unit(u: str) -> Callable[[int], str]:
        return lambda n: fill(u, n)

    inputs: dict[str, Callable[[int], str]] = {"report-like": report_like, "single line": one_line}
    for u in ("一", "(", "1.", "万", "1", "第一", "（一）"):
        inputs[f"{u!r} * n"] = unit(u)
    return inputs


def scaling_curve(
    make_text: Callable[[int], str],
    sizes: Sequence[int],
    *,
    repeat: int = 1,
    budget_s: float | None = None,
    failures: dict[int, str] | None = None,
) -> list[tuple[int, float]]:
    """Time ``lawrep.extract`` on ``make_text(size)`` for each size: ``[(size, seconds), ...]``.

    Text building is not timed. Each size runs up to ``repeat`` times (stopping once 0.5 s has
    been spent on it) and the fastest run is kept, which filters out noise from other processes.
    With ``budget_s``, the curve stops early when the next size, assumed to take 4x the last one
    (quadratic), would exceed the budget; the list is then shorter. An exception from
    ``lawrep.extract`` propagates, unless ``failures`` is given: then it is recorded there as
    ``{size: "Type: message (after N s)"}`` and the curve stops.
    """
    points: list[tuple[int, float]] = []
    for size in sizes:
        if budget_s is not None and points and points[-1][1] * 4 > budget_s:
            break
        text = make_text(size)
        best = math.inf
        spent = 0.0
        for _ in range(max(1, repeat)):
            t0 = time.perf_counter()
            try:
                lawrep.extract(text)
            except Exception as exc:
                if failures is None:
                    raise
                failures[size] = f"{type(exc).__name__}: {exc} (after {time.perf_counter() - t0:.2f} s)"
                return points
            took = time.perf_counter() - t0
            best, spent = min(best, took), spent + took
            if spent >= 0.5:
                break
        points.append((size, best))
    return points


def step_ratios(points: Sequence[tuple[int, float]]) -> list[float]:
    return [b[1] / a[1] if a[1] > 0 else math.inf for a, b in itertools.pairwise(points)]


def slope(points: Sequence[tuple[int, float]]) -> float:
    """Fitted exponent k of time ∝ size^k between the first and last point (1 = linear)."""
    if len(points) < 2 or points[0][1] <= 0:
        return math.nan
    (s0, t0), (s1, t1) = points[0], points[-1]
    return math.log(t1 / t0) / math.log(s1 / s0)


def profile_top(text: str, limit: int = 8) -> list[str]:
    """cProfile one extraction and rank lawrep's functions by the time spent *in* them.

    A function's "self+lib" time is its own time plus the time of the non-lawrep code it calls
    directly (``regex`` methods, builtins, pydantic), so a slow pattern is charged to the lawrep
    function that runs it; "cum" is the usual cumulative time.
    """
    prof = cProfile.Profile()
    raised = ""
    prof.enable()
    try:
        lawrep.extract(text)
    except Exception as exc:  # profile what ran until then (a regex timeout, say)
        raised = f"(extract raised {type(exc).__name__}: {exc}; the profile covers the run until then)"
    finally:
        prof.disable()
    Func = tuple[str, int, str]
    raw: dict[Func, tuple[int, int, float, float, dict[Func, tuple[int, int, float, float]]]]
    raw = pstats.Stats(prof).stats  # type: ignore[attr-defined]

    def ours(func: Func) -> bool:
        return f"{os.sep}lawrep{os.sep}" in func[0]

    charged: dict[Func, float] = defaultdict(float)
    for func, (_cc, _nc, tottime, _ct, callers) in raw.items():
        if ours(func):
            charged[func] += tottime
        else:
            for caller, (_c, _n, _t, cumtime) in callers.items():
                if ours(caller):
                    charged[caller] += cumtime
    total = sum(v[2] for v in raw.values())
    rows = []
    for func, spent in sorted(charged.items(), key=lambda kv: -kv[1])[:limit]:
        name = f"{Path(func[0]).name}:{func[1]}({func[2]})"
        rows.append(f"{spent:7.3f}s self+lib {raw[func][3]:7.3f}s cum {raw[func][1]:>8} calls  {name}")
    return [*([raised] if raised else []), f"total {total:.3f}s", *rows]


def profile_largest(name: str, make: Callable[[int], str], sizes: Sequence[int]) -> tuple[int, list[str]]:
    """Profile the largest size of a curve."""
    if not sizes:
        return 0, []
    size = max(sizes)
    log(f"profiling {name} at {size // KB} kB")
    return size, profile_top(make(size))


def source_fingerprint() -> str:
    """A hash of lawrep's installed source, to notice code that changes while the bench runs."""
    pkg = Path(lawrep.__file__).resolve().parent
    digest = hashlib.sha256()
    for f in sorted(pkg.rglob("*")):
        if f.is_file() and f.suffix in (".py", ".json"):
            digest.update(str(f.relative_to(pkg)).encode() + b"\0" + f.read_bytes())
    return digest.hexdigest()[:12]


# --------------------------------------------------------------------------------------------
# Noise: CPU used by other processes while a section ran (the machine may be shared)


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


# --------------------------------------------------------------------------------------------
# 7. Report


def machine() -> dict[str, str]:
    cpu_model = platform.processor() or "?"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu_model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        usable = len(os.sched_getaffinity(0))
    except AttributeError:
        usable = os.cpu_count() or 1
    return {
        "platform": platform.platform(),
        "cpu": f"{cpu_model}; {os.cpu_count()} logical CPUs, {usable} usable",
        "python": f"{platform.python_implementation()} {platform.python_version()}",
        "lawrep": f"{lawrep.__version__} (source {source_fingerprint()})",
        "regex": str(getattr(regex, "__version__", "?")),
    }


def pad(text: str, width: int) -> str:
    """Left-justify ``text`` to ``width`` terminal columns (CJK characters take two)."""
    cols = sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)
    return text + " " * max(0, width - cols)


def fmt_s(seconds: float) -> str:
    if seconds < 1e-3:
        return f"{seconds * 1e6:.0f} µs"
    if seconds < 1:
        return f"{seconds * 1e3:.1f} ms"
    return f"{seconds:.2f} s"


def main(argv: Sequence[str] | None = None) -> int:
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
    if args.measure_child is not None:
        measure_child_main(json.loads(args.measure_child))
        return 0

    n = args.reports or (1000 if args.quick else 10000)
    if n < 2:
        parser.error("--reports must be at least 2")
    sizes = [s * KB for s in (QUICK_CURVE_SIZES_KB if args.quick else CURVE_SIZES_KB)]
    started = time.perf_counter()
    results: dict[str, object] = {"machine": machine(), "command": " ".join(["python", *sys.argv])}

    noise = Noise()
    load1 = os.getloadavg()[0] if hasattr(os, "getloadavg") else math.nan
    with noise.section("corpus"):
        corpus = build_corpus(n, args.seed)
    mb = corpus.total_bytes / 1e6
    results["corpus"] = {
        "path": str(corpus.path),
        "reports": n,
        "bytes": corpus.total_bytes,
        "built": corpus.built,
        "build_s": corpus.build_s,
        "encodings": corpus.encodings,
    }

    with noise.section("floors: read + lawrep.load, regex digit pass"):
        floors, loaded = measure_floors(corpus.files)
    results["floors"] = asdict(floors)

    with noise.section("in-process extraction (1 worker)"):
        inproc = measure_in_process(loaded, corpus.total_bytes)
    results["in_process"] = asdict(inproc)
    del loaded

    cli_runs: list[CliRun] = []
    with tempfile.TemporaryDirectory(prefix="lawrep-bench-") as tmp:
        for jobs in (1, 2):
            with noise.section(f"CLI batch --jobs {jobs}"):
                cli_runs.append(measure_cli(corpus, jobs, Path(tmp)))
    results["cli"] = [{k: v for k, v in asdict(r).items() if k != "line_digests"} for r in cli_runs]
    same = compare_outputs(corpus, *cli_runs)
    results["cli_outputs_identical"] = same

    fixture = os.path.relpath(FIXTURES / "huilai-2020.txt", ROOT)
    with noise.section("cold start"):
        cold_extract, cold_extract_all = median_wall([*lawrep_cmd(), "extract", fixture])
        cold_version, cold_version_all = median_wall([*lawrep_cmd(), "--version"])
        cold_python, _ = median_wall([sys.executable, "-c", "pass"])
    results["cold_start"] = {
        "extract_s": cold_extract,
        "extract_runs": cold_extract_all,
        "version_s": cold_version,
        "version_runs": cold_version_all,
        "python_s": cold_python,
    }

    curves: dict[str, list[tuple[int, float]]] = {}
    failures: dict[str, dict[int, str]] = {}
    profiles: dict[str, tuple[int, list[str]]] = {}
    for name, make in curve_inputs().items():
        failures[name] = {}
        with noise.section(f"scaling curve: {name}"):
            curves[name] = scaling_curve(make, sizes, repeat=5, budget_s=args.budget, failures=failures[name])
        ratios = step_ratios(curves[name])
        if args.profile and (any(r > STEP_ALERT for r in ratios) or failures[name]):
            profiles[name] = profile_largest(name, make, [s for s, _ in curves[name]])
    results["curves"] = {k: v for k, v in curves.items()}
    results["curve_failures"] = {k: v for k, v in failures.items() if v}
    results["profiles"] = profiles
    results["load_average_at_start"] = load1
    results["noise"] = {k: {"wall_s": w, "foreign_cpu_s": f} for k, (w, f) in noise.sections.items()}
    source_after = source_fingerprint()
    bench_wall = time.perf_counter() - started
    bench_rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    results["bench_wall_s"], results["bench_peak_rss_mb"] = bench_wall, bench_rss_mb

    # ---------------------------------------------------------------- print
    m = results["machine"]
    assert isinstance(m, dict)
    p = print
    p("lawrep benchmark")
    p(f"  command   {results['command']}")
    for k in ("platform", "cpu", "python", "lawrep", "regex"):
        p(f"  {k:<9} {m[k]}")
    enc = ", ".join(f"{c} {v}" for c, v in sorted(corpus.encodings.items(), key=lambda kv: -kv[1]))
    sz = sorted(corpus.sizes)
    how = "built" if corpus.built else "reused"
    p(f"\ncorpus      {n} reports at {corpus.path.relative_to(ROOT)} ({how} in {fmt_s(corpus.build_s)})")
    p(f"  total     {mb:.1f} MB on disk, {floors.chars / 1e6:.1f} M characters decoded")
    p(f"  encodings {enc}")
    lo, mid, hi = sz[0] / 1e3, sz[len(sz) // 2] / 1e3, sz[-1] / 1e3
    p(f"  sizes     min {lo:.1f} kB, median {mid:.1f} kB, max {hi:.1f} kB")

    p("\nfloors (whole corpus, warm page cache)")
    p(f"  read bytes            {fmt_s(floors.read_s):>10}")
    p(
        f"  read+decode (load)    {fmt_s(floors.load_s):>10}  {n / floors.load_s:8.0f} reports/s  "
        f"{mb / floors.load_s:7.1f} MB/s"
    )
    p(
        f"  regex \\d+ pass        {fmt_s(floors.regex_s):>10}  {n / floors.regex_s:8.0f} reports/s  "
        f"{mb / floors.regex_s:7.1f} MB/s  ({floors.digit_runs} digit runs)"
    )

    p("\nin-process lawrep.extract, 1 worker (decoded text in memory)")
    p(
        f"  total                 {fmt_s(inproc.total_s):>10}  {inproc.reports_per_s:8.1f} reports/s  "
        f"{inproc.mb_per_s:7.2f} MB/s"
    )
    p(
        f"  per report            p50 {inproc.p50_ms:.2f} ms, p99 {inproc.p99_ms:.2f} ms, "
        f"max {inproc.max_ms:.2f} ms ({inproc.max_file})"
    )
    p(f"  found                 {inproc.quantities} quantities, {inproc.metrics} metrics")
    if inproc.errors:
        p(f"  RAISED                {sum(inproc.errors.values())} reports: {inproc.errors}")
        p(f"    first: {inproc.first_error}")
    p(
        f"  ratio to floors       {inproc.total_s / floors.load_s:.1f}x load, "
        f"{inproc.total_s / floors.regex_s:.0f}x regex pass"
    )

    p(
        "\nCLI batch (wall time of the command; RSS = peak of the largest single process via "
        "RUSAGE_CHILDREN,\n           tree = peak summed RSS of CLI + workers sampled from /proc every 0.2 s)"
    )
    for r in cli_runs:
        ok = (
            "ok"
            if r.rc == 0 and r.lines == n and r.error_lines == 0
            else (f"rc {r.rc}, {r.lines} lines, {r.error_lines} errors")
        )
        p(f"  $ {r.command}")
        p(
            f"    jobs {r.jobs}: {fmt_s(r.wall_s):>9}  {r.reports_per_s:7.1f} reports/s  "
            f"{r.mb_per_s:6.2f} MB/s  cpu {fmt_s(r.cpu_s)}  RSS {r.child_maxrss_mb:.0f} MB  "
            f"tree {r.tree_peak_rss_mb:.0f} MB  [{ok}]"
        )
        if r.stderr_tail:
            p(f"    stderr: {r.stderr_tail[-300:]}")
    j1, j2 = cli_runs
    p(f"  speed-up jobs 2 / jobs 1      {j1.wall_s / j2.wall_s:.2f}x")
    p(
        f"  jobs 1 vs in-process          {j1.wall_s / inproc.total_s:.2f}x the in-process extract time "
        f"(load + JSON + writing + start-up)"
    )
    p(
        f"  jobs 1 ratio to floors        {j1.wall_s / floors.load_s:.1f}x load, "
        f"{j1.wall_s / floors.regex_s:.0f}x regex pass"
    )
    p(f"  outputs identical (j1 == j2)  {same}")

    p("\ncold start (median of 5, wall)")
    cold_rows: tuple[tuple[str, float, list[float]], ...] = (
        (f"lawrep extract {fixture} > /dev/null", cold_extract, cold_extract_all),
        ("lawrep --version", cold_version, cold_version_all),
        ("python -c pass (floor)", cold_python, []),
    )
    label_w = max(len(label) for label, _, _ in cold_rows)
    for label, med, runs in cold_rows:
        detail = f"  (runs: {', '.join(fmt_s(t) for t in runs)})" if runs else ""
        p(f"  {label:<{label_w}}  {fmt_s(med):>9}{detail}")

    p(
        f"\nlinearity (issue 7): lawrep.extract time by input size (kB = {KB} bytes of UTF-8); "
        f"step = t(2n)/t(n), ≈2 is linear"
    )
    header = "  " + f"{'input':<14}" + "".join(f"{s // KB:>9}k" for s in sizes) + "   slope  max step"
    p(header)
    alerts: list[str] = []
    for name, points in curves.items():
        cells = "".join(f"{fmt_s(t):>10}" for _, t in points) + " " * 10 * (len(sizes) - len(points))
        ratios = step_ratios(points)
        worst = max(ratios, default=math.nan)
        flag = "  <-- NON-LINEAR" if worst > STEP_ALERT else ""
        p(f"  {pad(name, 14)}{cells}   {slope(points):5.2f}  {worst:8.2f}{flag}")
        p(f"  {'  steps':<14}{'':>10}" + "".join(f"{r:>10.2f}" for r in ratios))
        for size, why in failures[name].items():
            alerts.append(f"{name}: lawrep.extract raised at {size // KB} kB: {why}")
        if len(points) < len(sizes) and not failures[name]:
            alerts.append(f"{name}: stopped at {points[-1][0] // KB} kB (budget {args.budget:.0f} s)")
        for (size, _), step in zip(points[1:], ratios, strict=True):
            if step > STEP_ALERT:
                alerts.append(f"{name}: step to {size // KB} kB took {step:.1f}x the previous size")
    if alerts:
        p("  alerts:")
        for a in alerts:
            p(f"    - {a}")
    else:
        p(f"  no step above {STEP_ALERT:.0f}x")
    for name, (at, rows) in profiles.items():
        at_kb = at // KB
        p(f"\n  cProfile of {name} at {at_kb} kB (lawrep functions by time spent in them):")
        for row in rows:
            p(f"    {row}")

    cpus = os.cpu_count() or 1
    p(f"\nnoise: CPU used by other processes during each section (load average at start {load1:.2f})")
    noisy = False
    for name, (wall, foreign) in noise.sections.items():
        if foreign is None:
            p(f"  {pad(name, 48)} n/a (no /proc/stat)")
            continue
        share = foreign / (wall * cpus) if wall > 0 else 0.0
        noisy = noisy or (share > 0.1 and wall > 1)
        p(f"  {pad(name, 48)} {foreign:7.1f} CPU-s over {fmt_s(wall):>9} = {share:4.0%} of the machine")
    if noisy:
        p("  WARNING: other processes competed for the CPUs; timings (especially --jobs 2) are pessimistic")
    if not str(m["lawrep"]).endswith(f"(source {source_after})"):
        p(f"  WARNING: lawrep's source changed during the run (now {source_after}); sections measured")
        p("           different code, and the CLI outputs may differ for that reason alone")

    p(f"\nbench wall {fmt_s(bench_wall)}, bench process peak RSS {bench_rss_mb:.0f} MB")
    if args.json:
        args.json.write_text(json.dumps(results, indent=2, ensure_ascii=False), encoding="utf-8")
        p(f"figures written to {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
