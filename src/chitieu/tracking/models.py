"""The domain models of chitieu: units with history, documents, indicators, targets and observations.

Writes go through ``chitieu.tracking.actions`` only (they keep the revision history and the audit trail);
the rules live in ``chitieu.core``. Enumerations reuse the core's values so that both layers speak one language.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class Level(models.TextChoices):
    PROVINCE = "province", _("province")
    DISTRICT = "district", _("district")
    COMMUNE = "commune", _("commune")


class Unit(models.Model):
    """An administrative unit during one validity interval. Codes are reused, so identity is (code, valid_from)."""

    code = models.CharField(_("code"), max_length=8, db_index=True)
    level = models.CharField(_("level"), max_length=10, choices=Level.choices)
    kind = models.CharField(_("kind"), max_length=32)
    name = models.CharField(_("name"), max_length=200)
    short_name = models.CharField(_("short name"), max_length=160)
    ascii_name = models.CharField(_("name without diacritics"), max_length=160, db_index=True)
    name_en = models.CharField(_("English name"), max_length=200)
    search_key = models.CharField(max_length=200, db_index=True, editable=False)
    parent = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.PROTECT, related_name="children", verbose_name=_("parent")
    )
    edition = models.CharField(_("edition"), max_length=16, db_index=True)
    valid_from = models.DateField(_("valid from"), null=True, blank=True)
    valid_to = models.DateField(_("valid until (exclusive)"), null=True, blank=True)
    lat = models.FloatField(null=True, blank=True)
    lon = models.FloatField(null=True, blank=True)

    class Meta:
        verbose_name = _("administrative unit")
        verbose_name_plural = _("administrative units")
        constraints = [
            models.UniqueConstraint(fields=["code", "edition"], name="unit_code_edition_unique"),
        ]
        indexes = [models.Index(fields=["edition", "level"]), models.Index(fields=["parent", "name"])]
        ordering = ["code"]

    def __str__(self) -> str:
        return f"{self.name} ({self.code})"


class LineageRelation(models.TextChoices):
    MERGED_WHOLE = "merged_whole", _("merged whole")
    SPLIT = "split", _("split")
    KEPT = "kept", _("kept")
    MERGED = "merged", _("merged")
    ISLAND_ZONE = "island_to_special_zone", _("island district became special zone")


class Lineage(models.Model):
    """An edge old → new of the lineage graph between two editions."""

    old = models.ForeignKey(Unit, on_delete=models.CASCADE, related_name="successor_edges")
    new = models.ForeignKey(Unit, on_delete=models.CASCADE, related_name="predecessor_edges")
    relation = models.CharField(max_length=32, choices=LineageRelation.choices)
    is_default = models.BooleanField(default=True, help_text=_("the default successor of a split unit"))
    share = models.FloatField(null=True, blank=True, help_text=_("share of the old unit allocated to the new"))
    effective = models.DateField()

    class Meta:
        constraints = [models.UniqueConstraint(fields=["old", "new"], name="lineage_edge_unique")]

    def __str__(self) -> str:
        return f"{self.old_id} → {self.new_id} ({self.relation})"


class Indicator(models.Model):
    """What is measured: a catalogue entry with unit of measure, direction, kind and aggregation rule."""

    class Direction(models.TextChoices):
        HIGHER = "higher", _("higher is better")
        LOWER = "lower", _("lower is better")

    class Kind(models.TextChoices):
        STOCK = "stock", _("stock level")
        FLOW = "flow", _("flow summed over a period")
        RATE = "rate", _("rate")

    class GrowthModel(models.TextChoices):
        LINEAR = "linear", _("linear")
        COMPOUND = "compound", _("compound")

    class Aggregation(models.TextChoices):
        SUM = "sum", _("sum")
        MEAN = "mean", _("mean")
        WEIGHTED_MEAN = "weighted_mean", _("mean weighted by another indicator")
        RATIO = "ratio", _("ratio of numerator and denominator")
        MIN = "min", _("minimum")
        MAX = "max", _("maximum")
        COUNT_THRESHOLD = "count_threshold", _("count of units meeting a threshold")
        NONE = "none", _("not aggregable")

    code = models.SlugField(_("code"), max_length=64, unique=True)
    name_vi = models.CharField(_("Vietnamese name"), max_length=255)
    name_en = models.CharField(_("English name"), max_length=255)
    unit_of_measure = models.CharField(_("unit of measure"), max_length=64)
    direction = models.CharField(_("direction"), max_length=8, choices=Direction.choices)
    kind = models.CharField(_("kind"), max_length=8, choices=Kind.choices)
    growth_model = models.CharField(_("growth model"), max_length=10, choices=GrowthModel.choices)
    aggregation = models.CharField(_("aggregation"), max_length=20, choices=Aggregation.choices)
    weight = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.PROTECT, related_name="+", verbose_name=_("weight")
    )
    numerator = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.PROTECT, related_name="+", verbose_name=_("numerator")
    )
    denominator = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.PROTECT, related_name="+", verbose_name=_("denominator")
    )
    threshold = models.FloatField(_("threshold"), null=True, blank=True)
    description = models.TextField(_("description"), blank=True)

    class Meta:
        verbose_name = _("indicator")
        verbose_name_plural = _("indicators")
        ordering = ["code"]

    def __str__(self) -> str:
        return self.name_en


class Document(models.Model):
    """A party or state document. A party document's identity is (issuer unit, issuer code, term, type, number)."""

    class System(models.TextChoices):
        PARTY = "party", _("party")
        STATE = "state", _("state")

    code = models.CharField(_("code"), max_length=64, db_index=True)
    system = models.CharField(_("system"), max_length=8, choices=System.choices)
    number = models.CharField(_("number"), max_length=16)
    doc_type = models.CharField(_("type"), max_length=8, blank=True)
    issuer_code = models.CharField(_("issuer code"), max_length=64)
    year = models.PositiveSmallIntegerField(_("year"), null=True, blank=True)
    term = models.CharField(_("term"), max_length=16, blank=True, help_text=_("e.g. 2020-2025"))
    issuer_unit = models.ForeignKey(
        Unit, null=True, blank=True, on_delete=models.PROTECT, related_name="documents", verbose_name=_("issuer")
    )
    title = models.CharField(_("title"), max_length=500, blank=True)
    date = models.DateField(_("date"), null=True, blank=True)
    body = models.TextField(_("body"), blank=True)

    class Meta:
        verbose_name = _("document")
        verbose_name_plural = _("documents")
        constraints = [
            models.UniqueConstraint(
                fields=["issuer_unit", "issuer_code", "term", "doc_type", "number", "year"],
                name="document_identity_unique",
            ),
        ]
        ordering = ["-date", "code"]

    def __str__(self) -> str:
        return self.code


