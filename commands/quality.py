"""``eval-drafts SET``: how well drafting does on a draft-quality set, check by check.

The set (JSONL, format in config/demo/README.md) is drafted in a throwaway in-memory
database with the brand book and settings found next to it, as of one minute after its
newest mention, so the figures are reproducible and no real database is touched.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from commands.app import App
from config.errors import InputError


def register(sub: Any) -> None:
    """Add ``eval-drafts``."""
    ev = sub.add_parser("eval-drafts", help="score drafts on a draft-quality set (JSONL)")
    ev.add_argument("set", metavar="SET", help="e.g. config/demo/draft_eval.jsonl")
    ev.add_argument(
        "--classify",
        action="store_true",
        help="score every mention with the live classifier instead of the set's understanding",
    )
    ev.add_argument("--show", action="store_true", help="print every draft and its failures")
    ev.add_argument("--jsonl", help="also write each draft and its checks to this file")
    ev.set_defaults(func=cmd_eval_drafts)


def cmd_eval_drafts(app: App, args: argparse.Namespace) -> int:
    """Draft the set and print each check's pass rate (exit 1 when any check fails)."""
    from responders.drafting.evalset import run_set, summary_lines

    path = Path(args.set)
    if not path.is_file():
        raise InputError(f"{path}: no such set file")
    run = run_set(path, classify=args.classify)
    if args.show:
        for result in run.items:
            mark = "ok  " if result.passed else "FAIL"
            print(f"{mark} {result.item['id']}: {result.item['text']}")
            if result.draft is not None:
                print(
                    f"     draft [{result.draft['family']}/{result.draft['tone']}]: "
                    f"{result.draft['text']}"
                )
                if result.draft.get("manager_note"):
                    print(f"     note: {result.draft['manager_note']}")
            for check in result.checks:
                if not check.passed:
                    print(f"     ✗ {check.name}: {check.detail}")
        print()
    if args.jsonl:
        with open(args.jsonl, "w", encoding="utf-8") as handle:
            for result in run.items:
                record = {
                    "id": result.item["id"],
                    "text": result.item["text"],
                    "draft": result.draft,
                    "failed": [c.name for c in result.checks if not c.passed],
                }
                handle.write(json.dumps(record, ensure_ascii=False, default=str) + "\n")
    for line in summary_lines(run):
        print(line)
    return 0 if run.all_passed() == len(run.items) else 1
