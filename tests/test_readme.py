"""The README's Python example runs as written (a doctest, from the project root)."""

from __future__ import annotations

import doctest

import pytest

from .helpers import ROOT


def test_readme_example_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    result = doctest.testfile(str(ROOT / "README.md"), module_relative=False, optionflags=doctest.ELLIPSIS)
    assert result.attempted >= 5
    assert result.failed == 0
