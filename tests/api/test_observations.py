"""Entering figures and moving them through the approval workflow over the API, with optimistic locking."""

from __future__ import annotations

from typing import Any

from api.world import ApiWorld
from chitieu.tracking.models import AuditEntry, Observation


def post(client, path: str, body: dict[str, Any]):
    return client.post(path, body, format="json")


def test_workflow_create_submit_approve_locked_reopen_update(api, api_world: ApiWorld, users):
    w = api_world
    reporter, approver = api(users.reporter_a), api(users.approver)

    created = post(reporter, "/api/v1/observations/", {
        "indicator": "t-api-poverty", "unit": w.commune_a.pk, "period": "2024-H1", "value": 3.5,
        "reason": "báo cáo 6 tháng",
    })  # fmt: skip
    assert created.status_code == 201, created.json()
    figure = created.json()
    pk = figure["id"]
    assert created["Location"] == f"/api/v1/observations/{pk}/"
    assert figure == {
        "id": pk,
        "indicator": "t-api-poverty",
        "unit": {"id": w.commune_a.pk, "code": "TA101", "name": "Xa Apitest A", "level": "commune"},
        "period": "2024-H1",
        "period_kind": "half",
        "period_start": "2024-01-01",
        "period_end": "2024-06-30",
        "value": 3.5,
        "is_estimate": False,
        "source_kind": "manual",
        "source_ref": "",
        "source_document": None,
        "revision": 1,
        "state": "draft",
        "version": 1,
    }

    submitted = post(reporter, f"/api/v1/observations/{pk}/submit/", {"version": 1})
    assert (submitted.status_code, submitted.json()["state"], submitted.json()["version"]) == (200, "submitted", 2)
    in_review = reporter.patch(f"/api/v1/observations/{pk}/", {"version": 2, "value": 3.0}, format="json")
    assert (in_review.status_code, in_review.json()["errors"]) == (400, [
        {"field": "state", "reason": "this figure is submitted: it can be changed only after an approver reopens it"}
    ])

    approved = post(approver, f"/api/v1/observations/{pk}/approve/", {"version": 2})
    assert (approved.status_code, approved.json()["state"], approved.json()["version"]) == (200, "approved", 3)

    locked = reporter.patch(f"/api/v1/observations/{pk}/", {"version": 3, "value": 3.0}, format="json")
    reason = "this figure is approved: it can be changed only after an approver reopens it"
    assert (locked.status_code, locked.json()) == (
        400, {"ok": False, "error": f"state: {reason}", "errors": [{"field": "state", "reason": reason}], "status": 400}
    )

    reopened = post(approver, f"/api/v1/observations/{pk}/reopen/", {"version": 3, "reason": "sai số liệu"})
    assert (reopened.status_code, reopened.json()["state"], reopened.json()["version"]) == (200, "reopened", 4)

    updated = reporter.patch(f"/api/v1/observations/{pk}/", {"version": 4, "value": 3.0}, format="json")
    assert updated.status_code == 200
    assert {k: updated.json()[k] for k in ("value", "revision", "state", "version")} == {
        "value": 3.0,
        "revision": 2,
        "state": "reopened",
        "version": 5,
    }

    trail = AuditEntry.objects.filter(object_type="observation", object_id=pk).order_by("id")
    assert [(e.action, e.actor, e.face, e.reason) for e in trail] == [
        ("create", "reporter-a", "api", "báo cáo 6 tháng"),
        ("submit", "reporter-a", "api", ""),
        ("approve", "approver", "api", ""),
        ("reopen", "approver", "api", "sai số liệu"),
        ("revise", "reporter-a", "api", ""),
    ]


def test_second_of_two_updates_with_the_same_version_gets_409_with_the_first_ones_value(api, api_world, users):
    w = api_world
    first, second = api(users.reporter_a), api(users.admin)
    url = f"/api/v1/observations/{w.draft_a.pk}/"

    won = first.patch(url, {"version": 1, "value": 11.0}, format="json")
    lost = second.patch(url, {"version": 1, "value": 12.0}, format="json")

    assert won.status_code == 200
    assert lost.status_code == 409
    message = (
        "this figure was changed by someone else since you opened it (your version 1, now version 2): its value "
        "is now 11 (draft); reload it and make your change again"
    )
    assert lost.json() == {
        "ok": False,
        "error": f"version: {message}",
        "errors": [{"field": "version", "reason": message}],
        "status": 409,
        "current": won.json(),
    }
    assert Observation.objects.get(pk=w.draft_a.pk).value == 11.0


def test_creating_a_figure_that_exists_is_409_with_the_existing_one(api, api_world: ApiWorld, users):
    w = api_world
    response = post(api(users.reporter_a), "/api/v1/observations/", {
        "indicator": "t-api-roads", "unit": w.commune_a.pk, "period": "2024", "value": 99,
    })  # fmt: skip

    assert response.status_code == 409
    body = response.json()
    assert body["errors"] == [
        {
            "field": "period",
            "reason": f"t-api-roads for TA101 in 2024 is already recorded (observation {w.draft_a.pk}, version 1): "
            f"change it with PATCH /api/v1/observations/{w.draft_a.pk}/",
        }
    ]
    assert body["current"]["id"] == w.draft_a.pk and body["current"]["value"] == 10.0


def test_create_refuses_unknown_indicator_unit_and_period_naming_the_field(api, api_world: ApiWorld, users):
    client = api(users.admin)

    def problems(**changes: Any) -> list[dict[str, Any]]:
        body = {"indicator": "t-api-roads", "unit": api_world.commune_a.pk, "period": "2022", "value": 1, **changes}
        response = post(client, "/api/v1/observations/", body)
        assert response.status_code == 400, response.json()
        return response.json()["errors"]

    assert problems(indicator="nope") == [{"field": "indicator", "reason": "no indicator with code nope"}]
    assert problems(unit=999999999) == [{"field": "unit", "reason": "no unit with id 999999999"}]
    assert problems(period="2024-H3")[0]["field"] == "period"
    assert problems(value="many") == [{"field": "value", "reason": "A valid number is required."}]
    assert problems(value=None, period=None) == [
        {"field": "period", "reason": "This field may not be null."},
        {"field": "value", "reason": "This field may not be null."},
    ]


def test_transitions_need_their_right_and_the_right_state(api, api_world: ApiWorld, users):
    w = api_world
    url = f"/api/v1/observations/{w.draft_a.pk}"

    by_reporter = post(api(users.reporter_a), f"{url}/approve/", {"version": 1})
    too_early = post(api(users.approver), f"{url}/approve/", {"version": 1})
    no_reason = post(api(users.approver), f"{url}/reopen/", {"version": 1, "reason": ""})

    assert by_reporter.status_code == 403
    assert by_reporter.json() == {
        "ok": False,
        "error": "you may not do this here: it needs the “approve” right on this unit",
        "errors": [],
        "status": 403,
    }
    assert too_early.status_code == 400
    assert too_early.json()["errors"] == [
        {"field": "state", "reason": "cannot approve a figure that is draft; it must be one of: submitted"}
    ]
    assert no_reason.status_code == 400
    assert no_reason.json()["errors"] == [{"field": "reason", "reason": "This field may not be blank."}]
