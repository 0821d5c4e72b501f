"""Whole-word, case-insensitive term matching shared by every lookup in the brand book.

A term matches only as whole words: "tea" never matches inside "team" or "steak", "app"
never inside "happy". A plain plural or possessive ("buns", "Bramble's") still counts as
the word. Curly apostrophes and runs of spaces in the mention are folded first, so
"what’s" and "what's" match the same cue.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'"})


def fold(text: str) -> str:
    """Case-folded text with one kind of apostrophe and single spaces."""
    return re.sub(r"\s+", " ", text.translate(_APOSTROPHES)).casefold().strip()


@lru_cache(maxsize=4096)
def term_pattern(term: str) -> re.Pattern[str]:
    """The compiled whole-word pattern of ``term`` (its spaces match any run of spaces)."""
    words = [re.escape(word) for word in fold(term).split(" ") if word]
    body = r"\s+".join(words)
    return re.compile(rf"(?<!\w){body}(?:'s|s|es)?(?!\w)")


def contains(text: str, term: str) -> bool:
    """True when ``term`` occurs in ``text`` as whole words."""
    return bool(term.strip()) and term_pattern(term).search(fold(text)) is not None


@dataclass(frozen=True)
class Hit:
    """One matched term: what it belongs to, the term, and where in the folded text."""

    key: int
    term: str
    start: int
    end: int


def find_terms(text: str, terms: list[tuple[int, str]]) -> list[Hit]:
    """Non-overlapping whole-word hits of ``terms`` in ``text``, longest term first.

    ``terms`` pairs each term with the index of its owner (an offering, a location). The
    longest term claims its span first, so "oat latte" wins over "latte" and "Kirkstall Road" over
    "Kirkstall"; hits are returned in text order.
    """
    folded = fold(text)
    taken: list[tuple[int, int]] = []
    hits: list[Hit] = []
    ordered = sorted(terms, key=lambda pair: (-len(fold(pair[1])), fold(pair[1])))
    for key, term in ordered:
        if not term.strip():
            continue
        for match in term_pattern(term).finditer(folded):
            start, end = match.span()
            if any(start < t_end and t_start < end for t_start, t_end in taken):
                continue
            taken.append((start, end))
            hits.append(Hit(key, term, start, end))
    return sorted(hits, key=lambda hit: hit.start)
