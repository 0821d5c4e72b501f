"""The template variables that come from the brand book: topic, answer, check, playbook lines.

``book_context`` is pure: it reads the mention text, the intent and the book (or nothing when
the brand has not imported one yet: then only the topic's problem kinds and keyphrases work,
and no question is answered). Every value is either from the book or from our own fixed
wording; the mention text is only repeated in ``check`` and a keyphrase topic, both filtered
(plain words only, short, no handles or links). docs/drafting.md §2 has the rules.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Any

from responders.brandbook import BrandBook, fill, money_people, official_accounts
from responders.drafting.answers import book_answer, check_phrase
from responders.drafting.topic import Topic, find_topic

# "quick q", "quick question", "real quick": the person wants the answer, not a greeting.
_HURRIED_RE = re.compile(
    r"\b(?:quick q(?:uestion|n)?|quick one|real quick|qq|asap|in a hurry|need to know now)\b",
    re.IGNORECASE,
)
# The person ate or drank it: "stop using it" would read oddly for food.
_CONSUMED_RE = re.compile(
    r"\b(ate|eat|eating|eaten|drank|drink|drinking|swallow\w*|bit into|bite|mouth|lips?|"
    r"tongue|stomach|food poisoning|sick after|vomit\w*|throwing up|reaction|"
    r"ingredient\w*)\b",
    re.IGNORECASE,
)
# The harm is to an animal: "get medical help" and "don't eat any more of it" would be
# said to the wrong one.
_PET_RE = re.compile(
    r"\b(dog|dogs|puppy|pup|cat|cats|kitten|spaniel|labrador|lab|terrier|collie|retriever|"
    r"poodle|whippet|greyhound|pet|pets|rabbit|hamster|guinea pig|horse|pony|budgie|parrot)\b",
    re.IGNORECASE,
)
# The person has the thing in their hands ("the kettle sparked", "my thermostat"): only then
# is "please stop using the X" advice. Our own people's work ("your tree surgeons dropped a
# branch", "Fernhill's landscapers") or an accident on our premises is not something they
# use; "stop using the tree surgery" would read as a joke.
_OURS_BEFORE = re.compile(r"(?:\byour|\bur|\byer|\byou guys'?|'s|’s)\s+(?:[\w-]+\s+)?$", re.I)
# Food or drink: something served, not used. A hot drink spilt on a hand or a lid that popped
# off gets care, not "please stop using the hot chocolate".
_SERVED_RE = re.compile(
    r"\b(coffee|latte|tea|chai|hot chocolate|cocoa|drink|drinks|cup|mug|soup|sandwich|meal|"
    r"burger|pizza|cake|pastry|croissant|food|dish|plate|smoothie|juice|beer|wine|cocktail)s?\b",
    re.IGNORECASE,
)
_PLATFORM_NAMES = {
    "twitter": "X",
    "x": "X",
    "reddit": "Reddit",
    "bluesky": "Bluesky",
    "mastodon": "Mastodon",
    "instagram": "Instagram",
    "facebook": "Facebook",
}
# A playbook sentence starting with one of these is an instruction to the writer, not a line
# for the customer ("Ask them to stop", "Never ask for card details"): it guides the
# template and is never quoted.
_INSTRUCTION_RE = re.compile(
    r"^(?:ask|say|tell|never|move|don't|do not|no |offer|escalate|make sure|check|reply|"
    r"apologi[sz]e|avoid|keep|use|if money|if they|write|mention|point)",
    re.IGNORECASE,
)


def _proper(name: str) -> bool:
    return " " not in name and name[:1].isupper() and not name.isupper()


def _first_aid(text: str, terms: list[str]) -> tuple[str, str]:
    """(what to stop doing, what help to get) for a safety report; ``stop`` may be empty.

    Food or drink: don't have any more of it; a pet harmed: keep the rest away from pets and
    see a vet; a named offering they have or use: stop using it ("{thing}", filled by the
    caller); anything else (an accident on our premises, our work near them): nothing to
    stop, only care.
    """
    pet = bool(_PET_RE.search(text))
    care = "get them seen by a vet" if pet else "get medical help"
    if _CONSUMED_RE.search(text):
        if pet:
            return "please keep the rest of it well away from your pets", care
        return "please don't eat or drink any more of it", care
    if terms and _in_use(text, terms) and not any(_SERVED_RE.search(t) for t in terms):
        return "{thing}", care
    return "", care


def _in_use(text: str, terms: list[str]) -> bool:
    """True when some mention of the offering is not "your X" / "Brand's X": the kettle that
    sparked, my thermostat, the charger I used."""
    alternation = "|".join(re.escape(t) for t in sorted(terms, key=len, reverse=True) if t)
    if not alternation:
        return False
    for found in re.finditer(rf"(?<!\w)(?:{alternation})(?!\w)", text, re.IGNORECASE):
        if not _OURS_BEFORE.search(text[max(0, found.start() - 24) : found.start()]):
            return True
    return False


def hurried(text: str) -> bool:
    """True when the person signals they want the answer straight away."""
    return bool(_HURRIED_RE.search(text))


def money_names(book: BrandBook | None) -> str:
    """Who decides money matters, for "Pat or Ellie will look at it"; "" when unknown."""
    if book is None:
        return ""
    names = [p.name for p in money_people(book)]
    if not names:
        return ""
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " or " + names[-1]


def official_text(book: BrandBook | None) -> str:
    """ "@brand on X and u/brand on Reddit": the brand's only accounts, from the book."""
    if book is None:
        return ""
    parts = []
    for platform, handles in official_accounts(book).items():
        where = _PLATFORM_NAMES.get(platform.casefold(), platform.title())
        prefix = "u/" if platform.casefold() == "reddit" else "@"
        shown = " and ".join(f"{prefix}{h}" for h in handles)
        parts.append(f"{shown} on {where}")
    if not parts:
        return ""
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


