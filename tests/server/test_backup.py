"""Backup and restore (docs/deployment.md): every row of every table comes back, on SQLite and on PostgreSQL.

The round trip runs on the session's test database (the real map, the catalogue and the demo world) plus rows of
every other kind: users with groups and permissions, grants, API tokens, sessions, login attempts and times with
microseconds. The test empties the database, restores, and compares every table with what it held before; the
test's own transaction then rolls everything back.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from axes.models import AccessAttempt
from django.apps import apps
from django.contrib.auth.models import Group, Permission, User
from django.contrib.contenttypes.models import ContentType
from django.contrib.sessions.backends.db import SessionStore
from django.core import serializers
from django.core.management import call_command
from django.db import connection
from django.utils import timezone
from rest_framework.authtoken.models import Token

from chitieu.accounts.models import Grant
from chitieu.server.backup import FORMAT, REBUILT, VERSION, BackupError, restore_backup, row_counts, write_backup
from chitieu.tracking.models import AuditEntry, Unit

pytestmark = pytest.mark.django_db


def every_table() -> dict[str, list[dict]]:
    """Every row of every model table, serialized; content types and permissions by natural key, as they are
    rebuilt by ``migrate`` with ids of their own."""
    tables = {}
    for model in apps.get_models():
        label = model._meta.label_lower
        rebuilt = label in REBUILT
        rows = serializers.serialize(
            "python", model._default_manager.order_by("pk"), use_natural_foreign_keys=True,
            use_natural_primary_keys=rebuilt,
        )
        if rebuilt:
            rows = sorted(({k: v for k, v in row.items() if k != "pk"} for row in rows), key=repr)
        tables[label] = rows
    return tables


def empty_the_database() -> None:
    connection.check_constraints()  # PostgreSQL truncates no table with pending constraint checks
    call_command("flush", interactive=False, verbosity=0)
    ContentType.objects.clear_cache()


@pytest.fixture
def people() -> User:
    """Rows of the kinds the demo world lacks."""
    reviewers = Group.objects.create(name="reviewers")
    reviewers.permissions.add(Permission.objects.get(codename="view_unit"))
    user = User.objects.create_user("lan", "lan@example.vn", "a long enough password", first_name="Lan")
    user.groups.add(reviewers)
    user.user_permissions.add(Permission.objects.get(codename="change_target"))
    Grant.objects.create(user=user, role="approver", unit=Unit.objects.get(code="22", edition="2025"),
                         granted_by="admin", granted_at=timezone.now())
    Token.objects.create(user=user)
    session = SessionStore()
    session["_auth_user_id"] = str(user.pk)
    session.create()
    AccessAttempt.objects.create(username="lan", ip_address="10.0.0.1", user_agent="test", failures_since_start=2,
                                 get_data="", post_data="", http_accept="*/*", path_info="/accounts/login/")
    AuditEntry.objects.create(object_type="unit", object_id=1, action="note", actor="lan", user=user,
                              at=datetime(2026, 1, 2, 3, 4, 5, 678901, tzinfo=UTC), face="cli",
                              before={}, after={"note": "Hải Hà ✓"})
    return user


@pytest.fixture(scope="module")
def world_backup(tmp_path_factory, django_db_setup, django_db_blocker) -> Path:
    """A backup of the session's database (the one world), shared by the tests that only read it."""
    path = tmp_path_factory.mktemp("backup") / "world.json"
    with django_db_blocker.unblock():
        write_backup(path)
    return path


def test_a_restore_into_an_emptied_database_gives_back_every_row_of_every_table(tmp_path: Path, people) -> None:
    before = every_table()
    highest_user_id = people.pk
    path = tmp_path / "chitieu.json"

    header = write_backup(path)

    assert header.counts == {label: len(rows) for label, rows in before.items() if label not in REBUILT}
    assert header.counts["auth.user"] == User.objects.count() and header.counts["tracking.unit"] > 10_000
    empty_the_database()
    assert not any(row_counts().values())

    restored = restore_backup(path)

    assert restored == header
    assert every_table() == before
    # New rows get ids after the restored ones (on PostgreSQL the sequences were reset).
    assert User.objects.create_user("minh").pk > highest_user_id


def test_the_file_is_one_json_object_with_a_header(world_backup: Path) -> None:
    document = json.loads(world_backup.read_text(encoding="utf-8"))

    assert list(document) == ["header", "objects"]
    header = document["header"]
    assert list(header) == ["format", "version", "created", "django", "chitieu", "database", "migrations", "counts"]
    assert (header["format"], header["version"], header["database"]) == (FORMAT, VERSION, connection.vendor)
    assert header["migrations"]["tracking"] == "0003_observation_approval"
    assert header["counts"] == row_counts()
    assert len(document["objects"]) == sum(header["counts"].values())
    assert not any(row["model"] in REBUILT for row in document["objects"])
    assert list(world_backup.parent.iterdir()) == [world_backup]  # the temporary file was renamed, not left behind


def test_a_non_empty_database_is_refused(world_backup: Path) -> None:
    """(`chitieu restore --force` replaces it: tests/cli/test_backup.py.)"""
    with pytest.raises(BackupError, match=r"world\.json: the database is not empty \(.*\); restore with --force"):
        restore_backup(world_backup)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        pytest.param(None, "no such backup file", id="missing"),
        pytest.param('{"header": {"format": "chitieu-backup", "vers', "not a readable chitieu backup", id="truncated"),
        pytest.param("[]", "not a chitieu backup", id="a fixture, not a backup"),
        pytest.param('{"header": {"format": "chitieu-backup", "version": 99}, "objects": []}',
                     "backup format version 99; this chitieu reads 1", id="future format"),
        pytest.param('{"header": {"format": "chitieu-backup", "version": 1}, "objects": []}',
                     "damaged backup header", id="header without its fields"),
    ],
)
def test_an_unusable_file_is_named_in_the_error(tmp_path: Path, content: str | None, message: str) -> None:
    path = tmp_path / "backup.json"
    if content is not None:
        path.write_text(content, encoding="utf-8")

    with pytest.raises(BackupError) as raised:
        restore_backup(path, force=True)

    assert str(raised.value).startswith(f"{path}: {message}")


def backup_with(tmp_path: Path, world_backup: Path, change) -> Path:
    """A copy of the world's backup header with ``change`` applied to the document; no rows."""
    document = {"header": json.loads(world_backup.read_text(encoding="utf-8"))["header"], "objects": []}
    change(document)
    path = tmp_path / "changed.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def test_a_backup_from_a_newer_chitieu_is_refused(tmp_path: Path, world_backup: Path) -> None:
    path = backup_with(tmp_path, world_backup, lambda d: d["header"]["migrations"].update(tracking="0099_future"))

    with pytest.raises(BackupError, match=r"made by a newer chitieu \(unknown migrations: tracking\.0099_future\)"):
        restore_backup(path, force=True)


def test_a_damaged_row_is_reported_and_nothing_is_changed(tmp_path: Path, world_backup: Path) -> None:
    path = backup_with(tmp_path, world_backup, lambda d: d["objects"].append({"model": "tracking.nosuchmodel"}))
    before = row_counts()

    with pytest.raises(BackupError, match=r"changed\.json: cannot load the backup \(DeserializationError: "):
        restore_backup(path, force=True)

    assert row_counts() == before
