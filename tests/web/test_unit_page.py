"""The unit page and the root: the tree as of a date, the edition switch, lineage, documents and targets."""

from dataclasses import dataclass
from datetime import date

import pytest

from web.fixtures import build_world
from web.pages import assert_in_order, main_text

UNIT_PAGE_QUERIES = 7  # unit+parents (access), targets, children, predecessors, successors, documents, observations


def test_unit_page_shows_chain_targets_documents_children_and_history(client, world):
    response = client.get("/units/T11/?as_of=2025-06-30", HTTP_ACCEPT_LANGUAGE="en")

    assert response.status_code == 200
    assert main_text(response) == (
        "Viet Nam Thu Nghiem Province Hai Thu District "
        "Hai Thu District Code T11 Level district In force … – 2025-07-01 "
        "Targets No. Indicator Document Target Deadline Status Progress Why "
        "1 Production value 907-NQ/HU > 36,000 tỷ đồng 2024-12-31 Exceeded 100% "
        "Exceeded: 37,000 against a target of 36,000 by 2024-12-31. "
        "2 Poverty rate 907-NQ/HU ≤ 2 % 2025-12-31 Needs acceleration 25% "
        "Needs acceleration: from 6 on 2022-12-31 to 5 on 2023-12-31 is only 75% of the pace needed "
        "to reach 2 by 2025-12-31. "
        "3 Growth rate 907-NQ/HU 12.5% a year 2025-12-31 Off track 36% "
        "Off track: average growth of 4.55% a year so far is 36% of the 12.5% a year targeted. "
        "4 Advanced new-rural district 907-NQ/HU yes 2025-12-31 Off track (computed: Pending) – "
        "Off track, set by hand: thẩm định chưa đạt. The engine computed: Pending: not observed as met yet; "
        "due by 2025-12-31. "
        "Documents issued here 907-NQ/HU 2023-12-08 Nghị quyết thử nghiệm năm 2024 "
        "Units under it So 1 Commune T11001 So 2 Commune T11002 So 3 Commune T11003 "
        "History No recorded changes."
    )


@pytest.fixture
def world(db):
    from web.fixtures import observe

    built = build_world()
    observe(built.flow.indicator, built.district, built.flow.start, built.flow.deadline, 37000)
    return built


def test_edition_switch_follows_the_lineage(client, world):
    content = client.get("/units/T1/?as_of=2025-06-30").content.decode()

    assert '<a href="/units/T1/?as_of=2025-06-30" aria-current="true">' in content
    assert '<a href="/units/T2/?as_of=2025-07-01">' in content  # T1 became T2 on 1 July 2025


def test_new_unit_lists_where_it_came_from(client, world):
    text = main_text(client.get("/units/T2/?as_of=2025-07-01", HTTP_ACCEPT_LANGUAGE="en"))

    assert_in_order(text, "History", "Formed from", "Thu Nghiem Province — merged whole")


def test_old_unit_lists_what_it_became(client, world):
    content = client.get("/units/T1/?as_of=2025-06-30", HTTP_ACCEPT_LANGUAGE="en").content.decode()

    assert '<a href="/units/T2/?as_of=2025-07-01">Thu Moi Province</a> — merged whole' in content


@dataclass(frozen=True)
class Missing:
    name: str
    url: str


MISSING = [
    Missing(name="unknown code", url="/units/T99/?as_of=2025-06-30"),
    Missing(name="code not in force on the date", url="/units/T11/?as_of=2025-07-01"),
    Missing(name="old province after the change", url="/units/T1/?as_of=2025-07-01"),
]


@pytest.mark.parametrize("case", MISSING, ids=lambda c: c.name)
def test_unit_not_in_force_is_404(client, world, case):
    assert client.get(case.url).status_code == 404


