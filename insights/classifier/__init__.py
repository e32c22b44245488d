"""Feedback theme classifier: rule-based, offline and deterministic.

>>> from insights.classifier import classify
>>> classify("We've decided to fill the role internally.").external
('position_change',)
"""

from .core import CLASSIFIER_VERSION, Result, classify
from .themes import THEMES

__all__ = ["CLASSIFIER_VERSION", "THEMES", "Result", "classify"]
