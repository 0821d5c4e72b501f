"""FAQ entries matched to a mention by their cues, and their answers filled from the book.

A cue matches as whole words, case-insensitive ("wifi" never inside "wifey"). The entry
whose matched cues cover the most words wins (a two-word cue is more specific than a
one-word one); ties go to more cues matched, then to the earlier entry in the book, so the
brand orders its FAQ to settle the rest. No cue matched means no answer: ``None``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from responders.brandbook.lookup import find_locations
from responders.brandbook.model import BrandBook, FaqEntry, Location
from responders.brandbook.placeholders import fill
from responders.brandbook.words import contains, fold


@dataclass(frozen=True)
class FaqMatch:
    """The best FAQ entry for a text and why: the cues it matched and their score."""

    entry: FaqEntry
    index: int
    cues: tuple[str, ...]
    score: int


def match_faq(book: BrandBook, text: str) -> FaqMatch | None:
    """The FAQ entry ``text`` asks about best; ``None`` when no cue occurs in it."""
    best: FaqMatch | None = None
    for index, entry in enumerate(book.faq):
        matched = tuple(cue for cue in entry.cues if contains(text, cue))
        if not matched:
            continue
        score = sum(len(fold(cue).split(" ")) for cue in matched)
        candidate = FaqMatch(entry, index, matched, score)
        if best is None or (score, len(matched)) > (best.score, len(best.cues)):
            best = candidate
    return best


def faq_answer(
    book: BrandBook, text: str, created_at: datetime, *, location: Location | None = None
) -> str | None:
    """The filled answer of the best FAQ entry for ``text`` as of ``created_at``.

    The location for ``{location.*}`` and ``{hours.*}`` is ``location``, else the one the
    text names, else the book's only one. ``None`` when no entry matches or the answer
    needs a value the book cannot give for this mention.
    """
    found = match_faq(book, text)
    if found is None:
        return None
    if location is None:
        named = find_locations(book, text)
        location = named[0] if len(named) == 1 else None
    return fill(found.entry.answer, book, now=created_at, location=location)
