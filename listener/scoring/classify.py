"""Rule-based intent, complaint, urgency and spam for one mention (pure functions).

Why rules and not a model: they run in microseconds next to VADER, need no download, and
every decision can be explained and fixed by editing a list. ``docs/classification.md``
documents each rule. The cue lists themselves are in ``listener.scoring.cues``; bump
``RULES_VERSION`` in ``listener.scoring.sentiment`` when they change.

Matching happens on a "word view" of the text: lower-cased, curly apostrophes made
straight (don't / don’t), URLs removed (``t.co/scam`` is not the word "scam"; only a
look-alike address with a payment or login path stays, see ``_url_left``), other
punctuation turned into single spaces, padded with one space at each end. @handles stay
whole, so a cue word never matches inside a handle; an apostrophe used as a quote mark
('a faff') is dropped, one inside a word (don't) is kept. Each cue list is compiled once
into a trie-shaped regex that starts with a literal space: Python's ``re`` then jumps from
word to word instead of testing every character, which keeps all rules together at a few
microseconds per tweet (``listener.scoring.cue_trie``).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from listener.scoring import cues, intent_cues, spam_cues
from listener.scoring.after_work import broke_after_work
from listener.scoring.cue_trie import compile_cues as _compile
from listener.scoring.urgency import (
    URGENCY_CLASSES,
    classes_in_view,
    is_urgent,
    reported_urgency,
)
from listener.scoring.urgency_families.security import KEPT_LINK

_ASCII_PUNCT = '!"()*+,.:;<=>[\\]^{|}~#`\t\n\r\x0b\x0c'
_ASCII_VIEW = bytes.maketrans(_ASCII_PUNCT.encode(), b" " * len(_ASCII_PUNCT))
_UNICODE_VIEW = str.maketrans(
    {"’": "'", "‘": "'", "ʼ": "'", "´": "'"} | {ch: " " for ch in "“”«»…–—•·¡¿„"}
)
# the characters ``_UNICODE_VIEW`` maps: most non-ASCII mentions (emoji) have none, and
# ``str.translate`` looks up every character of a non-ASCII text (about 7 µs a tweet)
_UNICODE_VIEW_RE = re.compile("[" + "".join(map(re.escape, map(chr, _UNICODE_VIEW))) + "]")
_URL_RE = re.compile(r"(?:https?://|www\.)\S*", re.IGNORECASE)
_KEPT_LINK_RE = re.compile(KEPT_LINK)


_STRONG_RE = _compile(*(frag for frags in cues.STRONG_CUES.values() for frag in frags))
_WEAK_RE = _compile(*cues.WEAK_CUES)
_SARCASM_RE = _compile(*cues.STRONG_CUES["sarcasm"])
_RESOLVED_RE = _compile(*cues.GUARD_RESOLVED)
# Damage that did not happen: "not a single pane broken", "nothing damaged", "without a
# scratch". Praise for careful work names the harm it avoided; the harm word is no cue then.
_NO_HARM_RE = re.compile(
    r" (?:not (?:a|one) (?:single )?|nothing |no |without (?:a |any )?|zero )"
    r"(?:(?!but |end |idea |one |reply |response )\S+ ){0,2}?"
    r"(?:broken|damaged|damage|scratched|scratch|scratches|chipped|cracked|dented|spilled"
    r"|spilt|missing|out of place)(?= )"
    # "came back two days later to check the stump": a follow-up visit, not a delay
    r"| (?:came|come|comes|popped|called|rang|phoned|dropped) (?:back |by |round )"
    r"(?:\S+ ){0,3}?later to (?:check|see|make sure|follow up)(?= )"
)
_NOT_THEIRS_RE = _compile(*cues.GUARD_NOT_THEIRS)
_NEWS_RE = _compile(*cues.GUARD_NEWS)
_PRONOUN_RE = _compile(*cues.PRONOUN)
_FRUSTRATED_EMOJI = frozenset("🙃🙄😒😡🤬😤😠👎🤦😑😩😫")
# A class of the emoji finds one in C; ``frozenset.isdisjoint(text)`` makes a string of
# every character of the text first.
_FRUSTRATED_EMOJI_RE = re.compile("[" + "".join(map(re.escape, sorted(_FRUSTRATED_EMOJI))) + "]")

URGENCY_REASONS = URGENCY_CLASSES

_SPAM_STRONG_RE = _compile(*spam_cues.SPAM_STRONG, *spam_cues.SPAM_RECOVERY)
_SPAM_RECOVERY_RE = _compile(*spam_cues.SPAM_RECOVERY)
_SPAM_PROMO_RE = _compile(*spam_cues.SPAM_PROMO)
_SPAM_PITCH_RE = _compile(*spam_cues.SPAM_PITCH)
_SPAM_LURE_RE = _compile(*spam_cues.SPAM_LURE)
_SPAM_REPORT_RE = _compile(*spam_cues.SPAM_REPORT)
_SHOP_DOMAIN_RE = re.compile(spam_cues.SHOP_DOMAIN, re.IGNORECASE)
# the dot and the ending alone: a literal-led scan ten times cheaper than the whole domain's
# on the many posts with a full stop and no link
_SHOP_TLD_RE = re.compile(spam_cues.SHOP_TLD, re.IGNORECASE)
# Spam words are rare: one scan for all of them rules out the usual tweet. (Urgency cues
# have their own such scan in ``listener.scoring.urgency``.)
_RARE_RE = _compile(
    *spam_cues.SPAM_STRONG,
    *spam_cues.SPAM_RECOVERY,
    *spam_cues.SPAM_LURE,
    *spam_cues.SPAM_PROMO,
    *spam_cues.SPAM_PITCH,
)
_POINTING_EMOJI = frozenset("👉👇")
_REPEAT_RUN_RE = re.compile(r"(\S)\1{9,}")
_HASHTAG_RE = re.compile(r"#\w")

# --- intent ---
# How the body (the text after any leading @handles) opens: naming itself a suggestion
# ("idea: a quiet hour", "do a vegan one!!") or with a question word ("can", not "can confirm").
_OPENER_RE = re.compile(
    r" (?:(?P<suggestion>idea|suggestion|request|petition|plea|do (?:a|an|more|some)"
    r"|bring (?:back|in)|add (?:a|an|more|some)|stock|start (?:doing|selling|serving)"
    r"|make (?:a|an|more|it))"
    r"|(?P<question>how|what|what's|whats|when|where|which|who|whom|whose|why|is|are|am|was"
    r"|were|do|does|did|can(?! confirm| recommend| vouch| honestly| safely| definitely| only)"
    r"|could|will|would|should|shall|may|has|have|any|anyone|anybody))(?![\w'])"
)
_INFO_QUESTION_RE = re.compile(
    r" (?:(?:hi|hey|hello|quick question) )?(?:how (?:do|can|long|much|many|often|to)"
    r"|what(?:'s| is| are| time| does| do| happens| if)|whats|when (?:is|does|do|will|are)"
    r"|where (?:is|can|do)"
    r"|which|can (?:i|we|you|a|my|the)|could (?:i|we|you)|do (?:you|i|we|they)|does"
    r"|is (?:there|it|the|this)|are (?:you|there|the)|will (?:i|my|the|you|there|it)|should i"
    r"|any (?:chance|idea|way)|does anyone|anyone know)(?![\w'])"
)
_CONTRAST_RE = _compile(intent_cues.CONTRAST)
_PRAISE_RE = _compile(*intent_cues.PRAISE, intent_cues.THANKS)
_SUGGESTION_RE = _compile(*intent_cues.SUGGESTION)
_PRAISE_IDIOM_RE = _compile(*intent_cues.PRAISE_IDIOM)
_PRAISE_ANY_RE = _compile(
    *intent_cues.PRAISE, intent_cues.THANKS, *intent_cues.PRAISE_MILD, *intent_cues.PRAISE_IDIOM
)
_PRAISE_SLANG_RE = _compile(*intent_cues.PRAISE_SLANG)
_SUGGESTION_OPENER_RE = _compile(*intent_cues.SUGGESTION_OPENER)
_JOB_AD_RE = _compile(*intent_cues.JOB_AD)
_HOURS_ASKED_RE = _compile(*intent_cues.HOURS_ASKED)
_PENDING_ASKED_RE = _compile(*intent_cues.PENDING_ASKED)
_PENDING_WRONG_RE = _compile(*intent_cues.PENDING_WRONG)
_PENDING_CALM_RE = _compile(*intent_cues.PENDING_CALM)
_PENDING_WRONG_HARD_RE = _compile(*intent_cues.PENDING_WRONG_HARD)
# fondness for the brand (public: mood_signs checks a warm complaint with it)
FOND_RE = _compile(
    *intent_cues.PRAISE, intent_cues.THANKS, *intent_cues.PRAISE_IDIOM, *intent_cues.AFFECTION
)
_FOND_OPENER_RE = _compile(*intent_cues.FOND_OPENER)
_DAMNING_RE = _compile(*intent_cues.DAMNING)
_VERDICT_END_RE = re.compile(intent_cues.PRAISE_VERDICT_END)
# a verdict wished for or gone: "… would be a lifesaver", "they used to be legends"
_WISHED_RE = re.compile(r" (?:would|could|will|used to|gonna) (?:be|have been)(?: an?)?$")
# a verdict denied or quoted: "not worth every penny", "advertised as like new", "the end result"
_NOT_VERDICT_RE = re.compile(
    r"(?:not|n'?t|never|no|zero|nothing|hardly|far from|anything|end|advertised|sold|described"
    r"|listed)(?: (?:exactly|really|very|so|at all|as|quite))? $"
)
# the frustrated emoji but the facepalm, which a customer aims at their own slip ("forgot to
# tell anyone 🤦 … still did the full hour. legend")
_SNIDE = sorted(_FRUSTRATED_EMOJI - {"🤦"})
_SNIDE_EMOJI_RE = re.compile("[" + "".join(map(re.escape, _SNIDE)) + "]")
# a fix told beside a verdict on someone else ("my last garage was useless, X sorted it in an
# hour"), or the verdict aimed elsewhere ("my old", "the last", "another")
_FIX_OR_ELSEWHERE_RE = _compile(
    r"(?:sorted|fixed|solved|resolved|replaced|repaired|rescued|saved) (?:it|them|this|that"
    r"|everything|(?:a|an|the|my|our) \S+|us|me)",
    r"(?:my|our|the) (?:last|old|previous) \S+|another \S+|other (?:firm|company|shop|garage"
    r"|place|one)s?",
)
_TURN_RE = re.compile(intent_cues.TURN)
_REQUEST_RE = _compile(*cues.REQUEST)
# (rules-39: not the if of "what's the 'priority aftercare' actually for if the earliest visit
# is 5 weeks out?", the complaint itself)
_CONDITION_RE = re.compile(r"(?<! actually for) (?:if|in case|incase|should the|should my) [^?]*")
_QUESTION_PHRASE_RE = _compile(*intent_cues.QUESTION_PHRASE)
_LEADING_HANDLES_RE = re.compile(r"(?: @\w+)+")


class Classification(NamedTuple):
    """What the rules decided about one text (sentiment itself comes from VADER)."""

    intent: str
    is_complaint: bool
    urgency: str
    urgency_reasons: tuple[str, ...]
    is_spam: bool
    evidence: float = 0.0
    """The complaint points (``complaint_points``): the model weighs how strong the case is."""
    broke_after_work: bool = False
    """A fault after the business's own work (``after_work``): a complaint, whatever the
    model reads; not a model feature."""
    fan_idiom: bool = False
    """A fan's idiom (``intent_cues.PRAISE_SLANG``: "no notes", "nothing beats…", "the reason I get
    out of bed") with no fault, contrast or sarcasm beside it, or (rules-35) a closing
    verdict of praise (``praised_at_the_end``): praise, whatever the model reads
    (``decide.combine``); not a model feature."""
    sure_intent: str = ""
    """An intent the rules are sure of whatever the model reads (``sure_intent``): "suggestion"
    for a post that opens as one, "other" for a job advert, "question" for a calm question
    about a card hold; "" otherwise. Not a model feature."""
    fond_but_fault: bool = False
    """A fan's opening turned by a contrast onto a fault (``fond_but_fault``): a complaint
    from a warm relationship, whatever the model reads of the praise; not a model feature."""
    damning: bool = False
    """A damning verdict (``damning``) or, rules-31 to 33, a question asked as a complaint
    (``asked_as_complaint``), beside the rules' complaint case: a complaint, whatever the model
    reads; not a model feature."""


def _url_left(match: re.Match[str]) -> str:
    """What of a URL stays in the word view: nothing, except a look-alike address with a
    payment or login path (``security.KEPT_LINK``), kept as if typed without its scheme."""
    kept = _KEPT_LINK_RE.match(match.group())
    return f" {kept.group(1)} " if kept else " "


def prepare(text: str) -> tuple[str, int]:
    """Build the word view of ``text`` (see module docstring); returns (view, URL count)."""
    lowered = text.lower()
    urls = 0
    if "http" in lowered or "www." in lowered:
        lowered, urls = _URL_RE.subn(_url_left, lowered)
    if not lowered.isascii() and _UNICODE_VIEW_RE.search(lowered):
        lowered = lowered.translate(_UNICODE_VIEW)
    # bytes.translate is ~7x faster than str.translate; only ASCII bytes are mapped, so
    # UTF-8 sequences (all bytes >= 0x80) pass through untouched
    spaced = lowered.encode("utf-8", "surrogatepass").translate(_ASCII_VIEW)
    view = spaced.decode("utf-8", "surrogatepass")
    if "'" in view:  # apostrophes used as quote marks: 'a faff', 'don't take cards'
        view = f" {view} ".replace(" '", " ").replace("' ", " ")
    words = view.split()
    return " " + " ".join(words) + " ", urls


def _body(w: str) -> str:
    """The word view after any leading @handles, where a question's first word is."""
    match = _LEADING_HANDLES_RE.match(w) if w.startswith(" @") else None
    return w[match.end() :] if match else w


