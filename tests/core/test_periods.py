"""Periods: the compact notation and the date spans it stands for."""

from dataclasses import dataclass
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from chitieu.core.periods import PeriodError, PeriodKind, parse_period, period_of


@dataclass(frozen=True)
class Case:
    name: str
    given: str
    kind: PeriodKind
    start: date
    end: date


CASES = [
    Case("a year", "2024", PeriodKind.YEAR, date(2024, 1, 1), date(2024, 12, 31)),
    Case("first half", "2024-H1", PeriodKind.HALF, date(2024, 1, 1), date(2024, 6, 30)),
    Case("second half, lower case", "2024-h2", PeriodKind.HALF, date(2024, 7, 1), date(2024, 12, 31)),
    Case("third quarter", "2024-Q3", PeriodKind.QUARTER, date(2024, 7, 1), date(2024, 9, 30)),
    Case("leap February", "2024-02", PeriodKind.MONTH, date(2024, 2, 1), date(2024, 2, 29)),
    Case("year to date through May", "2024-YTD05", PeriodKind.YTD, date(2024, 1, 1), date(2024, 5, 31)),
    Case("a congress term", "2020-2025", PeriodKind.MULTI_YEAR, date(2020, 1, 1), date(2025, 12, 31)),
    Case("en dash and spaces", " 2021–2023 ", PeriodKind.MULTI_YEAR, date(2021, 1, 1), date(2023, 12, 31)),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_parse_period(case: Case) -> None:
    period = parse_period(case.given)
    assert (period.kind, period.start, period.end) == (case.kind, case.start, case.end)


@dataclass(frozen=True)
class Bad:
    name: str
    given: str
    message: str


BAD = [
    Bad("empty", "", "is not one of"),
    Bad("words", "first half of 2024", "is not one of"),
    Bad("month 13", "2024-13", "month 13"),
    Bad("ytd month 0", "2024-YTD00", "month 0"),
    Bad("backwards span", "2025-2020", "must end after it starts"),
]


@pytest.mark.parametrize("case", BAD, ids=lambda c: c.name)
def test_bad_periods_say_what_is_wrong(case: Bad) -> None:
    with pytest.raises(PeriodError, match=case.message):
        parse_period(case.given)


def test_irregular_span_is_refused() -> None:
    with pytest.raises(PeriodError, match="2024-01-15..2024-02-10"):
        period_of(date(2024, 1, 15), date(2024, 2, 10))


labels = st.one_of(
    st.integers(1990, 2040).map(str),
    st.builds(lambda y, h: f"{y}-H{h}", st.integers(1990, 2040), st.integers(1, 2)),
    st.builds(lambda y, q: f"{y}-Q{q}", st.integers(1990, 2040), st.integers(1, 4)),
    st.builds(lambda y, m: f"{y}-{m:02d}", st.integers(1990, 2040), st.integers(1, 12)),
    st.builds(lambda y, m: f"{y}-YTD{m:02d}", st.integers(1990, 2040), st.integers(2, 12)),
    st.builds(lambda y, n: f"{y}-{y + n}", st.integers(1990, 2040), st.integers(1, 10)),
)


@given(labels)
def test_label_round_trips(label: str) -> None:
    period = parse_period(label)
    assert period.label == label
    back = period_of(period.start, period.end)
    # A span is read as its most specific calendar name: Jan..Mar is Q1 even when written YTD03.
    assert (back.start, back.end) == (period.start, period.end)
    if period.kind is not PeriodKind.YTD:
        assert back == period
