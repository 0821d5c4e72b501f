"""Score mentions: VADER sentiment with brand lexicon overrides, the rules and the model.

VADER's ``compound/pos/neu/neg`` are stored raw (a supported non-English language gets the
multilingual lexicon's instead), so agreement with human ratings of ``compound`` never drops.
The ``label`` is the learned model's three-class sentiment, which agrees better with people
than VADER's thresholds (a complaint with no negative word, sarcastic thanks); the model
also decides intent, complaint and mood, beside the precise rules (spam, urgency classes).
``listener.scoring.understand`` does the batch work; ``docs/evaluation.md`` has the figures.

Analyzers are cached, one per distinct lexicon per process, because building one reads
two lexicon files (~50 ms). With vaderSentiment 3.3.2 the cached analyzer is a subclass
that rewrites VADER's slowest side-effect-free steps (identical scores, checked against
the stock analyzer by ``tests/test_sentiment.py``); the time saved pays for the rules, so
``Scorer.score`` costs about what ``polarity_scores`` alone does.
"""

from __future__ import annotations

import copy
import math
import re
import string
import threading
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from importlib.metadata import PackageNotFoundError
from importlib.metadata import version as _dist_version
from itertools import compress
from pathlib import Path

from vaderSentiment import vaderSentiment as _vs

from listener.scoring import model as _model

RULES_VERSION = 40
"""Bump when a rule in ``listener.scoring.classify`` or ``urgency`` changes: stored scores
can be told apart."""

try:
    VADER_VERSION = _dist_version("vaderSentiment")
except PackageNotFoundError:  # pragma: no cover - installed without metadata
    VADER_VERSION = "unknown"

RULES_ONLY_VERSION = f"vader-{VADER_VERSION}+rules-{RULES_VERSION}"
MODEL_VERSION = f"{RULES_ONLY_VERSION}+model-{_model.base_version()}"
"""What made a stored score: VADER's version, the rules' and the shipped model's hash."""

MAX_CHARS = 5_000
"""Only the first 5,000 characters are scored. VADER's 'but' and negation checks are
quadratic in the number of words, so a 100,000-character paste would take seconds;
a tweet is at most 280 (4,000 for long posts), so real mentions are never cut."""

POSITIVE_THRESHOLD = 0.05
NEGATIVE_THRESHOLD = -0.05

_PUNCTUATION = string.punctuation
_NON_ASCII_RE = re.compile(r"[^\x00-\x7f]")
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


@dataclass(frozen=True, slots=True)
class Score:
    """Everything Rapport knows about one text; ``model_version`` says which rules made it."""

    compound: float
    pos: float
    neu: float
    neg: float
    label: str
    intent: str
    is_complaint: bool
    urgency: str
    urgency_reasons: tuple[str, ...]
    is_spam: bool
    model_version: str
    mood: str = "neutral"
    lang: str = "und"
    lang_supported: bool = True


def label_for(compound: float) -> str:
    """Map a VADER compound score to a label with VADER's published thresholds (±0.05)."""
    if compound >= POSITIVE_THRESHOLD:
        return "positive"
    if compound <= NEGATIVE_THRESHOLD:
        return "negative"
    return "neutral"


