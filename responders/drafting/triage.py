"""Which stored mentions deserve a reply, and where a draft sits in the review queue.

``triage`` reads what the ingest pipeline stored on the mention (spam, relevance, own post,
repost, label, intent, urgency) and the author's profile, and says reply or skip with a short
reason code. ``priority`` turns urgency, the weight of a complaint, loyalty and reach into one
integer so the queue can sort by ``(status, priority desc, id)``. docs/drafting.md has the rules.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache

from config.settings import Settings
from listener.scoring.urgency import is_impersonator_request
from listener.sources.base import READ_ONLY_PLATFORMS
from responders.drafting.reading import reply_intent
from responders.drafting.templates import language_of, languages, load_templates
from store.models import Customer, Identity, Mention

# Most serious first: the urgent template and the priority follow this order. churn is "high
# value, not urgent": it picks the churn reply and a manager note, never the urgent rank.
URGENCY_ORDER = ("safety", "payment", "security", "legal", "churn")
# Replies that apologise and say what we will do; when the mention also names a lawyer or a
# claim, the legal reply (thanks, no admission, who will be in touch) is the public one and
# these classes' follow-ups go in the manager note. Priority still ranks the gravest class.
ANSWERS_YIELD_TO_LEGAL = ("safety", "payment")
# Reason names stored before the rename (issue 9); read as their new names.
OLD_URGENCY_NAMES = {"fraud": "payment", "account_hacked": "security", "churn_threat": "churn"}

# Reason codes stored in Mention.triage_reason and counted in the drafting report.
SKIP_REASONS = {
    "own_post": "posted by one of our own accounts",
    "spam": "marked as spam",
    "impersonation": "asks for card details in our name: report the account, do not reply",
    "do_not_contact": "the customer asked not to be contacted",
    "deleted_customer": "the customer's profile was deleted",
    "bot": "the author is a bot",
    "repost": "a plain repost (retweet)",
    "not_relevant": "uses our word but is not about us",
    "read_only": "on a platform Rapport cannot answer on (Hacker News, a feed): reply on the site",
    "praise_off": "praise, and drafting.reply_to_praise is off",
    "other_off": "no clear intent, and drafting.reply_to_other is off",
}


def urgency_classes(mention: Mention) -> tuple[str, ...]:
    """The mention's urgency classes under their current names, gravest first."""
    stored = [OLD_URGENCY_NAMES.get(r, r) for r in (mention.urgency_reasons or [])]
    return tuple(r for r in URGENCY_ORDER if r in stored)


def urgent_class(mention: Mention) -> str:
    """The class that picks the reply: the gravest urgent one ("general" when urgency is high
    with no class; security over payment; "legal" over safety and payment, see
    ``ANSWERS_YIELD_TO_LEGAL``), else
    "churn" for a churn mention, else ""."""
    classes = urgency_classes(mention)
    grave = [c for c in classes if c != "churn"]
    if mention.urgency == "high":
        if grave and grave[0] == "payment" and "security" in grave:
            # money taken or asked for by a stranger (a text wanting a "redelivery fee" at a
            # look-alike address, an account someone got into and spent from): the reply is
            # the security one; every labelled post that read as both was a security report
            return "security"
        if "legal" in grave and grave[0] in ANSWERS_YIELD_TO_LEGAL:
            return "legal"  # a lawyer is involved: the public reply admits nothing
        return grave[0] if grave else ("churn" if classes else "general")
    return "churn" if "churn" in classes else ""


def has_templates(mention: Mention) -> bool:
    """True when there are reply templates in the mention's language (English always)."""
    lang = language_of(mention)
    return lang == "en" or lang in _template_languages()


@lru_cache(maxsize=1)
def _template_languages() -> frozenset[str]:
    return frozenset(languages(load_templates()))


@dataclass(frozen=True, slots=True)
class TriageDecision:
    """``reply`` says whether to draft; ``reason`` is a short code (see ``SKIP_REASONS``)."""

    reply: bool
    reason: str


def _is_own_handle(mention: Mention, identity: Identity | None, settings: Settings) -> bool:
    if identity is None:
        return False
    own = settings.brand.handles.get(mention.platform, [])
    handle = (identity.handle or "").lstrip("@").removeprefix("u/").casefold()
    return any(handle == h.lstrip("@").removeprefix("u/").casefold() for h in own)


