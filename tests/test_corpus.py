"""The labelled corpus is well formed, and the shipped model matches it."""

from __future__ import annotations

import json
from collections import Counter

from listener.scoring import datasets, model, train

KEYS_IN_ORDER = (
    "id",
    "trade",
    "platform",
    "brand",
    "text",
    "lang",
    "intent",
    "is_complaint",
    "urgency",
    "mood",
    "sentiment",
    "sarcastic",
    "spam",
)
KEYS = set(KEYS_IN_ORDER)


def test_every_corpus_file_has_enough_valid_rows_with_unique_ids() -> None:
    """150 per EVAL trade, which never changes; TRAIN trades at least 120 (the eight trades
    added later have 128, the first eleven 150 plus examples added later)."""
    ids: Counter[str] = Counter()
    for trade in (*datasets.TRAIN_TRADES, *datasets.EVAL_TRADES):
        rows = train.read_corpus([trade])
        assert len(rows) == 150 if trade in datasets.EVAL_TRADES else len(rows) >= 120, trade
        for row in rows:
            assert KEYS <= set(row) <= KEYS | {"note"}, row["id"]
            assert row["trade"] == trade
            assert row["intent"] in model.TASKS["intent"]
            assert row["mood"] in model.TASKS["mood"]
            assert row["sentiment"] in model.TASKS["sentiment"]
            assert row["is_complaint"] == (row["intent"] == "complaint"), row["id"]
            ids[row["id"]] += 1
    assert max(ids.values()) == 1


def test_train_and_eval_trades_do_not_overlap_and_cover_every_file() -> None:
    assert not set(datasets.TRAIN_TRADES) & set(datasets.EVAL_TRADES)
    files = {path.stem for path in datasets.CORPUS_DIR.glob("*.jsonl")}
    assert files == set(datasets.TRAIN_TRADES) | set(datasets.EVAL_TRADES)


def test_shipped_model_was_built_from_the_current_corpus_and_train_trades_only() -> None:
    manifest = json.loads((model.BASE_DIR / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["version"] == train.corpus_hash(datasets.TRAIN_TRADES)
    assert set(manifest["trained_on"]) == set(datasets.TRAIN_TRADES)
    assert manifest["features"] == model.FEATURE_CONFIG
    size = sum(path.stat().st_size for path in model.BASE_DIR.iterdir())
    assert size < 20_000_000
