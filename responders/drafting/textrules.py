"""Platform length rules and the hype lint: pure functions over plain strings.

X counts text by the twitter-text v3 rule: NFC first, every URL weighs 23, code points in
U+0000–U+10FF, U+2000–U+200D, U+2010–U+201F and U+2032–U+2037 weigh 1, everything else
(CJK, most symbols, each emoji sequence as a whole) weighs 2. Reddit counts plain characters.
The lint flags what a thoughtful person on a small team would not send: shouting, exclamation
storms, sales language, promises of a gift or money, emoji confetti and canned corporate
phrases. Drafting runs it on every candidate; the review UI can run it on human edits.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Callable, Iterable

import regex

# --- X weighted length (twitter-text v3) -------------------------------------------------

X_URL_WEIGHT = 23
_LIGHT_RANGES = ((0x0000, 0x10FF), (0x2000, 0x200D), (0x2010, 0x201F), (0x2032, 0x2037))

# Emoji: flags, keycaps, text-default symbols only with VS16, and pictographs with their
# modifiers (VS16, skin tones, keycap mark, tag sequences) joined by ZWJ. Matching by Unicode
# block rather than a frozen emoji list keeps emoji added in later Unicode versions counted.
_PICTO = (
    "\u231a\u231b\u23e9-\u23f3\u23f8-\u23fa\u25fd\u25fe\u2600-\u27bf\u2934\u2935"
    "\u2b05-\u2b07\u2b1b\u2b1c\u2b50\u2b55\U0001f000-\U0001faff"
)
_TEXT_DEFAULT = (
    "\u00a9\u00ae\u203c\u2049\u2122\u2139\u2194-\u2199\u21a9\u21aa\u2328\u23cf\u24c2"
    "\u25aa\u25ab\u25b6\u25c0\u25fb\u25fc\u3030\u303d\u3297\u3299"
)
_MODS = "[\ufe0f\u20e3\U0001f3fb-\U0001f3ff\U000e0020-\U000e007f]"
_ONE = f"(?:[{_PICTO}]{_MODS}*|[{_TEXT_DEFAULT}]\ufe0f{_MODS}*)"
EMOJI_PATTERN = f"(?:[\U0001f1e6-\U0001f1ff]{{2}}|[0-9#*]\ufe0f?\u20e3|{_ONE}(?:\u200d{_ONE})*)"
_EMOJI_RE = re.compile(EMOJI_PATTERN)

_COMMON_TLDS = (
    "com|net|org|edu|gov|mil|int|info|biz|name|pro|io|ai|app|dev|shop|store|online|site|"
    "xyz|blog|news|coffee|cafe|restaurant|menu|cloud|tech|club|live|me|tv|co"
)
_URL_RE = re.compile(
    r"(?P<scheme>https?://[^\s<>\"'`]+)"
    r"|(?<![@\w.\-/])(?P<bare>(?:[a-z0-9](?:[a-z0-9\-]*[a-z0-9])?\.)+"
    rf"(?P<tld>{_COMMON_TLDS}|[a-z]{{2}})(?![\w\-])(?P<path>/[^\s<>\"'`]*)?)",
    re.IGNORECASE,
)
_DOTTED_RE = re.compile(r"\w\.\w")
_URL_TRAILING = ".,;:!?)]}'\""


def _url_spans(text: str) -> list[tuple[int, int]]:
    """Spans twitter-text would count as URLs (23 each) in ``text``.

    Scheme URLs always count; a bare domain counts when its TLD is a common gTLD or any
    two-letter ccTLD, except a single-label ccTLD domain without a path ("bramble.uk" alone),
    which twitter-text leaves as text. Trailing sentence punctuation is not part of a URL.
    """
    if "://" not in text and not _DOTTED_RE.search(text):
        return []  # fast path: no scheme and no "word.word", so no URL
    spans = []
    for match in _URL_RE.finditer(text):
        start, end = match.span()
        if match.group("bare"):
            labels = match.group("bare").split("/")[0].split(".")
            tld = match.group("tld").lower()
            single_cc = len(labels) == 2 and len(tld) == 2 and tld not in ("co", "tv")
            if single_cc and not match.group("path"):
                continue
        while end > start and text[end - 1] in _URL_TRAILING:
            end -= 1
        spans.append((start, end))
    return spans


_HEAVY_RE = re.compile(
    "[^" + "".join(f"\\U{low:08x}-\\U{high:08x}" for low, high in _LIGHT_RANGES) + "]"
)


def _plain_weight(text: str) -> int:
    """Weight of text without URLs or emoji: 1 per code point, 2 outside the light ranges."""
    return len(text) + len(_HEAVY_RE.findall(text))


def x_weighted_length(text: str) -> int:
    """Length of ``text`` as X counts it (twitter-text v3): the number to keep ≤ 280."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    urls = _url_spans(text)
    spans = [(s, e, X_URL_WEIGHT) for s, e in urls]
    for match in _EMOJI_RE.finditer(text):
        start, end = match.span()
        if not any(s < end and start < e for s, e in urls):  # an emoji inside a URL is the URL
            spans.append((start, end, 2))
    total, position = 0, 0
    for start, end, weight in sorted(spans):
        total += _plain_weight(text[position:start]) + weight
        position = end
    return total + _plain_weight(text[position:])


