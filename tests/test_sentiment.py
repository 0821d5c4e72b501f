"""Scoring: VADER raw-score fidelity, the label, lexicon overrides, caching, hostile input."""

from __future__ import annotations

import csv
import random
from pathlib import Path

import pytest
from vaderSentiment.vaderSentiment import (
    BOOSTER_DICT,
    NEGATE,
    SPECIAL_CASES,
    SentimentIntensityAnalyzer,
)

from listener.scoring import sentiment
from listener.scoring.sentiment import (
    MAX_CHARS,
    MODEL_VERSION,
    Score,
    Scorer,
    get_scorer,
    label_for,
    normalise,
)

DEV_SET = Path(__file__).parent / "data" / "labelled_customer_tweets.csv"


@pytest.fixture(scope="module")
def plain_vader() -> SentimentIntensityAnalyzer:
    return SentimentIntensityAnalyzer()


@pytest.fixture(scope="module")
def dev_texts() -> list[str]:
    with DEV_SET.open(encoding="utf-8") as handle:
        return [row["text"] for row in csv.DictReader(handle)]


@pytest.mark.parametrize(
    ("compound", "label"),
    [
        (0.05, "positive"),
        (0.0499, "neutral"),
        (0.0, "neutral"),
        (-0.0499, "neutral"),
        (-0.05, "negative"),
        (0.9, "positive"),
        (-0.9, "negative"),
    ],
)
def test_label_thresholds_at_exactly_plus_minus_0_05(compound: float, label: str) -> None:
    assert label_for(compound) == label


def test_raw_scores_are_exactly_plain_vaders_on_the_dev_set(
    plain_vader: SentimentIntensityAnalyzer, dev_texts: list[str]
) -> None:
    """compound/pos/neu/neg are stored raw; only the rules-only label is VADER's.

    Since rules-4 the label is the model's (it may depart from VADER's where that agrees
    better with people: tests/test_evaluate.py measures that); English text keeps VADER's
    raw scores exactly, so agreement with human ratings of ``compound`` cannot drop.
    """
    scorer, rules_only = Scorer(), Scorer(use_model=False)
    scores = scorer.score_many(dev_texts)
    plain = rules_only.score_many(dev_texts)
    for text, score, rules in zip(dev_texts, scores, plain, strict=True):
        expected = plain_vader.polarity_scores(text)
        if score.lang not in ("en", "und"):
            continue  # a supported foreign language gets its own lexicon's scores
        assert (score.compound, score.pos, score.neu, score.neg) == (
            expected["compound"],
            expected["pos"],
            expected["neu"],
            expected["neg"],
        ), text
        assert rules.label == label_for(expected["compound"])
        assert score.label in ("positive", "negative", "neutral")


def test_fast_analyzer_scores_fuzzed_text_exactly_like_vader(
    plain_vader: SentimentIntensityAnalyzer,
) -> None:
    """The sped-up analyzer must be indistinguishable: negations, idioms, 'but', emoji, caps."""
    rng = random.Random(20240501)
    words = rng.sample(sorted(plain_vader.lexicon), 200)
    emoji = rng.sample(sorted(ch for ch in plain_vader.emojis if len(ch) == 1), 60)
    vocab = [
        *words,
        *NEGATE,
        *BOOSTER_DICT,
        *(w for phrase in SPECIAL_CASES for w in phrase.split()),
        *emoji,
        *["but", "BUT", "kind", "of", "no", "least", "at", "never", "so", "this", "without"],
        *["NO", "or", "nor", "very", "LEAST", "No"],
        *["doubt", "GREAT", "!", "!!", "?", "???", ":)", ":(", "<3", "@brand", "\n", "don’t"],
        *["👍🏽", "❤️", "🇬🇧", "café"],
    ]
    analyzer = get_scorer()._analyzer
    for _ in range(3000):
        text = rng.choice([" ", "", "  "]).join(
            rng.choice(vocab) for _ in range(rng.randint(0, 25))
        )
        assert analyzer.polarity_scores(text) == plain_vader.polarity_scores(text), text


def test_lexicon_override_neutralises_product_name(plain_vader: SentimentIntensityAnalyzer) -> None:
    text = "Just tried the new Bliss bar from @Choco"
    assert plain_vader.polarity_scores(text)["compound"] > 0.05  # VADER reads a feeling
    score = Scorer(lexicon={"Bliss": 0.0}).score(text)
    assert score.compound == 0.0
    assert Scorer(lexicon={"Bliss": 0.0}, use_model=False).score(text).label == "neutral"
    # the model does not read the name as a feeling either: as if it were a made-up word
    made_up = Scorer(lexicon={"Zorblax": 0.0}).score(text.replace("Bliss", "Zorblax"))
    assert (score.label, score.mood, score.intent) == (made_up.label, made_up.mood, made_up.intent)


