"""Tone rules applied to a put-together reply: short for the furious, the answer first for the
hurried, and the customer's dislikes honoured.

``shape`` takes the chosen slot lines in order and returns them reshaped:

* furious (not urgent): opener and body only, at most two sentences, no closer or extras;
  what is left is the apology and the fix.
* hurried ("quick q"): one sentence, the book's answer when there is one, else the line
  that says what we will check.
* dislikes: no "!" for someone who dislikes exclamation marks, no emoji for someone who
  dislikes emoji (upselling is handled earlier: no like line).

docs/drafting.md §5 has the rules.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from responders.drafting import textrules

_EMOJI_RE = re.compile(textrules.EMOJI_PATTERN)


def _sentences(parts: list[tuple[str, str]]) -> list[tuple[str, str]]:
    return [(slot, s) for slot, text in parts for s in textrules.split_sentences(text)]


def _regroup(sentences: list[tuple[str, str]]) -> list[tuple[str, str]]:
    grouped: list[tuple[str, str]] = []
    for slot, sentence in sentences:
        if grouped and grouped[-1][0] == slot:
            grouped[-1] = (slot, f"{grouped[-1][1]} {sentence}")
        else:
            grouped.append((slot, sentence))
    return grouped


def _calm(text: str, *, no_exclamation: bool, no_emoji: bool) -> str:
    if no_emoji:
        text = re.sub(r"\s{2,}", " ", _EMOJI_RE.sub("", text)).strip()
    if no_exclamation:
        text = re.sub(r"!+", ".", text).replace("?.", "?")
    return text


def shape(
    parts: list[tuple[str, str]], *, context: Mapping[str, Any], tone: str, mood: str
) -> list[tuple[str, str]]:
    """The reply's (slot, text) parts after the tone rules (see the module docstring)."""
    if tone == "hurried":
        answer = context.get("answer") or ""
        if answer:
            first = textrules.split_sentences(answer)[:1]
            parts = [("body", first[0])] if first else parts
        else:
            body = [s for slot, s in _sentences(parts) if slot == "body"]
            parts = [("body", body[0])] if body else parts[:1]
    elif mood == "furious" and tone != "urgent":
        kept = [(slot, text) for slot, text in parts if slot in ("opener", "body")]
        parts = _regroup(_sentences(kept)[:2])
    no_exclamation = bool(context.get("no_exclamation"))
    no_emoji = bool(context.get("no_emoji"))
    if no_exclamation or no_emoji:
        parts = [
            (slot, _calm(text, no_exclamation=no_exclamation, no_emoji=no_emoji))
            for slot, text in parts
        ]
    return [(slot, text) for slot, text in parts if text]
