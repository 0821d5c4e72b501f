"""What a reply may say about a mention and its author: the variables every template sees.

The mention text is never copied into a reply. It is only searched for our own words (menu
items from ``vocabulary.toml`` and ``brand.products``, sites from ``brand.places``, topics
such as staff or the app); the reply uses our spelling of what it finds. Names and likes come
from the customer's profile and must look like plain names and phrases. The templates'
README lists every variable.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import datetime
from functools import lru_cache
from typing import Any

from config.settings import Settings
from responders.drafting.names import address_name
from responders.drafting.templates import TemplateSet, clean
from responders.drafting.triage import URGENCY_ORDER
from store.models import Mention

REGULAR_STAGES = ("connection", "relationship")
MAX_TEXT_SCAN = 5000  # characters of a mention searched for items and likes
_SAFE_PHRASE_RE = re.compile(r"[\w][\w '’&\-]{0,39}")
_STOPWORDS = {"the", "and", "with", "for", "our", "your", "their", "any", "all", "just"}
# Topics that place a mention at one of our sites (so asking "which site?" makes sense).
_VISIT_TOPICS = {"staff", "visit"}


def mood_of(mention: Mention) -> str:
    """furious / unhappy / neutral / warm / delighted: the stored mood, else from the label.

    The stored ``mood`` (the model's, from sentiment, intent, intensity and sarcasm) is used
    unless a person's label correction puts it on the other side (a "warm" mention relabelled
    negative). Rows without one (stored before moods): the label decides the side, the VADER
    compound the strength: negative at or below −0.6 is furious, positive at or above 0.6
    delighted. Urgent mentions are at least unhappy.
    """
    stored = getattr(mention, "mood", None)
    manual = (mention.manual_label or {}).get("label")
    if stored in _MOODS and not _contradicts(stored, manual):
        if mention.urgency == "high" and stored in ("neutral", "warm", "delighted"):
            return "unhappy"
        return stored
    compound = float(mention.compound or 0.0)
    if mention.label == "negative":
        return "furious" if compound <= -0.6 else "unhappy"
    if mention.urgency == "high":
        return "unhappy"
    if mention.label == "positive":
        return "delighted" if compound >= 0.6 else "warm"
    return "neutral"


_MOODS = frozenset({"furious", "unhappy", "neutral", "warm", "delighted"})


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


def reply_context(
    mention: Mention, *, settings: Settings, now: datetime, templates: TemplateSet
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
    products = _setting_list(settings.brand, "products")
    item_terms = [*products, *(t for group in vocab.items.values() for t in group)]
    item_re = terms_regex(item_terms)
    found = _found(item_re, scan)
    canonical = {t.casefold(): t for t in item_terms}
    named = [canonical.get(t.casefold(), t) for t in found]
    named = [n for n in named if _SAFE_PHRASE_RE.fullmatch(n) and not (_words(n) & disliked)]
    service_re = terms_regex(vocab.services)
    services = [n for n in named if service_re and service_re.search(n)]
    item = next((n for n in named if n not in services), "")
    service = services[0] if services else ""

    places = _setting_list(settings.brand, "places")
    place_re = terms_regex(places)
    place_match = place_re.search(scan) if place_re else None
    place = ""
    if place_match:
        place = {p.casefold(): p for p in places}[place_match.group(1).casefold()]
    # At one of our sites (so "which site, roughly when?" makes sense): a site, staff, a visit
    # word or an item; not when the point is the app, nor prices (unless staff come into it).
    visit = (
        "app" not in about
        and ("price" not in about or "staff" in about)
        and bool(place or item or _VISIT_TOPICS & set(about))
    )
    if visit and place:
        ask = f"roughly when you were at {place}"
    elif visit:
        ask = "which site it was and roughly when"
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
    first_seen = customer.first_seen if customer else None
    months = max(0, (now - first_seen).days // 30) if first_seen else 0
    since = ""
    if first_seen and months >= 2:
        since = first_seen.strftime("%B" if first_seen.year == now.year else "%B %Y")
    reasons = [r for r in URGENCY_ORDER if r in (mention.urgency_reasons or [])]
    urgency_reason = reasons[0] if reasons else ("general" if mention.urgency == "high" else "")
    if mention.urgency != "high" and urgency_reason != "churn":
        urgency_reason = ""
    name = address_name(customer, identity, not_names=[settings.brand.name, *places])
    return {
        "brand": settings.brand.name,
        "platform": platform,
        "reddit": platform == "reddit",
        "twitter": platform == "twitter",
        "name": name,
        "customer": {"preferred_name": name} if name else {},
        "stage": stage,
        "regular": stage in REGULAR_STAGES,
        "returning": stage != "new",
        "months": months,
        "since": since,
        "item": item,
        "service": service,
        "place": place,
        "about": about,
        "staff": "staff" in about,
        "visit": visit,
        "ask": ask,
        "like": like,
        "gesture_like": gesture_like,
        "tier": clean(customer.tier or "") if customer else "",
        "dm": "DM" if platform == "twitter" else "private message",
        "dm_us": "send us a DM" if platform == "twitter" else "send us a private message",
        "support_email": settings.brand.support_email,
        "urgency_reason": urgency_reason,
    }
