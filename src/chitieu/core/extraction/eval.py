"""Measure the extractor on an annotated corpus: ``python -m chitieu.core.extraction.eval CORPUS_DIR``.

CORPUS_DIR holds ``texts/`` and ``gold/`` (see the corpus README) and, one level up, ``score.py``. The extractor
runs on every text; its predictions go to a JSONL file that score.py reads; score.py's report is printed.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from chitieu.core.extraction import extract

SECTIONS = ("quantities", "doc_refs", "people")


class CorpusError(ValueError):
    """The corpus directory lacks texts, gold annotations or the scorer."""


def _read_text(path: Path) -> str:
    if path.suffix == ".json":
        text: str = json.loads(path.read_text(encoding="utf-8"))["text"]
        return text
    return path.read_text(encoding="utf-8")


def predictions(corpus: Path, only: tuple[str, ...] = SECTIONS) -> list[dict[str, Any]]:
    """One output-contract object per gold-annotated text of ``corpus``, keeping only the ``only`` sections."""
    gold_dir, text_dir = corpus / "gold", corpus / "texts"
    if not gold_dir.is_dir() or not text_dir.is_dir():
        raise CorpusError(f"{corpus}: expected the folders gold/ and texts/")
    out = []
    for gold_file in sorted(gold_dir.glob("*.json")):
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        text_path = text_dir / gold["doc"]
        if not text_path.exists():
            raise CorpusError(f"{gold_file}: its text {text_path} does not exist")
        record = extract(_read_text(text_path)).to_json(gold["doc"])
        for section in SECTIONS:
            if section not in only:
                record[section] = []
        out.append(record)
    return out


def find_scorer(corpus: Path) -> Path:
    """score.py next to the corpus folder (or inside it)."""
    for candidate in (corpus / "score.py", corpus.parent / "score.py"):
        if candidate.exists():
            return candidate
    raise CorpusError(f"no score.py in {corpus} or {corpus.parent}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m chitieu.core.extraction.eval", description=__doc__)
    parser.add_argument("corpus", type=Path, help="folder holding texts/ and gold/")
    parser.add_argument("--only", choices=SECTIONS, action="append",
                        help="score only this section (repeatable); others are left empty")
    parser.add_argument("--json", action="store_true", help="print score.py's JSON report")
    parser.add_argument("--keep", type=Path, help="also write the predictions JSONL here")
    args = parser.parse_args(argv)
    try:
        records = predictions(args.corpus, tuple(args.only or SECTIONS))
        scorer = find_scorer(args.corpus)
    except CorpusError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    lines = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    if args.keep:
        args.keep.write_text(lines, encoding="utf-8")
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", encoding="utf-8", delete=False) as handle:
        handle.write(lines)
    try:
        command = [sys.executable, str(scorer), str(args.corpus / "gold"), str(args.corpus / "texts"), handle.name]
        result = subprocess.run(command + (["--json"] if args.json else []), capture_output=True, text=True,
                                check=False)
    finally:
        Path(handle.name).unlink(missing_ok=True)
    sys.stdout.write(result.stdout)
    sys.stderr.write(result.stderr)
    return result.returncode


if __name__ == "__main__":
    raise SystemExit(main())