def complaint_points(w: str, *, compound: float, safety: bool = False) -> float:
    """Score complaint evidence in word view ``w``; 1.0 or more means complaint.

    Evidence: a strong cue, or a ``safety`` urgency reason (allergic reaction, glass in
    food...), +1; each weak cue +0.5 (two at most); a frustrated emoji (🙄 🙃 😡 ...)
    +0.5; VADER negative (<= -0.05) +0.5 or very negative (<= -0.4) +0.75; opening with
    an @handle +0.25. Guards, checked only once evidence reaches 1.0: a thank-you for a
    fix or "it's working now" -1 (not when sarcastic); "my fault", "my 6yo stole" or "at
    least" -1; news wording in a tweet that does not open with a handle -0.5, or -1 when
    it has no personal pronoun and no @handle at all (a headline); strongly positive
    (>= 0.5), not sarcastic and fewer than two strong cues -0.5, or -1 with thanks/praise
    and no "but/still/again"; a plain information question ("can I...?", "what
    time...?") without a strong cue -0.5, and in such a question neither a request ("can I
    cancel my plan and switch to annual?") nor an "if" clause ("what happens if the wifi goes
    down?") is a strong cue; praise slang ("no notes", "ruined all
    other buns for me", "dangerously good"), not sarcastic and without "but/still", -1.5.
    """
    points = 0.0
    info_question = _INFO_QUESTION_RE.match(_body(w)) is not None
    # "can I cancel my plan...?" asks to do something, "what happens if the wifi goes down?"
    # imagines a fault: neither the request nor the "if" clause is a problem cue
    unharmed = w
    if " no" in w or " without" in w or " zero" in w or " later to" in w:  # " no" in " not"
        unharmed = _NO_HARM_RE.sub(" ", w)  # harm that did not happen is no cue
    seen = _CONDITION_RE.sub(" ", _REQUEST_RE.sub(" ", unharmed)) if info_question else unharmed
    first = _STRONG_RE.search(seen)
    strong = safety or first is not None
    if strong:
        points += 1.0
    weak = 0
    for _ in _WEAK_RE.finditer(unharmed):
        weak += 1
        if weak == 2:
            break
    points += 0.5 * weak
    if not w.isascii() and _FRUSTRATED_EMOJI_RE.search(w):
        points += 0.5
    if compound <= -0.05:
        points += 0.75 if compound <= -0.4 else 0.5
    addressed = w.startswith(" @")
    if addressed:
        points += 0.25
    if points < 1.0:
        return points
    sarcastic = _SARCASM_RE.search(w) is not None
    if not sarcastic and _RESOLVED_RE.search(w):
        points -= 1.0
    if _NOT_THEIRS_RE.search(w):
        points -= 1.0
    if not addressed and _NEWS_RE.search(w):
        # news wording; a headline (no pronoun, no @handle anywhere) loses more
        points -= 1.0 if "@" not in w and not _PRONOUN_RE.search(w) else 0.5
    # VADER reads "used to be so good" or "loyalty cards" as positive; two problem cues win
    if (
        compound >= 0.5
        and not sarcastic
        and not (first and (safety or _STRONG_RE.search(seen, first.end())))
    ):
        grateful = _PRAISE_RE.search(w) is not None and _CONTRAST_RE.search(w) is None
        points -= 1.0 if grateful else 0.5
    if not strong and "?" in w and info_question:
        points -= 0.5
    # praise slang ("ruined all other buns for me", "dangerously good"): not a fault, and
    # not the negative label VADER gives its words
    if not sarcastic and _PRAISE_SLANG_RE.search(w) and not _CONTRAST_RE.search(w):
        points -= 1.5
    return points


