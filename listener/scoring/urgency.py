"""Urgency classes for one mention: safety, payment, security, legal, churn (gravest first).

Why rules and not the learned model: urgent cases are rare (a few in a hundred mentions), a
missed one is the costliest mistake the bot can make, and each class has a vocabulary of
its own (an injury, a second charge, a request for a card code, a solicitor, a competitor).
A list of precise cues finds them, can be read by the person who gets woken up, and is
fixed by editing ``listener.scoring.urgency_cues``; beside it, ``urgency_concepts`` combines
small concept sets in short word windows (a money movement near "twice", the business's own
repair near "gas leak"), so wordings nobody listed are found in any trade.

What is *not* urgent matters as much: quality problems (burnt, cold, late, rude, slow),
"this app is killing me", "sick" or "dangerously good" as praise, a question about the
refund policy and a normal fee are complaints or questions, never an alert. Only ``churn``
is "high value, not urgent": ``is_urgent`` is false when churn is the only class.

The cues are matched on the word view of ``listener.scoring.classify.prepare`` with the
same trie-shaped compiler, so the five classes cost a few microseconds per mention. The
import of ``classify`` is deferred because ``classify`` itself imports this module.
"""

from __future__ import annotations

import re
from functools import cache

from listener.scoring.cue_trie import compile_cues as _compile
from listener.scoring.harm_told import dated_past, long_ago_elsewhere, nobody_on, scam_lure_harm
from listener.scoring.urgency_cues import (
    IMPERSONATOR_ASKS,
    MESSAGE_CONTEXT,
    REPORTED,
    SCAM_ASKED,
    URGENCY_CUES,
)
from listener.scoring.urgency_families import (
    ACCESS_FAMILIES,
    AWARE_BUT_CONTACTED,
    CRISIS,
    DISOWNED_CHANNEL,
    FRAUD_AWARENESS,
    NOT_ABOUT_THE_BRAND,
    ORDINARY_BUT_STRANGE,
    ORDINARY_DETAILS,
    OWN_APP_ASKS,
    STRANGER_OR_MESSAGE,
)
from listener.scoring.urgency_families.everyday import without_liquid_leaks, without_mishaps
from listener.scoring.urgency_families.login import CALM_LOGIN, LOGIN_THREAT
from listener.scoring.urgency_families.payment_terms import PAID_BACK_AT_ONCE, promised_then_longer
from listener.scoring.urgency_families.security import LINK_DOUBTED, LINK_SENT, LOOKALIKE_LINK
from listener.scoring.urgency_gate import gate_pieces
from listener.scoring.urgency_guards import (
    HOLD_ASKED,
    LOOKALIKE_DOMAIN,
    PAID_BACK_BY_DAY,
    PAYMENT_RESOLVED,
    REFUND_AHEAD,
    REFUND_OVERDUE,
    SAFETY_PRAISED,
    SAFETY_STILL_WRONG,
)
from listener.scoring.urgency_sums import money_does_not_add_up, only_billed

URGENCY_CLASSES: tuple[str, ...] = tuple(URGENCY_CUES)
"""Every class, gravest first: the order of ``urgency_classes``' result."""

URGENT_CLASSES = frozenset(URGENCY_CLASSES) - {"churn"}
"""Classes that make a mention urgent (``Mention.urgency == "high"``)."""


