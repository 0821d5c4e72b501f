"""Which way a customer is moving: to the brand (a win) or away from it (churn).

The churn cues (``churn_cues.CHURN``, ``urgency_families.churn``) know the shape of a move
("moving my broadband to X", "switching from X to Y") but not whose name X is: every brand's
mentions name competitors and the brand itself. Read without the brand, "moving the flat's
broadband to @skylinefibre" is churn (a new customer, alerted as one leaving) and "leaving
@acmebank for Monzo" is missed (the cues want "switching to" or "moving to"). The brand's
own names (its handles and keywords, ``[brand]`` settings) settle it: a move *to* one of them
is no churn; leaving one of them for anything is.

Applied by ``understand.score_batch`` when the scorer knows the brand (``Scorer.own``):
ingest, its workers, relabelling and the CLI's ``score`` all do. Evaluation on the corpus
scores without a brand, as before.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from listener.text import handle_key

_MOVE = (
    r"(?:moving|moved|move|switching|switched|switch|changing|changed|change|swapping|swapped"
    r"|porting|ported|port|transferring|transferred|transfer|bringing|brought|taking|took"
    r"|going|gone|went|coming|came)"
)
_LEAVE = (
    r"(?:leaving|left|leave|ditching|ditched|ditch|quitting|quit|dumping|dumped|dump"
    r"|cancelling|canceling|cancelled|canceled|cancel|closing|closed|close)"
)


def own_names(handles: Iterable[str], keywords: Iterable[str]) -> tuple[str, ...]:
    """The brand's names as the word view writes them: ``@handle`` and each keyword."""
    names = {"@" + handle_key(h) for h in handles if handle_key(h)}
    names.update(" ".join(k.lower().split()) for k in keywords if k.strip())
    return tuple(sorted(names))


@lru_cache(maxsize=8)
def _patterns(names: tuple[str, ...]) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    if not names:
        return None
    # "@acmebank" also as "acmebank"; the longest name first so "acme bank" beats "acme"
    spelled = sorted({*names, *(n.removeprefix("@") for n in names)}, key=len, reverse=True)
    own = r"(?:" + "|".join(re.escape(n) for n in spelled) + r")(?:'s)?(?![\w'])"
    # a move to one of our names, not one made years ago ("switched to Acme 3 years ago,
    # biggest mistake, moving to Monzo"); the words between hold no "to" of their own
    # ("switching to Monzo after 10 years with Acme" is no move to Acme)
    recent = r"(?! (?:\S+ ){0,2}?(?:years|yrs|months) ago)"
    to_us = re.compile(
        rf" {_MOVE} (?:(?!to )\S+ ){{0,6}}?(?:to|over to|across to|onto) {own}{recent}"
        rf"| (?:going|gone|went|signed up|signing up) with {own}{recent}"
        rf"| {_LEAVE} (?:(?!{own})\S+ ){{1,4}}?for {own}"
        rf"| (?:joined|joining|signed up (?:with|to|for)|just got|finally got) {own}{recent}"
        # rules-36: "after 9 years I've booked Fade Factory for next time" (our own name)
        rf"| (?:booked|rebooked|re-booked) (?:in )?(?:with |at )?{own} (?:\S+ )?for (?:the )?next"
    )
    # leaving one of our names for someone or after years, or saying who is next ("ditching
    # Acme Bank, my new bank is Starling"); not "left @acmegym for the day", "closing my Acme
    # app to restart it", "leaving the Acme Hotel after 3 amazing nights"
    from_us = re.compile(
        rf" (?:{_LEAVE}|done with|moving (?:away )?from|switching from|switched from|moved"
        r" (?:away )?from|going from|changing from|porting from|ported from|(?:moving|moved|taking"
        r"|took|switching|switched|porting) (?:my |our )?(?:\S+ ){0,2}?(?:out of|away from))"
        r" (?:my |our )?(?:\S+ )?"
        rf"{own} (?:\S+ ){{0,3}}?(?:(?:for|to)(?! (?:the|a) (?:day|night|weekend|week|evening"
        r"|morning|afternoon|holidays?|bit|minute|moment)| (?:open|restart|reopen|start|try|join"
        r"|sign|get|use|upgrade|check|see))|after (?:\S+ )?(?:\d+|ten|twenty|many|several|five"
        r"|six|seven|eight|nine) (?:years|yrs)|and (?:moving|going|switching|signing|putting)"
        r"|(?:\S+ ){0,6}?and (?:went|moved|switched|gone|signed up) (?:to|over to|with)"
        r"|\d+ (?:years|yrs)|(?:my |our )?new (?:\S+ )?is)(?![\w'])"
    )
    return to_us, from_us


# a habit told before the move ("12 years of taking the mowers to @x", rules-22; "every
# autumn since 2014 my skis have gone to @x for a service", rules-24): custom of years, not a
# move to the brand
_HABIT_BEFORE_RE = re.compile(
    r"(?:every (?:autumn|winter|spring|summer|year|season|week|month|time)|since (?:19|20)\d\d"
    r"|for years|(?:years|yrs|summers|decades|months) of)(?: \S+){0,8} ?$"
)


def _moves_to_us(view: str, to_us: re.Pattern[str]) -> bool:
    """Whether ``view`` tells of a move to the brand that is not a habit of years."""
    return any(
        not _HABIT_BEFORE_RE.search(view[max(0, m.start() - 80) : m.start()])
        for m in to_us.finditer(view)
    )


# what a move away from the brand needs to be said at all: most mentions have none of these,
# and they are spared the word view and the two searches
_LEAVING_HINT_RE = re.compile(
    r"\b(?:leav|left|ditch|quit|dump|cancel|clos|done with|\w+ing from|\w+ed from|away from"
    r"|out of)",
    re.I,
)


def directed(text: str, classes: tuple[str, ...], names: tuple[str, ...]) -> tuple[str, ...]:
    """``classes`` with churn dropped for a move to the brand and added for one away from it.

    ``text`` is the normalised mention; ``names`` is ``own_names``' result.
    """
    patterns = _patterns(names)
    if patterns is None or ("churn" not in classes and not _LEAVING_HINT_RE.search(text)):
        return classes
    from listener.scoring.classify import prepare

    view = prepare(text)[0]
    to_us, from_us = patterns
    if "churn" in classes:
        if _moves_to_us(view, to_us) and not from_us.search(view):
            return tuple(name for name in classes if name != "churn")
        return classes
    if from_us.search(view) and not _moves_to_us(view, to_us):
        return (*classes, "churn")  # churn is the last class in gravity order
    return classes