def urgency_reasons(w: str) -> tuple[str, ...]:
    """Urgency classes of word view ``w``, gravest first (rules in ``listener.scoring.urgency``)."""
    return classes_in_view(w)


def is_spam(w: str, original: str, *, urls: int, words: bool = True) -> bool:
    """Conservative spam test: two points needed, and a lone link never counts.

    A strong spam phrase ("follow back", "turned $200 into", "10k real followers", "$XYZ
    token", "he is legit, contact him on IG", "make £500/day", "ambassador program") is
    spam on its own. A prize or phishing lure ("you've been selected", "claim your reward",
    "enter your login") is two points, because customers quote lures to report them. Otherwise
    one point each for two or more URLs, five or more hashtags, a promotional word ("50%
    off", "deals", "free"), a call to action ("DM me", "link in bio", "use code", 👉), and
    a run of ten identical characters when exactly one other point is present. Two points
    make spam, unless there is at most one link and few hashtags and a complaint cue or a
    report ("got a text", "DM'd me", "is this you?", "I entered") fires: a customer saying
    "the 20% off code says invalid", or quoting a phishing text, is not spam — the second
    must reach a person with its security urgency. ``words=False`` says the caller already
    knows no spam word is present.
    """
    hashtags = original.count("#") >= 5 and len(_HASHTAG_RE.findall(original)) >= 5
    points = (urls >= 2) + hashtags
    if not original.isascii() and ("👉" in original or "👇" in original):  # _POINTING_EMOJI
        points += 1
    if "." in original and _SHOP_TLD_RE.search(original) and _SHOP_DOMAIN_RE.search(original):
        points += 1
    if words:
        if _SPAM_STRONG_RE.search(w):
            return True
        points += 2 * (_SPAM_LURE_RE.search(w) is not None)
        points += (_SPAM_PROMO_RE.search(w) is not None) + (_SPAM_PITCH_RE.search(w) is not None)
    if points == 1 and _REPEAT_RUN_RE.search(original):
        points += 1
    if points < 2:
        return False
    if urls >= 2 or hashtags:
        return True
    return _STRONG_RE.search(w) is None and _SPAM_REPORT_RE.search(w) is None


