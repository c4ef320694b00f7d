"""The review pages: read a report (pasted, uploaded or from disk), see its facts highlighted, accept, edit, reject."""

from __future__ import annotations

import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.utils import timezone

from chitieu.core.extraction.model import DocRef, Extraction, Person, Quantity
from chitieu.tracking.actions.audit import history
from chitieu.tracking.models import Fact, Report
from web.fixtures import make_district, sign_in
from web.pages import assert_in_order, main_html, main_text

# A short district review in the style of a German translation, written for these tests.
TEXT = (
    "Das Parteikomitee des Kreises Hai Thu beriet über die Resolution Nr. 907-NQ/HU vom 8. Dezember 2023. "
    "Für 2024 strebt der Kreis einen Gesamtproduktionswert von 36.000 Milliarden VND an. "
    "Im ersten Halbjahr 2024 erreichte der Produktionswert 19.658 Milliarden VND. "
    "Genosse Tran Van An leitete die Sitzung."
)


def _at(part: str) -> tuple[int, int]:
    start = TEXT.index(part)
    return start, start + len(part)


def read_by_hand(text: str, language: str | None = None) -> Extraction:
    """What the extractor should find in :data:`TEXT`, written out so these tests check the pages alone."""
    assert text == TEXT
    common = dict(unit="VND", subject="Hai Thu district", indicator="total production value")
    return Extraction(
        language="de",
        quantities=(
            Quantity(*_at("36.000 Milliarden VND"), "36.000 Milliarden VND", 36e12, role="target", period="2024",
                     **common),
            Quantity(*_at("19.658 Milliarden VND"), "19.658 Milliarden VND", 19_658e9, role="actual",
                     period="2024-H1", **common),
        ),
        doc_refs=(DocRef(*_at("907-NQ/HU"), "907-NQ/HU", "907", "NQ", "HU", "2023-12-08"),),
        people=(Person("Tran Van An", (), None, *_at("Tran Van An")),),
        extractor_version="test-2",
    )


@pytest.fixture
def client(db) -> Client:
    """A reviewer signed in with an administrator's grant for the whole country (review pages write)."""
    signed_in = Client()
    signed_in.force_login(reviewer())
    return signed_in


def reviewer():
    from django.contrib.auth import get_user_model

    from chitieu.accounts.models import Grant, Role

    user, _ = get_user_model().objects.get_or_create(username="reviewer")
    Grant.objects.get_or_create(user=user, role=Role.ADMINISTRATOR, unit=None,
                                defaults={"granted_by": "test", "granted_at": timezone.now()})
    return user


@pytest.fixture
def extractor(monkeypatch):
    monkeypatch.setattr("chitieu.tracking.actions.ingest._extract", read_by_hand)


@pytest.fixture
def district(db):
    return make_district()


@pytest.fixture
def report(client, extractor, district) -> Report:
    response = client.post("/reports/new/", {"text": TEXT, "unit": "T11", "as_of": "2024-07-15", "title": "Bericht"})
    assert response.status_code == 303
    return Report.objects.get(title="Bericht")


def en(client: Client, url: str):
    return client.get(url, HTTP_ACCEPT_LANGUAGE="en")


def test_new_report_form(client, db):
    response = en(client, "/reports/new/")

    assert response.status_code == 200
    assert main_text(response) == (
        "Read a new report The report: one of the three Paste its text "
        "or upload a file (.txt, .html, .docx, .pdf) or give the path of a file on the server "
        "About it Title Unit the report is about (code) Read unit codes as of "
        "Language detect vi en de fr es pl ar ru pt it id zh ja ko Read the report"
    )
    assert 'enctype="multipart/form-data"' in main_html(response)
    assert 'name="csrfmiddlewaretoken"' in main_html(response)


def test_pasting_a_report_reads_it_and_shows_it(client, report, district):
    assert (report.unit, report.language, report.extractor_version) == (district, "de", "test-2")
    assert str(report.as_of) == "2024-07-15"
    assert [f.text for f in report.facts.all()] == [
        "907-NQ/HU", "36.000 Milliarden VND", "19.658 Milliarden VND", "Tran Van An"]
    assert [e.face for e in history(report)] == ["page"]