def normalise(text: str) -> str:
    """Make hostile text safe to score while changing ordinary text not at all.

    Keeps the first ``MAX_CHARS`` characters, drops control characters (NUL and friends;
    tabs and newlines stay because they separate words), and applies Unicode NFC so a
    decomposed "café" matches the lexicon. URLs, @handles and emoji are left alone:
    VADER was validated on raw tweets, and stripping them changes its scores.
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be str, not {type(text).__name__}")
    text = text[:MAX_CHARS]
    if not text.isprintable():
        text = _CONTROL_RE.sub("", text)
    if not text.isascii() and not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    return text


class _FastSentiText(_vs.SentiText):
    """``SentiText`` for str input with its word split and ALL-CAPS count inlined.

    Same ``words_and_emoticons`` and ``is_cap_diff`` as the original, without a method
    call per word or a Python loop.
    """

    def __init__(self, text: str) -> None:
        punctuation = _PUNCTUATION
        words = [
            stripped if len(stripped := word.strip(punctuation)) > 2 else word
            for word in text.split()
        ]
        self.text = text
        self.words_and_emoticons = words
        mixed = len(words) - sum(map(str.isupper, words))
        self.is_cap_diff = 0 < mixed < len(words)


class _FastAnalyzer(_vs.SentimentIntensityAnalyzer):
    """VADER 3.3.2 with its slowest side-effect-free steps rewritten; scores are identical.

    ``polarity_scores`` converts emoji with one regex substitution instead of a per-character
    loop, skips the per-word method call for words not in the lexicon (it would append
    0) and the "but" check when there is no "but"; the negation and idiom checks look
    only at the three or four words they need instead of lower-casing the whole tweet for
    every sentiment word. Only ``_new_base_analyzer`` uses it, and only for 3.3.2.
    """

    _emoji_words: dict[str, str]

    def _build_emoji_table(self) -> None:
        # The original loop inserts a space before a description unless it follows a space
        # or starts the text. Always inserting one only adds whitespace, and VADER uses the
        # converted text solely through str.split() and counts of "!" and "?", so every
        # score is identical. Only single characters can match, as in the original loop.
        # One substitution over the non-ASCII characters replaces each emoji where it
        # stands, as ``str.translate`` did; ``translate`` looks every character of a
        # non-ASCII text up in a dict (5-10 µs a tweet), the regex skips to the few non-ASCII
        # ones in C. (A class of the emoji themselves is slower still: they are astral.)
        self._emoji_words = {ch: " " + words for ch, words in self.emojis.items() if len(ch) == 1}

    def _emoji_for(self, match: re.Match[str]) -> str:
        char = match.group()
        return self._emoji_words.get(char, char)

    def polarity_scores(self, text):  # type: ignore[no-untyped-def]
        if not text.isascii():  # every emoji is non-ASCII
            text = _NON_ASCII_RE.sub(self._emoji_for, text)
        text = text.strip()
        sentitext = _FastSentiText(text)
        words = sentitext.words_and_emoticons
        lowered = list(map(str.lower, words))
        lexicon = self.lexicon
        boosters = _vs.BOOSTER_DICT
        last = len(words) - 1
        # sentiment_valence gives 0 for a word not in the lexicon, a booster or "kind of":
        # start from all zeros and visit only the lexicon words (found in C), in order
        sentiments: list[float] = [0] * len(words)
        for i in compress(range(len(words)), map(lexicon.__contains__, lowered)):
            low = lowered[i]
            if low in boosters or (low == "kind" and i < last and lowered[i + 1] == "of"):
                continue
            sentiments[i] = self._lexicon_valence(sentitext, lowered, i)
        if "but" in lowered:  # _but_check changes nothing otherwise
            _but_check(lowered, sentiments)
        return self.score_valence(sentiments, text)

    def _lexicon_valence(self, sentitext: _FastSentiText, lowered: list[str], i: int) -> float:
        """``sentiment_valence`` for word ``i``, a lexicon word, reading the words already
        lower-cased (``lowered``) instead of lower-casing up to a dozen of them again.

        The same steps in the same order, so the same float operations: the lexicon value,
        "no" before or as the word, ALL CAPS, the three preceding boosters (with negation
        and idioms), then "least".
        """
        words = sentitext.words_and_emoticons
        is_cap_diff = sentitext.is_cap_diff
        lexicon = self.lexicon
        item = words[i]
        low = lowered[i]
        valence = lexicon[low]
        if low == "no" and i != len(words) - 1 and lowered[i + 1] in lexicon:
            valence = 0.0
        if (
            (i > 0 and lowered[i - 1] == "no")
            or (i > 1 and lowered[i - 2] == "no")
            or (i > 2 and lowered[i - 3] == "no" and lowered[i - 1] in ("or", "nor"))
        ):
            valence = lexicon[low] * _vs.N_SCALAR
        if item.isupper() and is_cap_diff:
            if valence > 0:
                valence += _vs.C_INCR
            else:
                valence -= _vs.C_INCR
        boosters = _vs.BOOSTER_DICT
        for start_i in range(0, 3):
            if i > start_i and (before := lowered[i - (start_i + 1)]) not in lexicon:
                # scalar_inc_dec is 0.0 for a word that is no booster: skip the call
                s = (
                    _vs.scalar_inc_dec(words[i - (start_i + 1)], valence, is_cap_diff)
                    if before in boosters
                    else 0.0
                )
                if start_i == 1 and s != 0:
                    s = s * 0.95
                if start_i == 2 and s != 0:
                    s = s * 0.9
                valence = valence + s
                valence = self._negation_check(valence, lowered, start_i, i)
                if start_i == 2:
                    valence = self._special_idioms_check(valence, lowered, i)
        # _least_check: "least" before the word (not "at least", "very least") negates it
        if i > 1 and lowered[i - 1] not in lexicon and lowered[i - 1] == "least":
            if lowered[i - 2] != "at" and lowered[i - 2] != "very":
                valence = valence * _vs.N_SCALAR
        elif i > 0 and lowered[i - 1] not in lexicon and lowered[i - 1] == "least":
            valence = valence * _vs.N_SCALAR
        return valence

    def score_valence(self, sentiments, text):  # type: ignore[no-untyped-def]
        # VADER 3.3.2's score_valence with _punctuation_emphasis, _amplify_ep, _amplify_qm
        # and normalize (alpha 15) written in: the same float operations in the same order,
        # without four calls a text.
        if sentiments:
            sum_s = float(sum(sentiments))
            ep_count = text.count("!")
            if ep_count > 4:
                ep_count = 4
            ep_amplifier = ep_count * 0.292
            qm_count = text.count("?")
            qm_amplifier = 0
            if qm_count > 1:
                qm_amplifier = qm_count * 0.18 if qm_count <= 3 else 0.96
            punct_emph_amplifier = ep_amplifier + qm_amplifier
            if sum_s > 0:
                sum_s += punct_emph_amplifier
            elif sum_s < 0:
                sum_s -= punct_emph_amplifier
            compound = sum_s / math.sqrt((sum_s * sum_s) + 15)
            if compound < -1.0:
                compound = -1.0
            elif compound > 1.0:
                compound = 1.0
            pos_sum, neg_sum, neu_count = self._sift_sentiment_scores(sentiments)
            if pos_sum > math.fabs(neg_sum):
                pos_sum += punct_emph_amplifier
            elif pos_sum < math.fabs(neg_sum):
                neg_sum -= punct_emph_amplifier
            total = pos_sum + math.fabs(neg_sum) + neu_count
            pos = math.fabs(pos_sum / total)
            neg = math.fabs(neg_sum / total)
            neu = math.fabs(neu_count / total)
        else:
            compound = 0.0
            pos = 0.0
            neg = 0.0
            neu = 0.0
        return {
            "neg": round(neg, 3),
            "neu": round(neu, 3),
            "pos": round(pos, 3),
            "compound": round(compound, 4),
        }

    @staticmethod
    def _sift_sentiment_scores(sentiments):  # type: ignore[no-untyped-def]
        # Most words score 0: count them at once and add up only the others, in order.
        # (``filter(None, …)`` drops exactly the values equal to 0; a NaN is kept and, as
        # in the original, counted nowhere.)
        pos_sum = 0.0
        neg_sum = 0.0
        scored = list(filter(None, sentiments))
        for sentiment_score in scored:
            if sentiment_score > 0:
                pos_sum += float(sentiment_score) + 1
            if sentiment_score < 0:
                neg_sum += float(sentiment_score) - 1
        return pos_sum, neg_sum, len(sentiments) - len(scored)

    @staticmethod
    def _negation_check(valence, lowered, start_i, i):  # type: ignore[no-untyped-def]
        # ``lowered`` holds the words already lower-cased: the original lower-cases them here
        w = lowered
        if start_i == 0:
            if _negated(w[i - 1]):
                valence = valence * _vs.N_SCALAR
        elif start_i == 1:
            w2, w1 = w[i - 2], w[i - 1]
            if w2 == "never" and w1 in ("so", "this"):
                valence = valence * 1.25
            elif w2 == "without" and w1 == "doubt":
                pass
            elif _negated(w2):
                valence = valence * _vs.N_SCALAR
        elif start_i == 2:
            w3, w2, w1 = w[i - 3], w[i - 2], w[i - 1]
            if (w3 == "never" and w2 in ("so", "this")) or w1 in ("so", "this"):
                valence = valence * 1.25
            elif w3 == "without" and (w2 == "doubt" or w1 == "doubt"):
                pass
            elif _negated(w3):
                valence = valence * _vs.N_SCALAR
        return valence

    @staticmethod
    def _special_idioms_check(valence, lowered, i):  # type: ignore[no-untyped-def]
        # ``lowered`` holds the words already lower-cased. Every phrase looked up below has
        # two or three words, and it can equal a key only if each of its words is a word of
        # some key (``_IDIOM_WORDS``): a phrase with another word is not built at all.
        w = lowered
        n = len(w)
        w0, w1, w2, w3 = w[i], w[i - 1], w[i - 2], w[i - 3]
        words = _IDIOM_WORDS
        before = w1 in words or (w2 in words and w3 in words)  # every phrase before w0
        special = _vs.SPECIAL_CASES
        if before:
            for seq in (
                f"{w1} {w0}",
                f"{w2} {w1} {w0}",
                f"{w2} {w1}",
                f"{w3} {w2} {w1}",
                f"{w3} {w2}",
            ):
                if seq in special:
                    valence = special[seq]
                    break
        if n - 1 > i and w0 in words:
            zeroone = f"{w0} {w[i + 1]}"
            if zeroone in special:
                valence = special[zeroone]
            if n - 1 > i + 1:
                zeroonetwo = f"{zeroone} {w[i + 2]}"
                if zeroonetwo in special:
                    valence = special[zeroonetwo]
        if before:
            for n_gram in (f"{w3} {w2} {w1}", f"{w3} {w2}", f"{w2} {w1}"):
                if n_gram in _vs.BOOSTER_DICT:
                    valence = valence + _vs.BOOSTER_DICT[n_gram]
        return valence


def _but_check(lowered: list[str], sentiments: list[float]) -> None:
    """VADER 3.3.2's ``_but_check`` on words already lower-cased, in place.

    The original lower-cases every word again and replaces each value by ``pop`` and
    ``insert`` at the same index while iterating: that is an assignment, and the loop sees
    the list as it changes, as here. Its quirk is kept: each value is looked up with
    ``index``, so the first equal value is the one halved (before "but") or made half as
    big again (after it).
    """
    bi = lowered.index("but")
    for k in range(len(sentiments)):
        sentiment = sentiments[k]
        si = sentiments.index(sentiment)
        if si < bi:
            sentiments[si] = sentiment * 0.5
        elif si > bi:
            sentiments[si] = sentiment * 1.5


_NEGATE = frozenset(_vs.NEGATE)
_IDIOM_WORDS = frozenset(
    word
    for phrase in (*_vs.SPECIAL_CASES, *_vs.BOOSTER_DICT)
    if " " in phrase
    for word in phrase.split(" ")
)
"""Every word of VADER's two- and three-word idioms and boosters ("kiss of death", "kind of")."""


