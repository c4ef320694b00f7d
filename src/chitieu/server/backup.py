"""Back up the whole database to one JSON file and restore it, on SQLite and PostgreSQL alike (docs/deployment.md).

The file is one JSON object: ``{"header": {...}, "objects": [...]}``. The objects are Django's serialization of every
row of every model (all apps: the ledger, accounts, users and groups, tokens, sessions, the login-attempt log), in
dependency order, with references to content types and permissions written as natural keys: those two tables are
not in the file, because ``migrate`` builds them and their ids differ from one database to another. The header
names the format and its version, the Django and chitieu versions, the moment, the database it came from, the
latest migration of each app, and the number of rows per table.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime, time
from importlib.metadata import version
from pathlib import Path
from typing import Any

import django
from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.core import serializers
from django.core.management import call_command
from django.core.management.color import no_style
from django.core.serializers.base import DeserializationError, DeserializedObject
from django.core.serializers.json import DjangoJSONEncoder
from django.db import DatabaseError, connection, transaction
from django.db.migrations.loader import MigrationLoader
from django.db.migrations.recorder import MigrationRecorder

FORMAT = "chitieu-backup"
VERSION = 1
# Rebuilt by `migrate` in every database; everything that points to them is written by natural key.
REBUILT = {"contenttypes.contenttype", "auth.permission"}
# Rows per INSERT statement on restore (SQLite allows 32,766 parameters per statement; a unit row has 14 columns).
BATCH = 500


class BackupError(Exception):
    """A backup that cannot be written or read, or a restore that would lose data; the message names the file."""

@dataclass(frozen=True)
class Header:
    """What a backup file says about itself."""
    created: str
    django: str
    chitieu: str
    database: str
    migrations: dict[str, str]
    counts: dict[str, int]

    def as_json(self) -> dict[str, Any]:
        return {"format": FORMAT, "version": VERSION, **self.__dict__}


def backed_up_models() -> list[type]:
    """Every concrete model whose rows a backup holds, in an order in which they can be loaded."""
    app_list = [
        (config, [m for m in config.get_models() if _label(m) not in REBUILT and m._meta.managed])
        for config in apps.get_app_configs()
    ]
    return serializers.sort_dependencies(app_list, allow_cycles=True)


def write_backup(path: Path) -> Header:
    """Write every row to ``path`` atomically (a temporary file beside it, renamed when complete)."""
    path = Path(path)
    models = backed_up_models()
    # One snapshot for the counts and the rows, even while the server keeps writing. (Inside a transaction that
    # has already read, as in tests, the snapshot is that transaction's.)
    snapshot = connection.vendor == "postgresql" and not connection.in_atomic_block
    with transaction.atomic():
        if snapshot:
            with connection.cursor() as cursor:
                cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")
        header = _header({_label(m): m._default_manager.count() for m in models})
        with _atomic_file(path) as out:
            out.write('{"header": ' + json.dumps(header.as_json(), ensure_ascii=False) + ',\n"objects": [')
            first = True
            for model in models:
                rows = model._default_manager.order_by("pk").iterator(chunk_size=2000)
                for row in serializers.serialize("python", rows, use_natural_foreign_keys=True):
                    out.write(("\n" if first else ",\n") + json.dumps(row, cls=_Encoder, ensure_ascii=False))
                    first = False
            out.write("\n]}\n")
    return header


def restore_backup(path: Path, *, force: bool = False) -> Header:
    """Load a backup into the (migrated) database in one transaction.

    A database that already holds rows is refused unless ``force``, which empties it first. Sequences are reset
    afterwards, so new rows on PostgreSQL get ids after the restored ones.
    """
    path = Path(path)
    header, objects = _read(path)
    models = backed_up_models()
    with transaction.atomic():
        filled = {label: n for label, n in row_counts(models).items() if n}
        if filled and not force:
            raise BackupError(
                f"{path}: the database is not empty ({_describe(filled)}); restore with --force to replace its contents"
            )
        if filled:
            # Fire the checks of rows written earlier in this transaction: PostgreSQL does not truncate tables
            # with pending deferred-constraint events.
            connection.check_constraints()
            call_command("flush", interactive=False, verbosity=0)
            ContentType.objects.clear_cache()  # flush rebuilt the content types, perhaps with other ids
        _load(path, objects, models)
        _reset_sequences(models)
    return header


def row_counts(models: list[type] | None = None) -> dict[str, int]:
    """The number of rows in each backed-up table, by ``app_label.model``."""
    return {_label(m): m._default_manager.count() for m in models or backed_up_models()}


def _load(path: Path, objects: list[dict[str, Any]], models: list[type]) -> None:
    """Insert the rows model by model in batches (the database is empty, so nothing is updated)."""
    deferred = []
    batch: list[DeserializedObject] = []
    try:
        for obj in serializers.deserialize("python", objects, handle_forward_references=True):
            if batch and type(obj.object) is not type(batch[0].object):
                _insert(batch)
                batch = []
            batch.append(obj)
            if obj.deferred_fields:
                deferred.append(obj)
        _insert(batch)
        for obj in deferred:
            obj.save_deferred_fields()
        connection.check_constraints(table_names=[m._meta.db_table for m in models])
    except (DeserializationError, DatabaseError, LookupError, TypeError, ValueError) as error:
        raise BackupError(f"{path}: cannot load the backup ({type(error).__name__}: {error})") from error


def _insert(batch: list[DeserializedObject]) -> None:
    if not batch:
        return
    model = type(batch[0].object)
    if model._meta.parents or _stamped(model):
        # bulk_create cannot insert rows of a child model of multi-table inheritance, and it would replace stored
        # auto_now(_add) times with the present moment; a raw save keeps them (login attempts and tokens: few rows).
        for obj in batch:
            obj.save()
        return
    model._base_manager.bulk_create([obj.object for obj in batch], batch_size=BATCH)
    for obj in batch:
        for name, values in (obj.m2m_data or {}).items():
            if values:
                getattr(obj.object, name).set(values)


def _stamped(model: type) -> bool:
    return any(getattr(f, "auto_now", False) or getattr(f, "auto_now_add", False) for f in model._meta.concrete_fields)


def _reset_sequences(models: list[type]) -> None:
    statements = connection.ops.sequence_reset_sql(no_style(), models)
    if statements:
        with connection.cursor() as cursor:
            for sql in statements:
                cursor.execute(sql)


def _read(path: Path) -> tuple[Header, list[dict[str, Any]]]:
    try:
        with path.open(encoding="utf-8") as f:
            document = json.load(f)
    except FileNotFoundError:
        raise BackupError(f"{path}: no such backup file") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise BackupError(f"{path}: not a readable chitieu backup ({error})") from None
    head = document.get("header") if isinstance(document, dict) else None
    if not isinstance(head, dict) or head.get("format") != FORMAT or not isinstance(document.get("objects"), list):
        raise BackupError(f"{path}: not a chitieu backup (no {FORMAT!r} header)")
    if head.get("version") != VERSION:
        raise BackupError(f"{path}: backup format version {head.get('version')!r}; this chitieu reads {VERSION}")
    try:
        header = Header(**{k: v for k, v in head.items() if k not in ("format", "version")})
    except TypeError as error:
        raise BackupError(f"{path}: damaged backup header ({error})") from None
    _check_migrations(path, header)
    return header, document["objects"]


def _check_migrations(path: Path, header: Header) -> None:
    """Refuse a backup from a newer chitieu: its rows may have columns this database does not know."""
    known = MigrationLoader(connection, ignore_no_migrations=True).graph.nodes
    unknown = sorted(f"{app}.{name}" for app, name in header.migrations.items() if (app, name) not in known)
    if unknown:
        raise BackupError(f"{path}: made by a newer chitieu (unknown migrations: {', '.join(unknown)})")


def _header(counts: dict[str, int]) -> Header:
    latest: dict[str, str] = {}
    for app, name in MigrationRecorder(connection).applied_migrations():
        latest[app] = max(latest.get(app, name), name)
    return Header(
        created=datetime.now(UTC).isoformat(timespec="seconds"),
        django=django.get_version(),
        chitieu=version("chitieu"),
        database=connection.vendor,
        migrations=dict(sorted(latest.items())),
        counts=counts,
    )


class _Encoder(DjangoJSONEncoder):
    """Django's encoder, keeping the microseconds it cuts off times (a restore gives back exactly what was saved)."""

    def default(self, o: Any) -> Any:
        if isinstance(o, datetime | time):
            return o.isoformat()
        return super().default(o)


class _atomic_file:
    """A text file written under a temporary name beside ``path`` and renamed onto it only when complete."""
    def __init__(self, path: Path) -> None:
        self.path = path

    def __enter__(self):
        try:
            fd, self.temporary = tempfile.mkstemp(prefix=f".{self.path.name}.", suffix=".tmp", dir=self.path.parent)
        except OSError as error:
            raise BackupError(f"{self.path}: cannot write the backup ({error.strerror})") from None
        self.file = os.fdopen(fd, "w", encoding="utf-8")
        return self.file

    def __exit__(self, kind, error, traceback) -> None:
        if kind is None:
            self.file.flush()
            os.fsync(self.file.fileno())
        self.file.close()
        if kind is None:
            os.replace(self.temporary, self.path)
        else:
            os.unlink(self.temporary)


def _label(model: type) -> str:
    return model._meta.label_lower


def _describe(counts: dict[str, int]) -> str:
    shown = ", ".join(f"{label}: {n}" for label, n in list(counts.items())[:3])
    return shown + (", …" if len(counts) > 3 else "")


