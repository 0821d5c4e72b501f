"""Planning one reply: language, family, slot variants, no repeat, tone, length, lint, note.

``plan_reply`` works on one mention without touching the database. It picks the template
set for the mention's language (none: a note for a human instead of an English draft), the
family (urgent class, churn, or intent × mood × stage), renders the variants of each slot
(opener, history, body, like, closer) in an order rotated per mention and per slot, passes
over variants sent to the same customer within ``drafting.repeat_window_days`` and, after
them, lines already drafted that day to anyone (``avoid``), and puts together
``1 + drafting.alternatives`` candidates that differ in opener and body. Tone rules then
shape each candidate (furious: two sentences; hurried: the answer alone; dislikes honoured),
and each is fitted to the platform's length and linted. docs/drafting.md has the rules.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from config.settings import Settings
from listener.scoring.urgency import safety_kind, security_kind
from responders.brandbook import BrandBook
from responders.drafting import textrules
from responders.drafting.bookcontext import playbook_lines
from responders.drafting.checks import book_findings
from responders.drafting.context import reply_context
from responders.drafting.notes import Earlier, human_note, manager_note
from responders.drafting.reading import reply_intent, reply_mood
from responders.drafting.templates import (
    OPTIONAL_SLOTS,
    SLOTS,
    TemplateSet,
    clean,
    language_of,
    load_templates,
    templates_for,
)
from responders.drafting.tone import shape
from responders.drafting.triage import urgent_class
from responders.drafting.variants import Choice, clashes, pick, slot_choices
from store.models import Mention

# Slots are chosen body-first (it carries the topic and the answer), then the other required
# slots, so openers and optional lines can avoid what the reply already says.
_PICK_ORDER = ("body", "opener", "closer", "like", "history")
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
    human_only: bool = False  # no template in the mention's language: a person writes it


def _own(text: str, book: BrandBook | None) -> str:
    """``text`` without the sentences stated from the book (its facts are not our promises)."""
    from responders.drafting.checks import is_book_fact

    return " ".join(s for s in textrules.split_sentences(text) if not is_book_fact(s, book))


def fit(
    parts: list[tuple[str, str]], signature: str, platform: str, settings: Settings
) -> tuple[str, str]:
    """Fit to the platform's cap: drop like, history, the signature, then the closer and the
    opener, and only then cut at a sentence boundary. Returns (full text, text without
    signature).

    The body carries the answer or the fix; pleasantries go before any of it, or a long
    answer would be cut away and leave a draft that is a greeting alone ("Hello Lucy.").
    """
    limit = textrules.max_length(platform, settings.drafting)
    sep = "\n\n" if platform == "reddit" else "\n"

    def measure(text: str) -> int:
        return textrules.length_on(platform, text)

    def join(current: list[tuple[str, str]], sig: str) -> str:
        body = " ".join(text for _, text in current)
        return f"{body}{sep}{sig}" if sig else body

    current = list(parts)
    for drop in ("like", "history", "signature", "closer", "opener"):
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


GENERAL_ONCE = frozenset({"what went wrong", "your question", "your idea", "your message"})
"""The general topics said once (``named_once``); not "the team" (staff praise, where "it"
would stand for people) nor "the kind words" (a plural)."""


def named_once(parts: list[tuple[str, str]], topic: str) -> list[tuple[str, str]]:
    """``parts`` with a general topic ("what went wrong", "your question") named once: the
    later lines say "it" ("Sorry about what went wrong. We'll get to the bottom of it.").

    Why: every body line of a complaint names the topic, and so do half the openers; with a
    specific topic the variant picker avoids the echo (``variants.clashes``), but with the
    general one there is often no line left that does not name it, and "Sorry about what
    went wrong. We'll get to the bottom of what went wrong." reads as a machine's.
    """
    if not topic:
        return parts
    named = re.compile(rf"(?<![\w'’]){re.escape(topic)}(?![\w'’])")
    out: list[tuple[str, str]] = []
    seen = False
    for slot, text in parts:
        if seen and named.search(text):
            text = named.sub("it", text)
        seen = seen or named.search(text) is not None
        out.append((slot, text))
    return out


def plan_reply(
    mention: Mention,
    *,
    settings: Settings,
    now: datetime,
    used: Mapping[str, datetime] | None = None,
    earlier: Earlier | None = None,
    templates: TemplateSet | None = None,
    book: BrandBook | None = None,
    avoid: Mapping[str, datetime] | None = None,
    conversation: Sequence[Mapping[str, Any]] = (),
) -> ReplyPlan:
    """Build the candidate replies for ``mention`` without touching the database.

    ``used`` maps sentence keys (and template-line keys) approved or sent to this customer
    within the repeat window to when they were last used; ``avoid`` the keys already drafted
    to anyone that day (tried after fresh lines, before repeats); ``earlier`` summarises the
    customer's earlier mentions (familiarity, gesture note); ``book`` is the brand book in
    force (topic, answers, playbooks). At least ``1 + drafting.alternatives`` distinct
    candidates where the templates allow, each with its own opener and body. A mention in a
    language without templates gets no candidate and a note for a human (``human_only``).
    ``conversation`` lists the earlier messages of the mention's conversation, both sides,
    oldest first (the templates see it as ``conversation``: dicts with ``side`` "them"/"us",
    ``text``, ``at``).
    """
    base_templates = templates or load_templates()
    lang = language_of(mention)
    intent = reply_intent(mention)  # the classifier's signals reconciled (reading.py)
    mood = reply_mood(mention, intent)
    urgency = urgent_class(mention)
    supported = getattr(mention, "lang_supported", True) is not False
    local = templates_for(base_templates, lang, supported=supported)
    if local is None:
        note = human_note(mention, base_templates, lang=lang, urgency=urgency, intent=intent)
        return ReplyPlan("human", "human", [], note, human_only=True)
    templates = local
    used = {**(avoid or {}), **(used or {})}
    stale_for_customer = set(used) - set(avoid or {}) if avoid else set(used)
    earlier = earlier or Earlier()
    context = reply_context(
        mention,
        settings=settings,
        now=now,
        templates=templates,
        book=book,
        earlier=earlier,
        intent=intent,
        lang=lang,
    )
    context["conversation"] = [dict(message) for message in conversation]
    urgent = bool(urgency) and urgency != "churn"
    stage = context["stage"]
    # the wrong person let in or let see: "we never ask for card numbers" would be wrong
    # (the manager note reads the same flag from the context)
    context["security_access"] = (
        urgency == "security" and security_kind(mention.text or "") == "access"
    )
    # someone in crisis is answered as a person, with where to find help now
    context["safety_crisis"] = urgency == "safety" and safety_kind(mention.text or "") == "crisis"
    if context["security_access"]:
        family = templates.urgent_family("security_access")
    elif context["safety_crisis"]:
        family = templates.urgent_family("safety_crisis")
        context["playbook"] = playbook_lines(book, "crisis", mention.created_at or now)
    elif urgency:
        family = templates.urgent_family(urgency)
    else:
        family = templates.find_family(intent, mood, stage)
    tone = "urgent" if urgent else ("warm" if urgency == "churn" else mood)
    if context["hurried"] and intent == "question" and not urgency:
        tone = "hurried"
    unhappy = mood in ("furious", "unhappy")
    want = 1 + settings.drafting.alternatives
    base = f"{mention.platform}:{mention.external_id}:{mention.id}"

    slots: dict[str, list[Choice]] = {}
    for slot in SLOTS:
        source = family
        if not templates.blocks(family, slot):
            if slot == "history" and context["familiar"] and not urgency:
                if intent == "complaint":
                    source = "_history_bad"
                elif not unhappy:
                    source = "_history_good"
                else:
                    continue  # an unhappy question or idea: no "always good to hear from you"
            elif slot == "like" and context["like"] and not (urgency or unhappy):
                if context["no_upsell"]:
                    continue
                if intent not in _LIKE_INTENTS:
                    continue
                source = "_likes"
            else:
                continue
        if source.startswith("_") and not (templates.directory / f"{source}.j2").exists():
            continue  # this language has no such optional lines
        seed = zlib.crc32(f"{base}:{slot}".encode())
        choices = slot_choices(
            templates,
            source,
            slot,
            context,
            used,
            seed=seed,
            optional=slot in OPTIONAL_SLOTS or slot == "closer",
        )
        if choices:
            slots[slot] = choices

    customer = mention.identity.customer if mention.identity is not None else None
    dislikes = [d for d in (customer.dislikes or []) if isinstance(d, str)] if customer else []
    tier = (customer.tier or "") if customer is not None else ""
    notes = (customer.notes or "") if customer is not None else ""
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
        parts = shape([(c.slot, c.text) for c in picked], context=context, tone=tone, mood=mood)
        if context.get("topic_source") == "generic" and context.get("topic") in GENERAL_ONCE:
            parts = named_once(parts, str(context.get("topic") or ""))
        text, body = fit(parts, signature, context["platform"], settings)
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
                stale = choice.keys[0][0] in stale_for_customer or any(
                    k in stale_for_customer for k, _ in survived
                )
                repeats = repeats or (choice.stale and stale)
        findings = textrules.lint(_own(text, book), acronyms=acronyms, platform=context["platform"])
        findings += book_findings(
            text,
            book,
            dislikes=dislikes,
            earlier_interactions=earlier.count,
            tier=tier,
            notes=notes,
        )
        if repeats:
            findings.append(repeat_note)
        prefix = "" if lang == "en" else f"{lang}:"
        key = f"{prefix}{family}@{stage}:" + "+".join(blocks)
        candidates.append(Candidate(text, key[:120], tone, findings, sentences, keys, repeats))
    note = manager_note(
        mention,
        context,
        base_templates,
        earlier=earlier,
        settings=settings,
        intent=intent,
        all_repeat=bool(candidates) and all(c.repeats for c in candidates),
    )
    return ReplyPlan(family, tone, candidates, note)
