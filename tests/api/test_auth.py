"""Who is calling: a token per user (``Authorization: Token <key>``), the pages' session, or nobody."""

from __future__ import annotations

from rest_framework.test import APIClient

from api.world import ApiWorld


def test_a_token_identifies_its_user(api, api_world: ApiWorld, users):
    response = api(users.reporter_a).get(f"/api/v1/observations/{api_world.draft_a.pk}/")

    assert response.status_code == 200  # a draft: only a user whose scope covers commune A sees it
    assert response.json()["state"] == "draft"


def test_writes_are_recorded_under_the_tokens_user_through_the_api_face(api, api_world: ApiWorld, users):
    api(users.reporter_a).patch(
        f"/api/v1/observations/{api_world.draft_a.pk}/", {"version": 1, "value": 12}, format="json"
    )

    entry = api(users.admin).get(f"/api/v1/audit/?object_type=observation&object_id={api_world.draft_a.pk}").json()

    assert [(e["actor"], e["face"]) for e in entry["results"]] == [("reporter-a", "api")]


def test_the_session_of_the_pages_works_too(api_world: ApiWorld, users):
    client = APIClient(HTTP_ACCEPT_LANGUAGE="en")
    client.force_login(users.reporter_a)

    read = client.get(f"/api/v1/observations/{api_world.draft_a.pk}/")
    written = client.patch(f"/api/v1/observations/{api_world.draft_a.pk}/", {"version": 1, "value": 12}, format="json")

    assert (read.status_code, written.status_code) == (200, 200)


def test_a_token_of_an_inactive_user_is_refused(api, api_world, users):
    client = api(users.reporter_a)
    users.reporter_a.is_active = False
    users.reporter_a.save()

    response = client.get("/api/v1/units/")

    assert response.status_code == 401
    assert response.json()["error"] == "User inactive or deleted."


def test_anonymous_callers_read_published_data_but_cannot_write(api, api_world: ApiWorld):
    read = api().get(f"/api/v1/observations/{api_world.approved.pk}/")
    written = api().post(f"/api/v1/observations/{api_world.approved.pk}/approve/", {"version": 1}, format="json")

    assert read.status_code == 200
    assert written.status_code == 401
