"""Measure the model on the week set (``data/week_dev``): one line per trade, then the half.

Why its own command: the week set's rows name a different brand in every trade, and churn is
read with the brand's own names (``churn_direction``), so each trade is scored with a scorer
that knows its brand, as ingest would. Run as ``python -m listener.scoring.week`` (the held-out
half) or ``python -m listener.scoring.week --half tuning``; ``--set week_dev2`` (to
``week_dev19``) measures a later week set, each taught, read or only measured since its first
measurement (see its README).
"""

from __future__ import annotations

import argparse
import json
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from listener.scoring.churn_direction import own_names
from listener.scoring.datasets import (
    DATA_DIR,
    READ_ONLY_WEEK_SETS,
    WEEK_DIR,
    WEEK_SETS,
    WEEK_TRADES,
)
from listener.scoring.measure import metrics, predictions
from listener.scoring.sentiment import get_scorer
from listener.scoring.train import read_corpus

HELD_OUT = ("computer_shop", "double_glazing", "music_school", "pool_maintenance")
"""The week set's trades that only measure (its README); never read, never taught."""
FIELDS = (
    "intent_accuracy",
    "complaint_macro_f1",
    "sentiment_macro_f1",
    "mood_agreement",
    "urgency_recall",
    "false_urgent_rate",
)
_HANDLE_RE = re.compile(r"@\w+")


def brand_of(rows: Sequence[dict]) -> tuple[str, ...]:
    """The brand's names as a brand's settings would give them: its name and the handles that
    start like it (``@TipwellSkips`` for "Tipwell Skip Hire", not a customer's ``@dan_beech``;
    ``@coppermothmcr`` for "The Copper Moth": a leading "The" is no part of a handle)."""
    brand = rows[0]["brand"]
    stem = re.sub(r"\W", "", re.sub(r"^the\s+", "", brand.lower()))[:5]
    handles = {h for row in rows for h in _HANDLE_RE.findall(row["text"]) if stem in h.lower()}
    return own_names(sorted(handles), [brand])


def measure(trades: Sequence[str], folder: Path = WEEK_DIR) -> dict[str, dict[str, Any]]:
    """{trade or "overall": figures} of the shipped model with the rules, per trade's brand."""
    report: dict[str, dict[str, Any]] = {}
    every_row: list[dict] = []
    every_pred: list[dict] = []
    for trade in sorted(trades):
        rows = read_corpus([trade], folder)
        preds = predictions(rows, get_scorer(own=brand_of(rows)), "model")
        report[trade] = metrics(rows, preds)
        every_row += rows
        every_pred += preds
    report["overall"] = metrics(every_row, every_pred)
    return report


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--half", choices=("held-out", "tuning"), default="held-out")
    every_set = {**WEEK_SETS, **READ_ONLY_WEEK_SETS}
    parser.add_argument("--set", choices=sorted(every_set), default=WEEK_DIR.name)
    args = parser.parse_args(argv)
    if args.set == WEEK_DIR.name:
        trades, folder = (HELD_OUT if args.half == "held-out" else WEEK_TRADES), WEEK_DIR
    else:
        trades, folder = every_set[args.set], DATA_DIR / args.set
    for name, figures in measure(trades, folder).items():
        print(name, json.dumps({key: figures[key] for key in FIELDS}))


if __name__ == "__main__":
    main()
