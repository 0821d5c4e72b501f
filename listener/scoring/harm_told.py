"""A harm told that is no report: long ago and elsewhere, dated long past, on a machine nobody
was on, or quoted in a scammer's message (rules-36, from the thirteenth and fifteenth week
sets; rules-37 dates an account taken long ago the same way).

Kept apart from ``urgency`` (the classes and their guards) as one family of guards: each
takes the word view and, where it needs the cues' positions, the class's cue pattern.
"""

from __future__ import annotations

import re

from listener.scoring.after_work import broke_after_work
from listener.scoring.urgency_guards import ELSEWHERE, LONG_AGO, PREVIOUS_MOVE

_LONG_AGO_RE = re.compile(LONG_AGO)
_LONG_AGO_OR_MOVE_RE = re.compile(f"{LONG_AGO}|{PREVIOUS_MOVE}")
_ELSEWHERE_RE = re.compile(ELSEWHERE)


def long_ago_elsewhere(w: str) -> bool:
    """A harm told as long ago and elsewhere (``urgency_guards.LONG_AGO``, ``ELSEWHERE``) with
    no fault after our own work: the reason for caution or praise, not a report."""
    return (
        _LONG_AGO_OR_MOVE_RE.search(w) is not None
        and _ELSEWHERE_RE.search(w) is not None
        and not broke_after_work(w)
    )


# rules-36 (the thirteenth week set): a harm dated long past in its own words, "In 1998 my dad
# fell off the ladder putting an aerial on our chimney and broke his hip", "He fell down our
# stairs in 2021 and broke three ribs", "Got mugged leaving a gold buyer years ago": the reason
# for a purchase or for caution. Every safety cue must have the date within a few words
# (``_DATE_WINDOW``) and nothing recent beside it; a fault after our own work always stands
# ("we bought the heater in 2022 and it caught fire last night").
_DATE_WINDOW = (10, 8)
_CLUSTER_GAP = 12
_RECENT_RE = re.compile(
    r" (?:today|tonight|yesterday|this (?:morning|afternoon|evening|week|month)|last night|just"
    r" now|right now|an hour ago|earlier today|last (?:week|month)|on (?:mon|tues|wednes|thurs"
    r"|fri|satur|sun)day|(?:a few|two|three|\d+) (?:days|weeks) ago|the other day|recently"
    r"|and now|now (?:it|the|there|he|she|they|we|i|its|it's)|(?:is|are|it'?s) now)(?![\w'])"
    # the date of a purchase or of our work, not of the harm ("bought this pushchair from
    # @x back in 2021, the wheel came off with my daughter in it")
    r"| (?:bought|fitted|installed|serviced|ordered|hired|delivered|put in|built|from @\S+"
    r"|from you|by you|with you|you fitted|you installed)(?![\w'])"
    # nor a harm at the brand or with its kit, however old ("back in 2015 my son broke his arm
    # at your trampoline park", "two summers ago your zipline snapped")
    r"| (?:your|you|ur)(?![\w'])"
)
# a date that is a year alone ("my 1998 Land Rover", "our 1935 semi") or a start ("since 1999",
# "since about 2022") says nothing of when the harm was
# (rules-37: the text before a match ends without its space, "customer since about 2015")
_NOT_A_DATE_RE = re.compile(r"^ (?:\d|since)| since(?: about| around)?$")


def dated_past(w: str, pattern: re.Pattern[str]) -> bool:
    """Whether every cue of ``pattern`` (a class's cues: safety, or security beside "years
    before") in ``w`` is told beside a date long past (``LONG_AGO``)."""
    before_n, after_n = _DATE_WINDOW
    spans: list[list[int]] = []
    for m in pattern.finditer(w):
        # cues told in one breath are one harm ("my dad fell off the ladder … and broke his
        # hip"): the date before the first covers the rest
        if spans and w.count(" ", spans[-1][1], m.start()) <= _CLUSTER_GAP:
            spans[-1][1] = m.end()
        else:
            spans.append([m.start(), m.end()])
    if not spans:
        return False
    for start, end in spans:
        words = [*w[:start].split()[-before_n:], *w[start:end].split(), *w[end:].split()[:after_n]]
        window = " " + " ".join(words) + " "
        dated = any(
            not _NOT_A_DATE_RE.search(found.group())
            and not _NOT_A_DATE_RE.search(window[: found.start()][-20:])
            for found in _LONG_AGO_RE.finditer(window)
        )
        if not dated or _RECENT_RE.search(window) is not None:
            return False
    return not broke_after_work(w)


# rules-36: a machine that stopped "with nobody on it" hurt nobody and could not have (a
# stairlift, a ride, a hoist); any harm to a person named still stands
_NOBODY_ON_RE = re.compile(
    r" with (?:nobody|no one|no-one|noone|no passengers?) (?:on|in|inside|aboard|riding"
    r"|sat on|sitting on|in the \S+ of) (?:it|them|the \S+|board)(?![\w'])"
)
_PERSON_HARMED_RE = re.compile(
    r" (?:hurt|injur\w*|bruis\w*|burn\w*|broke (?:his|her|my|their)|hospital\w*|a&e|ambulance"
    r"|fell|trapped|stuck on it|bleeding|cut (?:his|her|my|their)|ill|sick|poorly|vomit\w*"
    r"|doctor|gp|went down with)(?![\w'])"
)


_STOPPED_RE = re.compile(r"stop|stuck|stall|jamm|halt|cut out|froze|broke down|won'?t move")


# rules-36 (the fifteenth week set): a scam that quotes a harm to frighten ("Scam text
# pretending to be Ridgeway … 'your recent water sample failed for E.coli. Pay £49 for urgent
# resample'") is security; the harm is the lure, not a report, unless someone was hurt
_SCAM_WORD_RE = re.compile(r" (?:scam\w*|pretending|fake|phish\w*|impersonat\w*)(?![\w'])")


def scam_lure_harm(w: str) -> bool:
    """A scam report whose only harm is in the scammer's message."""
    return _SCAM_WORD_RE.search(w) is not None and _PERSON_HARMED_RE.search(w) is None


def nobody_on(w: str, pattern: re.Pattern[str]) -> bool:
    """A machine that stopped (every safety cue a stop) with nobody on it and no one said to
    be hurt; "collapsed with nobody on it … landed in the playground" stays safety."""
    if _NOBODY_ON_RE.search(w) is None or _PERSON_HARMED_RE.search(w) is not None:
        return False
    return all(_STOPPED_RE.search(m.group()) for m in pattern.finditer(w))
