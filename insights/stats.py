"""Honest small-number statistics: a rate always travels with its sample size and interval."""

import math
from dataclasses import dataclass
from functools import cached_property

Z95 = 1.959963984540054
# Below this many applications a rate says more about luck than about the approach.
MIN_SAMPLE = 5


def wilson(successes: int, n: int, z: float = Z95) -> tuple[float, float]:
    """The Wilson score interval for a proportion; (0, 1) when there is nothing to go on."""
    if n <= 0:
        return (0.0, 1.0)
    if not 0 <= successes <= n:
        raise ValueError("successes must be between 0 and n")
    p = successes / n
    z2 = z * z
    denominator = 1 + z2 / n
    centre = (p + z2 / (2 * n)) / denominator
    half = z * math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denominator
    return (max(0.0, centre - half), min(1.0, centre + half))


@dataclass(frozen=True)
class Rate:
    successes: int
    n: int

    @property
    def value(self) -> float | None:
        return self.successes / self.n if self.n else None

    @cached_property
    def interval(self) -> tuple[float, float]:
        return wilson(self.successes, self.n)

    @property
    def too_few(self) -> bool:
        return self.n < MIN_SAMPLE

    @property
    def percent(self) -> int | None:
        return None if self.value is None else round(self.value * 100)

    @property
    def low_percent(self) -> int:
        return round(self.interval[0] * 100)

    @property
    def high_percent(self) -> int:
        return round(self.interval[1] * 100)

    def __str__(self):
        if self.n == 0:
            return "no data yet"
        if self.too_few:
            return f"{self.successes} of {self.n} (too few to say)"
        return f"{self.percent}% ({self.low_percent}–{self.high_percent}%, n={self.n})"


def median(values) -> float | None:
    ordered = sorted(values)
    if not ordered:
        return None
    middle = len(ordered) // 2
    if len(ordered) % 2:
        return float(ordered[middle])
    return (ordered[middle - 1] + ordered[middle]) / 2
