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
import threading
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
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
    from listener.scoring.evaluate import classify_rows, read_texts
    from listener.scoring.sentiment import get_scorer

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
    from listener.scoring.evaluate import evaluate, format_report, read_texts
    from listener.scoring.sentiment import get_scorer

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
    from listener.people import profiles
    from listener.people.crm_import import import_customers
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
    if args.dry_run:
        return _collect_dry_run(app, sources)
    stored, failed = 0, 0
    for source in sources.values():
        try:
            report = collect(source, app.pipeline)
        except RapportError as exc:  # recorded as the source's last_error; the others go on
            print(f"error: {source.name}: {exc}", file=sys.stderr)
            failed += 1
            continue
        _print_ingest(report)
        stored += report.stored
    _alerts_after_collect(app, stored)
    return 1 if failed else 0


def _collect_dry_run(app: App, sources: dict[str, Any]) -> int:
    """Fetch one batch per source from its stored cursor and print it; store nothing."""
    from listener.pipeline import read_cursor

    for source in sources.values():
        with app.factory() as session:
            cursor = read_cursor(session, source.name)
        batch = source.fetch(cursor)
        for problem in batch.problems:
            print(f"warning: {problem}", file=sys.stderr)
        for mention in batch.mentions:
            who = mention.author_handle or mention.author_id or "?"
            print(
                f"{mention.platform:8} {mention.external_id:>20}  "
                f"{mention.created_at:%Y-%m-%d %H:%M}  {who[:18]:18} "
                f"{_one_line(mention.text, 70)}"
            )
        more = " (more waiting)" if batch.more else ""
        print(f"{source.name}: {len(batch.mentions)} fetched{more}; dry run, nothing stored")
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
    from listener.scoring.labels import relabel, rescore

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

    from commands.scheduler import BotScheduler, Job
    from listener.sources import build_sources

    _configure_logging(app.settings.log_level)
    log = logging.getLogger("rapport")
    sources = {}
    for name, source in build_sources(app.settings).items():
        problems = getattr(source, "setting_problems", [])
        if problems:
            raise ConfigError(f"[sources.{name}]: " + "; ".join(problems))
        if getattr(source, "configured", True):
            sources[name] = source
        else:
            missing = ", ".join(getattr(source, "missing_credentials", lambda: [])())
            log.warning("source %s is enabled but not configured (missing %s)", name, missing)
    if not sources:
        raise ConfigError("no enabled and configured source; see [sources.*] and .env.example")
    jobs = [Job("draft", lambda: _drafting_turn(app), app.settings.schedule.draft_interval_seconds)]
    jobs.append(_publish_job(app))
    jobs.extend(_notification_jobs(app, list(sources)))
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
    from listener.people.profiles import refresh_for_new_mentions
    from responders.drafting.job import draft_new_mentions

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
    from listener.people.crm_import import import_customers
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
    _demo_notifications(demo)
    print(f"\ndemo finished in {time.perf_counter() - started:.1f} s; database {db_path}")
    username, password = _demo_user(demo)
    web = demo.settings.web
    print(f"review UI: http://{web.host}:{web.port}/  sign in as {username} / {password}")
    if args.no_serve:
        print("next: python run_bot.py --config config/demo/rapport.toml serve")
        return 0
    from responders.web import serve

    print(
        "serving the review UI (Ctrl-C stops); approved drafts are posted in dry run every 5 s",
        flush=True,
    )
    stop = _publish_in_background(demo, every_seconds=5.0)
    try:
        serve(demo.settings, demo.factory, host=web.host, port=web.port)
    finally:
        stop.set()
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


# --- publishing ----------------------------------------------------------------------------


def _build_publisher(app: App) -> Any:
    """The publisher over the enabled sources; each platform is answered by its own source
    (mentions from a replayed file too). docs/publishing.md has the rules."""
    from listener.sources import build_sources
    from responders.publishing import Publisher

    return Publisher(app.factory, app.settings, build_sources(app.settings))


