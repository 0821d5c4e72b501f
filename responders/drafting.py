"""Drafts from templates + profile + mood, and the job that drafts every new mention.

A reply is put together from sentence slots (opener, history, body, like, closer), each a set
of Jinja2 blocks in ``config/templates/replies/<intent>/<mood>.j2`` (the README there explains
the layout). For each slot the variants are tried in an order that rotates per mention; a
variant whose sentences (or whose template line) were drafted to the same customer within
``drafting.repeat_window_days`` is passed over. The first candidate becomes ``Draft.text``, the
next ``drafting.alternatives`` go to ``Draft.alternatives``. Every candidate is fitted to the
platform's length and linted. docs/drafting.md has the rules and the reasons.
"""

from __future__ import annotations

import hashlib
import logging
import re
import tomllib
import unicodedata
import zlib
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined, Template
from sqlalchemy import and_, func, insert, or_, select
from sqlalchemy.orm import Session, selectinload

from config.settings import Settings
from responders import textrules
from responders.triage import URGENCY_ORDER, priority, triage
from store.models import Customer, Draft, Identity, Mention, SentenceUse

log = logging.getLogger(__name__)

TEMPLATES_DIR = Path(__file__).resolve().parent.parent / "config" / "templates" / "replies"
SLOTS = ("opener", "history", "body", "like", "closer")
OPTIONAL_SLOTS = ("history", "like")  # left out rather than repeated; dropped first for length
REGULAR_STAGES = ("connection", "relationship")
MOODS = ("furious", "unhappy", "neutral", "warm", "delighted")
# Where to look when a family has no file for a mood: the nearest milder mood first.
MOOD_FALLBACK = {
    "furious": ("furious", "unhappy", "neutral"),
    "unhappy": ("unhappy", "neutral"),
    "neutral": ("neutral",),
    "warm": ("warm", "neutral"),
    "delighted": ("delighted", "warm", "neutral"),
}
MAX_TEXT_SCAN = 5000  # characters of a mention searched for items and likes
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
_TITLES = {"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame", "rev"}
_NAME_RE = re.compile(r"[^\W\d_][^\W_]*(?:[ '’.\-][^\W\d_][^\W_]*)*\.?")
_HANDLE_RE = re.compile(r"[A-Za-z][A-Za-z0-9_\-]{1,19}")
_SAFE_PHRASE_RE = re.compile(r"[\w][\w '’&\-]{0,39}")
_CONTROL_RE = re.compile(
    r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]"
)
_STOPWORDS = {"the", "and", "with", "for", "our", "your", "their", "any", "all", "just"}


# --- templates -----------------------------------------------------------------------------


def _prefixed(value: Any, prefix: str) -> str:
    return f"{prefix}{value}" if value else ""


def _upfirst(value: Any) -> str:
    text = str(value or "")
    return text[:1].upper() + text[1:]


def _indefinite(value: Any) -> str:
    text = str(value or "")
    return ("an " if text[:1].lower() in "aeiou" else "a ") + text if text else ""


@dataclass(frozen=True)
class Vocabulary:
    """Item groups and hint words from ``vocabulary.toml`` (see that file)."""

    items: Mapping[str, tuple[str, ...]]
    hints: Mapping[str, tuple[str, ...]]

    def groups_of(self, terms: Iterable[str]) -> set[str]:
        found = {t.casefold() for t in terms}
        groups = {*self.items, *self.hints}
        members = {
            g: {t.casefold() for t in (*self.items.get(g, ()), *self.hints.get(g, ()))}
            for g in groups
        }
        return {g for g in groups if found & members[g]}


