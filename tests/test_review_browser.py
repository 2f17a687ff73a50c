"""The review page in a real browser (issue 16): headless Chromium from Debian's packages,
driven by Playwright's Python package pointed at it (Playwright's own browser download does not
work here). ``.ci/run`` installs Chromium and sets ``LAWREP_REQUIRE_BROWSER=1``, so in CI a
missing browser fails these tests instead of skipping them.

For all five seeds: every metric is marked exactly once with its offsets and text; a click in
the metrics panel brings its figure into view; a reviewer confirms one metric, corrects another,
rejects a third and names a figure no rule named, and the exported JSON validates and carries
those decisions. Throughout, no request leaves the page and the console stays free of errors.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

import lawrep
from lawrep.commands.review import _taxonomy
from lawrep.corpus.validate import check_document
from lawrep.export.review_page import review_page, unnamed
from lawrep.models import Quantity, Report
from lawrep.rules.metrics import figures_of_keys

from .helpers import REPORTS, SEEDS, extracted

CHROMIUM = os.environ.get("LAWREP_CHROMIUM", "/usr/bin/chromium")
REQUIRED = os.environ.get("LAWREP_REQUIRE_BROWSER") == "1"
# As root, in a closed network: no sandbox, and none of Chromium's own background connections.
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]  # fmt: skip


def _unavailable(why: str) -> None:
    if REQUIRED:
        pytest.fail(f"LAWREP_REQUIRE_BROWSER=1 but {why}")
    pytest.skip(why)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("the playwright package is not installed (pip install -e '.[test]')")
    if not os.path.exists(CHROMIUM):
        _unavailable(f"no Chromium at {CHROMIUM} (apt-get install chromium, or set LAWREP_CHROMIUM)")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


@pytest.fixture(scope="module")
def seed_pages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("pages")
    out = {}
    for stem in SEEDS:
        text, report = extracted(str(REPORTS / f"{stem}.txt"))
        path = folder / f"{stem}.html"
        path.write_text(review_page(report, text, _taxonomy(), export_name=f"{stem}.reviewed.json"), encoding="utf-8")
        out[stem] = path
    return out


@dataclass
class Tab:
    """A page in its own browser context, with every console error and every request it made."""

    page: Any
    url: str
    errors: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)

    def outside(self) -> list[str]:
        """Requests for anything but the page itself (a download is a blob the page made)."""
        return [u for u in self.requests if u != self.url and not u.startswith("blob:")]


@pytest.fixture
def open_page(browser: Any) -> Iterator[Callable[..., Tab]]:
    contexts: list[Any] = []

    def go(path: Path, width: int = 1400, height: int = 900) -> Tab:
        ctx = browser.new_context(viewport={"width": width, "height": height}, accept_downloads=True)
        contexts.append(ctx)
        tab = Tab(ctx.new_page(), path.as_uri())

        def record(route: Any) -> None:
            tab.requests.append(route.request.url)
            route.continue_() if route.request.url == tab.url else route.abort()

        ctx.route("**/*", record)
        tab.page.on("console", lambda m: tab.errors.append(m.text) if m.type == "error" else None)
        tab.page.on("pageerror", lambda e: tab.errors.append(str(e)))
        tab.page.goto(tab.url)
        return tab

    yield go
    for ctx in contexts:
        ctx.close()


def _clean(tab: Tab) -> None:
    assert tab.errors == []
    assert tab.outside() == []


def test_the_request_recorder_sees_a_page_that_fetches(open_page: Callable[..., Tab], tmp_path: Path) -> None:
    """The interception the other tests rely on does catch a request: a page without lawrep's
    Content-Security-Policy that loads an image is seen asking for it."""
    page = tmp_path / "fetches.html"
    page.write_text('<!doctype html><img src="http://192.0.2.1/x.png" alt="">', encoding="utf-8")
    tab = open_page(page)
    tab.page.wait_for_timeout(200)
    assert tab.outside() == ["http://192.0.2.1/x.png"]


MARKED = """() => {
  const text = document.getElementById('text');
  const marks = [...text.querySelectorAll('mark[data-key]')].map(
    el => [Number(el.dataset.start), Number(el.dataset.end), el.dataset.key, el.textContent]);
  return {text: text.textContent, marks};
}"""


@pytest.mark.parametrize("stem", SEEDS)
def test_every_metric_is_marked_exactly_once(
    open_page: Callable[..., Tab], seed_pages: dict[str, Path], stem: str
) -> None:
    text, report = extracted(str(REPORTS / f"{stem}.txt"))
    tab = open_page(seed_pages[stem])
    got = tab.page.evaluate(MARKED)
    assert got["text"] == text
    assert sorted(map(tuple, got["marks"])) == sorted((m.start, m.end, m.key, m.text) for m in report.metrics)
    assert tab.page.locator("#text mark.fig").count() == len(report.quantities)
    _clean(tab)


IN_VIEW = """el => { const r = el.getBoundingClientRect();
  return r.top >= 0 && r.bottom <= window.innerHeight && document.activeElement === el; }"""


@pytest.mark.parametrize("stem", SEEDS)
def test_clicking_a_metric_in_the_panel_brings_its_figure_into_view(
    open_page: Callable[..., Tab], seed_pages: dict[str, Path], stem: str
) -> None:
    _, report = extracted(str(REPORTS / f"{stem}.txt"))
    tab = open_page(seed_pages[stem])
    page = tab.page
    for i in range(len(report.metrics)):
        page.evaluate("y => window.scrollTo(0, y)", 0 if i % 2 else 10**7)  # start away from it
        page.locator(f'#p-metrics button.goto[data-m="{i}"]').click()
        mark = page.locator(f'#text mark[data-m="{i}"]')
        assert mark.evaluate(IN_VIEW), (i, report.metrics[i].text)
        assert report.metrics[i].key in page.locator("#inspector").inner_text()
    _clean(tab)


FIGURES = figures_of_keys()


def a_key_for(q: Quantity, not_this: str | None = None) -> str:
    """The first taxonomy key that names figures of ``q``'s kind, other than ``not_this``."""
    return next(k for k, (units, dims) in FIGURES.items() if k != not_this and (q.unit in units or q.dimension in dims))


