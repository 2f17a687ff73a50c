"""The report's data model: the single source of the JSON Schema in ``schemas/``.

Field names and meanings follow ``CONTRACT.md`` (the output contract other tools rely on).
Every object that carries ``text`` with ``start``/``end`` obeys ``decoded[start:end] == text``.
Models forbid unknown fields so that ``lawrep validate`` catches misspelt keys in edited JSON.
"""

from __future__ import annotations

from datetime import date as _date
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

SCHEMA_VERSION = "1.0"

Qualifier = Literal["exact", "approx", "more_than", "at_least", "less_than", "at_most", "range"]
Canonical = Literal["measures_and_results", "shortcomings", "leader_duties", "next_year_plan", "other"]
Severity = Literal["error", "warning"]
Level = Literal["province", "city", "county"]
Newlines = Literal["lf", "crlf", "cr", "mixed", "none"]
SourceFormat = Literal["text", "html", "docx", "pdf"]
Number = int | float


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Span(_Strict):
    """A piece of the decoded text, exactly as written."""

    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class PageInfo(_Strict):
    """What a web page says about itself outside the report's body (``<meta>`` and ``<title>``):
    evidence about the source, never read as the report's own metadata (a publication date is
    not a signing date)."""

    title: str | None = Field(None, description="The page's article title (ArticleTitle meta, else <title>).")
    published: str | None = Field(
        None, pattern=r"^\d{4}-\d{2}-\d{2}$", description="Publication date (PubDate meta), YYYY-MM-DD."
    )
    publisher: str | None = Field(None, description="The publishing body (ContentSource meta).")


class SourceInfo(_Strict):
    """Where the text came from, which reader produced it and how its bytes were decoded."""

    path: str | None = Field(description="The path given on the command line; null for stdin or the API.")
    encoding: str = Field(description="Codec name Python understands, e.g. utf-8, utf-8-sig, gb18030, utf-16.")
    sha256: str = Field(description="Hex digest of the input bytes.")
    bytes: int = Field(ge=0, description="Size of the input in bytes.")
    chars: int = Field(
        ge=0,
        description="Length of the text offsets count in (a file's newline-normalised text; the API's string).",
    )
    newlines: Newlines = "none"
    format: SourceFormat = Field("text", description="Which reader produced the text: text, html, docx or pdf.")
    page: PageInfo | None = Field(None, description="A web page's own metadata, for HTML inputs.")
    unread_pages: list[int] = Field(
        default_factory=list, description="PDF pages (1-based) with no text layer: not read, as lawrep does no OCR."
    )


class Agency(_Strict):
    """The reporting agency; ``inferred`` when no single span states the full standard name."""

    name: str = Field(description="Standard full name in simplified characters: region prefix + department.")
    kind: str | None = Field(None, description="Stable department key: hrss, justice, market_regulation, government…")
    inferred: bool
    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Department(_Strict):
    """The kind of department a report speaks as, also when its place, and so its full name, is
    unknown (``我局`` and no place named); ``inferred`` when only the words of its field say it."""

    kind: str = Field(description="Stable department key, as agency.kind: hrss, justice, government…")
    inferred: bool
    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Region(_Strict):
    """Administrative places as the report names them (null where it names none)."""

    province: str | None = None
    city: str | None = None
    county: str | None = None
    code: str | None = Field(None, pattern=r"^\d{6}$", description="GB/T 2260 code of the lowest level known.")
    ambiguous: list[str] = Field(
        default_factory=list, description="Place names the text gives that several divisions share, undecided."
    )


class Contact(_Strict):
    person: Span | None = None
    phone: Span | None = None


class Meta(_Strict):
    """Report metadata; each value read from the text keeps its evidence span."""

    year: int | None = Field(None, ge=1949, le=2200, description="The year the report is about, not the signing year.")
    year_to: int | None = Field(
        None, ge=1949, le=2200, description="The last year, when the report states its period as a range (2012—2016年)."
    )
    year_evidence: Span | None = None
    agency: Agency | None = None
    department: Department | None = Field(
        None, description="The department kind the report speaks as; set also when the agency's place is unknown."
    )
    region: Region = Field(default_factory=Region)
    level: Level | None = Field(None, description="Administrative level of the agency.")
    date: str | None = Field(None, pattern=r"^\d{4}-\d{2}-\d{2}$", description="Signing date, YYYY-MM-DD.")
    date_evidence: Span | None = None
    title: Span | None = Field(None, description="The report's title lines, when the text has them.")
    addressee: Span | None = None
    contact: Contact = Field(default_factory=Contact)

    @property
    def department_kind(self) -> str | None:
        """The department kind the report speaks as, also when its place is unknown."""
        if self.department is not None:
            return self.department.kind
        return self.agency.kind if self.agency else None

    @field_validator("date")
    @classmethod
    def _real_date(cls, value: str | None) -> str | None:
        """2021-02-30 has the right shape but is no date."""
        if value is not None:
            _date.fromisoformat(value)
        return value


