"""desktop/models, desktop/services and sync/ never import PySide6 (DESIGN §3)."""

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
QT_FREE = [ROOT / "desktop" / "models", ROOT / "desktop" / "services", ROOT / "sync"]


def test_no_pyside_in_source():
    offenders = []
    for folder in QT_FREE:
        for py in folder.rglob("*.py"):
            for node in ast.walk(ast.parse(py.read_text("utf-8"))):
                names = []
                if isinstance(node, ast.Import):
                    names = [a.name for a in node.names]
                elif isinstance(node, ast.ImportFrom) and node.module:
                    names = [node.module]
                if any(n.split(".")[0] in ("PySide6", "desktop") and (n.startswith("PySide6") or n.startswith("desktop.ui"))
                       for n in names):
                    offenders.append(str(py.relative_to(ROOT)))
    assert offenders == []


def test_importing_services_loads_no_qt():
    modules = sorted(f"desktop.services.{p.stem}" for p in (ROOT / "desktop" / "services").glob("*.py"))
    modules += ["desktop.models", "desktop.models.migrate", "sync"]
    code = ("import importlib, sys\n"
            f"for m in {modules!r}: importlib.import_module(m)\n"
            "bad = [m for m in sys.modules if m.startswith('PySide6')]\n"
            "print(bad); sys.exit(1 if bad else 0)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