def test_a_date_that_is_not_a_date_is_400(client, db):
    response = client.get("/units/T11/?as_of=30/06/2025", HTTP_ACCEPT_LANGUAGE="en")

    assert response.status_code == 400
    assert main_text(response) == (
        "Bad request “30/06/2025” is not a date; write it as YYYY-MM-DD, e.g. 2025-07-01."
    )


@pytest.mark.parametrize("communes", [3, 60])
def test_unit_page_query_count_does_not_grow_with_children(client, db, django_assert_num_queries, communes):
    build_world(communes=communes)

    with django_assert_num_queries(UNIT_PAGE_QUERIES):
        response = client.get("/units/T11/?as_of=2025-06-30")

    assert response.content.decode().count('<a href="/units/T110') == communes


@pytest.mark.parametrize("url", ["/units/22/?as_of=2025-06-30", "/units/22/?as_of=2025-07-01"])
def test_real_province_page_query_count(client, db, django_assert_num_queries, url):
    with django_assert_num_queries(UNIT_PAGE_QUERIES - 1):  # no targets, so no observations to read
        response = client.get(url)

    assert "Quảng Ninh" in main_text(response)


def test_real_province_lists_its_districts_before_and_communes_after_the_reform(client, db):
    before = main_text(client.get("/units/22/?as_of=2025-06-30"))
    after = main_text(client.get("/units/22/?as_of=2025-07-01"))

    assert "Huyện Hải Hà" in before
    assert "Huyện Hải Hà" not in after
    assert "Đặc khu Cô Tô" in after  # the island district became a special zone


@dataclass(frozen=True)
class Root:
    name: str
    as_of: str
    count: str


ROOTS = [
    Root(name="before the reform: 63 real provinces and T1", as_of="2025-06-30", count="64 units"),
    Root(name="after the reform: 34 real provinces and T2", as_of="2025-07-01", count="35 units"),
]


@pytest.mark.parametrize("case", ROOTS, ids=lambda c: c.name)
def test_root_lists_the_provinces_in_force(client, world, case):
    text = main_text(client.get(f"/?as_of={case.as_of}", HTTP_ACCEPT_LANGUAGE="en"))

    assert_in_order(text, f"Provinces and cities on {case.as_of}", case.count)
    assert "Quang Ninh Province" in text


def test_hai_ha_page_from_the_demo_world(client, db, django_assert_num_queries):
    with django_assert_num_queries(UNIT_PAGE_QUERIES):
        response = client.get("/units/201/?as_of=2024-06-30", HTTP_ACCEPT_LANGUAGE="en")

    assert_in_order(
        main_text(response),
        "Viet Nam Quang Ninh Province Hai Ha District",
        "Targets",
        "1 Total production value 12-NQ/HU > 36,000 billion VND 2024-12-31 On track 55%",
        "Documents issued here",
        "12-NQ/HU 2023-12-08",
        "Units under it",
        "History",
    )


def test_insiders_may_count_submitted_figures_and_visitors_may_not(world):
    from django.test import Client

    from web.fixtures import observe, sign_in

    poverty = world.poverty.indicator
    observe(poverty, world.district, date(2024, 1, 1), date(2024, 6, 30), 3.5, kind="half", state="submitted")
    url = "/units/T11/?as_of=2024-06-30"
    insider = sign_in("lan", "viewer", world.district)

    counted = main_text(insider.get(url, HTTP_ACCEPT_LANGUAGE="en"))
    preview = main_text(insider.get(f"{url}&include_submitted=1", HTTP_ACCEPT_LANGUAGE="en"))
    visitor = main_text(Client().get(f"{url}&include_submitted=1", HTTP_ACCEPT_LANGUAGE="en"))

    assert "Counting approved figures only. Include submitted figures" in counted
    assert "to 5 on 2023-12-31" in counted and "3.5 on 2024-06-30" not in counted
    assert "Counting approved and submitted figures" in preview and "to 3.5 on 2024-06-30" in preview
    assert "Counting" not in visitor and "3.5 on 2024-06-30" not in visitor
