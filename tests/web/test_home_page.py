"""The home page: the provinces of the date, and a signed-in user's roles with links to their units."""

from __future__ import annotations

from django.test import Client, override_settings

from web.fixtures import make_district, sign_in
from web.pages import main_html, main_text


def test_a_user_sees_her_roles_with_a_link_that_opens_a_unit_no_longer_in_force(db):
    district = make_district()  # valid until 1 July 2025
    client = sign_in("lan", "reporter", district)

    response = client.get("/?as_of=2025-08-01", HTTP_ACCEPT_LANGUAGE="en")

    expected = "Your roles reporter: Hai Thu District T11 Provinces and cities on 2025-08-01 34 units"
    assert main_text(response).startswith(expected)
    assert '<a href="/units/T11/?as_of=2025-06-30">' in main_html(response)
    assert client.get("/units/T11/?as_of=2025-06-30").status_code == 200


def test_a_national_grant_reads_as_the_whole_country(db):
    response = sign_in("an", "viewer").get("/?as_of=2025-08-01", HTTP_ACCEPT_LANGUAGE="en")

    assert main_text(response).startswith("Your roles viewer: the whole country Provinces")


@override_settings(CHITIEU_PUBLISHED_READABLE=False)
def test_without_published_figures_visitors_are_sent_to_log_in_and_users_see_only_their_provinces(db):
    make_district()
    assert Client().get("/").status_code == 302

    response = sign_in("lan", "viewer", province()).get("/?as_of=2025-06-30", HTTP_ACCEPT_LANGUAGE="en")

    assert main_text(response) == (  # the 63 real provinces of that day are not hers
        "Your roles viewer: Thu Nghiem Province T1 Provinces and cities on 2025-06-30 1 unit Thu Nghiem Province T1"
    )


def province():
    from chitieu.tracking.models import Unit

    return Unit.objects.get(code="T1")
