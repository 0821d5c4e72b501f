"""The hand-written urgency dev set is well formed and stays outside the corpus trades.

The set (listener/scoring/data/urgency_dev/) is for writing urgency rules on trades the model
and the corpus never saw, so it must use the corpus schema (the same loader reads it) and must
not quietly grow a trade that is also a TRAIN or EVAL trade of the corpus.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from listener.scoring import datasets, model, train
from tests.test_corpus import KEYS

DEV_DIR = datasets.CORPUS_DIR.parent / "urgency_dev"
PLATFORMS = {"x", "reddit", "bluesky", "mastodon"}
URGENCY = ("none", *model.URGENCY)


def _trades() -> list[str]:
    return sorted(path.stem for path in DEV_DIR.glob("*.jsonl"))


def test_every_dev_row_has_the_corpus_schema_and_a_note() -> None:
    for trade in _trades():
        rows = train.read_corpus([trade], DEV_DIR)
        assert rows, trade
        for row in rows:
            assert set(row) == KEYS | {"note"}, row["id"]
            assert row["trade"] == trade and row["id"].startswith(f"{trade}-"), row["id"]
            assert row["platform"] in PLATFORMS, row["id"]
            assert row["intent"] in model.TASKS["intent"], row["id"]
            assert row["mood"] in model.TASKS["mood"], row["id"]
            assert row["sentiment"] in model.TASKS["sentiment"], row["id"]
            assert row["urgency"] in URGENCY, row["id"]
            assert row["is_complaint"] == (row["intent"] == "complaint"), row["id"]
            for flag in ("is_complaint", "sarcastic", "spam"):
                assert isinstance(row[flag], bool), row["id"]
            assert len(row["lang"]) == 2 and row["lang"].islower(), row["id"]
            assert row["text"].strip() and row["note"].strip(), row["id"]


def test_dev_ids_are_unique_across_all_files() -> None:
    ids = Counter(row["id"] for row in train.read_corpus(_trades(), DEV_DIR))
    assert ids and max(ids.values()) == 1


def test_dev_trades_are_new_and_each_has_every_urgency_class_and_near_misses() -> None:
    """A trade without near misses (urgency "none") would reward rules that fire on everything."""
    trades = _trades()
    assert len(trades) >= 6
    assert not set(trades) & {*datasets.TRAIN_TRADES, *datasets.EVAL_TRADES}
    for trade in trades:
        counts = Counter(row["urgency"] for row in train.read_corpus([trade], DEV_DIR))
        assert set(counts) == set(URGENCY), trade
        assert counts["none"] >= 8, trade


def test_dev_folder_holds_only_jsonl_files_and_the_readme() -> None:
    names = {path.name for path in DEV_DIR.iterdir()}
    assert "README.md" in names
    assert all(Path(name).suffix == ".jsonl" for name in names - {"README.md"})