# --- Bluesky and Mastodon -------------------------------------------------------------------

MASTODON_URL_WEIGHT = 23
_GRAPHEME = regex.compile(r"\X")
_MASTODON_URL = re.compile(r"https?://[^\s<>\"']+", re.IGNORECASE)
_MASTODON_MENTION = re.compile(r"(?<![\w/])@(\w+)@[\w.\-]+\w", re.ASCII)


def bluesky_length(text: str) -> int:
    """Graphemes (user-perceived characters, as Bluesky's 300 limit counts): an emoji family or
    a letter with combining accents is one."""
    return len(_GRAPHEME.findall(unicodedata.normalize("NFC", text)))


def mastodon_length(text: str) -> int:
    """Characters as Mastodon counts them: every URL is 23, ``@user@domain`` counts as
    ``@user``."""
    text = _MASTODON_URL.sub("x" * MASTODON_URL_WEIGHT, text)
    return len(_MASTODON_MENTION.sub(r"@\1", text))


_MEASURES: dict[str, Callable[[str], int]] = {
    "twitter": x_weighted_length,
    "bluesky": bluesky_length,
    "mastodon": mastodon_length,
}


def length_on(platform: str, text: str) -> int:
    """The length that counts against ``platform``'s cap: weighted on X, graphemes on Bluesky,
    Mastodon's count (links 23), plain characters elsewhere."""
    return _MEASURES.get(platform, len)(text)


def max_length(platform: str, drafting: object) -> int:
    """The cap for ``platform``: ``drafting.<platform>_max_length`` (Reddit's for the rest)."""
    limit = getattr(drafting, f"{platform}_max_length", None)
    return int(limit if limit is not None else drafting.reddit_max_length)  # type: ignore[attr-defined]


def count_emoji(text: str) -> int:
    """Emoji sequences in ``text`` (a family or a flag is one)."""
    return sum(1 for _ in _EMOJI_RE.finditer(text))


# --- sentences ---------------------------------------------------------------------------

_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+(?=\S)")


def split_sentences(text: str) -> list[str]:
    """Split prose into sentences at ., !, ? or … followed by whitespace."""
    return [part.strip() for part in _SENTENCE_END.split(text.strip()) if part.strip()]


def normalize_sentence(sentence: str) -> str:
    """Casefolded words only, so punctuation or spacing changes do not make a new sentence."""
    folded = unicodedata.normalize("NFKC", sentence).casefold()
    return " ".join(re.findall(r"\w+", folded))


def sentence_key(sentence: str) -> str:
    """SHA-256 hex (64 chars) of the normalised sentence: ``SentenceUse.sentence_key``."""
    return hashlib.sha256(normalize_sentence(sentence).encode("utf-8")).hexdigest()


def truncate_to(text: str, limit: int, measure: Callable[[str], int]) -> str:
    """Cut ``text`` to whole sentences that fit ``limit``; failing that, whole words and "…"."""
    if measure(text) <= limit:
        return text
    sentences = split_sentences(text)
    kept: list[str] = []
    for sentence in sentences:
        if measure(" ".join([*kept, sentence])) > limit:
            break
        kept.append(sentence)
    if kept:
        return " ".join(kept)
    words = text.split()
    cut = ""
    for word in words:
        candidate = f"{cut} {word}".strip()
        if measure(candidate + "…") > limit:
            break
        cut = candidate
    if not cut:  # one enormous word: cut characters
        cut = text
        while cut and measure(cut + "…") > limit:
            cut = cut[: max(0, min(len(cut) - 1, limit))]
    return cut.rstrip(" ,;:—-") + "…"


# --- hype lint ---------------------------------------------------------------------------

KNOWN_ACRONYMS = frozenset(
    {
        "ASAP", "FAQ", "FAQS", "HTML", "HTTP", "HTTPS", "JSON", "GDPR", "IBAN", "NASA", "NATO",
        "UEFA", "FIFA", "UNESCO", "UNICEF", "AWOL", "CEST", "AEST", "AEDT", "PDT", "RSVP",
        "SWIFT", "BACS", "CHAPS", "NHS", "USB", "WIFI", "LGBTQ", "COVID", "ISBN", "OPEC", "HVAC",
    }
)  # fmt: skip

REPEAT_FINDING = "repeats a sentence sent to this customer within {days} days"

