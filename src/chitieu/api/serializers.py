"""What the API shows of each object (read-only resources) and what it accepts (the bodies of writes).

Resources refer to other objects compactly: units as ``{id, code, name, level}`` (a code alone is ambiguous
across the two editions of the map), indicators by code, documents as ``{id, code}``.
"""

from __future__ import annotations

import math
from datetime import date
from typing import Any

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from chitieu.core.periods import period_of
from chitieu.core.status.model import Assessment
from chitieu.tracking.models import AuditEntry, Document, Indicator, Observation, Target, Unit
from chitieu.tracking.reports import progress_share
from chitieu.web.display import status_label, why

MAX_ID = 2**63 - 1


class UnitRefSerializer(serializers.ModelSerializer):
    class Meta:
        model = Unit
        fields = ["id", "code", "name", "level"]
        ref_name = "UnitRef"


class UnitSerializer(serializers.ModelSerializer):
    parent = UnitRefSerializer(read_only=True, allow_null=True)

    class Meta:
        model = Unit
        fields = [
            "id", "code", "name", "short_name", "name_en", "level", "kind",
            "edition", "valid_from", "valid_to", "parent",
        ]  # fmt: skip


class IndicatorSerializer(serializers.ModelSerializer):
    weight = serializers.SlugRelatedField(slug_field="code", read_only=True, allow_null=True)
    numerator = serializers.SlugRelatedField(slug_field="code", read_only=True, allow_null=True)
    denominator = serializers.SlugRelatedField(slug_field="code", read_only=True, allow_null=True)

    class Meta:
        model = Indicator
        fields = [
            "code", "name_vi", "name_en", "unit_of_measure", "direction", "kind", "growth_model",
            "aggregation", "weight", "numerator", "denominator", "threshold", "description",
        ]  # fmt: skip


class DocumentRefSerializer(serializers.ModelSerializer):
    class Meta:
        model = Document
        fields = ["id", "code"]
        ref_name = "DocumentRef"


class DocumentSerializer(serializers.ModelSerializer):
    issuer = UnitRefSerializer(source="issuer_unit", read_only=True, allow_null=True)

    class Meta:
        model = Document
        fields = [
            "id", "code", "system", "number", "doc_type", "issuer_code", "year", "term", "issuer", "title", "date",
        ]  # fmt: skip


class DocumentDetailSerializer(DocumentSerializer):
    class Meta(DocumentSerializer.Meta):
        fields = [*DocumentSerializer.Meta.fields, "body"]


class AssessmentSerializer(serializers.Serializer):
    """A target's status on a date, the rule of the decision table that decided it, its numbers and the "why"."""

    as_of = serializers.DateField()
    status = serializers.CharField(help_text="after the manual override, if any")
    status_label = serializers.CharField(help_text="the status in words, in the request's language")
    computed_status = serializers.CharField(help_text="the engine's status, before any override")
    overridden = serializers.BooleanField()
    override_reason = serializers.CharField(allow_null=True)
    rule = serializers.CharField(help_text="the row of docs/algorithms/status.md that decided")
    numbers = serializers.DictField(child=serializers.FloatField(allow_null=True), help_text="y, T, y0, R, p, e …")
    dates = serializers.DictField(child=serializers.DateField(), help_text="t0, t, deadline …")
    why = serializers.CharField(help_text="the explanation the pages show, in the request's language")
    progress = serializers.FloatField(allow_null=True, help_text="share of the way covered, 0..1; null if unknown")


def assessment_data(assessment: Assessment, as_of: date) -> dict[str, Any]:
    finite = {k: (v if math.isfinite(v) else None) for k, v in assessment.numbers.items()}
    return {
        "as_of": as_of.isoformat(),
        "status": str(assessment.status),
        "status_label": status_label(assessment.status),
        "computed_status": str(assessment.computed_status),
        "overridden": assessment.overridden,
        "override_reason": assessment.override_reason,
        "rule": str(assessment.rule),
        "numbers": finite,
        "dates": {k: v.isoformat() for k, v in assessment.dates.items()},
        "why": why(assessment),
        "progress": progress_share(assessment),
    }


class TargetSerializer(serializers.ModelSerializer):
    """A target with its assessment; the view passes ``assessments`` ({target id: Assessment}) and ``as_of``."""

    document = DocumentRefSerializer(read_only=True)
    unit = UnitRefSerializer(read_only=True)
    indicator = serializers.SlugRelatedField(slug_field="code", read_only=True)
    assessment = serializers.SerializerMethodField()

    class Meta:
        model = Target
        fields = [
            "id", "document", "unit", "indicator", "label", "form", "comparator", "value", "relative_change",
            "baseline_date", "baseline_value", "start", "deadline", "wording", "assessment",
        ]  # fmt: skip

    @extend_schema_field(AssessmentSerializer)
    def get_assessment(self, target: Target) -> dict[str, Any]:
        return assessment_data(self.context["assessments"][target.pk], self.context["as_of"])


class ObservationSerializer(serializers.ModelSerializer):
    indicator = serializers.SlugRelatedField(slug_field="code", read_only=True)
    unit = UnitRefSerializer(read_only=True)
    period = serializers.SerializerMethodField(help_text="compact notation: 2024, 2024-H1, 2024-Q3, 2024-YTD05 …")

    class Meta:
        model = Observation
        fields = [
            "id", "indicator", "unit", "period", "period_kind", "period_start", "period_end", "value",
            "is_estimate", "source_kind", "source_ref", "source_document", "revision", "state", "version",
        ]  # fmt: skip

    def get_period(self, observation: Observation) -> str:
        return period_of(observation.period_start, observation.period_end).label


class AuditEntrySerializer(serializers.ModelSerializer):
    before = serializers.JSONField(allow_null=True, help_text="the object's fields before (null when created)")
    after = serializers.JSONField(allow_null=True, help_text="the object's fields after")

    class Meta:
        model = AuditEntry
        fields = ["id", "object_type", "object_id", "action", "actor", "face", "at", "reason", "before", "after"]


# --- bodies of writes ---------------------------------------------------------------------------------------


class ObservationCreateSerializer(serializers.Serializer):
    indicator = serializers.CharField(max_length=64, help_text="the indicator's code")
    unit = serializers.IntegerField(min_value=1, max_value=MAX_ID, help_text="the unit's id")
    period = serializers.CharField(max_length=32, help_text="2024, 2024-H1, 2024-Q3, 2024-05, 2024-YTD05, 2021-2023")
    value = serializers.FloatField()
    is_estimate = serializers.BooleanField(default=False)
    source_ref = serializers.CharField(max_length=255, allow_blank=True, default="")
    reason = serializers.CharField(max_length=2000, allow_blank=True, default="")


class ObservationUpdateSerializer(serializers.Serializer):
    version = serializers.IntegerField(min_value=1, max_value=MAX_ID, help_text="the version you read")
    value = serializers.FloatField()
    is_estimate = serializers.BooleanField(required=False, help_text="unchanged when left out")
    reason = serializers.CharField(max_length=2000, allow_blank=True, default="")


class TransitionSerializer(serializers.Serializer):
    version = serializers.IntegerField(min_value=1, max_value=MAX_ID, help_text="the version you read")
    reason = serializers.CharField(max_length=2000, allow_blank=True, default="")


class ReopenSerializer(serializers.Serializer):
    version = serializers.IntegerField(min_value=1, max_value=MAX_ID, help_text="the version you read")
    reason = serializers.CharField(max_length=2000, help_text="why the figure is reopened (recorded)")