def _publishing_modes(publisher: Any) -> list[str]:
    """One line per platform: live, dry run and why, or no source (drafts would fail)."""
    from listener.sources.base import PLATFORMS

    lines = []
    for platform in PLATFORMS:
        dry, why = publisher.mode(platform)
        if dry:
            lines.append(f"{platform}: dry run ({why})")
        elif publisher.source_for(platform) is None:
            lines.append(f"{platform}: no source can post (approved drafts will fail)")
        else:
            lines.append(f"{platform}: live")
    return lines


def _publish_job(app: App) -> Any:
    """The scheduler's publishing job, every ``schedule.publish_interval_seconds``."""
    import logging

    from commands.scheduler import Job

    publisher = _build_publisher(app)
    log = logging.getLogger("rapport.publisher")
    for line in _publishing_modes(publisher):
        log.info("publishing %s", line)

    def run() -> Any:
        report = publisher.run_once()
        for outcome in report.outcomes:
            log.info("%s", outcome.line())
        if report.outcomes:
            log.info("publishing pass: %s", report.summary())
        return report

    return Job("publish", run, app.settings.schedule.publish_interval_seconds)


def _positive_int(value: str) -> int:
    number = int(value)
    if number < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return number


def cmd_publish(app: App, args: argparse.Namespace) -> int:
    """One publishing pass: post approved drafts once each (or record them in dry run)."""
    publisher = _build_publisher(app)
    for line in _publishing_modes(publisher):
        print(line)
    report = publisher.run_once(limit=args.limit)
    for outcome in report.outcomes:
        print(outcome.line())
        if outcome.action in ("posted", "dry_run", "reconciled"):
            print(f"    {_one_line(outcome.text, 110)}")
    print(report.summary())
    return 0


# --- notifications (alerts, digest, outbox) ------------------------------------------------

# Drafting and the alert pass take turns in one process, so an alert can link to the draft
# of the mention it is about (the alert pass drafts first; docs/notifications.md).
_RESPOND_LOCK = threading.RLock()


def _drafting_turn(app: App) -> Any:
    """The scheduler's drafting job, taking turns with the alert pass."""
    with _RESPOND_LOCK:
        return _run_drafting(app)


def _channels(app: App, *, warn: bool = True) -> dict[str, Any]:
    """The delivery channels; routes naming an unknown channel stop start-up."""
    import logging

    from responders.notify.channels import build_channels, check_routes

    channels = build_channels(app.settings)
    for warning in check_routes(app.settings, channels):
        if warn:
            logging.getLogger("rapport.notify").warning("%s", warning)
    return channels


def _deliver(app: App, channels: dict[str, Any], **narrow: Any) -> Any:
    from responders.notify.outbox import deliver_due

    return deliver_due(app.factory, channels, settings=app.settings.notify, **narrow)


def _alert_pass(
    app: App,
    channels: dict[str, Any],
    *,
    now: datetime | None = None,
    sources: Sequence[str] = (),
    started_at: datetime | None = None,
    draft_first: bool = False,
) -> tuple[Any, Any]:
    """Match new mentions, group, queue alerts in the outbox (one transaction), deliver them."""
    import logging

    from responders.notify.alerts import run_alerts

    log = logging.getLogger("rapport.alerts")
    with _RESPOND_LOCK:
        if draft_first:
            try:
                _run_drafting(app)
            except Exception:  # alerts must go out even when drafting is broken
                log.exception("drafting before the alert pass failed; alerting without drafts")
        with app.factory() as session, session.begin():
            report = run_alerts(
                session,
                settings=app.settings,
                now=now or datetime.now(UTC),
                available=list(channels),
                sources=sources,
                started_at=started_at,
            )
    if report.alerts:
        log.info("%s", report.summary())
    delivery = _deliver(app, channels, kinds=["alert"]) if report.queued else None
    return report, delivery


