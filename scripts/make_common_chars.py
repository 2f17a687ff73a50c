"""Regenerate ``COMMON_HAN`` in ``lawrep/rules/encodings.py``: the Han characters the seed
reports use most, in simplified form.

python scripts/make_common_chars.py

The plain-text reader uses them to tell GB18030 from Big5 bytes: both decode most Chinese bytes
without an error, but only the right one gives text made mostly of a report's common characters.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
COUNT = 400


def common(count: int = COUNT) -> str:
    chars: Counter[str] = Counter()
    for path in sorted((ROOT / "fixtures" / "reports").glob("*.txt")):
        chars.update(re.findall(r"[\u4e00-\u9fff]", path.read_text(encoding="utf-8")))
    return "".join(ch for ch, _ in chars.most_common(count))


if __name__ == "__main__":
    print(common())