def _quantity(report: Report, m: Any) -> Quantity:
    return next(q for q in report.quantities if (q.start, q.end) == (m.start, m.end))


def _choose(report: Report) -> tuple[int, int, int | None, int | None]:
    """Which metrics to confirm, correct and reject, and which unnamed figure to name: the one
    corrected is a count outside any breakdown, so that its new value cannot make a sum wrong."""
    totals = {m.part_of for m in report.metrics}
    counts = [
        i
        for i, m in enumerate(report.metrics)
        if m.high is None and m.unit != "%" and m.part_of is None and i not in totals
    ]
    correct = counts[-1]
    others = [i for i in range(len(report.metrics)) if i != correct]
    confirm, reject = others[0], (others[len(others) // 2] if len(others) > 1 else None)
    assert len({confirm, correct, reject}) == 3 or reject is None
    free = unnamed(report)
    return confirm, correct, reject, free[0][0] if free else None


@pytest.mark.parametrize("stem", SEEDS)
def test_confirm_correct_reject_and_name_then_export_validates(
    open_page: Callable[..., Tab], seed_pages: dict[str, Path], stem: str
) -> None:
    text, report = extracted(str(REPORTS / f"{stem}.txt"))
    confirm, correct, reject, name = _choose(report)
    tab = open_page(seed_pages[stem])
    page = tab.page
    page.locator(f'#p-metrics button[data-act="confirm"][data-m="{confirm}"]').click()
    if reject is not None:
        page.locator(f'#p-metrics button[data-act="reject"][data-m="{reject}"]').click()
    page.locator(f'#p-metrics button[data-act="edit"][data-m="{correct}"]').click()
    new_key = a_key_for(_quantity(report, report.metrics[correct]), not_this=report.metrics[correct].key)
    page.select_option("#edit-key", new_key)
    page.fill("#edit-value", "1,234")
    page.click("#edit-save")
    named_key = a_key_for(report.quantities[name]) if name is not None else ""
    if name is not None:
        page.locator(f'#p-unnamed button[data-act="add"][data-q="{name}"]').click()
        page.select_option("#edit-key", named_key)
        page.click("#edit-save")
    decided = 3 if reject is not None else 2
    assert page.locator("#progress").inner_text().startswith(f"{decided} of ")
    with page.expect_download() as info:
        page.click("#export")
    download = info.value
    assert download.suggested_filename == f"{stem}.reviewed.json"
    doc = json.loads(Path(download.path()).read_text(encoding="utf-8"))
    _clean(tab)

    result = check_document(doc, f"{stem}.reviewed.json", text)
    assert result.errors() == []
    assert [c.path for c in result.checks if c.id == "invariant.value_text"] == [
        f"metrics[{_index(doc, report.metrics[correct])}].value"
    ]
    reviewed = Report.model_validate(doc)
    by_span = {(m.start, m.end): m for m in reviewed.metrics}
    was = report.metrics
    assert by_span[(was[confirm].start, was[confirm].end)].review.status == "confirmed"  # type: ignore[union-attr]
    if reject is not None:
        assert by_span[(was[reject].start, was[reject].end)].review.status == "rejected"  # type: ignore[union-attr]
    fixed = by_span[(was[correct].start, was[correct].end)]
    assert (fixed.key, fixed.label, fixed.value) == (new_key, dict(_taxonomy().keys)[new_key], 1234)
    assert fixed.review is not None and fixed.review.status == "corrected"
    assert (fixed.review.original_key, fixed.review.original_value) == (was[correct].key, was[correct].value)
    untouched = [m for m in reviewed.metrics if m.review is None]
    assert len(untouched) == len(was) - decided
    if name is not None:
        q = report.quantities[name]
        new = by_span[(q.start, q.end)]
        assert (new.key, new.value, new.text, new.rule) == (named_key, q.value, q.text, "review")
        assert new.review is not None and new.review.status == "added"
        assert reviewed.quantities[name].metric == named_key
    assert len(reviewed.metrics) == len(was) + (name is not None)
    assert [m.start for m in reviewed.metrics] == sorted(m.start for m in reviewed.metrics)
    for m in reviewed.metrics:  # every part still points at its own total after the insertion
        if m.part_of is not None:
            old = next(o for o in was if (o.start, o.end) == (m.start, m.end))
            total = reviewed.metrics[m.part_of]
            assert old.part_of is not None and (total.start, total.end) == (
                was[old.part_of].start,
                was[old.part_of].end,
            )


def _index(doc: dict[str, Any], metric: Any) -> int:
    return next(i for i, m in enumerate(doc["metrics"]) if (m["start"], m["end"]) == (metric.start, metric.end))


def test_the_keyboard_walks_figures_and_decides(open_page: Callable[..., Tab], seed_pages: dict[str, Path]) -> None:
    _, report = extracted(str(REPORTS / "foshan-2020.txt"))
    tab = open_page(seed_pages["foshan-2020"])
    page = tab.page
    focused = "() => [document.activeElement.dataset.start, document.activeElement.dataset.m]"
    firsts = sorted(q.start for q in report.quantities)
    page.keyboard.press("j")
    assert page.evaluate(focused)[0] == str(firsts[0])
    page.keyboard.press("j")
    page.keyboard.press("k")
    assert page.evaluate(focused)[0] == str(firsts[0])
    page.keyboard.press("n")
    start, m = page.evaluate(focused)
    assert m is not None and int(start) == min(x.start for x in report.metrics if x.start > firsts[0])
    page.keyboard.press("c")
    assert page.locator(f'#text mark[data-m="{m}"].s-confirmed').count() == 1
    page.keyboard.press("n")
    assert page.evaluate(focused)[1] != m  # the next one not yet reviewed
    page.keyboard.press("x")
    page.keyboard.press("u")
    assert page.locator("#progress").inner_text().startswith("1 of ")
    page.keyboard.press("?")
    assert page.locator("#keys-dialog").evaluate("d => d.open")
    _clean(tab)


def test_decisions_stay_in_the_browser_across_a_reload(
    open_page: Callable[..., Tab], seed_pages: dict[str, Path]
) -> None:
    tab = open_page(seed_pages["huilai-2020"])
    tab.page.locator('#p-metrics button[data-act="confirm"]').first.click()
    tab.page.reload()
    assert tab.page.locator("#progress").inner_text().startswith("1 of ")
    assert tab.page.locator("#text mark.s-confirmed").count() == 1
    tab.page.click("#clear")
    tab.page.click("#clear")
    assert tab.page.locator("#progress").inner_text().startswith("0 of ")
    _clean(tab)


def test_a_span_is_found_by_characters_not_utf16_units(open_page: Callable[..., Tab], tmp_path: Path) -> None:
    """Offsets count Python characters; a character outside the BMP is two units in the page's
    script. The signing date, after three such characters, is still highlighted exactly."""
    text = (
        "𠮷𠮷𠮷县人力资源和社会保障局2023年法治政府建设年度报告\n"
        "一、主要成效\n全年受理劳动人事争议案件15件。\n"
        "𠮷𠮷𠮷县人力资源和社会保障局\n2024年1月5日\n"
    )
    report = lawrep.extract(text)
    assert report.meta.date_evidence is not None
    path = tmp_path / "astral.html"
    path.write_text(review_page(report, text, _taxonomy(), export_name="a.json"), encoding="utf-8")
    tab = open_page(path)
    ev = report.meta.date_evidence
    tab.page.locator(f'#p-meta button.goto[data-start="{ev.start}"]').click()
    got = tab.page.evaluate("() => [...CSS.highlights.get('lawrep-span')][0].toString()")
    assert got == ev.text
    _clean(tab)


def test_a_narrow_window_stacks_the_page_without_sideways_scrolling(
    open_page: Callable[..., Tab], seed_pages: dict[str, Path]
) -> None:
    tab = open_page(seed_pages["nanchangxian-2024"], width=390, height=844)
    page = tab.page
    assert page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth")
    text_top = page.locator("#text").bounding_box()["y"]
    assert page.locator("#panels").bounding_box()["y"] > text_top
    assert not page.locator("#outline details").evaluate("d => d.open")
    page.locator('#p-metrics button.goto[data-m="0"]').click()
    assert page.locator('#text mark[data-m="0"]').evaluate(IN_VIEW)
    _clean(tab)


def _export(tab: Tab) -> dict[str, Any]:
    with tab.page.expect_download() as info:
        tab.page.click("#export")
    doc: dict[str, Any] = json.loads(Path(info.value.path()).read_text(encoding="utf-8"))
    return doc


def _page_of(doc: dict[str, Any], text: str, path: Path) -> Path:
    report = Report.model_validate(doc)
    path.write_text(review_page(report, text, _taxonomy(), export_name="again.json"), encoding="utf-8")
    return path


def test_a_decision_stays_on_its_figure_when_the_metrics_change(
    open_page: Callable[..., Tab], seed_pages: dict[str, Path], tmp_path: Path
) -> None:
    """Decisions are stored by span and key: the page of the reviewed export (same text, one
    more metric before the rejected one) shows each mark on its own figure, and a metric
    corrected before keeps what lawrep had read when it is confirmed again."""
    text, report = extracted(str(REPORTS / "foshan-2020.txt"))
    free = unnamed(report)[0][0]
    later = next(
        i for i, m in enumerate(report.metrics) if m.start > report.quantities[free].start and m.part_of is None
    )
    totals = {m.part_of for m in report.metrics}
    fix = next(
        i for i, m in enumerate(report.metrics) if i not in (later, *totals) and m.part_of is None and m.unit != "%"
    )
    tab = open_page(seed_pages["foshan-2020"])
    page = tab.page
    page.locator(f'#p-unnamed button[data-act="add"][data-q="{free}"]').click()
    page.select_option("#edit-key", a_key_for(report.quantities[free]))
    page.click("#edit-save")
    page.locator(f'#p-metrics button[data-act="reject"][data-m="{later}"]').click()
    page.locator(f'#p-metrics button[data-act="edit"][data-m="{fix}"]').click()
    page.fill("#edit-value", "７６")  # full-width digits, as a Chinese keyboard types them
    page.click("#edit-save")
    first = _export(tab)

    again = open_page(_page_of(first, text, tmp_path / "again.html"))  # same browser storage
    rejected = again.page.locator("#text mark.s-rejected")
    assert rejected.count() == 1
    assert rejected.get_attribute("data-start") == str(report.metrics[later].start)
    assert again.page.locator("#progress").inner_text().startswith(f"3 of {len(report.metrics) + 1} ")
    moved = next(i for i, m in enumerate(first["metrics"]) if m["start"] == report.metrics[fix].start)
    again.page.locator(f'#p-metrics button[data-act="confirm"][data-m="{moved}"]').click()
    second = _export(again)
    kept = second["metrics"][moved]
    assert kept["value"] == 76
    assert kept["review"]["status"] == "corrected"
    assert kept["review"]["original_value"] == report.metrics[fix].value
    assert check_document(second, "again.json", text).errors() == []
    _clean(tab)
    _clean(again)


def test_two_tabs_of_one_report_keep_both_decisions(open_page: Callable[..., Tab], seed_pages: dict[str, Path]) -> None:
    a = open_page(seed_pages["wuzhou-2021"])
    b = open_page(seed_pages["wuzhou-2021"])
    # two tabs of one browser: one context, so that they share the page's storage
    b.page.close()
    b = Tab(a.page.context.new_page(), a.url)
    b.page.goto(b.url)
    a.page.locator('#p-metrics button[data-act="confirm"][data-m="0"]').click()
    b.page.locator('#p-metrics button[data-act="confirm"][data-m="1"]').click()
    a.page.reload()
    assert a.page.locator("#progress").inner_text().startswith("2 of ")
    assert b.page.locator("#progress").inner_text().startswith("2 of ")  # told by the storage event
    _clean(a)


def test_a_named_target_is_about_the_next_year(open_page: Callable[..., Tab], seed_pages: dict[str, Path]) -> None:
    text, report = extracted(str(REPORTS / "foshan-2020.txt"))
    target = 43
    assert report.quantities[target].text == "10个"
    tab = open_page(seed_pages["foshan-2020"])
    item = tab.page.locator(f'#p-unnamed li[data-q="{target}"]')
    assert "target" in item.inner_text()
    item.locator('button[data-act="add"]').click()
    key = a_key_for(report.quantities[target])
    tab.page.select_option("#edit-key", key)
    tab.page.click("#edit-save")
    doc = _export(tab)
    named = next(m for m in doc["metrics"] if m["start"] == report.quantities[target].start)
    assert (named["key"], named["period"], named["review"]["status"]) == (key, 2021, "added")
    assert check_document(doc, "x.json", text).errors() == []
    _clean(tab)


@pytest.mark.parametrize(
    ("typed", "error"),
    [
        ("-5", "Only a change can be below zero."),
        ("", "The value is not a number."),
        ("12万", "The value is not a number."),
    ],
)
def test_a_value_the_page_cannot_take_is_refused_in_the_dialog(
    open_page: Callable[..., Tab], seed_pages: dict[str, Path], typed: str, error: str
) -> None:
    tab = open_page(seed_pages["huilai-2020"])
    tab.page.locator('#p-metrics button[data-act="edit"][data-m="0"]').click()
    tab.page.fill("#edit-value", typed)
    tab.page.click("#edit-save")
    assert tab.page.locator("#edit-error").inner_text() == error
    assert tab.page.locator("#edit-dialog").evaluate("d => d.open")
    assert tab.page.locator("#progress").inner_text().startswith("0 of ")
    _clean(tab)


def test_a_touch_reviewer_steps_and_undoes_from_the_inspector(
    open_page: Callable[..., Tab], seed_pages: dict[str, Path]
) -> None:
    tab = open_page(seed_pages["huilai-2020"], width=390, height=844)
    page = tab.page
    page.locator('#p-metrics button.goto[data-m="0"]').click()
    page.locator('#inspector button[data-act="confirm"]').click()
    assert page.locator("#progress").inner_text().startswith("1 of ")
    page.locator('#inspector button[data-act="undo"]').click()
    assert page.locator("#progress").inner_text().startswith("0 of ")
    selected = "() => [document.querySelector('mark.current').dataset.start, document.activeElement.dataset.start]"
    before, focused = page.evaluate(selected)
    assert before == focused
    page.locator('#inspector button[data-act="next"]').click()
    after, focused = page.evaluate(selected)
    assert int(after) > int(before) and after == focused
    page.keyboard.press("C")  # Caps Lock on
    page.keyboard.press("c")  # a second c still confirms
    assert page.locator("#progress").inner_text().startswith("1 of ")
    _clean(tab)


def test_a_key_of_another_kind_is_not_offered(open_page: Callable[..., Tab], seed_pages: dict[str, Path]) -> None:
    _, report = extracted(str(REPORTS / "huilai-2020.txt"))
    qi, q = next((i, q) for i, q in unnamed(report) if q.dimension == "count")
    tab = open_page(seed_pages["huilai-2020"])
    tab.page.locator(f'#p-unnamed button[data-act="add"][data-q="{qi}"]').click()
    offered = tab.page.evaluate(
        "() => [...document.querySelectorAll('#edit-key option')].filter(o => o.value && !o.disabled).map(o => o.value)"
    )
    assert "wage_arrears.amount_recovered" not in offered  # money
    assert sorted(offered) == [k for k, (units, dims) in FIGURES.items() if q.unit in units or q.dimension in dims]
    _clean(tab)
