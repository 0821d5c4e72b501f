"""The shipped model is what `make model` builds from today's corpus, rules and features.

The model reads the rules' verdicts (complaint points, urgency, sarcasm) as features, so a rule
change without `make model` leaves weights fitted to features the rules no longer produce; the
manifest's corpus hash does not see rule code. Rebuilding here and comparing what the two
models decide catches that. Decisions, not bytes, are compared: another machine's BLAS or
scikit-learn release moves coefficients in the third decimal without changing a label.
"""

from __future__ import annotations

import csv
from pathlib import Path

import numpy as np
import pytest

from listener.scoring import datasets, model, train
from listener.scoring.sentiment import Scorer

DEV_TWEETS = Path(__file__).parent / "data" / "labelled_customer_tweets.csv"
FIELDS = ("label", "intent", "is_complaint", "mood", "urgency")


@pytest.fixture(scope="module")
def rebuilt(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("model")
    train.build(out)
    return out


def _decisions(scorer: Scorer, texts: list[str]) -> list[tuple[object, ...]]:
    return [tuple(getattr(s, f) for f in FIELDS) for s in scorer.score_many(texts)]


def test_rebuilding_the_model_changes_no_decision_on_train_rows_or_dev_tweets(
    rebuilt: Path,
) -> None:
    texts = [row["text"] for row in train.read_corpus(datasets.TRAIN_TRADES)]
    with DEV_TWEETS.open(encoding="utf-8", newline="") as handle:
        texts += [row["text"] for row in csv.DictReader(handle)]
    shipped = _decisions(Scorer(), texts)
    fresh = _decisions(Scorer(model_dir=rebuilt), texts)
    changed = [(t, a, b) for t, a, b in zip(texts, shipped, fresh, strict=True) if a != b]
    assert not changed, f"run `make model`: {len(changed)} decisions differ, e.g. {changed[:3]}"


def test_rebuilt_weights_are_the_shipped_weights_within_float16_noise(rebuilt: Path) -> None:
    shipped, fresh = model.load(model.BASE_DIR), model.load(rebuilt)
    assert shipped.vocabulary == fresh.vocabulary
    assert np.abs(shipped.coef.astype(np.float32) - fresh.coef.astype(np.float32)).max() < 0.05
