"""The pattern analysis behind the rule gates: first characters of a pattern, and the promise
that a text without any of them has no match."""

from __future__ import annotations

import re

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from lawrep.stages import metrics
from lawrep.text.fastre import alternation, branch_of, first_chars, literals, needed_chars

CASES = [
    (r"(追发|追回)工资", {"追"}),
    (r"立案(查处|处理|调查)?$|立案查处", {"立"}),
    (r"a?b", {"a", "b"}),
    (r"(?:a|)b", {"a", "b"}),
    (r"(?=x)ab", {"a"}),
    (r"(?<=x)[0-2]y", {"0", "1", "2"}),
    (r"^\s*", None),  # may match empty
    (r"a*", None),
    (r"^.{0,6}(讨要)", None),  # any character may begin it
    (r"[^a]b", None),
    (r"\p{Han}案", None),  # regex-only syntax: no gate
    (r"(?i)ab", None),  # flags: no gate
    (r"(?>ab|c)d", {"a", "c"}),
    (r"(?:追发){e<=1}工资", None),  # regex's fuzzy matching: the standard parser misreads it
    (r"[[:alpha:]]x", None),  # a POSIX class, read by the standard parser as a nested set
    (r"[[:^digit:]]x", None),
    (r"a{2,3}b", {"a"}),
]


@pytest.mark.parametrize(("pattern", "expected"), CASES)
def test_first_chars(pattern: str, expected: set[str] | None) -> None:
    assert first_chars(pattern) == (frozenset(expected) if expected is not None else None)


GATED = [(c.rule.id, c.left, c.left_first) for c in metrics._RULES if c.left is not None and c.left_first]
ALPHABET = sorted({ch for c in metrics._RULES if c.rule.left for ch in c.rule.left if "\u4e00" <= ch <= "\u9fff"})


def test_every_left_cue_of_the_rule_table_has_a_gate() -> None:
    # not required for correctness, but a rule without one costs a search on every quantity
    assert len(GATED) == sum(1 for c in metrics._RULES if c.left is not None)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from([*ALPHABET, "0", "1", ",", "。"]), max_size=40))
def test_a_text_without_the_first_characters_has_no_match(text: str) -> None:
    chars = frozenset(text)
    for _id, pattern, first in GATED:
        assert pattern is not None and first is not None
        if first.isdisjoint(chars):
            assert pattern.search(text) is None


NEEDED = [
    (r"^.{0,14}公平竞争审查", {"公"}),  # the smallest set a match must hold: any one part will do
    (r"^.{0,4}(律师|法律顾问|公职律师)", {"律", "法", "公"}),
    (r"^(?:名|位)?(?:干部|职工)(参加|出席)", {"干", "职"}),
    (r"a?b", {"b"}),
    (r"a{0}b", {"b"}),
    (r"(?:a|)b", {"b"}),
    (r"x|", None),  # may match empty
    (r"a*", None),
    (r"(?=x).", None),  # a look-ahead consumes nothing
    (r"[^a]", None),
    (r"\p{Han}", None),  # regex-only syntax: no gate
    (r"(?i)ab", None),
    (r"(?:追发){e<=1}工资", None),
]


@pytest.mark.parametrize(("pattern", "expected"), NEEDED)
def test_needed_chars(pattern: str, expected: set[str] | None) -> None:
    assert needed_chars(pattern) == (frozenset(expected) if expected is not None else None)


RIGHT_GATED = [(c.rule.id, c.right, c.right_needs) for c in metrics._RULES if c.right is not None and c.right_needs]
RIGHT_ALPHABET = sorted({ch for c in metrics._RULES for ch in c.rule.right or "" if "\u4e00" <= ch <= "\u9fff"})


def test_every_right_cue_of_the_rule_table_has_a_gate() -> None:
    assert len(RIGHT_GATED) == sum(1 for c in metrics._RULES if c.right is not None)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from([*RIGHT_ALPHABET, "0", "1", ",", "。", "《"]), max_size=30))
def test_a_text_without_the_needed_characters_has_no_match(text: str) -> None:
    chars = frozenset(text)
    for _id, pattern, needed in RIGHT_GATED:
        assert pattern is not None and needed is not None
        if needed.isdisjoint(chars):
            assert pattern.search(text) is None


def test_literals_prefers_the_longest_word() -> None:
    assert literals(["一门", "一门式"]).search("推行一门式服务").group() == "一门式"  # type: ignore[union-attr]
    assert literals(["a.b"]).search("axb") is None


WORD_LISTS = [["a", "ab", "abc", "b", "bc"], ["ab", "abd", "ac", "b", "a.b"], ["", "a"], []]


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(WORD_LISTS), st.text(alphabet="abcd.x", max_size=30))
def test_literals_finds_what_an_alternation_longest_first_finds(words: list[str], text: str) -> None:
    # the trie must give the spans of the plain alternation it replaced, in every text
    plain = re.compile("|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w))))
    assert [m.span() for m in literals(words).finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_level_words_never_overlap_across_levels() -> None:
    # meta counts all levels' self-references in one scan; that equals one scan per level only
    # while no word of one level can overlap a word of another (a suffix that is a prefix).
    from lawrep.rules.meta import LEVEL_SIGNALS

    for level_a, words_a in LEVEL_SIGNALS.items():
        for level_b, words_b in LEVEL_SIGNALS.items():
            if level_a == level_b:
                continue
            for a in words_a:
                for b in words_b:
                    assert b not in a
                    assert not any(b.startswith(a[i:]) for i in range(1, len(a))), (a, b)


@pytest.mark.parametrize(
    ("text", "flags", "branch", "matched"),
    [
        ("xaby", 0, 0, "a"),  # branches are tried in order: a before ab
        ("xby", 0, 2, "b"),
        ("ab仲裁", regex.REVERSE, 1, "ab"),  # backwards: the match ending last, then table order
    ],
)
def test_alternation_says_which_branch_matched(text: str, flags: int, branch: int, matched: str) -> None:
    pattern, marks = alternation(["a", "ab", "(b)"], flags=flags)
    m = pattern.search(text)
    assert m is not None and branch_of(m, marks) == branch and m.group() == matched
