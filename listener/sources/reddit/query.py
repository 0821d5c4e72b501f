"""The Reddit search query built from ``[brand]``, within Reddit's 512-character limit."""

from __future__ import annotations

from config.settings import BrandSettings

MAX_QUERY = 512  # Reddit's limit on the search ``q`` parameter


def build_query(brand: BrandSettings, *, required: bool = True, exclusions: bool = True) -> str:
    """The Reddit search query for ``brand``: ``("kw1" OR "kw2") AND ("req1" OR …) NOT "ex"``.

    Every term is quoted (an exact phrase, and a keyword such as ``or`` stays a word);
    operators are upper case as Reddit's search requires. Empty without keywords.
    ``required``/``exclusions`` False leave those parts out (checked locally instead).
    """
    keywords = _terms(brand.keywords)
    if not keywords:
        return ""
    query = _any_of(keywords)
    terms = _terms(brand.required_terms) if required else []
    if terms:
        query += " AND " + _any_of(terms)
    for phrase in _terms(brand.exclusions) if exclusions else []:
        query += f' NOT "{phrase}"'
    return query


def fitting_query(brand: BrandSettings) -> tuple[str, bool]:
    """The fullest query within Reddit's limit, and whether results need the local check."""
    full = build_query(brand)
    for query in (
        full,
        build_query(brand, required=False),
        build_query(brand, required=False, exclusions=False),
    ):
        if len(query) <= MAX_QUERY:
            return query, query != full
    return query, True


def _terms(values: list[str]) -> list[str]:
    seen: dict[str, str] = {}
    for value in values:
        term = " ".join(value.replace('"', " ").split())
        if term and term.casefold() not in seen:
            seen[term.casefold()] = term
    return list(seen.values())


def _any_of(terms: list[str]) -> str:
    quoted = [f'"{t}"' for t in terms]
    return quoted[0] if len(quoted) == 1 else "(" + " OR ".join(quoted) + ")"