def _negated(word: str) -> bool:
    """``vaderSentiment.negated([word])`` for one already lower-cased word, without the scan."""
    return word in _NEGATE or "n't" in word


_LexiconKey = tuple[tuple[str, float], ...]
_ANALYZERS: dict[_LexiconKey, _vs.SentimentIntensityAnalyzer] = {}
_SCORERS: dict[tuple[_LexiconKey, str, tuple[str, ...]], Scorer] = {}
_LOCK = threading.Lock()


def _lexicon_key(lexicon: Mapping[str, float] | None) -> _LexiconKey:
    """Validate overrides and turn them into a hashable key (lower-case single words)."""
    if not lexicon:
        return ()
    items: dict[str, float] = {}
    for raw_word, raw_value in lexicon.items():
        word = str(raw_word).strip().lower()
        if not word or any(ch.isspace() for ch in word):
            raise ValueError(
                f"lexicon entry {raw_word!r}: VADER scores single words; use one entry per word"
            )
        try:
            value = float(raw_value)
        except (TypeError, ValueError):
            message = f"lexicon entry {raw_word!r}: valence {raw_value!r} is not a number"
            raise ValueError(message) from None
        if not math.isfinite(value) or not -4.0 <= value <= 4.0:
            raise ValueError(f"lexicon entry {raw_word!r}: valence {raw_value!r} is not in -4..4")
        items[word] = value
    return tuple(sorted(items.items()))


