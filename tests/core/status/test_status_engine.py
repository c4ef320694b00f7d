"""The decision table, row by row: each named case is one situation and the row that must decide it."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date

import pytest

from chitieu.core.status import (
    Baseline,
    Direction,
    Form,
    GrowthModel,
    Observation,
    Rule,
    Status,
    TargetError,
    TargetSpec,
    Thresholds,
    assess,
    explain,
)

D = date.fromisoformat
HIGHER, LOWER = Direction.HIGHER, Direction.LOWER


def year(y: int, value: float) -> Observation:
    return Observation(date(y, 1, 1), date(y, 12, 31), value)


def span(start: str, end: str, value: float) -> Observation:
    return Observation(D(start), D(end), value)


def level(value: float, deadline: str = "2025-12-31", **kw: object) -> TargetSpec:
    return TargetSpec(form=Form.LEVEL, value=value, deadline=D(deadline), **kw)  # type: ignore[arg-type]


def flow(value: float, **kw: object) -> TargetSpec:
    return TargetSpec(form=Form.FLOW, value=value, deadline=D("2024-12-31"), **kw)  # type: ignore[arg-type]


def growth(value: float, **kw: object) -> TargetSpec:
    kw.setdefault("deadline", D("2025-12-31"))
    return TargetSpec(form=Form.GROWTH, value=value, **kw)  # type: ignore[arg-type]


def rates(value: float, **kw: object) -> TargetSpec:
    return growth(value, observations_are_rates=True, start=D("2021-01-01"), **kw)


def maintain(value: float, **kw: object) -> TargetSpec:
    return TargetSpec(form=Form.MAINTAIN, value=value, start=D("2021-01-01"), deadline=D("2025-12-31"), **kw)  # type: ignore[arg-type]


BINARY = TargetSpec(form=Form.BINARY, deadline=D("2025-12-31"))
BASE_2020 = Baseline(D("2020-12-31"), 0.0)
H1_2024 = ("2024-01-01", "2024-06-30")


@dataclass(frozen=True)
class Case:
    name: str
    target: TargetSpec
    observations: list[Observation]
    as_of: str
    status: Status
    rule: Rule
    numbers: dict[str, float] = field(default_factory=dict)
    thresholds: Thresholds = Thresholds()


CASES = [
    # --- final: the deadline has passed and there is a value for the target period
    Case(
        "level exceeded beyond the tolerance",
        level(100),
        [year(2025, 110)],
        "2026-03-01",
        Status.EXCEEDED,
        Rule.FINAL_EXCEEDED,
        {"y": 110, "T": 100},
    ),
    Case(
        "level within the tolerance is achieved, not exceeded",
        level(100),
        [year(2025, 100.05)],
        "2026-03-01",
        Status.ACHIEVED,
        Rule.FINAL_ACHIEVED,
    ),
    Case(
        "level missed",
        level(100),
        [year(2025, 90)],
        "2026-03-01",
        Status.NOT_ACHIEVED,
        Rule.FINAL_NOT_ACHIEVED,
    ),
    Case(
        "lower is better: below the ceiling exceeds",
        level(10, direction=LOWER),
        [year(2025, 8)],
        "2026-01-01",
        Status.EXCEEDED,
        Rule.FINAL_EXCEEDED,
    ),
    Case(
        "lower is better: above the ceiling misses",
        level(10, direction=LOWER),
        [year(2025, 10.5)],
        "2026-01-01",
        Status.NOT_ACHIEVED,
        Rule.FINAL_NOT_ACHIEVED,
    ),
    Case(
        "change -50 % met exactly despite floating point",
        TargetSpec(
            form=Form.CHANGE,
            direction=LOWER,
            relative_change=-0.7,
            baseline=Baseline(D("2020-12-31"), 30),
            deadline=D("2025-12-31"),
        ),
        [year(2025, 9.0)],
        "2026-01-01",
        Status.ACHIEVED,
        Rule.FINAL_ACHIEVED,
        {"T": 30 * (1 - 0.7)},
    ),
    Case(
        "a yearly value containing a mid-year deadline is final",
        level(100, deadline="2025-06-30"),
        [year(2025, 100.05)],
        "2026-01-01",
        Status.ACHIEVED,
        Rule.FINAL_ACHIEVED,
    ),
    Case(
        "a later-listed revision of the same period wins",
        level(100),
        [year(2025, 90), year(2025, 104)],
        "2026-01-01",
        Status.EXCEEDED,
        Rule.FINAL_EXCEEDED,
        {"y": 104},
    ),
    # --- no data
    Case(
        "nothing observed after the baseline",
        level(100, baseline=Baseline(D("2020-12-31"), 50)),
        [year(2020, 50)],
        "2024-01-01",
        Status.NO_DATA,
        Rule.DATA_NONE,
    ),
    Case(
        "observations published after as_of are not known yet",
        level(100),
        [year(2023, 50), year(2024, 60)],
        "2024-06-30",
        Status.NO_DATA,
        Rule.DATA_TOO_FEW,
    ),
    Case(
        "no baseline and one observation below the target",
        level(100),
        [year(2023, 50)],
        "2024-06-30",
        Status.NO_DATA,
        Rule.DATA_TOO_FEW,
    ),
    Case(
        "no baseline and two observations of the same date",
        level(100),
        [year(2023, 50), year(2023, 55)],
        "2024-06-30",
        Status.NO_DATA,
        Rule.DATA_TOO_FEW,
    ),
    Case("no observation at all", level(100), [], "2024-06-30", Status.NO_DATA, Rule.DATA_NONE),
    # --- level and change before the deadline
    Case(
        "already met before the deadline",
        level(50),
        [year(2023, 55)],
        "2024-01-10",
        Status.ACHIEVED,
        Rule.PROGRESS_ALREADY_MET,
    ),
    Case(
        "change: near-poor households halved early (281 → 126, target 140.5)",
        TargetSpec(
            form=Form.CHANGE,
            direction=LOWER,
            relative_change=-0.5,
            baseline=Baseline(D("2023-12-31"), 281),
            deadline=D("2024-12-31"),
        ),
        [span(*H1_2024, 126)],
        "2024-07-15",
        Status.ACHIEVED,
        Rule.PROGRESS_ALREADY_MET,
        {"T": 140.5, "y": 126},
    ),
    Case(
        "linear pace at the needed pace",
        level(100, baseline=BASE_2020),
        [year(2023, 60)],
        "2024-01-01",
        Status.ON_TRACK,
        Rule.PROGRESS_ON_TRACK,
        {"R": 0.6 * 1826 / 1095, "t": 1095 / 365.25, "tT": 1826 / 365.25},
    ),
    Case(
        "linear pace three quarters of the needed one",
        level(100, baseline=BASE_2020),
        [year(2023, 45)],
        "2024-01-01",
        Status.NEEDS_ACCELERATION,
        Rule.PROGRESS_NEEDS_ACCELERATION,
        {"R": 0.45 * 1826 / 1095},
    ),
    Case(
        "linear pace a third of the needed one",
        level(100, baseline=BASE_2020),
        [year(2023, 20)],
        "2024-01-01",
        Status.OFF_TRACK,
        Rule.PROGRESS_OFF_TRACK,
        {"R": 0.2 * 1826 / 1095},
    ),
    Case(
        "moving away from the target",
        level(100, baseline=BASE_2020),
        [year(2023, -5)],
        "2024-01-01",
        Status.OFF_TRACK,
        Rule.PROGRESS_MOVING_AWAY,
    ),
    Case(
        "no baseline: the earliest observation is the start point",
        level(100),
        [year(2021, 0), year(2023, 50)],
        "2024-01-01",
        Status.ON_TRACK,
        Rule.PROGRESS_ON_TRACK,
        {"y0": 0, "R": 0.5 * 1461 / 730},
    ),
    Case(
        "the start already met the target but the latest value does not",
        level(100, baseline=Baseline(D("2020-12-31"), 120)),
        [year(2023, 90)],
        "2024-01-01",
        Status.OFF_TRACK,
        Rule.PROGRESS_LOST_GROUND,
    ),
    Case(
        "compound: 100 → 150 in three years is on the way to 200 in five",
        level(200, baseline=Baseline(D("2020-12-31"), 100), growth=GrowthModel.COMPOUND),
        [year(2023, 150)],
        "2024-01-01",
        Status.ON_TRACK,
        Rule.PROGRESS_ON_TRACK,
        {"R": (1.5 ** (365.25 / 1095) - 1) / (2 ** (365.25 / 1826) - 1)},
    ),
    Case(
        "the same path read linearly needs acceleration",
        level(200, baseline=Baseline(D("2020-12-31"), 100)),
        [year(2023, 150)],
        "2024-01-01",
        Status.NEEDS_ACCELERATION,
        Rule.PROGRESS_NEEDS_ACCELERATION,
    ),
    Case(
        "compound with a negative value falls back to the linear pace",
        level(100, baseline=Baseline(D("2020-12-31"), -20), growth=GrowthModel.COMPOUND),
        [year(2023, 60)],
        "2024-01-01",
        Status.ON_TRACK,
        Rule.PROGRESS_ON_TRACK,
        {"R": (80 / 1095) / (120 / 1826)},
    ),
    Case(
        "lower thresholds make the same pace on track",
        level(100, baseline=BASE_2020),
        [year(2023, 45)],
        "2024-01-01",
        Status.ON_TRACK,
        Rule.PROGRESS_ON_TRACK,
        thresholds=Thresholds(on_track=0.7),
    ),
    Case(
        "past the deadline without a final value: the pace still decides",
        level(100, baseline=BASE_2020),
        [year(2023, 45)],
        "2026-06-01",
        Status.NEEDS_ACCELERATION,
        Rule.PROGRESS_NEEDS_ACCELERATION,
    ),
    # --- flow: a period total tracked from year-to-date figures
    Case(
        "flow: Hải Hà production value, first half of 2024",
        flow(36_000),
        [span(*H1_2024, 19_658)],
        "2024-07-15",
        Status.ON_TRACK,
        Rule.FLOW_ON_TRACK,
        {"p": 19_658 / 36_000, "e": 182 / 366, "R": 19_658 / 36_000 / (182 / 366)},
    ),
    Case(
        "flow behind the calendar",
        flow(36_000),
        [span(*H1_2024, 14_000)],
        "2024-07-15",
        Status.NEEDS_ACCELERATION,
        Rule.FLOW_NEEDS_ACCELERATION,
    ),
    Case(
        "flow far behind",
        flow(36_000),
        [span(*H1_2024, 5_000)],
        "2024-07-15",
        Status.OFF_TRACK,
        Rule.FLOW_OFF_TRACK,
    ),
    Case(
        "flow negative so far",
        flow(36_000),
        [span(*H1_2024, -100)],
        "2024-07-15",
        Status.OFF_TRACK,
        Rule.FLOW_MOVING_AWAY,
    ),
    Case(
        "flow: the latest year-to-date figure is used",
        flow(36_000),
        [span(*H1_2024, 19_000), span("2024-01-01", "2024-03-31", 5_000)],
        "2024-10-01",
        Status.ON_TRACK,
        Rule.FLOW_ON_TRACK,
        {"y": 19_000},
    ),
    Case(
        "flow total reached before the end of the period",
        flow(36_000),
        [span("2024-01-01", "2024-09-30", 37_000)],
        "2024-10-15",
        Status.ACHIEVED,
        Rule.FLOW_ACHIEVED,
    ),
    Case(
        "flow: the whole period's total is final",
        flow(36_000),
        [year(2024, 38_000)],
        "2025-01-20",
        Status.EXCEEDED,
        Rule.FINAL_EXCEEDED,
    ),
    Case(
        "flow: a quarter is not a year-to-date figure",
        flow(36_000),
        [span("2024-04-01", "2024-06-30", 9_000)],
        "2024-07-15",
        Status.NO_DATA,
        Rule.DATA_NONE,
    ),
    Case(
        "flow ceiling: spending slower than the calendar",
        flow(1_000, direction=LOWER),
        [span(*H1_2024, 400)],
        "2024-07-15",
        Status.ON_TRACK,
        Rule.FLOW_ON_TRACK,
        {"R": (1 - 0.4) / (1 - 182 / 366)},
    ),
    Case(
        "flow ceiling: most of the allowance used by mid-year",
        flow(1_000, direction=LOWER),
        [span(*H1_2024, 900)],
        "2024-07-15",
        Status.OFF_TRACK,
        Rule.FLOW_OFF_TRACK,
    ),
    Case(
        "flow ceiling already breached",
        flow(1_000, direction=LOWER),
        [span(*H1_2024, 1_200)],
        "2024-07-15",
        Status.OFF_TRACK,
        Rule.FLOW_CEILING_BREACHED,
    ),
    # --- growth: average annual growth rate over the term
    Case(
        "growth: Quan Sơn, 4.55 %/year achieved in 2021–2023 against 12.5 %",
        rates(12.5),
        [span("2021-01-01", "2023-12-31", 4.55)],
        "2024-06-30",
        Status.OFF_TRACK,
        Rule.GROWTH_OFF_TRACK,
        {"y": 4.55, "R": 4.55 / 12.5},
    ),
    Case(
        "growth rates averaging the target",
        rates(12.5),
        [year(2021, 12), year(2022, 13)],
        "2023-03-01",
        Status.ON_TRACK,
        Rule.GROWTH_ON_TRACK,
        {"y": 12.5, "R": 1.0},
    ),
    Case(
        "growth rates weighted by span length",
        rates(10),
        [span("2021-01-01", "2022-12-31", 5), year(2023, 11)],
        "2024-03-01",
        Status.NEEDS_ACCELERATION,
        Rule.GROWTH_NEEDS_ACCELERATION,
        {"y": (24 * 5 + 12 * 11) / 36},
    ),
    Case(
        "growth rate before the term does not count",
        rates(10),
        [year(2020, 2), year(2021, 10)],
        "2022-03-01",
        Status.ON_TRACK,
        Rule.GROWTH_ON_TRACK,
        {"y": 10},
    ),
    Case(
        "shrinking instead of growing",
        rates(8),
        [year(2021, -2)],
        "2022-03-01",
        Status.OFF_TRACK,
        Rule.GROWTH_MOVING_AWAY,
    ),
    Case(
        "growth from levels, compound: 100 → 133.1 in three years is 10 %/year",
        growth(10, baseline=Baseline(D("2020-12-31"), 100), growth=GrowthModel.COMPOUND),
        [year(2023, 133.1)],
        "2024-03-01",
        Status.ON_TRACK,
        Rule.GROWTH_ON_TRACK,
        {"y": 100 * (1.331 ** (365.25 / 1095) - 1)},
    ),
    Case(
        "growth from levels, linear",
        growth(10, baseline=Baseline(D("2020-12-31"), 100)),
        [year(2023, 115)],
        "2024-03-01",
        Status.OFF_TRACK,
        Rule.GROWTH_OFF_TRACK,
        {"y": 100 * 0.15 / (1095 / 365.25)},
    ),
    Case(
        "growth over the whole term meets the target",
        rates(12.5),
        [year(y, r) for y, r in zip(range(2021, 2026), [12, 13, 12.5, 12, 13], strict=True)],
        "2026-02-01",
        Status.ACHIEVED,
        Rule.FINAL_ACHIEVED,
        {"y": 12.5},
    ),
    Case(
        "growth over the whole term falls short",
        rates(12.5),
        [year(y, 10) for y in range(2021, 2026)],
        "2026-02-01",
        Status.NOT_ACHIEVED,
        Rule.FINAL_NOT_ACHIEVED,
    ),
    Case(
        "growth ceiling kept so far",
        rates(1.0, direction=LOWER),
        [year(2021, 0.9)],
        "2022-02-01",
        Status.ON_TRACK,
        Rule.GROWTH_MEETS_SO_FAR,
    ),
    Case(
        "growth ceiling missed so far",
        rates(1.0, direction=LOWER),
        [year(2021, 1.2)],
        "2022-02-01",
        Status.OFF_TRACK,
        Rule.GROWTH_FALLS_SHORT,
    ),
    Case(
        "growth from a zero level has no rate",
        growth(10, baseline=Baseline(D("2020-12-31"), 0)),
        [year(2022, 10)],
        "2023-02-01",
        Status.NO_DATA,
        Rule.DATA_NO_RATE,
    ),
    Case(
        "growth from one level and no baseline",
        growth(10),
        [year(2022, 10)],
        "2023-02-01",
        Status.NO_DATA,
        Rule.DATA_TOO_FEW,
    ),
    Case("growth with no rate observed", rates(10), [], "2023-02-01", Status.NO_DATA, Rule.DATA_NONE),
    # --- maintain: hold in every period of the term
    Case(
        "maintain holding so far",
        maintain(95),
        [year(2021, 95), year(2022, 96.5), year(2023, 97)],
        "2024-02-01",
        Status.ON_TRACK,
        Rule.MAINTAIN_HOLDING,
        {"n": 3, "breaches": 0},
    ),
    Case(
        "maintain breached once",
        maintain(95),
        [year(2021, 95), year(2022, 94), year(2023, 97)],
        "2024-02-01",
        Status.NOT_ACHIEVED,
        Rule.MAINTAIN_BREACH,
        {"breaches": 1, "worst": 94},
    ),
    Case(
        "maintain held over the whole term",
        maintain(95),
        [year(y, 96) for y in range(2021, 2026)],
        "2026-02-01",
        Status.ACHIEVED,
        Rule.MAINTAIN_ACHIEVED,
        {"n": 5},
    ),
    Case(
        "maintain: a breach before the term does not count",
        maintain(95),
        [year(2020, 80), year(2021, 96)],
        "2022-02-01",
        Status.ON_TRACK,
        Rule.MAINTAIN_HOLDING,
    ),
    Case(
        "maintain a ceiling",
        maintain(2.0, direction=LOWER),
        [year(2021, 1.5), year(2022, 2.5)],
        "2023-02-01",
        Status.NOT_ACHIEVED,
        Rule.MAINTAIN_BREACH,
        {"worst": 2.5},
    ),
    Case("maintain with nothing observed", maintain(95), [], "2022-02-01", Status.NO_DATA, Rule.DATA_NONE),
    # --- binary
    Case("binary observed true", BINARY, [year(2024, 1)], "2025-02-01", Status.ACHIEVED, Rule.BINARY_ACHIEVED),
    Case("binary not yet observed", BINARY, [], "2025-02-01", Status.PENDING, Rule.BINARY_PENDING),
    Case(
        "binary observed false before the deadline",
        BINARY,
        [year(2024, 0)],
        "2025-02-01",
        Status.PENDING,
        Rule.BINARY_PENDING,
    ),
    Case(
        "binary not observed by the deadline",
        BINARY,
        [year(2025, 0)],
        "2026-02-01",
        Status.NOT_ACHIEVED,
        Rule.BINARY_NOT_ACHIEVED,
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_decision_table(case: Case) -> None:
    result = assess(case.target, case.observations, D(case.as_of), case.thresholds)
    assert (result.status, result.rule) == (case.status, case.rule)
    assert result.rule.status is case.status  # type: ignore[attr-defined]
    for name, expected in case.numbers.items():
        assert result.numbers[name] == pytest.approx(expected, rel=1e-12), name


def test_every_row_of_the_decision_table_has_a_case() -> None:
    assert {case.rule for case in CASES} == set(Rule)


def test_case_names_are_unique() -> None:
    names = [case.name for case in CASES]
    assert len(names) == len(set(names))


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_every_case_explains_itself(case: Case) -> None:
    sentence = explain(assess(case.target, case.observations, D(case.as_of), case.thresholds))
    assert "%(" not in sentence and "%%" not in sentence
    assert ("moving away from the target" in sentence) == case.rule.endswith("moving_away")


def test_explain_uses_the_translation_it_is_given() -> None:
    case = CASES[0]
    result = assess(case.target, case.observations, D(case.as_of))
    assert explain(
        result,
        translate=lambda message: (
            message.upper().replace("%(Y)S", "%(y)s").replace("%(T)S", "%(T)s").replace("%(DEADLINE)S", "%(deadline)s")
        ),
    ) == ("EXCEEDED: 110 AGAINST A TARGET OF 100 BY 2025-12-31.")


@dataclass(frozen=True)
class BadTarget:
    name: str
    given: dict[str, object]
    message: str


BAD_TARGETS = [
    BadTarget("level without value", {"form": Form.LEVEL}, "needs a value"),
    BadTarget("change without baseline", {"form": Form.CHANGE, "relative_change": -0.5}, "needs a baseline"),
    BadTarget(
        "change without any change",
        {"form": Form.CHANGE, "baseline": Baseline(D("2020-12-31"), 5)},
        "relative_change",
    ),
    BadTarget("flow of zero", {"form": Form.FLOW, "value": 0.0}, "positive value"),
    BadTarget(
        "baseline after the deadline",
        {"form": Form.LEVEL, "value": 1.0, "baseline": Baseline(D("2026-01-01"), 5)},
        "baseline date",
    ),
    BadTarget("start after the deadline", {"form": Form.LEVEL, "value": 1.0, "start": D("2026-01-01")}, "start"),
    BadTarget("infinite value", {"form": Form.LEVEL, "value": float("inf")}, "value must be a finite number"),
]


@pytest.mark.parametrize("bad", BAD_TARGETS, ids=lambda b: b.name)
def test_bad_targets_are_refused_with_the_reason(bad: BadTarget) -> None:
    with pytest.raises(TargetError, match=bad.message):
        TargetSpec(deadline=D("2025-12-31"), **bad.given)  # type: ignore[arg-type]


def test_an_observation_cannot_end_before_it_starts() -> None:
    with pytest.raises(TargetError, match="ends"):
        span("2024-06-30", "2024-01-01", 1.0)


def test_a_start_value_next_to_zero_falls_back_to_the_linear_pace() -> None:
    # Found by the batch/engine property: the needed compound rate overflowed and R came out as inf/inf = nan.
    target = TargetSpec(form=Form.LEVEL, deadline=date(2030, 1, 1), value=50.0,
                        baseline=Baseline(date(2020, 1, 1), 3e-308), growth=GrowthModel.COMPOUND)
    result = assess(target, [Observation(date(2022, 1, 1), date(2022, 12, 31), 10.0)], date(2024, 1, 1))
    assert result.rule == "progress.needs_acceleration"
    assert math.isfinite(result.numbers["R"])
