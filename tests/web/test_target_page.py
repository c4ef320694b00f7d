"""The target page: terms, status with its why and numbers, chart, observations, override and history."""

import re

import pytest
from django.test import Client

from web.fixtures import sign_in
from web.pages import assert_in_order, main_html, main_text


@pytest.fixture
def client(db) -> Client:
    """A viewer of the whole country: sees every figure of the test world and its history."""
    return sign_in("inspector", "viewer")


def test_visitors_see_published_figures_without_their_history(world):
    response = Client().get(f"/targets/{world.poverty.pk}/?as_of=2024-06-30", HTTP_ACCEPT_LANGUAGE="en")

    text = main_text(response)
    assert "Needs acceleration" in text and "2023-12-31" in text
    assert "cán bộ A" not in text and "số liệu sơ bộ" not in text  # who revised it, and why, is not published


def test_target_page_shows_terms_status_chart_observations_and_history(client, world):
    response = client.get(f"/targets/{world.poverty.pk}/?as_of=2024-06-30", HTTP_ACCEPT_LANGUAGE="en")

    assert response.status_code == 200
    assert_in_order(
        main_text(response),
        "Hai Thu District 907-NQ/HU 2",
        "Poverty rate",
        "Status on 2024-06-30 Needs acceleration 25%",
        "Needs acceleration: from 6 on 2022-12-31 to 5 on 2023-12-31 is only 75% of the pace needed "
        "to reach 2 by 2025-12-31.",
        "Rule and numbers Rule: progress.needs_acceleration",
        "y 5 T 2 y0 6",
        "R 0.7507",
        "The target Form reach a level by the deadline Target ≤ 2 % Baseline 6 (2022-12-31) Start – "
        "Deadline 2025-12-31 Unit of measure % Direction lower is better",
        "Chart Poverty rate: observed values against the target",
        "Observations Period From To Value Source year 2023-01-01 2023-12-31 5 entered by hand",
        "Revision history When Who What Why",
        "2024-07-05 16:00 cán bộ A value 2023-01-01…2023-12-31, revision 1: 5.5 số liệu sơ bộ",
        "2024-07-05 16:00 cán bộ A value 2023-01-01…2023-12-31, revision 2: 5 số liệu chính thức",
    )


def test_chart_is_accessible_svg_with_target_line_and_projection(client, world):
    svg = main_html(client.get(f"/targets/{world.poverty.pk}/?as_of=2024-06-30", HTTP_ACCEPT_LANGUAGE="en"))

    assert '<svg class="chart" viewBox="0 0 640 320" role="img"' in svg
    assert '<title id="chart-title">Poverty rate: observed values against the target</title>' in svg
    assert '<desc id="chart-desc">Needs acceleration: from 6 on 2022-12-31' in svg
    assert ">Date (end of period)</text>" in svg and ">%</text>" in svg  # both axes are labelled
    assert '<circle class="baseline"' in svg and "<title>Baseline 2022-12-31: 6</title>" in svg
    assert "<title>2023-12-31: 5</title>" in svg
    # The target line is flat at T = 2; the projection continues the pace (−1 a year) to the deadline.
    target = re.search(r'<line class="target" x1="[\d.]+" y1="([\d.]+)" x2="[\d.]+" y2="([\d.]+)"', svg)
    assert target and target.group(1) == target.group(2)
    projection = re.search(r'<line class="projection" x1="([\d.]+)" y1="([\d.]+)" x2="([\d.]+)" y2="([\d.]+)"', svg)
    assert projection and float(projection.group(4)) > float(projection.group(2))  # lower value, lower on screen


def test_override_is_shown_beside_the_computed_status_with_its_audit_entry(client, world):
    text = main_text(client.get(f"/targets/{world.binary.pk}/?as_of=2024-06-30", HTTP_ACCEPT_LANGUAGE="en"))

    assert_in_order(
        text,
        "Off track (computed: Pending)",
        "Off track, set by hand: thẩm định chưa đạt. The engine computed: Pending: not observed as met yet; "
        "due by 2025-12-31.",
        "Status set by hand; reason: thẩm định chưa đạt",
        "Audit trail When Who What Change Why Through",
        "2024-07-05 16:00 cán bộ B target status set by hand status: – → off_track thẩm định chưa đạt web page",
    )


def test_target_page_in_vietnamese(client, world):
    text = main_text(client.get(f"/targets/{world.flow.pk}/?as_of=2024-06-30"))

    assert_in_order(
        text,
        "Tình trạng đến ngày 2024-06-30 Đúng tiến độ 55%",
        "Đúng tiến độ: lũy kế 19.658 đến 2024-06-30 bằng 55% chỉ tiêu 36.000",
        "Mục tiêu đề ra Dạng tổng cả kỳ Mục tiêu > 36.000 tỷ đồng",
        "Biểu đồ Giá trị sản xuất: số liệu thực hiện so với chỉ tiêu",
        "Số liệu Kỳ Từ Đến Giá trị Nguồn lũy kế từ đầu năm 2024-01-01 2024-06-30 19.658 nhập tay",
    )


def test_observations_after_the_date_are_not_shown(client, world):
    text = main_text(client.get(f"/targets/{world.flow.pk}/?as_of=2024-05-31", HTTP_ACCEPT_LANGUAGE="en"))

    assert "No data: nothing observed yet for the target of 36,000 by 2024-12-31." in text
    assert "No observations yet." in text


def test_unknown_target_is_404(client, db):
    assert client.get("/targets/999999/").status_code == 404
