"""The size curve (issue 7): does ``lawrep.extract`` stay linear in the size of its input?

A report is ~5,000 characters, so a pattern that backtracks quadratically is invisible in the
corpus figures and only shows on a large or pathological input. The curve times extraction on
inputs of doubling size (report-like text, the same on one line, and short units repeated);
each step should take about 2x the previous one. A curve that does not can be profiled at its
largest size to find the lawrep function responsible.

``fill``, ``report_like``, ``one_line``, ``curve_inputs`` and ``scaling_curve`` need no corpus
and can be imported by a test (see README.md).
"""

from __future__ import annotations

import cProfile
import itertools
import math
import os
import pstats
import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from common import KB, log
from corpus import fixture_texts
from measure import Noise

import lawrep

CURVE_SIZES_KB = (100, 200, 400, 800, 1600, 3200)
QUICK_CURVE_SIZES_KB = (100, 200, 400, 800)
STEP_ALERT = 3.0  # a doubling of the input should roughly double the time; flag steps above this

Points = list[tuple[int, float]]
_Func = tuple[str, int, str]  # (file, line, function), as pstats keys them
# pstats' raw table: func -> (primitive calls, calls, own time, cumulative time, {caller: same figures})
_Stats = dict[_Func, tuple[int, int, float, float, dict[_Func, tuple[int, int, float, float]]]]


def fill(unit: str, n_bytes: int) -> str:
    """``unit`` repeated to ``n_bytes`` bytes of UTF-8 (cut at a character boundary)."""
    reps = n_bytes // max(1, len(unit.encode("utf-8"))) + 1
    return (unit * reps).encode("utf-8")[:n_bytes].decode("utf-8", "ignore")


def report_like(n_bytes: int) -> str:
    """The fixtures concatenated (as one long report) to ``n_bytes`` bytes of UTF-8."""
    return fill("\n".join(text for _, text in fixture_texts()) + "\n", n_bytes)


def one_line(n_bytes: int) -> str:
    """Report-like text with every newline removed: a single line."""
    return fill("".join(text.replace("\n", "") for _, text in fixture_texts()), n_bytes)


def curve_inputs() -> dict[str, Callable[[int], str]]:
    """Every curve the bench draws, by name: ``{name: make_text(n_bytes)}``."""

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
) -> Points:
    """Time ``lawrep.extract`` on ``make_text(size)`` for each size: ``[(size, seconds), ...]``.

    Text building is not timed. Each size runs up to ``repeat`` times (stopping once 0.5 s has
    been spent on it) and the fastest run is kept, which filters out noise from other processes.
    With ``budget_s``, the curve stops early when the next size, assumed to take 4x the last one
    (quadratic), would exceed the budget; the list is then shorter. An exception from
    ``lawrep.extract`` propagates, unless ``failures`` is given: then it is recorded there as
    ``{size: "Type: message (after N s)"}`` and the curve stops.
    """
    points: Points = []
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
    """``t(2n) / t(n)`` for each step of a curve (≈2 is linear)."""
    return [b[1] / a[1] if a[1] > 0 else math.inf for a, b in itertools.pairwise(points)]


def slope(points: Sequence[tuple[int, float]]) -> float:
    """Fitted exponent k of time ∝ size^k between the first and last point (1 = linear)."""
    if len(points) < 2 or points[0][1] <= 0:
        return math.nan
    (s0, t0), (s1, t1) = points[0], points[-1]
    return math.log(t1 / t0) / math.log(s1 / s0)


def _charge(raw: _Stats) -> dict[_Func, float]:
    """Time per lawrep function: its own, plus the cumulative time of non-lawrep code it calls directly."""

    def ours(func: _Func) -> bool:
        return f"{os.sep}lawrep{os.sep}" in func[0]

    charged: dict[_Func, float] = defaultdict(float)
    for func, (_cc, _nc, tottime, _ct, callers) in raw.items():
        if ours(func):
            charged[func] += tottime
        else:
            for caller, (_c, _n, _t, cumtime) in callers.items():
                if ours(caller):
                    charged[caller] += cumtime
    return charged


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
    raw: _Stats = pstats.Stats(prof).stats  # type: ignore[attr-defined]
    total = sum(v[2] for v in raw.values())
    rows = []
    for func, spent in sorted(_charge(raw).items(), key=lambda kv: -kv[1])[:limit]:
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


@dataclass
class Curves:
    """Every curve of a run: its points, the sizes at which extract raised, and the profiles taken."""

    points: dict[str, Points] = field(default_factory=dict)
    failures: dict[str, dict[int, str]] = field(default_factory=dict)
    profiles: dict[str, tuple[int, list[str]]] = field(default_factory=dict)


def run_curves(sizes: Sequence[int], budget_s: float, profile: bool, noise: Noise) -> Curves:
    """Draw every curve of ``curve_inputs``, each in its own noise section.

    With ``profile``, a curve with a step above ``STEP_ALERT`` (or that raised) is profiled at its
    largest completed size.
    """
    curves = Curves()
    for name, make in curve_inputs().items():
        failures = curves.failures[name] = {}
        with noise.section(f"scaling curve: {name}"):
            points = curves.points[name] = scaling_curve(make, sizes, repeat=5, budget_s=budget_s, failures=failures)
        if profile and (any(r > STEP_ALERT for r in step_ratios(points)) or failures):
            curves.profiles[name] = profile_largest(name, make, [s for s, _ in points])
    return curves
