"""What a reply may say about a mention and its author: the variables every template sees.

The mention text is not copied into a reply. It is searched for our own words (the brand
book's offerings and locations, else ``brand.products``/``brand.places`` and the item lists of
``vocabulary.toml``; topics such as staff or the app); the reply uses our spelling of what it
finds. Only two filtered fragments may echo the person's words: a keyphrase topic and the
"we'll check whether…" phrase (``bookcontext``). Names and likes come from the customer's
profile and must look like plain names and phrases; notes and tier never reach a reply.
Familiarity ("good to hear from you again") needs at least ``FAMILIAR_AFTER`` earlier
interactions. The templates' README lists every variable.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import datetime
from functools import lru_cache
from typing import Any

from config.settings import Settings
from responders.brandbook import BrandBook
from responders.drafting.bookcontext import book_context
from responders.drafting.names import address_name
from responders.drafting.notes import Earlier
from responders.drafting.reading import reply_mood
from responders.drafting.templates import TemplateSet, clean
from responders.drafting.triage import urgent_class
from store.models import Mention

REGULAR_STAGES = ("connection", "relationship")
FAMILIAR_AFTER = 3  # earlier interactions before a reply may sound familiar
MOODS = ("furious", "unhappy", "neutral", "warm", "delighted")
MAX_TEXT_SCAN = 5000  # characters of a mention searched for items and likes
_SAFE_PHRASE_RE = re.compile(r"[\w][\w '’&\-]{0,39}")
_STOPWORDS = {"the", "and", "with", "for", "our", "your", "their", "any", "all", "just"}
# Topics that place a mention at one of our sites (so asking "which site?" makes sense).
_VISIT_TOPICS = {"staff", "visit"}


def mood_of(mention: Mention) -> str:
    """furious / unhappy / neutral / warm / delighted: the stored ``Mention.mood`` when the
    understanding step set one, else from the (human-corrected) label and score.

    The stored ``mood`` (the model's, from sentiment, intent, intensity and sarcasm) is used
    unless a person's label correction puts it on the other side (a "warm" mention relabelled
    negative). Rows without one (stored before moods): the label decides the side, the VADER
    compound the strength: negative at or below −0.6 is furious, positive at or above 0.6
    delighted. Urgent mentions are at least unhappy.
    """
    stored = getattr(mention, "mood", None)
    manual = (mention.manual_label or {}).get("label")
    if stored in MOODS and not _contradicts(stored, manual):
        if mention.urgency == "high" and stored in ("neutral", "warm", "delighted"):
            return "unhappy"
        return str(stored)
    compound = float(mention.compound or 0.0)
    if mention.label == "negative":
        return "furious" if compound <= -0.6 else "unhappy"
    if mention.urgency == "high":
        return "unhappy"
    if mention.label == "positive":
        return "delighted" if compound >= 0.6 else "warm"
    return "neutral"


def _contradicts(mood: str, label: str | None) -> bool:
    """A person's label on the other side of the stored mood wins over the model."""
    if label == "negative":
        return mood in ("neutral", "warm", "delighted")
    if label == "positive":
        return mood in ("furious", "unhappy", "neutral")
    if label == "neutral":
        return mood != "neutral"
    return False


def terms_regex(terms: Iterable[str]) -> re.Pattern[str] | None:
    """One case-insensitive whole-word pattern for ``terms``, longest first (cached)."""
    return _compiled_terms(tuple(sorted({t.strip() for t in terms if t and t.strip()})))


@lru_cache(maxsize=256)
def _compiled_terms(terms: tuple[str, ...]) -> re.Pattern[str] | None:
    unique = sorted(terms, key=len, reverse=True)
    if not unique:
        return None
    return re.compile(
        r"(?<!\w)(" + "|".join(re.escape(t) for t in unique) + r")(?!\w)", re.IGNORECASE
    )


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"\w+", text.casefold()) if len(w) >= 3} - _STOPWORDS


def _setting_list(section: Any, name: str) -> list[str]:
    """A list setting (``brand.products``, ``brand.places``) without blank entries."""
    return [v for v in getattr(section, name) if v.strip()]


def _found(pattern: re.Pattern[str] | None, text: str) -> list[str]:
    return [m.group(1) for m in pattern.finditer(text)] if pattern else []


