"""The review page as HTML (issue 16), without a browser: the text element holds the report text
character for character, every figure is one mark with its offsets, nothing is fetched, and the
review marks a reviewer exports are what ``validate``, ``panel`` and the schema expect. The page
in a real browser is tested in ``test_review_browser.py``."""

from __future__ import annotations

import json
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import lawrep
from lawrep.commands.review import _stem, _taxonomy
from lawrep.corpus.panel import panel_row
from lawrep.corpus.validate import check_document
from lawrep.export.review_page import review_page, section_numbers, unnamed
from lawrep.models import Report

from .helpers import REPORTS, SEEDS, extracted, run_cli, seed_json


class _Page(HTMLParser):
    """The text of ``#text`` as a browser's ``textContent`` has it, and its marks."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.depth = 0  # elements open inside #text, +1 for #text itself
        self.text: list[str] = []
        self.marks: list[dict[str, Any]] = []
        self.open_mark: dict[str, Any] | None = None
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        self.tags.append((tag, a))
        if self.depth:
            self.depth += 1
            if tag == "mark":
                self.open_mark = {**a, "at": len("".join(self.text))}
        elif a.get("id") == "text":
            self.depth = 1

    def handle_endtag(self, tag: str) -> None:
        if not self.depth:
            return
        self.depth -= 1
        if tag == "mark" and self.open_mark is not None:
            self.open_mark["content"] = "".join(self.text)[self.open_mark.pop("at") :]
            self.marks.append(self.open_mark)
            self.open_mark = None

    def handle_data(self, data: str) -> None:
        if self.depth:
            self.text.append(data)


def parse(page: str) -> _Page:
    p = _Page()
    p.feed(page)
    p.close()
    return p


def page_of(report: Report, text: str) -> str:
    return review_page(report, text, _taxonomy(), export_name="r.reviewed.json")


def shown(text: str) -> str:
    """The text as the page can show it: NUL and lone surrogates become U+FFFD, one for one."""
    return "".join("\ufffd" if ch == "\x00" or "\ud800" <= ch <= "\udfff" else ch for ch in text)


@pytest.mark.parametrize("stem", SEEDS)
def test_every_seed_metric_is_marked_once_at_its_offsets(stem: str) -> None:
    text, report = extracted(str(REPORTS / f"{stem}.txt"))
    page = parse(page_of(report, text))
    assert "".join(page.text) == text
    keyed = [m for m in page.marks if m.get("data-key")]
    assert len(keyed) == len(report.metrics)
    for i, metric in enumerate(report.metrics):
        found = [m for m in keyed if m["data-m"] == str(i)]
        assert len(found) == 1, (i, metric.text)
        mark = found[0]
        assert (mark["data-start"], mark["data-end"], mark["data-key"]) == (
            str(metric.start),
            str(metric.end),
            metric.key,
        )
        assert mark["content"] == metric.text
    for q in report.quantities:
        assert [m["content"] for m in page.marks if m["data-start"] == str(q.start)] == [q.text]


@pytest.mark.parametrize("stem", SEEDS)
def test_a_seed_page_is_small_and_fetches_nothing(stem: str) -> None:
    text, report = extracted(str(REPORTS / f"{stem}.txt"))
    html = page_of(report, text)
    assert len(html.encode("utf-8")) < 400_000
    page = parse(html)
    for tag, attrs in page.tags:
        assert "src" not in attrs, tag
        assert not (attrs.get("href") or "#").split("#")[0], (tag, attrs)
    assert "url(" not in html and "@import" not in html and "http://" not in html and "https://" not in html
    csp = [a["content"] for t, a in page.tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy"]
    assert csp and "default-src 'none'" in (csp[0] or "")


TRICKY = [
    "一、总体情况\r\n受理案件15件，其中𠮷字1件。",  # a carriage return kept, a character outside the BMP
    "</script><script>alert(1)</script>受理案件3件",  # markup in the text stays text
    "a\x00b 受理案件<b>5件</b> &amp; 6件",  # NUL, tags and entities as text
    "（一）完善制度。严格执行，受理案件2件。\n（二）加强监督",  # headings that lead a paragraph
]


@pytest.mark.parametrize("text", TRICKY)
def test_text_with_markup_and_odd_characters_keeps_every_offset(text: str) -> None:
    report = lawrep.extract(text)
    page = parse(page_of(report, text))
    assert "".join(page.text) == shown(text)
    for m in page.marks:
        start, end = int(m["data-start"]), int(m["data-end"])
        assert m["content"] == shown(text[start:end])


@settings(max_examples=150, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(list("一二三、（）1234567890.%万元件人年受理案件其中\n\r <>&\x00𠮷\ud800。")),
        max_size=120,
    )
)
def test_any_text_gives_a_page_whose_text_is_the_report_text(text: str) -> None:
    report = lawrep.extract(text)
    html = page_of(report, text)
    html.encode("utf-8")
    page = parse(html)
    assert "".join(page.text) == shown(text)
    starts = [int(m["data-start"]) for m in page.marks]
    assert starts == sorted(starts)
    for m in page.marks:
        assert m["content"] == shown(text[int(m["data-start"]) : int(m["data-end"])])


def test_a_lone_surrogate_is_written_and_comes_back_in_the_data() -> None:
    text = "受理案件\ud8003件，其中\udc00结案2件"
    html = page_of(lawrep.extract(text), text)
    html.encode("utf-8")  # a page UTF-8 can carry
    data = html.split('id="lawrep-data">', 1)[1].split("</script>", 1)[0]
    assert json.loads(data)["report"]["source"]["chars"] == len(text)
    assert "".join(parse(html).text) == shown(text)


def test_the_embedded_json_cannot_close_its_script() -> None:
    text = "受理案件</script><!--3件"
    html = page_of(lawrep.extract(text), text)
    data = html.split('id="lawrep-data">', 1)[1].split("</script>", 1)[0]
    assert "<" not in data
    assert json.loads(data)["report"]["source"]["chars"] == len(text)


@pytest.mark.parametrize("stem", SEEDS)
def test_a_figure_a_reviewer_names_gets_its_headings_as_a_rule_would(stem: str) -> None:
    _, report = extracted(str(REPORTS / f"{stem}.txt"))
    for m in report.metrics:
        assert section_numbers(report.outline, m.start) == m.section
    assert {q.start for _, q in unnamed(report)}.isdisjoint({m.start for m in report.metrics})


# ---- review marks: model, validate, panel ----


def _reviewed(stem: str) -> tuple[str, dict[str, Any], int, int]:
    """A seed's JSON with one metric confirmed and one corrected as the page exports them."""
    text, doc = seed_json(stem)
    first, second = 0, 1
    doc["metrics"][first]["review"] = {"status": "confirmed", "original_key": None, "original_value": None,
                                       "original_high": None}  # fmt: skip
    m = doc["metrics"][second]
    doc["metrics"][second]["review"] = {"status": "corrected", "original_key": None,
                                        "original_value": m["value"], "original_high": None}  # fmt: skip
    m["value"] = m["value"] + 1
    return text, doc, first, second


