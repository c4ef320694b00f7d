"""Server-made SVG charts: observed values against the target line and the projection of the current pace.

The chart is built from the engine's own numbers (y0, t0, y, t, T, rate, e) so that the picture and the "why"
sentence can never disagree. The SVG carries a <title> and <desc> and labelled axes for screen readers.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from xml.sax.saxutils import escape

from chitieu.core.status.model import Assessment, Form, GrowthModel, TargetSpec
from chitieu.core.status.rules import years

WIDTH, HEIGHT = 640, 320
LEFT, RIGHT, TOP, BOTTOM = 72, 24, 24, 48


@dataclass(frozen=True, slots=True)
class Point:
    when: date
    value: float


@dataclass(frozen=True, slots=True)
class Segment:
    start: Point
    end: Point


@dataclass(frozen=True, slots=True)
class ChartData:
    """What a chart shows; ``labels`` are already translated (title, desc, x, y, observed, baseline, target,
    projection)."""

    observed: tuple[Point, ...]
    baseline: Point | None
    target: Segment | None
    projection: Segment | None
    labels: dict[str, str]


def target_line(spec: TargetSpec, assessment: Assessment, start: date) -> Segment | None:
    """The target as a line: flat at T, or for growth of levels the path the targeted rate needs."""
    numbers = assessment.numbers
    if spec.form is Form.BINARY or "T" not in numbers:
        return None
    big_t = numbers["T"]
    if (
        spec.form is Form.GROWTH
        and not spec.observations_are_rates
        and "y0" in numbers
        and "t0" in assessment.dates
    ):
        t0 = assessment.dates["t0"]
        span = years((spec.deadline - t0).days)
        if spec.growth is GrowthModel.COMPOUND:
            end = numbers["y0"] * (1 + big_t / 100) ** span
        else:
            end = numbers["y0"] * (1 + big_t / 100 * span)
        return Segment(Point(t0, numbers["y0"]), Point(spec.deadline, end))
    return Segment(Point(start, big_t), Point(spec.deadline, big_t))


def projection(spec: TargetSpec, assessment: Assessment) -> Segment | None:
    """Where the current pace leads by the deadline (None when the engine measured no pace)."""
    numbers, dates = assessment.numbers, assessment.dates
    if "t" not in dates or dates["t"] >= spec.deadline or "y" not in numbers:
        return None
    t, y = dates["t"], numbers["y"]
    if spec.form is Form.FLOW and numbers.get("e"):
        return Segment(Point(t, y), Point(spec.deadline, y / numbers["e"]))
    if spec.form is Form.GROWTH and spec.observations_are_rates:
        return Segment(Point(t, y), Point(spec.deadline, y))
    if spec.form in (Form.LEVEL, Form.CHANGE) and {"y0", "t", "tT"} <= numbers.keys() and numbers["t"] > 0:
        y0, ratio = numbers["y0"], numbers["tT"] / numbers["t"]
        if spec.growth is GrowthModel.COMPOUND and y0 > 0 and y > 0:
            end = y0 * (y / y0) ** ratio
        else:
            end = y0 + (y - y0) * ratio
        return Segment(Point(t, y), Point(spec.deadline, end))
    return None


class _Scale:
    """Maps dates and values onto the plot area."""

    def __init__(self, points: list[Point]) -> None:
        days = [p.when.toordinal() for p in points]
        values = [p.value for p in points] + [0.0]  # show zero: bars of progress read honestly
        self.d0, self.d1 = min(days), max(days)
        self.v0, self.v1 = min(values), max(values)
        if self.d1 == self.d0:
            self.d0, self.d1 = self.d0 - 1, self.d1 + 1
        if self.v1 == self.v0:
            self.v1 = self.v0 + 1
        pad = (self.v1 - self.v0) * 0.08
        self.v0, self.v1 = (self.v0 - pad if self.v0 < 0 else self.v0), self.v1 + pad

    def x(self, when: date) -> float:
        share = (when.toordinal() - self.d0) / (self.d1 - self.d0)
        return round(LEFT + share * (WIDTH - LEFT - RIGHT), 1)

    def y(self, value: float) -> float:
        share = (value - self.v0) / (self.v1 - self.v0)
        return round(HEIGHT - BOTTOM - share * (HEIGHT - TOP - BOTTOM), 1)


def _ticks(low: float, high: float, count: int = 4) -> list[float]:
    step = (high - low) / count
    return [low + i * step for i in range(count + 1)]


def render(chart: ChartData, fmt: Callable[[float], str]) -> str:
    """The chart as an SVG fragment (safe to embed: every label is escaped); ``fmt`` writes numbers."""
    points = list(chart.observed) + ([chart.baseline] if chart.baseline else [])
    for seg in (chart.target, chart.projection):
        if seg is not None:
            points += [seg.start, seg.end]
    if not points:
        return ""
    scale, labels = _Scale(points), {k: escape(v) for k, v in chart.labels.items()}
    parts = [
        f'<svg class="chart" viewBox="0 0 {WIDTH} {HEIGHT}" role="img"'
        ' aria-labelledby="chart-title chart-desc" xmlns="http://www.w3.org/2000/svg">',
        f'<title id="chart-title">{labels["title"]}</title><desc id="chart-desc">{labels["desc"]}</desc>',
        *_axes(scale, labels, fmt),
    ]
    if chart.target is not None:
        parts.append(_line(scale, chart.target, "target", labels["target"]))
    if chart.projection is not None:
        parts.append(_line(scale, chart.projection, "projection", labels["projection"]))
    path_points = ([chart.baseline] if chart.baseline else []) + list(chart.observed)
    if len(path_points) > 1:
        path = " ".join(f"{scale.x(p.when)},{scale.y(p.value)}" for p in path_points)
        parts.append(f'<polyline class="observed" points="{path}" fill="none"/>')
    if chart.baseline is not None:
        b = chart.baseline
        parts.append(
            f'<circle class="baseline" cx="{scale.x(b.when)}" cy="{scale.y(b.value)}" r="4">'
            f"<title>{labels['baseline']} {b.when.isoformat()}: {escape(fmt(b.value))}</title></circle>"
        )
    for p in chart.observed:
        parts.append(
            f'<circle class="observed" cx="{scale.x(p.when)}" cy="{scale.y(p.value)}" r="4">'
            f"<title>{p.when.isoformat()}: {escape(fmt(p.value))}</title></circle>"
        )
    parts.append(_legend(labels))
    parts.append("</svg>")
    return "\n".join(parts)


def _axes(scale: _Scale, labels: dict[str, str], fmt: Callable[[float], str]) -> list[str]:
    bottom, right = HEIGHT - BOTTOM, WIDTH - RIGHT
    out = [
        f'<line class="axis" x1="{LEFT}" y1="{bottom}" x2="{right}" y2="{bottom}"/>',
        f'<line class="axis" x1="{LEFT}" y1="{TOP}" x2="{LEFT}" y2="{bottom}"/>',
        f'<text class="axis-label" x="{(LEFT + right) / 2}" y="{HEIGHT - 6}" text-anchor="middle">'
        f'{labels["x"]}</text>',
        f'<text class="axis-label" x="14" y="{(TOP + bottom) / 2}" text-anchor="middle"'
        f' transform="rotate(-90 14 {(TOP + bottom) / 2})">{labels["y"]}</text>',
    ]
    for value in _ticks(scale.v0, scale.v1):
        y = scale.y(value)
        out.append(
            f'<text class="tick" x="{LEFT - 6}" y="{y + 4}" text-anchor="end">{escape(fmt(value))}</text>'
        )
    for day in _ticks(scale.d0, scale.d1):
        when = date.fromordinal(round(day))
        out.append(
            f'<text class="tick" x="{scale.x(when)}" y="{bottom + 16}" text-anchor="middle">'
            f"{when.isoformat()}</text>"
        )
    return out


def _line(scale: _Scale, seg: Segment, css: str, label: str) -> str:
    return (
        f'<line class="{css}" x1="{scale.x(seg.start.when)}" y1="{scale.y(seg.start.value)}"'
        f' x2="{scale.x(seg.end.when)}" y2="{scale.y(seg.end.value)}"><title>{label}</title></line>'
    )


def _legend(labels: dict[str, str]) -> str:
    items = [
        ("observed", labels["observed"]),
        ("target", labels["target"]),
        ("projection", labels["projection"]),
    ]
    out = []
    for i, (css, text) in enumerate(items):
        x = LEFT + 8 + i * 170
        out.append(f'<line class="{css}" x1="{x}" y1="{TOP - 10}" x2="{x + 20}" y2="{TOP - 10}"/>')
        out.append(f'<text class="legend" x="{x + 26}" y="{TOP - 6}">{text}</text>')
    return '<g class="legend">' + "".join(out) + "</g>"