_LOOKALIKE_RE = re.compile(LOOKALIKE_DOMAIN)
# what every look-alike address contains: a literal "-" lets ``re`` skip to it, so this runs
# in a fraction of the full pattern's time and rules out nearly every mention
_LOOKALIKE_HINT_RE = re.compile(
    r"-[a-z0-9]*(?:secure|refund|rewards|pay|billing|vouchers|claim|verify|login|support|help)"
)
# An injury told as the customer's circumstance, not as harm the business did: "moved my
# lessons online when I broke my leg", "can you fly with a broken leg in a cast?". Its words
# are no safety cue; one that happened at, on or during something ("when I broke my wrist on
# your stairs", "since I hurt my back in the gym") stays one.
_BODY_PART = (
    r"(?:leg|legs|arm|arms|ankle|wrist|knee|foot|feet|hip|shoulder|back|hand|elbow|neck|toe"
    r"|finger|thumb|collarbone|rib|ribs|achilles|acl)"
)
# a word between the injury and what follows that does not place it at the business: "on
# holiday", "skiing in Feb", "at work" pass; "on your stairs", "at the wall", "at <brand>",
# "because of you" do not
_NOT_HERE = (
    r"(?:(?!(?:your|you|@\S+|thanks|because|cos|from|using|during|by|here)(?![\w'])"
    r"|(?:at|on|in) (?!(?:holiday|hols|work|home|school|football|rugby|netball|hockey|training"
    r"|the weekend|my|his|her|our|a (?:ski|skiing|school|work|walking|hiking|stag|hen)|jan\w*"
    r"|feb\w*|march|april|may|june|july|aug\w*|sep\w*|oct\w*|nov\w*|dec\w*|spring|summer"
    r"|autumn|winter|the (?:alps|slopes|mountains|garden|ice))(?![\w'])))\S+ )"
)
_INJURY_CONTEXT_RE = re.compile(
    r" (?:when|since|after|because|cos|while) (?:i|we|i'd|i'?ve|i had|i have) (?:\S+ )?"
    r"(?:broke|broken|fractured|sprained|injured|hurt|tore|torn|did|done) (?:my|our) (?:\S+ )?"
    rf"{_BODY_PART}(?! (?:\S+ ){{0,3}}?(?:at|on|in|during|from|off|because|thanks|using|with|by)"
    r" (?:your|the|their|one|a|an|this|that|you)(?![\w']))"
    r"| (?:was|were|am|i'?m|being|been|is|he'?s|she'?s) (?:in a cast |on crutches )?with (?:a |my"
    rf" |his |her )?(?:broken|sprained|fractured|injured|bad) {_BODY_PART}(?![\w'])"
    r"| (?:can|could|may|will|would|do|does) (?:i|you|we|he|she|they|u) (?:\S+ ){0,4}?(?:with|on)"
    rf" (?:a |my |his |her )?(?:broken|sprained|fractured|injured|bad) {_BODY_PART}(?![\w'])"
    # rules-11: the injury as the reason the customer could not do something themselves
    # ("broken ankle so no 10k for me", "broke my wrist falling off my bike so couldn't do the
    # gutters", "sprained my knee skiing, so you did the lot"); not when anything between
    # places it at, on or because of the business ("on your stairs so I couldn't work")
    rf"| (?:broken|sprained|fractured|injured|bad|dodgy|a broken|a sprained) {_BODY_PART}"
    r" (?:so|means|meant|which means|which meant|meaning)(?![\w'])"
    r"| (?:broke|broken|fractured|sprained|injured|hurt|tore|torn|did|done) (?:my|our|his|her)"
    rf" (?:\S+ )?{_BODY_PART} {_NOT_HERE}{{0,6}}?(?:so|which meant|meaning)"
    r" (?:i |we |he |she |)?(?:couldn'?t|can'?t|could not|cannot|wasn'?t able|not able|no"
    r" (?!one|body|one's)\S+)"
    # rules-12: an injury got elsewhere as the reason to pause ("Broke my ankle skiing in Feb
    # (not climbing related!) - can I freeze my membership?")
    r"| (?:broke|broken|fractured|sprained|injured|hurt|tore|torn|snapped|dislocated|did|done)"
    rf" (?:my|our|his|her) (?:\S+ )?{_BODY_PART} {_NOT_HERE}{{0,10}}?(?:can|could|may|do|would"
    r"|will) (?:i|we|he|she|you) (?:\S+ ){0,2}?(?:pause|freeze|suspend|defer|hold|put|transfer"
    r"|postpone|skip|carry|move|keep|cancel)(?![\w'])"
    # the customer's own injury as the reason for a request ("can I pause my membership while
    # I'm injured?", "freeze it until I'm recovering"); not one got at, on or from the business
    r"| (?:while|whilst|as|since|because|cos|till|until) (?:i'?m|i am|i was|i'?ve been|i got"
    r"|we'?re|he'?s|she'?s) (?:still )?(?:injured|hurt|recovering)(?![\w'])(?! (?:\S+ ){0,3}?"
    r"(?:at|on|in|during|from|by|because|thanks) (?:your|the|their|you|one|a)(?![\w']))"
    # rules-17: hurt at a sport elsewhere ("Oscar broke his wrist at football on saturday")
    rf"| (?:broke|broken|fractured|sprained|hurt|injured) (?:my|our|his|her) (?:\S+ )?{_BODY_PART}"
    r" (?:at|playing) (?:football|rugby|netball|hockey|cricket|judo|karate|skiing)(?![\w'])(?!"
    r" (?:\S+ ){0,8}?(?:your|you|club|coach|nobody|no one|no-one)(?![\w']))"
    # rules-36 (the thirteenth week set): "nervous about trying them because of an old injury"
    r"| (?:an|my|his|her|their|the|this|that|a) old (?:\S+ )?(?:injury|injuries)(?![\w'])"
)
_Pattern = re.Pattern[str]
_Patterns = tuple[_Pattern, tuple[tuple[str, _Pattern], ...], _Pattern, _Pattern, _Pattern]


