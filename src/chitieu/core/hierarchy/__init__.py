"""Administrative units with history: editions, trees as of a date, lineage, roll-up and rebasing.

Pure Python (no Django). Start with ``load_hierarchy()``; see ``docs/algorithms/hierarchy.md``.
"""

from chitieu.core.hierarchy.history import Hierarchy, NoEdition, load_hierarchy
from chitieu.core.hierarchy.lineage import Lineage, UnjoinedKey
from chitieu.core.hierarchy.model import (
    E2025,
    EDITIONS,
    LEGACY,
    REFORM_2025,
    Edition,
    HierarchyError,
    Level,
    LineageEdge,
    Relation,
    Unit,
    UnitKey,
    UnknownUnit,
)
from chitieu.core.hierarchy.rebase import InvalidAllocation, NoSuccessor, RebaseError, rebase, rebase_ratio
from chitieu.core.hierarchy.rollup import (
    Aggregation,
    NotAggregable,
    RollupError,
    aggregate,
    rollup,
)
from chitieu.core.hierarchy.tree import Tree
from chitieu.core.status.model import Direction

__all__ = [
    "Aggregation",
    "Direction",
    "E2025",
    "EDITIONS",
    "LEGACY",
    "REFORM_2025",
    "Edition",
    "Hierarchy",
    "HierarchyError",
    "InvalidAllocation",
    "Level",
    "Lineage",
    "LineageEdge",
    "NoEdition",
    "NoSuccessor",
    "NotAggregable",
    "RebaseError",
    "Relation",
    "RollupError",
    "Tree",
    "Unit",
    "UnitKey",
    "UnjoinedKey",
    "UnknownUnit",
    "aggregate",
    "load_hierarchy",
    "rebase",
    "rebase_ratio",
    "rollup",
]
