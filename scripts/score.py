"""Print precision and recall of quantities and metrics against fixtures/expected/.

python scripts/score.py            # per seed and overall
python scripts/score.py --misses   # also every disagreement
"""

from __future__ import annotations

import sys
from pathlib import Path

from evaluation import Score, load_expected, score_metrics, score_quantities

from lawrep import extract, load

ROOT = Path(__file__).resolve().parent.parent
REPORTS, EXPECTED = ROOT / "fixtures" / "reports", ROOT / "fixtures" / "expected"


def main(argv: list[str]) -> int:
    show = "--misses" in argv
    q_all, m_all, per_key_all = Score(), Score(), {}
    print(f"{'report':<20} {'qty P':>7} {'qty R':>7} {'metric P':>9} {'metric R':>9}")
    for path in sorted(REPORTS.glob("*.txt")):
        text, source = load(path)
        report = extract(text, source=source)
        q = score_quantities(report, load_expected(EXPECTED, path.stem, "quantities")["quantities"])
        m, per_key = score_metrics(report, load_expected(EXPECTED, path.stem, "metrics")["metrics"])
        q_all.add(q)
        m_all.add(m)
        for key, s in per_key.items():
            per_key_all.setdefault(key, Score()).add(s)
        print(f"{path.stem:<20} {q.precision:7.3f} {q.recall:7.3f} {m.precision:9.3f} {m.recall:9.3f}")
        if show:
            for line in q.misses + m.misses:
                print(f"    {line}")
    print(f"{'overall':<20} {q_all.precision:7.3f} {q_all.recall:7.3f} {m_all.precision:9.3f} {m_all.recall:9.3f}")
    print("\nper metric key (P / R / n expected):")
    for key, s in sorted(per_key_all.items()):
        print(f"  {key:<48} {s.precision:5.2f} {s.recall:5.2f} {s.tp + s.fn:3d}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
