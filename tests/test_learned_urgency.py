"""The learned second opinion on urgency: rules ∪ {class | model probability ≥ threshold}.

Pins how the two combine (the model only adds, gravest first, at or above its class's
threshold), that the rules' near-miss guards and spam veto the model, and that ``make model``
rebuilds the weights and the chosen thresholds byte for byte.
"""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import numpy as np
import pytest

from listener.scoring import model, train
from listener.scoring.sentiment import get_scorer, normalise
from listener.scoring.understand import score_batch
from listener.scoring.urgency import urgency_classes

BURNT = "@bramble my toast was burnt and the coffee cold. not happy"
DOUBLE = "@bramble you charged me twice for the same order this morning"
RESOLVED = "@bramble thanks for sorting my double charge so fast, legends"
PRAISED = "@bramble our cat ate a hair tie last night, the out-of-hours vet was brilliant"
SPAM = "Buy 10k real followers cheap 🚀 DM me 👉 http://a.co/x http://b.co/y @bramble"


def _with_thresholds(thresholds: dict[str, float]) -> model.Weights:
    """The shipped model with other thresholds (0.0: the model says yes to everything)."""
    return dataclasses.replace(model.weights_at(model.BASE_DIR), thresholds=thresholds)


def _urgency(texts: list[str], weights: model.Weights) -> list[tuple[str, ...]]:
    scores = score_batch(get_scorer(), [normalise(t) for t in texts], weights=weights)
    return [s.urgency_reasons for s in scores]


def test_the_model_adds_classes_at_or_above_their_threshold_only() -> None:
    weights = _with_thresholds({"safety": 0.5, "security": 0.2})
    probs = {
        "urgency_safety": np.array([[0.5, 0.5], [0.6, 0.4], [0.9, 0.1]]),
        "urgency_security": np.array([[0.9, 0.1], [0.7, 0.3], [0.9, 0.1]]),
        "urgency_payment": np.array([[0.0, 1.0], [0.0, 1.0], [0.0, 1.0]]),  # no threshold
    }
    assert weights.urgency(probs) == [("safety",), ("security",), ()]


def test_urgency_is_the_rules_union_the_models_classes_gravest_first() -> None:
    assert urgency_classes(DOUBLE) == ("payment",) and urgency_classes(BURNT) == ()
    everything = _with_thresholds({"safety": 0.0, "security": 0.0})
    assert _urgency([DOUBLE, BURNT], everything) == [
        ("safety", "payment", "security"),
        ("safety", "security"),
    ]
    nothing = _with_thresholds({"safety": 1.01, "payment": 1.01, "security": 1.01})
    assert _urgency([DOUBLE, BURNT], nothing) == [("payment",), ()]


def test_an_urgent_class_from_the_model_alone_makes_the_mention_urgent() -> None:
    weights = _with_thresholds({"security": 0.0})
    (s,) = score_batch(get_scorer(), [normalise(BURNT)], weights=weights)
    assert s.urgency == "high" and s.urgency_reasons == ("security",) and s.is_complaint


def test_the_rules_near_miss_guards_and_spam_veto_the_model() -> None:
    everything = _with_thresholds({name: 0.0 for name in model.LEARNED_URGENCY})
    resolved, praised, spam = _urgency([RESOLVED, PRAISED, SPAM], everything)
    assert "payment" not in resolved  # a double charge already put right is thanks
    assert "safety" not in praised  # a harm told to praise how it was handled
    assert spam == ()


def test_the_shipped_model_has_a_threshold_for_every_grave_class() -> None:
    thresholds = model.weights_at(model.BASE_DIR).thresholds
    for name in ("safety", "payment", "security"):
        assert 0.0 < thresholds[name] < 1.0


def test_make_model_rebuilds_weights_and_thresholds_byte_for_byte(tmp_path: Path) -> None:
    first, second = tmp_path / "a", tmp_path / "b"
    train.build(first)
    train.build(second)
    for name in ("weights.npz", "manifest.json"):
        assert (first / name).read_bytes() == (second / name).read_bytes()
    shipped = json.loads((model.BASE_DIR / "manifest.json").read_text(encoding="utf-8"))
    built = json.loads((first / "manifest.json").read_text(encoding="utf-8"))
    assert built["version"] == shipped["version"]
    assert built["urgency_thresholds"] == shipped["urgency_thresholds"]


def test_thresholds_keep_the_models_added_false_urgent_within_budget() -> None:
    rows = train.read_corpus(train.TRAIN_TRADES)
    calm = sum(row["urgency"] in ("none", "churn") for row in rows)
    budget = int(train.PARAMS["urgency"]["fp_budget"] * calm)
    manifest = json.loads((model.BASE_DIR / "manifest.json").read_text(encoding="utf-8"))
    for name, seen in manifest["urgency_cv"].items():
        assert seen["added_false_urgent"] <= budget, name


@pytest.mark.parametrize("name", model.LEARNED_URGENCY)
def test_corpus_rows_teach_each_urgency_model_one_vs_rest(name: str) -> None:
    row = {"text": "x", "intent": "other", "is_complaint": False, "mood": "neutral"}
    row |= {"sentiment": "neutral", "trade": "cafe"}
    assert train.example_of(row | {"urgency": name}).labels[f"urgency_{name}"] == "yes"
    assert train.example_of(row | {"urgency": "churn"}).labels[f"urgency_{name}"] == "no"
