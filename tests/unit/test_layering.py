"""The house's layers (DESIGN §3), checked on the source with the standard library (ast), so a new import circle
or a wrong-way import fails here with its name and line instead of as a half-initialised module at run time.

    sync/                      shared with the central store (protocol, policy, clock...); never imports desktop/
      sync/server/             the central store; nothing it imports, even indirectly, is desktop code or the
                               device's sync engine; desktop code imports it only for the embedded demo store
      DEVICE_SYNC_ENGINE       the device's half of the sync (sync/client.py, sync/device/ and helpers): DESIGN §3 lets
                               it use the local models (`sync.client -> models`), and nothing else of desktop/
    desktop/models             local data (no Qt)
    desktop/services           domain operations (no Qt); never the UI, the commands or the CLI
    desktop/commands           `wijkdesk <command>` handlers; never the UI
    desktop/ui                 the window (PySide6); calls services, never the commands or the CLI
    desktop/cli.py             the entry point above both: the only place outside desktop/ui that may import the
                               UI, and only `desktop.ui.app` (run_gui) and `desktop.ui.i18n` (the translator
                               for command-line messages); see UI_ENTRY_POINTS.

Every import counts, also those inside functions (a lazy import still closes a circle: whichever module is
imported first gets the other half-initialised). Imports under `if TYPE_CHECKING:` are not run and do not count.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from dataclasses import dataclass
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("desktop", "sync")

# The device's sync engine lives in sync/ beside the protocol it speaks, but works on the local store.
DEVICE_SYNC_ENGINE = ("sync.client", "sync.device", "sync.credentials", "sync.restored", "sync.adopt_team",
                      "sync.transport")  # modules or packages
DEVICE_SYNC_MAY_USE = ("desktop.models", "desktop.i18n")

# (importer, imported): the documented ways across a layer boundary. Keep these short.
UI_ENTRY_POINTS = {
    ("desktop.cli", "desktop.ui.app"),   # `wijkdesk` / `wijkdesk gui` starts the window: run_gui
    ("desktop.cli", "desktop.ui.i18n"),  # `--lang en` for command-line messages: load_translator(install_qt=False)
}
# `wijkdesk --demo` runs a throwaway central store in-process (plain SQLite, 127.0.0.1).
DEMO_STORE = {
    ("desktop.ui.demo", "sync.server.db"),
    ("desktop.ui.demo", "sync.server.demo"),
    ("desktop.ui.demo", "sync.server.embedded"),
    ("desktop.ui.demo", "sync.server.migrate"),
}


@dataclass(frozen=True)
class Edge:
    source: str
    target: str
    line: int
    in_function: bool

    def __str__(self) -> str:
        where = "in a function" if self.in_function else "at module level"
        return f"{self.source} -> {self.target} ({module_path(self.source)}:{self.line}, {where})"


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


@cache
def modules() -> dict[str, Path]:
    return {module_name(p): p for pkg in PACKAGES for p in sorted((ROOT / pkg).rglob("*.py"))}


def module_path(name: str) -> str:
    path = modules().get(name)
    return str(path.relative_to(ROOT)) if path else name


def _type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def _raw_imports(name: str, path: Path) -> list[tuple[str, str | None, int, bool]]:
    """(module, imported name or None, line, inside a function) for every import statement that runs."""
    is_package = path.name == "__init__.py"
    found: list[tuple[str, str | None, int, bool]] = []

    def visit(node: ast.AST, in_function: bool) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.If) and _type_checking(child.test):
                for other in child.orelse:
                    visit_node(other, in_function)
                continue
            visit_node(child, in_function)

    def visit_node(node: ast.AST, in_function: bool) -> None:
        if isinstance(node, ast.Import):
            found.extend((a.name, None, node.lineno, in_function) for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:  # relative: from the package of this module, up level-1 packages
                package = name.split(".") if is_package else name.split(".")[:-1]
                package = package[:len(package) - (node.level - 1)]
                base = ".".join([*package, base] if base else package)
            found.extend((base, a.name, node.lineno, in_function) for a in node.names)
        visit(node, in_function or isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)))

    visit(ast.parse(path.read_text("utf-8"), str(path)), False)
    return found


def _resolve(module: str, attr: str | None) -> str | None:
    """The project module an import runs: `from pkg import mod` is pkg.mod, `from mod import name` is mod."""
    known = modules()
    if attr and f"{module}.{attr}" in known:
        return f"{module}.{attr}"
    parts = module.split(".")
    while parts:
        if ".".join(parts) in known:
            return ".".join(parts)
        parts.pop()
    return None


@cache
def edges() -> tuple[Edge, ...]:
    out = []
    for name, path in modules().items():
        for module, attr, line, in_function in _raw_imports(name, path):
            target = _resolve(module, attr)
            if target is not None and target != name:
                out.append(Edge(name, target, line, in_function))
    return tuple(out)


@cache
def external_imports() -> tuple[tuple[str, str, int], ...]:
    """(importer, top-level module name, line) for imports of anything outside the project (PySide6, ...)."""
    return tuple((name, module, line) for name, path in modules().items()
                 for module, _attr, line, _f in _raw_imports(name, path) if module.split(".")[0] not in PACKAGES)


def cycles(all_edges: tuple[Edge, ...]) -> list[list[Edge]]:
    """One shortest cycle per strongly connected component (Tarjan), as the list of its edges."""
    graph: dict[str, dict[str, Edge]] = {}
    for e in all_edges:
        graph.setdefault(e.source, {}).setdefault(e.target, e)
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    components: list[set[str]] = []

    def connect(v: str) -> None:  # recursion depth is bounded by the number of modules (a few hundred)
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in graph.get(v, {}):
            if w not in index:
                connect(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = set()
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.add(w)
                if w == v:
                    break
            if len(component) > 1:
                components.append(component)

    for v in sorted(graph):
        if v not in index:
            connect(v)

    found = []
    for component in components:
        start = min(component)
        # Breadth-first from start back to start, inside the component: the shortest circle through it.
        paths: dict[str, list[Edge]] = {start: []}
        queue = [start]
        cycle: list[Edge] = []
        while queue and not cycle:
            v = queue.pop(0)
            for w, e in sorted(graph.get(v, {}).items()):
                if w == start:
                    cycle = [*paths[v], e]
                    break
                if w in component and w not in paths:
                    paths[w] = [*paths[v], e]
                    queue.append(w)
        found.append(cycle)
    return found


def describe(cycle: list[Edge]) -> str:
    return "import circle " + " -> ".join([cycle[0].source, *(e.target for e in cycle)]) + ":\n    " + \
        "\n    ".join(str(e) for e in cycle)


def in_layer(module: str, *layers: str) -> bool:
    return any(module == layer or module.startswith(layer + ".") for layer in layers)


# --- the tests ---------------------------------------------------------------------------------------


def test_the_graph_sees_lazy_and_relative_imports():
    """The checks below are only as good as the graph: it must see an import inside a function and resolve
    `from . import x` and `from .x import y` to the module."""
    seen = {(e.source, e.target): e for e in edges()}
    assert seen[("desktop.cli", "desktop.ui.app")].in_function
    assert ("desktop.services.printing", "desktop.services.audit") in seen      # from . import audit
    assert ("desktop.services.printing", "desktop.services.print_layout") in seen  # from .print_layout import
    assert not any(e.source == "desktop.models" for e in edges() if e.target == "desktop.models.entities"), \
        "an import under `if TYPE_CHECKING:` is not run and must not count"


def test_cycle_finder_names_a_circle():
    made_up = (Edge("a", "b", 1, False), Edge("b", "c", 2, True), Edge("c", "a", 3, True), Edge("c", "d", 4, False))
    [cycle] = cycles(made_up)
    assert [e.source for e in cycle] == ["a", "b", "c"] and "a -> b -> c -> a" in describe(cycle)


def test_no_import_circles():
    found = cycles(edges())
    assert not found, "\n".join(describe(c) for c in found)


def test_sync_never_imports_desktop():
    """Except the device's sync engine, which may use the local models (and the translation hook) only."""
    wrong = [str(e) for e in edges() if in_layer(e.source, "sync") and in_layer(e.target, "desktop")
             and not (in_layer(e.source, *DEVICE_SYNC_ENGINE) and in_layer(e.target, *DEVICE_SYNC_MAY_USE))]
    assert wrong == []


