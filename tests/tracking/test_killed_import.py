"""An import killed half-way leaves nothing behind: it is one transaction, and SQLite rolls an unfinished one back.

The test runs the real command (``chitieu import``) in its own process against a database file of its own, waits
until the import is writing (SQLite's rollback journal appears), checks the process is still running, kills it
with SIGKILL (no handler, no cleanup) and then reads the file: the same rows as before, and no audit entry of the
import.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

# Test units T01…T40 (old edition) and one indicator, made in the process that creates the database.
PREPARE = """
import django
django.setup()
from datetime import date
from django.core.management import call_command
call_command("migrate", verbosity=0, interactive=False)
from chitieu.tracking.actions import Actor, IndicatorSpec, do_create_indicator
from chitieu.tracking.models import AuditEntry, Unit
who = Actor(name="test setup", face=AuditEntry.Face.SYSTEM)
Unit.objects.bulk_create(
    Unit(code=f"T{i:02d}", level="province", kind="province", name=f"Test {i}", short_name=f"Test {i}",
         ascii_name=f"Test {i}", name_en=f"Test {i}", search_key=f"test {i}", edition="legacy",
         valid_to=date(2025, 7, 1))
    for i in range(1, UNITS + 1)
)
do_create_indicator(who, IndicatorSpec(code="t-output", name_vi="Sản lượng", name_en="Output",
    unit_of_measure="tấn", direction="higher", kind="flow", growth_model="linear", aggregation="sum"))
"""
UNITS, YEARS = 40, range(2010, 2020)  # 4,800 monthly figures: far more than are written before the kill
RUN = "from chitieu.cli.main import main; main()"
TABLES = ("tracking_observation", "tracking_observationrevision", "tracking_auditentry")


def environment(data_dir: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    env.update(CHITIEU_DATA_DIR=str(data_dir), DJANGO_SETTINGS_MODULE="chitieu.server.settings")
    return env


def counts(database: Path) -> dict[str, int]:
    with sqlite3.connect(database) as db:
        found = {table: db.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for table in TABLES}  # noqa: S608
        imported = db.execute("SELECT count(*) FROM tracking_auditentry WHERE face = 'import'")
        found["import entries"] = imported.fetchone()[0]
    return found


def write_figures(path: Path) -> int:
    rows = [
        f"t-output,T{unit:02d},{year}-{month:02d},{year + month + unit}"
        for year in YEARS
        for month in range(1, 13)
        for unit in range(1, UNITS + 1)
    ]
    path.write_text("indicator,unit,period,value\n" + "\n".join(rows) + "\n", encoding="utf-8")
    return len(rows)


def wait_for(condition, process: subprocess.Popen, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if process.poll() is not None:
            out, err = process.communicate()
            pytest.fail(f"the import ended (exit {process.returncode}) before it was killed:\n{out}\n{err}")
        if time.monotonic() > deadline:
            process.kill()
            pytest.fail(f"the import did not start writing within {timeout} s")
        time.sleep(0.01)


def test_an_import_killed_while_writing_leaves_the_database_as_it_was(tmp_path):
    env = environment(tmp_path)
    subprocess.run([sys.executable, "-c", f"UNITS = {UNITS}\n{PREPARE}"], env=env, check=True, timeout=300)
    database, journal = tmp_path / "chitieu.sqlite3", tmp_path / "chitieu.sqlite3-journal"
    figures = tmp_path / "observations.csv"
    assert write_figures(figures) == 4800
    before = counts(database)
    assert not journal.exists()

    process = subprocess.Popen(
        [sys.executable, "-c", RUN, "import", str(figures), "--actor", "killed import"],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    wait_for(journal.exists, process, timeout=120)  # the transaction has changed its first page
    time.sleep(0.5)  # let it write a good many rows
    assert process.poll() is None, "the import finished before it could be killed"
    written = journal.stat().st_size
    process.send_signal(signal.SIGKILL)
    process.communicate(timeout=30)

    assert process.returncode == -signal.SIGKILL
    assert written > 0  # the journal held the pages the unfinished transaction had changed
    after = counts(database)  # reading the file rolls back whatever the unfinished transaction left
    assert after == before
    assert after["import entries"] == 0
    with sqlite3.connect(database) as db:
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
