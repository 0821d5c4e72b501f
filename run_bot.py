"""Rapport's command line and composition root: settings → database → sources → jobs.

Every command builds what it needs here and nowhere else. Errors the operator or user can
fix (``RapportError``) are printed as one clear line with exit code 2 (config, input) or 1;
only a bug shows a traceback.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cached_property
from pathlib import Path
from typing import Any

from config.errors import ConfigError, InputError, RapportError
from config.settings import Settings, load_settings

ROOT = Path(__file__).resolve().parent
DEMO_DIR = ROOT / "config" / "demo"


@dataclass
class App:
    """Lazily built collaborators, so ``--help`` and ``classify`` never touch a database."""

    settings: Settings
    actor: str

    @cached_property
    def engine(self) -> Any:
        from store.db import check_connection, make_engine
        from store.migrate import ensure_current

        engine = make_engine(
            self.settings.database.url, busy_timeout_ms=self.settings.database.busy_timeout_ms
        )
        check_connection(engine)
        if self.settings.database.auto_upgrade:
            ensure_current(engine)
        return engine

    @cached_property
    def factory(self) -> Any:
        from store.db import make_sessionmaker

        return make_sessionmaker(self.engine)

    @cached_property
    def pipeline(self) -> Any:
        from listener.pipeline import Pipeline

        return Pipeline(self.factory, self.settings)


# --- commands ------------------------------------------------------------------------------


def cmd_db(app: App, args: argparse.Namespace) -> int:
    from store.db import check_connection, make_engine
    from store.migrate import current_revision, head_revision, upgrade

    engine = make_engine(app.settings.database.url)
    check_connection(engine)
    if args.db_command == "upgrade":
        upgrade(engine)
    print(f"database at revision {current_revision(engine)} (newest: {head_revision(engine)})")
    return 0


def cmd_classify(app: App, args: argparse.Namespace) -> int:
    from listener.evaluate import classify_rows, read_texts
    from listener.sentiment import get_scorer

    scorer = get_scorer(app.settings.brand.lexicon)
    problems: list[str] = []
    rows = read_texts(Path(args.file), text_column=args.text_column, problems=problems)
    out = sys.stdout
    for result in classify_rows(rows, scorer):
        out.write(json.dumps(result, ensure_ascii=False) + "\n")
    for problem in problems:
        print(f"warning: {problem}", file=sys.stderr)
    return 0


def cmd_eval(app: App, args: argparse.Namespace) -> int:
    from listener.evaluate import evaluate, format_report, read_texts
    from listener.sentiment import get_scorer

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


def cmd_customers(app: App, args: argparse.Namespace) -> int:
    from listener import profiles
    from listener.crm_import import import_customers
    from store.models import Customer

    with app.factory() as session, session.begin():
        if args.customers_command == "import":
            mapping = dict(_pair(item) for item in args.map or [])
            report = import_customers(
                session,
                Path(args.file),
                mapping=mapping,
                skip_bad_rows=args.skip_bad_rows,
                actor=app.actor,
            )
            for line, reason in report.errors:
                print(f"{args.file}:{line}: {reason}", file=sys.stderr)
            print(report.summary())
            if not report.imported:
                session.rollback()
                return 2
            return 0
        if args.customers_command == "merge":
            record = profiles.merge(session, args.survivor, args.merged, actor=app.actor)
            print(
                f"merged customer {args.merged} into {args.survivor} (merge id {record.id}; "
                f"undo with: customers unmerge {record.id})"
            )
            return 0
        if args.customers_command == "unmerge":
            record = profiles.unmerge(session, args.merge_id, actor=app.actor)
            print(f"undid merge {record.id}: customer {record.merged_id} restored")
            return 0
        if args.customers_command == "show":
            customer = session.get(Customer, args.id)
            if customer is None:
                raise InputError(f"no customer with id {args.id}")
            print(json.dumps(_customer_record(customer), indent=2, ensure_ascii=False))
            return 0
        found = profiles.find_customers(session, args.search or "", limit=args.limit)
        for customer in found:
            handles = ", ".join(f"{i.platform}:{i.handle}" for i in customer.identities)
            print(
                f"{customer.id:>6}  {customer.display_name[:30]:30}  {customer.stage:12}  "
                f"{customer.tier or '-':9}  {customer.interactions:>4}  {handles}"
            )
    return 0


def _customer_record(customer: Any) -> dict[str, Any]:
    return {
        "id": customer.id,
        "name": customer.name,
        "preferred_name": customer.preferred_name,
        "email": customer.email,
        "tier": customer.tier,
        "stage": customer.stage,
        "likes": customer.likes,
        "dislikes": customer.dislikes,
        "notes": customer.notes,
        "do_not_contact": customer.do_not_contact,
        "interactions": customer.interactions,
        "merged_into": customer.merged_into_id,
        "identities": [
            {"platform": i.platform, "handle": i.handle, "platform_user_id": i.platform_user_id}
            for i in customer.identities
        ],
    }


def _pair(item: str) -> tuple[str, str]:
    if "=" not in item:
        raise InputError(f"--map takes field=Column, got {item!r}")
    key, value = item.split("=", 1)
    return key.strip(), value.strip()


def cmd_ingest(app: App, args: argparse.Namespace) -> int:
    from listener.pipeline import collect
    from listener.sources.replay import ReplaySource

    for name in args.files:
        if not Path(name).exists():
            raise InputError(f"{name} does not exist")
    source = ReplaySource(args.files, default_platform=args.platform)
    report = collect(source, app.pipeline)
    _print_ingest(report)
    return 0


def cmd_collect(app: App, args: argparse.Namespace) -> int:
    from listener.pipeline import collect
    from listener.sources import build_sources

    sources = build_sources(app.settings)
    if args.source:
        if args.source not in sources:
            raise ConfigError(
                f"source {args.source!r} is not enabled; enable it in [sources.{args.source}]"
            )
        sources = {args.source: sources[args.source]}
    if not sources:
        raise ConfigError("no source is enabled; see [sources.*] in config/default.toml")
    for source in sources.values():
        _print_ingest(collect(source, app.pipeline))
    return 0


def _print_ingest(report: Any) -> None:
    for problem in report.problems[:50]:
        print(f"warning: {problem}", file=sys.stderr)
    if len(report.problems) > 50:
        print(f"warning: … and {len(report.problems) - 50} more problems", file=sys.stderr)
    print(
        f"{report.source}: {report.received} received, {report.stored} stored, "
        f"{report.duplicates} duplicates, {report.rejected} rejected"
    )


def cmd_mentions(app: App, args: argparse.Namespace) -> int:
    from listener.labels import relabel, rescore

    if args.mentions_command == "rescore":
        changed = rescore(app.factory, app.pipeline.scorer, all_rows=args.all)
        print(f"rescored {changed} mention(s); human corrections kept")
        return 0
    complaint = {"yes": True, "no": False, None: None}[args.complaint]
    with app.factory() as session, session.begin():
        mention = relabel(
            session,
            args.id,
            actor=app.actor,
            label=args.label,
            intent=args.intent,
            is_complaint=complaint,
        )
        print(
            f"mention {mention.id}: {mention.label}, {mention.intent}, "
            f"complaint={'yes' if mention.is_complaint else 'no'} (corrected by {app.actor})"
        )
    return 0


def cmd_export(app: App, args: argparse.Namespace) -> int:
    from listener.export import iter_mentions, write_csv, write_jsonl
    from listener.sources.payloads import PayloadError, parse_time

    try:
        since = parse_time(args.since, field="--since") if args.since else None
    except PayloadError as exc:
        raise InputError(str(exc)) from exc
    writer = write_csv if args.format == "csv" else write_jsonl
    out = open(args.output, "w", newline="", encoding="utf-8") if args.output else sys.stdout  # noqa: SIM115
    try:
        with app.factory() as session:
            count = writer(iter_mentions(session, since=since), out)
    finally:
        if out is not sys.stdout:
            out.close()
    print(f"exported {count} mention(s)", file=sys.stderr)
    return 0


def cmd_run(app: App, args: argparse.Namespace) -> int:
    """Run the scheduler until SIGINT or SIGTERM; running batches commit before exit."""
    import logging
    import signal
    import threading

    from listener.scheduler import BotScheduler, Job
    from listener.sources import build_sources

    _configure_logging(app.settings.log_level)
    log = logging.getLogger("rapport")
    sources = {}
    for name, source in build_sources(app.settings).items():
        if getattr(source, "configured", True):
            sources[name] = source
        else:
            missing = ", ".join(getattr(source, "missing_credentials", lambda: [])())
            log.warning("source %s is enabled but not configured (missing %s)", name, missing)
    if not sources:
        raise ConfigError("no enabled and configured source; see [sources.*] and .env.example")
    jobs = [Job("draft", lambda: _run_drafting(app), app.settings.schedule.draft_interval_seconds)]
    scheduler = BotScheduler(
        settings=app.settings,
        engine=app.engine,
        pipeline=app.pipeline,
        sources=sources,
        jobs=jobs,
    )
    stop = threading.Event()

    def _stop(signum: int, _frame: Any) -> None:
        log.info("received %s", signal.Signals(signum).name)
        stop.set()

    signal.signal(signal.SIGINT, _stop)
    signal.signal(signal.SIGTERM, _stop)
    log.info("running sources: %s", ", ".join(sources))
    try:
        scheduler.run_until(stop)
    finally:
        app.pipeline.close()
    log.info("stopped cleanly")
    return 0


def _configure_logging(level: str) -> None:
    import logging

    logging.basicConfig(
        level=getattr(logging, level, logging.INFO),
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )


def cmd_sources(app: App, args: argparse.Namespace) -> int:
    """Each registered source: enabled, configured, health, cursor and what it says of itself."""
    from listener.pipeline import read_cursor
    from listener.sources import SOURCE_CLASSES, build_sources
    from store.models import SourceState

    built = build_sources(app.settings, only_enabled=False)
    with app.factory() as session:
        for cls in SOURCE_CLASSES:
            source = built[cls.name]
            enabled = getattr(app.settings.sources, cls.name).enabled
            state = session.get(SourceState, cls.name)
            cursor = read_cursor(session, cls.name)
            print(f"{cls.name}: {'enabled' if enabled else 'disabled'}")
            for key, value in source.describe().items():
                if key != "name":
                    print(f"  {key}: {value}")
            print(f"  last success: {_when(state.last_success_at if state else None)}")
            if state and state.last_error:
                print(f"  last error: {_when(state.last_error_at)} {state.last_error[:200]}")
                print(f"  consecutive failures: {state.consecutive_failures}")
            shown = {k: v for k, v in cursor.items() if not k.startswith(("offset:", "line:"))}
            print(
                f"  cursor: {json.dumps(shown) if shown else ('file offsets' if cursor else '-')}"
            )
    return 0


def _when(value: datetime | None) -> str:
    return value.isoformat(timespec="seconds") if value else "never"


def cmd_draft(app: App, args: argparse.Namespace) -> int:
    report = _run_drafting(app)
    print(report.summary())
    return 0


def _run_drafting(app: App) -> Any:
    """One drafting pass: recount the authors' profiles, then triage and draft, in one
    transaction, so a crash leaves every mention ``new`` for the next pass."""
    from listener.profiles import refresh_for_new_mentions
    from responders.drafting import draft_new_mentions

    with app.factory() as session, session.begin():
        refresh_for_new_mentions(session)
        return draft_new_mentions(session, settings=app.settings, now=datetime.now(UTC))


def cmd_queue(app: App, args: argparse.Namespace) -> int:
    from responders import queue

    with app.factory() as session, session.begin():
        if args.queue_command == "list":
            drafts = queue.list_pending(session, limit=args.limit, offset=args.offset)
            for draft in drafts:
                record = queue.draft_record(draft)
                if args.format == "jsonl":
                    print(json.dumps(record, ensure_ascii=False))
                else:
                    print(
                        f"#{record['draft_id']:<6} p{record['priority']:<5} "
                        f"{record['platform']:8} {record['intent']:10} {record['urgency']:6} "
                        f"{(record['author'] or '?')[:18]:18} "
                        f"{_one_line(record['mention_text'], 60)}"
                    )
            return 0
        if args.queue_command == "show":
            record = queue.draft_record(queue.get_draft(session, args.id))
            print(json.dumps(record, indent=2, ensure_ascii=False))
            return 0
        if args.queue_command == "approve":
            draft = queue.approve(session, args.id, actor=app.actor, text=args.text)
            print(f"draft {draft.id} approved by {app.actor}")
            return 0
        draft = queue.reject(session, args.id, actor=app.actor, reason=args.reason)
        print(f"draft {draft.id} rejected by {app.actor}: {draft.reject_reason}")
    return 0


def _one_line(text: str, width: int) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def cmd_demo(app: App, args: argparse.Namespace) -> int:
    """Run the whole flow on the bundled demo brand, from an empty database."""
    from listener.crm_import import import_customers
    from listener.pipeline import collect
    from listener.sources.replay import ReplaySource

    started = time.perf_counter()
    db_path = Path(args.db)
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db_path}{suffix}").unlink(missing_ok=True)
    settings = app.settings.model_copy(
        update={
            "database": app.settings.database.model_copy(update={"url": f"sqlite:///{db_path}"})
        }
    )
    demo = App(settings=settings, actor=app.actor)
    with demo.factory() as session, session.begin():
        imported = import_customers(
            session, DEMO_DIR / "customers.csv", actor="demo", skip_bad_rows=False
        )
    print(f"customers: {imported.summary()}")
    source = ReplaySource([DEMO_DIR / "mentions_x.jsonl", DEMO_DIR / "mentions_reddit.jsonl"])
    report = collect(source, demo.pipeline)
    _print_ingest(report)
    again = collect(source, demo.pipeline)
    print(f"second collect (nothing new): {again.stored} stored")
    drafting = _run_drafting(demo)
    print(f"drafting: {drafting.summary()}")
    _print_demo_summary(demo)
    print(f"\ndemo finished in {time.perf_counter() - started:.1f} s; database {db_path}")
    print(
        "next: python run_bot.py --config config/demo/rapport.toml queue list"
        "   (the review web UI arrives in a later release)"
    )
    return 0


def _print_demo_summary(app: App) -> None:
    from sqlalchemy import func, select

    from responders import queue
    from store.models import Customer, Draft, Identity, Mention

    with app.factory() as session:
        total = session.scalar(select(func.count(Mention.id)))
        labels = Counter(
            dict(session.execute(select(Mention.label, func.count()).group_by(Mention.label)).all())
        )
        intents = Counter(
            dict(
                session.execute(select(Mention.intent, func.count()).group_by(Mention.intent)).all()
            )
        )
        linked = session.scalar(
            select(func.count(func.distinct(Identity.customer_id)))
            .join(Mention, Mention.identity_id == Identity.id)
            .join(Customer, Customer.id == Identity.customer_id)
            .where(Customer.is_known.is_(True))
        )
        people = session.scalar(select(func.count(func.distinct(Identity.customer_id))))
        waiting = session.scalar(select(func.count(Draft.id)).where(Draft.status == "pending"))
        print(f"\nmentions stored: {total}")
        print("  by sentiment: " + ", ".join(f"{k} {v}" for k, v in labels.most_common()))
        print("  by intent:    " + ", ".join(f"{k} {v}" for k, v in intents.most_common()))
        print(f"customers: {people} people seen, {linked} of them known from the CRM")
        print(f"drafts waiting for review: {waiting}; three examples:")
        for draft in queue.list_pending(session, limit=3):
            record = queue.draft_record(draft)
            who = record["customer_name"] or record["author"] or "someone"
            print(
                f"\n  #{record['draft_id']} {record['platform']} · {who} · "
                f"{record['intent']}/{record['label']}/{record['urgency']} "
                f"(priority {record['priority']})"
            )
            print(f"    they said: {_one_line(record['mention_text'], 110)}")
            print(f"    draft:     {_one_line(record['text'], 110)}")
            if record["manager_note"]:
                print(f"    note:      {_one_line(record['manager_note'], 110)}")


# --- parser --------------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="rapport", description="Rapport: social listening and engagement, human-approved."
    )
    parser.add_argument("--config", help="TOML settings file (default: $RAPPORT_CONFIG)")
    parser.add_argument("--database-url", help="overrides database.url")
    parser.add_argument("--log-level", help="overrides log_level")
    parser.add_argument("--actor", help="name recorded in the audit log (default: $USER)")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    demo = sub.add_parser("demo", help="run the whole flow on the bundled demo data")
    demo.add_argument("--db", default="var/demo.db", help="SQLite file, recreated (var/demo.db)")
    demo.add_argument("--no-serve", action="store_true", help="run the flow without serving")
    demo.set_defaults(func=cmd_demo)

    db = sub.add_parser("db", help="database migrations")
    db.add_argument("db_command", choices=["upgrade", "current"])
    db.set_defaults(func=cmd_db)

    classify = sub.add_parser("classify", help="score a CSV/JSONL of texts, one JSON per row")
    classify.add_argument("file")
    classify.add_argument("--text-column", default="text")
    classify.set_defaults(func=cmd_classify)

    ev = sub.add_parser("eval", help="precision, recall and F1 against your labelled file")
    ev.add_argument("file")
    ev.add_argument("--label-column", required=True)
    ev.add_argument("--text-column", default="text")
    ev.add_argument("--task", choices=["complaint", "sentiment", "intent"])
    ev.add_argument("--format", choices=["table", "json"], default="table")
    ev.set_defaults(func=cmd_eval)

    customers = sub.add_parser("customers", help="customer profiles")
    csub = customers.add_subparsers(dest="customers_command", required=True)
    imp = csub.add_parser("import", help="import a CRM export (CSV)")
    imp.add_argument("file")
    imp.add_argument(
        "--map",
        action="append",
        metavar="FIELD=COLUMN",
        help="map one of our fields to a column of the file (repeatable)",
    )
    imp.add_argument(
        "--skip-bad-rows",
        action="store_true",
        help="import the good rows even when some rows are bad",
    )
    merge = csub.add_parser("merge", help="merge customer MERGED into SURVIVOR (reversible)")
    merge.add_argument("survivor", type=int)
    merge.add_argument("merged", type=int)
    unmerge = csub.add_parser("unmerge", help="undo a merge by its id")
    unmerge.add_argument("merge_id", type=int)
    show = csub.add_parser("show", help="one customer as JSON")
    show.add_argument("id", type=int)
    lst = csub.add_parser("list", help="search customers")
    lst.add_argument("--search", default="")
    lst.add_argument("--limit", type=int, default=50)
    customers.set_defaults(func=cmd_customers)

    ingest = sub.add_parser("ingest", help="import mention files (JSONL or CSV) once")
    ingest.add_argument("files", nargs="+")
    ingest.add_argument(
        "--platform",
        choices=["twitter", "reddit"],
        help="platform of flat rows that do not name one",
    )
    ingest.set_defaults(func=cmd_ingest)

    collect = sub.add_parser("collect", help="one collection cycle of the enabled sources")
    collect.add_argument("--source", help="only this source")
    collect.set_defaults(func=cmd_collect)

    export = sub.add_parser("export", help="write stored data as JSONL or CSV")
    export.add_argument("what", choices=["mentions"])
    export.add_argument("--format", choices=["jsonl", "csv"], default="jsonl")
    export.add_argument("--since", help="only mentions created at or after (ISO-8601 time)")
    export.add_argument("--output", "-o", help="file to write (default: standard output)")
    export.set_defaults(func=cmd_export)

    mentions = sub.add_parser("mentions", help="correct or rescore stored mentions")
    msub = mentions.add_subparsers(dest="mentions_command", required=True)
    relabel = msub.add_parser("relabel", help="a human's correction; it wins over the model")
    relabel.add_argument("id", type=int)
    relabel.add_argument("--label", choices=["positive", "negative", "neutral"])
    relabel.add_argument(
        "--intent", choices=["complaint", "question", "praise", "suggestion", "other"]
    )
    relabel.add_argument("--complaint", choices=["yes", "no"])
    rescore = msub.add_parser("rescore", help="score again with the current model version")
    rescore.add_argument("--all", action="store_true", help="also rows of the current version")
    mentions.set_defaults(func=cmd_mentions)

    run = sub.add_parser("run", help="run the scheduler: sources, then drafting (Ctrl-C stops)")
    run.set_defaults(func=cmd_run)

    sources = sub.add_parser("sources", help="list sources with their health and cursors")
    sources.set_defaults(func=cmd_sources)

    draft = sub.add_parser("draft", help="draft replies for newly stored mentions")
    draft.set_defaults(func=cmd_draft)

    q = sub.add_parser("queue", help="the review queue")
    qsub = q.add_subparsers(dest="queue_command", required=True)
    ql = qsub.add_parser("list", help="pending drafts, best first")
    ql.add_argument("--format", choices=["table", "jsonl"], default="table")
    ql.add_argument("--limit", type=int, default=50)
    ql.add_argument("--offset", type=int, default=0)
    qs = qsub.add_parser("show", help="one draft as JSON")
    qs.add_argument("id", type=int)
    qa = qsub.add_parser("approve", help="approve a draft")
    qa.add_argument("id", type=int)
    qa.add_argument("--text", help="approve with this text instead")
    qr = qsub.add_parser("reject", help="reject a draft with a reason")
    qr.add_argument("id", type=int)
    qr.add_argument("--reason", required=True)
    q.set_defaults(func=cmd_queue)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``run_bot.py`` and the ``rapport`` console script."""
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        overrides: dict[tuple[str, ...], Any] = {}
        if args.database_url:
            overrides[("database", "url")] = args.database_url
        if args.log_level:
            overrides[("log_level",)] = args.log_level.upper()
        config_file = args.config
        if args.command == "demo" and not config_file and not os.environ.get("RAPPORT_CONFIG"):
            config_file = str(DEMO_DIR / "rapport.toml")
        settings = load_settings(config_file=config_file, overrides=overrides)
        actor = args.actor or os.environ.get("USER") or getpass.getuser() or "cli"
        return int(args.func(App(settings=settings, actor=actor), args) or 0)
    except RapportError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
