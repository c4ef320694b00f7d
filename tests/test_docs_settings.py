"""Docs are a contract: every environment variable the settings read, and every threshold, is documented."""

import re
from dataclasses import fields
from pathlib import Path

from chitieu.core.status.settings import Thresholds

ROOT = Path(__file__).resolve().parents[1]
SETTINGS = ROOT / "src" / "chitieu" / "server" / "settings.py"
DOC = ROOT / "docs" / "settings.md"


def test_every_environment_variable_is_documented() -> None:
    read = set(re.findall(r'os\.environ\.get\("(CHITIEU_[A-Z_]+)"', SETTINGS.read_text(encoding="utf-8")))
    documented = set(re.findall(r"^\| `(CHITIEU_[A-Z_]+)` \|", DOC.read_text(encoding="utf-8"), re.MULTILINE))
    assert read and read == documented


def test_the_threshold_settings_cover_every_threshold() -> None:
    from django.conf import settings

    assert set(settings.CHITIEU_STATUS_THRESHOLDS) == {f.name for f in fields(Thresholds)}
    assert Thresholds(**settings.CHITIEU_STATUS_THRESHOLDS) == Thresholds()
