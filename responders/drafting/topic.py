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

import re
from dataclasses import dataclass
from functools import lru_cache

from responders.brandbook import BrandBook, offering_mentions
from responders.brandbook.words import contains

# Kinds of problem, most specific first: (cue words, how a reply names it, kind).
# Cues are matched as whole words, case-insensitively. They describe problems any trade has.
ISSUES: tuple[tuple[tuple[str, ...], str, str], ...] = (
    (("charged twice", "double charged", "double charge", "charged me twice", "billed twice",
      "two charges", "duplicate charge", "charged two times", "cobrado dos veces",
      "cobro duplicado", "me cobraron dos veces"), "the double charge", "payment"),
    (("refund hasn't", "refund has not", "still waiting for my refund", "where is my refund",
      "refund never", "no refund yet", "refund still"), "the refund that hasn't arrived",
     "payment"),
    (("charged without", "unauthorised charge", "unauthorized charge", "charge i don't recognise",
      "charge i don't recognize", "didn't authorise", "didn't authorize"),
     "the charge you don't recognise", "payment"),
    (("overcharged", "charged me more", "wrong price", "charged the wrong"), "the overcharge",
     "payment"),
    (("hasn't arrived", "has not arrived", "never arrived", "still not arrived", "not arrived",
      "still waiting for my order", "late delivery", "delivery is late", "parcel", "no ha llegado",
      "todavía no ha llegado"), "the late delivery", "delivery"),
    (("wrong order", "wrong item", "got the wrong", "gave me the wrong", "missing item",
      "was missing", "pedido equivocado"), "the mix-up with your order", "order"),
    (("cancelled my booking", "canceled my booking", "booking was cancelled", "lost my booking",
      "reservation was cancelled", "no record of my booking", "overbooked"),
     "what happened to your booking", "booking"),
    (("crash", "crashes", "crashing", "keeps crashing", "bug", "buggy", "error message",
      "error code", "won't load", "doesn't load", "not loading", "stuck on", "se cuelga",
      "no carga"), "the fault you hit", "fault"),
    (("can't log in", "cannot log in", "can't login", "locked out", "password reset",
      "reset link", "2fa", "two-factor", "login code", "no puedo entrar"), "the login trouble",
     "login"),
    (("rude", "ignored", "attitude", "unfriendly", "dismissive", "maleducado", "borde"),
     "how you were treated", "staff"),
    (("waited", "waiting", "queue", "slow", "took ages", "took forever", "too long",
      "hour wait", "late", "delay", "delayed", "tarde", "esperando"), "the wait", "wait"),
    (("dirty", "filthy", "stained", "smelly", "smelled", "mould", "mold", "sucio", "sucia"),
     "the state of the place", "cleanliness"),
    (("noise", "noisy", "loud", "ruido"), "the noise", "noise"),
    (("cold", "lukewarm", "burnt", "burned", "stale", "soggy", "undercooked", "frío", "fría"),
     "how it came out", "quality"),
    (("broken", "broke", "faulty", "doesn't work", "does not work", "stopped working",
      "not working", "roto", "no funciona"), "the fault", "fault"),
    (("price", "prices", "expensive", "overpriced", "pricey", "price rise", "price increase",
      "caro", "precio"), "the prices", "price"),
)  # fmt: skip