def test_pasting_the_same_report_again_shows_the_stored_one(client, report):
    response = client.post("/reports/new/", {"text": TEXT, "unit": "T11", "as_of": "2024-07-15"})

    assert response.status_code == 303 and response["Location"] == f"/reports/{report.pk}/?existing=1"
    assert Report.objects.filter(sha256=report.sha256).count() == 1
    page = en(client, response["Location"])
    assert "This report was already read: here it is, with its facts as reviewed so far." in main_text(page)


def test_the_report_page_highlights_every_fact_in_order(client, report):
    response = en(client, f"/reports/{report.pk}/")

    assert response.status_code == 200
    html = main_html(response)
    ids = [f.pk for f in report.facts.all()]
    assert_in_order(
        html,
        f'<mark class="fact kind-doc_ref review-pending" id="mark-{ids[0]}"><a href="#fact-{ids[0]}">907-NQ/HU</a>'
        "<sup>1 document</sup></mark>",
        f'<mark class="fact kind-quantity role-target review-pending" id="mark-{ids[1]}">'
        f'<a href="#fact-{ids[1]}">36.000 Milliarden VND</a><sup>2 target</sup></mark>',
        f'<mark class="fact kind-quantity role-actual review-pending" id="mark-{ids[2]}">'
        f'<a href="#fact-{ids[2]}">19.658 Milliarden VND</a><sup>3 actual</sup></mark>',
        f'<mark class="fact kind-person review-pending" id="mark-{ids[3]}"><a href="#fact-{ids[3]}">Tran Van An</a>'
        "<sup>4 person</sup></mark>",
    )
    read_at = timezone.localtime(report.created_at).strftime("%Y-%m-%d %H:%M")
    edit_figure = (
        "Edit and accept Value Unit Role target actual expected a change (growth, increase, reduction) "
        "Subject (unit code or name) Indicator (catalogue code) Period (2024, 2024-H1, 2021-2025) "
        "Document setting the target the one the report refers to Accept as edited Reason Reject"
    )
    assert main_text(response) == (
        f"Bericht Unit Huyện Hải Thử T11 Language de Extractor test-2 Read by reviewer, {read_at} "
        "Text target actual expected document person The number after a mark is the fact's row in the table. "
        "Das Parteikomitee des Kreises Hai Thu beriet über die Resolution Nr. 907-NQ/HU 1 document vom 8. Dezember "
        "2023. Für 2024 strebt der Kreis einen Gesamtproduktionswert von 36.000 Milliarden VND 2 target an. "
        "Im ersten Halbjahr 2024 erreichte der Produktionswert 19.658 Milliarden VND 3 actual . "
        "Genosse Tran Van An 4 person leitete die Sitzung. "
        "Facts No. Kind In the text Read as Status Review "
        "1 document 907-NQ/HU Code 907-NQ/HU Issuer HU Date 2023-12-08 Pending Accept "
        "Edit and accept Code Term (e.g. 2020-2025) Issuing unit (code) Date Title Accept as edited Reason Reject "
        "2 target 36.000 Milliarden VND Value 36,000,000,000,000 VND Subject Hai Thu district "
        "Indicator total production value Period 2024 Pending "
        f"Document setting the target the one the report refers to Accept {edit_figure} "
        "3 actual 19.658 Milliarden VND Value 19,658,000,000,000 VND Subject Hai Thu district "
        f"Indicator total production value Period 2024-H1 Pending Accept {edit_figure} "
        "4 person Tran Van An Name Tran Van An Positions – Organisation – Pending Accept "
        "Edit and accept Name Organisation Accept as edited Reason Reject"
    )


