"""The core never imports Textual; CLI subcommands that do not open the app stay Textual-free."""

from __future__ import annotations

import ast
import pkgutil
import subprocess
import sys
from pathlib import Path

import pytest

import rmcoach
from tests.conftest import ROOT

UI_PACKAGES = ("rmcoach.app", "rmcoach.screens", "rmcoach.widgets")


def _core_modules() -> list[str]:
    names = []
    for info in pkgutil.walk_packages(rmcoach.__path__, "rmcoach."):
        if info.name.startswith(UI_PACKAGES) or info.name == "rmcoach.__main__":
            continue
        names.append(info.name)
    return names


@pytest.mark.parametrize("module", _core_modules())
def test_core_module_does_not_import_textual(module: str) -> None:
    code = (
        "import sys, importlib; importlib.import_module(%r); "
        "bad = sorted(m for m in sys.modules if m == 'textual' or m.startswith('textual.')); "
        "print(','.join(bad))" % module
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "", f"{module} pulls in {out.stdout.strip()}"


def test_cli_commands_do_not_import_textual(tmp_path) -> None:
    code = (
        "import sys; from rmcoach.cli import main; "
        "rc = main(['--data-dir', %r, 'doctor']); "
        "print('textual' in sys.modules)" % str(tmp_path)
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert out.stdout.strip().splitlines()[-1] == "False", out.stdout + out.stderr


# --------------------------------------------------------------------------- import graph
def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def _module_level_imports(body: list[ast.stmt]) -> list[ast.Import | ast.ImportFrom]:
    """Imports that run when the module is imported: the top level, and inside top-level
    try / if blocks, but not ``if TYPE_CHECKING:`` (read by the type checker only) and not
    inside functions (deferred on purpose)."""
    found: list[ast.Import | ast.ImportFrom] = []
    for node in body:
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            found.append(node)
        elif isinstance(node, ast.If):
            if not _is_type_checking(node.test):
                found += _module_level_imports(node.body)
            found += _module_level_imports(node.orelse)
        elif isinstance(node, ast.Try):
            for block in (node.body, node.orelse, node.finalbody, *(h.body for h in node.handlers)):
                found += _module_level_imports(block)
    return found


def import_graph(package_dir: Path, package: str = "rmcoach") -> dict[str, set[str]]:
    """Each module of the package -> the package's modules it imports at module level."""
    modules: dict[str, Path] = {}
    for path in package_dir.rglob("*.py"):
        parts = list(path.relative_to(package_dir.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        modules[".".join(parts)] = path
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        is_package = path.name == "__init__.py"
        edges: set[str] = set()
        for node in _module_level_imports(ast.parse(path.read_text(encoding="utf-8")).body):
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            else:
                base = node.module or ""
                if node.level:
                    anchor = name.split(".") if is_package else name.split(".")[:-1]
                    anchor = anchor[: len(anchor) - (node.level - 1)]
                    base = ".".join([*anchor, base]) if base else ".".join(anchor)
                # `from pkg import mod` imports the submodule when there is one
                targets = [f"{base}.{a.name}" if f"{base}.{a.name}" in modules else base for a in node.names]
            edges |= {t for t in targets if t in modules and t != name}
        graph[name] = edges
    return graph


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One import cycle (as a path that ends where it starts), or None."""
    state: dict[str, int] = {}  # 1 = on the current path, 2 = done
    path: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        path.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                return path[path.index(nxt):] + [nxt]
            if nxt not in state and (cycle := visit(nxt)):
                return cycle
        path.pop()
        state[node] = 2
        return None

    for start in sorted(graph):
        if start not in state and (cycle := visit(start)):
            return cycle
    return None


def test_find_cycle_reports_a_cycle_and_accepts_a_tree() -> None:
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b", "c"}, "b": {"c"}, "c": set()}) is None


def test_import_graph_sees_module_level_imports_only(tmp_path: Path) -> None:
    pkg = tmp_path / "pkg"
    pkg.mkdir()
    (pkg / "__init__.py").write_text("")
    (pkg / "a.py").write_text("from pkg import b\nfrom typing import TYPE_CHECKING\n"
                              "if TYPE_CHECKING:\n    from pkg import c\n")
    (pkg / "b.py").write_text("def f():\n    from pkg import a\n")
    (pkg / "c.py").write_text("from .a import x\n")
    graph = import_graph(pkg, "pkg")
    assert graph["pkg.a"] == {"pkg.b"}
    assert graph["pkg.b"] == set()
    assert graph["pkg.c"] == {"pkg.a"}


def test_rmcoach_has_no_import_cycles() -> None:
    graph = import_graph(ROOT / "rmcoach")
    assert len(graph) > 50  # the whole package was read
    assert find_cycle(graph) is None, " -> ".join(find_cycle(graph) or [])


# --------------------------------------------------------------------------- types
def test_mypy_strict_passes() -> None:
    pytest.importorskip("mypy")
    run = subprocess.run([sys.executable, "-m", "mypy", "rmcoach"], cwd=ROOT, capture_output=True, text=True)
    assert run.returncode == 0, run.stdout + run.stderr


def test_screens_take_tick_boxes_and_radio_buttons_from_the_readable_toggles() -> None:
    """Textual's own Checkbox shows the same X whether ticked or not (only its colour
    changes): on the who-is-here screen "This is my computer" looked ticked when it was
    not.  widgets/toggles.py draws [x] / [ ] and (•) / ( )."""
    plain = {"Checkbox", "RadioButton", "SelectionList"}
    offenders = []
    for path in sorted((ROOT / "rmcoach").rglob("*.py")):
        if path.name == "toggles.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module == "textual.widgets":
                used = plain & {alias.name for alias in node.names}
                if used and "widgets/guard.py" not in path.as_posix():  # isinstance checks only
                    offenders.append(f"{path.relative_to(ROOT)}: {sorted(used)}")
    assert not offenders, offenders