def intent_of(w: str, *, is_complaint: bool, compound: float) -> str:
    """Complaint wins; then suggestion, question, praise, else other (see the docs).

    Suggestion cues are tested before the question test because suggestions are often
    phrased as questions ("how about...?", "why not...?").
    """
    if is_complaint:
        return "complaint"
    opener = _OPENER_RE.match(_body(w))
    kind = opener.lastgroup if opener else None
    if kind == "suggestion" or _SUGGESTION_RE.search(w):
        return "suggestion"
    # "the sausage rolls? no notes", "was a sceptic, I'm converted": praise slang outweighs a
    # question mark or a question word, not both
    if not (kind == "question" and "?" in w) and _PRAISE_SLANG_RE.search(w):
        return "praise"
    if kind == "question" or "?" in w or _QUESTION_PHRASE_RE.search(w):
        return "question"
    if compound >= 0.5:
        return "praise"
    # a positive label with any praise word, or a neutral one with a praise idiom VADER
    # does not know ("favourite", "undefeated", "can't fault")
    if compound > -0.05 and (_PRAISE_ANY_RE if compound >= 0.05 else _PRAISE_IDIOM_RE).search(w):
        return "praise"
    return "other"


def classify(text: str, *, compound: float) -> Classification:
    """Classify normalised ``text`` given its VADER ``compound``; spam is never a complaint.

    Spam wording around an urgent report by its author (a scam text quoted, a hacked page's
    posts described) is the report, not spam.
    """
    w, urls = prepare(text)
    rare = _RARE_RE.search(w) is not None
    # a customer quoting a scam or a hacked page they saw is not spam (``reported_urgency``);
    # a "recovery expert" pitch speaks of hacked accounts in the first person, and still is
    if is_spam(w, text, urls=urls, words=rare) and (
        not reported_urgency(w) or (rare and _SPAM_RECOVERY_RE.search(w) is not None)
    ):
        return Classification("other", False, "normal", (), True)
    reasons = urgency_reasons(w)
    points = complaint_points(w, compound=compound, safety="safety" in reasons)
    complaint = points >= 1.0
    return Classification(  # positional, in field order: keywords cost a NamedTuple more
        intent_of(w, is_complaint=complaint, compound=compound),
        complaint,
        "high" if is_urgent(reasons) else "normal",
        reasons,
        False,
        points,
        broke_after_work(w),
        not reasons and ((not complaint and _fan_idiom(w)) or praised_at_the_end(w)),
        "" if reasons else sure_intent(w),
        fond_but_fault(w),
        complaint and (damning(w) or asked_as_complaint(w)),
    )