def _alerts_after_collect(app: App, stored: int) -> None:
    """``collect`` stored something: alert on it in the same run."""
    if not stored or not app.settings.alerts.enabled:
        return
    report, delivery = _alert_pass(app, _channels(app, warn=False))
    print(report.summary())
    if delivery is not None:
        print(delivery.summary())


def _digest_pass(
    app: App, channels: dict[str, Any], *, day: Any = None, catch_up: bool = False
) -> Any:
    """Queue the digest of ``day`` (default: the newest finished period) once; deliver it.

    ``catch_up`` (the run at start) sends nothing for an install with no earlier mentions.
    """
    from responders.notify.digest import (
        has_history_before,
        latest_period,
        period_bounds,
        queue_digest,
    )

    now = datetime.now(UTC)
    day = day or latest_period(now, settings=app.settings)
    with app.factory() as session, session.begin():
        if catch_up:
            _, end = period_bounds(day, settings=app.settings)
            if not has_history_before(session, end):
                return None
        result = queue_digest(
            session, day, settings=app.settings, now=now, available=list(channels)
        )
    delivery = _deliver(app, channels, kinds=["digest"])
    return result, delivery


def _notification_jobs(app: App, sources: Sequence[str]) -> list[Any]:
    """The alert pass (after every ingest), outbox retries, and the digest on its cron."""
    from zoneinfo import ZoneInfo

    from apscheduler.triggers.cron import CronTrigger

    from commands.scheduler import Job

    channels = _channels(app)
    started = datetime.now(UTC)
    jobs = []
    settings = app.settings
    if settings.alerts.enabled:
        jobs.append(
            Job(
                "alerts",
                lambda: _alert_pass(
                    app, channels, sources=sources, started_at=started, draft_first=True
                ),
                settings.alerts.interval_seconds,
            )
        )
    jobs.append(
        Job(
            "outbox",
            lambda: _deliver(app, channels),
            settings.notify.interval_seconds,
            after_ingest=False,
        )
    )
    if settings.digest.enabled:
        hour, minute = settings.digest.time.split(":")
        first = [True]

        def digest() -> Any:
            catch_up, first[0] = first[0], False
            return _digest_pass(app, channels, catch_up=catch_up)

        jobs.append(
            Job(
                "digest",
                digest,
                86400,
                trigger=CronTrigger(
                    hour=int(hour), minute=int(minute), timezone=ZoneInfo(settings.digest.timezone)
                ),
                after_ingest=False,
            )
        )
    return jobs


def cmd_alerts(app: App, args: argparse.Namespace) -> int:
    """One alert pass (what the scheduler runs after each ingest), then delivery."""
    from listener.sources import build_sources
    from listener.sources.payloads import PayloadError, parse_time

    try:
        now = parse_time(args.now, field="--now") if args.now else None
    except PayloadError as exc:
        raise InputError(str(exc)) from exc
    sources = list(build_sources(app.settings)) if args.silence else []
    report, delivery = _alert_pass(app, _channels(app), now=now, sources=sources)
    print(report.summary())
    if delivery is not None:
        print(delivery.summary())
    return 0


def cmd_outbox(app: App, args: argparse.Namespace) -> int:
    """``outbox list | retry ID | deliver``: what waits, what failed, try again."""
    from responders.notify import outbox as notify

    if args.outbox_command == "deliver":
        print(_deliver(app, _channels(app)).summary())
        return 0
    with app.factory() as session, session.begin():
        if args.outbox_command == "retry":
            message = notify.retry(session, args.id, now=datetime.now(UTC))
            print(f"outbox message {message.id} ({message.dedupe_key}) is due again")
        else:
            for m in notify.list_messages(session, status=args.status, limit=args.limit):
                when = _when(m.sent_at if m.status == "sent" else m.next_attempt_at)
                print(
                    f"{m.id:>6}  {m.kind:6}  {m.channel[:14]:14}  {m.status:8}  "
                    f"{m.attempts:>3}  {when:25}  {m.dedupe_key[:40]:40}  "
                    f"{_one_line(m.last_error or '', 60)}"
                )
    if args.outbox_command == "retry" and not args.no_deliver:
        print(_deliver(app, _channels(app), only=[args.id]).summary())
    return 0


