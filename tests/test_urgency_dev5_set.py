"""The fifth urgency dev set: well formed, new trades, and what Rapport finds in its tuning half.

The set (listener/scoring/data/urgency_dev5/) was written blind to the rules by two writers
in 8 trades that appear nowhere else, with at least two safety rows per trade about a failure
after the brand's own work. Its README names the split, fixed before anything was measured:
rules-11 was written on the tuning half (``TUNING``) and the learned urgency heads learn from
it; the held-out half (``HELD_OUT``) only measures. No figure of the held-out half is pinned
here: a failing test would invite reading its rows.
"""

from __future__ import annotations

import pytest

from listener.scoring import datasets, train
from listener.scoring.urgency import is_urgent, urgency_classes
from tests.urgency_dev_sets import assert_new_trades, assert_well_formed, trades_in

DEV5_DIR = datasets.CORPUS_DIR.parent / "urgency_dev5"
TUNING = ("brewery_taproom", "pest_control", "roofing_contractor", "self_storage")
HELD_OUT = ("bike_share_scheme", "laptop_repair", "physio_clinic", "secondhand_marketplace")


def test_the_split_covers_every_trade_of_the_set_once() -> None:
    assert sorted((*TUNING, *HELD_OUT)) == trades_in(DEV5_DIR)
    assert datasets.URGENCY_DEV_TRADES["urgency_dev5"] == TUNING


def test_every_dev5_row_has_the_corpus_schema_and_a_note() -> None:
    assert_well_formed(DEV5_DIR, 288)


def test_dev5_trades_are_in_no_other_set() -> None:
    assert_new_trades(DEV5_DIR, ("urgency_dev", "urgency_dev2", "urgency_dev3", "urgency_dev4"))


@pytest.mark.parametrize("cls", ["safety", "payment", "security", "legal"])
def test_the_rules_find_every_urgent_row_of_the_tuning_half(cls: str) -> None:
    """rules-11 was written on these rows (concepts, pinned in new words by the
    ``test_urgency_rules11_*`` files): losing one means a concept broke."""
    rows = [row for row in train.read_corpus(TUNING, DEV5_DIR) if row["urgency"] == cls]
    assert len(rows) >= 8
    missed = [row["id"] for row in rows if cls not in urgency_classes(row["text"])]
    assert missed == []


def test_the_rules_raise_no_false_alarm_on_the_tuning_half() -> None:
    calm = [
        row
        for row in train.read_corpus(TUNING, DEV5_DIR)
        if row["urgency"] not in ("safety", "payment", "security", "legal") and not row["spam"]
    ]
    flagged = [row["id"] for row in calm if is_urgent(urgency_classes(row["text"]))]
    assert flagged == []
