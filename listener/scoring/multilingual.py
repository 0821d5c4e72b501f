"""Sentiment for Spanish, French, German and Portuguese mentions, in VADER's shape.

Why: VADER only knows English, so "¡Qué desastre, nadie responde!" scores 0.0 and would
be read as a neutral English post. ``foreign_scores(text, lang)`` scores a supported
language with a lexicon of customer-service words and phrases per language
(``listener/scoring/data/lexicons/<lang>.tsv``, written for Rapport and licensed MIT like
the project; see the README beside them), and returns ``None`` for any other language so
the caller can flag the mention for a person instead of pretending it is neutral.

The arithmetic follows VADER's so the numbers mean the same thing downstream: valences on
a -4..+4 scale; a negation word up to three words before a term flips and damps it (x
-0.74); an intensifier ("muy", "très", "sehr", "muito") adds 0.293 in the term's
direction; a word in capitals inside mixed-case text adds 0.733; after a contrast word
("pero", "mais", "aber", "mas") terms count 1.5x and before it 0.5x; "!" adds up to
4 x 0.292; emoji carry their own valence; ``compound`` is ``s / sqrt(s^2 + 15)`` and
pos/neu/neg are the shares of positive, neutral and negative words as in VADER.
Words are compared without accents, so "decepcion" and "decepción" are the same word.
"""

from __future__ import annotations

import math
import re
import unicodedata
from functools import cache
from pathlib import Path

LEXICON_DIR = Path(__file__).parent / "data" / "lexicons"

SUPPORTED_SENTIMENT_LANGS: frozenset[str] = frozenset({"es", "fr", "de", "pt"})
"""Languages with a sentiment lexicon. English is VADER's; every other language gets None."""


def _words(spaced: str) -> frozenset[str]:
    """A set of words written as one space-separated string (easier to read and edit)."""
    return frozenset(spaced.split())


_NEGATORS: dict[str, frozenset[str]] = {
    "es": _words("no nunca jamas tampoco ni sin nada nadie ningun ninguna"),
    "fr": _words("ne n pas jamais plus rien sans aucun aucune personne ni"),
    "de": _words("nicht kein keine keinen keinem keiner keines nie niemals ohne nichts"),
    "pt": _words("nao nunca jamais nem sem nada nenhum nenhuma ninguem"),
}
_BOOSTERS: dict[str, frozenset[str]] = {
    "es": _words("muy tan super realmente totalmente demasiado bastante sumamente"),
    "fr": _words("tres trop tellement vraiment super totalement vachement si"),
    "de": _words("sehr so echt wirklich total extrem richtig voll absolut"),
    "pt": _words("muito tao super realmente totalmente demais bastante bem"),
}
_CONTRAST: dict[str, str] = {"es": "pero", "fr": "mais", "de": "aber", "pt": "mas"}
_EMOJI: dict[str, float] = {
    "😍": 3.0, "🥰": 3.0, "❤": 2.8, "💕": 2.6, "💚": 2.5, "💙": 2.5, "😊": 2.2, "🙂": 1.2,
    "😀": 2.2, "😃": 2.3, "😄": 2.4, "🎉": 2.5, "🙌": 2.3, "👏": 2.1, "👍": 1.6, "💪": 1.5,
    "🙏": 1.2, "✨": 1.0, "😋": 2.0, "🔥": 1.0,
    "😡": -3.0, "🤬": -3.5, "😠": -2.6, "😤": -2.0, "😞": -2.2, "😢": -2.1, "😭": -2.0,
    "😕": -1.5, "😒": -1.6, "🙄": -1.6, "🙃": -1.0, "👎": -2.1, "💔": -2.5, "🤦": -1.8,
    "😩": -2.0, "😫": -2.0,
}  # fmt: skip
_TOKEN_RE = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?|[.!?;:¿¡…]", re.UNICODE)
_BREAKS = frozenset(".!?;:¿¡…")
_URL_HANDLE_RE = re.compile(r"(?:https?://|www\.)\S+|[@#][\w.]+")
_NEGATION_SCALAR = -0.74
_BOOST = 0.293
_CAPS_BOOST = 0.733
_EXCLAIM = 0.292
_NORMALISE_ALPHA = 15.0
_MAX_PHRASE = 3
# Inflection endings tried when a word is not in the lexicon: "freundlichen" -> "freundlich",
# "amables" -> "amable", "décevantes" -> "decevant". Longest first; the stem keeps 4+ letters.
_ENDINGS: dict[str, tuple[str, ...]] = {
    "es": ("es", "s", "a", "o"),
    "fr": ("es", "s", "e"),
    "de": ("en", "er", "es", "em", "e", "s"),
    "pt": ("es", "s", "a", "o"),
}


