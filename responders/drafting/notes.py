"""Notes to the community manager on a draft (``Draft.manager_note``), never sent to anyone.

Gestures (a treat on us, a call from a manager) are suggested here and only here: a draft
never promises them. Also the language note, the question reminders and the reword request.
The wording is in ``_notes.j2``; docs/drafting.md §7 has the rules.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from config.settings import Settings
from responders.drafting.templates import TemplateSet
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
    """What the customer's earlier mentions say: any bad one yet, and how many good ones (≤3)."""

    had_bad: bool = False
    positives: int = 0


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
    """The note for the reviewer, one line per point, or None.

    Gesture (at most one): a safety report; else a regular's first bad experience (a
    complaint, or a negative mention with no other intent, from a customer at stage
    connection/relationship or with 3+ earlier positive mentions, and no earlier bad one);
    else a complaint from a loyal tier. Then: the language, question reminders (a dietary
    or allergen question gets its own), and a reword request when every candidate repeats.
    """
    identity = mention.identity
    customer = identity.customer if identity is not None else None
    notes: list[str] = []
    urgent = mention.urgency == "high"
    regular = context["regular"] or earlier.positives >= 3
    bad_experience = (
        urgent or intent == "complaint" or (mention.label == "negative" and intent == "other")
    )
    note_context = {**context, "regular": regular, "days": settings.drafting.repeat_window_days}
    if urgent and "safety" in (mention.urgency_reasons or []):
        notes.append(templates.render("_notes", "gesture_safety", note_context))
    elif customer is not None and bad_experience and regular and not earlier.had_bad:
        notes.append(templates.render("_notes", "gesture_regular", note_context))
    elif customer is not None and mention.is_complaint and is_loyal_tier(customer, settings):
        notes.append(templates.render("_notes", "gesture_loyal", note_context))
    language = language_name(mention.lang)
    if getattr(mention, "lang_supported", True) is False:
        name = language or "a language Rapport cannot read"
        notes.append(
            templates.render("_notes", "unsupported_language", {**note_context, "language": name})
        )
    elif language:
        notes.append(templates.render("_notes", "language", {**note_context, "language": language}))
    if intent == "question" and not urgent:
        notes.append(templates.render("_notes", "question", note_context))
        if "diet" in context.get("about", ()):
            notes.append(templates.render("_notes", "diet", note_context))
    if all_repeat:
        notes.append(templates.render("_notes", "repeat", note_context))
    return "\n".join(n for n in notes if n) or None
