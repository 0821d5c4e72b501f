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
    Offering,
    asks_about_hours,
    facts_asked,
    faq_answer,
    find_offerings,
    hours_answer,
    resolve_days,
)
from responders.brandbook.answers import HoursAnswer
from responders.brandbook.words import contains
from responders.drafting.hourstext import hours_sentence

# Money in the question: an offering and a day beside it ("a pending €79 on my card from
# booking the install for Friday") ask about the money, not the offering's hours.
_MONEY_ASKED = re.compile(
    r"(?:[£$€]\s?\d|\b(?:pending|charged?|refund\w*|deposit|payment|paid|invoice|card)\b)",
    re.IGNORECASE,
)
_PRICE_WORDS = re.compile(
    r"\b(?:price\w*|cost\w*|fee|fees|deposit\w*|hold|holds|pre-?auth\w*|charge\w*|refund\w*"
    r"|pay\w*|billing|bill|invoice\w*)\b",
    re.IGNORECASE,
)
_HELD_SUM = re.compile(
    r"(?:pending\s+(?:amount\s+of\s+)?([£$€]\s?\d[\d.,]*)|([£$€]\s?\d[\d.,]*)\s+(?:\w+\s+)?"
    # (rules-36: "a £250 pre-authorisation on our card", "a £100 hold")
    r"(?:pending|pre-?auth\w*|authori[sz]ation|hold))",
    re.IGNORECASE,
)
# Questions whose answer changes with stock, prices or dates: never answered from memory.
_ASK_PATTERNS = (
    (re.compile(r"\b(?:do|does|did|will|would|can|could)\s+(?:you|they|u|ya)\s+"
                r"(have|stock|sell|carry|do|offer|support|ship)\s+(.{3,80}?)\s*(?:[?.!]|$)",
                re.IGNORECASE), "whether we {verb} {rest}"),
    (re.compile(r"\b(?:is|are)\s+(?:there|the)\s+(.{3,60}?)\s+"
                r"(in stock|available|(?<!lower )(?<!upper )(?<!my )back|sold out|coming back)"
                r"((?:\s+in\s+[a-z][a-z ]{1,24})?)",
                re.IGNORECASE),
     "whether the {rest} is {state}"),
    (re.compile(r"\bhow much (?:is|are|does|do)\s+(.{3,60}?)\s*(?:cost)?\s*(?:[?.!]|$)",
                re.IGNORECASE), "the current price of {rest}"),
    # rules-36: "how much for 2 portaloos for a garden party" (not "the garden party")
    (re.compile(r"\bhow much (?:for|to hire|to rent|to book)\s+(.{3,40}?)\s*(?:\bfor\b|\bin\b"
                r"|\bon\b|[?.!,]|$)", re.IGNORECASE), "the current price of {rest}"),
    (re.compile(r"\bwhen (is|are|will|does|do)\s+(.{3,60}?)\s*(?:[?.!]|$)", re.IGNORECASE),
     "when"),
    # rules-35: "can i return boots i've only worn round the house once?" → "whether you can
    # return boots you've only worn round the house once" (not "the details on the tags")
    (re.compile(r"\b(?:can|could|may)\s+(?:i|we)\s+(return|exchange|swap|bring|book|cancel"
                r"|change|pay|use|park|order|collect|reschedule|move|freeze|pause|transfer"
                r"|upgrade)\s+(.{3,60}?)\s*(?:[?.!]|$)", re.IGNORECASE),
     "whether you can {verb} {rest}"),
)  # fmt: skip
# a topic that is itself the price ("Price and how long they kept them"): "the current price
# of the prices" is no English
_PRICE_TOPIC_RE = re.compile(r"\b(?:price|prices|cost|costs|fee|fees|charge|charges)$", re.I)
# "is the soup of the day vegan?" → "whether the soup of the day is vegan"
_DIET_RE = re.compile(
    r"\b(is|are)\s+(the|your|this|that|these|those)\s+(.{2,40}?)\s+(vegan|vegetarian|"
    r"gluten[- ]free|dairy[- ]free|nut[- ]free|halal|kosher|organic|decaf|sugar[- ]free)\b",
    re.IGNORECASE,
)
_WHEN_VERBS = frozenset(
    ("come", "arrive", "launch", "open", "start", "ship", "land", "return", "be", "go",
     "release", "restock", "finish", "close", "update", "get", "happen", "roll")
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
# rules-36: a wh-word just before is no yes-or-no question ("how is the servicing side?",
# "how big are the family tents?", "what colour is the new sofa?")
_WH_BEFORE_RE = re.compile(
    r"\b(?:how|what|why|where|when|who|which|whose)(?:\s+[a-z]+)?\s*$", re.IGNORECASE
)
# "do stamps from Headrow count at Kirkstall?" → "whether stamps from Headrow count at
# Kirkstall"; only verbs whose third person is regular.
_DO_VERB_RE = re.compile(
    r"\b(do|does)\s+(?!you\b|u\b|ya\b|they\b)(.{3,40}?)\s+(count|work|fit|apply|include|"
    r"cover)\s+(.{2,50}?)\s*(?:[?.!]|$)",
    re.IGNORECASE,
)
_OPENISH = re.compile(r"\b(open|opens|opening|close|closes|closing|closed)\b", re.IGNORECASE)
# Common ways to ask for a fact without naming its key, for the usual fact keys.
_FACT_CUES = {
    "duration": ("how long does", "how long will", "how long is the", "take long"),
    "lead time": ("how soon", "how long until", "how long before", "earliest", "next slot"),
    "phones": ("android", "iphone", "ios", "my phone"),
    "platforms": ("android", "iphone", "ios", "windows", "mac"),
    "warranty": ("guarantee", "guaranteed"),
    "trial": ("try it", "free trial"),
    "cancel": ("cancel", "cancellation"),
    "booking": ("book", "booking", "appointment"),
    "fit": ("fit", "fits", "compatible", "work with"),
    "vegan": ("vegan", "plant based", "plant-based"),
}
_SAFE_FRAGMENT = re.compile(r"[A-Za-zÀ-ÿ0-9][A-Za-zÀ-ÿ0-9 '’\-]{2,79}")
_PRONOUNS = {
    "my": "your", "i": "you", "me": "you", "mine": "yours", "i'm": "you're", "im": "you're",
    "i've": "you've", "ive": "you've", "i'd": "you'd", "i'll": "you'll", "myself": "yourself",
    "you": "we", "your": "our", "yours": "ours", "u": "we", "ur": "our", "you've": "we've",
    "you're": "we're", "you'll": "we'll",
}  # fmt: skip
_NOT_REPEATABLE = re.compile(
    r"\b(?:fuck\w*|shit\w*|crap|damn|bloody|hell|idiot\w*|stupid)\b|https?:|@|#", re.IGNORECASE
)
# whole words only (rules-36: "fee" inside "feet" and "coffee", "in stock" inside "in
# Stockport", read as a price or a stock question)
_PRICE_CUES_RE = re.compile(
    r"\b(?:how much(?! (?:notice|time|longer|room|space|warning|of a|weight|luggage))|pric\w*"
    r"|cost\w*|fees?|charges?|charge for)\b"
)
_STOCK_CUES_RE = re.compile(
    r"\b(?:in stock|sold out|(?:un)?available|availability|do you have|any (?:\S+ ){0,3}?left)\b"
)
_DATE_CUES_RE = re.compile(
    r"\b(?:when will|when is|when are|when'?s|releas\w*|launch\w*|restock\w*)\b"
)
# (rules-35: "back in stock", "coming back in?", not "Back in 2019 our old walker…")
_BACK_IN_RE = re.compile(r"\bback in\b(?!\s+(?:\d|the day))")


@dataclass(frozen=True)
class BookAnswer:
    """One sentence (or two) the book answers with, and what kind of answer it is."""

    text: str
    kind: str  # hours | faq | fact


def book_answer(book: BrandBook | None, text: str, created_at: datetime) -> BookAnswer | None:
    """What the book says to this question as of ``created_at``; ``None`` when it does not know."""
    if book is None:
        return None
    hours = _hours_asked(book, text, created_at)
    if hours is not None:
        sentence = hours_sentence(hours, _local(book, hours, created_at))
        if sentence:
            return BookAnswer(sentence, "hours")
    # a question about money is answered only by an entry about money: "a pending €79 from
    # booking the install" is not answered by how to book an install
    money = _MONEY_ASKED.search(text) is not None
    faq = faq_answer(book, text, created_at)
    if faq and (not money or _MONEY_ASKED.search(faq) or _PRICE_WORDS.search(faq)):
        return BookAnswer(_sentence(faq), "faq")
    facts = [f for f in facts_asked(book, text) if f[1].casefold() not in _QUESTION_WORD_KEYS]
    facts = facts or _facts_by_cue(book, text)
    if money:
        facts = [f for f in facts if _PRICE_WORDS.search(f[1].replace("_", " "))]
    if facts:
        offering, key, value = facts[0]
        label = key.replace("_", " ")
        if isinstance(value, bool):
            value = "yes" if value else "no"
        article = "" if " " not in offering.name and offering.name[:1].isupper() else "the "
        text_value = str(value)
        answer = re.match(r"(yes|no)\b[\s,:;]*(.*)", text_value, re.IGNORECASE)
        if answer and " " not in label:
            yes_no, rest = answer.group(1).capitalize(), answer.group(2)
            verb = "is" if yes_no == "Yes" else "isn't"
            said = f"{yes_no}, {article}{offering.name} {verb} {label}"
            said += f" {rest}" if rest else ""
            return BookAnswer(_sentence(said), "fact")
        said = _fact_sentence(f"{article}{offering.name}", label, value)
        return BookAnswer(_sentence(said), "fact")
    return None


def _local(book: BrandBook, hours: HoursAnswer, created_at: datetime) -> datetime:
    """The mention's time in the time zone of the location answered about."""
    name = hours.days[0].location if hours.days else ""
    location = book.location_named(name) if name else None
    return created_at.astimezone(location.zone) if location is not None else created_at


def _hours_asked(book: BrandBook, text: str, created_at: datetime) -> HoursAnswer | None:
    """Hours when the text asks about opening times, or names an offering that has its own
    hours together with a day ("can I book an install for Saturday?")."""
    if not book.locations:
        return None
    offering = None
    first = book.locations[0]
    local = created_at.astimezone(first.zone).date()
    if _OPENISH.search(text) and resolve_days(text, local, first.exceptions):
        pass  # "open on St Stephen's Day": a day only the book's exceptions can name
    elif not asks_about_hours(text):
        if _MONEY_ASKED.search(text):
            return None  # "a pending €79 from booking the install for friday": not its hours
        timed = [o for o in find_offerings(book, text) if o.hours is not None]
        if not timed:
            return None
        if not resolve_days(text, local, first.exceptions, loose_names=False):
            return None  # an offering named beside a holiday word is not an hours question
        offering = timed[0]
    try:
        return hours_answer(book, text, created_at, offering=offering)
    except ValueError:
        return None


def _facts_by_cue(book: BrandBook, text: str) -> list[tuple[Offering, str, object]]:
    """Facts of a named offering whose key a common phrasing asks about without naming it
    ("how long does installation take" asks for its duration)."""
    found = []
    for offering in find_offerings(book, text):
        for key, value in offering.facts.items():
            cues = _FACT_CUES.get(key.casefold().replace("_", " "), ())
            if any(contains(text, cue) for cue in cues):
                found.append((offering, key, value))
    return found


def _fact_sentence(name: str, label: str, value: object) -> str:
    """ "The warranty for the Hearthly Thermostat is two years", "the installation takes about
    90 minutes"; plural or list-like keys keep the plain "For X, key: value" form."""
    if label == "duration":
        return f"{name} takes {value}"
    if " " not in label and not label.endswith("s") and len(str(value).split(";")) == 1:
        return f"the {label} for {name} is {value}"
    return f"For {name}, {label}: {value}"


def _sentence(text: str) -> str:
    text = text.strip()
    if text and text[-1] not in ".?!":
        text += "."
    return text[:1].upper() + text[1:]


def _swap_pronouns(fragment: str) -> str:
    words = fragment.split()
    return " ".join(_PRONOUNS.get(w.casefold(), w) for w in words)


_TRAILING_TIME = re.compile(
    r"(?:\s+(?:now|today|tonight|tomorrow|please|pls|then|too|again|yet|at all))+$", re.IGNORECASE
)
_NOT_NOUNS = frozenset({"even", "really", "still", "just", "actually", "also", "ever", "there"})


def _repeatable(fragment: str) -> str:
    fragment = fragment.strip(" ,;:-'\"").rstrip("?.!")
    fragment = _TRAILING_TIME.sub("", fragment)
    if not fragment or len(fragment.split()) > 9 or _NOT_REPEATABLE.search(fragment):
        return ""
    if not _SAFE_FRAGMENT.fullmatch(fragment):
        return ""
    return _swap_pronouns(fragment)


def _when_phrase(aux: str, rest: str) -> str:
    """ "when will Matter support come" → "when Matter support will come"; "" if unsure."""
    words = rest.split()
    for index in range(1, len(words)):
        word = words[index].casefold()
        if word.endswith("ing") or word in _WHEN_VERBS:
            subject, tail = " ".join(words[:index]), words[index:]
            if aux in ("do", "does"):
                verb = tail[0]
                if aux == "does":
                    verb = verb[:-1] + "ies" if verb.endswith("y") else verb + "s"
                return f"when {subject} {' '.join([verb, *tail[1:]])}"
            return f"when {subject} {aux} {' '.join(tail)}"
    return ""


def check_phrase(text: str, topic: str) -> str:
    """What we will find out for a question the book cannot answer, e.g. "whether we have the
    blue one in size 10"; falls back to the kind of question about ``topic``."""
    for pattern, shape in _ASK_PATTERNS:
        found = pattern.search(text)
        if not found:
            continue
        groups = found.groups()
        if shape.startswith("whether we") or shape.startswith("whether you can"):
            raw = groups[1]
            if shape.startswith("whether you can"):
                # one question only ("bring my dog or is that not allowed"), and the asker's
                # "you" is us as an object ("book you for my wedding" → "book us for …")
                raw = re.split(r",|;|\bor\b|\band (?:do|is|are|can|will)\b", raw)[0]
                raw = re.sub(r"^\s*(?:you|u)\b(?!['’])", "us", raw, flags=re.IGNORECASE)
            rest = _repeatable(raw)
            if rest and re.match(r"\W*(?:can|could|may)\s+we\b", found.group(0), re.I):
                rest = re.sub(r"\bour\b", "your", rest)  # "can we bring our own wine"
            if rest:
                verb = groups[0].casefold()
                return shape.format(verb=verb, rest=rest)
        elif shape.startswith("whether the"):
            rest = _repeatable(groups[0])
            if rest:
                state = groups[1].casefold()
                state = "in stock" if state == "sold out" else state
                detail = _repeatable(groups[2]) if groups[2].strip() else ""
                state = f"{state} {detail}" if detail else state
                thing = rest if rest.startswith("the ") else "the " + rest
                asked = found.group(0).split()[0].casefold()  # the asker's own "is"/"are"
                return f"whether {thing} {asked if asked in ('is', 'are') else 'is'} {state}"
        elif shape == "when":
            turned_when = _when_phrase(groups[0].casefold(), _repeatable(groups[1]))
            if turned_when:
                return turned_when
        else:
            rest = _repeatable(groups[0])
            if rest:
                return shape.format(rest=rest)
    diet = _DIET_RE.search(text)
    if diet:
        verb, det, thing, quality = diet.groups()
        thing = _repeatable(thing)
        if thing:
            det = "our" if det.casefold() == "your" else det.casefold()
            return f"whether {det} {thing} {verb.casefold()} {quality.casefold()}"
    verb_first = _DO_VERB_RE.search(text)
    if verb_first:
        aux, subject, verb, rest = (g for g in verb_first.groups())
        subject, rest = _repeatable(subject), _repeatable(rest)
        # not a subject that swallowed a clause ("that come off when you" + "fit it"): its
        # verb would be conjugated against the wrong word ("whether that come off when we fits")
        if subject and rest and len(subject.split()) <= 4 and " when " not in f" {subject} ":
            verb = verb.casefold()
            if aux.casefold() == "does":
                verb = verb[:-1] + "ies" if verb.endswith("y") else verb + "s"
            return f"whether {subject} {verb} {rest}"
    turned = _YES_NO_RE.search(text)
    if turned and _WH_BEFORE_RE.search(text[: turned.start()]):
        turned = None  # "how big are the family tents?", "what colour is the sofa?"
    if turned:
        verb, det, noun, rest = turned.groups()
        verb, det = verb.casefold(), det.casefold()
        rest = _repeatable(rest)
        det = "our" if det == "your" else det
        plain = noun.casefold() not in _NOT_NOUNS
        if plain and rest and (verb not in ("is", "are") or len(rest.split()) <= 2):
            return f"whether {det} {noun} {verb} {rest}"
    folded = text.casefold()
    held = _HELD_SUM.search(text)
    if held:  # "a pending €79 on my card": what happens to it, not the booking's date
        return f"what happens to the pending {held.group(1) or held.group(2)} on your card"
    if _PRICE_CUES_RE.search(folded):
        return (
            "our current prices"
            if _PRICE_TOPIC_RE.search(topic)
            else f"the current price of {topic}"
        )
    if _STOCK_CUES_RE.search(folded):
        return f"whether {topic} is available"
    if _DATE_CUES_RE.search(folded) or _BACK_IN_RE.search(folded):
        return f"the date for {topic}"
    return f"the details on {topic}"
