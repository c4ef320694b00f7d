"""No leaks: every page (and, as they come, every API endpoint) × every role × a unit in and out of the user's scope.

Two districts of a test province hold the same kind of data: T11 ("A", where every role is granted) and T12 ("B",
where nobody is). Each district's unpublished data — draft and submitted figures, who revised them and why, its
reports under review — carries a secret marker. For every probe, role and scope, and with published figures readable
by everyone or not, the matrix checks:

* out of scope, no response ever contains one of B's secret markers (list pages and search included);
* out of scope, a private object answers exactly as a missing one does (same status; 404, login redirect for
  visitors);
* published objects (units, documents, targets, approved figures) answer 200 out of scope only when the instance
  publishes;
* in scope, every role reads the pages (200) and sees A's unpublished data where the page shows it;
* writes out of scope are refused as not found and change nothing; in scope they need the right role.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime

import pytest
from django.contrib.auth import get_user_model
from django.test import Client, override_settings

from chitieu.accounts.models import Grant, Role
from chitieu.tracking.models import (
    AuditEntry,
    Document,
    Fact,
    Indicator,
    Observation,
    ObservationRevision,
    Report,
    Target,
    Unit,
)
from web.fixtures import make_indicator, make_unit

AT = datetime(2024, 7, 5, 9, 0, tzinfo=UTC)
ROLES = ("anonymous", *Role.values)
MISSING = 987_654  # an id no object has


@dataclass(frozen=True)
class Territory:
    """A district's data; ``secrets`` are strings only its unpublished data contains."""

    district: Unit
    document: Document
    target: Target
    draft: Observation
    submitted: Observation
    approved: Observation
    report: Report
    fact: Fact
    secrets: tuple[str, ...]


def territory(province: Unit, code: str, number: str, name: str, indicator: Indicator) -> Territory:
    district = make_unit(code, "district", "Huyện", name, name, f"{name} District", province)
    make_unit(f"{code}001", "commune", "Xã", f"{name} Một", f"{name} Mot", f"{name} One Commune", district)
    secret = f"SECRET{code}"
    document = Document.objects.create(
        code=f"{number}-NQ/HU", system="party", number=number, doc_type="NQ", issuer_code="HU", year=2023,
        issuer_unit=district, title=f"Nghị quyết {name}", date=date(2023, 12, 8),
    )
    target = Target.objects.create(
        document=document, unit=district, indicator=indicator, label="1", form="flow", value=100.0,
        start=date(2024, 1, 1), deadline=date(2024, 12, 31),
    )

    def figure(start: date, end: date, kind: str, value: float, state: str, ref: str) -> Observation:
        return Observation.objects.create(
            indicator=indicator, unit=district, period_kind=kind, period_start=start, period_end=end,
            value=value, source_kind="manual", source_ref=ref, state=state,
        )

    approved = figure(date(2024, 1, 1), date(2024, 3, 31), "quarter", 30, "approved", f"published {code}")
    submitted = figure(date(2024, 4, 1), date(2024, 6, 30), "quarter", 31, "submitted", f"{secret}-submitted")
    draft = figure(date(2024, 1, 1), date(2024, 6, 30), "half", 61, "draft", f"{secret}-draft")
    ObservationRevision.objects.create(
        observation=approved, number=1, value=30, source_kind="manual", actor=f"{secret}-actor", changed_at=AT,
        reason=f"{secret}-revision",
    )
    AuditEntry.objects.create(
        object_type="observation", object_id=approved.pk, action="approve", actor=f"{secret}-auditor", at=AT,
        reason=f"{secret}-audit", face="page", before={"state": "submitted"}, after={"state": "approved"},
    )
    text = f"{secret}-report-text: the district reached 61 billion VND in the first half of 2024."
    report = Report.objects.create(
        title=f"{secret}-report", text=text, language="en", sha256=secret.ljust(64, "0"), unit=district,
        extractor_version="test", created_by_name=f"{secret}-reader", created_at=AT,
    )
    fact = Fact.objects.create(
        report=report, kind="quantity", start=text.index("61"), end=text.index(" in"), text="61 billion VND",
        extracted={"value": 61e9, "unit": "VND", "role": "actual", "period": "2024-H1"},
    )
    secrets = (f"{secret}-submitted", f"{secret}-draft", f"{secret}-actor", f"{secret}-revision",
               f"{secret}-audit", f"{secret}-auditor", f"{secret}-report", f"{secret}-reader")
    return Territory(district, document, target, draft, submitted, approved, report, fact, secrets)


