"""Lookups the drafting checks and writers ask of the book: offerings, places, people, accounts.

Every function answers only from the book and returns ``None`` (or an empty list) when the
book does not know: a reply may then say it will check, never make something up.
Offerings and locations are found in a mention by whole words, longest first, so "oat
latte" names the oat latte rather than a latte and "tea" never matches inside "team".
"""

from __future__ import annotations

from dataclasses import dataclass

from responders.brandbook.model import BrandBook, Location, Offering, Person
from responders.brandbook.words import contains, find_terms, fold


@dataclass(frozen=True)
class OfferingMention:
    """An offering named in a text, with the words that named it."""

    offering: Offering
    term: str


def offering_mentions(book: BrandBook, text: str) -> list[OfferingMention]:
    """Each offering ``text`` names (by name or alias), in text order, each once."""
    terms = [(index, term) for index, o in enumerate(book.offerings) for term in o.terms()]
    seen: set[int] = set()
    found: list[OfferingMention] = []
    for hit in find_terms(text, terms):
        index = hit.key
        if index not in seen:
            seen.add(index)
            found.append(OfferingMention(book.offerings[index], hit.term))
    return found


def find_offerings(book: BrandBook, text: str) -> list[Offering]:
    """The offerings ``text`` names, in text order; ``[]`` when it names none."""
    return [mention.offering for mention in offering_mentions(book, text)]


def offering_named(book: BrandBook, name: str) -> Offering | None:
    """The offering whose name or alias is exactly ``name`` (case-insensitive)."""
    wanted = fold(name)
    return next((o for o in book.offerings if wanted in {fold(t) for t in o.terms()}), None)


def find_locations(book: BrandBook, text: str) -> list[Location]:
    """The locations ``text`` names (name or alias, whole words), in text order."""
    terms = [
        (index, term) for index, loc in enumerate(book.locations) for term in _place_terms(loc)
    ]
    ordered: list[Location] = []
    for hit in find_terms(text, terms):
        location = book.locations[hit.key]
        if location not in ordered:
            ordered.append(location)
    return ordered


def _place_terms(location: Location) -> list[str]:
    return [location.name, *location.aliases]


def fact(offering: Offering, key: str) -> str | bool | int | float | None:
    """One fact of an offering by key (``"duration"``, ``"lead time"``); ``None`` if unknown."""
    wanted = fold(key).replace("_", " ")
    for name, value in offering.facts.items():
        if fold(name).replace("_", " ") == wanted:
            return value
    return None


def facts_asked(book: BrandBook, text: str) -> list[tuple[Offering, str, object]]:
    """Facts of the offerings ``text`` names whose key it also names ("is the chai vegan").

    A fact key like ``lead_time`` is looked for as "lead time". Returns (offering, key,
    value) triples; ``[]`` when the text names no offering or none of its facts.
    """
    found: list[tuple[Offering, str, object]] = []
    for offering in find_offerings(book, text):
        for key, value in offering.facts.items():
            if contains(text, key.replace("_", " ")):
                found.append((offering, key, value))
    return found


def money_people(book: BrandBook) -> list[Person]:
    """Who decides money matters (refunds, gestures); ``[]`` when the book names nobody."""
    return [person for person in book.people if person.decides_money]


def person_with_role(book: BrandBook, role: str) -> Person | None:
    """The first person whose role contains ``role`` as whole words; ``None`` otherwise."""
    return next((p for p in book.people if p.role and contains(p.role, role)), None)


def official_accounts(book: BrandBook, platform: str | None = None) -> dict[str, list[str]]:
    """The brand's own handles per platform (one platform when given); for the security playbook."""
    if platform is None:
        return {name: list(handles) for name, handles in book.accounts.items()}
    handles = book.accounts.get(platform) or book.accounts.get(platform.lower())
    return {platform: list(handles)} if handles else {}


def is_official(book: BrandBook, platform: str, handle: str) -> bool:
    """True when ``handle`` is one of the brand's own accounts on ``platform``."""
    wanted = handle.strip().removeprefix("@").removeprefix("u/").casefold()
    handles = official_accounts(book, platform).get(platform, [])
    return any(wanted == known.casefold() for known in handles)


def never_say(book: BrandBook) -> list[str]:
    """Phrases a draft must never contain (the drafting checks read this)."""
    return list(book.never_say)


def never_promise(book: BrandBook) -> list[str]:
    """Things a draft must never promise (refunds, compensation, discounts, gifts...)."""
    return list(book.policies.never_promise)


def never_ask(book: BrandBook) -> list[str]:
    """Things a draft must never ask for (card numbers, codes, passwords...)."""
    return list(book.policies.never_ask)
