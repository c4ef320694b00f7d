"""extract() names a quantity's indicator by its catalogue code where the label allows, else keeps the label."""

from chitieu.core.extraction import extract


def codes(text: str, language: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.indicator) for q in extract(text, language).quantities]


def test_a_named_level_gets_its_catalogue_code() -> None:
    found = codes("Im Jahr 2024 erreichte die Urbanisierungsrate des Bezirks 36,3 %.", "de")
    assert found == [("36,3 %", "urbanisation-rate")]


def test_a_change_right_after_a_level_is_about_that_level() -> None:
    found = codes(
        "In the first half of 2024 the total production value reached 19,658 billion VND, an increase of 14.8%.", "en"
    )
    assert found == [("19,658 billion VND", "production-value"), ("14.8%", "production-value-growth")]


def test_a_change_in_the_next_sentence_is_not_borrowed() -> None:
    found = codes("Total production value reached 19,658 billion VND. It rose by 14.8%.", "en")
    assert found[0][1] == "production-value"
    assert found[1][1] != "production-value-growth"
