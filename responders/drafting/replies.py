"""Planning one reply: family, slot variants, no repeat, alternatives, length, lint, note.

``plan_reply`` works on one mention without touching the database. It picks the family
(urgent reason, or intent × mood × stage), renders the variants of each slot (opener,
history, body, like, closer) in an order rotated per mention and per slot, passes over
variants drafted to the same customer within ``drafting.repeat_window_days``, and puts
together ``1 + drafting.alternatives`` candidates that differ in opener and body. Each is
fitted to the platform's length and linted. docs/drafting.md has the rules.
"""

from __future__ import annotations

import zlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from config.settings import Settings
from responders.drafting import textrules
from responders.drafting.context import mood_of, reply_context
from responders.drafting.notes import Earlier, manager_note
from responders.drafting.templates import OPTIONAL_SLOTS, SLOTS, TemplateSet, clean, load_templates
from responders.drafting.variants import Choice, clashes, pick, slot_choices
from store.models import Mention

# Slots are chosen required-first, so optional lines can avoid what the reply already says.
_PICK_ORDER = ("opener", "body", "closer", "like", "history")
_LIKE_INTENTS = ("praise", "suggestion", "other")


@dataclass
class Candidate:
    """One possible reply, with what it is made of."""

    text: str
    template_key: str
    tone: str
    lint: list[str]
    sentences: list[str] = field(default_factory=list)
    keys: list[tuple[str, str]] = field(default_factory=list)  # (sentence_key, sentence)
    repeats: bool = False

    def as_alternative(self) -> dict[str, Any]:
        """The shape stored in ``Draft.alternatives``."""
        return {
            "text": self.text,
            "template_key": self.template_key,
            "tone": self.tone,
            "lint": list(self.lint),
        }


@dataclass
class ReplyPlan:
    """The candidates for one mention (best first) and the note for the manager."""

    family: str
    tone: str
    candidates: list[Candidate]
    manager_note: str | None


def _family_intent(mention: Mention, mood: str) -> str:
    intent = "complaint" if mention.is_complaint else (mention.intent or "other")
    if intent == "praise" and mood in ("furious", "unhappy"):
        return "complaint"  # sarcastic "praise" a person labelled negative
    return intent if intent in ("complaint", "question", "praise", "suggestion") else "other"


def fit(
    parts: list[tuple[str, str]], signature: str, platform: str, settings: Settings
) -> tuple[str, str]:
    """Fit to the platform's cap: drop like, history, then the signature, then cut at a
    sentence boundary. Returns (full text, text without signature)."""
    limit = textrules.max_length(platform, settings.drafting)
    sep = "\n\n" if platform == "reddit" else "\n"

    def measure(text: str) -> int:
        return textrules.length_on(platform, text)

    def join(current: list[tuple[str, str]], sig: str) -> str:
        body = " ".join(text for _, text in current)
        return f"{body}{sep}{sig}" if sig else body

    current = list(parts)
    for drop in ("like", "history", "signature"):
        if measure(join(current, signature)) <= limit:
            break
        if drop == "signature":
            signature = ""
        else:
            current = [p for p in current if p[0] != drop]
    body = join(current, "")
    if measure(join(current, signature)) > limit:
        signature = ""
        body = textrules.truncate_to(body, limit, measure)
    return join([("", body)], signature), body