class Target(models.Model):
    """A quantitative target a document sets for a unit and an indicator."""

    class Form(models.TextChoices):
        LEVEL = "level", _("reach a level by the deadline")
        CHANGE = "change", _("change relative to a baseline")
        GROWTH = "growth", _("average annual growth")
        FLOW = "flow", _("period total")
        MAINTAIN = "maintain", _("maintain in every period")
        BINARY = "binary", _("yes or no")

    class Comparator(models.TextChoices):
        GE = ">=", "≥"
        GT = ">", ">"
        LE = "<=", "≤"
        LT = "<", "<"
        EQ = "=", "="

    document = models.ForeignKey(Document, on_delete=models.PROTECT, related_name="targets")
    unit = models.ForeignKey(Unit, on_delete=models.PROTECT, related_name="targets")
    indicator = models.ForeignKey(Indicator, on_delete=models.PROTECT, related_name="targets")
    label = models.CharField(_("label"), max_length=32, blank=True, help_text=_("numbering in the document"))
    form = models.CharField(_("form"), max_length=10, choices=Form.choices)
    comparator = models.CharField(_("comparator"), max_length=2, choices=Comparator.choices, default=Comparator.GE)
    value = models.FloatField(_("target value"), null=True, blank=True)
    relative_change = models.FloatField(_("relative change"), null=True, blank=True, help_text=_("e.g. -0.5"))
    baseline_date = models.DateField(_("baseline date"), null=True, blank=True)
    baseline_value = models.FloatField(_("baseline value"), null=True, blank=True)
    start = models.DateField(_("start"), null=True, blank=True)
    deadline = models.DateField(_("deadline"))
    wording = models.TextField(_("original wording"), blank=True)
    override_status = models.CharField(_("status override"), max_length=20, blank=True)
    override_reason = models.TextField(_("override reason"), blank=True)
    override_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    override_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("target")
        verbose_name_plural = _("targets")
        ordering = ["document", "label", "id"]
        constraints = [
            models.CheckConstraint(
                condition=~Q(form="change") | Q(relative_change__isnull=False), name="change_target_has_change"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.document.code} {self.label} {self.indicator.code}"


class Observation(models.Model):
    """The current value of an indicator for a unit and a period; every value it ever had is a revision."""

    class PeriodKind(models.TextChoices):
        YEAR = "year", _("year")
        HALF = "half", _("half-year")
        QUARTER = "quarter", _("quarter")
        MONTH = "month", _("month")
        YTD = "ytd", _("year to date")
        MULTI_YEAR = "multi_year", _("multi-year span")

    class State(models.TextChoices):
        """The approval workflow: draft → submitted → approved (locked) → reopened (with a reason) → …"""

        DRAFT = "draft", _("draft")
        SUBMITTED = "submitted", _("submitted")
        APPROVED = "approved", _("approved")
        REOPENED = "reopened", _("reopened")

    class SourceKind(models.TextChoices):
        MANUAL = "manual", _("entered by hand")
        IMPORT = "import", _("imported from a file")
        DOCUMENT = "document", _("read from a document")

    indicator = models.ForeignKey(Indicator, on_delete=models.PROTECT, related_name="observations")
    unit = models.ForeignKey(Unit, on_delete=models.PROTECT, related_name="observations")
    period_kind = models.CharField(_("period"), max_length=12, choices=PeriodKind.choices)
    period_start = models.DateField(_("period start"))
    period_end = models.DateField(_("period end"))
    value = models.FloatField(_("value"))
    is_estimate = models.BooleanField(_("estimate"), default=False)
    source_kind = models.CharField(_("source"), max_length=10, choices=SourceKind.choices)
    source_document = models.ForeignKey(Document, null=True, blank=True, on_delete=models.PROTECT, related_name="+")
    source_ref = models.CharField(_("source reference"), max_length=255, blank=True)
    span_start = models.PositiveIntegerField(null=True, blank=True)
    span_end = models.PositiveIntegerField(null=True, blank=True)
    revision = models.PositiveIntegerField(default=1)
    state = models.CharField(_("state"), max_length=10, choices=State.choices, default=State.DRAFT, db_index=True)
    version = models.PositiveIntegerField(
        _("version"), default=1, help_text=_("raised by every write; a save based on an older version is a conflict")
    )

    class Meta:
        verbose_name = _("observation")
        verbose_name_plural = _("observations")
        constraints = [
            models.UniqueConstraint(
                fields=["indicator", "unit", "period_start", "period_end"], name="observation_period_unique"
            ),
            models.CheckConstraint(condition=Q(period_end__gte=models.F("period_start")), name="period_ordered"),
        ]
        ordering = ["indicator", "unit", "period_start", "period_end"]

    def __str__(self) -> str:
        return f"{self.indicator.code} {self.unit.code} {self.period_start}..{self.period_end} = {self.value}"


class ObservationRevision(models.Model):
    """One value an observation had; append-only. Revision 1 is the first value."""

    observation = models.ForeignKey(Observation, on_delete=models.CASCADE, related_name="revisions")
    number = models.PositiveIntegerField()
    value = models.FloatField()
    is_estimate = models.BooleanField(default=False)
    source_kind = models.CharField(max_length=10, choices=Observation.SourceKind.choices)
    source_ref = models.CharField(max_length=255, blank=True)
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    actor = models.CharField(max_length=150, help_text=_("who made the change, as recorded at the time"))
    changed_at = models.DateTimeField()
    reason = models.TextField(blank=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["observation", "number"], name="revision_number_unique")]
        ordering = ["observation", "number"]

    def __str__(self) -> str:
        return f"revision {self.number} of observation {self.observation_id}: {self.value}"


