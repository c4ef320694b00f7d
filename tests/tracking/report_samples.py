"""A small report of our own, in the style of a district's review, with the extraction a reader would produce.

The extraction is written by hand (offsets found in the text), so that the review tests do not depend on the
extractor's rules: they test what happens to facts, whatever finds them.
"""

from __future__ import annotations

from chitieu.core.extraction.model import DocRef, Extraction, Flag, Person, Quantity

REPORT = (
    "The party committee of Hai Thu district met to review Resolution No. 907-NQ/HU of 8 December 2023.\n"
    "For 2024 the district aims at a total production value of 36,000 billion VND.\n"
    "In the first half of 2024 the total production value reached 19,658 billion VND, "
    "and the poverty rate is expected to fall to 1.5% by the end of 2024.\n"
    "Comrade Tran Van An, Secretary of the District Party Committee, chaired the meeting."
)
VERSION = "test-1"


def span(text: str, part: str, nth: int = 1) -> tuple[int, int]:
    """The offsets of the ``nth`` occurrence of ``part`` in ``text``."""
    start = -1
    for _ in range(nth):
        start = text.index(part, start + 1)
    return start, start + len(part)


def quantity(text: str, part: str, value: float, unit: str, **fields: object) -> Quantity:
    start, end = span(text, part)
    return Quantity(start=start, end=end, text=part, value=value, unit=unit, **fields)  # type: ignore[arg-type]


def extraction(text: str = REPORT) -> Extraction:
    """What the extractor should read in :data:`REPORT` (or a text holding the same phrases)."""
    subject = "Hai Thu district"
    ref_start, ref_end = span(text, "907-NQ/HU")
    person_start, person_end = span(text, "Tran Van An")
    return Extraction(
        language="en",
        quantities=(
            quantity(text, "36,000 billion VND", 36e12, "VND", role="target", subject=subject,
                     indicator="total production value", period="2024"),
            quantity(text, "19,658 billion VND", 19_658e9, "VND", role="actual", subject=subject,
                     indicator="total production value", period="2024-H1",
                     flags=(Flag("implausible_scale", "a test doubt", 19.658e9),)),
            quantity(text, "1.5%", 1.5, "percent", role="expected", subject=subject, indicator="poverty rate",
                     period="by end of 2024"),
        ),
        doc_refs=(DocRef(ref_start, ref_end, "907-NQ/HU", "907", "NQ", "HU", "2023-12-08", None),),
        people=(Person("Tran Van An", ("Secretary of the District Party Committee",), subject, person_start,
                       person_end),),
        extractor_version=VERSION,
    )


def fake_extractor(text: str, language: str | None = None) -> Extraction:
    """An extractor for texts built from :data:`REPORT`'s sentences."""
    return extraction(text)
