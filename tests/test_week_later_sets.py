"""The later week sets: well formed, trades new to Rapport, the week's mix, taught.

Each set (listener/scoring/data/week_dev2/ to week_dev14/) is a week of mentions of one brand in
each of eight more trades, written blind to the rules like the first (their READMEs). Each was
measured once as it came, then read, and taught to the four tasks (``datasets.WEEK2_TRADES`` to
``WEEK7_TRADES``, the seventh at half weight) except the fifth, sixth and eighth (read for
rules only, the ninth to thirteenth since their first measurements) and the fourteenth (only
measured, with the eighteenth and nineteenth) (``datasets.READ_ONLY_WEEK_SETS``); what measures
after that is the first set's held-out half (``week.HELD_OUT``), still never taught.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from listener.scoring import datasets, model, train, week
from tests.urgency_dev_sets import assert_new_trades, assert_week_rows, trades_in

INTENTS = {"complaint": 22, "praise": 14, "question": 12, "suggestion": 4, "other": 8}
URGENCY = {"safety": 1, "payment": 1, "security": 1, "legal": 1, "churn": 1, "none": 55}


SETS = [
    (datasets.WEEK2_DIR, datasets.WEEK2_TRADES),
    (datasets.WEEK3_DIR, datasets.WEEK3_TRADES),
    (datasets.WEEK4_DIR, datasets.WEEK4_TRADES),
    (datasets.WEEK5_DIR, datasets.WEEK5_TRADES),
    (datasets.WEEK6_DIR, datasets.WEEK6_TRADES),
    (datasets.WEEK7_DIR, datasets.WEEK7_TRADES),
    (datasets.WEEK8_DIR, datasets.WEEK8_TRADES),
    (datasets.WEEK9_DIR, datasets.WEEK9_TRADES),
    (datasets.WEEK10_DIR, datasets.WEEK10_TRADES),
    (datasets.WEEK11_DIR, datasets.WEEK11_TRADES),
    (datasets.WEEK12_DIR, datasets.WEEK12_TRADES),
    (datasets.WEEK13_DIR, datasets.WEEK13_TRADES),
    (datasets.WEEK14_DIR, datasets.WEEK14_TRADES),
    (datasets.WEEK16_DIR, datasets.WEEK16_TRADES),
    (datasets.WEEK17_DIR, datasets.WEEK17_TRADES),
    (datasets.WEEK18_DIR, datasets.WEEK18_TRADES),
    (datasets.WEEK19_DIR, datasets.WEEK19_TRADES),
]
HALF_SETS = [(datasets.WEEK15_DIR, datasets.WEEK15_TRADES)]


@pytest.mark.parametrize(("folder", "trades"), SETS + HALF_SETS)
def test_the_later_week_sets_are_taught_to_the_four_tasks_only_or_read_only(
    folder: Path, trades: tuple[str, ...]
) -> None:
    assert list(trades) == trades_in(folder)
    taught = [ex for ex in train.week_examples() if ex.trade.startswith(f"{folder.name}/")]
    if folder.name in datasets.READ_ONLY_WEEK_SETS:
        assert not taught
    else:
        assert {ex.trade for ex in taught} == {f"{folder.name}/{t}" for t in trades}
    assert all(set(ex.labels) == set(model.TASKS) for ex in taught)
    assert not set(trades) & set(week.HELD_OUT)


@pytest.mark.parametrize(("folder", "trades"), SETS + HALF_SETS)
def test_every_row_has_the_corpus_schema_and_about_the_weeks_mix(
    folder: Path, trades: tuple[str, ...]
) -> None:
    rows = train.read_corpus(trades, folder)
    assert len(rows) == 60 * len(trades)
    assert_week_rows(rows)
    for trade in trades:
        mine = [row for row in rows if row["trade"] == trade]
        intents = Counter(row["intent"] for row in mine)
        assert all(abs(intents[name] - n) <= 2 for name, n in INTENTS.items()), (trade, intents)
        assert dict(Counter(row["urgency"] for row in mine)) == URGENCY, trade
        assert sum(row["spam"] for row in mine) == 2, trade
        assert sum(row["sarcastic"] for row in mine) >= 4, trade
        assert sum(row["lang"] != "en" for row in mine) == 2, trade


def test_later_week_trades_are_in_no_other_set() -> None:
    earlier = (*(f"urgency_dev{n}" for n in ("", 2, 3, 4, 5, 6, 7, 8, 9)), "week_dev")
    assert_new_trades(datasets.WEEK2_DIR, earlier)
    assert_new_trades(datasets.WEEK3_DIR, (*earlier, "week_dev2"))
    assert_new_trades(datasets.WEEK4_DIR, (*earlier, "week_dev2", "week_dev3"))
    assert_new_trades(datasets.WEEK5_DIR, (*earlier, "week_dev2", "week_dev3", "week_dev4"))
    later = ("week_dev2", "week_dev3", "week_dev4", "week_dev5")
    assert_new_trades(datasets.WEEK6_DIR, (*earlier, *later))
    assert_new_trades(datasets.WEEK7_DIR, (*earlier, *later, "week_dev6"))
    assert_new_trades(datasets.WEEK8_DIR, (*earlier, *later, "week_dev6", "week_dev7"))
    assert_new_trades(datasets.WEEK9_DIR, (*earlier, *later, "week_dev6", "week_dev7", "week_dev8"))
    later = (*later, "week_dev6", "week_dev7", "week_dev8", "week_dev9")
    assert_new_trades(datasets.WEEK10_DIR, (*earlier, *later))
    assert_new_trades(datasets.WEEK11_DIR, (*earlier, *later, "week_dev10"))
    assert_new_trades(datasets.WEEK12_DIR, (*earlier, *later, "week_dev10", "week_dev11"))
    later = (*later, "week_dev10", "week_dev11", "week_dev12")
    assert_new_trades(datasets.WEEK13_DIR, (*earlier, *later))
    assert_new_trades(datasets.WEEK14_DIR, (*earlier, *later, "week_dev13"))
    assert_new_trades(datasets.WEEK15_DIR, (*earlier, *later, "week_dev13", "week_dev14"))
    later = (*later, "week_dev13", "week_dev14", "week_dev15")
    assert_new_trades(datasets.WEEK16_DIR, (*earlier, *later))
    # the seventeenth set's writers were given trades new to the week sets only: five of them
    # are trades of the urgency dev sets (other brands, urgent-leaning rows), so it is no
    # unseen trade there (its README)
    assert_new_trades(datasets.WEEK17_DIR, ("week_dev", *later, "week_dev16"))
    shared = set(trades_in(datasets.WEEK17_DIR)) & {
        trade for name in earlier for trade in trades_in(datasets.CORPUS_DIR.parent / name)
    }
    assert shared == {"climbing_wall", "dry_cleaner", "escape_room", "locksmith", "optician"}
    # the eighteenth set's trades were checked against every set first: all new to Rapport
    assert_new_trades(datasets.WEEK18_DIR, (*earlier, *later, "week_dev16", "week_dev17"))
    later = (*later, "week_dev16", "week_dev17", "week_dev18")
    assert_new_trades(datasets.WEEK19_DIR, (*earlier, *later))


def test_the_seventh_set_is_taught_at_half_weight_and_the_later_ones_are_not() -> None:
    assert datasets.WEEK7_DIR.name in datasets.WEEK_SETS
    weights = dict(datasets.WEEK_WEIGHTS)
    assert weights == {datasets.WEEK7_DIR.name: 0.5}
    taught = [ex for ex in train.week_examples() if ex.trade.startswith("week_dev7/")]
    assert taught and {ex.weight for ex in taught} <= {0.5, 0.25}  # bare copies weigh half
    untaught = {datasets.WEEK5_DIR.name, datasets.WEEK6_DIR.name, datasets.WEEK8_DIR.name}
    untaught |= {datasets.WEEK9_DIR.name, datasets.WEEK10_DIR.name, datasets.WEEK11_DIR.name}
    untaught |= {datasets.WEEK12_DIR.name, datasets.WEEK13_DIR.name, datasets.WEEK14_DIR.name}
    untaught |= {datasets.WEEK15_DIR.name, datasets.WEEK16_DIR.name, datasets.WEEK17_DIR.name}
    untaught |= {datasets.WEEK18_DIR.name, datasets.WEEK19_DIR.name}
    assert set(datasets.READ_ONLY_WEEK_SETS) == untaught
