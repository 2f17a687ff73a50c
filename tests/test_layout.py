"""The layout keeps its one-way flow (README, Design): each folder imports only the folders
below it. Read from the source with ``ast``, so a lazy import inside a function counts too."""

from __future__ import annotations

import ast

import pytest

from .helpers import ROOT

PACKAGE = ROOT / "lawrep"

# What each part of the package may import besides itself ("lawrep" is the package's own
# __init__, for __version__). This table and the diagram in the README say the same.
ALLOWED: dict[str, set[str]] = {
    "errors": set(),
    "models": set(),
    "rules": {"models"},
    "text": {"rules"},
    "readers": {"errors", "models", "text"},
    "stages": {"models", "rules", "text"},
    "pipeline": {"models", "readers", "stages", "text"},
    "export": {"models", "text"},
    "corpus": {"errors", "models", "readers", "stages", "pipeline", "text"},
    "commands": {"lawrep", "errors", "models", "readers", "pipeline", "export", "corpus", "text"},
}


def _part(path: str) -> str:
    """The top part of a module path inside the package: ``stages``, ``pipeline``…"""
    rel = (PACKAGE / path).relative_to(PACKAGE)
    return rel.parts[0].removesuffix(".py")


def _imported_parts(module: str) -> set[str]:
    """The parts of the package a module imports (absolute or relative, anywhere in it)."""
    source = PACKAGE / module
    depth = len(source.relative_to(PACKAGE).parts) - 1  # folders between the package and the module
    found: set[str] = set()
    for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level == 0:
                names = [node.module or ""]
            else:
                up = node.level - 1  # levels above the module's own folder
                names = [node.module or alias.name for alias in node.names] if up == depth else []
                if up < depth:
                    continue  # an import inside the module's own part
            found.update(_top(name) for name in names if name.split(".")[0] != "__future__")
        elif isinstance(node, ast.Import):
            found.update(_top(alias.name) for alias in node.names)
    return {p for p in found if p} - {_part(module)}


def _top(name: str) -> str:
    """``lawrep.stages.metrics`` or ``stages.metrics`` (relative from the top) → ``stages``."""
    parts = name.split(".")
    if parts[0] == "lawrep":
        return parts[1] if len(parts) > 1 else "lawrep"
    return parts[0] if (PACKAGE / parts[0]).exists() or (PACKAGE / f"{parts[0]}.py").exists() else ""


IN_FOLDERS = sorted(str(p.relative_to(PACKAGE)) for p in PACKAGE.rglob("*.py") if p.parent != PACKAGE)
MODULES = [*IN_FOLDERS, "errors.py", "models.py", "pipeline.py"]


@pytest.mark.parametrize("module", MODULES)
def test_imports_flow_one_way(module: str) -> None:
    part = _part(module)
    assert part in ALLOWED, f"{module}: a new part of the package needs a row in ALLOWED and the README"
    assert _imported_parts(module) <= ALLOWED[part], f"{module} imports {_imported_parts(module) - ALLOWED[part]}"


def test_the_check_sees_a_forbidden_import() -> None:
    """The reader of imports is not blind: stages import rules and text, a command the pipeline."""
    assert {"rules", "text", "models"} <= _imported_parts("stages/metrics.py")
    assert "pipeline" in _imported_parts("commands/batch.py")
    assert "readers" in _imported_parts("pipeline.py")