def sure_intent(w: str) -> str:
    """What word view ``w`` says it is, whatever the n-grams read (rules-20, from a week of
    mentions in four trades Rapport was not written for): a post that opens as a suggestion
    ("Idea for X: a tonnage calculator…", whose reason reads like a fault), a job advert (read
    as praise), a calm question about a card hold (read as a complaint); and (rules-21) the
    opening hours asked with no question mark ("u open sunday"), read as chatter. "" when
    none."""
    body = _body(w)
    if _SUGGESTION_OPENER_RE.match(body) and _SARCASM_RE.search(w) is None:
        return "suggestion"
    if (
        _HOURS_ASKED_RE.match(body)
        and len(body.split()) <= 12  # a short ask, not "open sunday? door was locked at 2 …"
        and _SARCASM_RE.search(w) is None
        and _STRONG_RE.search(w) is None
    ):
        return "question"
    if _JOB_AD_RE.search(w) and _STRONG_RE.search(w) is None:
        return "other"
    if calm_pending_question(w):
        return "question"
    return ""


def calm_pending_question(w: str) -> bool:
    """Whether word view ``w`` asks calmly about a pending sum ("is that just a card check?
    no rush"): a question, and (rules-31) no payment fault for the learned head to add."""
    return "pending" in w and _PENDING_ASKED_RE.search(w) is not None and _pending_calm(w)


