"""The reply workflow from the shell: ``draft``, ``publish`` and the review ``queue``.

``draft`` and ``publish`` run one pass of the scheduler's own jobs (``commands.jobs``);
``queue`` approves or rejects exactly as a reviewer does in the web UI, audited under
``--actor``.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from commands import jobs
from commands.app import App
from commands.output import instant, one_line, positive_int


def register(sub: Any) -> None:
    """Add ``draft``, ``publish`` and ``queue``."""
    draft = sub.add_parser("draft", help="draft replies for newly stored mentions")
    draft.add_argument(
        "--now",
        type=instant,
        help="the pass's clock (ISO 8601): makes a run reproducible as of that time",
    )
    draft.set_defaults(func=cmd_draft)

    publish = sub.add_parser(
        "publish", help="one publishing pass: post approved drafts once (dry run records them)"
    )
    publish.add_argument(
        "--limit", type=positive_int, help="drafts at most (default: publishing.batch_size)"
    )
    publish.set_defaults(func=cmd_publish)

    q = sub.add_parser("queue", help="the review queue")
    qsub = q.add_subparsers(dest="queue_command", required=True)
    ql = qsub.add_parser("list", help="pending drafts, best first")
    ql.add_argument("--format", choices=["table", "jsonl"], default="table")
    ql.add_argument("--limit", type=positive_int, default=50, help="drafts at most (50)")
    ql.add_argument("--offset", type=int, default=0)
    ql.add_argument("--all", action="store_true", help="every pending draft (no limit)")
    qs = qsub.add_parser("show", help="one draft as JSON")
    qs.add_argument("id", type=int)
    qa = qsub.add_parser("approve", help="approve a draft")
    qa.add_argument("id", type=int)
    qa.add_argument("--text", help="approve with this text instead")
    qr = qsub.add_parser("reject", help="reject a draft with a reason")
    qr.add_argument("id", type=int)
    qr.add_argument("--reason", required=True)
    qe = qsub.add_parser("expire", help="expire pending drafts made before a time (audited)")
    qe.add_argument("--before", type=instant, required=True, help="ISO 8601 time")
    q.set_defaults(func=cmd_queue)


def cmd_draft(app: App, args: argparse.Namespace) -> int:
    """One drafting pass, as the scheduler's ``draft`` job runs it."""
    report = jobs.run_drafting(app, now=args.now)
    print(report.summary())
    return 0


def cmd_publish(app: App, args: argparse.Namespace) -> int:
    """One publishing pass: post approved drafts once each (or record them in dry run)."""
    publisher = jobs.build_publisher(app)
    for line in jobs.publishing_modes(publisher):
        print(line)
    report = publisher.run_once(limit=args.limit)
    for outcome in report.outcomes:
        print(outcome.line())
        if outcome.action in ("posted", "dry_run", "reconciled"):
            print(f"    {one_line(outcome.text, 110)}")
    print(report.summary())
    return 0


def cmd_queue(app: App, args: argparse.Namespace) -> int:
    """``queue list | show | approve | reject``, each in one transaction."""
    from responders import queue

    with app.factory() as session, session.begin():
        if args.queue_command == "list":
            total = queue.count_pending(session)
            limit = max(total, 1) if args.all else args.limit
            drafts = queue.list_pending(session, limit=limit, offset=args.offset)
            for draft in drafts:
                record = queue.draft_record(draft)
                if args.format == "jsonl":
                    print(json.dumps(record, ensure_ascii=False))
                else:
                    print(
                        f"#{record['draft_id']:<6} p{record['priority']:<5} "
                        f"{record['platform']:8} {record['intent']:10} {record['urgency']:6} "
                        f"{(record['author'] or '?')[:18]:18} "
                        f"{one_line(record['mention_text'], 60)}"
                    )
            if len(drafts) < total:
                print(
                    f"{len(drafts)} of {total} shown; --limit N or --all",
                    file=sys.stderr if args.format == "jsonl" else sys.stdout,
                )
            return 0
        if args.queue_command == "show":
            record = queue.draft_record(queue.get_draft(session, args.id))
            print(json.dumps(record, indent=2, ensure_ascii=False))
            return 0
        if args.queue_command == "expire":
            count = queue.expire_pending(session, before=args.before, actor=app.actor)
            print(f"{count} pending draft(s) made before {args.before.isoformat()} expired")
            return 0
        if args.queue_command == "approve":
            draft = queue.approve(session, args.id, actor=app.actor, text=args.text)
            print(f"draft {draft.id} approved by {app.actor}")
            return 0
        draft = queue.reject(session, args.id, actor=app.actor, reason=args.reason)
        print(f"draft {draft.id} rejected by {app.actor}: {draft.reject_reason}")
    return 0
