"""The rule tables agree with each other and with the models, as dateparser tests every locale
file: every unit a rule asks for is one the quantities stage reads, every domain a known domain,
every key in the taxonomy, every part name a canonical part, every qualifier a model qualifier."""

from __future__ import annotations

from typing import get_args

import pytest
import regex

from lawrep.models import Canonical, Level, Qualifier
from lawrep.rules import agencies as AG
from lawrep.rules import checks as C
from lawrep.rules import meta as MT
from lawrep.rules import outline as O
from lawrep.rules import quantities as Q
from lawrep.rules import traditional as T
from lawrep.rules.metrics import DOMAIN_CUES, RULES
from lawrep.rules.metrics.base import Rule
from lawrep.rules.taxonomy import DOMAINS as DOMAIN_NAMES
from lawrep.rules.taxonomy import TAXONOMY

KEYS = {t.key for t in TAXONOMY}
# A context's domain comes from a cue word or heading (DOMAIN_CUES), or from the key of the
# sentence's previous metric: so a rule may ask for any domain the taxonomy has.
DOMAINS = {k.split(".")[0] for k in KEYS}
UNITS = {unit for _, unit, _ in Q.UNITS} | {Q.ZERO_UNIT}
DIMENSIONS = {dim for _, _, dim in Q.UNITS}
QUALIFIERS = set(get_args(Qualifier))


@pytest.mark.parametrize("rule", RULES, ids=[r.id for r in RULES])
def test_metric_rule_is_consistent(rule: Rule) -> None:
    assert rule.key in KEYS
    assert not (rule.units is not None and rule.dims is not None), "a rule gives units or dims, not both"
    assert set(rule.units or ()) <= UNITS, set(rule.units or ()) - UNITS
    assert set(rule.dimensions) <= DIMENSIONS, set(rule.dimensions) - DIMENSIONS
    assert rule.domain is None or rule.domain in DOMAINS
    assert rule.left or rule.right or rule.inside, "a rule with no cue would name every figure"
    for pattern in (rule.left, rule.right, rule.sentence, rule.not_left, rule.inside):
        if pattern:
            regex.compile(pattern)


def test_rule_ids_are_unique_and_every_key_has_a_rule() -> None:
    ids = [r.id for r in RULES]
    assert len(ids) == len(set(ids))
    assert KEYS - {r.key for r in RULES} == set()
    assert len(KEYS) == len(TAXONOMY)


def test_every_domain_cue_names_a_taxonomy_domain() -> None:
    assert {d for d, _ in DOMAIN_CUES} <= DOMAINS


def test_every_domain_has_one_name_for_the_review_page() -> None:
    assert set(DOMAIN_NAMES) == DOMAINS
    assert len(set(DOMAIN_NAMES.values())) == len(DOMAIN_NAMES)


def test_domain_cues_compile() -> None:
    for _, pattern in DOMAIN_CUES:
        regex.compile(pattern)


def test_the_parts_of_a_report_are_canonical_parts() -> None:
    canonical = set(get_args(Canonical))
    assert {name for name, _ in O.CANONICAL_CUES} <= canonical
    assert O.DEFAULT_CANONICAL in canonical
    assert {name for name, _ in C.REQUIRED_PARTS} <= canonical
    assert len({name for name, _ in C.REQUIRED_PARTS}) == len(C.REQUIRED_PARTS)


def test_check_relations_name_taxonomy_keys() -> None:
    for rel in C.RATES_OF_PARTS:
        assert rel.rate in KEYS and rel.part in KEYS
    for full in C.FULL_RATES_WITH_PENDING:
        assert full.pending in KEYS
        assert any(k.endswith(full.rate_suffix) for k in KEYS)


def test_heading_markers_read_an_ordinal() -> None:
    for rule in O.MARKERS:
        assert "num" in regex.compile(rule.pattern).groupindex
        assert rule.numeral in ("chinese", "arabic")
    assert [rule.level for rule in O.MARKERS] == [1, 2, 3, 4]


def test_quantity_tables_use_model_qualifiers_and_known_units() -> None:
    assert {q for _, q in Q.PREFIX_QUALIFIERS} <= QUALIFIERS
    assert {q for _, q in Q.SUFFIX_QUALIFIERS} <= QUALIFIERS
    assert set(Q.BARE_MAGNITUDE_PREFIX.values()) <= QUALIFIERS
    assert {sign for _, sign in Q.CHANGE_VERBS} == {1, -1}
    verbs = [v for v, _ in Q.CHANGE_VERBS]
    assert len(verbs) == len(set(verbs))
    assert len(Q.SET_PHRASES) == len(set(Q.SET_PHRASES))
    last_chars = {written[-1] for written, _, _ in Q.UNITS}
    assert set(Q.UNIT_NOT_BEFORE) <= last_chars
    assert set(Q.UNIT_NEEDS_FOLLOWER) <= {written for written, _, _ in Q.UNITS}
    assert set(Q.MONEY_UNITS) | set(Q.SHARE_UNITS) <= UNITS
    assert set(Q.NOT_ADDITIVE_UNITS) <= UNITS


def test_units_are_listed_longest_first_where_one_begins_another() -> None:
    written = [w for w, _, _ in Q.UNITS]
    for i, short in enumerate(written):
        for long in written[i + 1 :]:
            assert not (long.startswith(short) and long != short), f"{long} must come before {short}"


def test_meta_tables_use_model_levels() -> None:
    levels = set(get_args(Level))
    assert set(MT.LEVEL_SIGNALS) <= levels
    assert set(AG.SHORT_LEVEL_CHARS.values()) <= levels
    assert set(AG.SHORT_NAME_ENDINGS) == set(AG.SHORT_LEVEL_CHARS)
    assert set(AG.ENDING_LEVEL_CHARS.values()) <= set(AG.SHORT_LEVEL_CHARS)


def test_department_table_is_consistent() -> None:
    kinds = [d.kind for d in AG.DEPARTMENTS]
    assert len(kinds) == len(set(kinds))
    written = [w for d in AG.DEPARTMENTS for w in (*d.written, *(form for form, _ in d.own))]
    assert len(written) == len(set(written)), "a written form names one department"
    for d in AG.DEPARTMENTS:
        assert d.name in d.written or d.kind == "government", d.kind
    assert {kind for _, kind in AG.IMPLIED_KINDS} <= set(kinds)
    assert set(AG.SELF_REFERENCES) and all(AG.SELF_REFERENCES.values())


def test_traditional_pairs_map_one_character_to_another() -> None:
    table = T.table()
    assert len(T.PAIRS) % 2 == 0
    assert all(len(v) == 1 and chr(k) != v for k, v in table.items())


def test_page_tables_compile_and_are_words() -> None:
    import re

    from lawrep.rules import pages as P

    for pattern in P.BOILERPLATE_LINES:
        re.compile(pattern)
    assert all(isinstance(name, str) and name for name in P.CONTAINERS)
    assert P.MAX_NESTING > 0 and P.BOILERPLATE_MAX > 0


def test_every_rate_names_its_numerator_and_denominator() -> None:
    for term in TAXONOMY:
        is_rate = term.key.endswith("_rate")
        assert bool(term.numerator and term.denominator) == is_rate, term.key
