"""The core is framework-free and clock-free (STYLE.md): checked on the source, and by importing it."""

import ast
import subprocess
import sys
from pathlib import Path

import pytest

CORE = Path(__file__).resolve().parents[2] / "src" / "chitieu" / "core"
CORE_FILES = sorted(CORE.rglob("*.py"))
# The layers above the core; the core may import none of them.
FORBIDDEN_ROOTS = ("django", "rest_framework", "chitieu.tracking", "chitieu.web", "chitieu.api", "chitieu.cli",
                   "chitieu.accounts", "chitieu.server")
CLOCK_CALLS = {("datetime", "now"), ("datetime", "utcnow"), ("date", "today"), ("datetime", "today"),
               ("time", "time"), ("timezone", "now")}


def imported_modules(tree: ast.AST) -> list[str]:
    names = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
    return names


def clock_reads(tree: ast.AST) -> list[str]:
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            owner = node.func.value
            owner_name = owner.id if isinstance(owner, ast.Name) else getattr(owner, "attr", "")
            if (owner_name, node.func.attr) in CLOCK_CALLS:
                found.append(f"line {node.lineno}: {owner_name}.{node.func.attr}()")
    return found


def test_there_is_a_core_to_check() -> None:
    assert len(CORE_FILES) > 10


@pytest.mark.parametrize("path", CORE_FILES, ids=lambda p: str(p.relative_to(CORE)))
def test_core_module_imports_no_framework_and_reads_no_clock(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    bad = [m for m in imported_modules(tree) if m.split(".")[0] == "django" or m.startswith(FORBIDDEN_ROOTS)]
    assert bad == [], f"{path.name} imports {bad}"
    assert clock_reads(tree) == [], f"{path.name} reads the clock"


def test_checker_catches_what_it_should() -> None:
    tree = ast.parse("import django.db\nfrom chitieu.tracking import models\nx = datetime.now()\n")
    assert imported_modules(tree) == ["django.db", "chitieu.tracking"]
    assert clock_reads(tree) == ["line 3: datetime.now()"]


def test_importing_the_whole_core_loads_no_django() -> None:
    modules = [".".join(p.relative_to(CORE.parent.parent).with_suffix("").parts) for p in CORE_FILES]
    modules = [m.removesuffix(".__init__") for m in modules]
    code = "import sys\n" + "".join(f"import {m}\n" for m in modules) + (
        "leaked = sorted(m for m in sys.modules if m == 'django' or m.startswith('django.'))\n"
        "print(leaked[:5]); raise SystemExit(1 if leaked else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=CORE.parent.parent)
    assert result.returncode == 0, result.stdout + result.stderr