@cache
def _patterns() -> _Patterns:
    """Compile once: one pattern that rules out the usual mention, one per class, the guard."""
    # only the per-class cues: a match of SCAM_ASKED alone found no class here (the scam
    # question is tested on its own in ``classes_in_view``), so it only cost time
    any_class = _compile(*gate_pieces(URGENCY_CUES.values()))
    per_class = tuple((name, _compile(cue)) for name, cue in URGENCY_CUES.items())
    resolved = _compile(PAYMENT_RESOLVED, PAID_BACK_AT_ONCE, PAID_BACK_BY_DAY, HOLD_ASKED)
    guards = resolved, _compile(SAFETY_PRAISED), _compile(SAFETY_STILL_WRONG)
    return any_class, per_class, *guards


def classes_in_view(w: str) -> tuple[str, ...]:
    """Urgency classes whose cues match word view ``w`` (see ``classify.prepare``).

    A payment problem the customer says was put right ("sorted my double charge so fast")
    is thanks, not an alert: ``payment`` is dropped then. A harm told only to praise how it
    was handled ("our cat ate a hair tie, the out-of-hours vet was brilliant") drops
    ``safety``, unless anything says it is still wrong ("but", "nobody", "why", "sorry").
    """
    any_class, per_class, resolved, praised, still_wrong = _patterns()
    if any_class.search(w) is None:
        found: tuple[str, ...] = ()
    else:
        found = tuple(name for name, pattern in per_class if pattern.search(w))
    if "security" not in found and (
        ("-" in w and _LOOKALIKE_HINT_RE.search(w) and _LOOKALIKE_RE.search(w))
        or ("scam" in w and _scam_about_a_message(w))
        or ("/" in w and _lookalike_link(w))
    ):
        found = in_order((*found, "security"))
    if "payment" not in found and (money_does_not_add_up(w) or promised_then_longer(w)):
        found = in_order((*found, "payment"))
    if "payment" in found and (resolved.search(w) or _calm_pending(w) or _refund_ahead(w)):
        found = tuple(name for name in found if name != "payment")
    if "safety" in found and praised.search(w) and not still_wrong.search(w):
        found = tuple(name for name in found if name != "safety")
    if "safety" in found and not _still_there(w, "safety", per_class):
        found = tuple(name for name in found if name != "safety")
    if "safety" in found and (
        long_ago_elsewhere(w)
        or dated_past(w, _safety(per_class))
        or nobody_on(w, _safety(per_class))
    ):
        found = tuple(name for name in found if name != "safety")
    if "security" in found and (_fraud_awareness(w) or not _still_there(w, "security", per_class)):
        found = tuple(name for name in found if name != "security")
    # rules-37 (the fourteenth week set): "In 2017, years before I used anything like this,
    # someone got into my old Hotmail": an account taken long ago is why they are a customer
    if (
        "security" in found
        and _YEARS_BEFORE_RE.search(w) is not None
        and dated_past(w, _class_pattern(per_class, "security"))
    ):
        found = tuple(name for name in found if name != "security")
    if "security" in found and (_ordinary_details(w) or _calm_login(w)):
        found = tuple(name for name in found if name != "security")
    if "safety" in found and "security" in found and scam_lure_harm(w):
        found = tuple(name for name in found if name != "safety")
    if "churn" in found and (_JOB_ASKED_RE.search(w) or not _churn_left(w, per_class)):
        found = tuple(name for name in found if name != "churn")
    return found