def cmd_digest(app: App, args: argparse.Namespace) -> int:
    """``digest --preview FILE.html`` writes it; ``digest --send`` sends it once per period."""
    from datetime import date

    from responders.notify.digest import latest_period, period_bounds, render_digest

    try:
        day = date.fromisoformat(args.date) if args.date else None
    except ValueError as exc:
        raise InputError(f"--date takes YYYY-MM-DD, got {args.date!r}") from exc
    day = day or latest_period(datetime.now(UTC), settings=app.settings)
    if args.preview:
        with app.factory() as session:
            _, payload = render_digest(session, day, settings=app.settings, now=datetime.now(UTC))
        out = Path(args.preview)
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(payload["html"], encoding="utf-8")
        out.with_suffix(".txt").write_text(payload["text"], encoding="utf-8")
        start, end = period_bounds(day, settings=app.settings)
        print(
            f"{payload['subject']}\n({start:%Y-%m-%d %H:%M} to {end:%Y-%m-%d %H:%M} "
            f"{app.settings.digest.timezone})"
        )
        print(f"wrote {out} and {out.with_suffix('.txt')}")
        return 0
    channels = _channels(app)
    if not [c for c in app.settings.digest.channels if c in channels]:
        raise ConfigError(
            "the digest has no deliverable channel: set smtp.host (and digest.recipients) "
            "or list another channel in digest.channels"
        )
    result, delivery = _digest_pass(app, channels, day=day)
    print(result.summary())
    print(delivery.summary())
    return 0 if not delivery.failed else 1


def _demo_notifications(demo: App) -> None:
    """The demo's alerts and digest as .eml files in var/outbox, never sent anywhere."""
    from sqlalchemy import func, select

    from responders.notify.digest import latest_period
    from store.models import Mention

    outbox = Path("var/outbox")
    for old in outbox.glob("*.eml"):
        old.unlink()
    s = demo.settings
    everywhere = {route: ["eml"] for route in s.alerts.routes} | {"rollup": ["eml"]}
    settings = s.model_copy(
        update={
            "alerts": s.alerts.model_copy(
                update={
                    "routes": everywhere,
                    "recipients": s.alerts.recipients or s.digest.recipients or ["team@demo"],
                    # The recorded month is all new to the demo: alert on all of it, grouped.
                    "max_age_hours": 24 * 60,
                }
            ),
            "digest": s.digest.model_copy(update={"channels": ["eml"]}),
            "notify": s.notify.model_copy(update={"eml_dir": str(outbox)}),
        }
    )
    app = App(settings=settings, actor=demo.actor)
    app.__dict__.update(engine=demo.engine, factory=demo.factory)
    channels = _channels(app, warn=False)
    with app.factory() as session:
        last = session.scalar(select(func.max(Mention.created_at)))
    if last is None:
        return
    # The demo replays a recorded month: its clock is the minute after the last mention.
    report, _ = _alert_pass(app, channels, now=last + timedelta(minutes=1))
    print(f"\n{report.summary()}")
    day = latest_period(last, settings=settings) + timedelta(days=1)
    result, _ = _digest_pass(app, channels, day=day)
    print(result.summary())
    for path in sorted(outbox.glob("*.eml")):
        print(f"  wrote {path}")


# --- web (serve, users) ----------------------------------------------------------------------


