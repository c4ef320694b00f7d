"""Observation pages: a figure with its history and the buttons the user's rights allow; a form for a new figure.

Who is who in these tests (the world's district is T11 "Hai Thu", in province T1):
reporter "an" and "bình" (REPORT on T11), approver "chi" (APPROVE on T11), viewer "dung" (READ everywhere),
"em" (a reporter of another province, T9), and anonymous visitors.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import pytest
from django.test import Client

from chitieu.tracking.actions import Actor, do_record_observation
from chitieu.tracking.actions.approval import do_approve_observation, do_submit_observation
from chitieu.tracking.models import AuditEntry, Observation
from web.fixtures import make_unit, sign_in
from web.pages import assert_in_order, main_html, main_text

State = Observation.State
SYSTEM = Actor(name="setup", face=AuditEntry.Face.SYSTEM)


@pytest.fixture
def people(world):
    other = make_unit("T9", "province", "Tỉnh", "Khác", "Khac", "Khac Province")
    return {
        "an": sign_in("an", "reporter", world.district),
        "bình": sign_in("bình", "reporter", world.district),
        "chi": sign_in("chi", "approver", world.district),
        "dung": sign_in("dung", "viewer"),
        "em": sign_in("em", "reporter", other),
        "anonymous": Client(),
    }


def figure(world, state: str = State.DRAFT) -> Observation:
    """The district's poverty rate for 2024-H1, recorded by "an" and moved to ``state``."""
    an = Actor(name="an", face=AuditEntry.Face.PAGE)
    obs = do_record_observation(an, world.poverty.indicator, world.district, "2024-H1", 4.2, source_kind="manual",
                                reason="first-half report").observation
    if state in (State.SUBMITTED, State.APPROVED, State.REOPENED):
        obs = do_submit_observation(an, obs)
    if state in (State.APPROVED,):
        obs = do_approve_observation(SYSTEM, obs)
    if state == State.REOPENED:
        Observation.objects.filter(pk=obs.pk).update(state=State.REOPENED)
        obs.refresh_from_db()
    return obs


def get(client: Client, obs: Observation):
    return client.get(f"/observations/{obs.pk}/", HTTP_ACCEPT_LANGUAGE="en")


def post(client: Client, obs: Observation, action: str, **data):
    data.setdefault("version", obs.version)
    return client.post(f"/observations/{obs.pk}/{action}/", data, HTTP_ACCEPT_LANGUAGE="en")


def forms(response) -> list[str]:
    """The buttons on the page: the actions its forms post to."""
    return re.findall(r'<form method="post" action="/observations/\d+/(\w+)/"', main_html(response))


# --- the page -----------------------------------------------------------------------------------------------


def test_the_reporter_sees_the_figure_its_history_and_her_buttons(world, people):
    obs = figure(world)

    response = get(people["an"], obs)

    assert response.status_code == 200
    assert main_text(response) == (
        "Hai Thu District t-poverty 2024-H1 "  # the breadcrumbs: unit › indicator and period
        "Poverty rate: Hai Thu District, 2024-H1 "
        "Value 4.2 % Period 2024-H1 (2024-01-01 – 2024-06-30) Unit Huyện Hải Thử T11 "
        "Indicator Poverty rate t-poverty State draft Version 1 Source entered by hand "
        "What you can do Value This is an estimate Why (optional) Save the value Submit for approval "
        f"History Values Revision When Who Value Why 1 {_when(obs)} an 4.2 first-half report "
        "Audit trail When Who What Change Why Through "
        f"{_audit_when(obs)} an observation created period: half-year period start: 2024-01-01 "
        "period end: 2024-06-30 value: 4.2 estimate: no source: entered by hand revision: 1 state: draft "
        "first-half report web page"
    )
    assert forms(response) == ["edit", "submit"]


def _when(obs: Observation) -> str:
    from django.utils import timezone

    return timezone.localtime(obs.revisions.get().changed_at).strftime("%Y-%m-%d %H:%M")


def _audit_when(obs: Observation) -> str:
    from django.utils import timezone

    return timezone.localtime(AuditEntry.objects.filter(object_type="observation", object_id=obs.pk)
                              .first().at).strftime("%Y-%m-%d %H:%M")


def test_pages_carry_csrf_tokens_and_no_inline_script_or_style(world, people):
    html = get(people["an"], figure(world)).content.decode()

    assert html.count('name="csrfmiddlewaretoken"') == html.count('method="post"') == 4  # 2 buttons, header: 2
    assert "<script" not in html and "style=" not in html and "<style" not in html