# rules-36 (the thirteenth week set): moves that leave no one: "if I switch from Sky to
# Freesat can you reuse the existing dish" (between two others, asked of us), "how to move my
# downloads to the SD card" (files, not custom)
_NOT_LEAVING_RE = re.compile(
    r" if (?:i|we) (?:\S+ )?(?:switch|move|change|go) from (?!(?:you|your|u|them|this|these"
    r"|@\S+|brandname)(?![\w']))\S+ (?:\S+ )?to \S+"
    # (to a device, not a rival: "moving all my photos to Google Photos after 8 years")
    r"| (?:move|moving|moved|transfer|transferring|transferred) (?:my|our|all my|all our) (?:\S+ )?"
    r"(?:downloads|files|photos|pictures|pics|music|songs|audiobooks|books|podcasts|data|contacts"
    r"|apps|library|playlists|saves|passwords|notes|videos) (?:\S+ ){0,2}?to (?:the |my |an? |a"
    r" new )?(?:sd card|memory card|phone|laptop|computer|pc|mac|tablet|ipad|iphone|usb|usb"
    r" stick|hard drive|external drive|drive|desktop|watch|kindle|new phone|card)(?![\w'])"
)


def _churn_left(w: str, per_class: tuple[tuple[str, _Pattern], ...]) -> bool:
    """Whether churn's cues still match once moves that leave no one are cut out."""
    if _NOT_LEAVING_RE.search(w) is None:
        return True
    churn = _class_pattern(per_class, "churn")
    return churn.search(_NOT_LEAVING_RE.sub(" ", w)) is not None


# rules-37: an account taken is told long past only in so many words ("years before", "back
# in 2016"), not by a year alone ("Joined in 2016, never had a problem until someone hacked
# my account")
_YEARS_BEFORE_RE = re.compile(
    r" (?:years|yrs|decades?) (?:before|earlier|ago)(?![\w'])| back in (?:19|20)\d\d(?![\w'])"
    r"| a long time ago(?![\w'])| when i was (?:a kid|a child|little|young|a student)(?![\w'])"
)


def _class_pattern(per_class: tuple[tuple[str, _Pattern], ...], name: str) -> _Pattern:
    """The cue pattern of class ``name``."""
    return next(pattern for cls, pattern in per_class if cls == name)


def _safety(per_class: tuple[tuple[str, _Pattern], ...]) -> _Pattern:
    return _class_pattern(per_class, "safety")


@cache
def _refund_patterns() -> tuple[_Pattern, _Pattern]:
    return _compile(REFUND_AHEAD), _compile(REFUND_OVERDUE)


def _refund_ahead(w: str) -> bool:
    """A refund promised a few days ahead and nothing said of the days passing
    (``urgency_guards.REFUND_AHEAD``): not yet due, so no payment fault."""
    if "days" not in w:
        return False
    ahead, overdue = _refund_patterns()
    return ahead.search(w) is not None and overdue.search(w) is None


def _calm_pending(w: str) -> bool:
    """A calm question about a pending sum (``classify.calm_pending_question``, rules-31:
    "not a complaint at all, just curious: … guessing that's a card check?"): no payment
    fault, from the rules or from the learned head (49 readable rows, every one calm), nor
    (rules-32) a security one from the learned head; a security cue of the rules' own
    ("pretending to be", "logged into my account") always stands."""
    from listener.scoring.classify import calm_pending_question

    return "pending" in w and calm_pending_question(w)


