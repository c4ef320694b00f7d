"""Fixtures for the hierarchy tests: the real units, loaded once per test module."""

from __future__ import annotations

from datetime import date

import pytest

from chitieu.core.hierarchy import REFORM_2025, Hierarchy, Tree
from chitieu.core.hierarchy.source import read_source

BEFORE = date(2024, 6, 30)  # a day of the legacy edition (the Hải Hà resolution's first half-year)
AFTER = REFORM_2025


@pytest.fixture(scope="module")
def hierarchy() -> Hierarchy:
    # Built afresh (not through the load_hierarchy cache) so each module really exercises the loader.
    return Hierarchy.from_source(read_source())


@pytest.fixture(scope="module")
def legacy(hierarchy: Hierarchy) -> Tree:
    return hierarchy.as_of(BEFORE)


@pytest.fixture(scope="module")
def current(hierarchy: Hierarchy) -> Tree:
    return hierarchy.as_of(AFTER)
