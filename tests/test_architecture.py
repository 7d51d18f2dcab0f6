"""The layer rules of conventions.md hold: Qt stays out of the domain, SQL out of the UI,
and no module of the UI imports one that imports it back."""

from __future__ import annotations

import ast
import graphlib
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_import_linter_contracts_are_kept() -> None:
    linter = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run(
        [str(linter), "--no-cache"], cwd=ROOT, capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "5 kept, 0 broken" in result.stdout


def _imports_within(package: str) -> dict[str, set[str]]:
    """Each module of `package` with the modules of `package` it imports: every import,
    those made only for type checking or inside a function too."""
    modules = {
        ".".join(path.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__"): path
        for path in (ROOT / package).rglob("*.py")
    }
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        imported: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                imported.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                imported.add(node.module)
                imported.update(f"{node.module}.{alias.name}" for alias in node.names)
        # A package's own __init__ is not an import back.
        graph[name] = {m for m in imported if m in modules and not name.startswith(m + ".")}
        graph[name].discard(name)
    return graph


def test_no_module_of_the_ui_imports_one_that_imports_it_back() -> None:
    sorter = graphlib.TopologicalSorter(_imports_within("ui"))
    try:
        sorter.prepare()
    except graphlib.CycleError as cycle:
        raise AssertionError(f"import cycle: {' -> '.join(cycle.args[1])}") from None