def _still_there(w: str, name: str, per_class: tuple[tuple[str, _Pattern], ...]) -> bool:
    """Whether class ``name``'s cues still match ``w`` once the phrases that only look like
    it are cut out: an injury got elsewhere and everyday mishaps for safety
    (``_INJURY_CONTEXT_RE``, ``everyday.NO_HARM_SAFETY``), a liquid that leaked for security."""
    if name == "safety":
        left = without_mishaps(_INJURY_CONTEXT_RE.sub("", w))
    else:
        left = without_liquid_leaks(w)
    pattern = next(pattern for cls, pattern in per_class if cls == name)
    return left == w or pattern.search(left) is not None


# Asking for a job is not leaving: "are you hiring? 3 years barista experience and moving to
# Leeds in Jan" (a relocation, read as "moving to <a rival>")
_JOB_ASKED_RE = re.compile(
    r" (?:are|r|is) (?:you|u|they|\S+) (?:\S+ )?hiring(?![\w'])| any (?:\S+ )?(?:jobs?|vacanc\w*"
    r"|openings?)(?![\w'])| (?:job|vacancy|vacancies|position|role) (?:going|open|available)"
    r"| (?:send|drop|email|hand) (?:you |in )?(?:my |a )?cv(?![\w'])"
)
# Staying, said by a long-time customer: "3 years of oat lattes and I'm still not bored",
# "10 years coming here and still my favourite". The learned churn head reads the years (most
# leaving is told "after N years") and may not add churn to a fan saying they stay.
_STAYING_RE = re.compile(
    r" still (?:not bored|my (?:fav\w*|go-?to|number one)|(?:the )?best|love (?:it|you|them|this)"
    r"|obsessed|hooked|a fan|coming back|going strong|can'?t get enough)(?![\w'])"
    r"| (?:never|not) (?:got|get|getting|gotten) bored| not going anywhere(?![\w'])"
)


@cache
def _ordinary_patterns() -> tuple[_Pattern, _Pattern, _Pattern, _Pattern]:
    return (
        _compile(ORDINARY_DETAILS),
        _compile(ORDINARY_BUT_STRANGE),
        _compile(NOT_ABOUT_THE_BRAND),
        _compile(DISOWNED_CHANNEL),
    )


def _ordinary_details(w: str) -> bool:
    """Card details asked by the brand's own checkout, a customer asking if they are needed, a
    login code or PIN asked by the brand's own app, or a hack or scam the customer says has
    "nothing to do with" the brand.

    "Checkout asked for my card number twice" is a glitch and "do you need my bank details
    again?" a plain question: neither is phishing unless something names a stranger, a
    message or a secret no real checkout asks for ("someone", "a text", "my PIN").
    """
    ordinary, strange, not_ours, disowned = _ordinary_patterns()
    if "nothing to do with" in w and not_ours.search(w) and not disowned.search(w):
        return True
    if ordinary.search(w) is not None and strange.search(w) is None:
        return True
    own_app, stranger = _own_app_patterns()
    return (
        own_app.search(w) is not None
        and stranger.search(w) is None
        and _MONEY_GONE_RE.search(w) is None
    )


# rules-36: money gone after the details were given is no ordinary sign-in ("your app asked
# for my name, address and pin and now £300 has gone from my account")
_MONEY_GONE_RE = re.compile(
    r" (?:£|\$|€)\d\S* (?:\S+ ){0,3}?(?:gone|taken|missing|disappeared|vanished|left my|out of my)"
    r"| (?:emptied|drained|cleaned out)(?![\w'])"
)


@cache
def _login_patterns() -> tuple[_Pattern, _Pattern]:
    return _compile(CALM_LOGIN), _compile(LOGIN_THREAT)


def _calm_login(w: str) -> bool:
    """The brand's own sign-in flow told with no threat in it ("it asks for the email code
    every time I open the app"): see ``urgency_families.login``."""
    calm, threat = _login_patterns()
    return calm.search(w) is not None and threat.search(w) is None