class TemplateSet:
    """The reply templates of one directory: families, their slot variants, the notes."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        # Plain text for platforms, never HTML: the review UI escapes when it shows a draft.
        self.env = Environment(
            loader=FileSystemLoader(str(directory)),
            undefined=StrictUndefined,
            autoescape=False,  # noqa: S701
            keep_trailing_newline=False,
        )
        self.env.filters.update(prefixed=_prefixed, upfirst=_upfirst, indefinite=_indefinite)
        self.families = sorted(
            path.relative_to(directory).with_suffix("").as_posix()
            for path in directory.glob("*/*.j2")
            if not path.name.startswith("_")
        )
        self._templates: dict[str, Template] = {}
        self._blocks: dict[tuple[str, str], list[str]] = {}
        vocab_path = directory / "vocabulary.toml"
        data = tomllib.loads(vocab_path.read_text("utf-8")) if vocab_path.exists() else {}
        self.vocabulary = Vocabulary(
            items={g: tuple(v) for g, v in data.get("items", {}).items()},
            hints={g: tuple(v) for g, v in data.get("hints", {}).items()},
        )

    def template(self, name: str) -> Template:
        if name not in self._templates:
            self._templates[name] = self.env.get_template(name + ".j2")
        return self._templates[name]

    def blocks(self, name: str, slot: str) -> list[str]:
        """Block names of ``slot`` in template ``name`` in numeric order: body_1, body_2…"""
        if (name, slot) not in self._blocks:
            found = []
            for block in self.template(name).blocks:
                base, _, number = block.rpartition("_")
                if base == slot and number.isdigit():
                    found.append((int(number), block))
            self._blocks[name, slot] = [block for _, block in sorted(found)]
        return self._blocks[name, slot]

    def render(self, name: str, block: str, context: Mapping[str, Any]) -> str:
        """Render one block of template ``name`` as plain text (NFC, single spaces)."""
        template = self.template(name)
        text = "".join(template.blocks[block](template.new_context(dict(context))))
        return _clean(text)

    def find_family(self, intent: str, mood: str, stage: str) -> str:
        """The most specific family file: ``intent/mood.stage``, ``intent/mood``, milder moods."""
        tried = []
        for each in MOOD_FALLBACK.get(mood, ("neutral",)):
            tried += [f"{intent}/{each}.{stage}", f"{intent}/{each}"]
        tried += [f"{intent}/neutral", f"{intent}/warm", "other/neutral"]
        for name in tried:
            if name in self.families:
                return name
        raise LookupError(f"no reply template for {intent}/{mood} in {self.directory}")


@lru_cache(maxsize=8)
def load_templates(directory: str | None = None) -> TemplateSet:
    """Load (once per directory) the reply templates; default ``config/templates/replies``."""
    return TemplateSet(Path(directory) if directory else TEMPLATES_DIR)


# --- the pieces of a reply ------------------------------------------------------------------


def _clean(text: str) -> str:
    """NFC, no control or bidi characters, single spaces."""
    text = _CONTROL_RE.sub("", unicodedata.normalize("NFC", text))
    return re.sub(r"\s+", " ", text).strip()


def mood_of(mention: Mention) -> str:
    """furious / unhappy / neutral / warm / delighted from the (human-corrected) label and score.

    The label decides the side, the VADER compound the strength: negative at or below −0.6 is
    furious, positive at or above 0.6 delighted. Urgent mentions are at least unhappy.
    """
    compound = float(mention.compound or 0.0)
    if mention.label == "negative":
        return "furious" if compound <= -0.6 else "unhappy"
    if mention.urgency == "high":
        return "unhappy"
    if mention.label == "positive":
        return "delighted" if compound >= 0.6 else "warm"
    return "neutral"


def address_name(customer: Customer | None, identity: Identity | None, platform: str) -> str:
    """What to call them: preferred name, else the first word of their name, else the handle
    (``u/handle`` on Reddit), else nothing. Anything that does not look like a name is skipped,
    so a reply never says "Hi None" or echoes markup."""
    if customer is not None:
        for raw in (customer.preferred_name, _first_name(customer.name)):
            name = _clean(raw or "")
            if (
                name
                and len(name) <= 40
                and _NAME_RE.fullmatch(name)
                and name.casefold() not in {"none", "null", "undefined", "nan", "n/a"}
            ):
                return name
    handle = (identity.handle if identity is not None else "") or ""
    handle = handle.strip().lstrip("@").removeprefix("u/")
    if _HANDLE_RE.fullmatch(handle) and not re.search(r"\d{4,}", handle):
        return f"u/{handle}" if platform == "reddit" else handle
    return ""


def _first_name(name: str | None) -> str:
    words = [w for w in (name or "").split() if w.strip(".").casefold() not in _TITLES]
    return words[0].rstrip(",") if words else ""


def _terms_regex(terms: Iterable[str]) -> re.Pattern[str] | None:
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


@dataclass(frozen=True)
class Earlier:
    """What the customer's earlier mentions say: any bad one yet, and how many good ones (≤3)."""

    had_bad: bool = False
    positives: int = 0


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


