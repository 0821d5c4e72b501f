"""Mechanical checks of a draft: the lint a reviewer sees and the scoring of ``eval-drafts``.

``book_findings`` is the part that needs no expectations: phrases the brand book says never
to use, promises it says never to make, asking in public for what it says never to ask,
"!" to someone who dislikes them, familiarity with someone we barely know, and our records
(tier, CRM notes) recited back to the person. The drafting job adds these to
``Draft.lint``; the review UI shows them.

``expectation_checks`` scores one draft against what a demanding reviewer expects of it
(should draft, intent, urgency, names, topic words, banned words, tone, queue priority
group, gesture note) plus the lint above; ``variety`` measures how often the most common
sentence appears among a day's drafts. Sentences stated from the book itself (hours, FAQ
answers, facts) are facts, not canned lines: they are left out of the promise check and
of the variety count. docs/drafting.md §10 lists every check.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from responders.brandbook import BrandBook
from responders.brandbook.words import contains
from responders.drafting import textrules

# Lines that claim we know someone well; only for people with 3+ earlier interactions.
FAMILIAR_RE = re.compile(
    r"\b(good to hear from you again|familiar (name|face)|always good to hear from you|"
    r"sticking with us|part of the furniture|regular|the usual for you|you're used to|"
    r"all this time|always a pleasure|back in our mentions)\b",
    re.IGNORECASE,
)
# How records sound when recited back: "we had you down as", "our notes say", "your tier".
RECITAL_RE = re.compile(
    r"\b(we had you down as|if memory serves|our (notes|records) (say|show)|"
    r"(gold|silver|bronze|platinum|vip)[- ]tier|loyalty tier|as a (gold|silver|platinum|vip) "
    r"(member|customer))\b",
    re.IGNORECASE,
)
_ASK_VERB_RE = re.compile(
    r"\b(send|share|post|give|reply with|tell us|include|drop|dm|email)\b", re.IGNORECASE
)
_NEGATION_RE = re.compile(
    r"\b(don't|do not|never|no|not|won't|keep .* out)\b|n't\b|n’t\b", re.IGNORECASE
)


_SENTENCE_CACHE: dict[int, tuple[BrandBook, list[str]]] = {}


def book_sentences(book: BrandBook | None) -> list[str]:
    """Sentences the book itself states (FAQ answers, facts, returns, playbooks), normalised
    and without placeholders: a draft repeating one states a fact, not a canned line.
    Computed once per book object (a drafting pass asks for every sentence it drafts)."""
    if book is None:
        return []
    cached = _SENTENCE_CACHE.get(id(book))
    if cached is not None and cached[0] is book:
        return cached[1]
    found = _book_sentences(book)
    if len(_SENTENCE_CACHE) > 8:
        _SENTENCE_CACHE.clear()
    _SENTENCE_CACHE[id(book)] = (book, found)
    return found


def _book_sentences(book: BrandBook) -> list[str]:
    texts = [entry.answer for entry in book.faq]
    texts += [str(v) for o in book.offerings for v in o.facts.values()]
    texts += [t for t in (book.policies.returns, *book.playbooks.model_dump().values()) if t]
    found = []
    for text in texts:
        for sentence in textrules.split_sentences(re.sub(r"\{[^}]*\}", " ", text)):
            key = textrules.normalize_sentence(sentence)
            if len(key) >= 12:
                found.append(key)
    return found


def is_book_fact(sentence: str, book: BrandBook | None) -> bool:
    """True for a sentence stating hours or repeating what the book says."""
    if re.search(r"\b\d{1,2}:\d{2}\b|\bclosed\b", sentence):
        return True
    key = textrules.normalize_sentence(sentence)
    return any(fact in key or key in fact for fact in book_sentences(book) if key)


def _own_text(text: str, book: BrandBook | None) -> str:
    return " ".join(s for s in textrules.split_sentences(text) if not is_book_fact(s, book))


def book_findings(
    text: str,
    book: BrandBook | None,
    *,
    dislikes: Sequence[str] = (),
    earlier_interactions: int | None = None,
    tier: str = "",
    notes: str = "",
) -> list[str]:
    """What a reviewer should know before sending ``text`` (see the module docstring)."""
    findings: list[str] = []
    own = _own_text(text, book)
    if book is not None:
        for phrase in book.never_say:
            if contains(text, phrase):
                findings.append(f'the brand book says never to say "{phrase}"')
        for phrase in book.policies.never_promise:
            for sentence in textrules.split_sentences(own):
                if contains(sentence, phrase) and not _NEGATION_RE.search(sentence):
                    findings.append(f'promises "{phrase}", which the brand book rules out')
                    break
        for phrase in book.policies.never_ask:
            for sentence in textrules.split_sentences(text):
                if (
                    contains(sentence, phrase)
                    and _ASK_VERB_RE.search(sentence)
                    and not _NEGATION_RE.search(sentence)
                ):
                    findings.append(f'asks for "{phrase}", which the brand book rules out')
                    break
    disliked = " ".join(dislikes).casefold()
    if "exclamation" in disliked and "!" in text:
        findings.append('uses "!" for someone who dislikes exclamation marks')
    if "emoji" in disliked and textrules.count_emoji(text):
        findings.append("uses emoji for someone who dislikes them")
    if earlier_interactions is not None and earlier_interactions < 3:
        claim = FAMILIAR_RE.search(text)
        if claim:
            findings.append(
                f'sounds familiar ("{claim.group(0)}") with someone we have met '
                f"{earlier_interactions} time(s) before"
            )
    recital = RECITAL_RE.search(text)
    if recital:
        findings.append(f'recites our records: "{recital.group(0)}"')
    # The book's own answer may name the tier ("spend £500 and you're a gold friend"): a
    # fact about the scheme, not their record recited. Only our own sentences count.
    if tier and re.search(rf"\b{re.escape(tier)}\b", own, re.IGNORECASE):
        findings.append(f'mentions their tier ("{tier}")')
    for line in (notes or "").splitlines():
        words = line.strip()
        if len(words) >= 12 and words.casefold()[:30] in text.casefold():
            findings.append("recites a CRM note")
            break
    return findings


@dataclass
class CheckResult:
    """One check of one draft: its name, whether it passed, and why not."""

    name: str
    passed: bool
    detail: str = ""


def priority_group(value: int | None) -> str:
    """ "urgent", "complaint" or "normal" from a draft's priority (triage.priority units)."""
    value = value or 0
    if value >= 100_000_000:
        return "urgent"
    if value >= 100_000:
        return "complaint"
    return "normal"