def test_a_corrected_value_is_a_note_not_an_error() -> None:
    text, doc, _, second = _reviewed("huilai-2020")
    result = check_document(doc, "huilai.reviewed.json", text)
    assert not result.errors(), [c.message for c in result.errors()]
    notes = [c for c in result.checks if c.id == "invariant.value_text"]
    assert [c.path for c in notes] == [f"metrics[{second}].value"]
    assert notes[0].severity == "warning" and "reviewer corrected" in notes[0].message


def test_an_edited_value_without_a_review_mark_is_still_an_error() -> None:
    text, doc, _, second = _reviewed("huilai-2020")
    doc["metrics"][second]["review"] = None
    assert [c.id for c in check_document(doc, "x.json", text).errors()] == ["invariant.value_text"]


@pytest.mark.parametrize(
    ("review", "ok"),
    [
        ({"status": "corrected", "original_key": None, "original_value": None, "original_high": None}, False),
        ({"status": "confirmed", "original_key": None, "original_value": 3, "original_high": None}, False),
        (
            {
                "status": "corrected",
                "original_key": "labor_dispute.hearings",
                "original_value": None,
                "original_high": None,
            },
            True,
        ),
        ({"status": "rejected", "original_key": None, "original_value": None, "original_high": None}, True),
        ({"status": "added", "original_key": None, "original_value": None, "original_high": None}, True),
    ],
)
def test_a_review_mark_records_what_a_correction_changed(review: dict[str, Any], ok: bool) -> None:
    text, doc = seed_json("huilai-2020")
    doc["metrics"][0]["review"] = review
    ids = [c.id for c in check_document(doc, "x.json", text).errors()]
    assert ids == ([] if ok else ["invariant.review"])


