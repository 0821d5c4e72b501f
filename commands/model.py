"""The model: ``model train`` (fold people's corrections into this brand's model) and the
corpus half of ``eval`` (per-trade figures: rules only, the model, plain VADER).

``model train`` writes under ``ingest.model_dir`` and never over the shipped model in
``listener/scoring/data/model`` (that one is rebuilt from the corpus by ``make model``).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from commands.app import App
from config.errors import InputError


def register(sub: Any) -> None:
    """Add ``model train``."""
    model = sub.add_parser("model", help="train this brand's model on people's corrections")
    msub = model.add_subparsers(dest="model_command", required=True)
    train = msub.add_parser(
        "train", help="fold every relabelled mention into the brand's model; before/after"
    )
    train.add_argument(
        "--base-trades",
        help="comma-separated corpus trades to train with (default: every TRAIN trade)",
    )
    train.set_defaults(func=cmd_model)


def cmd_model(app: App, args: argparse.Namespace) -> int:
    """Train, save, and print accuracy before and after on held-back corrections."""
    from listener.scoring import datasets
    from listener.scoring.corrections import corrections, train_brand_model
    from listener.scoring.model import brand_model_dir
    from listener.scoring.relevance import brand_names
    from listener.scoring.sentiment import get_scorer

    trades = _trades(args.base_trades) if args.base_trades else datasets.TRAIN_TRADES
    current = get_scorer(
        app.settings.brand.lexicon, brand_model_dir(app.settings), brand_names(app.settings.brand)
    )
    folder = Path(app.settings.ingest.model_dir)
    with app.factory() as session:
        if not corrections(session):
            print("no corrected mentions yet: nothing to learn, the model in use is kept")
            return 0
        report = train_brand_model(session, folder=folder, current=current, base_trades=trades)
    print(
        f"brand model {report.version[:8]} saved in {folder}: "
        f"{report.trained_on} correction(s) folded in, {report.held_back} held back"
    )
    if not report.held_back:
        print("no held-back corrections yet (every fifth correction is kept for this check)")
    for task in report.counts:
        print(
            f"  {task:<10} before {report.before[task]:.3f}  after {report.after[task]:.3f}"
            f"  ({report.counts[task]} held back)"
        )
    print("run `run_bot.py mentions rescore --all` to apply it to stored mentions")
    return 0


def _trades(value: str) -> tuple[str, ...]:
    from listener.scoring.datasets import EVAL_TRADES, TRAIN_TRADES

    known = set(TRAIN_TRADES) | set(EVAL_TRADES)
    trades = tuple(t.strip() for t in value.split(",") if t.strip())
    unknown = sorted(set(trades) - known)
    if unknown or not trades:
        raise InputError(f"unknown trade(s) {unknown}; known: {', '.join(sorted(known))}")
    return trades


def cmd_corpus_eval(app: App, args: argparse.Namespace) -> int:
    """Per-trade figures on the labelled corpus (EVAL trades unless told otherwise)."""
    from listener.scoring import datasets, train
    from listener.scoring.measure import evaluate_trades, format_table
    from listener.scoring.model import brand_model_dir
    from listener.scoring.sentiment import get_scorer

    if args.trades:
        trades = _trades(args.trades)
    else:
        trades = datasets.TRAIN_TRADES if args.split == "train" else datasets.EVAL_TRADES
    rows = train.read_corpus(trades)
    scorer = get_scorer(app.settings.brand.lexicon, brand_model_dir(app.settings))
    report = evaluate_trades(rows, scorer)
    if args.format == "json":
        print(json.dumps(report, indent=2))
    else:
        print(f"trades: {', '.join(trades)}   model: {scorer.version}")
        print(format_table(report))
    return 0
