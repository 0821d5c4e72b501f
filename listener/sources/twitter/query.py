"""The X recent-search query built from ``[brand]``, and our own handles.

The query mirrors ``listener.scoring.relevance.BrandMatcher`` so X returns what the matcher
would keep; it is validated once at start (a query too long for the endpoint is a
``ConfigError`` naming the terms' share).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from config.errors import ConfigError
from config.settings import BrandSettings

# The standard (Basic / Pro) recent-search endpoint accepts queries up to 512 characters.
MAX_QUERY_LENGTH = 512

_PLAIN_TERM = re.compile(r"^[#$@]?\w+$")
_HANDLE = re.compile(r"^\w{1,15}$", re.ASCII)
_LANG = re.compile(r"^[a-z]{2,3}(-[a-z]{2,4})?$", re.I)


def _term(text: str) -> str | None:
    """One keyword as X query syntax: bare when a single word, otherwise an exact phrase."""
    cleaned = " ".join(text.replace('"', " ").split())
    if not cleaned:
        return None
    if _PLAIN_TERM.match(cleaned) and cleaned.upper() not in ("OR", "AND"):
        return cleaned
    return f'"{cleaned}"'


def _any(terms: Iterable[str]) -> str:
    items = list(dict.fromkeys(terms))
    return items[0] if len(items) == 1 else "(" + " OR ".join(items) + ")"


def own_handles(brand: BrandSettings) -> list[str]:
    """Our X handles from ``brand.handles.twitter``, without ``@``; a bad one is a ConfigError."""
    handles = []
    for raw in brand.handles.get("twitter", []):
        handle = raw.strip().lstrip("@")
        if not _HANDLE.match(handle):
            raise ConfigError(
                f"brand.handles.twitter: {raw!r} is not an X handle (1-15 letters, digits, _)"
            )
        handles.append(handle)
    return handles


def build_search_query(
    brand: BrandSettings,
    *,
    exclude_retweets: bool = True,
    lang: str = "",
    max_length: int = MAX_QUERY_LENGTH,
) -> str:
    """The recent-search query for ``brand``, mirroring ``listener.scoring.relevance.BrandMatcher``.

    Shape: ``((KEYWORDS REQUIRED -EXCL…) OR @handle…) -from:handle… -is:retweet lang:xx``.
    Keywords are OR'ed; ``required_terms`` are an OR group ANDed with them; exclusions are
    negated one by one (X does not allow negating a group) inside the keyword branch. A post
    naming one of our handles matches whatever its words, as in ``BrandMatcher``; our own
    posts are left out. Multi-word terms become exact phrases. X matches whole words as
    written (no plurals or stemming). Raises ``ConfigError`` when there is nothing to search
    for or the query is longer than ``max_length`` (512 for the standard endpoint).
    """
    handles = own_handles(brand)
    keywords = [t for t in map(_term, brand.keywords) if t]
    required = [t for t in map(_term, brand.required_terms) if t]
    exclusions = [f"-{t}" for t in map(_term, brand.exclusions) if t]
    branches: list[tuple[str, bool]] = []  # (clause, needs parentheses inside an OR)
    if keywords:
        parts = [_any(keywords)]
        if required:
            parts.append(_any(required))
        parts.extend(exclusions)
        branches.append((" ".join(parts), len(parts) > 1))
    branches.extend((f"@{h}", False) for h in handles)
    if not branches:
        raise ConfigError(
            "sources.twitter.search needs brand.keywords or brand.handles.twitter "
            "(or set sources.twitter.search = false)"
        )
    if len(branches) == 1:
        query = branches[0][0]
    else:
        query = "(" + " OR ".join(f"({b})" if group else b for b, group in branches) + ")"
    suffix = [f"-from:{h}" for h in handles]
    if exclude_retweets:
        suffix.append("-is:retweet")
    if lang:
        if not _LANG.match(lang):
            raise ConfigError(f"sources.twitter.lang: {lang!r} is not a language code like en")
        suffix.append(f"lang:{lang.lower()}")
    query = " ".join([query, *suffix])
    if len(query) > max_length:
        sizes = ", ".join(
            f"brand.{key} ~{sum(len(t) + 4 for t in terms)}"
            for key, terms in (
                ("keywords", keywords),
                ("required_terms", required),
                ("exclusions", exclusions),
            )
            if terms
        )
        raise ConfigError(
            f"the X search query built from [brand] is {len(query)} characters; the "
            f"recent-search endpoint accepts at most {max_length}. Use fewer or shorter "
            f"terms (their share: {sizes})"
        )
    return query