@dataclass(frozen=True)
class World:
    a: Territory
    b: Territory


def build() -> World:
    province = make_unit("T1", "province", "Tỉnh", "Thử Nghiệm", "Thu Nghiem", "Thu Nghiem Province")
    indicator = make_indicator("t-output", "Giá trị sản xuất", "Output", "tỷ đồng", "higher", "flow")
    a = territory(province, "T11", "901", "Hải Thử", indicator)
    b = territory(province, "T12", "902", "Biên Thử", indicator)
    return World(a, b)


def client_for(role: str, world: World) -> Client:
    client = Client()
    if role != "anonymous":
        user = get_user_model().objects.create_user(f"{role}-of-a")
        Grant.objects.create(user=user, role=role, unit=world.a.district, granted_by="test", granted_at=AT)
        client.force_login(user)
    return client


# --- probes -------------------------------------------------------------------------------------------------


class Kind:
    LIST = "list"  # a list or search: must never show the other territory's secrets
    PUBLISHED = "published"  # an object that is published when the instance publishes
    PRIVATE = "private"  # an object only its territory's users may see
    FORM = "form"  # a page for writing: needs an account
    WRITE = "write"  # a POST that changes something


@dataclass(frozen=True)
class Probe:
    name: str
    kind: str
    path: Callable[[Territory], str]
    data: dict[str, object] | Callable[[Territory], dict[str, object]] | None = None  # body of a write
    missing: Callable[[Territory], str] | None = None  # the same path for an object that does not exist
    missing_data: Callable[[Territory], dict[str, object]] | None = None  # the same body, for a missing object
    hidden_status: int = 404  # how a missing (and so a hidden) object is answered
    changed: Callable[[Territory], bool] | None = None  # whether a write changed the territory
    writers: frozenset[str] = frozenset()  # roles that may write (or open the form) within their scope
    on_published: bool = False  # a write or form acting on published data (visible, so refused with 403)
    api: bool = False
    verb: str = "post"

    @property
    def method(self) -> str:
        return self.verb if self.kind == Kind.WRITE else "get"

    def body(self, territory: Territory) -> dict[str, object]:
        return self.data(territory) if callable(self.data) else dict(self.data or {})


REVIEWERS = frozenset({Role.REPORTER, Role.APPROVER, Role.PLANNER, Role.ADMINISTRATOR})
REPORTERS = frozenset({Role.REPORTER, Role.ADMINISTRATOR})
APPROVERS = frozenset({Role.APPROVER, Role.ADMINISTRATOR})


def state_of(observation: Observation) -> str:
    return Observation.objects.get(pk=observation.pk).state


def value_of(observation: Observation) -> float:
    return Observation.objects.get(pk=observation.pk).value


def figures_of(territory: Territory) -> int:
    return Observation.objects.filter(unit=territory.district).count()


