"""No import cycles: the module-level imports of kehoach/ and ingest/ form an acyclic graph, and
every module imports on its own in a fresh interpreter (an import cycle shows up as an
ImportError only for some first module, so each one is tried first)."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("kehoach", "ingest")


def modules() -> dict[str, Path]:
    """Dotted module name -> file, for every module of the packages (packages as their __init__)."""
    out: dict[str, Path] = {}
    for pkg in PACKAGES:
        for path in sorted((ROOT / pkg).rglob("*.py")):
            if "__pycache__" in path.parts:
                continue
            parts = list(path.relative_to(ROOT).with_suffix("").parts)
            if parts[-1] == "__init__":
                parts.pop()
            out[".".join(parts)] = path
    return out


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or \
        (isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def _module_level_imports(tree: ast.Module) -> list[ast.Import | ast.ImportFrom]:
    """Imports that run when the module is imported: top level, and inside top-level if/try/with
    blocks, but not in functions, classes or `if TYPE_CHECKING:`."""
    found: list[ast.Import | ast.ImportFrom] = []

    def walk(body: list[ast.stmt]) -> None:
        for node in body:
            if isinstance(node, (ast.Import, ast.ImportFrom)):
                found.append(node)
            elif isinstance(node, ast.If):
                if not _is_type_checking(node.test):
                    walk(node.body)
                walk(node.orelse)
            elif isinstance(node, ast.Try):
                for block in (node.body, node.orelse, node.finalbody, *(h.body for h in node.handlers)):
                    walk(block)
            elif isinstance(node, ast.With):
                walk(node.body)
    walk(tree.body)
    return found


def import_graph() -> dict[str, set[str]]:
    """module -> the modules of the packages it imports at module level. `from p import x` counts
    as importing p.x when that is a module, else p. The parent packages that Python imports
    implicitly before a submodule are not edges (a package importing its own submodules is the
    normal layout, not a cycle)."""
    mods = modules()
    graph: dict[str, set[str]] = {}
    for name, path in mods.items():
        is_pkg = path.name == "__init__.py"
        package = name if is_pkg else name.rpartition(".")[0]
        edges: set[str] = set()
        for node in _module_level_imports(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            if isinstance(node, ast.Import):
                targets = [a.name for a in node.names]
            else:
                if node.level:
                    base = package.split(".")
                    base = base[:len(base) - (node.level - 1)]
                    source = ".".join(base + ([node.module] if node.module else []))
                else:
                    source = node.module or ""
                targets = [f"{source}.{a.name}" if f"{source}.{a.name}" in mods else source for a in node.names]
            for t in targets:
                while t and t not in mods and "." in t:      # `import a.b.c` of a non-module attribute
                    t = t.rpartition(".")[0]
                if t in mods and t != name:
                    edges.add(t)
        graph[name] = edges
    return graph


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    state: dict[str, int] = {}          # 1 on the current path, 2 done
    path: list[str] = []

    def visit(n: str) -> list[str] | None:
        state[n] = 1
        path.append(n)
        for m in sorted(graph[n]):
            if state.get(m) == 1:
                return path[path.index(m):] + [m]
            if m not in state and (cycle := visit(m)):
                return cycle
        path.pop()
        state[n] = 2
        return None

    for n in sorted(graph):
        if n not in state and (cycle := visit(n)):
            return cycle
    return None


def test_the_graph_is_read_right() -> None:
    g = import_graph()
    assert "kehoach.store.base" in g["kehoach.store.embedded"]          # from .base import ...
    assert "kehoach.vocab" in g["kehoach.store.base"]                   # from kehoach.vocab import ...
    assert "kehoach.store" in g["kehoach.void"]                         # from .store import Store
    assert "kehoach.store" not in g["kehoach.store.base"]               # the parent is implicit
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]


def test_no_import_cycle_at_module_level() -> None:
    cycle = find_cycle(import_graph())
    assert cycle is None, "import cycle: " + " -> ".join(cycle or [])


def test_every_module_imports_first_in_a_fresh_interpreter() -> None:
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    names = sorted(modules())
    failures: list[str] = []
    workers = max(2, os.cpu_count() or 2)
    for start in range(0, len(names), workers):
        batch = names[start:start + workers]
        procs = [(n, subprocess.Popen([sys.executable, "-c", f"import {n}"], cwd=ROOT, env=env,
                                      stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)) for n in batch]
        for n, p in procs:
            _, err = p.communicate(timeout=120)
            if p.returncode != 0:
                failures.append(f"{n}: {err.strip().splitlines()[-1] if err.strip() else p.returncode}")
    assert not failures, "\n".join(failures)
