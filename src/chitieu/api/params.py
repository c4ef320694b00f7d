"""The query parameters of the lists, read and checked at the edge (a bad value is a 400 naming the parameter).

Each list's parameters are a serializer: the view validates ``request.query_params`` with it, and the schema
documents them from it.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from django.utils import timezone
from django.utils.translation import gettext as _
from rest_framework import serializers

from chitieu.api.serializers import MAX_ID
from chitieu.core.periods import PeriodError, parse_period
from chitieu.tracking.models import Level, Observation

_ID = dict(min_value=1, max_value=MAX_ID, required=False)


def read(params_class: type[serializers.Serializer], request: Any) -> dict[str, Any]:
    """The validated parameters of ``request``; raises DRF's ValidationError (a 400 envelope).

    Read as a plain dict, so that an empty value (``?level=``) is a value to check, not a missing parameter as in
    an HTML form: the API answers what the schema says. Only the search text may be empty (no filter).
    """
    params = params_class(data=request.query_params.dict())
    params.is_valid(raise_exception=True)
    return dict(params.validated_data)


def as_of(params: dict[str, Any]) -> date:
    return params.get("as_of") or timezone.localdate()


class AsOf(serializers.Serializer):
    as_of = serializers.DateField(required=False, help_text="the date the answer is for (YYYY-MM-DD); default today")


class UnitParams(AsOf):
    level = serializers.ChoiceField(choices=Level.choices, required=False)
    parent = serializers.CharField(max_length=16, required=False, help_text="the parent's code (on as_of)")
    q = serializers.CharField(
        max_length=200, required=False, allow_blank=True, help_text="part of the name, with or without diacritics"
    )


class DocumentParams(serializers.Serializer):
    q = serializers.CharField(
        max_length=200, required=False, allow_blank=True, help_text="part of the code or of the title"
    )
    system = serializers.ChoiceField(choices=["party", "state"], required=False)
    issuer = serializers.IntegerField(**_ID, help_text="the issuing unit's id")


class StatusParams(AsOf):
    include_submitted = serializers.BooleanField(
        required=False,
        default=False,
        help_text="also count submitted figures (a preview), on the targets whose unit you may read in full",
    )


class TargetParams(StatusParams):
    unit = serializers.IntegerField(**_ID, help_text="the unit's id")
    indicator = serializers.CharField(max_length=64, required=False, help_text="the indicator's code")
    document = serializers.IntegerField(**_ID, help_text="the document's id")


class ObservationParams(serializers.Serializer):
    unit = serializers.IntegerField(**_ID, help_text="the unit's id")
    indicator = serializers.CharField(max_length=64, required=False, help_text="the indicator's code")
    period = serializers.CharField(max_length=32, required=False, help_text="exactly this period: 2024, 2024-H1 …")
    period_start = serializers.DateField(required=False, help_text="periods starting on or after this date")
    period_end = serializers.DateField(required=False, help_text="periods ending on or before this date")
    state = serializers.ChoiceField(choices=Observation.State.choices, required=False)

    def validate_period(self, text: str) -> Any:
        try:
            return parse_period(text)
        except PeriodError as error:
            raise serializers.ValidationError(str(error)) from error


class AuditParams(serializers.Serializer):
    object_type = serializers.RegexField(
        r"^[a-z_]{1,32}$",
        required=False,
        help_text="observation, target, document (and, for national users, indicator, user, grant …)",
    )
    object_id = serializers.IntegerField(**_ID)
    since = serializers.DateField(required=False, help_text="entries on or after this day (project time zone)")

    def validate(self, data: dict[str, Any]) -> dict[str, Any]:
        if "object_id" in data and "object_type" not in data:
            raise serializers.ValidationError({"object_type": _("give the object type with the object id")})
        return data
