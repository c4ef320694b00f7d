"""Docs are a contract: docs/api.md lists every operation the schema has, and no other."""

import re
from pathlib import Path

from rest_framework.test import APIClient

DOC = Path(__file__).resolve().parents[2] / "docs" / "api.md"


def test_the_endpoints_table_lists_every_operation_of_the_schema(db):
    schema = APIClient().get("/api/v1/schema/").json()
    operations = {(method.upper(), path) for path, item in schema["paths"].items() for method in item}
    documented = set(re.findall(r"^\| (GET|POST|PATCH|PUT|DELETE) \| `([^`]+)` \|", DOC.read_text(), re.MULTILINE))

    assert operations | {("GET", "/api/v1/schema/")} == documented
