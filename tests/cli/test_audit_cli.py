"""`chitieu audit export`: every audit entry of a span of days, oldest first, as CSV or JSON lines, streamed."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, date, datetime

import pytest
from django.contrib.auth import get_user_model
from typer.testing import CliRunner

from chitieu.cli.main import app
from chitieu.tracking.models import AuditEntry
from chitieu.tracking.reports import audit_entries

pytestmark = pytest.mark.django_db
runner = CliRunner()


@pytest.fixture
def entries():
    """Four entries in January 2001 (the session's own entries are of today), around the day boundaries of
    Asia/Ho_Chi_Minh (UTC+7): 31 Dec 23:59 local is left out of --since 2001-01-01, 1 Jan 00:30 local is in."""
    user = get_user_model().objects.create_user("an", password="not used in this test")

    def add(at, **fields):
        values = dict(object_type="observation", object_id=7, action="revise", actor="an", face="page",
                      before={"value": 1.5, "state": "draft"}, after={"value": 2.0, "state": "draft"},
                      reason="")
        values.update(fields)
        return AuditEntry.objects.create(at=at, **values).pk

    ids = [
        add(datetime(2000, 12, 31, 16, 59, tzinfo=UTC), reason="the last minute of 2000"),
        add(datetime(2000, 12, 31, 17, 30, tzinfo=UTC), action="create", before=None, user=user,
            reason="first, \"quoted\", with a comma"),
        add(datetime(2001, 1, 2, 3, 4, 5, tzinfo=UTC), actor="chi", face="api", action="approve",
            before={"state": "submitted"}, after={"state": "approved"}),
        add(datetime(2001, 1, 3, 16, 59, 59, tzinfo=UTC), actor="chitieu setup", face="system",
            object_type="target", object_id=3, action="override_status", before={"override_status": ""},
            after={"override_status": "off_track"}, reason="thẩm định chưa đạt"),
        add(datetime(2001, 1, 3, 17, 0, tzinfo=UTC), reason="4 January local time"),
    ]
    return ids, user.pk


def test_csv_export_of_a_span_of_days(entries):
    (_, first, second, third, _), user_id = entries

    result = runner.invoke(app, ["audit", "export", "--since", "2001-01-01", "--until", "2001-01-03"])

    assert result.exit_code == 0, result.output
    assert result.stdout == (
        "id,at,actor,user_id,face,object_type,object_id,action,before,after,reason\n"
        f'{first},2001-01-01T00:30:00+07:00,an,{user_id},page,observation,7,create,null,'
        '"{""state"": ""draft"", ""value"": 2.0}","first, ""quoted"", with a comma"\n'
        f'{second},2001-01-02T10:04:05+07:00,chi,,api,observation,7,approve,"{{""state"": ""submitted""}}",'
        '"{""state"": ""approved""}",\n'
        f'{third},2001-01-03T23:59:59+07:00,chitieu setup,,system,target,3,override_status,'
        '"{""override_status"": """"}","{""override_status"": ""off_track""}",thẩm định chưa đạt\n'
    )


def test_jsonl_export_to_a_file(entries, tmp_path):
    (_, first, second, third, fourth), user_id = entries
    out = tmp_path / "audit.jsonl"

    result = runner.invoke(app, ["audit", "export", "--since", "2001-01-01", "--format", "jsonl", "--output",
                                 str(out)])

    assert result.exit_code == 0, result.output
    lines = out.read_text(encoding="utf-8").splitlines()
    assert [json.loads(line) for line in lines[:4]] == [
        {"id": first, "at": "2001-01-01T00:30:00+07:00", "actor": "an", "user_id": user_id, "face": "page",
         "object_type": "observation", "object_id": 7, "action": "create", "before": None,
         "after": {"state": "draft", "value": 2.0}, "reason": "first, \"quoted\", with a comma"},
        {"id": second, "at": "2001-01-02T10:04:05+07:00", "actor": "chi", "user_id": None, "face": "api",
         "object_type": "observation", "object_id": 7, "action": "approve", "before": {"state": "submitted"},
         "after": {"state": "approved"}, "reason": ""},
        {"id": third, "at": "2001-01-03T23:59:59+07:00", "actor": "chitieu setup", "user_id": None,
         "face": "system", "object_type": "target", "object_id": 3, "action": "override_status",
         "before": {"override_status": ""}, "after": {"override_status": "off_track"},
         "reason": "thẩm định chưa đạt"},
        {"id": fourth, "at": "2001-01-04T00:00:00+07:00", "actor": "an", "user_id": None, "face": "page",
         "object_type": "observation", "object_id": 7, "action": "revise",
         "before": {"state": "draft", "value": 1.5}, "after": {"state": "draft", "value": 2.0},
         "reason": "4 January local time"},
    ]
    assert lines[0] == (
        f'{{"action": "create", "actor": "an", "after": {{"state": "draft", "value": 2.0}}, '
        f'"at": "2001-01-01T00:30:00+07:00", "before": null, "face": "page", "id": {first}, '
        f'"object_id": 7, "object_type": "observation", "reason": "first, \\"quoted\\", with a comma", '
        f'"user_id": {user_id}}}'
    )
    assert len(lines) == AuditEntry.objects.filter(at__gte=datetime(2000, 12, 31, 17, tzinfo=UTC)).count()
    assert result.stderr == f"{len(lines)} audit entries written to {out}\n"


def test_the_export_streams_entries_from_the_database(entries):
    streamed = audit_entries(date(2001, 1, 1), date(2001, 1, 3))

    assert isinstance(streamed, Iterator) and not isinstance(streamed, list | tuple)
    assert [e.action for e in streamed] == ["create", "approve", "override_status"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--since", "2001-13-01"], "--since '2001-13-01' is not a date: write YYYY-MM-DD\n"),
        (["--since", "2001-01-02", "--until", "2001-01-01"],
         "--until 2001-01-01 is before --since 2001-01-02: nothing to export\n"),
        (["--since", "2001-01-01", "--format", "xml"], "--format 'xml' is not a format: use one of csv, jsonl\n"),
    ],
    ids=["a bad date", "an empty span", "an unknown format"],
)
def test_bad_options_are_named_and_end_with_exit_code_2(args, message):
    result = runner.invoke(app, ["audit", "export", *args])

    assert (result.exit_code, result.stdout, result.stderr) == (2, "", message)