WEB_PROBES = [
    Probe("home", Kind.LIST, lambda t: "/?as_of=2024-06-30"),
    Probe("search by name", Kind.LIST, lambda t: f"/search/?q={t.district.short_name}&as_of=2024-06-30"),
    Probe("search by code", Kind.LIST, lambda t: f"/search/?q={t.document.code}&as_of=2024-06-30"),
    Probe("reports", Kind.LIST, lambda t: "/reports/"),
    Probe("unit page", Kind.PUBLISHED, lambda t: f"/units/{t.district.code}/?as_of=2024-06-30",
          missing=lambda t: "/units/T99/?as_of=2024-06-30"),
    Probe("document page", Kind.PUBLISHED, lambda t: f"/documents/{t.document.pk}/?as_of=2024-06-30",
          missing=lambda t: f"/documents/{MISSING}/?as_of=2024-06-30"),
    Probe("target page", Kind.PUBLISHED, lambda t: f"/targets/{t.target.pk}/?as_of=2024-06-30",
          missing=lambda t: f"/targets/{MISSING}/?as_of=2024-06-30"),
    Probe("target page with submitted figures", Kind.PUBLISHED,
          lambda t: f"/targets/{t.target.pk}/?as_of=2024-06-30&include_submitted=1",
          missing=lambda t: f"/targets/{MISSING}/?as_of=2024-06-30&include_submitted=1"),
    Probe("approved figure", Kind.PUBLISHED, lambda t: f"/observations/{t.approved.pk}/",
          missing=lambda t: f"/observations/{MISSING}/"),
    Probe("draft figure", Kind.PRIVATE, lambda t: f"/observations/{t.draft.pk}/",
          missing=lambda t: f"/observations/{MISSING}/"),
    Probe("submitted figure", Kind.PRIVATE, lambda t: f"/observations/{t.submitted.pk}/",
          missing=lambda t: f"/observations/{MISSING}/"),
    Probe("report page", Kind.PRIVATE, lambda t: f"/reports/{t.report.pk}/",
          missing=lambda t: f"/reports/{MISSING}/"),
    Probe("new report", Kind.FORM, lambda t: "/reports/new/", writers=REVIEWERS),
    Probe("new figure form", Kind.FORM, lambda t: f"/units/{t.district.code}/observations/new/?as_of=2024-06-30",
          missing=lambda t: "/units/T99/observations/new/?as_of=2024-06-30", writers=REPORTERS, on_published=True),
    Probe(
        "review a fact", Kind.WRITE, lambda t: f"/reports/{t.report.pk}/facts/{t.fact.pk}/",
        data={"decision": "reject", "reason": "probe"},
        missing=lambda t: f"/reports/{t.report.pk}/facts/{MISSING}/",
        changed=lambda t: Fact.objects.get(pk=t.fact.pk).status != "pending", writers=REVIEWERS,
    ),
    Probe(
        "edit a draft", Kind.WRITE, lambda t: f"/observations/{t.draft.pk}/edit/",
        data={"value": "62", "version": "1", "reason": "probe"},
        missing=lambda t: f"/observations/{MISSING}/edit/",
        changed=lambda t: value_of(t.draft) != 61, writers=REPORTERS,
    ),
    Probe(
        "submit a draft", Kind.WRITE, lambda t: f"/observations/{t.draft.pk}/submit/", data={"version": "1"},
        missing=lambda t: f"/observations/{MISSING}/submit/",
        changed=lambda t: state_of(t.draft) != "draft", writers=REPORTERS,
    ),
    Probe(
        "approve a submitted figure", Kind.WRITE, lambda t: f"/observations/{t.submitted.pk}/approve/",
        data={"version": "1"}, missing=lambda t: f"/observations/{MISSING}/approve/",
        changed=lambda t: state_of(t.submitted) != "submitted", writers=APPROVERS,
    ),
    Probe(
        "reopen an approved figure", Kind.WRITE, lambda t: f"/observations/{t.approved.pk}/reopen/",
        data={"version": "1", "reason": "probe"}, missing=lambda t: f"/observations/{MISSING}/reopen/",
        changed=lambda t: state_of(t.approved) != "approved", writers=APPROVERS, on_published=True,
    ),
    Probe(
        "enter a figure", Kind.WRITE, lambda t: f"/units/{t.district.code}/observations/new/",
        data={"indicator": "t-output", "period": "2024-Q3", "value": "5", "as_of": "2024-06-30"},
        missing=lambda t: "/units/T99/observations/new/",
        changed=lambda t: figures_of(t) != 3, writers=REPORTERS, on_published=True,
    ),
]

