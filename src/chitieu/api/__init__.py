"""The REST API under /api/v1/: the same reads (``tracking.access``) and writes (``tracking.actions``) as the pages."""