def cmd_serve(app: App, args: argparse.Namespace) -> int:
    """Serve the review UI and JSON API with uvicorn until Ctrl-C."""
    from responders.web import serve

    _configure_logging(app.settings.log_level)
    host = args.host or app.settings.web.host
    port = args.port or app.settings.web.port
    with app.factory() as session:
        _warn_without_users(session)
    print(f"Rapport review UI on http://{host}:{port}/  (Ctrl-C stops)", flush=True)
    stop = (
        _publish_in_background(app, every_seconds=args.publish_every)
        if args.publish_every
        else None
    )
    try:
        serve(app.settings, app.factory, host=host, port=port)
    finally:
        if stop is not None:
            stop.set()
    return 0


def _publish_in_background(app: App, *, every_seconds: float) -> threading.Event:
    """Run a publishing pass every ``every_seconds`` beside the web server (the demo, or
    ``serve --publish-every``), so an approval in the browser becomes a (dry-run) post
    without a separate ``run``. Set the returned event to stop it."""
    import logging

    publisher = _build_publisher(app)
    log = logging.getLogger("rapport.publisher")
    stop = threading.Event()

    def loop() -> None:
        while not stop.wait(every_seconds):
            try:
                report = publisher.run_once()
            except Exception:  # a failed pass is logged; the next one tries again
                log.exception("publishing pass failed")
                continue
            for outcome in report.outcomes:
                log.info("%s", outcome.line())

    threading.Thread(target=loop, name="publisher", daemon=True).start()
    return stop


def _warn_without_users(session: Any) -> None:
    from sqlalchemy import func, select

    from store.models import User

    if not session.scalar(select(func.count(User.id))):
        print(
            "warning: no users yet; add one with: run_bot.py users add NAME --role admin",
            file=sys.stderr,
        )


def _read_password(args: argparse.Namespace) -> str:
    """From standard input with --password-stdin (first line), else asked twice without echo."""
    if args.password_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    first = getpass.getpass("password: ")
    if getpass.getpass("again: ") != first:
        raise InputError("the two passwords differ")
    return first


def cmd_users(app: App, args: argparse.Namespace) -> int:
    from sqlalchemy import select

    from responders.web import accounts
    from store.models import User

    actor = f"{app.actor} (cli)"
    with app.factory() as session, session.begin():
        if args.users_command == "list":
            for user in session.scalars(select(User).order_by(User.username)):
                state = "disabled" if user.disabled else "active"
                token = "api token" if user.api_token_hash else ""
                print(f"{user.id:>4}  {user.username:24} {user.role:9} {state:9} {token}")
            return 0
        if args.users_command == "add":
            password = _read_password(args)
            user = accounts.add_user(
                session, args.name, role=args.role, password=password, actor=actor
            )
            print(f"added {user.username} ({user.role})")
            return 0
        user = accounts.find_user(session, args.name)
        if user is None:
            raise InputError(f"no user called {args.name!r}")
        if args.users_command == "passwd":
            accounts.set_password(session, user, _read_password(args), actor=actor)
            print(f"password of {user.username} changed; their sessions ended")
        elif args.users_command == "role":
            accounts.update_user(session, user, actor=actor, role=args.role)
            print(f"{user.username} is now {user.role}")
        elif args.users_command in ("disable", "enable"):
            disable = args.users_command == "disable"
            accounts.update_user(session, user, actor=actor, disabled=disable)
            print(f"{user.username} {args.users_command}d")
        elif args.users_command == "token":
            if args.revoke:
                accounts.revoke_token(session, user, actor=actor)
                print(f"API token of {user.username} revoked")
            else:
                print(accounts.issue_token(session, user, actor=actor))
                print(
                    f"(API token for {user.username}; shown once. "
                    "Send it as 'Authorization: Bearer TOKEN'.)",
                    file=sys.stderr,
                )
    return 0


def _demo_user(demo: App) -> tuple[str, str]:
    """A reviewer for the demo with a fresh random password (printed, never stored in clear)."""
    import secrets

    from responders.web import accounts

    password = secrets.token_urlsafe(12)
    with demo.factory() as session, session.begin():
        accounts.add_user(session, "demo", role="reviewer", password=password, actor="demo")
    return "demo", password


