"""The engine's thresholds: organisational policy with declared defaults and help texts."""

from __future__ import annotations

from dataclasses import dataclass, fields


class ThresholdError(ValueError):
    """Thresholds that would make the decision table inconsistent."""


@dataclass(frozen=True, slots=True)
class Thresholds:
    """R ≥ on_track → on track; acceleration ≤ R < on_track → needs acceleration; below → off track.

    ``tolerance`` is the relative margin ε/|T| beyond which a met target counts as exceeded.
    """

    on_track: float = 0.95
    acceleration: float = 0.6
    tolerance: float = 0.001

    def __post_init__(self) -> None:
        if not 0 <= self.acceleration <= self.on_track:
            raise ThresholdError(
                f"need 0 ≤ acceleration ≤ on_track, got acceleration={self.acceleration}, on_track={self.on_track}"
            )
        if self.tolerance < 0:
            raise ThresholdError(f"tolerance must not be negative, got {self.tolerance}")


DEFAULT_THRESHOLDS = Thresholds()

HELP: dict[str, str] = {
    "on_track": "Smallest ratio R (pace achieved ÷ pace needed) that counts as on track.",
    "acceleration": "Smallest ratio R that counts as needing acceleration; below it the target is off track.",
    "tolerance": "Relative margin ε = tolerance·|T| beyond which a met target counts as exceeded.",
}

assert set(HELP) == {f.name for f in fields(Thresholds)}, "every threshold needs its help text"