API = "/api/v1"
API_PROBES = [
    Probe("api units", Kind.LIST, lambda t: f"{API}/units/?as_of=2024-06-30&page_size=200&q={t.district.short_name}",
          api=True),
    Probe("api documents", Kind.LIST, lambda t: f"{API}/documents/", api=True),
    Probe("api targets", Kind.LIST, lambda t: f"{API}/targets/?as_of=2024-06-30", api=True),
    Probe("api observations", Kind.LIST, lambda t: f"{API}/observations/?unit={t.district.pk}", api=True),
    Probe("api all observations", Kind.LIST, lambda t: f"{API}/observations/?page_size=200", api=True),
    Probe("api audit", Kind.LIST, lambda t: f"{API}/audit/?page_size=200", api=True),
    Probe("api unit", Kind.PUBLISHED, lambda t: f"{API}/units/{t.district.code}/?as_of=2024-06-30",
          missing=lambda t: f"{API}/units/T99/?as_of=2024-06-30", api=True),
    Probe("api document", Kind.PUBLISHED, lambda t: f"{API}/documents/{t.document.pk}/",
          missing=lambda t: f"{API}/documents/{MISSING}/", api=True),
    Probe("api target", Kind.PUBLISHED, lambda t: f"{API}/targets/{t.target.pk}/?as_of=2024-06-30",
          missing=lambda t: f"{API}/targets/{MISSING}/?as_of=2024-06-30", api=True),
    Probe("api target with submitted figures", Kind.PUBLISHED,
          lambda t: f"{API}/targets/{t.target.pk}/?as_of=2024-06-30&include_submitted=1",
          missing=lambda t: f"{API}/targets/{MISSING}/?as_of=2024-06-30&include_submitted=1", api=True),
    Probe("api approved figure", Kind.PUBLISHED, lambda t: f"{API}/observations/{t.approved.pk}/",
          missing=lambda t: f"{API}/observations/{MISSING}/", api=True),
    Probe("api draft figure", Kind.PRIVATE, lambda t: f"{API}/observations/{t.draft.pk}/",
          missing=lambda t: f"{API}/observations/{MISSING}/", api=True),
    Probe(
        "api edit a draft", Kind.WRITE, lambda t: f"{API}/observations/{t.draft.pk}/",
        data={"value": 62, "version": 1}, missing=lambda t: f"{API}/observations/{MISSING}/",
        changed=lambda t: value_of(t.draft) != 61, writers=REPORTERS, api=True, verb="patch",
    ),
    Probe(
        "api submit a draft", Kind.WRITE, lambda t: f"{API}/observations/{t.draft.pk}/submit/", data={"version": 1},
        missing=lambda t: f"{API}/observations/{MISSING}/submit/",
        changed=lambda t: state_of(t.draft) != "draft", writers=REPORTERS, api=True,
    ),
    Probe(
        "api approve a submitted figure", Kind.WRITE, lambda t: f"{API}/observations/{t.submitted.pk}/approve/",
        data={"version": 1}, missing=lambda t: f"{API}/observations/{MISSING}/approve/",
        changed=lambda t: state_of(t.submitted) != "submitted", writers=APPROVERS, api=True,
    ),
    Probe(
        "api reopen an approved figure", Kind.WRITE, lambda t: f"{API}/observations/{t.approved.pk}/reopen/",
        data={"version": 1, "reason": "probe"}, missing=lambda t: f"{API}/observations/{MISSING}/reopen/",
        changed=lambda t: state_of(t.approved) != "approved", writers=APPROVERS, on_published=True, api=True,
    ),
    Probe(
        "api enter a figure", Kind.WRITE, lambda t: f"{API}/observations/",
        data=lambda t: {"indicator": "t-output", "unit": t.district.pk, "period": "2024-Q3", "value": 5},
        missing=lambda t: f"{API}/observations/", changed=lambda t: figures_of(t) != 3, hidden_status=400,
        missing_data=lambda t: {"indicator": "t-output", "unit": MISSING, "period": "2024-Q3", "value": 5},
        writers=REPORTERS, on_published=True, api=True,
    ),
]
PROBES = WEB_PROBES + API_PROBES


def fetch(client: Client, probe: Probe, path: str, territory: Territory, data: dict[str, object] | None = None):
    if probe.method == "get":
        return client.get(path, HTTP_ACCEPT_LANGUAGE="en")
    send = getattr(client, probe.method)
    data = probe.body(territory) if data is None else data
    if probe.api:
        return send(path, data, content_type="application/json", HTTP_ACCEPT_LANGUAGE="en")
    return send(path, data, HTTP_ACCEPT_LANGUAGE="en")


def body(response) -> str:
    return response.content.decode("utf-8", errors="replace")


def same_but_numbers(one: str, other: str) -> bool:
    """Two answers that differ only in the ids they repeat (and their one-time CSRF tokens)."""

    def plain(text: str) -> str:
        return re.sub(r"\d+", "N", re.sub(r'name="csrfmiddlewaretoken" value="[^"]*"', "", text))

    return plain(one) == plain(other)


