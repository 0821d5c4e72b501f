"""Brand keywords as search queries, and cursor keys that fit, for the newer sources.

Bluesky, Mastodon and Hacker News search one keyword per listing (none of them has an OR
that can be relied on); a phrase is quoted so it is searched as a phrase. Cursor keys are at
most 200 characters in the database: a long one keeps a readable start and a digest.
"""

from __future__ import annotations

import hashlib

from config.settings import BrandSettings

MAX_KEY = 150  # leaves room for suffixes such as ":next_top"


def keyword_queries(brand: BrandSettings, *, quote_phrases: bool = True) -> list[str]:
    """One query per distinct ``brand.keywords`` term: a word bare, a phrase in double quotes."""
    seen: dict[str, str] = {}
    for raw in brand.keywords:
        term = " ".join(raw.replace('"', " ").split())
        if term:
            quoted = f'"{term}"' if quote_phrases and " " in term else term
            seen.setdefault(term.casefold(), quoted)
    return list(seen.values())


def listing_key(kind: str, value: str) -> str:
    """``kind:value``, or ``kind:<start>~<digest>`` when that would be too long."""
    key = f"{kind}:{value}"
    if len(key) <= MAX_KEY:
        return key
    return f"{kind}:{value[:100]}~{hashlib.sha256(value.encode()).hexdigest()[:16]}"
