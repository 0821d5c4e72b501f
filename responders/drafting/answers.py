"""A question's answer from the brand book, or the one specific thing we will check.

``book_answer`` tries, in order: opening hours for the day asked (resolved in the location's
time zone from the mention's ``created_at``: "today", "tomorrow", "on Sunday", a holiday),
an FAQ entry, then facts of the offering the question names ("is the chai vegan"). What the
book does not know (stock, prices, dates, anything else) is never guessed: ``check_phrase``
says what we will find out, in the asker's own terms where they are plain enough to repeat
("whether we have the blue one in size 10"), else in the terms of the book ("the price of
the annual plan"). docs/drafting.md §2 has the rules.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from responders.brandbook import (
    BrandBook,
    asks_about_hours,
    facts_asked,
    faq_answer,
    hours_answer,
)
from responders.brandbook.answers import HoursAnswer

_DAY_NAMES = {
    "mon": "Monday", "tue": "Tuesday", "wed": "Wednesday", "thu": "Thursday",
    "fri": "Friday", "sat": "Saturday", "sun": "Sunday",
}  # fmt: skip
# Questions whose answer changes with stock, prices or dates: never answered from memory.
_ASK_PATTERNS = (
    (re.compile(r"\b(?:do|does|did|will|would|can|could)\s+(?:you|they|u|ya)\s+"
                r"(have|stock|sell|carry|do|offer|support|ship)\s+(.{3,80}?)\s*(?:[?.!]|$)",
                re.IGNORECASE), "whether we {verb} {rest}"),
    (re.compile(r"\b(?:is|are)\s+(?:there|the)\s+(.{3,60}?)\s+"
                r"(in stock|available|back|sold out|coming back)\b", re.IGNORECASE),
     "whether the {rest} is {state}"),
    (re.compile(r"\bhow much (?:is|are|does|do)\s+(.{3,60}?)\s*(?:cost)?\s*(?:[?.!]|$)",
                re.IGNORECASE), "the current price of {rest}"),
    (re.compile(r"\bwhen (?:is|are|will|does|do)\s+(.{3,60}?)\s*(?:[?.!]|$)", re.IGNORECASE),
     "when {rest}"),
)  # fmt: skip
# Fact keys that are question words ("when", "what") match almost any question: never
# answer from them on their own ("can the app show when the soup runs out?" is not "when").
_QUESTION_WORD_KEYS = frozenset({"when", "what", "where", "who", "how", "why", "which"})
# "are the cups compostable?" → "whether the cups are compostable"; "can the app show X?" →
# "whether the app can show X". Only these plain shapes are turned round.
_YES_NO_RE = re.compile(
    r"\b(is|are|can|could|will|would)\s+(the|your|this|that|these|those)\s+([a-z]+)\s+"
    r"([a-z][a-z '’\-]{1,60}?)\s*(?:[?.!]|$)",
    re.IGNORECASE,
)
_SAFE_FRAGMENT = re.compile(r"[A-Za-zÀ-ÿ0-9][A-Za-zÀ-ÿ0-9 '’\-]{2,79}")
_PRONOUNS = {
    "my": "your", "i": "you", "me": "you", "mine": "yours", "i'm": "you're", "im": "you're",
    "you": "we", "your": "our", "yours": "ours", "u": "we", "ur": "our",
}  # fmt: skip
_NOT_REPEATABLE = re.compile(
    r"\b(?:fuck\w*|shit\w*|crap|damn|bloody|hell|idiot\w*|stupid)\b|https?:|@|#", re.IGNORECASE
)
_PRICE_CUES = ("how much", "price", "prices", "cost", "costs", "fee", "fees", "charge for")
_STOCK_CUES = ("in stock", "sold out", "available", "availability", "do you have", "any left")
_DATE_CUES = ("when will", "when is", "when are", "release", "launch", "back in", "restock")


@dataclass(frozen=True)
class BookAnswer:
    """One sentence (or two) the book answers with, and what kind of answer it is."""

    text: str
    kind: str  # hours | faq | fact


def _day_label(label: str, weekday: str) -> str:
    day = _DAY_NAMES.get(weekday, weekday)
    if label in ("today", "tomorrow", "tonight"):
        return f"{label} ({day})"
    if label.casefold().startswith(("this ", "next ", "on ")):
        return label
    return f"on {label or day}"


def _joined(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def hours_sentence(answer: HoursAnswer) -> str:
    """ "Headrow is open 10:00–16:00 today (Sunday)." or one clause per day, sites with the
    same hours on the same day named together ("Headrow and Kirkstall are closed on
    Christmas Day")."""
    grouped: dict[tuple[str, str, str], list[str]] = {}
    for day in answer.days:
        when = _day_label(day.label, day.weekday)
        what = "closed" if day.closed else f"open {day.text()}"
        note = ""
        if day.exception and day.note and day.note.casefold() not in when.casefold():
            note = f" ({day.note})"
        grouped.setdefault((when, what, note), []).append(day.offering or day.location)
    parts: list[str] = []
    for (when, what, note), subjects in grouped.items():
        subjects = list(dict.fromkeys(subjects))
        who = _joined(subjects)
        verb = "is" if len(subjects) == 1 else "are"
        parts.append(f"{who} {verb} {what} {when}{note}")
    if not parts:
        return ""
    text = parts[0] if len(parts) == 1 else "; ".join(parts[:-1]) + " and " + parts[-1]
    return text[:1].upper() + text[1:] + "."


def book_answer(book: BrandBook | None, text: str, created_at: datetime) -> BookAnswer | None:
    """What the book says to this question as of ``created_at``; ``None`` when it does not know."""
    if book is None:
        return None
    if asks_about_hours(text) and book.locations:
        try:
            hours = hours_answer(book, text, created_at)
        except ValueError:
            hours = None
        if hours is not None:
            sentence = hours_sentence(hours)
            if sentence:
                return BookAnswer(sentence, "hours")
    faq = faq_answer(book, text, created_at)
    if faq:
        return BookAnswer(_sentence(faq), "faq")
    facts = [f for f in facts_asked(book, text) if f[1].casefold() not in _QUESTION_WORD_KEYS]
    if facts:
        offering, key, value = facts[0]
        label = key.replace("_", " ")
        if isinstance(value, bool):
            value = "yes" if value else "no"
        article = "" if " " not in offering.name and offering.name[:1].isupper() else "the "
        return BookAnswer(_sentence(f"For {article}{offering.name}, {label}: {value}"), "fact")
    return None


def _sentence(text: str) -> str:
    text = text.strip()
    if text and text[-1] not in ".?!":
        text += "."
    return text[:1].upper() + text[1:]


def _swap_pronouns(fragment: str) -> str:
    words = fragment.split()
    return " ".join(_PRONOUNS.get(w.casefold(), w) for w in words)


def _repeatable(fragment: str) -> str:
    fragment = fragment.strip(" ,;:-'\"").rstrip("?.!")
    if not fragment or len(fragment.split()) > 9 or _NOT_REPEATABLE.search(fragment):
        return ""
    if not _SAFE_FRAGMENT.fullmatch(fragment):
        return ""
    return _swap_pronouns(fragment)


def check_phrase(text: str, topic: str) -> str:
    """What we will find out for a question the book cannot answer, e.g. "whether we have the
    blue one in size 10"; falls back to the kind of question about ``topic``."""
    for pattern, shape in _ASK_PATTERNS:
        found = pattern.search(text)
        if not found:
            continue
        groups = found.groups()
        if shape.startswith("whether we"):
            rest = _repeatable(groups[1])
            if rest:
                verb = groups[0].casefold()
                return shape.format(verb=verb, rest=rest)
        elif shape.startswith("whether the"):
            rest = _repeatable(groups[0])
            if rest:
                state = groups[1].casefold()
                state = "in stock" if state == "sold out" else state
                return f"whether {rest if rest.startswith('the ') else 'the ' + rest} is {state}"
        else:
            rest = _repeatable(groups[0])
            if rest:
                return shape.format(rest=rest)
    turned = _YES_NO_RE.search(text)
    if turned:
        verb, det, noun, rest = (g.casefold() for g in turned.groups())
        rest = _repeatable(rest)
        det = "our" if det == "your" else det
        if rest and (verb not in ("is", "are") or len(rest.split()) <= 2):
            return f"whether {det} {noun} {verb} {rest}"
    folded = text.casefold()
    if any(cue in folded for cue in _PRICE_CUES):
        return f"the current price of {topic}"
    if any(cue in folded for cue in _STOCK_CUES):
        return f"whether {topic} is available"
    if any(cue in folded for cue in _DATE_CUES):
        return f"the date for {topic}"
    return f"the details on {topic}"