def test_an_unknown_review_status_is_a_schema_error() -> None:
    text, doc = seed_json("huilai-2020")
    doc["metrics"][0]["review"] = {"status": "maybe"}
    assert [c.path for c in check_document(doc, "x.json", text).errors()] == ["$.metrics[0].review.status"]


def test_the_panel_leaves_out_a_rejected_figure_and_keeps_a_corrected_one() -> None:
    _, doc = seed_json("huilai-2020")
    report = Report.model_validate(doc)
    own = [i for i, m in enumerate(report.metrics) if m.part_of is None and m.period is None and m.period_from is None]
    keys = [report.metrics[i].key for i in own]
    single = next(i for i in own if keys.count(report.metrics[i].key) == 1)
    key = report.metrics[single].key
    assert panel_row("x", report).cells[key] == report.metrics[single].value
    doc["metrics"][single]["review"] = {"status": "rejected"}
    assert key not in panel_row("x", Report.model_validate(doc)).cells
    doc["metrics"][single]["review"] = {"status": "corrected", "original_value": doc["metrics"][single]["value"]}
    doc["metrics"][single]["value"] = 424242
    assert panel_row("x", Report.model_validate(doc)).cells[key] == 424242


# ---- the command ----


@pytest.mark.parametrize(
    ("label", "stem"),
    [
        ("a/foshan-2020.txt", "foshan-2020"),
        ("corpus.jsonl:3", "corpus-3"),
        ("c.db#12", "c-12"),
        ("<stdin>", "stdin"),
        ("d/报告 2023.html", "报告_2023"),
        ("x:y.json", "x_y"),
    ],
)
def test_page_names(label: str, stem: str) -> None:
    assert _stem(label) == stem
    assert _stem(label, "reports/惠来县 2020.txt") == ("惠来县_2020" if stem in ("corpus-3", "c-12") else stem)


def test_review_writes_one_page_for_one_report(tmp_path: Path) -> None:
    out = tmp_path / "p.html"
    r = run_cli("review", str(REPORTS / "huilai-2020.txt"), "-o", str(out))
    assert r.returncode == 0, r.stderr
    page = parse(out.read_text(encoding="utf-8"))
    text, _ = extracted(str(REPORTS / "huilai-2020.txt"))
    assert "".join(page.text) == text
    assert run_cli("review", str(REPORTS / "huilai-2020.txt")).stdout == out.read_bytes()


def test_review_of_several_reports_writes_pages_and_an_index(tmp_path: Path) -> None:
    seeds = [str(REPORTS / f"{s}.txt") for s in SEEDS]
    r = run_cli("review", *seeds, str(tmp_path / "missing.txt"), "-o", str(tmp_path / "pages"))
    assert r.returncode == 1
    assert r.stderr.decode().count("\n") == 2 and "missing.txt" in r.stderr.decode()
    names = sorted(p.name for p in (tmp_path / "pages").iterdir())
    assert names == sorted([f"{s}.html" for s in SEEDS] + ["index.html"])
    index = (tmp_path / "pages" / "index.html").read_text(encoding="utf-8")
    for s in SEEDS:
        _, report = extracted(str(REPORTS / f"{s}.txt"))
        assert f'href="{s}.html"' in index
        assert f'<td class="n">{len(report.metrics)}</td><td class="n">{len(unnamed(report))}</td>' in index


def test_several_reports_need_a_directory() -> None:
    r = run_cli("review", str(REPORTS / "huilai-2020.txt"), str(REPORTS / "foshan-2020.txt"))
    assert r.returncode == 2 and b"give -o DIR" in r.stderr and not r.stdout


