"""The OpenAPI schema tells the truth: schemathesis generates requests from it for every operation, sends them to
the application in-process (WSGI, against the test database) as an administrator, and checks each answer:
no server error, a status the schema lists, a body that matches the schema given for that status.

Positive examples (valid by the schema) and negative ones (invalid by the schema: they must be refused with a
documented 4xx envelope) are drawn for each operation, and for the operations on one object also positive ones
aimed at an object that exists (random ids find nothing: only 404s); hypothesis is derandomised, so a run is
reproducible.
The summary (operations × examples, failures) is printed and quoted in docs/api.md.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass, field

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from hypothesis import HealthCheck, Phase, given, settings
from rest_framework.authtoken.models import Token
from schemathesis import GenerationMode
from schemathesis.checks import negative_data_rejection, not_a_server_error
from schemathesis.core.failures import FailureGroup
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from api.world import ApiWorld, make_user
from chitieu.server.wsgi import application

pytestmark = [
    pytest.mark.filterwarnings("ignore::DeprecationWarning"),
    pytest.mark.filterwarnings("ignore::PendingDeprecationWarning"),
]

EXAMPLES = 10  # per operation and generation mode
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
    negative_data_rejection,
]


@dataclass
class Tally:
    operation: str
    mode: str
    examples: int = 0
    statuses: dict[int, int] = field(default_factory=dict)
    failures: list[str] = field(default_factory=list)


def run_operation(operation, mode: GenerationMode, headers: dict[str, str], pinned: dict | None = None) -> Tally:
    tally = Tally(operation.label, "existing" if pinned else mode.value)

    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        derandomize=True,
        database=None,
        phases=[Phase.explicit, Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(case=operation.as_strategy(generation_mode=mode, path_parameters=pinned))
    def examples(case) -> None:
        tally.examples += 1
        response = case.call(headers=headers)
        tally.statuses[response.status_code] = tally.statuses.get(response.status_code, 0) + 1
        try:
            case.validate_response(response, checks=CHECKS, headers=headers)
        except (AssertionError, FailureGroup) as failure:  # tallied; the test fails below
            tally.failures.append(f"{case.method} {case.formatted_path} {case.query}: {failure}"[:2000])

    examples()
    return tally


@pytest.fixture
def connection_kept_open() -> Iterator[None]:
    """Called directly, the WSGI application closes the database connection after each request, as a server does;
    the test's transaction lives on that connection (PostgreSQL; SQLite's in-memory test database ignores the
    close). Django's test client keeps it open the same way."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


def test_every_operation_answers_as_the_schema_says(db, api_world: ApiWorld, connection_kept_open):
    admin = make_user("schemathesis-admin", [("administrator", None)])
    headers = {"Authorization": f"Token {Token.objects.create(user=admin).key}", "Accept-Language": "en"}
    schema = schemathesis.openapi.from_wsgi("/api/v1/schema/", application)
    started = time.monotonic()

    existing = {
        "/api/v1/units/{code}/": {"code": "TA1"},
        "/api/v1/indicators/{code}/": {"code": "t-api-poverty"},
        "/api/v1/documents/{id}/": {"id": api_world.document.pk},
        "/api/v1/targets/{id}/": {"id": api_world.target.pk},
        "/api/v1/observations/{id}/": {"id": api_world.draft_a.pk},
        "/api/v1/observations/{id}/submit/": {"id": api_world.draft_a.pk},
        "/api/v1/observations/{id}/approve/": {"id": api_world.draft_a.pk},
        "/api/v1/observations/{id}/reopen/": {"id": api_world.draft_a.pk},
    }
    operations = [result.ok() for result in schema.get_all_operations()]
    tallies = [
        run_operation(operation, mode, headers)
        for operation in operations
        for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE)
    ] + [
        run_operation(operation, GenerationMode.POSITIVE, headers, existing[operation.path])
        for operation in operations
        if operation.path in existing
    ]

    seconds = time.monotonic() - started
    examples = sum(t.examples for t in tallies)
    failures = [f for t in tallies for f in t.failures]
    print(
        f"\nschemathesis: {len(operations)} operations, {examples} examples, {len(failures)} failures, {seconds:.1f} s"
    )
    for t in tallies:
        statuses = " ".join(f"{code}×{n}" for code, n in sorted(t.statuses.items()))
        print(f"  {t.operation:45} {t.mode:8} {t.examples:3} examples  {statuses}  failures {len(t.failures)}")
    assert failures == [], "\n\n".join(failures[:10])
