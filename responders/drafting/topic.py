"""What a mention is about, named as a reply may name it: "the flat white", "the double charge".

Order of trust: an offering the brand book names (by name or alias, our spelling), then a kind
of problem recognised from plain cue words ("charged twice" → "the double charge", "still
hasn't arrived" → "the late delivery"), then a keyphrase that YAKE (a kept, unsupervised
keyword extractor: no model download, no network) finds in the text, filtered hard: no
handles, URLs, hashtags, numbers, the brand's own name, stop words, time words or feeling
words, at most three words, each made of letters. When nothing passes, the topic is a phrase
for the kind of mention ("your question", "your idea") so a reply is never vague and never
names the wrong thing. docs/drafting.md §2 has the rules.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from functools import lru_cache

from listener.scoring.intent_cues import TURN_WORDS
from responders.brandbook import BrandBook, offering_mentions
from responders.brandbook.days import asks_about_hours
from responders.brandbook.words import contains
from responders.drafting.topicwords import (
    ADVERB_TAIL,
    ISSUES,
    NOT_TOPIC,
    NOT_TOPIC_ALONE,
    NOT_TOPIC_PHRASES,
    OTHERS_HEAD,
    PAST_TAIL,
    PEOPLE,
    PROBLEM_HEAD,
    STOP,
    TIME_PARTS,
    VERB_BASE,
    VERB_HEAD,
    VERB_OR_THING,
    VERB_TAIL,
)

_HANDLE_URL_RE = re.compile(r"(?:https?://\S+|www\.\S+|[@#]\w+|u/\w+|r/\w+)", re.IGNORECASE)
_WORD_RE = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)?")


@dataclass(frozen=True)
class Topic:
    """What a reply names: ``phrase`` ("the flat white"), where it came from, and its kind.

    ``source`` is ``offering`` (the book), ``issue`` (a problem kind), ``keyphrase`` (YAKE) or
    ``generic``. ``offering`` is the book's name of the offering when there is one.
    """

    phrase: str
    source: str
    kind: str = ""
    offering: str = ""

    @property
    def specific(self) -> bool:
        """True unless the topic only names the kind of mention ("your question")."""
        return self.source != "generic"


# the problem kinds a question can be about ("is my deposit refundable?"); a cold snap, a queue
# or a noise in a question is no problem of ours ("does the truck still come once it gets
# cold?" is not about "how it came out")
_ASKABLE = frozenset(
    {"payment", "delivery", "order", "booking", "login", "price", "fault", "staff", "nag"}
)

_GENERIC = {
    "complaint": "what went wrong",
    "question": "your question",
    "praise": "the kind words",
    "suggestion": "your idea",
    "other": "your message",
}


def _proper_name(name: str) -> bool:
    """One capitalised word that is not an acronym ("Hedgerow", "Photoshop"): no "the"."""
    return " " not in name and name[:1].isupper() and not name.isupper()


def _position(text: str, term: str) -> int:
    found = re.search(rf"(?<!\w){re.escape(term)}(?!\w)", text, re.IGNORECASE)
    return found.start() if found else len(text)


# the turn in a fan's complaint ("love the thermostat, but the app logs me out"): what is wrong
# is told after it (the understanding's own turn words, here on the raw text)
_TURN_RE = re.compile(
    r"(?:^|[\s,.;:!?(])(?:" + "|".join(TURN_WORDS) + r")(?=[\s,.;:!?)]|$)", re.IGNORECASE
)


# a thank-you that tells a fix: "sorted by next morning", "made it right", "replaced it"
_FIX_TOLD_RE = re.compile(
    r"\b(?:sorted|fixed|made it right|put (?:it )?right|replaced|refunded|resolved|went wrong"
    r"|moaned|moaning|grumbled|complained"
    # rules-36: "found the screen clogged … jetted and rehabbed", "shock-dosed and flushed the
    # borehole after the floods", "running again", "came back clear"
    r"|jetted|unblocked|flushed|rehabbed|shock[- ]?(?:dosed|chlorinated)|back up and running"
    r"|(?:working|running) again|came back clear|after the (?:floods?|storm|fire|break-?in"
    r"|burst)|found the (?:fault|problem|cause|leak|culprit)|packed (?:in|up)|gave up"
    r"|(?:there|out|back) with a new one|swapped (?:it|the whole))\b",
    re.IGNORECASE,
)


def _after_turn(text: str, named: list) -> list:  # type: ignore[type-arg]
    """``named`` offerings with those after the text's first turn first: in "love the
    thermostat, but the app logs me out" the complaint is about the app, not the thermostat."""
    turn = _TURN_RE.search(text)
    if turn is None or len(named) < 2:
        return named
    after = [m for m in named if _position(text, m.term) > turn.start()]
    return after + [m for m in named if m not in after] if after else named