def test_the_central_store_runs_without_the_desktop():
    """Everything sync/server imports, followed to the end, is the central store or the shared sync code."""
    graph: dict[str, set[str]] = {}
    for e in edges():
        graph.setdefault(e.source, set()).add(e.target)
    reached = {m for m in modules() if in_layer(m, "sync.server")}
    todo = list(reached)
    while todo:
        for target in graph.get(todo.pop(), ()):
            if target not in reached:
                reached.add(target)
                todo.append(target)
    assert sorted(m for m in reached if in_layer(m, "desktop", *DEVICE_SYNC_ENGINE)) == []


def test_models_and_services_stay_below_the_ui_and_the_commands():
    wrong = [str(e) for e in edges() if in_layer(e.source, "desktop.models", "desktop.services")
             and in_layer(e.target, "desktop.ui", "desktop.commands", "desktop.cli")]
    wrong += [f"{m} imports {ext} ({module_path(m)}:{line})" for m, ext, line in external_imports()
              if in_layer(m, "desktop.models", "desktop.services", "sync") and ext.split(".")[0] == "PySide6"]
    assert wrong == []


def test_the_ui_is_entered_only_through_the_cli_entry_points():
    """desktop/commands never import desktop/ui; only desktop/cli.py does, through the two entry points."""
    wrong = [str(e) for e in edges() if in_layer(e.target, "desktop.ui") and not in_layer(e.source, "desktop.ui")
             and (e.source, e.target) not in UI_ENTRY_POINTS]
    assert wrong == []


def test_the_ui_does_not_call_commands_or_the_cli():
    """The window uses services (the sign-in is desktop/services/sign_in.py), never a command handler."""
    wrong = [str(e) for e in edges() if in_layer(e.source, "desktop.ui")
             and in_layer(e.target, "desktop.commands", "desktop.cli")]
    assert wrong == []


def test_desktop_imports_the_central_store_only_for_the_demo():
    wrong = [str(e) for e in edges() if in_layer(e.source, "desktop") and in_layer(e.target, "sync.server")
             and (e.source, e.target) not in DEMO_STORE]
    assert wrong == []


def test_the_allowed_exceptions_are_still_used():
    """An exception nobody needs any more is removed from the list, so the list stays the truth."""
    used = {(e.source, e.target) for e in edges()}
    assert (UI_ENTRY_POINTS | DEMO_STORE) - used == set()


def test_importing_services_loads_no_qt():
    mods = sorted(f"desktop.services.{p.stem}" for p in (ROOT / "desktop" / "services").glob("*.py"))
    mods += ["desktop.models", "desktop.models.migrate", "sync"]
    code = ("import importlib, sys\n"
            f"for m in {mods!r}: importlib.import_module(m)\n"
            "bad = [m for m in sys.modules if m.startswith('PySide6')]\n"
            "print(bad); sys.exit(1 if bad else 0)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
