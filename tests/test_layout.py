"""The layout keeps its one-way flow (README, Design): each folder imports only the folders
below it. Read from the source with ``ast``, so a lazy import inside a function counts too."""

from __future__ import annotations

import ast
from pathlib import Path

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
    "readers": {"errors", "models", "rules", "text"},
    "stages": {"models", "rules", "text"},
    "pipeline": {"models", "readers", "stages", "text"},
    "export": {"models", "text"},
    "corpus": {"errors", "models", "readers", "stages", "pipeline", "text"},
    "commands": {"lawrep", "errors", "models", "rules", "readers", "pipeline", "export", "corpus", "text"},
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
        if isinstance(node, ast.Import):
            names = [alias.name.split(".") for alias in node.names]
            found.update(_part_of_name(name[1:]) for name in names if name[0] == "lawrep")
        elif isinstance(node, ast.ImportFrom) and (node.level == 0 or node.level - 1 >= depth):
            if node.level == 0 and not (node.module or "").startswith("lawrep"):
                continue  # another package
            path = (node.module or "").split(".")[1 if node.level == 0 else 0 :] if node.module else []
            if path and path[0]:
                found.add(_part_of_name(path))
            else:  # from lawrep import x / from .. import x: x is a part, or a name of the package's API
                found.update(_part_of_name([alias.name]) for alias in node.names)
    return found - {_part(module)}


def _part_of_name(path: list[str]) -> str:
    """``["stages", "metrics"]`` → ``stages``; a name that is no part (``__version__``,
    ``extract``) is the package's own ``__init__``: ``lawrep``."""
    if not path:
        return "lawrep"
    head = path[0]
    is_part = (PACKAGE / head).is_dir() or (PACKAGE / f"{head}.py").is_file()
    return head if is_part else "lawrep"


IN_FOLDERS = sorted(str(p.relative_to(PACKAGE)) for p in PACKAGE.rglob("*.py") if p.parent != PACKAGE)
TOP_LEVEL = sorted(p.name for p in PACKAGE.glob("*.py") if p.name not in ("__init__.py", "__main__.py"))
MODULES = [*IN_FOLDERS, *TOP_LEVEL]


@pytest.mark.parametrize("module", MODULES)
def test_imports_flow_one_way(module: str) -> None:
    part = _part(module)
    assert part in ALLOWED, f"{module}: a new part of the package needs a row in ALLOWED and the README"
    assert _imported_parts(module) <= ALLOWED[part], f"{module} imports {_imported_parts(module) - ALLOWED[part]}"


def test_the_check_sees_every_kind_of_import() -> None:
    """The reader of imports is not blind: relative imports from any depth, lazy imports inside
    functions, and names imported from the package itself."""
    assert {"rules", "text", "models"} <= _imported_parts("stages/metrics.py")
    assert "pipeline" in _imported_parts("commands/batch.py")
    assert "readers" in _imported_parts("pipeline.py")
    assert "lawrep" in _imported_parts("commands/cli.py")  # from .. import __version__
    assert "models" in _imported_parts("stages/checks/arithmetic.py")  # from ...models import


def test_a_forbidden_import_is_caught(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Planted violations are found: a stage importing the API, a command importing a stage."""
    import tests.test_layout as layout

    fake = tmp_path / "lawrep"
    (fake / "stages").mkdir(parents=True)
    (fake / "commands").mkdir()
    (fake / "stages" / "bad.py").write_text("from .. import extract\nfrom lawrep import pipeline\n", encoding="utf-8")
    (fake / "commands" / "bad.py").write_text("from lawrep import stages\nimport lawrep.rules.meta\n", encoding="utf-8")
    (fake / "pipeline.py").write_text("", encoding="utf-8")
    (fake / "stages" / "__init__.py").write_text("", encoding="utf-8")
    (fake / "rules").mkdir()
    monkeypatch.setattr(layout, "PACKAGE", fake)
    assert layout._imported_parts("stages/bad.py") == {"lawrep", "pipeline"}
    assert layout._imported_parts("commands/bad.py") == {"stages", "rules"}