def issue_position(text: str) -> int:
    """Where the first cue of the matched problem kind occurs (len(text) when none)."""
    for cues, _phrase, _kind in ISSUES:
        places = [_position(text, cue) for cue in cues]
        if min(places, default=len(text)) < len(text):
            return min(places)
    return len(text)


# rules-37 (drafts of the fourteenth week set): a question that tells a harm at another place
# or long ago as its reason ("Is it step-free? My mum broke her hip falling down the stairs at
# a pub in Liverpool a couple of years ago") asks about the thing, not about "the fault";
# beside ``_ELSEWHERE_CLAUSE_RE`` (another business), a time long past or another venue
_TOLD_LONG_AGO_RE = re.compile(
    r"\b(?:years ago|a while ago|ages ago|last year|when (?:i|she|he|we|they) (?:was|were)"
    r"|at (?:a|another|a different|my old|her old|his old|our old) (?:pub|bar|restaurant|shop"
    r"|hotel|gym|garage|salon|place|school|club|venue)|(?:previous|old|last) (?:shop|place|firm"
    r"|company|garage|provider|supplier))\b",
    re.IGNORECASE,
)


def _around(text: str, start: int, end: int, marks: str) -> str:
    """The stretch of ``text`` holding ``start``..``end`` between two of the ``marks``."""
    first = max(text.rfind(ch, 0, start) for ch in marks) + 1
    ends = [i for ch in marks if (i := text.find(ch, end)) != -1]
    return text[first : min(ends, default=len(text))]


def _issue_told_elsewhere(text: str) -> bool:
    """Whether the sentence of the first problem cue tells it of another place or long ago."""
    at = issue_position(text)
    if at >= len(text):
        return False
    sentence = _around(text, at, at, ".!?\n")
    return bool(_TOLD_LONG_AGO_RE.search(sentence) or _ELSEWHERE_CLAUSE_RE.search(sentence))


_HOW_DOES_RE = re.compile(r"\bhow (?:does|do|did|will|would)\s+(?:\S+\s+){0,3}$", re.IGNORECASE)


def issue_of(text: str) -> tuple[str, str] | None:
    """The first problem kind ``text`` describes: (reply phrase, kind), or ``None``."""
    for cues, phrase, kind in ISSUES:
        if any(contains(text, cue) for cue in cues):
            return phrase, kind
    return None


@lru_cache(maxsize=4)
def _extractor(lang: str) -> object:
    import yake  # imported lazily: only mentions without a book match need it

    return yake.KeywordExtractor(lan=lang, n=3, top=8, dedupLim=0.7)