def triage(mention: Mention, *, settings: Settings) -> TriageDecision:
    """Decide whether ``mention`` gets a draft.

    Never: our own posts, spam, an impersonator's post asking for card details in our name,
    customers marked do-not-contact or deleted, bots, plain reposts, posts not about the
    brand, posts on a read-only platform. Then urgent mentions
    always get a reply (whatever the intent), then a language Rapport cannot score (for a
    person to read), then complaints, questions and suggestions; praise when
    ``drafting.reply_to_praise`` (default on), ``other`` when ``drafting.reply_to_other``
    (default off).
    """
    identity = mention.identity
    customer = identity.customer if identity is not None else None
    if mention.is_own or (identity is not None and identity.is_own):
        return TriageDecision(False, "own_post")
    if _is_own_handle(mention, identity, settings):
        return TriageDecision(False, "own_post")
    if mention.is_spam:
        return TriageDecision(False, "spam")
    if "security" in urgency_classes(mention) and is_impersonator_request(mention.text or ""):
        return TriageDecision(False, "impersonation")  # the security alert still goes out
    if customer is not None and customer.do_not_contact:
        return TriageDecision(False, "do_not_contact")
    if customer is not None and customer.deleted_at is not None:
        return TriageDecision(False, "deleted_customer")
    if identity is not None and identity.is_bot:
        return TriageDecision(False, "bot")
    if mention.is_repost:
        return TriageDecision(False, "repost")
    if not mention.is_relevant:
        return TriageDecision(False, "not_relevant")
    if mention.platform in READ_ONLY_PLATFORMS:
        return TriageDecision(False, "read_only")  # alerts still see it; the inbox lists it
    urgent = urgent_class(mention)
    if urgent and urgent != "churn":
        return TriageDecision(True, "urgent:" + urgent)
    if urgent == "churn":
        return TriageDecision(True, "churn")
    if getattr(mention, "lang_supported", True) is False or not has_templates(mention):
        # Rapport cannot read this language, or cannot answer in it: its intent and mood are
        # guesses and no draft can be written, so a person decides (the draft carries a note
        # saying so), whatever the intent settings say.
        return TriageDecision(True, "unsupported_language")
    intent = reply_intent(mention)
    if intent == "praise" and not settings.drafting.reply_to_praise:
        return TriageDecision(False, "praise_off")
    if intent == "other" and not settings.drafting.reply_to_other:
        return TriageDecision(False, "other_off")
    return TriageDecision(True, intent)


# Priority = U·10^8 + C·10^5 + L·10^4 + R, each part bounded so a higher part always wins
# and the sum stays below 2^31 (PostgreSQL integer).
_URGENT_UNIT = 100_000_000
_COMPLAINT_UNIT = 100_000
_LOYAL_UNIT = 10_000


def is_loyal(customer: Customer | None, *, settings: Settings) -> int:
    """0–2: a point for a tier in ``drafting.loyal_tiers``, a point for stage relationship."""
    if customer is None:
        return 0
    tiers = {t.casefold() for t in settings.drafting.loyal_tiers}
    return int((customer.tier or "").strip().casefold() in tiers) + int(
        customer.stage == "relationship"
    )


def priority(
    mention: Mention,
    customer: Customer | None,
    identity: Identity | None,
    *,
    settings: Settings,
) -> int:
    """Queue rank, higher first: urgent > negative complaint > loyal customer > reach.

    ``U`` = 10 + rank of the gravest urgency class (safety 5 … churn 1; general 0) when
    urgency is high, else 0 (churn alone is high value, not urgent). ``C`` = 1 +
    round(100·max(0, −compound)) for a complaint labelled negative (or with a negative
    compound), else 0: the angrier, the earlier. ``L`` = ``is_loyal`` (0–2). ``R`` =
    round(1000·log10(followers)) capped at 9,999 when followers ≥
    ``drafting.min_reach_followers``, else 0.
    """
    urgent = 0
    if mention.urgency == "high" and urgent_class(mention) != "churn":
        ranks = [len(URGENCY_ORDER) - URGENCY_ORDER.index(r) for r in urgency_classes(mention)]
        urgent = 10 + max(ranks, default=0)
    compound = max(-1.0, min(1.0, float(mention.compound or 0.0)))
    complaint = 0
    negative = mention.label == "negative" or compound < 0
    if negative and reply_intent(mention) == "complaint":  # the family the draft answers
        complaint = 1 + round(100 * max(0.0, -compound))
    loyal = is_loyal(customer, settings=settings)
    reach = 0
    followers = identity.followers if identity is not None else None
    if followers and followers >= max(1, settings.drafting.min_reach_followers):
        reach = min(9_999, round(1000 * math.log10(followers)))
    return urgent * _URGENT_UNIT + complaint * _COMPLAINT_UNIT + loyal * _LOYAL_UNIT + reach