def plan_reply(
    mention: Mention,
    *,
    settings: Settings,
    now: datetime,
    used: Mapping[str, datetime] | None = None,
    earlier: Earlier | None = None,
    templates: TemplateSet | None = None,
) -> ReplyPlan:
    """Build the candidate replies for ``mention`` without touching the database.

    ``used`` maps sentence keys (and template-line keys) drafted to this customer within the
    repeat window to when they were last used; ``earlier`` summarises the customer's earlier
    mentions (for the gesture note). At least ``1 + drafting.alternatives`` distinct candidates
    where the templates allow, each with its own opener and body.
    """
    templates = templates or load_templates()
    used = used or {}
    earlier = earlier or Earlier()
    context = reply_context(mention, settings=settings, now=now, templates=templates)
    mood = mood_of(mention)
    # churn alone is not urgent, but its template (sorry, curious, no pleading) fits it best
    urgent = mention.urgency == "high" or context["urgency_reason"] == "churn"
    intent = _family_intent(mention, mood)
    stage = context["stage"]
    family = (
        templates.urgent_family(context["urgency_reason"])
        if urgent
        else templates.find_family(intent, mood, stage)
    )
    tone = "urgent" if urgent else mood
    unhappy = mood in ("furious", "unhappy")
    want = 1 + settings.drafting.alternatives
    base = f"{mention.platform}:{mention.external_id}:{mention.id}"

    slots: dict[str, list[Choice]] = {}
    for slot in SLOTS:
        source = family
        if not templates.blocks(family, slot):
            if slot == "history" and context["regular"] and not urgent:
                if intent == "complaint":
                    source = "_history_bad"
                elif not unhappy:
                    source = "_history_good"
                else:
                    continue  # an unhappy question or idea: no "always good to hear from you"
            elif slot == "like" and context["like"] and not (urgent or unhappy):
                if intent not in _LIKE_INTENTS:
                    continue
                source = "_likes"
            else:
                continue
        seed = zlib.crc32(f"{base}:{slot}".encode())
        choices = slot_choices(
            templates, source, slot, context, used, seed=seed, optional=slot in OPTIONAL_SLOTS
        )
        if choices:
            slots[slot] = choices

    signature = clean(settings.drafting.signature or "")
    acronyms = [*settings.brand.name.split(), *signature.split()]
    repeat_note = textrules.REPEAT_FINDING.format(days=settings.drafting.repeat_window_days)
    like = (context["like"] or "").casefold()
    taken: dict[str, set[str]] = {slot: set() for slot in slots}
    leads: dict[str, set[str]] = {slot: set() for slot in slots}
    candidates: list[Candidate] = []
    seen: set[str] = set()
    for index in range(want):
        picked: list[Choice] = []
        new_part = False  # a required slot still has a variant no earlier candidate used
        for slot in _PICK_ORDER:
            choices = slots.get(slot)
            if not choices:
                continue
            optional = slot in OPTIONAL_SLOTS
            pool = [c for c in choices if c.block not in taken[slot]]
            if optional:
                if slot == "like" and any(like in c.text.casefold() for c in picked):
                    continue  # the reply already names it
                if slot == "history" and any(c.slot == "like" for c in picked):
                    continue  # one personal touch is enough: their like says more
                pool = [c for c in pool if not clashes(c, picked)]
                if not pool:
                    continue
            elif pool:
                new_part = True
            else:
                pool = choices  # every variant used by an earlier candidate: reuse one
            choice = pick(pool, picked, leads[slot])
            picked.append(choice)
            taken[slot].add(choice.block)
            leads[slot].add((choice.words[:1] or [""])[0])
        if index and not new_part:
            break
        picked.sort(key=lambda c: SLOTS.index(c.slot))
        text, body = fit(
            [(c.slot, c.text) for c in picked], signature, context["platform"], settings
        )
        if text in seen or not body:
            continue
        seen.add(text)
        sentences = textrules.split_sentences(body)
        kept = {textrules.sentence_key(s) for s in sentences}
        keys: list[tuple[str, str]] = []
        blocks: list[str] = []
        repeats = False
        for choice in picked:  # what survived fitting: its template line and its sentences
            survived = [(k, s) for k, s in choice.keys[1:] if k in kept]
            if survived:
                keys += [choice.keys[0], *survived]
                blocks.append(choice.block)
                repeats = repeats or choice.stale
        findings = textrules.lint(text, acronyms=acronyms)
        if repeats:
            findings.append(repeat_note)
        key = f"{family}@{stage}:" + "+".join(blocks)
        candidates.append(Candidate(text, key[:120], tone, findings, sentences, keys, repeats))
    note = manager_note(
        mention,
        context,
        templates,
        earlier=earlier,
        settings=settings,
        intent=intent,
        all_repeat=bool(candidates) and all(c.repeats for c in candidates),
    )
    return ReplyPlan(family, tone, candidates, note)
