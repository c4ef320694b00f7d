"""Every write of the ledger: ``do_<verb>_<noun>(actor, ...)`` actions, each atomic and audited.

Views, API endpoints and commands call these and never save domain models themselves.
"""

from chitieu.tracking.actions.actor import Actor
from chitieu.tracking.actions.documents import DocumentSpec, do_create_document, do_update_document
from chitieu.tracking.actions.errors import ActionError, AlreadyExists, Problem
from chitieu.tracking.actions.imports import (
    ImportFailed,
    ImportReport,
    RowError,
    do_import_file,
    do_import_files,
)
from chitieu.tracking.actions.indicators import IndicatorSpec, do_create_indicator, do_update_indicator
from chitieu.tracking.actions.observations import Outcome, Recorded, do_record_observation
from chitieu.tracking.actions.targets import (
    TargetSpec,
    do_create_target,
    do_override_target_status,
    do_update_target,
)

__all__ = [
    "ActionError",
    "Actor",
    "AlreadyExists",
    "DocumentSpec",
    "ImportFailed",
    "ImportReport",
    "IndicatorSpec",
    "Outcome",
    "Problem",
    "Recorded",
    "RowError",
    "TargetSpec",
    "do_create_document",
    "do_create_indicator",
    "do_create_target",
    "do_import_file",
    "do_import_files",
    "do_override_target_status",
    "do_record_observation",
    "do_update_document",
    "do_update_indicator",
    "do_update_target",
]
