"""Checks every blind urgency dev set (the fifth on) must pass: one place for the format.

Why a helper and not a copy per set: each set's test file keeps its own split and its own
tuning-half figures, but the format (the corpus schema plus a note, exact class counts per
trade, one row each in es/fr/de/pt, no trade shared with another set) is the same contract.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from listener.scoring import datasets, model, train
from tests.test_corpus import KEYS_IN_ORDER

PLATFORMS = {"x", "reddit", "bluesky", "mastodon"}
PER_TRADE = {"safety": 6, "payment": 6, "security": 5, "legal": 2, "churn": 2, "none": 15}


def trades_in(folder: Path) -> list[str]:
    """The set's trades: one JSONL file each."""
    return sorted(path.stem for path in folder.glob("*.jsonl"))


def assert_well_formed(
    folder: Path,
    total: int,
    per_trade_counts: dict[str, int] | None = None,
    *,
    one_foreign_row: bool = False,
) -> None:
    """Every row has the corpus schema and a note; counts per trade are exact (``PER_TRADE``
    unless the set's README names others); no duplicates. Each trade has one row in each of
    es, fr, de and pt, or (``one_foreign_row``, the ninth set) one row in one of them."""
    expected = per_trade_counts or PER_TRADE
    trades = trades_in(folder)
    rows = train.read_corpus(trades, folder)
    assert len(rows) == total
    for row in rows:
        assert list(row) == [*KEYS_IN_ORDER, "note"], row["id"]
        assert row["id"].startswith(f"{row['trade']}-"), row["id"]
        assert row["platform"] in PLATFORMS, row["id"]
        assert row["intent"] in model.TASKS["intent"], row["id"]
        assert row["urgency"] in ("none", *model.URGENCY), row["id"]
        assert row["is_complaint"] == (row["intent"] == "complaint"), row["id"]
        assert not row["spam"] or (row["intent"], row["urgency"]) == ("other", "none"), row["id"]
        assert row["text"].strip() and row["note"].strip(), row["id"]
    assert max(Counter(row["id"] for row in rows).values()) == 1
    assert max(Counter(row["text"] for row in rows).values()) == 1
    per_trade = Counter((row["trade"], row["urgency"]) for row in rows)
    langs = Counter((row["trade"], row["lang"]) for row in rows)
    for trade in trades:
        assert {cls: per_trade[trade, cls] for cls in expected} == expected, trade
        foreign = [langs[trade, code] for code in ("es", "fr", "de", "pt")]
        if one_foreign_row:
            assert sum(foreign) == 1 and langs[trade, "en"] == len(rows) // len(trades) - 1, trade
        else:
            assert foreign == [1, 1, 1, 1], trade


def assert_new_trades(folder: Path, earlier: tuple[str, ...]) -> None:
    """No trade of the set is in the corpus or in an ``earlier`` dev set."""
    others: set[str] = set()
    for name in earlier:
        others |= set(trades_in(datasets.CORPUS_DIR.parent / name))
    assert not set(trades_in(folder)) & {*datasets.TRAIN_TRADES, *datasets.EVAL_TRADES, *others}


def assert_week_rows(rows: list[dict]) -> None:
    """A week set's rows: the corpus schema plus a note on urgent rows, spam only as calm
    "other", and no id or text twice (both week sets' tests share this contract)."""
    for row in rows:
        assert list(row)[: len(KEYS_IN_ORDER)] == list(KEYS_IN_ORDER), row["id"]
        assert set(row) <= {*KEYS_IN_ORDER, "note"}, row["id"]
        assert row["platform"] in PLATFORMS, row["id"]
        assert row["is_complaint"] == (row["intent"] == "complaint"), row["id"]
        assert not row["spam"] or (row["intent"], row["urgency"]) == ("other", "none"), row["id"]
        assert row["urgency"] == "none" or row.get("note"), row["id"]
    assert max(Counter(row["id"] for row in rows).values()) == 1
    assert max(Counter(row["text"] for row in rows).values()) == 1
