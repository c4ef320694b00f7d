"""Checking that time grows linearly with the input, whatever else the machine is doing.

Speed goals live in ``bench/extract.py``; a test checks only how time grows. It runs a function on an input ``k``
times in a row, and once on an input ``k`` times longer, interleaved, and takes each one's fastest CPU time of
several tries. Both take about as long, so other processes' load slows both alike and the ratio holds. Linear code
takes about as long on the long input as on the ``k`` short ones (a little longer for cache effects), quadratic
code ``k`` times as long; the bound, ``GROWTH_BOUND``, lies between. With ``k = 8`` a quadratic term shows once it
costs 40 % of the linear time on the short input.

Each run must read a copy of its input of its own (``fresh``): extraction remembers what it derived from the last
text it read (lower-cased copy, digit runs, token index), keyed by the text object, and ``k`` runs on the same
object would pay for that once instead of ``k`` times.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable

GROWTH_BOUND = 3.0  # linear code: about 1 (up to 1.9 seen under load); quadratic: k
TRIES = 3


def fresh(text: str) -> str:
    """An equal string that is not ``text`` (a new object, as each report read from a file is)."""
    return text[:1] + text[1:]


def cpu_seconds(run: Callable[[], object], times: int = 1) -> float:
    started = time.process_time()
    for _ in range(times):
        run()
    return time.process_time() - started


def growth(small: Callable[[], object], large: Callable[[], object], k: int, tries: int = TRIES) -> float:
    """How many times as long ``large()`` takes as ``k`` runs of ``small()``: the fastest of ``tries`` each.

    ``small`` runs once before, so that compiling and caches are not billed to it.
    """
    small()
    fastest_small = fastest_large = math.inf
    for _ in range(tries):
        fastest_small = min(fastest_small, cpu_seconds(small, times=k))
        fastest_large = min(fastest_large, cpu_seconds(large))
    return fastest_large / max(fastest_small, 1e-6)


def assert_linear(small: Callable[[], object], large: Callable[[], object], k: int) -> None:
    """``large`` runs on ``k`` times the input of ``small``: it may take about as long as ``k`` runs of ``small``."""
    ratio = growth(small, large, k)
    assert ratio < GROWTH_BOUND, f"{k}x the input took {ratio * k:.1f}x the time (linear: about {k}x)"