class AuditEntry(models.Model):
    """Append-only record of every write of a domain object: who, when, what before and after, why, through what."""

    class Face(models.TextChoices):
        PAGE = "page", _("web page")
        API = "api", _("API")
        CLI = "cli", _("command line")
        IMPORT = "import", _("import")
        SYSTEM = "system", _("system")

    object_type = models.CharField(max_length=32)
    object_id = models.BigIntegerField()
    action = models.CharField(max_length=32)
    before = models.JSONField(null=True, blank=True)
    after = models.JSONField(null=True, blank=True)
    actor = models.CharField(max_length=150)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)
    at = models.DateTimeField()
    reason = models.TextField(blank=True)
    face = models.CharField(max_length=8, choices=Face.choices)

    class Meta:
        indexes = [models.Index(fields=["object_type", "object_id"])]
        ordering = ["at", "id"]

    def __str__(self) -> str:
        return f"{self.at:%Y-%m-%d %H:%M} {self.actor} {self.action} {self.object_type} {self.object_id}"


class Report(models.Model):
    """A report read for review: its text (every fact's offsets refer to it), language and the extractor used.

    The SHA-256 of the text identifies it, so ingesting the same report again finds this one.
    """

    title = models.CharField(_("title"), max_length=300, blank=True)
    file_name = models.CharField(_("file name"), max_length=255, blank=True)
    text = models.TextField(_("text"))
    language = models.CharField(_("language"), max_length=8, blank=True)
    sha256 = models.CharField(_("SHA-256 of the text"), max_length=64, unique=True)
    unit = models.ForeignKey(
        Unit,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="reports",
        verbose_name=_("default subject"),
        help_text=_("the unit a figure is about when the text does not say"),
    )
    as_of = models.DateField(
        _("as of"), null=True, blank=True, help_text=_("the date on which unit codes and names are read")
    )
    extractor_version = models.CharField(_("extractor version"), max_length=32)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_by_name = models.CharField(_("created by"), max_length=150)
    created_at = models.DateTimeField(_("created at"))

    class Meta:
        verbose_name = _("report")
        verbose_name_plural = _("reports")
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return self.title or self.file_name or f"report {self.pk}"