def _pending_calm(w: str) -> bool:
    """Whether a question about a pending sum says nothing is wrong: no word of a second
    taking, an overdraft or a wait, or (rules-31) a disclaimer in so many words ("not a
    complaint at all, just curious") beside no hard sign of one."""
    if _PENDING_WRONG_HARD_RE.search(w) is not None:
        return False  # a second taking, a scam, an overdraft: calm words do not make it calm
    return _PENDING_WRONG_RE.search(w) is None or _PENDING_CALM_RE.search(w) is not None


def fond_but_fault(w: str) -> bool:
    """Whether word view ``w`` opens as a fan ("love you lot", "big fan of", "been with you
    since…") and a contrast after it turns onto complaint evidence ("… but the new app logs
    me out every time", "… the new online shop though. can't pick a day").

    Why a rule: the n-grams of the praise outweigh those of the fault, and the model read
    such posts as praise, so a draft thanked a customer for a complaint. The evidence after
    the turn is the rules' own (``complaint_points`` of that part, without VADER): a strong
    cue or two weak ones. On the readable labelled rows (rules-26), half a point (one weak
    cue) found 77, two of them suggestions, and takes a joke for a fault ("love this place but
    I have to stop buying a cake every visit"); a full point found 54, every one a complaint
    (61 with rules-28's openers, "you're a genius", "my go-to", "Love Skerry's").
    """
    opener = _FOND_OPENER_RE.search(w)
    if opener is None:
        return False
    turn = _TURN_RE.search(w, opener.end() - 1)
    return turn is not None and complaint_points(w[turn.start() :], compound=0.0) >= 1.0