def keyphrase(text: str, *, banned: frozenset[str] = frozenset(), lang: str = "en") -> str:
    """The best YAKE keyphrase of ``text`` that survives the filters, or ``""``.

    ``banned``: extra lower-case words never allowed (the brand's name, its handles).
    """
    cleaned = _IDIOM_RE.sub(" . ", _HANDLE_URL_RE.sub(" ", text))
    if len(_WORD_RE.findall(cleaned)) < 3:
        return ""
    try:
        found = _extractor(lang if lang in ("en", "es", "fr", "de", "pt", "it") else "en")
        candidates = found.extract_keywords(cleaned[:2000])  # type: ignore[attr-defined]
    except Exception:  # a keyword library failure must never stop drafting
        return ""
    sentiment = _sentiment_words()
    for phrase, _score in candidates:
        words = phrase.split()
        if not 1 <= len(words) <= 3 or not all(_WORD_RE.fullmatch(w) for w in words):
            continue
        folded = [w.casefold() for w in words]
        if any(w in STOP or w in NOT_TOPIC or w in banned for w in folded):
            continue
        strongest = max(abs(sentiment.get(w, 0.0)) for w in folded)
        if strongest >= 2.0 or (len(words) == 1 and strongest >= 1.0):
            continue  # a feeling, not a thing ("great app", "love")
        if len(words) == 1 and folded[0] in NOT_TOPIC_ALONE:
            continue  # a state ("open boxing day", "Cold."), not a thing
        if any(len(w) < 3 for w in folded) or (len(words) == 1 and len(folded[0]) < 4):
            continue
        if folded[-1].endswith("ly") or folded[0].endswith("ly"):
            continue  # an adverb ("directly", "honestly") is never the thing
        if (
            len(words) > 1
            and folded[-1] in ("work", "go", "happen")
            and _HOW_DOES_RE.search(cleaned[: max(0, cleaned.casefold().find(phrase.casefold()))])
        ):
            continue  # rules-37: "how does the song queue work": a verb, not "queue work"
        if len(words) > 1 and folded[-1].endswith("ing"):
            continue  # "unit running": a noun and a verb, not a thing
        if len(folded[-1]) > 4 and folded[-1].endswith("ed"):
            continue  # "ice packs melted", "the pulled": a verb told, not a thing
        if any(w[:1].isupper() for w in words[1:]) or words[0].isupper():
            continue  # a proper name or shouting, not a thing we can name safely
        if len(words) > 1 and (
            any(
                w in VERB_TAIL or (w in VERB_BASE and p.endswith("s"))
                for p, w in itertools.pairwise(folded)
            )
            or folded[0] in VERB_HEAD
        ):
            continue  # "kimchi fries slap", "legs feel brand", "reheat leftover bao": a verb
        if folded[-1] in PEOPLE:
            continue  # "the panicky swimmer": a person, the customer as often as not
        if len(words) > 1 and (folded[0] in OTHERS_HEAD or folded[0] in PROBLEM_HEAD):
            continue  # "two previous farriers": someone else's; "my vanished credits": a fault
        if len(words) > 1 and (
            any(w in PAST_TAIL for w in folded[1:]) or folded[-1] in ADVERB_TAIL
        ):
            continue  # "the dev brought", "dad slept upstairs", "the shoes long": a clause
        if any(part in TIME_PARTS for w in folded if "-" in w for part in w.split("-")):
            continue  # "the chelsea boots mid-december": a time, not a thing
        if _not_a_thing(cleaned, words):
            continue  # "not a single blister", "can I return boots": no thing of ours
        if (
            len(words) == 1
            and words[0][:1].isupper()
            and (_mid_sentence(cleaned, words[0]) or _a_person(text, words[0]))
        ):
            continue  # "best thing on SE Hawthorne", "Dean knew his stuff": a place or a person
        joined = " ".join(folded)
        if joined in NOT_TOPIC_PHRASES or _said_of_another(cleaned, words):
            continue
        return joined
    return ""


# what says a phrase is not about the brand's thing: a simile ("a neck like a baseball bat"), a
# possessive inside it ("Jess's lessons", "my son's gear"), another business beside it ("a
# cheap practice amp we'd picked up at a car boot", "tater tots from the cart next door")
_SIMILE_RE = re.compile(
    r"(?<!'d )(?<!’d )(?<!would )(?<!\bi )(?<!\bwe )(?<!you )(?<!they )(?<!\bto )\b(?:like|as)"
    r" (?:a|an|some)\s*$",
    re.IGNORECASE,
)
_ELSEWHERE_CLAUSE_RE = re.compile(
    r"\b(?:next door|car boot|market stall|another (?:shop|place|firm|company|cart|stall)"
    r"|(?:the )?other (?:shop|place|firm|company|cart|stall|one)s?|nothing to do with|not from"
    r" (?:them|you|here)|elsewhere|a different (?:shop|place|firm|company))\b",
    re.IGNORECASE,
)
_CLAUSE_END = ".!?;(),\n"