class Fact(models.Model):
    """One thing the extractor found in a report, waiting for a reviewer: a quantity, a reference or a person.

    ``extracted`` keeps the extractor's fields unchanged; ``edited`` holds the reviewer's corrections, which win.
    An accepted fact links what it created in the ledger.
    """

    class Kind(models.TextChoices):
        QUANTITY = "quantity", _("quantity")
        DOC_REF = "doc_ref", _("document reference")
        PERSON = "person", _("person")

    class Status(models.TextChoices):
        PENDING = "pending", _("pending")
        ACCEPTED = "accepted", _("accepted")
        REJECTED = "rejected", _("rejected")

    report = models.ForeignKey(Report, on_delete=models.CASCADE, related_name="facts")
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    start = models.PositiveIntegerField(null=True, blank=True)
    end = models.PositiveIntegerField(null=True, blank=True)
    text = models.TextField(_("text"), blank=True)
    extracted = models.JSONField(default=dict)
    edited = models.JSONField(default=dict, blank=True)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.PENDING)
    reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    reviewer_name = models.CharField(_("reviewer"), max_length=150, blank=True)
    reviewed_at = models.DateTimeField(_("reviewed at"), null=True, blank=True)
    reason = models.TextField(_("reason"), blank=True)
    observation = models.ForeignKey(
        Observation, null=True, blank=True, on_delete=models.SET_NULL, related_name="facts"
    )
    target = models.ForeignKey(Target, null=True, blank=True, on_delete=models.SET_NULL, related_name="facts")
    document = models.ForeignKey(
        Document, null=True, blank=True, on_delete=models.SET_NULL, related_name="facts"
    )

    class Meta:
        verbose_name = _("fact")
        verbose_name_plural = _("facts")
        ordering = ["report", "start", "id"]
        indexes = [models.Index(fields=["report", "status"])]

    def __str__(self) -> str:
        return f"{self.kind} {self.text!r} ({self.status})"

    @property
    def fields(self) -> dict:
        """The fact as the reviewer sees it: the extractor's fields with the reviewer's corrections applied."""
        return {**self.extracted, **self.edited}
