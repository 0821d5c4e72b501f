"""Every cue list's fragments are well formed: whole-word pieces the compiled trie can join.

Why: a fragment that starts or ends with "|" (an alternation split across two tuple items by
a stray comma) adds an empty alternative, and the compiled pattern then matches every post;
one that starts or ends with a space can never match, since the word view's words are joined
by single spaces and the trie adds its own. Both broke silently before; this pins them.
"""

from __future__ import annotations

import re

import pytest

from listener.scoring import churn_cues, cues, intent_cues, spam_cues, urgency_cues
from listener.scoring.cue_trie import compile_cues

MODULES = (cues, intent_cues, churn_cues, spam_cues, urgency_cues)


def _cue_lists() -> list[tuple[str, tuple[str, ...]]]:
    found = []
    for module in MODULES:
        for name, value in vars(module).items():
            if name.startswith("_") or not name.isupper():
                continue
            if isinstance(value, tuple) and value and all(isinstance(v, str) for v in value):
                found.append((f"{module.__name__.rsplit('.', 1)[-1]}.{name}", value))
            elif isinstance(value, dict):
                for key, frags in value.items():
                    if isinstance(frags, tuple) and all(isinstance(v, str) for v in frags):
                        found.append((f"{module.__name__.rsplit('.', 1)[-1]}.{name}[{key}]", frags))
    return found


CUE_LISTS = _cue_lists()


def test_the_cue_lists_are_found() -> None:
    names = {name for name, _ in CUE_LISTS}
    assert "intent_cues.PRAISE_SLANG" in names and "cues.RHETORICAL" in names
    assert len(CUE_LISTS) >= 20


@pytest.mark.parametrize(("name", "fragments"), CUE_LISTS, ids=[n for n, _ in CUE_LISTS])
def test_no_fragment_has_an_empty_alternative_or_an_outer_space(
    name: str, fragments: tuple[str, ...]
) -> None:
    for fragment in fragments:
        assert not fragment.startswith("|") and not fragment.endswith("|"), (name, fragment[:60])
        assert not fragment.startswith(" ") and not fragment.endswith(" "), (name, fragment[:60])
        assert "||" not in fragment, (name, fragment[:60])


@pytest.mark.parametrize(("name", "fragments"), CUE_LISTS, ids=[n for n, _ in CUE_LISTS])
def test_no_cue_list_matches_a_plain_word(name: str, fragments: tuple[str, ...]) -> None:
    pattern = compile_cues(*fragments)
    assert pattern.search(" zzqx ") is None, name
    assert re.compile(pattern.pattern).search(" ") is None, name