@dataclass(frozen=True)
class Buttons:
    name: str
    who: str
    state: str
    expect: list[str] = field(default_factory=list)


BUTTONS = [
    Buttons("a reporter edits and submits a draft", "an", State.DRAFT, ["edit", "submit"]),
    Buttons("a reporter may do nothing to a submitted figure", "an", State.SUBMITTED, []),
    Buttons("a reporter edits and submits a reopened figure", "an", State.REOPENED, ["edit", "submit"]),
    Buttons("an approver approves or sends back a submitted figure", "chi", State.SUBMITTED, ["approve", "reopen"]),
    Buttons("an approver reopens an approved figure", "chi", State.APPROVED, ["reopen"]),
    Buttons("an approver may not edit a draft", "chi", State.DRAFT, []),
    Buttons("a viewer only reads", "dung", State.SUBMITTED, []),
    Buttons("a reporter elsewhere reads the published figure only", "em", State.APPROVED, []),
    Buttons("a visitor reads the published figure only", "anonymous", State.APPROVED, []),
]


@pytest.mark.parametrize("case", BUTTONS, ids=lambda c: c.name)
def test_buttons_follow_rights_and_state(world, people, case):
    response = get(people[case.who], figure(world, case.state))

    assert response.status_code == 200
    assert forms(response) == case.expect


def test_visitors_see_a_published_figure_without_its_history_and_are_asked_to_log_in(world, people):
    obs = figure(world, State.APPROVED)

    text = main_text(get(people["anonymous"], obs))

    assert_in_order(text, "State approved Version 3", "What you can do Log in to enter, submit or approve figures.",
                    "History Who changed this figure, and when, is shown to the people who work on this unit.")
    assert "first-half report" not in text
    assert f'href="/accounts/login/?next=/observations/{obs.pk}/"' in main_html(get(people["anonymous"], obs))


@dataclass(frozen=True)
class Refusal:
    name: str
    who: str
    state: str
    action: str
    status: int


REFUSALS = [
    Refusal("a visitor's draft is not found", "anonymous", State.DRAFT, "", 404),
    Refusal("another province's reporter finds no draft", "em", State.DRAFT, "", 404),
    Refusal("a visitor posting is sent to log in", "anonymous", State.APPROVED, "reopen", 302),
    Refusal("another province's reporter may not touch a draft she cannot see", "em", State.DRAFT, "submit", 404),
    Refusal("another province's reporter may see but not reopen a published figure", "em", State.APPROVED,
            "reopen", 403),
    Refusal("a viewer may not submit", "dung", State.DRAFT, "submit", 403),
    Refusal("a reporter may not approve", "an", State.SUBMITTED, "approve", 403),
    Refusal("an approver may not edit", "chi", State.DRAFT, "edit", 403),
]


@pytest.mark.parametrize("case", REFUSALS, ids=lambda c: c.name)
def test_refusals(world, people, case):
    obs = figure(world, case.state)

    if case.action:
        response = post(people[case.who], obs, case.action, value="1", reason="because")
    else:
        response = get(people[case.who], obs)

    assert response.status_code == case.status
    if case.status == 302:
        assert response["Location"] == f"/accounts/login/?next=/observations/{obs.pk}/"
    obs.refresh_from_db()
    assert (obs.value, obs.state) == (4.2, case.state)  # nothing changed


def test_a_missing_figure_is_404(world, people):
    assert people["dung"].get("/observations/999999/").status_code == 404


# --- the workflow through the pages -------------------------------------------------------------------------


def test_enter_edit_submit_approve_and_reopen_through_the_pages(world, people):
    an, chi = people["an"], people["chi"]
    obs = figure(world)

    edited = post(an, obs, "edit", value="4,4", is_estimate="on", reason="corrected sum")
    assert (edited.status_code, edited["Location"]) == (303, f"/observations/{obs.pk}/")
    assert post(an, Observation.objects.get(pk=obs.pk), "submit").status_code == 303
    assert post(chi, Observation.objects.get(pk=obs.pk), "approve").status_code == 303
    missing = post(chi, Observation.objects.get(pk=obs.pk), "reopen", reason=" ")
    assert missing.status_code == 400
    assert "Nothing was saved: reopening a figure needs a reason" in main_text(missing)
    assert post(chi, Observation.objects.get(pk=obs.pk), "reopen", reason="the office revised it").status_code == 303

    obs.refresh_from_db()
    assert (obs.value, obs.is_estimate, obs.state, obs.version) == (4.4, True, State.REOPENED, 5)
    trail = [(e.action, e.actor, e.face, e.reason) for e in AuditEntry.objects.filter(
        object_type="observation", object_id=obs.pk).order_by("id")]
    assert trail == [
        ("create", "an", "page", "first-half report"),
        ("revise", "an", "page", "corrected sum"),
        ("submit", "an", "page", ""),
        ("approve", "chi", "page", ""),
        ("reopen", "chi", "page", "the office revised it"),
    ]
    text = main_text(get(an, obs))
    assert_in_order(text, "observation revised value: 4.2 → 4.4 estimate: no → yes revision: 1 → 2",
                    "corrected sum web page", "observation submitted state: draft → submitted",
                    "observation approved state: submitted → approved",
                    "observation reopened state: approved → reopened the office revised it web page")