class Item(_Strict):
    """One member of an in-paragraph enumeration (一是…二是…)."""

    marker: str
    ordinal: int = Field(ge=1)
    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Section(_Strict):
    """A heading and its body (GB/T 9704-2012 levels 1–4)."""

    level: int = Field(ge=1, le=4)
    marker: str
    number: str
    ordinal: int = Field(ge=1)
    title: str
    start: int = Field(ge=0, description="Offset of the marker.")
    end: int = Field(ge=0, description="End of the section's body.")
    line: int = Field(ge=1, description="1-based line of the heading.")
    canonical: Canonical | None = None
    children: list[Section] = Field(default_factory=list)
    items: list[Item] = Field(default_factory=list)


class Quantity(_Strict):
    """A number with its unit, normalised to the base unit (money in 元)."""

    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    value: Number
    high: Number | None = None
    unit: str
    dimension: str
    qualifier: Qualifier
    change: bool = Field(False, description="True when the quantity is a change (增加/下降…); value is signed.")
    metric: str | None = None


class StatedChange(_Strict):
    """A change the text states about a metric's figure against the year before
    (``1590件,同比增加46.54%``, ``88.8%,同比提升4.4个百分点``, ``120件,较上年减少12件``)."""

    kind: Literal["relative", "points", "absolute"] = Field(
        description="relative: a percentage of last year's figure; points: percentage points of a rate; "
        "absolute: in the figure's own unit."
    )
    value: Number = Field(description="Signed: a decrease is negative.")
    unit: str
    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)


ReviewStatus = Literal["confirmed", "corrected", "added", "rejected"]


class Review(_Strict):
    """What a person decided about a metric on the review page (``lawrep review``).

    ``confirmed``: the figure and its key are right. ``corrected``: the person changed the key or
    the value (or both); what lawrep had is kept in ``original_key``/``original_value``, so a
    correction can be audited and undone. ``added``: a figure no rule named, given a key by the
    person. ``rejected``: the figure is not what the key measures; the metric stays in the report
    so the decision is on record, and lawrep's panel and compare leave it out."""

    status: ReviewStatus
    original_key: str | None = Field(
        None, description="corrected: the key lawrep had given, if the reviewer changed it."
    )
    original_value: Number | None = Field(
        None, description="corrected: the value lawrep had read, if the reviewer changed it."
    )
    original_high: Number | None = Field(
        None, description="corrected: the upper end lawrep had read, if the reviewer changed a range's."
    )


class Metric(_Strict):
    """A quantity named by a taxonomy rule."""

    key: str = Field(pattern=r"^[a-z_]+\.[a-z_]+$")
    label: str
    value: Number
    high: Number | None = None
    unit: str
    qualifier: Qualifier
    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    subject: str
    section: list[str]
    period: int | None = Field(None, description="The one year the figure is about, when it is not the report's year.")
    period_from: int | None = Field(
        None, description="The year a cumulative figure counts from (2020年以来…): not a figure about one year."
    )
    part_of: int | None = None
    rule: str = Field(description="Id of the rule that named it.")
    change: StatedChange | None = Field(None, description="The change against last year the text states about it.")
    review: Review | None = Field(None, description="A person's decision on the review page; null when unreviewed.")

    @property
    def corrected(self) -> bool:
        """A reviewer changed its key or value: the reviewer's reading stands, and where the text
        or a sum says otherwise, validate notes it rather than calling it an error."""
        return self.review is not None and self.review.status == "corrected"

    @property
    def rejected(self) -> bool:
        """A reviewer said the figure is not what its key measures: sums and panels leave it out."""
        return self.review is not None and self.review.status == "rejected"


class Check(_Strict):
    """One finding of the consistency and completeness checks."""

    id: str
    severity: Severity
    message: str
    path: str
    start: int | None = None
    end: int | None = None


class Report(_Strict):
    """One extracted report."""

    model_config = ConfigDict(extra="forbid", json_schema_serialization_defaults_required=True)

    schema_version: str = SCHEMA_VERSION
    source: SourceInfo
    meta: Meta = Field(default_factory=Meta)
    preamble: Span | None = Field(None, description="Front matter before the first heading.")
    closing: Span | None = Field(None, description="Back matter: closing formula, signature, date, contact.")
    outline: list[Section] = Field(default_factory=list)
    quantities: list[Quantity] = Field(default_factory=list)
    metrics: list[Metric] = Field(default_factory=list)
    checks: list[Check] = Field(default_factory=list)


def enclosing(sections: list[Section], pos: int) -> list[Section]:
    """The sections that contain ``pos``, outermost first: a figure's headings (its metric's
    ``section``), for the stages and for the review page alike."""
    found: list[Section] = []
    level = sections
    while level:
        for s in level:  # a plain loop: twice as fast as next() over a generator, called per figure
            if s.start <= pos < s.end:
                found.append(s)
                level = s.children
                break
        else:
            break
    return found
