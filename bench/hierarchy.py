"""Benchmark: how long the real hierarchy takes to load, and how fast its queries and rebasing are.

Run: ``PYTHONPATH=src python bench/hierarchy.py``. Prints figures; it is not a timed test.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import date
from typing import TypeVar

from chitieu.core.hierarchy import REFORM_2025, Hierarchy, Level, rebase
from chitieu.core.hierarchy.source import read_source

T = TypeVar("T")


def timed(label: str, work: Callable[[], T], repeat: int = 1) -> T:
    start = time.perf_counter()
    for _ in range(repeat):
        result = work()
    elapsed = (time.perf_counter() - start) / repeat
    print(f"{label:<48} {elapsed * 1000:10.1f} ms")
    return result


def main() -> None:
    source = timed("read the package data files", read_source)
    hierarchy = timed("build trees and lineage", lambda: Hierarchy.from_source(source))
    timed("read + build (a cold load)", lambda: Hierarchy.from_source(read_source()))
    legacy, current = hierarchy.as_of(date(2024, 6, 30)), hierarchy.as_of(REFORM_2025)
    provinces = legacy.roots()
    timed("descendants of every legacy province", lambda: [legacy.descendants(p.code) for p in provinces])
    timed("find 'hai ha' (x1000)", lambda: legacy.find("hai ha"), repeat=1000)
    figures = {u.key: 1.0 for u in legacy.units(Level.COMMUNE)}
    moved = timed("rebase all legacy communes to 2025", lambda: rebase(figures, hierarchy, REFORM_2025))
    for tree in (legacy, current):
        counts = ", ".join(f"{tree.count(level)} {level}s" for level in Level)
        print(f"edition {tree.edition.name}: {counts}")
    print(f"lineage edges: {len(hierarchy.lineage.edges)}; communes rebased onto {len(moved)} communes")


if __name__ == "__main__":
    main()