def _language_words(
    templates: TemplateSet, platform: str, from_book: dict[str, Any]
) -> dict[str, Any]:
    """Variables a non-English template set defines in its ``words.toml``: fixed words per
    platform, and ``tema`` (the topic in that language: an offering's name, or the phrase
    for the kind of problem; ``tema_especifico`` says whether it names something)."""
    words = templates.words
    if not words:
        return {}
    local = dict(words.get("context", {}).get(platform, {}))
    fallback = words.get("fallback", {})
    kind = from_book.get("topic_kind") or ""
    if from_book.get("offering"):
        shape = fallback.get("offering", "{name}")
        local["tema"] = shape.format(name=from_book["offering"])
    elif from_book.get("topic_source") == "issue" and kind in words.get("topics", {}):
        local["tema"] = words["topics"][kind]
    else:
        local["tema"] = fallback.get("topic", "")
    local["tema_especifico"] = local["tema"] != fallback.get("topic", "")
    return local


def reply_context(
    mention: Mention,
    *,
    settings: Settings,
    now: datetime,
    templates: TemplateSet,
    book: BrandBook | None = None,
    earlier: Earlier | None = None,
    intent: str = "other",
    lang: str = "en",
) -> dict[str, Any]:
    """The named variables every reply template sees (listed in the templates' README)."""
    identity = mention.identity
    customer = identity.customer if identity is not None else None
    platform = mention.platform if mention.platform in ("twitter", "reddit") else "twitter"
    scan = (mention.text_normalized or mention.text or "")[:MAX_TEXT_SCAN]
    vocab = templates.vocabulary
    dislikes = [d for d in (customer.dislikes if customer else []) or [] if isinstance(d, str)]
    disliked = {w for d in dislikes for w in _words(d)}

    # Topics: staff, a visit, the app, the stamp card, prices, dietary needs…
    topic_re = {g: terms_regex(terms) for g, terms in vocab.topics.items()}
    about = sorted(g for g, pattern in topic_re.items() if pattern and pattern.search(scan))

    # The thing the mention names, in our spelling: a menu item, or a service (app, stamp card).
    if book is not None:
        products = [t for o in book.offerings for t in o.terms()]
        item_terms = list(products)
        canonical_of = {t.casefold(): o.name for o in book.offerings for t in o.terms()}
    else:
        products = _setting_list(settings.brand, "products")
        item_terms = [*products, *(t for group in vocab.items.values() for t in group)]
        canonical_of = {}
    item_re = terms_regex(item_terms)
    found = _found(item_re, scan)
    canonical = {t.casefold(): t for t in item_terms} | canonical_of
    named = [canonical.get(t.casefold(), t) for t in found]
    named = [n for n in named if _SAFE_PHRASE_RE.fullmatch(n) and not (_words(n) & disliked)]
    service_re = terms_regex(vocab.services)
    services = [n for n in named if service_re and service_re.search(n)]
    item = next((n for n in named if n not in services), "")
    service = services[0] if services else ""

    places = _setting_list(settings.brand, "places")
    if book is not None:
        places = [n for loc in book.locations for n in (loc.name, *loc.aliases)]
    place_re = terms_regex(places)
    place_match = place_re.search(scan) if place_re else None
    place = ""
    if place_match:
        place = {p.casefold(): p for p in places}[place_match.group(1).casefold()]
        if book is not None:
            place = next(
                (loc.name for loc in book.locations
                 if place.casefold() in {n.casefold() for n in (loc.name, *loc.aliases)}),
                place,
            )  # fmt: skip
    # At one of our sites (so "which site, roughly when?" makes sense): a site, staff, a visit
    # word or an item; not when the point is the app, nor prices (unless staff come into it).
    several = len(book.locations) > 1 if book is not None else len(places) > 1
    named_people: list[str] = []
    if book is not None and book.people:
        people_re = terms_regex(p.name for p in book.people)
        found = people_re.findall(scan) if people_re is not None else []
        if found and "staff" not in about:
            about = sorted({*about, "staff"})  # "shout out to Aoife": one of our people
        # Written with a capital, as a name: "Stan on the plant desk", not "a pat on the back".
        named_people = list(dict.fromkeys(f for f in found if f[:1].isupper()))
    # At one of our locations: a location or a visit word, or (for a brand with several
    # sites) an item; an item alone at a one-desk brand is delivered, not visited.
    visit = (
        "app" not in about
        and ("price" not in about or "staff" in about)
        and bool(place or (item and several) or _VISIT_TOPICS & set(about))
    )
    if visit and place:
        ask = f"roughly when you were at {place}"
    elif visit and several:
        ask = "which location it was and roughly when"
    elif visit:
        ask = "roughly when it was"
    else:
        ask = "a bit more detail"

    hint_re = terms_regex(t for group in vocab.hints.values() for t in group)
    mention_groups = vocab.groups_of([*found, *_found(hint_re, scan)])
    mention_words = _words(scan)
    disliked_exact = {d.casefold() for d in dislikes}
    like = ""  # the first like that relates to the mention: may appear in the reply
    gesture_like = ""  # the first like that does not: may appear in a gesture suggestion
    for raw in (customer.likes if customer else []) or []:
        candidate = clean(raw) if isinstance(raw, str) else ""
        if not _SAFE_PHRASE_RE.fullmatch(candidate) or candidate.casefold() in disliked_exact:
            continue
        related = bool(_words(candidate) & mention_words) or bool(
            vocab.groups_of(_found(item_re, candidate)) & mention_groups
        )
        if related and not like:
            like = candidate
        elif not related and not gesture_like:
            gesture_like = candidate

    stage = (customer.stage if customer else None) or "new"
    earlier = earlier or Earlier()
    familiar = earlier.count >= FAMILIAR_AFTER
    first_seen = customer.first_seen if customer else None
    months = max(0, (now - first_seen).days // 30) if first_seen else 0
    since = ""
    if first_seen and months >= 2:
        since = first_seen.strftime("%B" if first_seen.year == now.year else "%B %Y")
    urgency_reason = urgent_class(mention)
    name = address_name(customer, identity, not_names=[settings.brand.name, *places])
    handles = [h for hs in settings.brand.handles.values() for h in hs]
    from_book = book_context(
        text=scan,
        intent=intent,
        urgency=urgency_reason,
        created_at=mention.created_at,
        book=book,
        brand_name=(book.name if book is not None and book.name else settings.brand.name),
        handles=handles,
        lang=lang,
        places=places,
    )
    if urgency_reason == "churn" and from_book["topic_source"] in ("offering", "generic"):
        # Leaving is not a fault report: talk about their experience, not "the problem".
        offering = from_book.get("offering") or ""
        named = offering if offering[:1].isupper() and " " not in offering else f"the {offering}"
        phrase = f"your experience with {named}" if offering else "your experience with us"
        from_book = {**from_book, "topic": phrase}
    if "staff" in about and from_book["topic_source"] == "keyphrase":
        # Praise or a remark about people: the team is the subject, not a keyphrase.
        from_book = {**from_book, "topic": "the team", "topic_specific": False}
    at_place = place and several and "staff" not in about and not from_book["urgency_known"]
    if not from_book["topic_specific"] and at_place:
        # Nothing named but one of our locations: the place is what it is about.
        phrase = f"what happened at {place}" if intent == "complaint" else place
        from_book = {**from_book, "topic": phrase, "topic_specific": True, "topic_source": "place"}
    dislike_words = {w for d in dislikes for w in _words(d)}
    local = _language_words(templates, platform, from_book)
    return (
        from_book
        | local
        | {
            "brand": settings.brand.name,
            "platform": platform,
            "reddit": platform == "reddit",
            "twitter": platform == "twitter",
            "name": name,
            "customer": {"preferred_name": name} if name else {},
            "stage": stage,
            "regular": familiar,
            "familiar": familiar,
            "returning": stage != "new",
            "months": months,
            "since": since,
            "item": item,
            "service": service,
            "place": place,
            "about": about,
            "staff": "staff" in about,
            # Who praise is passed on to: the one person of ours they named, else the team.
            "team": named_people[0] if len(named_people) == 1 else "the team",
            "visit": visit,
            "ask": ask,
            "like": like,
            "gesture_like": gesture_like,
            "tier": clean(customer.tier or "") if customer else "",
            "dm": "DM" if platform == "twitter" else "private message",
            "dm_us": "send us a DM" if platform == "twitter" else "send us a private message",
            "support_email": from_book["contact_email"] or settings.brand.support_email,
            "urgency_reason": urgency_reason,
            "intent": intent,
            "mood": reply_mood(mention, intent),
            "lang": lang,
            "no_exclamation": bool(dislike_words & {"exclamation", "exclamations"}),
            "no_emoji": bool(dislike_words & {"emoji", "emojis", "emoticons"}),
            "no_upsell": bool(
                dislike_words & {"upselling", "upsell", "upsells", "marketing", "promotions"}
            ),
        }
    )
