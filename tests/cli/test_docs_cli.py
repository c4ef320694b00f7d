"""`chitieu docs`: parse, find and list document numbers from the command line."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from chitieu.cli.docs import app
from chitieu.core.documents import codes

runner = CliRunner()


def test_parse_json_prints_every_part() -> None:
    result = runner.invoke(app, ["parse", "12 -NQ/HU", "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == {
        "input": "12 -NQ/HU", "canonical": "12-NQ/HU", "system": "party", "number": "12", "number_value": 12,
        "year": None, "type": "NQ", "type_meaning": {"vi": "Nghị quyết", "en": "resolution"}, "issuer": "HU",
        "issuer_parts": ["HU"], "issuer_meaning": {"vi": "Huyện ủy", "en": "district party committee"},
        "level": "district",
    }


def test_parse_json_state_code_with_compound_issuer() -> None:
    result = runner.invoke(app, ["parse", "Số: 806/STP-XD&KTVBQPPL", "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert (data["canonical"], data["type"], data["issuer_parts"], data["level"]) == (
        "806/STP-XD&KTVBQPPL", None, ["STP", "XD&KTVBQPPL"], "province")


def test_parse_prints_a_table_of_parts() -> None:
    result = runner.invoke(app, ["parse", "19/2025/QD-TTg"])
    assert result.exit_code == 0, result.output
    rows = {line.strip("│ ").split("│")[0].strip(): line.split("│")[2].strip()
            for line in result.stdout.splitlines() if line.count("│") == 3}
    assert rows == {
        "system": "state", "number": "19", "year": "2025", "type": "QĐ",
        "type meaning": "Quyết định (decision)",
        "issuer": "TTg", "issuer parts": "TTg", "issuer meaning": "Thủ tướng Chính phủ (Prime Minister)",
        "level": "central",
    }
    assert result.stdout.splitlines()[0].strip() == "19/2025/QĐ-TTg"


def test_invalid_code_names_the_wrong_part_on_stderr_and_exits_2() -> None:
    result = runner.invoke(app, ["parse", "12-XY/HU", "--json"])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr == "invalid document code: unknown document type 'XY' in '12-XY/HU'\n"


def test_empty_code_is_invalid() -> None:
    result = runner.invoke(app, ["parse", ""])
    assert (result.exit_code, result.stderr) == (2, "invalid document code: empty document code\n")


def test_find_lists_codes_with_offsets(tmp_path: Path) -> None:
    report = tmp_path / "report.txt"
    report.write_text("Theo Nghị quyết 12-NQ/HU ngày 8/12/2023 và 318/QĐ-TTg.", encoding="utf-8")
    result = runner.invoke(app, ["find", str(report), "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == [
        {"start": 16, "end": 24, "text": "12-NQ/HU", "canonical": "12-NQ/HU"},
        {"start": 43, "end": 53, "text": "318/QĐ-TTg", "canonical": "318/QĐ-TTg"},
    ]


def test_find_reads_standard_input() -> None:
    result = runner.invoke(app, ["find", "-"], input="Luật 72/2025/QH15 và 16/19 xã")
    assert (result.exit_code, result.stdout) == (0, "5-17\t72/2025/QH15\t72/2025/QH15\n")


def test_find_missing_file_exits_2(tmp_path: Path) -> None:
    result = runner.invoke(app, ["find", str(tmp_path / "missing.txt")])
    assert result.exit_code == 2
    assert "missing.txt: cannot read" in result.stderr


def test_codes_json_lists_every_table_entry() -> None:
    result = runner.invoke(app, ["codes", "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert [t["code"] for t in data["types"]] == list(codes.TYPES)
    assert [i["code"] for i in data["issuers"]] == [*codes.PARTY_ISSUERS, *codes.STATE_ISSUERS]
    assert data["types"][0] == {"code": "NQ", "party": {"vi": "Nghị quyết", "en": "resolution"},
                                "state": {"vi": "Nghị quyết", "en": "resolution"}}


def test_help_lists_the_commands() -> None:
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0
    for command in ("parse", "find", "codes"):
        assert command in result.stdout
