"""A document's summary: how many targets have each status, and the three buckets Vietnamese reviews use."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from types import MappingProxyType

from chitieu.core.status.model import Status

ACHIEVED_SO_FAR = frozenset({Status.EXCEEDED, Status.ACHIEVED})  # "đạt và vượt"
EXPECTED_BY_END = ACHIEVED_SO_FAR | {Status.ON_TRACK}  # "dự kiến đạt" (includes those already achieved)
DIFFICULT = frozenset({Status.NEEDS_ACCELERATION, Status.OFF_TRACK})  # "khó đạt"


@dataclass(frozen=True, slots=True)
class Summary:
    """Counts per status (every status present, zeros included) and the three review buckets."""

    counts: Mapping[Status, int]
    total: int
    achieved_so_far: int
    expected_by_end_of_term: int
    difficult: int


def summarise(statuses: Iterable[Status | str]) -> Summary:
    """Count the statuses of a document's targets (pass each assessment's ``status``)."""
    tally = Counter(Status(status) for status in statuses)
    counts = {status: tally.get(status, 0) for status in Status}
    return Summary(
        counts=MappingProxyType(counts),
        total=sum(counts.values()),
        achieved_so_far=sum(counts[s] for s in ACHIEVED_SO_FAR),
        expected_by_end_of_term=sum(counts[s] for s in EXPECTED_BY_END),
        difficult=sum(counts[s] for s in DIFFICULT),
    )