def test_accepting_a_figure_from_the_page(client, report):
    fact = report.facts.get(text="19.658 Milliarden VND")

    response = client.post(f"/reports/{report.pk}/facts/{fact.pk}/", {"decision": "accept"})

    assert response.status_code == 303 and response["Location"] == f"/reports/{report.pk}/#fact-{fact.pk}"
    fact.refresh_from_db()
    assert (fact.status, fact.reviewer_name) == ("accepted", "reviewer")
    assert (fact.observation.indicator.code, fact.observation.value) == ("production-value", 19_658)
    assert history(fact.observation).get().face == "page"
    text = main_text(en(client, f"/reports/{report.pk}/"))
    assert (
        "3 actual 19.658 Milliarden VND Value 19,658,000,000,000 VND Subject Hai Thu district "
        "Indicator total production value Period 2024-H1 Accepted reviewer "
        "Observation production-value T11 2024-01-01–2024-06-30 = 19,658 4 person"
    ) in text


def test_a_logged_in_reviewer_is_named(report, district):
    client = sign_in("lan", "reporter", district)
    fact = report.facts.get(text="Tran Van An")

    client.post(f"/reports/{report.pk}/facts/{fact.pk}/", {"decision": "accept"})

    fact.refresh_from_db()
    assert (fact.reviewer_name, fact.reviewer.username) == ("lan", "lan")


def test_a_target_from_the_page_after_its_document(client, report, district):
    ref, target = report.facts.get(kind="doc_ref"), report.facts.get(text="36.000 Milliarden VND")

    client.post(f"/reports/{report.pk}/facts/{ref.pk}/", {"decision": "accept"})
    client.post(f"/reports/{report.pk}/facts/{target.pk}/", {"decision": "accept", "document": ""})

    target.refresh_from_db()
    assert (target.status, target.target.document.code, target.target.value) == ("accepted", "907-NQ/HU", 36000)
    text = main_text(en(client, f"/reports/{report.pk}/"))
    assert "Target production-value >= 36,000, 2024-12-31" in text
    assert "Document 907-NQ/HU" in text


def test_edit_and_accept_with_a_mistake_shows_the_problems_and_keeps_the_values(client, report):
    fact = report.facts.get(text="19.658 Milliarden VND")
    form = {"decision": "accept", "edit": "1", "value": "19,7", "unit": "billion VND", "role": "actual",
            "subject": "T11", "indicator": "kites", "period": "2024-H1"}

    response = client.post(f"/reports/{report.pk}/facts/{fact.pk}/", form, HTTP_ACCEPT_LANGUAGE="en")

    assert response.status_code == 400
    html = main_html(response)
    assert '<ul class="problems" role="alert"><li>value: \'19,7\' is not a number: write digits with a dot for ' \
           "decimals, e.g. 16.9</li></ul>" in html.replace("&#x27;", "'")
    assert f'<input id="value-{fact.pk}" name="value" value="19,7" inputmode="decimal">' in html
    assert f'<input id="indicator-{fact.pk}" name="indicator" value="kites" list="indicators">' in html
    assert re.search(rf'<tr id="fact-{fact.pk}" class="review-pending">.*?<details open>', html, re.S)
    fact.refresh_from_db()
    assert (fact.status, fact.edited) == ("pending", {})


def test_edit_and_accept_uses_the_edits(client, report):
    fact = report.facts.get(text="19.658 Milliarden VND")
    form = {"decision": "accept", "edit": "1", "value": "19700", "unit": "billion VND", "role": "expected",
            "subject": "T11", "indicator": "production-value", "period": "2024-H1"}

    response = client.post(f"/reports/{report.pk}/facts/{fact.pk}/", form)

    assert response.status_code == 303
    fact.refresh_from_db()
    assert (fact.observation.value, fact.observation.is_estimate) == (19700, True)
    assert fact.edited == {"value": 19700.0, "unit": "billion VND", "role": "expected", "subject": "T11",
                           "indicator": "production-value"}


def test_reject_from_the_page(client, report):
    fact = report.facts.get(text="Tran Van An")

    response = client.post(f"/reports/{report.pk}/facts/{fact.pk}/", {"decision": "reject", "reason": "not needed"})

    assert response.status_code == 303
    fact.refresh_from_db()
    assert (fact.status, fact.reason) == ("rejected", "not needed")
    html = main_html(en(client, f"/reports/{report.pk}/"))
    assert f'<mark class="fact kind-person review-rejected" id="mark-{fact.pk}">' in html


