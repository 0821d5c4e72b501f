"""Is a post about the brand, and is it ours? Decided from ``[brand]`` settings.

A brand named after an ordinary word ("Bramble") needs more than a keyword match: a post
that names our handle is always about us; one that only uses the word must also carry one of
``required_terms`` (coffee, latte, ...) and none of ``exclusions`` (bramble jam, ...).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from config.settings import BrandSettings
from listener.scoring.churn_direction import own_names
from listener.text import handle_key


def brand_names(brand: BrandSettings) -> tuple[str, ...]:
    """The brand's own names for the scorer (``churn_direction``): handles and keywords."""
    return own_names((h for hs in brand.handles.values() for h in hs), brand.keywords)


def _phrase_pattern(phrases: Iterable[str], *, plurals: bool = False) -> re.Pattern[str] | None:
    """Whole-word, case-insensitive alternation; ``plurals`` also accepts a trailing s/es."""
    parts = [re.escape(p.strip()) for p in phrases if p.strip()]
    if not parts:
        return None
    parts.sort(key=len, reverse=True)
    suffix = r"(?:e?s)?" if plurals else ""
    # ASCII boundaries, so "Brambleで" in Japanese (no spaces between words) still matches.
    return re.compile(
        r"(?<![A-Za-z0-9_@])(?:" + "|".join(parts) + r")" + suffix + r"(?![A-Za-z0-9_])", re.I
    )


@dataclass(frozen=True, slots=True)
class Relevance:
    relevant: bool
    reason: str


class BrandMatcher:
    """Compiled once from settings; ``check`` is called for every stored mention."""

    def __init__(self, brand: BrandSettings) -> None:
        self._own = {
            platform: {handle_key(h) for h in handles}
            for platform, handles in brand.handles.items()
        }
        self._communities = {
            platform: {c.strip().removeprefix("r/").casefold() for c in names}
            for platform, names in brand.communities.items()
        }
        handles = [h for hs in self._own.values() for h in hs]
        self._handle_re = (
            re.compile(r"(?:@|\bu/)(?:" + "|".join(map(re.escape, handles)) + r")\b", re.I)
            if handles
            else None
        )
        self._keywords = _phrase_pattern(brand.keywords)
        self._required = _phrase_pattern(brand.required_terms, plurals=True)
        self._exclusions = _phrase_pattern(brand.exclusions)

    def is_own(self, platform: str, handle: str) -> bool:
        """True for posts by one of our own accounts."""
        return handle_key(handle) in self._own.get(platform, set())

    def check(
        self,
        text: str,
        *,
        context: str | None = None,
        platform: str | None = None,
        community: str | None = None,
    ) -> Relevance:
        """Decide relevance; the reason is shown to the reviewer and in ``triage_reason``.

        ``context`` (the thread's title) counts for keywords and required terms, so a short
        reply in a thread about us ("it's fine but overpriced") is about us; exclusions look at
        the post itself only. Everything in one of our own communities is about us.
        """
        if self._handle_re is not None and self._handle_re.search(text):
            return Relevance(True, "names our account")
        if (
            platform is not None
            and community is not None
            and community.casefold() in self._communities.get(platform, set())
        ):
            return Relevance(True, f"posted in our community {community}")
        if self._exclusions is not None and (found := self._exclusions.search(text)):
            return Relevance(False, f"excluded phrase {found.group(0)!r}")
        if self._keywords is None:
            return Relevance(True, "no brand keywords configured")
        combined = f"{context}\n{text}" if context else text
        if not self._keywords.search(combined):
            return Relevance(False, "no brand keyword")
        if self._required is not None and not self._required.search(combined):
            return Relevance(False, "brand word without any required term")
        return Relevance(True, "brand keyword")
