"""The fourth urgency dev set: well formed, new trades, and what Rapport finds in its tuning half.

The set (listener/scoring/data/urgency_dev4/) was written blind to the rules in 8 trades
that appear nowhere else, two of them about money (a credit union, a money transfer app),
with more calm rows than the earlier sets (15 of 36 per trade, half of them ordinary
mentions). Its README names the split: rules-10 was written on the tuning half (``TUNING``)
and the learned urgency heads learn from it; the held-out half (``HELD_OUT``) only measures.
No figure of the held-out half is pinned here: a failing test would invite reading its rows.
"""

from __future__ import annotations

from collections import Counter

import pytest

from listener.scoring import datasets, model, train
from listener.scoring.urgency import is_urgent, urgency_classes
from tests.test_corpus import KEYS

DEV4_DIR = datasets.CORPUS_DIR.parent / "urgency_dev4"
TUNING = ("car_dealership", "coach_operator", "credit_union", "garden_centre")
HELD_OUT = ("dog_groomer", "holiday_park", "money_transfer_app", "travel_agency")
PLATFORMS = {"x", "reddit", "bluesky", "mastodon"}


def _trades() -> list[str]:
    return sorted(path.stem for path in DEV4_DIR.glob("*.jsonl"))


def test_the_split_covers_every_trade_of_the_set_once() -> None:
    assert sorted((*TUNING, *HELD_OUT)) == _trades()
    assert datasets.URGENCY_DEV_TRADES["urgency_dev4"] == TUNING


def test_every_dev4_row_has_the_corpus_schema_and_a_note() -> None:
    rows = train.read_corpus(_trades(), DEV4_DIR)
    assert len(rows) == 288
    for row in rows:
        assert set(row) == KEYS | {"note"}, row["id"]
        assert row["id"].startswith(f"{row['trade']}-"), row["id"]
        assert row["platform"] in PLATFORMS, row["id"]
        assert row["intent"] in model.TASKS["intent"], row["id"]
        assert row["urgency"] in ("none", *model.URGENCY), row["id"]
        assert row["is_complaint"] == (row["intent"] == "complaint"), row["id"]
        assert row["text"].strip() and row["note"].strip(), row["id"]
    assert max(Counter(row["id"] for row in rows).values()) == 1
    per_trade = Counter((row["trade"], row["urgency"]) for row in rows)
    for trade in _trades():
        counts = {cls: per_trade[trade, cls] for cls in ("safety", "payment", "security")}
        assert counts == {"safety": 6, "payment": 6, "security": 5}, trade
        assert per_trade[trade, "none"] == 15, trade


def test_dev4_trades_are_in_no_other_set() -> None:
    others: set[str] = set()
    for folder in ("urgency_dev", "urgency_dev2", "urgency_dev3"):
        others |= {path.stem for path in (datasets.CORPUS_DIR.parent / folder).glob("*.jsonl")}
    assert not set(_trades()) & {*datasets.TRAIN_TRADES, *datasets.EVAL_TRADES, *others}


@pytest.mark.parametrize(("cls", "most_missed"), [("safety", 0), ("security", 0), ("payment", 0)])
def test_the_rules_find_every_urgent_row_of_the_tuning_half(cls: str, most_missed: int) -> None:
    """The last two payment rows (a part-exchange price agreed and a smaller one paid on; an
    add-on cancelled and still on the finance) are found since rules-11 ("agreed … they only
    paid", "still part of the balance")."""
    rows = [row for row in train.read_corpus(TUNING, DEV4_DIR) if row["urgency"] == cls]
    assert len(rows) >= 20
    missed = [row["id"] for row in rows if cls not in urgency_classes(row["text"])]
    assert len(missed) <= most_missed, missed


def test_false_urgent_on_the_tuning_half_is_at_most_three_percent() -> None:
    calm = [
        row
        for row in train.read_corpus(TUNING, DEV4_DIR)
        if row["urgency"] not in ("safety", "payment", "security", "legal")
    ]
    flagged = [row["id"] for row in calm if is_urgent(urgency_classes(row["text"]))]
    assert len(flagged) <= 0.03 * len(calm), flagged