def is_login_redirect(response) -> bool:
    return response.status_code == 302 and response["Location"].startswith("/accounts/login/")


CASES = list(itertools.product(PROBES, ROLES, ("in", "out"), (True, False)))


@pytest.mark.django_db
@pytest.mark.parametrize(
    "probe, role, scope, published", CASES,
    ids=[f"{p.name}-{r}-{s}-{'published' if pub else 'private'}" for p, r, s, pub in CASES],
)
def test_no_leak(probe: Probe, role: str, scope: str, published: bool) -> None:
    with override_settings(CHITIEU_PUBLISHED_READABLE=published):
        world = build()
        client = client_for(role, world)
        own, other = (world.a, world.b) if scope == "in" else (world.b, world.a)
        response = fetch(client, probe, probe.path(own), own)
        text = body(response)

        leaked = [s for s in world.b.secrets if s in text]
        assert leaked == [], f"{probe.name} shows B's unpublished data to a {role} of A"
        if role == "anonymous":
            check_visitor(probe, published, response, own)
        elif scope == "out":
            check_outsider(probe, role, client, published, response, own)
        else:
            check_insider(probe, role, response, own)


def check_visitor(probe: Probe, published: bool, response, territory: Territory) -> None:
    if probe.api:  # the API asks for credentials instead of redirecting
        if not published or probe.kind == Kind.WRITE:
            assert response.status_code == 401
        else:
            assert response.status_code == (404 if probe.kind == Kind.PRIVATE else 200)
    elif not published or probe.kind in (Kind.FORM, Kind.WRITE):
        assert is_login_redirect(response), response.status_code
    else:
        assert response.status_code == (404 if probe.kind == Kind.PRIVATE else 200)
    if probe.changed is not None:
        assert not probe.changed(territory)


def check_outsider(
    probe: Probe, role: str, client: Client, published: bool, response, territory: Territory
) -> None:
    hidden = probe.kind == Kind.PRIVATE or (
        probe.kind in (Kind.WRITE, Kind.FORM) and not (probe.on_published and published)
    ) or (probe.kind == Kind.PUBLISHED and not published)
    if probe.kind == Kind.FORM and probe.missing is None:  # a form of no object: scopes do not apply
        assert response.status_code == (200 if role in probe.writers else 403)
    elif hidden:
        data = probe.missing_data(territory) if probe.missing_data else None
        missing = fetch(client, probe, probe.missing(territory), territory, data)
        assert (response.status_code, missing.status_code) == (probe.hidden_status, probe.hidden_status)
        assert same_but_numbers(body(response), body(missing))
    elif probe.kind in (Kind.WRITE, Kind.FORM):  # visible to all, so refusing it tells nothing
        assert response.status_code == 403
    else:
        assert response.status_code == 200
    if probe.changed is not None:
        assert not probe.changed(territory)


def check_insider(probe: Probe, role: str, response, territory: Territory) -> None:
    if probe.kind in (Kind.WRITE, Kind.FORM):
        allowed = role in probe.writers
        if probe.kind == Kind.FORM:
            assert response.status_code == (200 if allowed else 403)
        elif allowed:
            assert response.status_code in ((200, 201) if probe.api else (302, 303)), body(response)
            assert probe.changed(territory)
        else:
            assert response.status_code == 403 and not probe.changed(territory)
        return
    assert response.status_code == 200
    text = body(response)
    if probe.name == "target page":  # the territory's own figures, in every state, with their history
        links = [f"/observations/{o.pk}/" for o in (territory.draft, territory.submitted, territory.approved)]
        assert all(s in text for s in (*links, "SECRETT11-revision"))
    if probe.name in ("report page", "reports"):
        assert "SECRETT11-report" in text
    if probe.name in ("api observations", "api all observations"):
        assert all(s in text for s in ("SECRETT11-draft", "SECRETT11-submitted"))
    if probe.name == "api audit":
        assert "SECRETT11-audit" in text


def test_the_matrix_size() -> None:
    """Reported in the closing note: probes × roles × scopes × publication settings."""
    assert len(CASES) == len(PROBES) * len(ROLES) * 2 * 2
