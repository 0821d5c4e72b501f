"""Which complaint cue families fire on a text, and its points: for tuning and tests.

Kept out of ``classify`` (the hot path): nothing at run time asks for it.
"""

from __future__ import annotations

import re
from functools import cache

from listener.scoring import cues
from listener.scoring.classify import _WEAK_RE, complaint_points, prepare
from listener.scoring.cue_trie import compile_cues as _compile


@cache
def _category_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple((name, _compile(*frags)) for name, frags in cues.STRONG_CUES.items())


def explain(text: str, *, compound: float) -> dict[str, object]:
    """Which cue families fired and the complaint points: for tuning, not the hot path."""
    w, _urls = prepare(text)
    return {
        "word_view": w,
        "cues": [name for name, pattern in _category_patterns() if pattern.search(w)],
        "weak": [m.group().strip() for m in _WEAK_RE.finditer(w)],
        "points": complaint_points(w, compound=compound),
    }
