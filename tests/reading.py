"""How the rule tests read a text: the word view the cue lists see, and the urgency classes.

Shared by the week-set rule tests (``test_week_rules36`` onwards), which each pinned the same
two helpers of their own.
"""

from __future__ import annotations

from listener.scoring.classify import prepare
from listener.scoring.urgency import urgency_classes
from listener.text import normalize


def view(text: str) -> str:
    """The word view of raw ``text`` (``classify.prepare`` after ``normalize``)."""
    return prepare(normalize(text))[0]


def classes(text: str) -> tuple[str, ...]:
    """The urgency classes the rules find in raw ``text``."""
    return urgency_classes(normalize(text))