_SALES = re.compile(
    r"\b(buy now|order now|shop now|limited[- ]time|don'?t miss|act (fast|now)|hurry up|"
    r"exclusive (offer|deal)|promo(tion(al)?)? code|coupon|discount(s|ed)?|"
    r"(great|amazing|best|hot|special|unbeatable) deals?|deal of the \w+|on sale|sale (ends|now)|"
    r"free (gift|shipping|delivery|trial)|special offer|best price|lowest price|"
    r"click (here|the link)|sign up (now|today)|while stocks? last)\b"
    r"|\d+\s?% off\b",
    re.IGNORECASE,
)
_PROMISE = re.compile(
    r"\b(refund(s|ed)?|reimburs\w*|compensat\w*|voucher|gift( card)?s?|credit (to )?your|"
    r"money back|free of charge|for free|on the house|complimentary|discount(s|ed)?|"
    r"(is|are|be|was|'s|’s|it|them|this|that|one|drinks?|coffees?|rounds?) on us|"
    r"make it up to you|replacement|(?<![\w-])free (?!to\b|from\b)\w+)\b"
    r"|\b\d+\s?% off\b",
    re.IGNORECASE,
)
_CANNED = re.compile(
    r"\b(valued (customer|client|guest)s?|(we )?apologi[sz]e for (any|the) inconvenience|"
    r"(sorry|apologies) for (any|the) inconvenience|inconvenience (this )?(may have )?caused|"
    r"your (call|feedback|business) is (very )?important to us|we take (this|your \w+) "
    r"(very )?seriously|please be advised|we regret to inform|rest assured|"
    r"thank you for reaching out|as per our policy|per our policy|kindly|"
    r"we strive to|at this (point in )?time|we appreciate your patience|"
    r"thank you for your patience and understanding)\b",
    re.IGNORECASE,
)
_PERSONAL_ASK = re.compile(
    r"\b(send|share|post|give|reply with|tell us|include|comment|drop)\b.{0,40}?"
    r"\b(phone( number)?|(home |email |postal )?address|card( number| details)?|password|"
    r"date of birth|account number|order number|booking reference|pin|security code)\b",
    re.IGNORECASE,
)
_PRIVATE_CUE = re.compile(
    r"\b(dm|dms|direct message|private(ly)?|modmail|message us|email us|don'?t|do not|never|"
    r"not here)\b",
    re.IGNORECASE,
)
_CAPS_WORD = re.compile(r"\b[A-Z]{4,}\b")


X_LINK_FINDING = (
    "has a link: on X a post with a link costs far more to send (pay-per-use, "
    "sources.twitter.post_with_link_usd); keep it only if the answer needs it"
)


def lint(text: str, *, acronyms: Iterable[str] = (), platform: str = "") -> list[str]:
    """Hype findings for ``text``; an empty list means it reads like a person.

    ``acronyms`` adds words that may be written in capitals (the brand's own name, say) to
    ``KNOWN_ACRONYMS``. Rules: a non-acronym word of 4+ capitals, or more than 30% capitals
    among 10+ letters; "!!" or more than one "!"; sales language; any promise of a gift,
    discount, refund or compensation; more than 2 emoji; canned corporate phrases; asking for
    personal details in public; on ``platform`` "twitter", any link (X bills it).
    """
    findings: list[str] = []
    allowed = KNOWN_ACRONYMS | {word.upper() for word in acronyms}
    shouted = [w for w in _CAPS_WORD.findall(text) if w not in allowed]
    letters = [c for c in text if c.isalpha()]
    upper = sum(1 for c in letters if c.isupper())
    if shouted:
        findings.append(f"shouting: {', '.join(dict.fromkeys(shouted))}")
    elif len(letters) >= 10 and upper / len(letters) > 0.3:
        findings.append(f"shouting: {round(100 * upper / len(letters))}% capital letters")
    if "!!" in text:
        findings.append('exclamation storm: "!!"')
    elif text.count("!") > 1:
        findings.append(f'exclamation storm: {text.count("!")} "!" in one reply')
    sales = _SALES.search(text)
    if sales:
        findings.append(f'sales language: "{sales.group(0)}"')
    promise = _PROMISE.search(text)
    if promise:
        findings.append(
            f'promises a gift, discount, refund or compensation: "{promise.group(0)}" '
            "(gestures are the manager's call, made privately)"
        )
    emoji = count_emoji(text)
    if emoji > 2:
        findings.append(f"too many emoji: {emoji} (at most 2)")
    canned = _CANNED.search(text)
    if canned:
        findings.append(f'canned corporate phrase: "{canned.group(0)}"')
    for sentence in split_sentences(text):
        ask = _PERSONAL_ASK.search(sentence)
        if ask and not _PRIVATE_CUE.search(sentence):
            findings.append(f'asks for personal details in public: "{ask.group(0)}"')
            break
    if platform == "twitter" and _url_spans(text):
        findings.append(X_LINK_FINDING)
    return findings
