"""The generated corpus: thousands of plausible reports made from the few real fixtures.

Five fixtures are too few to time a batch, so each generated report is a fixture with its
digits randomised, some paragraphs dropped or repeated, and one of the encodings real reports
arrive in. Building is deterministic for a seed, and a corpus whose ``MANIFEST.json`` matches
(count, seed, fixture hashes) is reused instead of rewritten.
"""

from __future__ import annotations

import hashlib
import json
import random
import re
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from common import FIXTURES, ROOT, log

CORPUS_ROOT = ROOT / "benchmarks" / "corpus"
CORPUS_VERSION = 2
# Encoding mix of the corpus: cumulative thresholds on a uniform draw.
ENCODINGS: tuple[tuple[float, str], ...] = (
    (0.70, "utf-8"),
    (0.90, "gb18030"),
    (0.95, "utf-8-sig"),
    (1.00, "utf-16"),
)

_DIGITS = re.compile(r"[0-9]+|[０-９]+")


def fixture_texts() -> list[tuple[str, str]]:
    """``(stem, text)`` of every ``fixtures/reports/*.txt``, sorted by name."""
    files = sorted(FIXTURES.glob("*.txt"))
    if not files:
        raise SystemExit(f"bench: no fixtures in {FIXTURES}")
    return [(f.stem, f.read_text(encoding="utf-8")) for f in files]


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
    """One codec drawn from the ``ENCODINGS`` mix."""
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


def manifest_key(n: int, seed: int, fixtures: list[tuple[str, str]]) -> dict[str, object]:
    """What a corpus was built from; a corpus is reused only when its manifest holds the same key."""
    digest = hashlib.sha256()
    for name, text in fixtures:
        digest.update(name.encode() + b"\0" + text.encode("utf-8") + b"\0")
    return {"version": CORPUS_VERSION, "count": n, "seed": seed, "fixtures_sha256": digest.hexdigest()}


def _reuse(path: Path, existing: list[Path], key: dict[str, object], started: float) -> Corpus | None:
    """The corpus already at ``path`` when it is complete and its manifest matches ``key``."""
    manifest = path / "MANIFEST.json"
    if not manifest.is_file() or len(existing) != key["count"]:
        return None
    meta = json.loads(manifest.read_text(encoding="utf-8"))
    if meta.get("key") != key:
        return None
    log(f"reusing corpus {path} ({len(existing)} files)")
    sizes = [p.stat().st_size for p in existing]
    return Corpus(path, existing, False, time.perf_counter() - started, sum(sizes), dict(meta["encodings"]), sizes)


def _write(
    path: Path, n: int, seed: int, fixtures: list[tuple[str, str]]
) -> tuple[list[Path], list[int], Counter[str]]:
    """Write ``n`` varied reports into the (empty) directory ``path``."""
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
    return files, sizes, encodings


def build_corpus(n: int, seed: int) -> Corpus:
    """Write (or reuse) ``n`` varied reports under ``benchmarks/corpus/n<n>/``."""
    fixtures = fixture_texts()
    path = CORPUS_ROOT / f"n{n}"
    key = manifest_key(n, seed, fixtures)
    started = time.perf_counter()
    existing = sorted(path.glob("*.txt")) if path.is_dir() else []
    reused = _reuse(path, existing, key, started)
    if reused is not None:
        return reused
    log(f"building corpus {path} ({n} files, seed {seed})")
    path.mkdir(parents=True, exist_ok=True)
    manifest = path / "MANIFEST.json"
    manifest.unlink(missing_ok=True)
    for old in existing:
        old.unlink()
    files, sizes, encodings = _write(path, n, seed, fixtures)
    manifest.write_text(json.dumps({"key": key, "encodings": dict(encodings)}, indent=2), encoding="utf-8")
    return Corpus(path, files, True, time.perf_counter() - started, sum(sizes), dict(encodings), sizes)