def test_two_people_save_the_same_version_the_second_sees_the_first_value_and_keeps_hers(world, people):
    obs = figure(world)
    seen_by_binh = obs.version

    assert post(people["an"], obs, "edit", value="4.5").status_code == 303
    clash = post(people["bình"], obs, "edit", version=seen_by_binh, value="4.9", reason="from the survey")

    assert clash.status_code == 409
    text = main_text(clash)
    assert_in_order(
        text,
        "Someone else saved this figure while you had it open: it is now 4.5 (draft, version 2, last changed by "
        "an). Nothing of yours was saved.",
        "Your value 4.9 is still in the form below: save it again to replace the figure now stored, or leave it.",
        "Value 4.5 %",
        "Version 2",
    )
    html = main_html(clash)
    assert '<input id="value" name="value" inputmode="decimal" required value="4.9">' in html
    assert '<input id="edit-reason" name="reason" value="from the survey">' in html
    assert '<input type="hidden" name="version" value="2">' in html
    obs.refresh_from_db()
    assert obs.value == 4.5

    again = post(people["bình"], obs, "edit", version=2, value="4.9", reason="from the survey")
    assert again.status_code == 303
    obs.refresh_from_db()
    assert (obs.value, obs.version) == (4.9, 3)


def test_approving_what_changed_since_the_page_was_read_is_a_conflict(world, people):
    obs = figure(world, State.SUBMITTED)
    read = obs.version
    assert post(people["chi"], obs, "reopen", reason="wrong unit of measure").status_code == 303

    clash = post(people["chi"], obs, "approve", version=read)

    assert clash.status_code == 409
    assert_in_order(main_text(clash), "it is now 4.2 (reopened, version 3, last changed by chi)",
                    "Look at the figure as it is now and decide again.")
    obs.refresh_from_db()
    assert obs.state == State.REOPENED


def test_posting_without_the_csrf_token_is_refused(world):
    obs = figure(world)
    strict = Client(enforce_csrf_checks=True)
    sign_in("an", "reporter", world.district)
    strict.force_login(_user("an"))

    response = strict.post(f"/observations/{obs.pk}/submit/", {"version": obs.version})

    assert response.status_code == 403
    obs.refresh_from_db()
    assert obs.state == State.DRAFT


def _user(name: str):
    from django.contrib.auth import get_user_model

    return get_user_model().objects.get(username=name)


# --- a new figure -------------------------------------------------------------------------------------------

NEW = "/units/T11/observations/new/?as_of=2024-06-30"


def test_a_reporter_enters_a_new_figure_as_a_draft(world, people):
    page = people["an"].get(NEW, HTTP_ACCEPT_LANGUAGE="en")
    assert page.status_code == 200
    assert_in_order(main_text(page), "A new figure for Huyện Hải Thử",
                    "A new figure is a draft: it counts in statuses once it is submitted and approved.",
                    "Indicator", "t-poverty: Poverty rate", "Period", "Value", "This is an estimate",
                    "Save as a draft")

    response = people["an"].post(NEW, {"as_of": "2024-06-30", "indicator": "t-poverty", "period": "2024-H1",
                                       "value": "4.2", "is_estimate": "on", "reason": "survey"})

    obs = Observation.objects.get(indicator=world.poverty.indicator, unit=world.district, period_kind="half")
    assert (response.status_code, response["Location"]) == (303, f"/observations/{obs.pk}/")
    assert (obs.value, obs.is_estimate, obs.state, obs.version, obs.source_kind) == (
        4.2, True, State.DRAFT, 1, "manual")


@dataclass(frozen=True)
class Bad:
    name: str
    data: dict[str, str]
    messages: list[str]