_HANDLE_URL_RE = re.compile(r"(?:https?://\S+|www\.\S+|[@#]\w+|u/\w+|r/\w+)", re.IGNORECASE)
_WORD_RE = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)?")
# Words a topic must not contain: they make it a time, a feeling or filler, not a thing.
_NOT_TOPIC = frozenset(
    [
        "today",
        "tomorrow",
        "yesterday",
        "morning",
        "afternoon",
        "evening",
        "night",
        "tonight",
        "week",
        "weekend",
        "month",
        "year",
        "day",
        "days",
        "hour",
        "hours",
        "minute",
        "minutes",
        "time",
        "times",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "weeks",
        "months",
        "years",
        "ago",
        "still",
        "just",
        "really",
        "very",
        "much",
        "many",
        "lot",
        "lots",
        "thing",
        "things",
        "stuff",
        "anyone",
        "someone",
        "everyone",
        "people",
        "guys",
        "thanks",
        "thank",
        "please",
        "hello",
        "hey",
        "hi",
        "love",
        "loved",
        "lovely",
        "great",
        "good",
        "bad",
        "awful",
        "terrible",
        "amazing",
        "best",
        "worst",
        "nice",
        "fine",
        "brilliant",
        "excellent",
        "perfect",
        "horrible",
        "disappointed",
        "disappointing",
        "happy",
        "sad",
        "angry",
        "annoyed",
        "furious",
        "upset",
        "fab",
        "fantastic",
        "gorgeous",
        "wonderful",
        "cheers",
        "quick",
        "question",
        "ok",
        "okay",
        "yes",
        "no",
        "wow",
        "lol",
        "omg",
        "fyi",
        "btw",
        "asap",
        "way",
        "bit",
        "kind",
        "sort",
        "sure",
        "maybe",
        "actually",
        "literally",
        "honestly",
        "again",
        "always",
        "never",
        "ever",
        "soon",
        "back",
        "first",
        "last",
        "next",
        "new",
        "old",
        "other",
        "same",
        *"jan feb mar apr jun jul aug sep sept oct nov dec".split(),
        *"january february march april may june july august september october".split(),
        *"november december autumn winter spring summer christmas weekday weekdays".split(),
    ]
)
_STOP = frozenset(
    [
        "a",
        "an",
        "the",
        "and",
        "or",
        "but",
        "if",
        "of",
        "to",
        "in",
        "on",
        "at",
        "by",
        "for",
        "with",
        "from",
        "into",
        "about",
        "as",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "am",
        "do",
        "does",
        "did",
        "doing",
        "have",
        "has",
        "had",
        "having",
        "i",
        "me",
        "my",
        "mine",
        "we",
        "us",
        "our",
        "you",
        "your",
        "yours",
        "he",
        "him",
        "his",
        "she",
        "her",
        "they",
        "them",
        "their",
        "it",
        "its",
        "this",
        "that",
        "these",
        "those",
        "there",
        "here",
        "what",
        "which",
        "who",
        "whom",
        "whose",
        "when",
        "where",
        "why",
        "how",
        "not",
        "can",
        "could",
        "would",
        "should",
        "will",
        "shall",
        "may",
        "might",
        "must",
        "just",
        "so",
        "than",
        "too",
        "also",
        "any",
        "some",
        "all",
        "each",
        "both",
        "more",
        "most",
        "such",
        "only",
        "own",
        "very",
        "again",
        "get",
        "got",
        "gets",
        "getting",
        "make",
        "made",
        "go",
        "went",
        "going",
        "come",
        "came",
        "say",
        "said",
        "tell",
        "told",
        "know",
        "knew",
        "see",
        "saw",
        "want",
        "wanted",
        "need",
        "needed",
        "try",
        "tried",
        "use",
        "used",
        "let",
        "like",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
    ]
)


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


def issue_position(text: str) -> int:
    """Where the first cue of the matched problem kind occurs (len(text) when none)."""
    for cues, _phrase, _kind in ISSUES:
        places = [_position(text, cue) for cue in cues]
        if min(places, default=len(text)) < len(text):
            return min(places)
    return len(text)


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
    cleaned = _HANDLE_URL_RE.sub(" ", text)
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
        if any(w in _STOP or w in _NOT_TOPIC or w in banned or w in sentiment for w in folded):
            continue
        if any(len(w) < 3 for w in folded) or (len(words) == 1 and len(folded[0]) < 4):
            continue
        if folded[-1].endswith("ly") or folded[0].endswith("ly"):
            continue  # an adverb ("directly", "honestly") is never the thing
        if any(w[:1].isupper() for w in words[1:]) or words[0].isupper():
            continue  # a proper name or shouting, not a thing we can name safely
        return " ".join(folded)
    return ""


@lru_cache(maxsize=1)
def _sentiment_words() -> frozenset[str]:
    """Words VADER scores as feelings: never a topic ("the awful" is not a thing)."""
    try:
        from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

        return frozenset(SentimentIntensityAnalyzer().lexicon)
    except Exception:  # pragma: no cover - VADER is a dependency
        return frozenset()


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
        first_issue = issue_position(text)
        if named and not (
            intent == "complaint"
            and issue is not None
            and first_issue < _position(text, named[0].term)
        ):
            name = named[0].offering.name
            article = "" if _proper_name(name) else "the "
            phrase = f"{article}{name}"
            if intent == "complaint":
                phrase = f"the problem with {phrase}"  # reads well with "sorry about", "look into"
            return Topic(phrase, "offering", issue[1] if issue else "", name)
    if issue is not None and intent in ("complaint", "other", "question"):
        return Topic(issue[0], "issue", issue[1])
    if intent in ("praise", "suggestion", "question"):
        phrase = keyphrase(text, banned=brand_words, lang=lang)
        if phrase:
            return Topic(f"the {phrase}", "keyphrase")
    return Topic(_GENERIC.get(intent, "your message"), "generic")
