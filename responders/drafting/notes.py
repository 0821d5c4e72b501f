"""Notes to the community manager on a draft (``Draft.manager_note``), never sent to anyone.

Gestures (a treat on us, a call from a manager) are suggested here and only here: a draft
never promises them. Notes are plain words about a person ("Sam is a gold regular and this
is their first bad experience with us: consider a gesture, offered privately"), written only
when warranted. Also the note for a mention in a language without templates, and the reword
request. The wording is in ``_notes.j2``; docs/drafting.md §7 has the rules.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from config.settings import Settings
from responders.drafting.templates import TemplateSet
from responders.drafting.triage import ANSWERS_YIELD_TO_LEGAL, urgency_classes
from store.models import Customer, Mention

LANGUAGES = {
    "ar": "Arabic", "ca": "Catalan", "cs": "Czech", "cy": "Welsh", "da": "Danish",
    "de": "German", "el": "Greek", "es": "Spanish", "fi": "Finnish", "fr": "French",
    "ga": "Irish", "he": "Hebrew", "hi": "Hindi", "hu": "Hungarian", "id": "Indonesian",
    "it": "Italian", "ja": "Japanese", "ko": "Korean", "nb": "Norwegian", "nl": "Dutch",
    "no": "Norwegian", "pl": "Polish", "pt": "Portuguese", "ro": "Romanian", "ru": "Russian",
    "sv": "Swedish", "th": "Thai", "tr": "Turkish", "uk": "Ukrainian", "vi": "Vietnamese",
    "zh": "Chinese",
}  # fmt: skip
NO_LANGUAGE = {"und", "zxx", "qme", "qht", "qam", "qct", "qst", "art"}


@dataclass(frozen=True)
class Earlier:
    """What the customer's earlier mentions say: any bad one yet, how many good ones (≤3),
    and how many earlier interactions of any kind (mentions of us before this one)."""

    had_bad: bool = False
    positives: int = 0
    count: int = 0


def language_name(lang: str | None) -> str:
    """ "German" for ``de``; "" for English, undetermined or X's special codes."""
    code = (lang or "").strip().lower().replace("_", "-")
    base = code.split("-")[0]
    if not base or base == "en" or base in NO_LANGUAGE:
        return ""
    return LANGUAGES.get(base) or re.sub(r"[^a-z0-9\-]", "", code)[:16]


def is_loyal_tier(customer: Customer, settings: Settings) -> bool:
    """The customer's tier is one of ``drafting.loyal_tiers`` (case-insensitive)."""
    tiers = {t.casefold() for t in settings.drafting.loyal_tiers}
    return (customer.tier or "").strip().casefold() in tiers


def _who(context: Mapping[str, Any]) -> str:
    return context.get("name") or "This customer"


def human_note(
    mention: Mention, templates: TemplateSet, *, lang: str, urgency: str, intent: str
) -> str:
    """The note on a mention no template can answer (its language): a person writes it."""
    language = language_name(lang) or (lang if lang not in ("und", "") else "an unknown language")
    context = {
        "language": language,
        "urgent": bool(urgency) and urgency != "churn",
        "urgency": urgency,
        "intent": intent,
    }
    return templates.render("_notes", "human_language", context)


def manager_note(
    mention: Mention,
    context: Mapping[str, Any],
    templates: TemplateSet,
    *,
    earlier: Earlier,
    settings: Settings,
    intent: str,
    all_repeat: bool,
) -> str | None:
    """The note for the reviewer in plain words, one line per point, or None.

    Only when warranted: an urgent class (what the playbook wants from the team: who calls,
    who decides money, no admission), a churn mention (a personal word from the person who
    decides), a regular's first bad experience (a complaint, or a negative mention with no
    other intent, from someone with 3+ earlier interactions or at stage
    connection/relationship, and no earlier bad one), or a complaint from a loyal tier.
    Never a gesture on questions or suggestions. Then a reword request when every candidate
    repeats what the customer was sent.
    """
    identity = mention.identity
    customer = identity.customer if identity is not None else None
    notes: list[str] = []
    urgency = context.get("urgency_reason") or ""
    regular = (
        bool(context.get("familiar"))
        or context.get("stage") in ("connection", "relationship")
        or earlier.positives >= 3
    )
    tier = (customer.tier or "").strip() if customer is not None else ""
    loyal = customer is not None and is_loyal_tier(customer, settings)
    note_context = {
        **context,
        "who": _who(context),
        "regular": regular,
        "tier": tier if loyal else "",
        "money": context.get("money") or "the manager",
        "days": settings.drafting.repeat_window_days,
    }
    bad_experience = intent == "complaint" or (mention.label == "negative" and intent == "other")
    if urgency in ("safety", "payment", "security", "legal", "churn"):
        block = f"urgent_{urgency}"
        if urgency == "security" and context.get("security_access"):
            block = "urgent_security_access"  # our own failure, not an impersonator
        elif urgency == "safety" and context.get("safety_crisis"):
            block = "urgent_safety_crisis"  # a person at risk, not an injury
        notes.append(templates.render("_notes", block, note_context))
        if urgency == "legal":  # the follow-ups of the replies the legal one replaced
            for other in urgency_classes(mention):
                if other in ANSWERS_YIELD_TO_LEGAL:
                    notes.append(templates.render("_notes", f"urgent_{other}", note_context))
    elif intent in ("question", "suggestion"):
        pass  # never a gesture on a question or an idea
    elif customer is not None and bad_experience and regular and not earlier.had_bad:
        notes.append(templates.render("_notes", "gesture_regular", note_context))
    elif (
        customer is not None
        and bad_experience
        and loyal
        and context.get("mood")
        in (
            "furious",
            "unhappy",
        )
    ):
        notes.append(templates.render("_notes", "gesture_loyal", note_context))
    if all_repeat:
        notes.append(templates.render("_notes", "repeat", note_context))
    return "\n".join(n for n in notes if n) or None
