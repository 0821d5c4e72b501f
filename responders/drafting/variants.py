"""The variants of one reply slot: rendered, checked against what the customer was told, picked.

``slot_choices`` renders every variant of a slot for one mention, fresh ones first (in an
order rotated per mention and slot), then, for a required slot, the ones this customer was
sent within the repeat window, least recently used first. ``pick`` chooses one for a
candidate: fresh before stale, no echo of a line the candidate already has (``clashes``), and
a first word no earlier candidate's line in this slot started with. docs/drafting.md §3.
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from responders.drafting import textrules
from responders.drafting.templates import TemplateSet, variant_key


@dataclass
class Choice:
    """One rendered variant: where it comes from, its text, and its no-repeat keys."""

    source: str
    block: str
    slot: str
    text: str
    keys: list[tuple[str, str]]
    stale: bool = False  # repeats something this customer was sent within the window
    words: list[str] = field(default_factory=list)  # normalised, without the name
    marks: set[tuple[str, ...]] = field(default_factory=set)  # see _echo_marks


def slot_choices(
    templates: TemplateSet,
    source: str,
    slot: str,
    context: Mapping[str, Any],
    used: Mapping[str, datetime],
    *,
    seed: int,
    optional: bool,
) -> list[Choice]:
    """Variants of one slot that apply to this mention: fresh ones first (rotated by
    ``seed``), then, for a required slot, the stale ones least recently used first."""
    blocks = templates.blocks(source, slot)
    name_words = set(textrules.normalize_sentence(context.get("name") or "").split())
    topic = str(context.get("topic") or "").casefold() if context.get("topic_specific") else ""

    def make(block: str) -> Choice | None:
        text = templates.render(source, block, context)
        if not text:
            return None  # the variant does not apply to this mention
        keys = [(variant_key(source, block), f"[template {source}#{block}]")]
        keys += [(textrules.sentence_key(s), s) for s in textrules.split_sentences(text)]
        words = [w for w in textrules.normalize_sentence(text).split() if w not in name_words]
        marks = _echo_marks(words)
        if topic and topic in text.casefold():
            marks.add(("topic:", topic))  # one line naming the topic is enough
        return Choice(source, block, slot, text, keys, words=words, marks=marks)

    def last_used(choice: Choice) -> datetime | None:
        return max((used[k] for k, _ in choice.keys if k in used), default=None)

    fresh: list[Choice] = []
    stale: list[tuple[datetime, Choice]] = []
    for offset in range(len(blocks)):
        block = blocks[(seed + offset) % len(blocks)]
        if optional and variant_key(source, block) in used:
            continue  # known stale without rendering it
        choice = make(block)
        if choice is None:
            continue
        when = last_used(choice)
        if when is None:
            fresh.append(choice)
        elif not optional:
            choice.stale = True
            stale.append((when, choice))
    stale.sort(key=lambda pair: pair[0] or datetime.min.replace(tzinfo=UTC))
    return fresh + [c for _, c in stale]


# Words too common to count as an echo when two lines of one reply share them.
_COMMON = frozenset(
    {
        "that", "this", "with", "from", "your", "have", "been", "they", "what", "when", "were",
        "will", "would", "could", "just", "about", "there", "here", "into", "some", "more",
        "send", "private", "message",
    }
)  # fmt: skip


def _echo_marks(words: list[str]) -> set[tuple[str, ...]]:
    """What makes a line recognisable: its word triples, its pairs of content words, and
    its long words ("properly", "straight")."""
    marks: set[tuple[str, ...]] = {tuple(words[i : i + 3]) for i in range(len(words) - 2)}
    content = [w if len(w) >= 4 and w not in _COMMON else "" for w in words]
    marks |= {(a, b) for a, b in itertools.pairwise(content) if a and b}
    marks |= {(w,) for w in content if len(w) >= 7}
    return marks


def clashes(choice: Choice, picked: list[Choice]) -> bool:
    """Would ``choice`` echo a line already in this reply ("…we'll look into it properly.
    …we'll come back to you properly"), or thank twice ("Thanks for asking… Thanks for
    checking.")?"""
    thanks = choice.words[:1] in (["thanks"], ["thank"])
    for other in picked:
        if choice.marks & other.marks:
            return True
        if thanks and other.words[:1] in (["thanks"], ["thank"]):
            return True
    return False


def pick(pool: list[Choice], picked: list[Choice], leads: set[str]) -> Choice:
    """Best of ``pool``: fresh before stale, then no echo of this reply, then a first word
    no earlier candidate's line in this slot started with; ties keep the rotated order."""
    return min(
        enumerate(pool),
        key=lambda pair: (
            pair[1].stale,
            clashes(pair[1], picked),
            (pair[1].words[:1] or [""])[0] in leads,
            pair[0],
        ),
    )[1]