def _said_of_another(text: str, words: list[str]) -> bool:
    """Whether the phrase ``words`` sits in ``text`` as a simile, beside a possessive, or in a
    clause about another business (see above)."""
    pattern = r"(?<![\w'’])" + r"(?:['’]s)?\s+".join(map(re.escape, words)) + r"(?![\w’]|'(?!s))"
    found = re.search(pattern, text, re.IGNORECASE)
    if found is None:
        return False
    if _SIMILE_RE.search(text[: found.start()]):
        return True
    if "'s" in found.group() or "’s" in found.group() or re.match(r"['’]s\b", text[found.end() :]):
        return True  # "Jess's lessons", "my son's gear", "Jess's": whose, not what we sell
    clause = _around(text, found.start(), found.end(), _CLAUSE_END)
    # a comparison names the other firm after "than": "better than the other place"
    clause = re.split(r"\bthan\b", clause, maxsplit=1, flags=re.IGNORECASE)[0]
    return _ELSEWHERE_CLAUSE_RE.search(clause) is not None


# what says a phrase names a thing that did not happen ("not a single blister", "no
# queue at all") or a verb ("can I return boots", "need to stretch shoes")
_DENIED_BEFORE_RE = re.compile(
    r"\b(?:not (?:a|one|an)|no|without|zero|never (?:a|an|any)|not any)(?: single)?\s*$"
    # rules-36: what is gone, "no more crusty shower head", "instead of that cloudy film"
    r"|\b(?:no more|no longer|instead of(?: that| the| a| an| those)?)(?: \w+)?\s*$"
    # rules-36: a verb that did not happen, "she didn't even flinch"
    r"|\b(?:didn['’]?t|did not|doesn['’]?t|does not|never|won['’]?t|wouldn['’]?t)(?: even)?\s*$"
    # "didn't try to flog us the extended warranty"
    r"|\b(?:didn['’]?t|did not|never|won['’]?t)(?: even)? try(?:ing)? to \w+(?: (?:us|me|him|her"
    r"|them|you))?(?: (?:the|a|an|any|our|my))?(?: \w+)?\s*$",
    re.IGNORECASE,
)
# rules-36: what was put right or found is the problem, not the thing to thank for ("sorting
# my mare's quarter crack", "noticed the start of seedy toe")
_PROBLEM_BEFORE_RE = re.compile(
    # an ailment of someone's ("sorting my mare's quarter crack"), not the thing fixed ("fixed
    # my Brompton", "sorted my clutch")
    r"\b(?:sort|sorted|sorting|fix|fixed|fixing|cure|cured|curing|treat|treated|treating"
    r"|cleared|clearing|got rid of|get rid of|dealt with|deal with)(?: out| up)? (?:my|our|his"
    r"|her|their|the) \S+['’]s\s+(?:\S+\s+)?$"
    # what was found early ("noticed the start of seedy toe"), not "spotted the limited gin"
    r"|\b(?:noticed|spotted|diagnosed|found|caught)(?: \S+)? (?:the (?:start|beginnings?) of"
    r"|(?:early )?signs of)\s*$",
    re.IGNORECASE,
)
# idioms whose words are no thing of ours ("proper old school farrier", "sound as a pound"):
# cut out before the keyphrase is looked for
_IDIOM_RE = re.compile(
    r"\b(?:old[- ]school|sound as a pound|tidy as owt|right as rain|fit as a fiddle"
    r"|for obvious reasons|knows? (?:his|her|their) (?:onions|stuff)|bang on(?: time)?"
    r"|dog['’]?s dinner|pig['’]?s ear|good as gold"
    # rules-37 (drafts of the fourteenth week set): praise slang, never the thing ("Happy to
    # hear the main character is working for you")
    r"|(?:the )?main character(?: energy)?|built different|(?:a )?solid shout|no cap"
    r"|cat['’]?s (?:pyjamas|pajamas|whiskers)|fair play|hats off|absolute unit|bang to rights"
    r"|living (?:his|her|their|my|our|your) best life"
    # rules-39 (drafts of the sixteenth and seventeenth week sets): "Really glad you're enjoying
    # the knees", "Good to hear the real showstopper made your day"
    r"|(?:the )?bee['’]?s knees|(?:the )?dog['’]?s (?:danglies|bollocks|nuts)"
    r"|(?:the |a |an |real |absolute )*show[- ]?stopper|(?:went|go|goes|going) down (?:a storm"
    r"|an absolute storm|a treat|an absolute treat)|proper mint|cracking job"
    # a time of day and a flight, not a thing ("back up before school pickup", "the dog can go
    # out without doing a runner")
    r"|(?:before |after |for )?(?:the )?school (?:pickup|pick-up|pick up|run|gates)"
    r"|(?:doing|do|did|done) a runner)\b",
    re.IGNORECASE,
)
_VERB_BEFORE_RE = re.compile(
    # (not "went to book club": "to" is a verb's only after want, need, going…)
    r"(?:\b(?:i|we|you|u|they|can|could|will|would|should|pls|please|must|might|(?:want|need"
    r"|have|like|going|able|try|trying|how|where) to)|['’](?:ll|d))(?:\s+(?:just|also|then|still"
    r"|now))?\s*$",
    re.IGNORECASE,
)