@cache
def _awareness_patterns() -> tuple[_Pattern, _Pattern]:
    return _compile(FRAUD_AWARENESS), _compile(AWARE_BUT_CONTACTED)


def _fraud_awareness(w: str) -> bool:
    """Fraud-awareness news ("the newsletter is all about spotting fake texts") that tells
    of no contact with the writer: it names scams and reports none."""
    news, contacted = _awareness_patterns()
    return news.search(w) is not None and contacted.search(w) is None


@cache
def _own_app_patterns() -> tuple[_Pattern, _Pattern]:
    return _compile(OWN_APP_ASKS), _compile(STRANGER_OR_MESSAGE)


@cache
def _scam_patterns() -> tuple[_Pattern, _Pattern]:
    return _compile(SCAM_ASKED), _compile(MESSAGE_CONTEXT)


@cache
def _link_patterns() -> tuple[_Pattern, _Pattern, _Pattern]:
    return _compile(LOOKALIKE_LINK), _compile(LINK_SENT), _compile(LINK_DOUBTED)


def _lookalike_link(w: str) -> bool:
    """A look-alike address with a payment or login path, sent in a message and doubted."""
    link, sent, doubted = _link_patterns()
    return all(pattern.search(w) is not None for pattern in (link, sent, doubted))


def _scam_about_a_message(w: str) -> bool:
    """ "Is this a scam?" beside a text, link, caller or account, not about a price or offer."""
    asked, context = _scam_patterns()
    return asked.search(w) is not None and context.search(w) is not None


def reported_urgency(w: str) -> tuple[str, ...]:
    """Urgent classes of word view ``w`` when its author reports the harm themselves.

    A post that reads like spam can be a customer quoting the spam ("their page was hacked,
    it's posting 'enter your card details'") or a scam text they got: spam must not hide
    that. An unaddressed promotion with no first person ("FREE insurance, enter your bank
    details at...") stays spam: ``REPORTED`` does not match it.
    """
    found = tuple(name for name in classes_in_view(w) if name in URGENT_CLASSES)
    if not found:
        return ()
    _asks, reported = _impersonator_patterns()
    return found if reported.search(w) else ()


def urgency_classes(text: str) -> tuple[str, ...]:
    """Urgency classes of raw ``text``, gravest first; ``()`` when nothing is urgent.

    >>> urgency_classes("EpiPen used, we're in A&E")
    ('safety',)
    >>> urgency_classes("@cafe the toast was burnt and the coffee cold")
    ()
    """
    from listener.scoring.classify import prepare

    view, _urls = prepare(text)
    return classes_in_view(view)


def keeps_learned(text: str, name: str) -> bool:
    """True unless a near-miss guard of the rules rules out class ``name`` for raw ``text``.

    The learned urgency heads (``model.learned_urgency``) are a second opinion: what the
    rules would drop from their own verdict (a double charge already refunded, a harm told
    to praise how it was handled, card details asked by our own checkout) the heads may not
    add either.
    """
    from listener.scoring.classify import prepare

    w, _urls = prepare(text)
    _any, _per, resolved, praised, still_wrong = _patterns()
    if name == "payment":
        return (
            resolved.search(w) is None
            and not _calm_pending(w)
            and not only_billed(w)
            and not _refund_ahead(w)
        )
    if name == "safety":
        if praised.search(w) and not still_wrong.search(w):
            return False
        if nobody_on(w, _safety(_per)) or dated_past(w, _safety(_per)):
            return False
        return _still_there(w, "safety", _per)
    if name == "security":
        # rules-27: nor a calm question about a card hold ("a £250 pending from you since the
        # quote visit, is that just a pre-auth that drops off? no rush"), which the payment
        # rules already leave calm
        # (rules-32: nor a calm question about a pending card check, "is that just a card
        # check thing? not worried, just curious")
        calm = (
            _ordinary_details(w)
            or _fraud_awareness(w)
            or _calm_login(w)
            or _hold_asked(w)
            or _calm_pending(w)
        )
        return not calm and _still_there(w, "security", _per)
    if name == "churn":
        return (
            _STAYING_RE.search(w) is None
            and _JOB_ASKED_RE.search(w) is None
            and _NOT_LEAVING_RE.search(w) is None
        )
    return True