def _add_web_parsers(sub: Any) -> None:
    serve = sub.add_parser("serve", help="serve the review web UI and JSON API (uvicorn)")
    serve.add_argument("--host", help="overrides web.host (default 127.0.0.1)")
    serve.add_argument("--port", type=int, help="overrides web.port (default 8000)")
    serve.add_argument(
        "--publish-every",
        type=float,
        metavar="SECONDS",
        help="also run a publishing pass this often (otherwise `run` or `publish` posts)",
    )
    serve.set_defaults(func=cmd_serve)

    users = sub.add_parser("users", help="people who use the web UI: admin, reviewer, viewer")
    usub = users.add_subparsers(dest="users_command", required=True)
    usub.add_parser("list", help="every user with role and state")
    add = usub.add_parser("add", help="add a user; asks for the password without echo")
    add.add_argument("name")
    add.add_argument("--role", choices=["admin", "reviewer", "viewer"], required=True)
    add.add_argument("--password-stdin", action="store_true", help="read the password from stdin")
    passwd = usub.add_parser("passwd", help="set a new password (ends their sessions)")
    passwd.add_argument("name")
    passwd.add_argument("--password-stdin", action="store_true")
    role = usub.add_parser("role", help="change a user's role")
    role.add_argument("name")
    role.add_argument("role", choices=["admin", "reviewer", "viewer"])
    for verb in ("disable", "enable"):
        usub.add_parser(verb, help=f"{verb} a user").add_argument("name")
    token = usub.add_parser("token", help="print a new personal API token (replaces the old)")
    token.add_argument("name")
    token.add_argument("--revoke", action="store_true", help="remove the token instead")
    users.set_defaults(func=cmd_users)


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
    collect.add_argument(
        "--dry-run", action="store_true", help="fetch and print, store nothing (cursor unchanged)"
    )
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

    publish = sub.add_parser(
        "publish", help="one publishing pass: post approved drafts once (dry run records them)"
    )
    publish.add_argument(
        "--limit", type=_positive_int, help="drafts at most (default: publishing.batch_size)"
    )
    publish.set_defaults(func=cmd_publish)

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
    _add_web_parsers(sub)

    # notifications (alerts, digest, outbox)
    alerts = sub.add_parser("alerts", help="one alert pass over new mentions, then delivery")
    alerts.add_argument("--now", help="the pass's clock (ISO-8601 time; default: now)")
    alerts.add_argument(
        "--silence", action="store_true", help="also check the enabled sources for silence"
    )
    alerts.set_defaults(func=cmd_alerts)
    outbox = sub.add_parser("outbox", help="the notification outbox (alerts and digests)")
    osub = outbox.add_subparsers(dest="outbox_command", required=True)
    ol = osub.add_parser("list", help="newest messages first")
    ol.add_argument("--status", choices=["pending", "sending", "sent", "failed"])
    ol.add_argument("--limit", type=int, default=50)
    ort = osub.add_parser("retry", help="make a failed message due again and deliver it")
    ort.add_argument("id", type=int)
    ort.add_argument("--no-deliver", action="store_true", help="only mark it due")
    osub.add_parser("deliver", help="deliver every due message now")
    outbox.set_defaults(func=cmd_outbox)
    digest = sub.add_parser("digest", help="the nightly complaint digest")
    dmode = digest.add_mutually_exclusive_group(required=True)
    dmode.add_argument(
        "--preview", metavar="FILE.html", help="write it (and FILE.txt); send nothing"
    )
    dmode.add_argument("--send", action="store_true", help="send it (once per period)")
    digest.add_argument("--date", help="the period ending on this day (YYYY-MM-DD)")
    digest.set_defaults(func=cmd_digest)
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