def _check(name: str, passed: bool, detail: str = "") -> CheckResult:
    return CheckResult(name, bool(passed), "" if passed else detail)


def expectation_checks(
    expect: Mapping[str, Any],
    draft: Mapping[str, Any] | None,
    *,
    findings: Sequence[str] = (),
) -> list[CheckResult]:
    """Score one outcome against ``expect`` (keys as in the eval sets' README).

    ``draft`` is None when nothing was drafted, else a mapping with ``text``, ``family``,
    ``tone``, ``priority``, ``manager_note``, ``lang``. Only the expectations present are
    checked, plus ``book_lint`` (``findings``) and ``length`` for every draft.
    """
    results: list[CheckResult] = []
    should = bool(expect.get("draft", True))
    results.append(_check("should_draft", (draft is not None) == should, f"expected {should}"))
    if draft is None or not should:
        return results
    text = draft.get("text") or ""
    folded = text.casefold()
    family = draft.get("family") or ""
    if "intent" in expect:
        want = expect["intent"]
        ok = (
            family.startswith(f"{want}/")
            or family.endswith(f"/{want}")
            or (want == "human" and family == "human")
        )
        results.append(_check("intent", ok, f"family {family}, expected {want}"))
    if "urgency" in expect:
        want = expect["urgency"] or ""
        got = family.split("/", 1)[1] if family.startswith("urgent/") else ""
        ok = got == want or got.startswith(f"{want}_")  # security_access is security
        results.append(_check("urgency", ok, f"got {got or 'none'}, expected {want}"))
    for name in expect.get("names", []):
        results.append(_check("name", contains(text, name), f"missing name {name}"))
    if expect.get("no_name"):
        bad = [n for n in expect["no_name"] if contains(text, n)]
        results.append(_check("name", not bad, f"uses {bad}"))
    topic = expect.get("topic") or []
    if topic:
        ok = any(word.casefold() in folded for word in topic)
        results.append(_check("topic", ok, f"none of {topic}"))
    banned = [w for w in expect.get("must_not", []) if w.casefold() in folded]
    results.append(_check("must_not", not banned, f"contains {banned}"))
    if "tone" in expect:
        want = expect["tone"]
        got = draft.get("tone") or ""
        sentences = len(textrules.split_sentences(text))
        ok = got == want
        if want == "furious":
            ok = ok and sentences <= 2
        if want == "hurried":
            ok = ok and sentences == 1
        if family.startswith("praise/") and re.search(r"\b(sorry|apologi)", folded):
            ok = False  # never apologise to a fan
        results.append(_check("tone", ok, f"tone {got} with {sentences} sentence(s)"))
    if "priority" in expect:
        got = priority_group(draft.get("priority"))
        results.append(_check("priority", got == expect["priority"], f"got {got}"))
    if "gesture" in expect:
        note = (draft.get("manager_note") or "").casefold()
        has = "consider a gesture" in note or "personal word" in note
        results.append(_check("gesture_note", has == bool(expect["gesture"]), f"note: {note!r}"))
    if "lang" in expect:
        results.append(
            _check("language", draft.get("lang") == expect["lang"], f"got {draft.get('lang')}")
        )
    if "check" in expect:
        ok = all(word.casefold() in folded for word in expect["check"])
        results.append(_check("answer", ok, f"expected {expect['check']}"))
    results.append(_check("book_lint", not findings, "; ".join(findings)))
    if "length_limit" in draft:
        over = textrules.length_on(draft.get("platform", "twitter"), text) > draft["length_limit"]
        results.append(_check("length", not over, "too long for the platform"))
    return results


def variety(
    drafts: Iterable[tuple[date, str]], book: BrandBook | None = None
) -> tuple[float, str, int]:
    """The largest share of a day's drafts that contain one sentence (facts from the book
    left out), with that sentence and the day's draft count: (share, sentence, drafts)."""
    by_day: dict[date, list[str]] = defaultdict(list)
    for day, text in drafts:
        if text:
            by_day[day].append(text)
    worst = (0.0, "", 0)
    for texts in by_day.values():
        counts: Counter[str] = Counter()
        shown: dict[str, str] = {}
        for text in texts:
            keys = set()
            for sentence in textrules.split_sentences(text):
                if is_book_fact(sentence, book):
                    continue
                key = textrules.normalize_sentence(sentence)
                keys.add(key)
                shown.setdefault(key, sentence)
            counts.update(keys)
        if not counts:
            continue
        key, count = counts.most_common(1)[0]
        share = count / len(texts)
        if count > 1 and share > worst[0]:
            worst = (share, shown[key], len(texts))
    return worst