def playbook_lines(book: BrandBook | None, urgency: str, created_at: datetime) -> str:
    """The sentences of the book's playbook for ``urgency`` that speak to the customer
    (what we will do: "Pat or Ellie inspects the site the same day."), placeholders filled;
    instructions to the writer are left out. "" when the book has none."""
    if book is None or urgency not in ("safety", "payment", "security", "legal", "crisis"):
        return ""
    text = getattr(book.playbooks, urgency, None) or ""
    if not text:
        return ""
    try:
        filled = fill(text, book, now=created_at, location=None) or ""
    except Exception:  # a broken placeholder must not stop drafting: use none of it
        return ""
    kept = []
    for sentence in re.split(r"(?<=[.!?])\s+", filled.strip()):
        if not sentence or _INSTRUCTION_RE.match(sentence) or ":" in sentence:
            continue
        kept.append(sentence if sentence[-1] in ".!?" else sentence + ".")
    return " ".join(kept[:2])


def book_context(
    *,
    text: str,
    intent: str,
    urgency: str,
    created_at: datetime | None,
    book: BrandBook | None,
    brand_name: str,
    handles: list[str],
    lang: str,
    places: list[str],
) -> dict[str, Any]:
    """The book-derived variables every template sees (listed in the templates' README)."""
    when = created_at or datetime.now(UTC)
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    places_words = [w for p in places for w in p.split()]
    if book is not None:
        places_words += [w for loc in book.locations for n in (loc.name, *loc.aliases)
                         for w in n.split()]  # fmt: skip
    brand_words = frozenset(
        w.casefold() for w in [*brand_name.split(), *handles, *places_words] if w and len(w) > 1
    )
    topic = find_topic(text, book=book, intent=intent, brand_words=brand_words, lang=lang)
    if urgency == "payment" and topic.source != "offering" and topic.kind != "payment":
        # rules-39: a double charge told in words no payment cue knows ("took the same £95
        # again") is still about the money, not "the login trouble" another cue found nor
        # "what went wrong"; an offering named stays ("the problem with the Rind Club")
        topic = Topic("the payment", "issue", "payment")
    answer = book_answer(book, text, when) if intent == "question" and not urgency else None
    check = ""
    if intent == "question" and answer is None and not urgency:
        check = check_phrase(text, topic.phrase if topic.specific else "that")
    several = len(book.locations) > 1 if book is not None else len(places) > 1
    thing = "it"
    if topic.offering:
        thing = topic.offering if _proper(topic.offering) else f"the {topic.offering}"
    terms = next(
        (o.terms() for o in (book.offerings if book else []) if o.name == topic.offering),
        [topic.offering] if topic.offering else [],
    )
    stop, care = _first_aid(text, terms)
    if stop == "{thing}":
        stop = f"please stop using {thing}"
    contact = book.contact if book is not None else None
    return {
        "topic": topic.phrase,
        "topic_source": topic.source,
        "topic_specific": topic.specific,
        "topic_kind": topic.kind,
        "offering": topic.offering,
        "answer": answer.text if answer else "",
        "answer_kind": answer.kind if answer else "",
        "check": check,
        "hurried": hurried(text),
        "several_sites": several,
        "money": money_names(book),
        "official": official_text(book),
        "playbook": playbook_lines(book, urgency, when),
        "stop": stop,
        "care": care,
        "urgency_known": bool(urgency),
        "contact_email": (contact.email or "") if contact else "",
        "booking_url": (contact.booking_url or "") if contact else "",
    }