def test_review_of_json_finds_its_text_or_says_why(tmp_path: Path) -> None:
    src = tmp_path / "r.txt"
    src.write_bytes((REPORTS / "huilai-2020.txt").read_bytes())
    made = run_cli("extract", "r.txt", cwd=tmp_path)
    (tmp_path / "r.json").write_bytes(made.stdout)
    ok = run_cli("review", "r.json", "-o", "r.html", cwd=tmp_path)
    assert ok.returncode == 0, ok.stderr
    src.write_text("另一份报告", encoding="utf-8")
    gone = run_cli("review", "r.json", cwd=tmp_path)
    assert gone.returncode == 1 and gone.stderr.decode().startswith("lawrep: r.json: the report text is not at hand")
    assert gone.stderr.count(b"\n") == 1 and not gone.stdout
    given = run_cli("review", "r.json", "--text", str(REPORTS / "huilai-2020.txt"), cwd=tmp_path)
    assert given.returncode == 0 and given.stdout.startswith(b"<!doctype html>")
    wrong = run_cli("review", "r.json", "--text", str(REPORTS / "foshan-2020.txt"), cwd=tmp_path)
    assert wrong.returncode == 1 and b"not the text of this report" in wrong.stderr


def test_the_index_lists_the_inputs_that_gave_no_page(tmp_path: Path) -> None:
    r = run_cli("review", str(REPORTS / "huilai-2020.txt"), str(tmp_path / "gone.txt"), "-o", str(tmp_path / "out"))
    assert r.returncode == 1
    index = (tmp_path / "out" / "index.html").read_text(encoding="utf-8")
    assert "1 report to review · 1 input failed" in index
    assert "gone.txt" in index and 'href="huilai-2020.html"' in index


def test_a_trailing_slash_makes_a_folder_even_for_one_report(tmp_path: Path) -> None:
    r = run_cli("review", str(REPORTS / "huilai-2020.txt"), "-o", str(tmp_path / "pages") + "/")
    assert r.returncode == 0, r.stderr
    assert sorted(p.name for p in (tmp_path / "pages").iterdir()) == ["huilai-2020.html", "index.html"]


def test_several_reports_are_not_written_to_one_html_file(tmp_path: Path) -> None:
    two = [str(REPORTS / "huilai-2020.txt"), str(REPORTS / "foshan-2020.txt")]
    r = run_cli("review", *two, "-o", str(tmp_path / "pages.html"))
    assert r.returncode == 2 and b"give -o DIR" in r.stderr
    assert not (tmp_path / "pages.html").exists()


def test_a_sum_a_reviewer_broke_is_a_note() -> None:
    text, doc = seed_json("huilai-2020")
    part = next(i for i, m in enumerate(doc["metrics"]) if m["part_of"] is not None)
    total = doc["metrics"][part]["part_of"]
    doc["metrics"][part]["review"] = {"status": "corrected", "original_value": doc["metrics"][part]["value"]}
    doc["metrics"][part]["value"] = doc["metrics"][total]["value"] + 1000
    found = [c for c in check_document(doc, "x.json", text).checks if c.id == "arithmetic.parts_exceed_total"]
    assert [(c.severity, c.path) for c in found] == [("warning", f"metrics[{total}]")]
    assert "after a reviewer's correction" in found[0].message
    doc["metrics"][part]["review"] = None
    assert "arithmetic.parts_exceed_total" in [c.id for c in check_document(doc, "x.json", text).errors()]


def test_a_corpus_database_gives_a_page_per_report_named_by_its_file(tmp_path: Path) -> None:
    for stem in ("huilai-2020", "wuzhou-2021"):
        (tmp_path / f"{stem}.txt").write_bytes((REPORTS / f"{stem}.txt").read_bytes())
    made = run_cli("extract", "huilai-2020.txt", "wuzhou-2021.txt", "--format", "sqlite", "-o", "c.db", "--quiet",
                   cwd=tmp_path)  # fmt: skip
    assert made.returncode == 0, made.stderr
    r = run_cli("review", "c.db", "-o", "pages", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert sorted(p.name for p in (tmp_path / "pages").iterdir()) == [
        "huilai-2020.html",
        "index.html",
        "wuzhou-2021.html",
    ]
    text, _ = extracted(str(REPORTS / "wuzhou-2021.txt"))
    assert "".join(parse((tmp_path / "pages" / "wuzhou-2021.html").read_text(encoding="utf-8")).text) == text
