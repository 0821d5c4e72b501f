"""The sixth urgency dev set: well formed, new trades, and a split fixed before measuring.

The set (listener/scoring/data/urgency_dev6/) was written blind to the rules by two writers
in 8 trades that appear nowhere else. Its README names the split, fixed before anything was
measured: the learned urgency heads learn from the tuning half (``TUNING``) and rules-12's
second part was written on it; the held-out half (``HELD_OUT``) only measures. No figure of
the held-out half is pinned here: a failing test would invite reading its rows.
"""

from __future__ import annotations

import pytest

from listener.scoring import datasets, train
from listener.scoring.urgency import is_urgent, urgency_classes
from tests.urgency_dev_sets import assert_new_trades, assert_well_formed, trades_in

DEV6_DIR = datasets.CORPUS_DIR.parent / "urgency_dev6"
TUNING = ("climbing_wall", "home_care_agency", "kitchen_fitter", "swim_school")
HELD_OUT = ("dry_cleaner", "ev_charging_network", "parcel_courier", "window_cleaner")


def test_the_dev6_split_covers_every_trade_once_and_only_the_tuning_half_teaches() -> None:
    assert sorted((*TUNING, *HELD_OUT)) == trades_in(DEV6_DIR)
    assert datasets.URGENCY_DEV_TRADES["urgency_dev6"] == TUNING


def test_every_dev6_row_has_the_corpus_schema_and_a_note() -> None:
    assert_well_formed(DEV6_DIR, 288)


def test_dev6_trades_are_in_no_other_set() -> None:
    assert_new_trades(
        DEV6_DIR, ("urgency_dev", "urgency_dev2", "urgency_dev3", "urgency_dev4", "urgency_dev5")
    )


@pytest.mark.parametrize("cls", ["safety", "payment", "security", "legal"])
def test_the_rules_find_every_urgent_row_of_the_dev6_tuning_half(cls: str) -> None:
    """rules-12's second part was written on these rows (concepts, pinned in new words by
    ``test_urgency_rules12_payment`` and ``test_urgency_rules12_safesec``): losing one means a
    concept broke."""
    rows = [row for row in train.read_corpus(TUNING, DEV6_DIR) if row["urgency"] == cls]
    assert len(rows) >= 8
    missed = [row["id"] for row in rows if cls not in urgency_classes(row["text"])]
    assert missed == []


def test_the_rules_raise_no_false_alarm_on_the_dev6_tuning_half() -> None:
    calm = [
        row
        for row in train.read_corpus(TUNING, DEV6_DIR)
        if row["urgency"] not in ("safety", "payment", "security", "legal") and not row["spam"]
    ]
    flagged = [row["id"] for row in calm if is_urgent(urgency_classes(row["text"]))]
    assert flagged == []