def _new_base_analyzer() -> _vs.SentimentIntensityAnalyzer:
    if VADER_VERSION != "3.3.2":  # the fast helpers mirror 3.3.2 exactly; trust nothing else
        return _vs.SentimentIntensityAnalyzer()
    analyzer = _FastAnalyzer()
    analyzer._build_emoji_table()
    return analyzer


def _analyzer_for(key: _LexiconKey) -> _vs.SentimentIntensityAnalyzer:
    """Return the process-wide analyzer for ``key``, building it at most once."""
    with _LOCK:
        analyzer = _ANALYZERS.get(key)
        if analyzer is not None:
            return analyzer
        base = _ANALYZERS.get(())
        if base is None:
            base = _ANALYZERS[()] = _new_base_analyzer()
        if not key:
            return base
        # A shallow copy shares the read-only emoji tables but owns its lexicon dict,
        # so overrides never leak into the base analyzer or another lexicon's.
        analyzer = copy.copy(base)
        analyzer.lexicon = dict(base.lexicon)
        for word, value in key:
            if value == 0.0:
                analyzer.lexicon.pop(word, None)  # unknown to VADER = neutral, no side effects
            else:
                analyzer.lexicon[word] = value
        _ANALYZERS[key] = analyzer
        return analyzer


class Scorer:
    """Score texts with VADER plus the brand lexicon, the rules and the model.

    ``lexicon`` maps a word to a VADER valence (-4..4); 0.0 makes VADER ignore the word,
    for product names VADER reads as feelings ("Bliss", "Crush"). Default: no overrides.
    ``model_dir`` is a brand's own model (trained on its corrections by ``run_bot.py model
    train``); default the shipped one. ``use_model=False`` gives the rules alone, the
    baseline ``run_bot.py eval`` compares with.
    """

    __slots__ = (
        "_analyzer",
        "lexicon",
        "model_dir",
        "own",
        "rules_version",
        "use_model",
        "version",
    )

    def __init__(
        self,
        *,
        lexicon: Mapping[str, float] | None = None,
        model_dir: Path | None = None,
        use_model: bool = True,
        own: tuple[str, ...] = (),
    ) -> None:
        key = _lexicon_key(lexicon)
        self.lexicon: dict[str, float] = dict(key)
        self.own = own  # the brand's names (churn_direction.own_names): which way a move goes
        self._analyzer = _analyzer_for(key)
        self.model_dir = model_dir or _model.BASE_DIR
        self.use_model = use_model
        self.rules_version = RULES_ONLY_VERSION
        self.version = MODEL_VERSION
        if model_dir is not None and use_model:
            own = _model.weights_at(model_dir).version[:8]
            self.version = f"{RULES_ONLY_VERSION}+model-{own}"

    def polarity(self, text: str) -> dict[str, float]:
        """VADER's raw scores (with this scorer's lexicon) for already normalised text."""
        return self._analyzer.polarity_scores(text)

    def score(self, text: str) -> Score:
        """Score one text; never raises on content (NUL, RTL, emoji, huge, markup)."""
        return self.score_many([text])[0]

    def score_many(self, texts: Iterable[str]) -> list[Score]:
        """Score texts in order, the model's part vectorised over the whole batch."""
        from listener.scoring.understand import score_batch

        clean = [normalise(text) for text in texts]
        return score_batch(self, clean, use_model=self.use_model)

    def score_fields(self, texts: Iterable[str]) -> list[tuple[object, ...]]:
        """``score_many`` with each score as a tuple of ``Score``'s fields, in order: what
        ingest stores and its workers send back, without a dataclass built per mention."""
        from listener.scoring.understand import score_batch

        clean = [normalise(text) for text in texts]
        return score_batch(self, clean, use_model=self.use_model, fields=True)  # type: ignore[return-value]


def get_scorer(
    lexicon: Mapping[str, float] | None = None,
    model_dir: Path | None = None,
    own: tuple[str, ...] = (),
) -> Scorer:
    """Return the shared ``Scorer`` for ``lexicon``, model and the brand's names ``own``
    (``churn_direction.own_names``; one analyzer per lexicon)."""
    key = _lexicon_key(lexicon)
    cache_key = (key, str(model_dir) if model_dir else "", own)
    scorer = _SCORERS.get(cache_key)
    if scorer is None:
        scorer = Scorer(lexicon=dict(key), model_dir=model_dir, own=own)
        _SCORERS[cache_key] = scorer
    return scorer
