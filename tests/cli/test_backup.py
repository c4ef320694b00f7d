"""`chitieu backup` and `chitieu restore`: the faces of chitieu.server.backup (tests/server/test_backup.py)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from chitieu.cli.main import app
from chitieu.server.backup import row_counts

pytestmark = pytest.mark.django_db
runner = CliRunner()


def test_backup_then_forced_restore_says_what_it_did(tmp_path: Path) -> None:
    path = tmp_path / "chitieu.json"
    rows = sum(row_counts().values())

    written = runner.invoke(app, ["backup", str(path)])
    restored = runner.invoke(app, ["restore", str(path), "--force"])

    assert written.exit_code == 0, written.output
    assert re.fullmatch(rf"{path}: {rows} rows from \d+ tables \((sqlite|postgresql), \S+\)\n", written.stdout)
    assert restored.exit_code == 0, restored.output
    assert re.fullmatch(rf"{path}: restored {rows} rows into \d+ tables \(backup of \S+\)\n", restored.stdout)
    assert sum(row_counts().values()) == rows


def test_restore_refuses_a_database_that_is_not_empty(tmp_path: Path) -> None:
    path = tmp_path / "chitieu.json"
    runner.invoke(app, ["backup", str(path)])

    result = runner.invoke(app, ["restore", str(path)])

    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.startswith(f"restore: {path}: the database is not empty (")
    assert result.stderr.endswith("); restore with --force to replace its contents\n")


def test_restore_names_a_missing_file(tmp_path: Path) -> None:
    result = runner.invoke(app, ["restore", str(tmp_path / "missing.json")])

    assert (result.exit_code, result.stderr) == (2, f"restore: {tmp_path / 'missing.json'}: no such backup file\n")


def test_backup_names_a_file_it_cannot_write(tmp_path: Path) -> None:
    path = tmp_path / "no-such-folder" / "chitieu.json"

    result = runner.invoke(app, ["backup", str(path)])

    assert (result.exit_code, result.stderr) == (
        2, f"backup: {path}: cannot write the backup (No such file or directory)\n"
    )
