"""Fixtures for the hierarchy tests: the real units, loaded once per test module."""

from __future__ import annotations

import pytest
from made_units import AFTER, BEFORE

from chitieu.core.hierarchy import Hierarchy, Tree
from chitieu.core.hierarchy.source import read_source


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