def _fold(word: str) -> str:
    """Lower-case ``word`` without accents: "Decepción" -> "decepcion"."""
    decomposed = unicodedata.normalize("NFKD", word.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@cache
def lexicon(lang: str) -> dict[str, float]:
    """The lexicon of ``lang`` (accent-folded term -> valence), read once per process."""
    entries: dict[str, float] = {}
    path = LEXICON_DIR / f"{lang}.tsv"
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        term, _, value = line.partition("\t")
        entries[" ".join(_fold(term).split())] = float(value)
    return entries


def _inflected(word: str, words: dict[str, float], lang: str) -> float | None:
    """Valence of ``word`` found by dropping one inflection ending (or swapping a/o)."""
    for ending in _ENDINGS[lang]:
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            stem = word[: -len(ending)]
            for candidate in (stem, stem + "o", stem + "e"):
                if candidate in words:
                    return words[candidate]
    return None


def _valences(tokens: list[str], folded: list[str], lang: str) -> list[float]:
    """One valence per token (0.0 for neutral words); phrases score on their first word."""
    words = lexicon(lang)
    negators, boosters = _NEGATORS[lang], _BOOSTERS[lang]
    out = [0.0] * len(tokens)
    mixed_case = any(t.islower() for t in tokens) and any(t.isupper() for t in tokens)
    i = 0
    while i < len(tokens):
        for size in range(min(_MAX_PHRASE, len(tokens) - i), 0, -1):
            value = words.get(" ".join(folded[i : i + size]))
            if value is not None:
                break
        else:
            value = _inflected(folded[i], words, lang)
            size = 1
            if value is None:
                i += 1
                continue
        direction = 1.0 if value > 0 else -1.0
        window = folded[max(0, i - 3) : i]
        if not _BREAKS.isdisjoint(window):  # a negation does not reach past a full stop
            window = window[max(k for k, w in enumerate(window) if w in _BREAKS) + 1 :]
        if any(w in boosters for w in window[-2:]):
            value += _BOOST * direction
        if mixed_case and tokens[i].isupper() and len(tokens[i]) > 1:
            value += _CAPS_BOOST * direction
        # a negation before the term, unless the phrase itself holds it ("no funciona")
        if (size == 1 or folded[i] not in negators) and any(w in negators for w in window):
            value *= _NEGATION_SCALAR
        out[i] = value
        i += size
    return out


def foreign_scores(text: str, lang: str) -> dict[str, float] | None:
    """VADER-shaped ``{compound, pos, neu, neg}`` for ``text`` in ``lang``; None if unsupported.

    >>> foreign_scores("¡Qué desastre! nadie responde", "es")["compound"] < -0.5
    True
    >>> foreign_scores("grazie mille", "it") is None
    True
    """
    if lang not in SUPPORTED_SENTIMENT_LANGS:
        return None
    stripped = _URL_HANDLE_RE.sub(" ", text)
    marked = _TOKEN_RE.findall(stripped)
    folded_marked = [_fold(t) for t in marked]
    values = _valences(marked, folded_marked, lang)
    keep = [k for k, t in enumerate(marked) if t not in _BREAKS]
    folded = [folded_marked[k] for k in keep]
    values = [values[k] for k in keep]
    contrast = _CONTRAST[lang]
    if contrast in folded:
        at = folded.index(contrast)
        values = [v * (0.5 if k < at else 1.5 if k > at else 1.0) for k, v in enumerate(values)]
    emoji = [_EMOJI[ch] for ch in stripped if ch in _EMOJI]
    values.extend(emoji)
    total = sum(values)
    if total:
        total += math.copysign(min(stripped.count("!"), 4) * _EXCLAIM, total)
    compound = total / math.sqrt(total * total + _NORMALISE_ALPHA) if total else 0.0
    pos = sum(v + 1 for v in values if v > 0)
    neg = sum(v - 1 for v in values if v < 0)
    neu = sum(1 for v in values if v == 0)
    share = pos + abs(neg) + neu
    if not share:
        return {"compound": 0.0, "pos": 0.0, "neu": 1.0, "neg": 0.0}
    return {
        "compound": round(max(-1.0, min(1.0, compound)), 4),
        "pos": round(pos / share, 3),
        "neu": round(neu / share, 3),
        "neg": round(abs(neg) / share, 3),
    }
