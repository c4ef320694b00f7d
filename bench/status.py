"""Benchmark of the status engine: prints figures (it is not a timed test).

    python bench/status.py [--targets 1000000] [--sample 20000]

Builds synthetic targets of every form with 5 observations each (columns straight from NumPy, so building them
is not what is measured), assesses them through the vectorised batch path on one core, then assesses a sample
through the per-target engine, checks that both agree on that sample, and prints targets per second for each.
"""

from __future__ import annotations

import os

for _name in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):  # one core, before NumPy loads
    os.environ.setdefault(_name, "1")

import argparse  # noqa: E402
import time  # noqa: E402
from collections import Counter  # noqa: E402
from datetime import date  # noqa: E402

import numpy as np  # noqa: E402

from chitieu.core.status import Baseline, Direction, Form, GrowthModel, Observation, TargetSpec, assess  # noqa: E402
from chitieu.core.status.batch import (  # noqa: E402
    FORM_CODE,
    NO_DAY,
    ObservationColumns,
    TargetColumns,
    assess_batch,
)

AS_OF = date(2025, 6, 30)
DEADLINE = date(2025, 12, 31).toordinal()
BASELINE = date(2020, 12, 31).toordinal()
SLOTS = 5


def synthetic(n: int, seed: int = 2024) -> tuple[TargetColumns, ObservationColumns]:
    """n targets of all six forms; yearly observations 2020–2024, or year-to-date spans of 2025 for flows."""
    rng = np.random.default_rng(seed)
    form = rng.integers(0, len(Form), n).astype(np.int8)
    is_flow = form == FORM_CODE[Form.FLOW]
    has_base = ((rng.random(n) < 0.7) | (form == FORM_CODE[Form.CHANGE])) & ~is_flow
    base_value = rng.uniform(50, 150, n)
    target = np.where(is_flow, rng.uniform(500, 1500, n), base_value * (1 + rng.uniform(-0.5, 1.0, n)))
    first_flow = date(2025, 1, 1).toordinal()
    columns = TargetColumns(
        form=form,
        sign=rng.choice(np.array([1, -1], np.int8), n),
        target=target,
        baseline_day=np.where(has_base, BASELINE, NO_DAY).astype(np.int64),
        baseline_value=np.where(has_base, base_value, np.nan),
        first_day=np.select([is_flow, has_base], [first_flow, BASELINE + 1], NO_DAY).astype(np.int64),
        deadline_day=np.full(n, DEADLINE, np.int64),
        compound=rng.random(n) < 0.5,
        rates=rng.random(n) < 0.5,
    )
    year_starts = np.array([date(y, 1, 1).toordinal() for y in range(2020, 2025)])
    year_ends = np.array([date(y, 12, 31).toordinal() for y in range(2020, 2025)])
    month_ends = np.array([date(2025, m + 1, 1).toordinal() - 1 for m in range(1, 6)])
    start = np.where(is_flow[:, None], first_flow, year_starts[None, :])
    end = np.where(is_flow[:, None], month_ends[None, :], year_ends[None, :])
    trend = base_value[:, None] * (1 + rng.normal(0.05, 0.08, (n, 1)) * np.arange(1, SLOTS + 1))
    ytd = target[:, None] * rng.uniform(0.05, 0.25, (n, 1)) * np.arange(1, SLOTS + 1)
    value = np.where(is_flow[:, None], ytd, np.where(columns.rates[:, None], rng.normal(7, 4, (n, SLOTS)), trend))
    value = np.where(form[:, None] == FORM_CODE[Form.BINARY], rng.random((n, SLOTS)) < 0.2, value)
    block = ObservationColumns(start.astype(np.int64), end.astype(np.int64), value, rng.random((n, SLOTS)) < 0.9)
    return columns, block


def specs(columns: TargetColumns, block: ObservationColumns, rows: range) -> list[tuple[TargetSpec, list[Observation]]]:
    """The same targets as per-target objects (for the engine)."""
    forms = list(Form)
    out = []
    for i in rows:
        form = forms[int(columns.form[i])]
        base = None
        if columns.baseline_day[i] != NO_DAY:
            base = Baseline(date.fromordinal(int(columns.baseline_day[i])), float(columns.baseline_value[i]))
        target = TargetSpec(
            form=form,
            deadline=date.fromordinal(int(columns.deadline_day[i])),
            direction=Direction.HIGHER if columns.sign[i] > 0 else Direction.LOWER,
            value=float(columns.target[i]),
            baseline=base if form is not Form.FLOW else None,
            start=date.fromordinal(int(columns.first_day[i])) if form is Form.FLOW else None,
            growth=GrowthModel.COMPOUND if columns.compound[i] else GrowthModel.LINEAR,
            observations_are_rates=bool(columns.rates[i]),
        )
        observations = [
            Observation(
                date.fromordinal(int(block.start_day[i, s])),
                date.fromordinal(int(block.end_day[i, s])),
                float(block.value[i, s]),
            )
            for s in range(SLOTS)
            if block.valid[i, s]
        ]
        out.append((target, observations))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--targets", type=int, default=1_000_000)
    parser.add_argument("--sample", type=int, default=20_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    columns, block = synthetic(args.targets)
    assess_batch(*synthetic(1000), AS_OF)  # warm-up
    timings = []
    for _ in range(args.repeat):
        started = time.perf_counter()
        result = assess_batch(columns, block, AS_OF)
        timings.append(time.perf_counter() - started)
    best = min(timings)
    print(
        f"batch:  {args.targets:,} targets × {SLOTS} observations in {best:.3f} s (best of {args.repeat})"
        f" = {args.targets / best:,.0f} targets/s on one core"
    )
    mix = Counter(result.statuses())
    print("        statuses: " + ", ".join(f"{status} {count / args.targets:.1%}" for status, count in mix.items()))

    sample = specs(columns, block, range(min(args.sample, args.targets)))
    started = time.perf_counter()
    single = [assess(target, observations, AS_OF) for target, observations in sample]
    elapsed = time.perf_counter() - started
    print(f"engine: {len(sample):,} targets in {elapsed:.3f} s = {len(sample) / elapsed:,.0f} targets/s")
    disagree = sum(
        (a.rule, a.status) != (r, s) for a, r, s in zip(single, result.rules(), result.statuses(), strict=False)
    )
    print(f"        batch and engine disagree on {disagree} of {len(sample):,} sampled targets")


if __name__ == "__main__":
    main()
