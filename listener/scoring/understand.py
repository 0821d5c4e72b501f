"""Score a batch of texts: VADER, the rules, language, and the model, in one pass.

Why batches: the model builds one sparse matrix and does one product per call, so a chunk of
a thousand mentions is vectorised at once; ingest prepares chunks in worker processes
(``listener.scoring.pool``), so this runs there, beside VADER.

Per text: VADER's raw scores (kept as they are), or for a supported non-English language the
multilingual lexicon's; the precise rules (spam, urgency classes, sarcasm cues); the language
and whether it is supported; then the model's probabilities, combined with the rules by
``listener.scoring.decide``. A language with no support is flagged (``lang_supported``
false), never read as neutral English: triage sends it to a person.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple

from listener.scoring import model
from listener.scoring import urgency as urgency_rules
from listener.scoring.churn_direction import directed
from listener.scoring.classify import Classification, classify
from listener.scoring.decide import GRAVE, LABELS, combine, readings, rules_mood
from listener.scoring.language import detect_language
from listener.scoring.mood_signs import sounds_fond, sounds_furious
from listener.scoring.multilingual import SUPPORTED_SENTIMENT_LANGS, foreign_scores
from listener.scoring.sarcasm import sarcasm_cues

if TYPE_CHECKING:
    from listener.scoring.sentiment import Score, Scorer

URGENT = GRAVE | {"legal"}
"""Classes that make ``urgency`` "high"; churn alone is high value but not urgent."""
_POSITIVE = LABELS.index("positive")


def language_of(text: str) -> tuple[str, bool]:
    """(ISO code or "und", supported?): English, undetermined and the lexicon languages are."""
    code, _confidence = detect_language(text)
    supported = code in ("en", "und") or code in SUPPORTED_SENTIMENT_LANGS
    return code, supported


@lru_cache(maxsize=32)
def _ignored_words_re(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, words)) + r")(?!\w)", re.IGNORECASE)


def _without_ignored_words(texts: Sequence[str], lexicon: dict[str, float]) -> Sequence[str]:
    """Texts with the brand's 0.0 lexicon words ("Bliss" the product) made a neutral token.

    The brand said those words are names, not feelings; the model must not read them either.
    """
    ignored = tuple(sorted(word for word, value in lexicon.items() if value == 0.0))
    if not ignored:
        return texts
    pattern = _ignored_words_re(ignored)
    return [pattern.sub("product", text) for text in texts]


@lru_cache(maxsize=32)
def _own_names_re(names: tuple[str, ...]) -> re.Pattern[str] | None:
    words = sorted((n for n in names if n and n[0] not in "@#"), key=len, reverse=True)
    if not words:
        return None
    joined = "|".join(r"\s+".join(map(re.escape, w.split())) for w in words)
    return re.compile(rf"(?<![\w@#])(?:{joined})(?![\w'’])", re.IGNORECASE)


_NAME_WORD = "Brandname"
"""The one plain word the rules read for the brand's own names (cues may name it)."""


def without_own_names(texts: Sequence[str], own: tuple[str, ...]) -> Sequence[str]:
    """Texts with the brand's own names (its keywords: "Sparks Electrical", "Toxic Tattoo")
    written as one plain word (``_NAME_WORD``), for the rules.

    Why: a brand's name is no feeling and no harm. Read as words, "Sparks Electrical fitted
    our new sockets" was a safety alert (rules-36). One word, as a name is read: not a handle
    (a post that opens with one is addressed to the brand, and "Tilly's Tiers did a vegan
    wedding cake" is not), nor "the business" ("taking the business to small claims" read as
    taking one's custom elsewhere). The model, VADER's raw scores and the churn direction
    still read the text as written.
    """
    pattern = _own_names_re(own) if own else None
    if pattern is None:
        return texts
    return [pattern.sub(_NAME_WORD, text) if pattern.search(text) else text for text in texts]


class Inputs(NamedTuple):
    """What the rules and the lexicons say about a batch: the model's inputs besides words."""

    polarities: list[dict[str, float]]  # VADER's, or the language's lexicon's
    rules: list[Classification]  # spam, intent, urgency classes (classify reads urgency.py)
    sarcasm: list[int]  # number of sarcasm cues
    langs: list[tuple[str, bool]]  # (code, supported)
    foreign: list[bool]  # polarity from a non-English lexicon