BAD = [
    Bad("nothing chosen", {"indicator": "", "period": "", "value": ""}, [
        "choose an indicator from the list",
        "write the period like 2024, 2024-H1, 2024-Q3, 2024-05 or 2024-YTD05",
        "“” is not a number: write it like 14.8, without thousands separators",
    ]),
    Bad("a period that is not one", {"indicator": "t-poverty", "period": "2024-H3", "value": "1"},
        ["write the period like 2024, 2024-H1, 2024-Q3, 2024-05 or 2024-YTD05"]),
    Bad("thousands separators", {"indicator": "t-poverty", "period": "2024", "value": "1.234,5"},
        ["“1.234,5” is not a number: write it like 14.8, without thousands separators"]),
]


@pytest.mark.parametrize("case", BAD, ids=lambda c: c.name)
def test_a_bad_new_figure_is_explained_and_the_form_keeps_what_was_typed(world, people, case):
    response = people["an"].post(NEW, case.data, HTTP_ACCEPT_LANGUAGE="en")

    assert response.status_code == 400
    assert_in_order(main_text(response), "Nothing was saved:", *case.messages)
    if case.data["period"]:
        assert f'value="{case.data["period"]}"' in main_html(response)
    assert not Observation.objects.filter(indicator=world.poverty.indicator, period_start__year=2024).exists()


def test_a_new_figure_for_a_period_already_stored_links_to_it(world, people):
    obs = figure(world)

    response = people["an"].post(NEW, {"indicator": "t-poverty", "period": "2024-H1", "value": "9"},
                                 HTTP_ACCEPT_LANGUAGE="en")

    assert response.status_code == 409
    assert "A figure for this indicator and period is already stored: 4.2 (draft). Nothing was saved." in (
        main_text(response))
    assert f'href="/observations/{obs.pk}/"' in main_html(response)
    obs.refresh_from_db()
    assert obs.value == 4.2


@pytest.mark.parametrize(
    ("who", "url", "status"),
    [
        ("anonymous", NEW, 302),
        ("dung", NEW, 403),
        ("chi", NEW, 403),
        ("em", NEW, 403),  # sees the published unit, may not report there
        ("an", "/units/T99/observations/new/", 404),
    ],
    ids=["a visitor logs in first", "a viewer", "an approver", "a reporter elsewhere", "an unknown unit"],
)
def test_who_may_open_the_new_figure_form(world, people, who, url, status):
    response = people[who].get(url)

    assert response.status_code == status
    if status == 302:
        assert response["Location"] == "/accounts/login/?next=/units/T11/observations/new/%3Fas_of%3D2024-06-30"


# --- links and the audit include on the target page ---------------------------------------------------------


def test_the_target_page_links_each_figure_and_lists_the_audit_trail(world, people):
    response = people["dung"].get(f"/targets/{world.binary.pk}/?as_of=2024-06-30", HTTP_ACCEPT_LANGUAGE="en")
    poverty = people["dung"].get(f"/targets/{world.poverty.pk}/?as_of=2024-06-30")

    assert f'href="/observations/{world.poverty_observation.pk}/"' in main_html(poverty)
    assert_in_order(main_text(response), "Audit trail When Who What Change Why Through",
                    "cán bộ B target status set by hand status: – → off_track thẩm định chưa đạt web page")


def test_the_target_page_counts_submitted_figures_on_request(world, people):
    Observation.objects.filter(pk=world.poverty_observation.pk).update(state=State.SUBMITTED)
    url = f"/targets/{world.poverty.pk}/?as_of=2024-06-30"

    plain = main_text(people["dung"].get(url, HTTP_ACCEPT_LANGUAGE="en"))
    preview = main_text(people["dung"].get(url + "&include_submitted=1", HTTP_ACCEPT_LANGUAGE="en"))

    assert_in_order(plain, "Status on 2024-06-30 No data", "Counting approved figures only. Include submitted figures",
                    "Figures that do not count yet", "year 2023-01-01 2023-12-31 5 submitted")
    assert_in_order(preview, "Status on 2024-06-30 Needs acceleration", "Counting approved and submitted figures (a "
                    "preview: submitted figures may still change). Count approved figures only")
    assert "Figures that do not count yet" not in preview
    visitor = main_text(Client().get(url + "&include_submitted=1", HTTP_ACCEPT_LANGUAGE="en"))
    assert "No data" in visitor and "Counting" not in visitor  # the switch is not for visitors