@dataclass
class _Choice:
    source: str
    block: str
    slot: str
    text: str
    keys: list[tuple[str, str]]


@lru_cache(maxsize=4096)
def variant_key(source: str, block: str) -> str:
    """Key of a template line itself, so "Glad the X hit the spot" is not reused with a new X."""
    return hashlib.sha256(f"template:{source}#{block}".encode()).hexdigest()


def _choices(
    templates: TemplateSet,
    source: str,
    slot: str,
    context: Mapping[str, Any],
    used: Mapping[str, datetime],
    *,
    want: int,
    seed: int,
    optional: bool,
) -> tuple[list[_Choice], set[int]]:
    """Variants of one slot: fresh ones first (rotated by ``seed``), then, for a required slot,
    the repeating ones least recently used first. Returns the list and the stale indices."""
    blocks = templates.blocks(source, slot)

    def make(block: str) -> _Choice | None:
        text = templates.render(source, block, context)
        if not text:
            return None  # the variant does not apply to this mention
        keys = [(variant_key(source, block), f"[template {source}#{block}]")]
        keys += [(textrules.sentence_key(s), s) for s in textrules.split_sentences(text)]
        return _Choice(source, block, slot, text, keys)

    def last_used(choice: _Choice) -> datetime | None:
        return max((used[k] for k, _ in choice.keys if k in used), default=None)

    fresh: list[_Choice] = []
    passed_over: list[str] = []
    for offset in range(len(blocks)):
        block = blocks[(seed + offset) % len(blocks)]
        if variant_key(source, block) in used:  # known stale without rendering it
            passed_over.append(block)
            continue
        choice = make(block)
        if choice is None:
            continue
        if last_used(choice) is None:
            fresh.append(choice)
            if len(fresh) >= want:
                return fresh, set()
        else:
            passed_over.append(block)
    if optional:
        return fresh, set()
    stale: list[tuple[datetime, _Choice]] = []
    for block in passed_over:
        choice = make(block)
        if choice is not None:
            stale.append((last_used(choice) or datetime.min.replace(tzinfo=UTC), choice))
    ordered = fresh + [c for _, c in sorted(stale, key=lambda pair: pair[0])]
    return ordered, set(range(len(fresh), len(ordered)))


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

    products = _setting_list(settings.brand, "products")
    item_terms = [*products, *(t for group in vocab.items.values() for t in group)]
    item_re = _terms_regex(item_terms)
    found = [m.group(1) for m in item_re.finditer(scan)] if item_re else []
    canonical = {t.casefold(): t for t in item_terms}
    items = [canonical.get(t.casefold(), t) for t in found]
    item = next((i for i in items if not (_words(i) & disliked)), "")
    if item and not _SAFE_PHRASE_RE.fullmatch(item):
        item = ""
    places = _setting_list(settings.brand, "places")
    place_re = _terms_regex(places)
    place_match = place_re.search(scan) if place_re else None
    place = ""
    if place_match:
        place = {p.casefold(): p for p in places}[place_match.group(1).casefold()]

    hint_re = _terms_regex(t for group in vocab.hints.values() for t in group)
    hints = [m.group(1) for m in hint_re.finditer(scan)] if hint_re else []
    mention_groups = vocab.groups_of([*found, *hints])
    mention_words = _words(scan)
    disliked_exact = {d.casefold() for d in dislikes}
    like = ""  # the first like that relates to the mention: may appear in the reply
    gesture_like = ""  # the first like that does not: may appear in a gesture suggestion
    for raw in (customer.likes if customer else []) or []:
        candidate = _clean(raw) if isinstance(raw, str) else ""
        if not _SAFE_PHRASE_RE.fullmatch(candidate) or candidate.casefold() in disliked_exact:
            continue
        like_terms = [m.group(1) for m in item_re.finditer(candidate)] if item_re else []
        related = bool(_words(candidate) & mention_words) or bool(
            vocab.groups_of(like_terms) & mention_groups
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
    name = address_name(customer, identity, platform)
    profile = {"preferred_name": name} if name else {}
    support_email = settings.brand.support_email
    return {
        "brand": settings.brand.name,
        "platform": platform,
        "reddit": platform == "reddit",
        "twitter": platform == "twitter",
        "name": name,
        "customer": profile,
        "stage": stage,
        "regular": stage in REGULAR_STAGES,
        "returning": stage != "new",
        "months": months,
        "since": since,
        "item": item,
        "place": place,
        "like": like,
        "gesture_like": gesture_like,
        "tier": _clean(customer.tier or "") if customer else "",
        "dm": "DM" if platform == "twitter" else "private message",
        "dm_us": "send us a DM" if platform == "twitter" else "send us a private message",
        "support_email": support_email,
        "urgency_reason": urgency_reason,
    }


def _family_intent(mention: Mention, mood: str) -> str:
    intent = "complaint" if mention.is_complaint else (mention.intent or "other")
    if intent == "praise" and mood in ("furious", "unhappy"):
        return "complaint"  # sarcastic "praise" a person labelled negative
    return intent if intent in ("complaint", "question", "praise", "suggestion") else "other"


def _fit(
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
    where the templates allow.
    """
    templates = templates or load_templates()
    used = used or {}
    earlier = earlier or Earlier()
    context = reply_context(mention, settings=settings, now=now, templates=templates)
    mood = mood_of(mention)
    urgent = mention.urgency == "high"
    intent = _family_intent(mention, mood)
    stage = context["stage"]
    family = (
        _urgent_family(templates, context["urgency_reason"])
        if urgent
        else templates.find_family(intent, mood, stage)
    )
    tone = "urgent" if urgent else mood
    bad = urgent or intent == "complaint" or mood in ("furious", "unhappy")
    want = 1 + settings.drafting.alternatives
    seed = zlib.crc32(f"{mention.platform}:{mention.external_id}:{mention.id}".encode())

    slots: list[tuple[str, list[_Choice], set[int], bool]] = []
    for slot in SLOTS:
        source = family
        if not templates.blocks(family, slot):
            if slot == "history" and context["regular"] and not urgent:
                source = "_history_bad" if bad else "_history_good"
            elif (
                slot == "like"
                and context["like"]
                and not bad
                and (intent == "praise" or not context["regular"])
            ):  # one personal touch is enough outside praise: history wins for regulars
                source = "_likes"
            else:
                continue
        optional = slot in OPTIONAL_SLOTS
        choices, stale = _choices(
            templates, source, slot, context, used, want=want, seed=seed, optional=optional
        )
        if choices:
            slots.append((slot, choices, stale, optional))

    signature = _clean(settings.drafting.signature or "")
    acronyms = [*settings.brand.name.split(), *signature.split()]
    repeat_note = textrules.REPEAT_FINDING.format(days=settings.drafting.repeat_window_days)
    candidates: list[Candidate] = []
    seen: set[str] = set()
    for index in range(want):
        picked: list[_Choice] = []
        wrapped = True
        repeats = False
        for _slot, choices, stale, optional in slots:
            if index < len(choices):
                picked.append(choices[index])
                wrapped = wrapped and optional
                repeats = repeats or index in stale
            elif not optional:
                position = index % len(choices)
                picked.append(choices[position])
                repeats = repeats or position in stale
        if index and wrapped:
            break  # every required slot has run out of new variants
        text, body = _fit(
            [(c.slot, c.text) for c in picked], signature, context["platform"], settings
        )
        if text in seen or not body:
            continue
        seen.add(text)
        sentences = textrules.split_sentences(body)
        kept = {textrules.sentence_key(s) for s in sentences}
        keys: list[tuple[str, str]] = []
        blocks: list[str] = []
        for choice in picked:  # what survived fitting: its template line and its sentences
            survived = [(k, s) for k, s in choice.keys[1:] if k in kept]
            if survived:
                keys += [choice.keys[0], *survived]
                blocks.append(choice.block)
        findings = textrules.lint(text, acronyms=acronyms)
        if repeats:
            findings.append(repeat_note)
        key = f"{family}@{stage}:" + "+".join(blocks)
        candidates.append(Candidate(text, key[:120], tone, findings, sentences, keys, repeats))
    note = _manager_note(
        mention,
        context,
        templates,
        earlier=earlier,
        settings=settings,
        intent=intent,
        bad=bad,
        candidates=candidates,
    )
    return ReplyPlan(family, tone, candidates, note)


def _urgent_family(templates: TemplateSet, reason: str) -> str:
    for name in (f"urgent/{reason}", "urgent/general"):
        if name in templates.families:
            return name
    raise LookupError("no urgent reply template (urgent/general.j2)")


def _language_name(lang: str | None) -> str:
    code = (lang or "").strip().lower().replace("_", "-")
    base = code.split("-")[0]
    if not base or base == "en" or base in NO_LANGUAGE:
        return ""
    return LANGUAGES.get(base) or re.sub(r"[^a-z0-9\-]", "", code)[:16]


def _manager_note(
    mention: Mention,
    context: Mapping[str, Any],
    templates: TemplateSet,
    *,
    earlier: Earlier,
    settings: Settings,
    intent: str,
    bad: bool,
    candidates: list[Candidate],
) -> str | None:
    identity = mention.identity
    customer = identity.customer if identity is not None else None
    notes: list[str] = []
    reasons = mention.urgency_reasons or []
    regular = context["regular"] or earlier.positives >= 3
    negative = bad or mention.label == "negative"
    note_context = {**context, "regular": regular, "days": settings.drafting.repeat_window_days}
    if mention.urgency == "high" and "safety" in reasons:
        notes.append(templates.render("_notes", "gesture_safety", note_context))
    elif customer is not None and negative and regular and not earlier.had_bad:
        notes.append(templates.render("_notes", "gesture_regular", note_context))
    elif customer is not None and mention.is_complaint and is_loyal_tier(customer, settings):
        notes.append(templates.render("_notes", "gesture_loyal", note_context))
    language = _language_name(mention.lang)
    if language:
        notes.append(templates.render("_notes", "language", {**note_context, "language": language}))
    if intent == "question" and mention.urgency != "high":
        notes.append(templates.render("_notes", "question", note_context))
    if candidates and all(c.repeats for c in candidates):
        notes.append(templates.render("_notes", "repeat", note_context))
    return "\n".join(n for n in notes if n) or None


def is_loyal_tier(customer: Customer, settings: Settings) -> bool:
    """The customer's tier is one of ``drafting.loyal_tiers`` (case-insensitive)."""
    tiers = {t.casefold() for t in settings.drafting.loyal_tiers}
    return (customer.tier or "").strip().casefold() in tiers


def remember_sentences(
    session: Session,
    *,
    customer_id: int,
    text: str,
    now: datetime,
    draft_id: int | None = None,
    signature: str = "",
) -> int:
    """Record the sentences of a reply as it was actually sent, for the no-repeat rule.

    Drafting records the sentences of ``Draft.text``; call this when a person picked an
    alternative or edited the text, so the customer's next drafts avoid what they really read.
    The signature (``drafting.signature``) is left out: it repeats by design. Returns the
    number of rows added; the caller commits.
    """
    body = text.strip()
    if signature and body.endswith(signature.strip()):
        body = body[: -len(signature.strip())]
    sentences = {textrules.sentence_key(s): s for s in textrules.split_sentences(_clean(body))}
    for key, sentence in sentences.items():
        session.add(
            SentenceUse(
                customer_id=customer_id,
                sentence_key=key,
                sentence=sentence,
                draft_id=draft_id,
                used_at=now,
            )
        )
    return len(sentences)


# --- the job --------------------------------------------------------------------------------


@dataclass
class DraftingReport:
    """What one drafting pass did. ``skipped`` counts by triage reason code."""

    drafted: int = 0
    already_drafted: int = 0
    failed: int = 0
    skipped: Counter[str] = field(default_factory=Counter)

    @property
    def seen(self) -> int:
        return self.drafted + self.already_drafted + self.failed + sum(self.skipped.values())

    def summary(self) -> str:
        """One line for the CLI: "3 drafted, 1 already drafted, 0 failed; skipped 2 (spam 2)"."""
        skipped = sum(self.skipped.values())
        reasons = ", ".join(f"{reason} {count}" for reason, count in self.skipped.most_common())
        return (
            f"{self.drafted} drafted, {self.already_drafted} already drafted, "
            f"{self.failed} failed; skipped {skipped}" + (f" ({reasons})" if reasons else "")
        )


def _bad_clause() -> Any:
    return or_(Mention.label == "negative", Mention.is_complaint.is_(True))


def _earlier_facts(
    session: Session, customer_ids: set[int]
) -> tuple[dict[int, datetime], dict[int, datetime]]:
    """Per customer: when their first bad mention was, and when their third positive one was."""
    if not customer_ids:
        return {}, {}
    usable = and_(
        Identity.customer_id.in_(customer_ids),
        Mention.is_spam.is_(False),
        Mention.is_relevant.is_(True),
    )
    first_bad = dict(
        session.execute(
            select(Identity.customer_id, func.min(Mention.created_at))
            .join(Mention, Mention.identity_id == Identity.id)
            .where(usable, _bad_clause())
            .group_by(Identity.customer_id)
        ).all()
    )
    ranked = (
        select(
            Identity.customer_id.label("customer_id"),
            Mention.created_at.label("created_at"),
            func.row_number()
            .over(partition_by=Identity.customer_id, order_by=(Mention.created_at, Mention.id))
            .label("rank"),
        )
        .join(Mention, Mention.identity_id == Identity.id)
        .where(usable, Mention.label == "positive")
        .subquery()
    )
    third = dict(
        session.execute(
            select(ranked.c.customer_id, ranked.c.created_at).where(ranked.c.rank == 3)
        ).all()
    )
    return first_bad, third


def _recent_uses(
    session: Session, customer_ids: set[int], since: datetime
) -> dict[int, dict[str, datetime]]:
    used: dict[int, dict[str, datetime]] = {cid: {} for cid in customer_ids}
    if not customer_ids:
        return used
    rows = session.execute(
        select(SentenceUse.customer_id, SentenceUse.sentence_key, func.max(SentenceUse.used_at))
        .where(SentenceUse.customer_id.in_(customer_ids), SentenceUse.used_at >= since)
        .group_by(SentenceUse.customer_id, SentenceUse.sentence_key)
    ).all()
    for customer_id, key, used_at in rows:
        used[customer_id][key] = used_at
    return used


@dataclass
class _CustomerMemory:
    """Per-customer lookups for one drafting pass, loaded once per customer, not per chunk.

    ``used``: sentence and template-line keys drafted within the repeat window (``since``;
    None turns the rule off), kept current as this pass drafts. ``first_bad`` and
    ``third_positive``: when the customer's first bad and third good mention were; stored
    mentions do not change during a pass, so these stay true.
    """

    since: datetime | None
    used: dict[int, dict[str, datetime]] = field(default_factory=dict)
    first_bad: dict[int, datetime] = field(default_factory=dict)
    third_positive: dict[int, datetime] = field(default_factory=dict)
    loaded: set[int] = field(default_factory=set)
    max_customers: int = 50_000

    def load(self, session: Session, customer_ids: set[int]) -> None:
        missing = customer_ids - self.loaded
        if not missing:
            return
        if len(self.loaded) + len(missing) > self.max_customers:
            self.used, self.first_bad, self.third_positive = {}, {}, {}
            self.loaded = set()
            missing = set(customer_ids)
        if self.since is not None:
            self.used.update(_recent_uses(session, missing, self.since))
        first_bad, third = _earlier_facts(session, missing)
        self.first_bad.update(first_bad)
        self.third_positive.update(third)
        self.loaded |= missing

    def used_by(self, customer_id: int | None) -> dict[str, datetime]:
        if customer_id is None or self.since is None:
            return {}
        return self.used.setdefault(customer_id, {})

    def facts(self, customer_id: int | None) -> tuple[datetime | None, datetime | None]:
        if customer_id is None:
            return None, None
        return self.first_bad.get(customer_id), self.third_positive.get(customer_id)


def draft_new_mentions(
    session: Session,
    *,
    settings: Settings,
    now: datetime,
    limit: int | None = None,
    templates_dir: str | None = None,
) -> DraftingReport:
    """Triage every mention with status "new" (oldest first) and draft a reply where due.

    Works in chunks of ``database.batch_size`` with keyset paging, so 50,000 new mentions are
    fine. Creates one ``Draft(status="pending")`` per mention that deserves a reply (never a
    second: a mention that already has a draft is only marked "drafted"), sets
    ``Mention.status`` ("drafted"/"skipped") and ``triage_reason``, records the drafted
    sentences as ``SentenceUse`` rows, and flushes. The caller commits. ``limit`` caps the
    number of mentions looked at in this pass (default: all).
    """
    templates = load_templates(templates_dir)
    report = DraftingReport()
    window = timedelta(days=settings.drafting.repeat_window_days)
    memory = _CustomerMemory(since=now - window if window else None)
    chunk = settings.database.batch_size
    last: tuple[datetime, int] | None = None
    while limit is None or report.seen < limit:
        size = chunk if limit is None else min(chunk, limit - report.seen)
        stmt = (
            select(Mention)
            .where(Mention.status == "new")
            .options(selectinload(Mention.identity).selectinload(Identity.customer))
            .order_by(Mention.created_at, Mention.id)
            .limit(size)
        )
        if last is not None:
            stmt = stmt.where(
                or_(
                    Mention.created_at > last[0],
                    and_(Mention.created_at == last[0], Mention.id > last[1]),
                )
            )
        mentions = list(session.scalars(stmt))
        if not mentions:
            break
        _draft_chunk(
            session,
            mentions,
            settings=settings,
            now=now,
            memory=memory,
            templates=templates,
            report=report,
        )
        last = (mentions[-1].created_at, mentions[-1].id)
    return report


def _draft_chunk(
    session: Session,
    mentions: list[Mention],
    *,
    settings: Settings,
    now: datetime,
    memory: _CustomerMemory,
    templates: TemplateSet,
    report: DraftingReport,
) -> None:
    ids = [m.id for m in mentions]
    has_draft = set(session.scalars(select(Draft.mention_id).where(Draft.mention_id.in_(ids))))
    decisions = {m.id: triage(m, settings=settings) for m in mentions}
    customer_ids = {
        m.identity.customer_id
        for m in mentions
        if decisions[m.id].reply and m.identity is not None and m.identity.customer_id
    }
    memory.load(session, customer_ids)
    pending: list[tuple[Draft, int | None, Candidate]] = []
    for mention in mentions:
        decision = decisions[mention.id]
        earlier_reason = mention.triage_reason  # ingest may have said why it is not about us
        mention.triage_reason = decision.reason
        if decision.reason == "not_relevant" and earlier_reason:
            mention.triage_reason = f"not_relevant: {earlier_reason}"[:200]
        if not decision.reply:
            mention.status = "skipped"
            report.skipped[decision.reason] += 1
            continue
        if mention.id in has_draft:
            mention.status = "drafted"
            report.already_drafted += 1
            continue
        identity = mention.identity
        customer = identity.customer if identity is not None else None
        customer_id = customer.id if customer is not None else None
        uses = memory.used_by(customer_id)
        bad_at, third_at = memory.facts(customer_id)
        earlier = Earlier(
            had_bad=bad_at is not None and bad_at < mention.created_at,
            positives=3 if third_at is not None and third_at < mention.created_at else 0,
        )
        try:
            plan = plan_reply(
                mention, settings=settings, now=now, used=uses, earlier=earlier, templates=templates
            )
            if not plan.candidates:
                raise LookupError(f"no candidate reply from {plan.family}")
        except Exception as exc:  # one bad mention must not stop the queue
            log.exception("drafting mention %s failed", mention.id)
            mention.status = "skipped"
            mention.triage_reason = f"drafting_failed: {type(exc).__name__}"[:200]
            report.failed += 1
            continue
        best, *rest = plan.candidates
        draft = Draft(
            mention_id=mention.id,
            customer_id=customer_id,
            text=best.text,
            template_key=best.template_key,
            tone=best.tone,
            alternatives=[c.as_alternative() for c in rest],
            lint=list(best.lint),
            manager_note=plan.manager_note,
            priority=priority(mention, customer, identity, settings=settings),
            status="pending",
            created_at=now,
            updated_at=now,
        )
        session.add(draft)
        mention.status = "drafted"
        report.drafted += 1
        if customer_id is not None:
            for key, _sentence in best.keys:
                uses[key] = now
            pending.append((draft, customer_id, best))
    session.flush()
    rows = [
        {
            "customer_id": customer_id,
            "sentence_key": key,
            "sentence": sentence,
            "draft_id": draft.id,
            "used_at": now,
        }
        for draft, customer_id, best in pending
        for key, sentence in dict(best.keys).items()
    ]
    if rows:
        session.execute(insert(SentenceUse), rows)