@cache
def _hold_asked_pattern() -> _Pattern:
    return _compile(HOLD_ASKED)


def _hold_asked(w: str) -> bool:
    """A calm question about a card hold (``urgency_guards.HOLD_ASKED``)."""
    return _hold_asked_pattern().search(w) is not None


def in_order(classes: tuple[str, ...]) -> tuple[str, ...]:
    """``classes`` sorted gravest first."""
    return tuple(name for name in URGENCY_CLASSES if name in classes)


def is_urgent(classes: tuple[str, ...]) -> bool:
    """True when any class but churn is present: churn alone is high value, not urgent."""
    return not URGENT_CLASSES.isdisjoint(classes)


@cache
def _impersonator_patterns() -> tuple[_Pattern, _Pattern]:
    return _compile(IMPERSONATOR_ASKS), _compile(REPORTED)


def is_impersonator_request(text: str) -> bool:
    """True when ``text`` itself asks the reader for card details in the brand's voice.

    "Hi, <Brand> Support here. Please send your card number to verify" is a scammer's post,
    not a customer's: it is still ``security`` (someone should report the account), but no
    reply should thank or help its author. A customer who reports or quotes such a request
    speaks of themselves or the scammer ("someone DMed me", "is this you?", "scam"), and
    that rules it out, so their post is answered as usual.
    """
    from listener.scoring.classify import prepare

    view, _urls = prepare(text)
    asks, reported = _impersonator_patterns()
    return asks.search(view) is not None and reported.search(view) is None


# What a scam report names and an access or privacy failure does not: a message, a link, a
# secret asked for, an impersonator. Its absence is what makes "access" the kind.
_SCAM_WORDS = (
    r"scam\w*|phish\w*|fake|impersonat\w*|pretend\w*|posing|claiming|link|links|click|texted"
    r"|a text|texts|sms|dm|dms|dmed|whatsapp|called me|caller|rang me|call from|code|codes|verify"
    r"|password|pin|otp|card details|card number|bank details|hacked|hacker|hackers"
)


@cache
def _kind_patterns() -> tuple[_Pattern, _Pattern]:
    return _compile(ACCESS_FAMILIES), _compile(_SCAM_WORDS)


def security_kind(text: str) -> str:
    """``"access"`` when a security mention is about the wrong person let in or let see,
    else ``"scam"``.

    Why: the reply differs. A scam or impersonator report is answered with "these are our
    only accounts, we never ask for card numbers or codes"; said to a guest whose room key
    the desk gave to a stranger, or a patient sent someone else's results, that reply is
    wrong and insulting. Access and privacy failures (``urgency_families.access``) get an
    apology and a same-day investigation instead (``urgent/security_access.j2``).

    >>> security_kind("reception gave a spare key to my room to a man I don't know")
    'access'
    >>> security_kind("someone DMed me pretending to be you and asked for my card number")
    'scam'
    """
    from listener.scoring.classify import prepare

    view, _urls = prepare(text)
    access, scam = _kind_patterns()
    if access.search(view) is not None and scam.search(view) is None:
        return "access"
    return "scam"


@cache
def _crisis_pattern() -> _Pattern:
    return _compile(CRISIS)


def safety_kind(text: str) -> str:
    """``"crisis"`` when a safety mention is a person saying they may harm themselves or see
    no point in going on, else ``"harm"``.

    Why: the reply differs. The safety reply says sorry for an injury, asks them to stop
    using something and get medical help, and promises an inspection; said to someone in
    crisis that is cold and beside the point. They get a person's words and where to find
    help now (``urgent/safety_crisis.j2``, the brand book's ``playbooks.crisis``).

    >>> safety_kind("told the loans team I didn't see the point in carrying on any more")
    'crisis'
    >>> safety_kind("the shelf came down and cut my son's arm")
    'harm'
    """
    from listener.scoring.classify import prepare

    view, _urls = prepare(text)
    return "crisis" if _crisis_pattern().search(view) is not None else "harm"
