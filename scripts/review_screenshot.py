"""Make the README's picture of the review page (docs/review.png): a seed's page in Debian's
Chromium, a few metrics decided, one figure selected.

    python scripts/review_screenshot.py [--chromium /usr/bin/chromium] [-o docs/review.png]
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

import lawrep
from lawrep.commands.review import _taxonomy
from lawrep.export.review_page import review_page

ROOT = Path(__file__).resolve().parent.parent
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]  # fmt: skip


def main() -> None:
    from playwright.sync_api import sync_playwright

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    parser.add_argument("--seed", default="nanchangxian-2024")
    parser.add_argument("-o", "--output", type=Path, default=ROOT / "docs" / "review.png")
    args = parser.parse_args()
    text, source = lawrep.load(ROOT / "fixtures" / "reports" / f"{args.seed}.txt")
    report = lawrep.extract(text, source=source)
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as p:
        page_file = Path(tmp) / "page.html"
        page_file.write_text(review_page(report, text, _taxonomy(), export_name="r.json"), encoding="utf-8")
        browser = p.chromium.launch(executable_path=args.chromium, args=ARGS)
        page = browser.new_page(viewport={"width": 1440, "height": 860}, device_scale_factor=1)
        page.goto(page_file.as_uri())
        buttons = page.locator('#p-metrics button[data-act="confirm"]')
        for i in range(min(4, buttons.count())):
            buttons.nth(i).click()
        page.locator("#p-metrics button.goto").nth(6).click()
        page.wait_for_timeout(1500)  # let the flash fade
        page.screenshot(path=str(args.output))
        browser.close()
    print(f"wrote {args.output}")


if __name__ == "__main__":
    main()
