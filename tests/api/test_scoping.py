"""The API reads through ``tracking.access``: each user sees what the pages show them, and no more.

Reporter A reports for commune A, reporter B for commune B; the approver covers their district. Figures are
published (``CHITIEU_PUBLISHED_READABLE``, on by default) once approved.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from api.world import ApiWorld


@dataclass(frozen=True)
class Sees:
    name: str
    user: str | None
    expect: list[str]  # which of the world's observations the list shows


OBSERVATIONS = [
    Sees("anonymous: published figures only", None, ["approved"]),
    Sees("a user without grants: published figures only", "outsider", ["approved"]),
    Sees("reporter A: own drafts and published figures", "reporter_a", ["approved", "draft_a"]),
    Sees("reporter B: own drafts and published figures", "reporter_b", ["approved", "draft_b"]),
    Sees("approver of the district: everything below it", "approver", ["approved", "draft_a", "draft_b"]),
    Sees("administrator: everything", "admin", ["approved", "draft_a", "draft_b"]),
]


@pytest.mark.parametrize("case", OBSERVATIONS, ids=lambda c: c.name)
def test_who_sees_which_observations(api, api_world: ApiWorld, users, case: Sees):
    w = api_world
    names = {w.approved.pk: "approved", w.draft_a.pk: "draft_a", w.draft_b.pk: "draft_b"}
    user = getattr(users, case.user) if case.user else None

    response = api(user).get("/api/v1/observations/?indicator=t-api-roads&page_size=200")
    poverty = api(user).get(f"/api/v1/observations/?unit={w.district.pk}")

    seen = [o["id"] for o in response.json()["results"] + poverty.json()["results"]]
    assert sorted(names[pk] for pk in seen) == case.expect


def test_another_communes_draft_is_the_same_404_as_a_missing_one(api, api_world: ApiWorld, users):
    reporter = api(users.reporter_a)
    missing_pk = api_world.draft_b.pk + 1000

    forbidden = reporter.get(f"/api/v1/observations/{api_world.draft_b.pk}/")
    missing = reporter.get(f"/api/v1/observations/{missing_pk}/")
    changed = reporter.patch(f"/api/v1/observations/{api_world.draft_b.pk}/", {"version": 1, "value": 1}, format="json")

    def shape(response, pk: int) -> dict:
        return {**response.json(), "error": response.json()["error"].replace(str(pk), "<id>")}

    assert forbidden.status_code == missing.status_code == changed.status_code == 404
    assert shape(forbidden, api_world.draft_b.pk) == shape(missing, missing_pk) == shape(changed, api_world.draft_b.pk)
    assert shape(missing, missing_pk) == {
        "ok": False,
        "error": "no observation with id <id>",
        "errors": [],
        "status": 404,
    }


def test_a_reporter_may_not_enter_figures_for_another_commune(api, api_world: ApiWorld, users):
    body = {"indicator": "t-api-roads", "unit": api_world.commune_b.pk, "period": "2023", "value": 5}

    response = api(users.reporter_a).post("/api/v1/observations/", body, format="json")

    assert response.status_code == 403
    assert response.json()["error"] == "you may not do this here: it needs the “report” right on this unit"


def test_audit_shows_the_history_of_the_own_scope_only(api, api_world: ApiWorld, users):
    w = api_world
    api(users.reporter_a).patch(f"/api/v1/observations/{w.draft_a.pk}/", {"version": 1, "value": 11}, format="json")
    api(users.reporter_b).patch(f"/api/v1/observations/{w.draft_b.pk}/", {"version": 1, "value": 21}, format="json")

    def entries(user) -> list[tuple]:
        response = api(user).get("/api/v1/audit/?object_type=observation&since=2000-01-01&page_size=200")
        assert response.status_code == 200
        mine = {w.draft_a.pk, w.draft_b.pk}
        return [(e["object_id"], e["action"], e["actor"]) for e in response.json()["results"] if e["object_id"] in mine]

    assert entries(users.reporter_a) == [(w.draft_a.pk, "revise", "reporter-a")]
    assert entries(users.approver) == [(w.draft_a.pk, "revise", "reporter-a"), (w.draft_b.pk, "revise", "reporter-b")]
    assert entries(None) == []  # who changed what is not published

    one = api(users.admin).get(f"/api/v1/audit/?object_type=observation&object_id={w.draft_b.pk}").json()
    assert [(e["action"], e["face"], e["before"]["value"], e["after"]["value"]) for e in one["results"]] == [
        ("revise", "api", 20.0, 21.0)
    ]


class TestWhenNothingIsPublished:
    """With ``CHITIEU_PUBLISHED_READABLE`` off, only grants open the data."""

    @pytest.fixture(autouse=True)
    def unpublished(self, settings):
        settings.CHITIEU_PUBLISHED_READABLE = False

    def test_anonymous_callers_are_asked_to_authenticate(self, api, api_world):
        response = api().get("/api/v1/units/")

        assert response.status_code == 401
        assert response["WWW-Authenticate"] == "Token"
        assert response.json() == {
            "ok": False,
            "error": "Authentication credentials were not provided.",
            "errors": [],
            "status": 401,
        }

    def test_a_user_without_grants_is_refused(self, api, api_world, users):
        response = api(users.outsider).get("/api/v1/indicators/")

        assert response.status_code == 403
        assert response.json()["error"] == "you may not read anything here: ask an administrator for a role"

    def test_a_reporter_sees_only_the_own_commune(self, api, api_world: ApiWorld, users):
        w = api_world
        reporter = api(users.reporter_a)

        units = reporter.get("/api/v1/units/?q=apitest&as_of=2024-06-30").json()
        approved = reporter.get(f"/api/v1/observations/{w.approved.pk}/")
        target = reporter.get(f"/api/v1/targets/{w.target.pk}/")
        elsewhere = reporter.post(
            "/api/v1/observations/",
            {"indicator": "t-api-roads", "unit": w.commune_b.pk, "period": "2023", "value": 5},
            format="json",
        )

        assert [u["code"] for u in units["results"]] == ["TA101"]
        assert approved.status_code == target.status_code == 404
        assert elsewhere.status_code == 400
        assert elsewhere.json()["errors"] == [{"field": "unit", "reason": f"no unit with id {w.commune_b.pk}"}]
