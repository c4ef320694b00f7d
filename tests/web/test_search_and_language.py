"""Search by unit name (with or without diacritics) and by document code; the Vietnamese/English switch."""

from dataclasses import dataclass

import pytest

from web.pages import main_text


@dataclass(frozen=True)
class Search:
    name: str
    query: str
    expect: str


SEARCHES = [
    Search(name="name with diacritics", query="Hải Thử", expect="Hai Thu District — Thu Nghiem Province T11"),
    Search(name="name without diacritics", query="hai thu", expect="Hai Thu District — Thu Nghiem Province T11"),
    Search(name="kind word and odd case", query="HUYEN hai THU", expect="Hai Thu District"),
    Search(name="canonical document code", query="907-NQ/HU", expect="907-NQ/HU — Hai Thu District 2023-12-08"),
    Search(name="document code written loosely", query="Số: 907 - NQ/HU", expect="907-NQ/HU — Hai Thu District"),
    Search(name="part of a code", query="907-NQ", expect="907-NQ/HU — Hai Thu District"),
]


@pytest.mark.parametrize("case", SEARCHES, ids=lambda c: c.name)
def test_search_finds(client, world, case):
    response = client.get("/search/", {"q": case.query, "as_of": "2025-06-30"}, HTTP_ACCEPT_LANGUAGE="en")

    assert case.expect in main_text(response)


def test_search_answers_as_of_the_date(client, world):
    text = main_text(client.get("/search/", {"q": "huyen hai thu", "as_of": "2025-07-01"}, HTTP_ACCEPT_LANGUAGE="en"))

    assert "No unit has this name on this date." in text


def test_search_with_nothing_found(client, world):
    text = main_text(client.get("/search/", {"q": "zzqx", "as_of": "2025-06-30"}, HTTP_ACCEPT_LANGUAGE="en"))

    assert text == (
        "Results for “zzqx” Documents No document has this code. "
        "Administrative units No unit has this name on this date."
    )


def test_empty_search_explains_what_to_type(client, db):
    text = main_text(client.get("/search/", HTTP_ACCEPT_LANGUAGE="en"))

    assert text == "Search Type a unit name (with or without diacritics) or a document code."


@dataclass(frozen=True)
class Language:
    name: str
    headers: dict
    cookie: str | None
    expect: str


LANGUAGES = [
    Language(name="Vietnamese by default", headers={}, cookie=None, expect="Tình trạng đến ngày 2024-06-30"),
    Language(name="English by Accept-Language", headers={"HTTP_ACCEPT_LANGUAGE": "en-GB,en;q=0.9"}, cookie=None,
             expect="Status on 2024-06-30"),
    Language(name="English by cookie", headers={}, cookie="en", expect="Status on 2024-06-30"),
    Language(name="the cookie beats the browser", headers={"HTTP_ACCEPT_LANGUAGE": "en"}, cookie="vi",
             expect="Tình trạng đến ngày 2024-06-30"),
]


@pytest.mark.parametrize("case", LANGUAGES, ids=lambda c: c.name)
def test_language(client, world, case):
    if case.cookie:
        client.cookies["django_language"] = case.cookie
    response = client.get(f"/targets/{world.poverty.pk}/?as_of=2024-06-30", **case.headers)

    assert case.expect in main_text(response)


def test_language_switch_works_without_javascript(client, world):
    url = f"/documents/{world.document.pk}/?as_of=2024-06-30"
    page = client.get(url).content.decode()
    assert '<form class="language" action="/i18n/setlang/" method="post">' in page

    response = client.post("/i18n/setlang/", {"language": "en", "next": url})

    assert response.status_code == 302 and response["Location"] == url
    assert "1 expected to be achieved" in main_text(client.get(url))