@pytest.mark.parametrize(
    ("form", "message"),
    [
        ({"text": "", "unit": "T11"}, "text: paste the text, upload a file or give a path: exactly one of them"),
        ({"text": TEXT, "path": "/tmp/x.txt"}, "text: paste the text, upload a file or give a path: exactly one"),
        ({"text": TEXT, "unit": "T99"}, "unit: no unit has code T99 on "),
        ({"text": TEXT, "as_of": "15.07.2024"}, "as_of: write the date as YYYY-MM-DD, e.g. 2024-07-15"),
        ({"path": "/etc/passwd"}, "path: only files in the inbox folder "),
    ],
    ids=["no source", "two sources", "unknown unit", "bad date", "outside the inbox"],
)
def test_the_new_report_form_names_what_is_wrong(client, extractor, district, form, message):
    response = client.post("/reports/new/", form, HTTP_ACCEPT_LANGUAGE="en")

    assert response.status_code == 400
    assert message in main_text(response)
    assert not Report.objects.filter(facts__text="907-NQ/HU").exists()


def test_uploading_a_file(client, extractor, district):
    upload = SimpleUploadedFile("bericht.txt", TEXT.encode("utf-8"), content_type="text/plain")

    response = client.post("/reports/new/", {"file": upload, "unit": "T11", "as_of": "2024-07-15"})

    assert response.status_code == 303
    report = Report.objects.get(file_name="bericht.txt")
    assert (report.title, report.text, report.facts.count()) == ("bericht.txt", TEXT, 4)


def test_a_missing_file_in_the_inbox_is_named(client, extractor, district, tmp_path, settings):
    settings.CHITIEU_INBOX = tmp_path
    missing = tmp_path / "bericht.txt"
    response = client.post("/reports/new/", {"path": str(missing)}, HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 400
    assert f"file: {missing}: no such file" in main_text(response)


def test_a_file_already_on_disk(client, extractor, district, tmp_path, settings):
    settings.CHITIEU_INBOX = tmp_path
    path = tmp_path / "bericht.txt"
    path.write_text(TEXT, encoding="utf-8")

    response = client.post("/reports/new/", {"path": str(path), "unit": "T11", "as_of": "2024-07-15"})

    assert response.status_code == 303
    assert Report.objects.get(file_name="bericht.txt").unit.code == "T11"


def test_reports_list(client, report):
    fact = report.facts.get(text="Tran Van An")
    client.post(f"/reports/{report.pk}/facts/{fact.pk}/", {"decision": "reject"})

    response = en(client, "/reports/")

    assert response.status_code == 200
    text = main_text(response)
    assert text.startswith(
        "Reports Read a new report Report Unit Language Read on Awaiting review Accepted Rejected "
    )
    assert f"Bericht Huyện Hải Thử de {timezone.localdate(report.created_at):%Y-%m-%d} 3 0 1" in text


def test_unknown_report_and_fact_are_404(client, report):
    assert client.get("/reports/999999/").status_code == 404
    assert client.post(f"/reports/{report.pk}/facts/999999/", {"decision": "accept"}).status_code == 404
    other = Fact.objects.filter(report=report).first()
    assert client.post(f"/reports/999999/facts/{other.pk}/", {"decision": "accept"}).status_code == 404


def test_reviewing_needs_a_post_with_a_csrf_token(report):
    fact = report.facts.first()
    strict = Client(enforce_csrf_checks=True)
    strict.force_login(reviewer())

    assert strict.get(f"/reports/{report.pk}/facts/{fact.pk}/").status_code == 405
    assert strict.post(f"/reports/{report.pk}/facts/{fact.pk}/", {"decision": "accept"}).status_code == 403
    fact.refresh_from_db()
    assert fact.status == "pending"


def test_the_pages_speak_vietnamese_by_default(client, report):
    text = main_text(client.get("/reports/"))

    assert text == (
        "Báo cáo Đọc báo cáo mới Báo cáo Đơn vị Ngôn ngữ Ngày đọc Chờ duyệt Đã chấp nhận Đã loại "
        f"Bericht Huyện Hải Thử de {timezone.localdate(report.created_at):%Y-%m-%d} 4 0 0"
    )
