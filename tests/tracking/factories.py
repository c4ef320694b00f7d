"""Small builders for the tests of actions and imports.

Test units have codes starting with "T", so they never clash with the real units loaded for the session;
indicators are made through the action, like any other.
"""

from __future__ import annotations

from datetime import date

from chitieu.tracking.actions import Actor, IndicatorSpec, do_create_indicator
from chitieu.tracking.models import AuditEntry, Indicator, Unit

REFORM = date(2025, 7, 1)


def actor(name: str = "tester", face: str = AuditEntry.Face.CLI) -> Actor:
    return Actor(name=name, face=AuditEntry.Face(face))


def make_unit(
    code: str,
    *,
    level: str = "province",
    name: str = "",
    parent: Unit | None = None,
    new_edition: bool = False,
    **fields: object,
) -> Unit:
    """A test unit of the edition before 1 July 2025, or (``new_edition``) of the one from that day; ``fields``
    override the plain defaults (kind, short_name, ascii_name, name_en, search_key, edition, valid_from, valid_to).
    """
    assert code.startswith("T"), "test units use codes starting with T"
    name = name or f"Test unit {code}"
    values: dict[str, object] = dict(
        code=code,
        level=level,
        kind=level,
        name=name,
        short_name=name,
        ascii_name=name,
        name_en=name,
        search_key=name.lower(),
        parent=parent,
        edition="2025" if new_edition else "legacy",
        valid_from=REFORM if new_edition else None,
        valid_to=None if new_edition else REFORM,
    )
    values.update(fields)
    return Unit.objects.create(**values)


def make_indicator(code: str, **fields: object) -> Indicator:
    """An indicator made through the action, with plain defaults for what the test does not care about."""
    values: dict[str, object] = dict(
        code=code,
        name_vi=code,
        name_en=code,
        unit_of_measure="%",
        direction="higher",
        kind="rate",
        growth_model="linear",
        aggregation="none",
    )
    values.update(fields)
    return do_create_indicator(actor("factory"), IndicatorSpec(**values))  # type: ignore[arg-type]


_UNIT_PATH = {
    "observation": "unit",
    "observationrevision": "observation__unit",
    "target": "unit",
    "document": "issuer_unit",
}


def mine(model):  # type: ignore[no-untyped-def]
    """The rows of ``model`` that belong to test units: the session database also holds the demo world."""
    return model.objects.filter(**{f"{_UNIT_PATH[model._meta.model_name]}__code__startswith": "T"})