def test_lexicon_override_changes_score_only_for_that_scorer() -> None:
    text = "my Crush soda arrived"
    before = get_scorer().score(text)
    overridden = get_scorer({"crush": 0.0}).score(text)
    boosted = get_scorer({"crush": 3.0}).score(text)
    after = get_scorer().score(text)
    assert before == after  # the default scorer is untouched
    assert before.compound < 0 and overridden.compound == 0.0 and boosted.compound > 0
    assert Scorer().score(text) == before


def test_one_analyzer_per_lexicon() -> None:
    first = Scorer(lexicon={"bliss": 0.0})
    second = Scorer(lexicon={"BLISS ": 0})  # same lexicon after normalisation
    other = Scorer(lexicon={"bliss": 1.5})
    plain = Scorer()
    assert first._analyzer is second._analyzer
    assert first._analyzer is not other._analyzer
    assert first._analyzer is not plain._analyzer
    assert plain._analyzer is Scorer(lexicon={})._analyzer
    assert "bliss" in plain._analyzer.lexicon  # the base analyzer kept its entry
    assert get_scorer({"bliss": 0.0}) is get_scorer({"Bliss": 0.0})


@pytest.mark.parametrize(
    "lexicon",
    [{"two words": 1.0}, {"bad": 5.0}, {"bad": float("nan")}, {"": 1.0}, {"bad": "very"}],
)
def test_invalid_lexicon_entries_are_rejected(lexicon: dict[str, float]) -> None:
    with pytest.raises(ValueError, match="lexicon entry"):
        Scorer(lexicon=lexicon)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   \n\t ",
        "my order\x00 never arrived\x00\x01\x7f",
        "@Emirates الرحلة تأخرت ساعتين ولا أحد يرد \u202e",
        "😡😡 @Uber 🙄 " + "🔥" * 300,
        "<script>alert('x')</script><b>broken</b> &amp; <img src=x onerror=alert(1)>",
        "lone surrogate \ud800 here",
        "terrible service " * 7000,
        "a" * 100_000,
        "waiting " * 20_000 + "for 3 hours",
        "👨‍👩‍👧 trip ruined",
        "((((((((((((((((((((",
        "\\" * 1000,
    ],
    ids=lambda t: repr(t[:20]),
)
def test_hostile_input_never_crashes(text: str) -> None:
    score = get_scorer().score(text)
    assert isinstance(score, Score)
    assert score.label in ("positive", "negative", "neutral")
    assert score.intent in ("complaint", "question", "praise", "suggestion", "other")


def test_only_the_first_max_chars_are_scored() -> None:
    head = "the delivery was late and the box was damaged. " * 200
    text = head + " absolutely wonderful amazing fantastic" * 2000
    assert get_scorer().score(text) == get_scorer().score(text[:MAX_CHARS])


def test_normalise_drops_control_characters_and_composes_unicode() -> None:
    assert normalise("a\x00b\x07c\td\ne") == "abc\td\ne"
    assert normalise("cafe\u0301") == "caf\u00e9"
    assert normalise("plain text") == "plain text"
    with pytest.raises(TypeError):
        normalise(None)  # type: ignore[arg-type]


def test_score_carries_every_field_and_the_model_version() -> None:
    score = get_scorer().score("@Delta my flight got cancelled and nobody is answering")
    assert score.model_version == MODEL_VERSION
    assert MODEL_VERSION.startswith("vader-") and "+rules-" in MODEL_VERSION
    assert "+model-" in MODEL_VERSION  # the shipped model's hash
    assert score.is_complaint and score.intent == "complaint"
    assert score.urgency == "normal" and score.urgency_reasons == ()
    assert not score.is_spam
    assert abs(score.pos + score.neu + score.neg - 1.0) < 0.01


def test_score_many_keeps_input_order() -> None:
    texts = ["thank you so much!", "my parcel never arrived", "what time do you open?"]
    scorer = get_scorer()
    assert scorer.score_many(texts) == [scorer.score(t) for t in texts]
    assert scorer.score_many(iter(texts))[1].is_complaint


def test_fast_analyzer_is_used_only_for_the_vader_version_it_mirrors() -> None:
    assert sentiment.VADER_VERSION == "3.3.2"
    assert isinstance(get_scorer()._analyzer, sentiment._FastAnalyzer)
