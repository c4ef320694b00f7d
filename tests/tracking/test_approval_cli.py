"""`chitieu assess --document` and `chitieu rollup` count approved figures; `--include-submitted` adds the
submitted ones."""

from __future__ import annotations

import json
from datetime import date

import pytest
from django.utils import translation
from factories import actor
from typer.testing import CliRunner

from chitieu.cli.main import app
from chitieu.core.hierarchy import load_hierarchy
from chitieu.tracking.actions import do_record_observation
from chitieu.tracking.models import Indicator, Observation
from chitieu.tracking.queries import unit_by_code
from web.fixtures import DOC_CODE, build_world

pytestmark = pytest.mark.django_db
runner = CliRunner()


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


@pytest.mark.parametrize(
    ("flags", "status"),
    [([], "no_data"), (["--include-submitted"], "needs_acceleration")],
    ids=["approved figures only", "submitted ones too"],
)
def test_assess_a_document(flags, status):
    world = build_world()
    Observation.objects.filter(pk=world.poverty_observation.pk).update(state="submitted")

    result = runner.invoke(app, ["assess", "--document", DOC_CODE, "--as-of", "2024-06-30", "--json", *flags])

    assert result.exit_code == 0, result.output
    assert {row["target"]: row["status"] for row in json.loads(result.stdout)}["2 t-poverty"] == status


def test_rollup_counts_submitted_figures_on_request():
    before = date(2023, 6, 30)
    tree = load_hierarchy().as_of(before)
    district = next(u for u in tree.children("22") if u.short_name == "Hải Hà")
    first, second = [u.code for u in tree.children(district.code)][:2]
    indicator = Indicator.objects.get(code="poor-households")
    for code, value, state in ((first, 100, "approved"), (second, 20, "submitted")):
        do_record_observation(actor(), indicator, unit_by_code(code, before), "2023", value, source_kind="manual",
                              state=state)

    plain = runner.invoke(app, ["rollup", "poor-households", district.code, "2023", "--json"])
    preview = runner.invoke(app, ["rollup", "poor-households", district.code, "2023", "--json", "--include-submitted"])

    assert [(json.loads(r.stdout)["value"], json.loads(r.stdout)["inputs"]) for r in (plain, preview)] == [
        (100, 1), (120, 2)]
