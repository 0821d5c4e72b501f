"""Operator tools: ``db`` (migrations), ``classify`` and ``eval`` (the scorer on your files,
or per trade on the labelled corpus).

``classify`` and ``eval`` never open the database (the App builds it only on first use), so
they work on a laptop with nothing but a CSV of labelled texts.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from commands.app import App
from config.errors import InputError


def register(sub: Any) -> None:
    """Add ``db``, ``classify`` and ``eval``."""
    db = sub.add_parser("db", help="database migrations")
    db.add_argument("db_command", choices=["upgrade", "current"])
    db.set_defaults(func=cmd_db)

    classify = sub.add_parser("classify", help="score a CSV/JSONL of texts, one JSON per row")
    classify.add_argument("file")
    classify.add_argument("--text-column", default="text")
    classify.set_defaults(func=cmd_classify)

    ev = sub.add_parser(
        "eval",
        help="per-trade figures on the labelled corpus, or precision/recall/F1 on your file",
    )
    ev.add_argument("file", nargs="?", help="your labelled file (default: the corpus)")
    ev.add_argument("--label-column", help="the label column of FILE (required with FILE)")
    ev.add_argument("--trades", help="corpus trades, comma-separated (default: --split)")
    ev.add_argument("--split", choices=["train", "eval"], default="eval")
    ev.add_argument("--text-column", default="text")
    ev.add_argument("--task", choices=["complaint", "sentiment", "intent"])
    ev.add_argument("--format", choices=["table", "json"], default="table")
    ev.set_defaults(func=cmd_eval)


def cmd_db(app: App, args: argparse.Namespace) -> int:
    """Show (``current``) or apply (``upgrade``) the schema revision; never auto-upgrades
    first, so ``db current`` reports what is really there."""
    from store.db import check_connection, make_engine
    from store.migrate import current_revision, head_revision, upgrade

    engine = make_engine(app.settings.database.url)
    check_connection(engine)
    if args.db_command == "upgrade":
        upgrade(engine)
    print(f"database at revision {current_revision(engine)} (newest: {head_revision(engine)})")
    return 0


def cmd_classify(app: App, args: argparse.Namespace) -> int:
    """One JSON line per row of the file, scored as a stored mention would be."""
    from listener.scoring.evaluate import classify_rows, read_texts
    from listener.scoring.relevance import brand_names
    from listener.scoring.sentiment import get_scorer

    scorer = get_scorer(app.settings.brand.lexicon, own=brand_names(app.settings.brand))
    problems: list[str] = []
    rows = read_texts(Path(args.file), text_column=args.text_column, problems=problems)
    out = sys.stdout
    for result in classify_rows(rows, scorer):
        out.write(json.dumps(result, ensure_ascii=False) + "\n")
    for problem in problems:
        print(f"warning: {problem}", file=sys.stderr)
    return 0


def cmd_eval(app: App, args: argparse.Namespace) -> int:
    """Precision, recall and F1 of the scorer against the operator's own labels.

    Without a file: per-trade figures on the labelled corpus (``commands.model``).
    """
    from listener.scoring.evaluate import evaluate, format_report, read_texts
    from listener.scoring.sentiment import get_scorer

    if args.file is None:
        from commands.model import cmd_corpus_eval

        return cmd_corpus_eval(app, args)
    if not args.label_column:
        raise InputError("eval FILE needs --label-column (the column with your labels)")
    problems: list[str] = []
    rows = read_texts(
        Path(args.file),
        text_column=args.text_column,
        extra_columns=(args.label_column,),
        problems=problems,
    )
    report = evaluate(
        rows, get_scorer(app.settings.brand.lexicon), task=args.task, label_column=args.label_column
    )
    for problem in problems:
        print(f"warning: {problem}", file=sys.stderr)
    print(json.dumps(report, indent=2) if args.format == "json" else format_report(report))
    return 0