def damning(w: str) -> bool:
    """Whether word view ``w`` gives a damning verdict ("useless", "appalling", "the worst")
    with no question, no praise, thanks or fondness, no fix and no other firm beside it.

    Why a rule: the week sets teach the model many problem-first thank-yous ("key snapped in
    the lock at 7am … cut me a new one in 5 mins. legend"), and with them it learned that a
    negative VADER score beside "and", "me" and "lost" leans to praise; "the app logged me out
    and lost my stamp card, useless" came out as praise with one model in three. The caller
    adds the rules' own complaint case (``complaint_points`` ≥ 1). On the eight week sets it
    changed no reading (they were right already); it holds the short plain complaint.
    """
    return (
        "?" not in w
        and _DAMNING_RE.search(w) is not None
        and _PRAISE_ANY_RE.search(w) is None
        and FOND_RE.search(w) is None
        and _RESOLVED_RE.search(w) is None
        and _FIX_OR_ELSEWHERE_RE.search(w) is None
    )


_CHASED_RE = _compile(*cues.CHASED)
_RHETORICAL_RE = _compile(*cues.RHETORICAL)


def asked_as_complaint(w: str) -> bool:
    """Whether word view ``w`` asks a question that is a complaint: one that counts out the
    chasing ("who do I have to ring to get an actual human? 9 calls since Monday", rules-31)
    or offers its own sarcastic answer ("is anybody actually going to ring me back … or
    should I just get comfy on the airbed", rules-32).

    Why a rule beside the cues: both are strong complaint cues, but the model reads the
    question's words ("who do I", "is anybody going to") as a question; every readable row
    with the chasing and a question mark, or with the sarcastic answer (whose "?" is often
    left off), is a complaint (``cues.CHASED``, ``cues.RHETORICAL`` give the counts). The
    caller adds the rules' own complaint case.
    """
    return ("?" in w and _CHASED_RE.search(w) is not None) or _RHETORICAL_RE.search(w) is not None


def praised_at_the_end(w: str) -> bool:
    """Whether word view ``w`` closes on a verdict of praise ("… Running again. Top bloke.",
    "… £30. magic", "… still did the full hour. legend") with no sarcasm cue or frustrated
    emoji but a facepalm anywhere (``intent_cues.PRAISE_VERDICT_END``, rules-35).

    Why a rule: a problem put right is told in the problem's words ("short", "tripped",
    "stuttered over every point", "worn through and split"), and both the rules' complaint
    points and the model read the twelfth week set's fix stories as complaints, so drafts
    apologised to fans. The verdict a customer closes on is what they meant; the caller
    drops it when any urgency class is read, and ``decide.combine`` when the post is
    sarcastic or tells a fault after our own work.
    """
    verdict = _VERDICT_END_RE.search(w)
    return (
        verdict is not None
        and _WISHED_RE.search(w, 0, verdict.start()) is None
        and _NOT_VERDICT_RE.search(w, 0, verdict.start() + 1) is None
        and _SARCASM_RE.search(w) is None
        and (w.isascii() or _SNIDE_EMOJI_RE.search(w) is None)
    )


def _fan_idiom(w: str) -> bool:
    """Praise slang in word view ``w`` with nothing beside it that makes it a complaint: no
    contrast ("but", "shame"), no sarcasm cue, no strong problem cue.

    Why the rules overrule the model here: fans' idioms use a fault's words ("nothing
    beats…", "on a cold morning", "get out of bed", "dangerously good") and the n-gram model,
    which sees them rarely, read some of them as complaints, and a draft then apologised to a
    fan. Out of fold on the TRAIN trades every post with praise slang and no contrast was
    labelled praise (101 of 101); the model had called 3 of them complaints.
    """
    return (
        _PRAISE_SLANG_RE.search(w) is not None
        and _CONTRAST_RE.search(w) is None
        and _SARCASM_RE.search(w) is None
        and _STRONG_RE.search(w) is None
    )