def inputs_of(scorer: Scorer, texts: Sequence[str], read: Sequence[str] | None = None) -> Inputs:
    """VADER (or the multilingual lexicon), language, the rules and sarcasm cues per text.

    ``read``: the texts the rules read, when not ``texts`` (``without_own_names``)."""
    polarities, langs, foreign = [], [], []
    for text in texts:
        code, supported = language_of(text)
        scores = None
        if supported and code not in ("en", "und"):
            scores = foreign_scores(text, code)
        polarities.append(scores or scorer.polarity(text))
        langs.append((code, supported))
        foreign.append(scores is not None)
    read = texts if read is None else read
    rules = [classify(t, compound=p["compound"]) for t, p in zip(read, polarities, strict=True)]
    sarcasm = [len(sarcasm_cues(text)) for text in read]
    return Inputs(polarities, rules, sarcasm, langs, foreign)


def score_batch(
    scorer: Scorer,
    texts: Sequence[str],
    *,
    use_model: bool = True,
    weights: model.Weights | None = None,
    fields: bool = False,
) -> list[Score]:
    """Score normalised ``texts`` in order (see the module docstring).

    ``weights`` overrides the scorer's model (cross-validation trains them in memory).
    ``fields=True`` gives each score as a plain tuple of ``Score``'s fields in order (what
    ingest's workers send back): building a frozen dataclass per mention only to take it
    apart again costs a few µs.
    """
    from listener.scoring.sentiment import Score, label_for

    named = without_own_names(texts, scorer.own)
    polarities, verdicts, sarcasm, langs, foreign = inputs_of(scorer, texts, named)
    probs = read = learned = None
    if use_model and texts:
        weights = weights or model.weights_at(scorer.model_dir)
        seen = _without_ignored_words(texts, scorer.lexicon)
        features = model.featurize(seen, polarities, verdicts, sarcasm, weights.index)
        probs = weights.probabilities(features)
        read = readings(probs)
        learned = model.learned_urgency(probs, weights.thresholds)
    version = scorer.version if probs is not None else scorer.rules_version
    out = []
    for i, text in enumerate(texts):
        polarity, rules = polarities[i], verdicts[i]
        urgency = rules.urgency_reasons  # () for spam
        # a post the model reads as glad (positive, and no complaint) is no report, and spam
        # never gets a learned class; a complaint read as positive ("cancelled. 4 years and not
        # one email answered. enjoy the silence") is not glad
        glad = read is None or (read[i].label == _POSITIVE and read[i].complaint_p < 0.5)
        if learned is not None and learned[i] and not rules.is_spam and not glad:
            urgency = _with_learned(named[i], urgency, learned[i])
        if scorer.own and not rules.is_spam:
            urgency = directed(text, urgency, scorer.own)  # a move to the brand is no churn
        compound = polarity["compound"]
        code, supported = langs[i]
        if read is not None:
            intent, complaint, mood, label = combine(
                read[i],
                spam=rules.is_spam,
                urgency=urgency,
                sarcastic=sarcasm[i] > 0,
                rules_complaint=rules.is_complaint,
                broke_after_work=rules.broke_after_work,
                fan_idiom=rules.fan_idiom,
                sure_intent=rules.sure_intent,
                fond_but_fault=rules.fond_but_fault,
                damning=rules.damning,
            )
            if complaint and mood == "warm" and not sounds_fond(text):
                mood = "unhappy"  # warm needs a sign of fondness, not a word like "morning"
            elif mood == "furious" and not sounds_furious(text, compound):
                mood = "unhappy"  # furious needs a sign of fury, not just a fault
            if foreign[i]:
                label = label_for(compound)  # the model has seen little of this language
        else:
            complaint = rules.is_complaint or (not rules.is_spam and not GRAVE.isdisjoint(urgency))
            intent = "complaint" if complaint else rules.intent
            label = label_for(compound)
            mood = rules_mood(label=label, compound=compound, is_complaint=complaint, text=text)
            if rules.is_spam:
                mood = "neutral"
        # ``Score``'s fields in order: the tuple itself for ``fields``, else the dataclass
        values = (
            compound, polarity["pos"], polarity["neu"], polarity["neg"], label, intent,
            complaint, "high" if not URGENT.isdisjoint(urgency) else "normal", tuple(urgency),
            rules.is_spam, version, mood, code, supported,
        )  # fmt: skip
        out.append(values if fields else Score(*values))
    return out


def _with_learned(text: str, rules: tuple[str, ...], learned: tuple[str, ...]) -> tuple[str, ...]:
    """The rules' urgency classes plus the learned heads' (docs/classification.md).

    Why a second opinion and not the heads alone: the rules are precise and readable; the
    heads find wordings no rule lists (on held-out trades they found about a third of what
    the rules missed) at a small, fixed false-alarm budget. A class the rules' own near-miss
    guards rule out is not added, nor any to a post the model reads as positive (a thank-you
    that tells how a lost purse was handed in is no safety report).
    """
    extra = tuple(
        name for name in learned if name not in rules and urgency_rules.keeps_learned(text, name)
    )
    return urgency_rules.in_order(rules + extra) if extra else rules
