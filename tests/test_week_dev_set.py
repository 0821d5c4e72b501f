"""The week set: well formed, new trades, a realistic mix, and a split fixed before measuring.

The set (listener/scoring/data/week_dev/) is a week of mentions of one brand in each of eight
trades that appear nowhere else, written blind to the rules. Its README names the split: the
tuning half teaches the model's four tasks (``datasets.WEEK_TRADES``) and not the urgency heads;
the held-out half (``week.HELD_OUT``) only measures. No figure of the held-out half is pinned
here: a failing test would invite reading its rows.
"""

from __future__ import annotations

from collections import Counter

from listener.scoring import datasets, model, train, week
from tests.urgency_dev_sets import assert_new_trades, assert_week_rows, trades_in

INTENTS = {"complaint": 22, "praise": 14, "question": 12, "suggestion": 4, "other": 8}
URGENCY = {"safety": 1, "payment": 1, "security": 1, "legal": 1, "churn": 1, "none": 55}


def test_the_week_split_teaches_the_tuning_half_to_the_four_tasks_only() -> None:
    assert sorted((*datasets.WEEK_TRADES, *week.HELD_OUT)) == trades_in(datasets.WEEK_DIR)
    taught = train.week_examples()
    assert {ex.trade for ex in taught if ex.trade.startswith("week_dev/")} == {
        f"week_dev/{t}" for t in datasets.WEEK_TRADES
    }
    assert all(set(ex.labels) == set(model.TASKS) for ex in taught)
    everything = train.base_examples()
    assert not any(ex.trade.split("/")[-1] in week.HELD_OUT for ex in everything)


def test_every_week_row_has_the_corpus_schema_and_the_weeks_mix() -> None:
    rows = train.read_corpus(trades_in(datasets.WEEK_DIR), datasets.WEEK_DIR)
    assert len(rows) == 480
    assert_week_rows(rows)
    for trade in trades_in(datasets.WEEK_DIR):
        mine = [row for row in rows if row["trade"] == trade]
        assert dict(Counter(row["intent"] for row in mine)) == INTENTS, trade
        assert dict(Counter(row["urgency"] for row in mine)) == URGENCY, trade
        assert sum(row["spam"] for row in mine) == 2, trade
        assert sum(row["sarcastic"] for row in mine) >= 4, trade
        assert sum(row["lang"] != "en" for row in mine) == 2, trade


def test_week_trades_are_in_no_other_set() -> None:
    assert_new_trades(
        datasets.WEEK_DIR, tuple(f"urgency_dev{n}" for n in ("", 2, 3, 4, 5, 6, 7, 8, 9))
    )


def test_the_week_brand_names_are_the_brands_not_its_customers() -> None:
    rows = train.read_corpus(["skip_hire"], datasets.WEEK_DIR)
    names = week.brand_of(rows)
    assert "tipwell skip hire" in names and "@tipwellskips" in names
    assert not any("dan_beech" in name for name in names)


def test_a_leading_the_is_no_part_of_the_brands_handle() -> None:
    rows = [
        {"brand": "The Copper Moth", "text": "@coppermothmcr best negroni in town"},
        {"brand": "The Copper Moth", "text": "@the_cops_blog off topic"},
    ]
    names = week.brand_of(rows)
    assert "@coppermothmcr" in names and "the copper moth" in names
    assert not any("cops" in name for name in names)
