"""What to call someone in a reply: a first name they would recognise as theirs, or nothing.

Order: the customer's preferred name, else the first word of their name (titles skipped),
else the first word of the platform display name when it looks like a personal first name,
else no name at all. A handle is never used: "Thank you for telling us, leedsuni_sam" reads
like a machine, and on X the handle already starts the reply. docs/drafting.md has the rule.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from responders.drafting.templates import clean
from store.models import Customer, Identity

TITLES = frozenset({"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame", "rev"})
_NOT_A_VALUE = frozenset({"none", "null", "undefined", "nan", "n/a"})
# A name from our own records (CRM): any script, hyphens, apostrophes, initials.
_NAME_RE = re.compile(r"[^\W\d_][^\W_]*(?:[ '’.\-][^\W\d_][^\W_]*)*\.?")
# A first name taken from a display name: letters, optionally joined by - or ' (Anne-Marie).
_FIRST_RE = re.compile(r"[^\W\d_]+(?:[\-'’][^\W\d_]+)*")
# Where a display name stops being a name: emoji, symbols, "|", "(", "/", "@", "#", "_"…
_CUT_RE = re.compile(r"[^\w\s'’.\-]|_")
_PARTICLES = frozenset({"de", "da", "di", "du", "van", "von", "der", "den", "la", "le", "bin"})
# Words that make a display name a brand, a place, a bot or a business rather than a person.
# The brand's own name and places are added by the caller.
NOT_NAMES = frozenset(
    {
        "a", "an", "the", "my", "our", "your", "not", "just", "real", "official", "team", "staff",
        "support", "help", "info", "admin", "account", "bot", "bots", "news", "daily", "weekly",
        "live", "radio", "tv", "media", "magazine", "mag", "blog", "vlog", "podcast", "guide",
        "review", "reviews", "coffee", "cafe", "café", "tea", "bakery", "kitchen", "eats", "food",
        "foodie", "foodies", "plate", "brew", "brewing", "roasters", "roastery", "bar", "pub",
        "restaurant", "bistro", "diner", "deli", "market", "shop", "store", "deals", "deal",
        "offers", "offer", "promo", "promos", "sale", "sales", "discount", "free", "giveaway",
        "giveaways", "crypto", "bitcoin", "btc", "nft", "trading", "signals", "invest", "club",
        "fc", "united", "uni", "university", "college", "school", "council", "city", "town",
        "ltd", "limited", "inc", "co", "company", "group", "events", "marketing", "agency",
        "studio", "studios", "design", "hq", "travel", "tours", "hotel", "local", "fan", "fans",
        "lover", "lovers", "addict", "life", "lifestyle", "world", "global", "uk", "king",
        "queen", "lord", "lady", "captain", "chef", "mum", "dad", "baby", "leeds", "london",
        "manchester", "york", "yorkshire", "bradford", "sheffield", "liverpool", "birmingham",
        "bristol", "glasgow", "edinburgh", "cardiff", "england", "scotland", "wales", "britain",
    }
)  # fmt: skip


def _acceptable(name: str) -> bool:
    return (
        bool(name)
        and len(name) <= 40
        and bool(_NAME_RE.fullmatch(name))
        and name.casefold() not in _NOT_A_VALUE
    )


def first_word(name: str | None) -> str:
    """The first word of ``name`` that is not a title: "Dr. Joanna Bloggs" → "Joanna"."""
    words = [w for w in (name or "").split() if w.strip(".").casefold() not in TITLES]
    return words[0].rstrip(",") if words else ""


def display_first_name(display_name: str | None, *, not_names: Iterable[str] = ()) -> str:
    """The first name in a display name when it looks like a person's, else "".

    "Sam ✨" → "Sam", "Gaz 💛💙" → "Gaz", "Rachel Dunmore | YEP" → "Rachel", "Ellie (she/her)"
    → "Ellie". Rejected: lower-case or all-caps words ("jess", "JESS"), digits, fewer than 2
    or more than 20 letters, more than four words, and any word that makes it a brand, place
    or business (``NOT_NAMES`` plus ``not_names``): "Leeds Coffee Deals", "The Leeds Plate".
    """
    text = _CUT_RE.split(clean(display_name or ""), maxsplit=1)[0].strip(" .-'’")
    words = text.split()
    while words and words[0].strip(".").casefold() in TITLES:
        words.pop(0)
    if not words or len(words) > 4:
        return ""
    denied = NOT_NAMES | {w.casefold() for n in not_names for w in n.split()}
    for word in words:
        core = word.rstrip(".")
        if not core or any(c.isdigit() for c in core) or core.casefold() in denied:
            return ""
        if not core[0].isupper() and core not in _PARTICLES:
            return ""
    first = words[0].rstrip(".")
    if not 2 <= len(first) <= 20 or not _FIRST_RE.fullmatch(first) or first.isupper():
        return ""
    return first


def address_name(
    customer: Customer | None, identity: Identity | None, *, not_names: Iterable[str] = ()
) -> str:
    """What to call them: preferred name, else the first word of their name, else a first name
    from the display name (see ``display_first_name``), else "" (templates read well without).

    Never the handle. Anything that does not look like a name ("None", markup, digits) is
    skipped, so a reply never says "Hi None" or echoes markup. ``not_names``: extra words that
    rule out a display name (the brand's name and places).
    """
    if customer is not None:
        for raw in (customer.preferred_name, first_word(customer.name)):
            name = clean(raw or "")
            if _acceptable(name):
                return name
    if identity is not None:
        return display_first_name(identity.display_name, not_names=not_names)
    return ""