def _not_a_thing(text: str, words: list[str]) -> bool:
    """Whether the phrase ``words`` stands in ``text`` after "not a (single)", "no",
    "without" or "zero" (something that did not happen is no topic to thank for), or, when
    its first word may be a verb or a thing ("return"), after a subject, "to" or a modal:
    the verb ("can I return boots")."""
    pattern = r"(?<![\w'’])" + r"\s+".join(map(re.escape, words)) + r"(?![\w'’])"
    found = re.search(pattern, text, re.IGNORECASE)
    if found is None:
        return False
    before = text[: found.start()]
    if _DENIED_BEFORE_RE.search(before) or _PROBLEM_BEFORE_RE.search(before):
        return True
    return words[0].casefold() in VERB_OR_THING and _VERB_BEFORE_RE.search(before) is not None


def _a_person(text: str, word: str) -> bool:
    """Whether capitalised ``word`` is said of as a person: "Dean knew his stuff", "Kyle the
    salt man is a legend" (rules-36; staff first names were thanked as products)."""
    name = re.escape(word)
    return (
        re.search(
            rf"\b{name}\s+(?:\S+\s+){{0,2}}?(?:his|her|he|she|him|he's|she's)\b"
            rf"|\b{name}\s+(?:from|at)\s+(?:the\s+)?(?:@|[A-Z]|office|shop|team|depot|yard)"
            rf"|\b{name},?\s+the\s+(?:\S+\s+)?(?:man|woman|lady|guy|bloke|lad|girl|fella|engineer"
            r"|driver|fitter|tech|plumber|electrician|manager|owner)\b"
            # rules-37: a deed only a person does ("Rang, Priya found us a booth in 10 mins")
            rf"|\b{name}\s+(?:(?:just|then|also|even|quickly|kindly)\s+)?(?:found|sorted|fixed"
            r"|rang|phoned|called|helped|chucked|threw|popped|explained|spotted|noticed"
            r"|remembered|offered|booked|managed|dealt|gave|sent|brought|told|said|knew|waited"
            r"|stayed|apologised|apologized|listened|squeezed|talked|walked|drove|came out|snuck"
            r"|sneaked|did|painted|cut|re-cut|recut"
            # rules-40 (drafts of the eighteenth week set): "Dean has done every car of ours",
            # "when Dean went 'oh dear'", "Megan drew me a little picture"
            r"|went|has done|had done|drew|turned up|arrived|came round|came over)\b",
            text,
        )
        is not None
    )


_PLACE_BEFORE_RE = re.compile(
    # (rules-37: "been to Asda and back")
    r"\b(?:on|in|at|near|from|via|off|to|se|ne|sw|nw|road|street|st|ave|mr|mrs|ms|dr)\s*$",
    re.IGNORECASE,
)


def _mid_sentence(text: str, word: str) -> bool:
    """Whether capitalised ``word`` stands in ``text`` after a place word or a title ("the
    best thing on SE Hawthorne", "Mrs Patel"): a place or a person, not a product name
    ("the Americano was perfect")."""
    for found in re.finditer(rf"(?<![\w'’]){re.escape(word)}(?!\w)", text):
        before = text[: found.start()]
        if _PLACE_BEFORE_RE.search(before) or _NAME_BEFORE_RE.search(before):
            return True
        # one word of a longer name or title ("Bone Harbour", "The Salt Road")
        if re.search(r"(?<![.!?])\s[A-Z][\w'’]*\s+$", before):
            return True  # the tail of a longer name or title ("Bone Harbour")
        # rules-37: the head of a title ("you, me, Total Eclipse of the Heart" is no "total";
        # "my Kindle Paperwhite" still names the Kindle)
        if re.match(r"\s+[A-Z][a-z]+\s+of\s+(?:the\s+)?[A-Z]", text[found.end() :]):
            return True
    return False


