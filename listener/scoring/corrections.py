"""Learn from people's corrections: the brand's own model, trained on its relabelled mentions.

Every ``relabel`` (CLI ``mentions relabel``, the web UI, the API) leaves a ``manual_label`` on
its mention; each is a labelled example of this brand's mentions. ``train_brand_model``
folds them, weighted (``CORRECTION_WEIGHT`` times a corpus row: a brand's own wording should
win over a generic one), into a model trained with the corpus, and saves it under
``ingest.model_dir``, never over the shipped model. Every fifth correction (by mention id,
so the split is stable) is held back and scored before and after, so the operator sees
whether the new model learned something that holds on corrections it never saw.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from listener.scoring import datasets, model, train
from listener.scoring.sentiment import Scorer, normalise
from listener.scoring.understand import score_batch
from store.models import Mention

CORRECTION_WEIGHT = 5.0
HOLD_BACK_EVERY = 5
_LABEL_TASKS = {"label": "sentiment", "intent": "intent", "mood": "mood"}


@dataclass
class TrainReport:
    """What ``train_brand_model`` did; ``before``/``after``: task -> accuracy on held-back."""

    folder: Path
    version: str
    trained_on: int
    held_back: int
    before: dict[str, float] = field(default_factory=dict)
    after: dict[str, float] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)


def corrections(session: Session) -> list[tuple[int, train.Example]]:
    """(mention id, example) for every corrected mention with text, in id order."""
    rows = session.execute(
        select(Mention.id, Mention.text_normalized, Mention.manual_label)
        .where(Mention.manual_label.is_not(None))
        .order_by(Mention.id)
    )
    out = []
    for mention_id, text, manual in rows:
        labels = _labels_of(manual or {})
        if text and labels:
            out.append((mention_id, train.Example(text, labels, CORRECTION_WEIGHT, "brand")))
    return out


def _labels_of(manual: dict[str, Any]) -> dict[str, str]:
    labels = {task: manual[key] for key, task in _LABEL_TASKS.items() if manual.get(key)}
    if isinstance(manual.get("is_complaint"), bool):
        labels["complaint"] = "yes" if manual["is_complaint"] else "no"
    return {task: value for task, value in labels.items() if value in model.TASKS[task]}


def accuracy(
    scorer: Scorer, examples: Sequence[train.Example], weights: model.Weights | None
) -> tuple[dict[str, float], dict[str, int]]:
    """Per task, the share of ``examples`` (that teach it) the model gets right."""
    if not examples:
        return {}, {}
    scores = score_batch(scorer, [normalise(ex.text) for ex in examples], weights=weights)
    right: dict[str, int] = {}
    total: dict[str, int] = {}
    for ex, score in zip(examples, scores, strict=True):
        said = {
            "intent": score.intent,
            "complaint": "yes" if score.is_complaint else "no",
            "mood": score.mood,
            "sentiment": score.label,
        }
        for task, gold in ex.labels.items():
            total[task] = total.get(task, 0) + 1
            right[task] = right.get(task, 0) + (said[task] == gold)
    return {task: round(right[task] / total[task], 4) for task in sorted(total)}, total


def train_brand_model(
    session: Session,
    *,
    folder: Path,
    current: Scorer,
    base_trades: Sequence[str] = datasets.TRAIN_TRADES,
) -> TrainReport:
    """Train the corpus plus this brand's corrections; save to ``folder``; score before/after.

    ``current`` is the scorer in use now (the shipped model or an earlier brand model): its
    accuracy on the held-back corrections is "before".
    """
    found = corrections(session)
    held = [ex for mention_id, ex in found if mention_id % HOLD_BACK_EVERY == 0]
    teach = [ex for mention_id, ex in found if mention_id % HOLD_BACK_EVERY != 0]
    base = train.base_examples(base_trades)
    shipped = model.weights_at(model.BASE_DIR).thresholds  # chosen out of fold at `make model`
    digest = hashlib.sha256(train.corpus_hash(base_trades).encode())
    for ex in teach:
        digest.update(json.dumps([ex.text, ex.labels], sort_keys=True).encode())
    version = digest.hexdigest()
    before, counts = accuracy(current, held, model.weights_at(current.model_dir))
    weights = train.fit([*base, *teach], version=version, thresholds=shipped)
    after, _counts = accuracy(current, held, weights)
    manifest = {
        "version": version,
        "trained_on": list(base_trades),
        "examples": sum(1 for ex in base if "intent" in ex.labels),
        "corrections": len(teach),
        "correction_weight": CORRECTION_WEIGHT,
        "params": train.PARAMS,
        "features": model.FEATURE_CONFIG,
        "classes": [[task, list(classes)] for task, classes in weights.classes.items()],
        "vocabulary": len(weights.vocabulary),
        "urgency_thresholds": shipped,
    }
    model.save(folder, weights, manifest)
    model.forget(folder)
    return TrainReport(folder, version, len(teach), len(held), before, after, counts)
