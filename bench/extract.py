"""Benchmark of report extraction: prints figures (it is not a timed test).

    python bench/extract.py [--corpus ../shared/corpus/dev/texts] [--megabytes 10] [--baseline-kb 200] [--quick]

1. Throughput: every report of the corpus, one ``extract()`` call per report (language detected, as
   ``chitieu extract`` does), repeated until at least ``--megabytes`` of text were read; MB/s on one core.
2. The same reports through the two off-the-shelf recognisers the issue compares against — quantulum3
   (``parser.parse``) and Microsoft Recognizers-Text (number, percentage, currency and dimension models, with the
   report's culture where Recognizers has one) — on a ``--baseline-kb`` sample, because they are far slower.
3. Linear time: one single input of 1, 2 and 5 MB; the time per MB must stay flat.

MB are 10^6 bytes of UTF-8 (an Arabic character counts two). Models and caches are warmed up before timing.
The baselines are optional (``pip install -e '.[bench]'``); a missing one is reported and skipped. ``--quick``
measures only our throughput (no baselines, no linear-time check), for trying out a change.
"""

from __future__ import annotations

import argparse
import time
import warnings
from collections.abc import Callable
from pathlib import Path

from chitieu.core.extraction import extract
from chitieu.core.extraction.detect import detect_language

DEFAULT_CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "dev" / "texts"
# Recognizers-Text cultures for our languages; the others fall back to English.
RECOGNIZERS_CULTURE = {"en": "en-us", "de": "de-de", "fr": "fr-fr", "es": "es-es", "pt": "pt-br", "it": "it-it",
                       "zh": "zh-cn", "ja": "ja-jp", "ko": "ko-kr"}  # fmt: skip


def megabytes(texts: list[str]) -> float:
    return sum(len(t.encode("utf-8")) for t in texts) / 1e6


def repeated(texts: list[str], at_least_mb: float) -> list[str]:
    """The corpus repeated, report by report, until it holds ``at_least_mb`` MB."""
    out: list[str] = []
    while megabytes(out) < at_least_mb:
        out.extend(texts)
    return out


def throughput(name: str, run: Callable[[str], object], texts: list[str]) -> float:
    """Run on every text once; print and return MB/s."""
    size = megabytes(texts)
    started = time.perf_counter()
    for text in texts:
        run(text)
    seconds = time.perf_counter() - started
    rate = size / seconds
    print(f"{name:<34} {size:8.2f} MB in {seconds:8.2f} s = {rate:8.3f} MB/s")
    return rate


def quantulum_runner() -> Callable[[str], object] | None:
    try:
        with warnings.catch_warnings():  # it warns that its optional classifier is not installed
            warnings.simplefilter("ignore")
            from quantulum3 import parser
    except ImportError:
        return None
    return parser.parse


def recognizers_runner() -> Callable[[str], object] | None:
    try:  # the suite installs its packages as ms_recognizers_*; older releases as recognizers_*
        from ms_recognizers_number import NumberRecognizer
        from ms_recognizers_number_with_unit import NumberWithUnitRecognizer
    except ImportError:
        try:
            from recognizers_number import NumberRecognizer  # type: ignore[no-redef]
            from recognizers_number_with_unit import NumberWithUnitRecognizer  # type: ignore[no-redef]
        except ImportError:
            return None
    models: dict[str, list[object]] = {}

    def models_for(culture: str) -> list[object]:
        if culture not in models:
            numbers, units = NumberRecognizer(culture), NumberWithUnitRecognizer(culture)
            models[culture] = [numbers.get_number_model(), numbers.get_percentage_model(),
                               units.get_currency_model(), units.get_dimension_model()]  # fmt: skip
        return models[culture]

    def run(text: str) -> object:
        culture = RECOGNIZERS_CULTURE.get(detect_language(text), "en-us")
        return [model.parse(text) for model in models_for(culture)]  # type: ignore[attr-defined]

    return run


def linear_time(text: str, language: str, sizes_mb: tuple[float, ...] = (1, 2, 5)) -> None:
    """One input of each size, built by repeating ``text``: seconds per MB should not grow."""
    unit = len(text.encode("utf-8"))
    for size in sizes_mb:
        big = "\n".join([text] * max(1, round(size * 1e6 / unit)))
        started = time.perf_counter()
        found = extract(big, language)
        seconds = time.perf_counter() - started
        mb = len(big.encode("utf-8")) / 1e6
        print(f"one input of {mb:5.2f} MB: {seconds:6.2f} s, {seconds / mb:5.3f} s/MB, "
              f"{len(found.quantities)} quantities")  # fmt: skip


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    options.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="folder of .txt reports")
    options.add_argument("--megabytes", type=float, default=10.0, help="text for our extractor (MB)")
    options.add_argument("--baseline-kb", type=float, default=200.0, help="text for each baseline (kB)")
    options.add_argument("--quick", action="store_true", help="our throughput only: no baselines, no linear time")
    args = options.parse_args()
    texts = [p.read_text(encoding="utf-8") for p in sorted(args.corpus.glob("*.txt"))]
    if not texts:
        raise SystemExit(f"no .txt reports in {args.corpus}")
    print(f"corpus: {len(texts)} reports, {megabytes(texts) * 1000:.1f} kB, from {args.corpus}")
    for text in texts:  # warm up: lingua models, the unit matcher, language profiles
        extract(text)

    ours = throughput("chitieu extract()", extract, repeated(texts, args.megabytes))
    if args.quick:
        return
    sample = repeated(texts, args.baseline_kb / 1000)
    rates: dict[str, float] = {}
    for name, make in (("quantulum3", quantulum_runner), ("Recognizers-Text", recognizers_runner)):
        run = make()
        if run is None:
            print(f"{name:<34} not installed (pip install -e '.[bench]')")
            continue
        for text in texts:  # warm up: model loading is not what is measured
            run(text)
        rates[name] = throughput(name, run, sample)
    if rates:
        fastest = max(rates, key=lambda name: rates[name])
        print(f"ours / fastest baseline ({fastest}): {ours / rates[fastest]:.0f}x")

    german = max(texts, key=lambda t: detect_language(t) == "de")
    print(f"linear time, language {detect_language(german)}:")
    linear_time(german, detect_language(german))


if __name__ == "__main__":
    main()