# rules-36: a capitalised word after thanks or a verb said of people and animals is a name
# ("has had Bramble sound all season", "thank you Dan", "asked Priya"), not a product ("love
# using Procreate", "recommended Bravecto", "my new Kindle")
_NAME_BEFORE_RE = re.compile(
    r"\b(?:thank you|thanks|thank u|cheers|ta|had|has|asked|told|tell|ask|called|rang|phoned"
    r"|messaged|emailed|texted|met|meet|hi|hey|dear|shout ?out(?: to)?)\s+$",
    re.IGNORECASE,
)


@lru_cache(maxsize=1)
def _sentiment_words() -> dict[str, float]:
    """VADER's valence per word: strong feelings are never a topic ("the awful" is not a
    thing), mild ones may qualify one ("holiday mode")."""
    try:
        from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

        return dict(SentimentIntensityAnalyzer().lexicon)
    except Exception:  # pragma: no cover - VADER is a dependency
        return {}


def _idea_topic(text: str, name: str, term: str, banned: frozenset[str], lang: str) -> Topic:
    """An idea about an offering, as specific as the text allows: "your idea about the
    decaf oat latte" (a keyphrase containing the offering), "your idea about the per-room
    boost button for the Hearthly app", else "your idea for the Hearthly app"."""
    article = "" if _proper_name(name) else "the "
    phrase = keyphrase(text, banned=banned, lang=lang)
    if len(phrase.split()) >= 2:
        if term.casefold() in phrase or name.casefold() in phrase:
            return Topic(f"your idea about the {phrase}", "keyphrase", "", name)
        return Topic(f"your idea about the {phrase} for {article}{name}", "keyphrase", "", name)
    return Topic(f"your idea for {article}{name}", "offering", "", name)


def find_topic(
    text: str,
    *,
    book: BrandBook | None,
    intent: str,
    brand_words: frozenset[str] = frozenset(),
    lang: str = "en",
) -> Topic:
    """Name what ``text`` is about (see the module docstring for the order)."""
    issue = issue_of(text)
    if book is not None:
        named = offering_mentions(book, text)
        if intent == "complaint":
            named = _after_turn(text, named)
        first_issue = issue_position(text)
        before = bool(named) and first_issue < _position(text, named[0].term)
        issue_wins = issue is not None and (
            (intent == "complaint" and before)
            or issue[1] in ("order", "payment", "delivery", "nag")
        )
        if named and intent == "suggestion":
            return _idea_topic(text, named[0].offering.name, named[0].term, brand_words, lang)
        if named and not issue_wins:
            name = named[0].offering.name
            article = "" if _proper_name(name) else "the "
            phrase = f"{article}{name}"
            if intent == "complaint":
                phrase = f"the problem with {phrase}"  # reads well with "sorry about", "look into"
            elif intent == "suggestion":
                phrase = f"your idea for {phrase}"
            return Topic(phrase, "offering", issue[1] if issue else "", name)
    if issue is not None and (
        intent in ("complaint", "other")
        or (intent == "question" and issue[1] in _ASKABLE and not _issue_told_elsewhere(text))
    ):
        return Topic(issue[0], "issue", issue[1])
    if intent == "praise" and _FIX_TOLD_RE.search(text):
        # a thank-you for a fix names the problem first ("ice packs melted … sorted by next
        # morning"): its keyphrase is the fault, so the reply thanks without naming one
        return Topic(_GENERIC["praise"], "generic")
    if intent == "question" and lang == "en" and asks_about_hours(text):
        # rules-37: "u open sunday?? need a tan for a christening monday" asks the hours, not
        # about "the christening"
        return Topic("our opening hours", "keyphrase", "hours")
    if intent in ("praise", "suggestion", "question"):
        phrase = keyphrase(text, banned=brand_words, lang=lang)
        if phrase:
            named = f"your idea about the {phrase}" if intent == "suggestion" else f"the {phrase}"
            return Topic(named, "keyphrase")
    return Topic(_GENERIC.get(intent, "your message"), "generic")
