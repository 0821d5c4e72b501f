"""The X recent-search query built from ``[brand]``, and our own handles.

The query mirrors ``listener.scoring.relevance.BrandMatcher`` so X returns what the matcher
would keep. A brand query longer than the plan accepts is split into several queries whose
union is the same search (``search_queries``): X bills each post a search returns, so asking X
for exactly the posts we want costs fewer reads than a shorter, looser query checked locally.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

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


@dataclass(frozen=True)
class _Parts:
    """The pieces of a brand query, in X syntax."""

    keywords: list[str]
    required: list[str]
    exclusions: list[str]
    handles: list[str]
    suffix: list[str]

    def query(
        self,
        keywords: list[str],
        required: list[str],
        exclusions: list[str] | None = None,
        handles: list[str] | None = None,
    ) -> str:
        """``((KEYWORDS REQUIRED -EXCL…) OR @handle…) SUFFIX`` for the given subsets."""
        exclusions = self.exclusions if exclusions is None else exclusions
        branches: list[tuple[str, bool]] = []  # (clause, needs parentheses inside an OR)
        if keywords:
            parts = [_any(keywords)]
            if required:
                parts.append(_any(required))
            parts.extend(exclusions)
            branches.append((" ".join(parts), len(parts) > 1))
        branches.extend((f"@{h}", False) for h in handles or [])
        if len(branches) == 1:
            query = branches[0][0]
        else:
            query = "(" + " OR ".join(f"({b})" if group else b for b, group in branches) + ")"
        return " ".join([query, *self.suffix])


def _parts(brand: BrandSettings, *, exclude_retweets: bool, lang: str) -> _Parts:
    handles = own_handles(brand)
    keywords = [t for t in map(_term, brand.keywords) if t]
    if not keywords and not handles:
        raise ConfigError(
            "sources.twitter.search needs brand.keywords or brand.handles.twitter "
            "(or set sources.twitter.search = false)"
        )
    suffix = [f"-from:{h}" for h in handles]
    if exclude_retweets:
        suffix.append("-is:retweet")
    if lang:
        if not _LANG.match(lang):
            raise ConfigError(f"sources.twitter.lang: {lang!r} is not a language code like en")
        suffix.append(f"lang:{lang.lower()}")
    return _Parts(
        keywords=list(dict.fromkeys(keywords)),
        required=list(dict.fromkeys(t for t in map(_term, brand.required_terms) if t)),
        exclusions=list(dict.fromkeys(f"-{t}" for t in map(_term, brand.exclusions) if t)),
        handles=handles,
        suffix=suffix,
    )


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
    for or the query is longer than ``max_length`` (``search_queries`` splits it instead).
    """
    parts = _parts(brand, exclude_retweets=exclude_retweets, lang=lang)
    query = parts.query(parts.keywords, parts.required, handles=parts.handles)
    if len(query) > max_length:
        raise ConfigError(
            f"the X search query built from [brand] is {len(query)} characters; the "
            f"recent-search endpoint accepts at most {max_length}"
        )
    return query


@dataclass(frozen=True)
class SearchPlan:
    """The queries one search cycle sends, and what the split left to the local check."""

    queries: list[str]
    full_length: int
    dropped_exclusions: list[str]


def _pack(terms: list[str], fits: Callable[[list[str]], bool]) -> list[list[str]]:
    """``terms`` in consecutive groups, each as large as ``fits`` allows (at least one term)."""
    groups: list[list[str]] = []
    for term in terms:
        if groups and fits([*groups[-1], term]):
            groups[-1].append(term)
        else:
            groups.append([term])
    return groups


def search_queries(
    brand: BrandSettings,
    *,
    exclude_retweets: bool = True,
    lang: str = "",
    max_length: int = MAX_QUERY_LENGTH,
) -> SearchPlan:
    """The brand query as one query, or split into several that each fit ``max_length``.

    The split keeps the search exactly the same: ``(K) (R1 OR R2) E`` is ``(K) (R1) E`` OR
    ``(K) (R2) E``, so the required terms (and, if need be, the keywords) are cut into groups
    and every keyword group is paired with every required group, each query carrying all the
    exclusions and the suffix. Our handles ride along with the last query if they fit there,
    else get their own. Only when one keyword and one required term with every exclusion would
    not fit are the last exclusions left out (``dropped_exclusions``): the pipeline's brand
    matcher marks what they would have excluded as not relevant. Raises ``ConfigError`` when a
    single term cannot fit at all.
    """
    parts = _parts(brand, exclude_retweets=exclude_retweets, lang=lang)
    full = parts.query(parts.keywords, parts.required, handles=parts.handles)
    if len(full) <= max_length:
        return SearchPlan([full], len(full), [])
    exclusions, dropped = list(parts.exclusions), []
    if not parts.keywords:
        return SearchPlan(_handle_queries(parts, parts.handles, max_length), len(full), [])
    longest_kw = [max(parts.keywords, key=len)]
    longest_req = [max(parts.required, key=len)] if parts.required else []
    while exclusions and len(parts.query(longest_kw, longest_req, exclusions)) > max_length:
        dropped.insert(0, exclusions.pop())
    if len(parts.query(longest_kw, longest_req, exclusions)) > max_length:
        raise ConfigError(
            f"a brand keyword or required term is too long for an X query of at most "
            f"{max_length} characters: {longest_kw[0]} / {(longest_req or ['-'])[0]}"
        )
    # The handles share the last query when it has room (or when every group is sized to
    # leave room for them), else they get queries of their own: whichever needs fewer.
    plans = []
    for reserve in ([], parts.handles) if parts.handles else ([],):
        groups = _keyword_groups(parts, exclusions, max_length, reserve)
        queries = [parts.query(k, r, exclusions) for k, r in groups]
        joined = parts.query(*groups[-1], exclusions, parts.handles)
        if parts.handles and len(joined) <= max_length:
            queries[-1] = joined
        else:
            queries += _handle_queries(parts, parts.handles, max_length)
        plans.append(queries)
    queries = min(plans, key=len)
    return SearchPlan(queries, len(full), dropped)


def _keyword_groups(
    parts: _Parts, exclusions: list[str], max_length: int, handles: list[str]
) -> list[tuple[list[str], list[str]]]:
    """(keywords, required) per query: every keyword group paired with every required
    group, each sized to fit with ``exclusions`` and room for ``handles``."""

    def fits(keywords: list[str], required: list[str]) -> bool:
        return len(parts.query(keywords, required, exclusions, handles)) <= max_length

    longest_req = [max(parts.required, key=len)] if parts.required else []
    groups: list[tuple[list[str], list[str]]] = []
    for keywords in _pack(parts.keywords, lambda group: fits(group, longest_req)):
        if not parts.required:
            groups.append((keywords, []))
            continue
        groups.extend(
            (keywords, required)
            for required in _pack(parts.required, lambda group, k=keywords: fits(k, group))
        )
    return groups


def _handle_queries(parts: _Parts, handles: list[str], max_length: int) -> list[str]:
    """Queries for our handles alone (a post naming us matches whatever its words)."""
    return [
        parts.query([], [], [], group)
        for group in _pack(handles, lambda group: len(parts.query([], [], [], group)) <= max_length)
    ]
