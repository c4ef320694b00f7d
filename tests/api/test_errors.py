"""Every failure of the API answers the same envelope: ``{"ok": false, "error", "errors", "status"}``."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pytest
from rest_framework import exceptions
from rest_framework.test import APIClient

from api.world import ApiWorld
from chitieu.api.errors import exception_handler


def envelope(status: int, error: str, errors: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    return {"ok": False, "error": error, "errors": errors or [], "status": status}


@dataclass(frozen=True)
class Call:
    name: str
    method: str
    path: str
    expect: dict[str, Any]
    user: str | None = None
    body: Any = None
    headers: dict[str, str] = field(default_factory=dict)


CALLS = [
    Call(
        "400 a parameter that is not a date",
        "get",
        "/api/v1/units/?as_of=1.7.2025",
        envelope(
            400,
            "as_of: Date has wrong format. Use one of these formats instead: YYYY-MM-DD.",
            [{"field": "as_of", "reason": "Date has wrong format. Use one of these formats instead: YYYY-MM-DD."}],
        ),
    ),
    Call(
        "400 a period that cannot be read",
        "get",
        "/api/v1/observations/?period=2024-H3",
        envelope(
            400,
            "period: period '2024-H3' is not one of YYYY, YYYY-H1, YYYY-Q1, YYYY-MM, YYYY-YTDMM, YYYY-YYYY",
            [
                {
                    "field": "period",
                    "reason": "period '2024-H3' is not one of YYYY, YYYY-H1, YYYY-Q1, YYYY-MM, YYYY-YTDMM, YYYY-YYYY",
                }
            ],
        ),
    ),
    Call(
        "400 JSON that does not parse",
        "post",
        "/api/v1/observations/",
        envelope(400, "JSON parse error - Expecting property name enclosed in double quotes: line 1 column 2 (char 1)"),
        user="admin",
        body="{not json",
        headers={"content_type": "application/json"},
    ),
    Call(
        "401 a token that does not exist",
        "get",
        "/api/v1/units/",
        envelope(401, "Invalid token."),
        headers={"HTTP_AUTHORIZATION": "Token 0000000000000000000000000000000000000000"},
    ),
    Call(
        "401 a write without credentials",
        "post",
        "/api/v1/observations/",
        envelope(401, "Authentication credentials were not provided."),
        body={},
    ),
    Call(
        "404 no endpoint at the path",
        "get",
        "/api/v1/units/TA1/children/",
        envelope(404, "no API endpoint at /api/v1/units/TA1/children/; the schema at /api/v1/schema/ lists them"),
    ),
    Call(
        "404 a path without its final slash says so",
        "get",
        "/api/v1/units",
        envelope(404, "no API endpoint at /api/v1/units; did you mean /api/v1/units/ ?"),
    ),
    Call(
        "404 a write to no endpoint is not a CSRF page",
        "post",
        "/api/v1/observations/1/delete/",
        envelope(404, "no API endpoint at /api/v1/observations/1/delete/; the schema at /api/v1/schema/ lists them"),
        user="admin",
        body={},
    ),
    Call("404 a page past the end", "get", "/api/v1/indicators/?page=999", envelope(404, "Invalid page.")),
    Call("404 an unknown indicator", "get", "/api/v1/indicators/nope/", envelope(404, "no indicator with code nope")),
    Call(
        "405 a method the path does not take",
        "delete",
        "/api/v1/indicators/",
        envelope(405, 'Method "DELETE" not allowed.'),
        user="admin",
    ),
    Call(
        "406 a representation the API does not give",
        "get",
        "/api/v1/indicators/",
        envelope(406, "Could not satisfy the request Accept header."),
        headers={"HTTP_ACCEPT": "text/html"},
    ),
    Call(
        "415 a body that is not JSON",
        "post",
        "/api/v1/observations/",
        envelope(415, 'Unsupported media type "text/plain" in request.'),
        user="admin",
        body="value=3",
        headers={"content_type": "text/plain"},
    ),
]


@pytest.mark.parametrize("case", CALLS, ids=lambda c: c.name)
def test_error_envelope(api, api_world: ApiWorld, users, case: Call):
    client = api(getattr(users, case.user)) if case.user else api()
    headers = dict(case.headers)
    if "HTTP_AUTHORIZATION" in headers:
        client.credentials(HTTP_AUTHORIZATION=headers.pop("HTTP_AUTHORIZATION"))
    kwargs: dict[str, Any] = {"format": "json"} if case.body is not None and "content_type" not in headers else {}
    args = [case.body] if case.body is not None else []

    response = getattr(client, case.method)(case.path, *args, **kwargs, **headers)

    assert (response.status_code, response["Content-Type"]) == (case.expect["status"], "application/json")
    assert response.json() == case.expect


def test_405_names_the_allowed_methods(api, api_world, users):
    response = api(users.admin).put(f"/api/v1/observations/{api_world.draft_a.pk}/", {}, format="json")

    assert response.status_code == 405
    assert response["Allow"] == "GET, PATCH, HEAD, OPTIONS"


def test_403_csrf_for_a_session_write_without_the_token(api_world, users):
    client = APIClient(enforce_csrf_checks=True, HTTP_ACCEPT_LANGUAGE="en")
    client.force_login(users.admin)

    response = client.post("/api/v1/observations/", {}, format="json")

    assert response.status_code == 403
    assert response.json() == envelope(403, "CSRF Failed: CSRF cookie not set.")


def test_500_an_unexpected_error_is_logged_and_answered_with_the_envelope(api, api_world, monkeypatch, caplog):
    def broken(*args: Any, **kwargs: Any) -> None:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr("chitieu.api.views.IndicatorDetail.get", broken)

    response = api().get("/api/v1/indicators/t-api-roads/")

    assert response.status_code == 500
    assert response.json() == envelope(500, "internal error: the server could not answer this request")
    assert "disk on fire" in caplog.text


def test_429_throttling_keeps_the_envelope_and_says_when_to_come_back():
    response = exception_handler(exceptions.Throttled(wait=30), {})

    assert response.status_code == 429
    assert response["Retry-After"] == "30"
    assert response.data == envelope(429, "Request was throttled. Expected available in 30 seconds.")


def test_validation_errors_of_nested_input_are_flattened_to_dotted_fields():
    error = exceptions.ValidationError(
        {"items": [{}, {"value": ["A valid number is required."]}], "non_field_errors": ["x"]}
    )

    response = exception_handler(error, {})

    assert response.data["errors"] == [
        {"field": "items.1.value", "reason": "A valid number is required."},
        {"field": None, "reason": "x"},
    ]
