"""Getting mentions in and out: ``ingest``, ``collect``, ``export``, ``mentions``, ``run``,
``sources``.

``run`` lives here because it is ``collect`` on a schedule: it checks the sources the same
way, then hands them and the responder jobs (``commands.jobs``) to ``commands.scheduler``.
A failing source never stops the others: ``collect`` reports it and exits 1.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from commands import jobs
from commands.app import App
from commands.output import configure_logging, one_line, print_ingest, when
from config.errors import ConfigError, InputError, RapportError
from listener.sources.base import PLATFORMS
from listener.text import printable


def register(sub: Any) -> None:
    """Add ``ingest``, ``collect``, ``export``, ``mentions``, ``run`` and ``sources``."""
    ingest = sub.add_parser("ingest", help="import mention files (JSONL or CSV) once")
    ingest.add_argument("files", nargs="+")
    ingest.add_argument(
        "--platform",
        choices=PLATFORMS,
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
    relabel.add_argument("--mood", choices=["furious", "unhappy", "neutral", "warm", "delighted"])
    rescore = msub.add_parser("rescore", help="score again with the current model version")
    rescore.add_argument("--all", action="store_true", help="also rows of the current version")
    mentions.set_defaults(func=cmd_mentions)

    run = sub.add_parser("run", help="run the scheduler: sources, then drafting (Ctrl-C stops)")
    run.set_defaults(func=cmd_run)

    sources = sub.add_parser("sources", help="list sources with their health and cursors")
    sources.set_defaults(func=cmd_sources)


def cmd_ingest(app: App, args: argparse.Namespace) -> int:
    """Replay mention files through the pipeline once (a file is a source like any other)."""
    from listener.pipeline import collect
    from listener.sources.replay import ReplaySource

    for name in args.files:
        if not Path(name).exists():
            raise InputError(f"{name} does not exist")
    source = ReplaySource(args.files, default_platform=args.platform)
    report = collect(source, app.pipeline)
    print_ingest(report)
    return 0


def cmd_collect(app: App, args: argparse.Namespace) -> int:
    """One cycle of the enabled sources (or ``--source``), then one alert pass."""
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
    from commands.worker import uses_task_queue

    if uses_task_queue(app.engine):  # PostgreSQL: under the workers' lock (docs/scaling.md)
        from commands.worker.runner import collect_on_queue

        def _error(name: str, exc: Exception) -> None:
            print(f"error: {name}: {exc}", file=sys.stderr)

        stored, failed = collect_on_queue(app, sources, print_ingest, errors=_error)
        _alerts_after_collect(app, stored)
        return 1 if failed else 0
    stored, failed = 0, 0
    for source in sources.values():
        try:
            report = collect(source, app.pipeline)
        except RapportError as exc:  # recorded as the source's last_error; the others go on
            print(f"error: {source.name}: {exc}", file=sys.stderr)
            failed += 1
            continue
        print_ingest(report)
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
            # Shown before any check: ids and handles may hold what a terminal cannot print.
            who = printable(mention.author_handle or mention.author_id or "?", limit=18)
            print(
                f"{printable(mention.platform, limit=8):8} "
                f"{printable(mention.external_id, limit=20):>20}  "
                f"{mention.created_at:%Y-%m-%d %H:%M}  {who:18} "
                f"{one_line(mention.text, 70)}"
            )
        more = " (more waiting)" if batch.more else ""
        print(f"{source.name}: {len(batch.mentions)} fetched{more}; dry run, nothing stored")
    return 0


def _alerts_after_collect(app: App, stored: int) -> None:
    """``collect`` stored something: alert on it in the same run."""
    if not stored or not app.settings.alerts.enabled:
        return
    report, delivery = jobs.alert_pass(app, jobs.delivery_channels(app, warn=False))
    print(report.summary())
    if delivery is not None:
        print(delivery.summary())


def cmd_mentions(app: App, args: argparse.Namespace) -> int:
    """``relabel`` records a human's correction; ``rescore`` rescores the rest."""
    from listener.scoring.labels import relabel, rescore
    from responders.drafting.redraft import redraft_after_relabel
    from store.models import utcnow

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
            mood=args.mood,
        )
        outcome = redraft_after_relabel(
            session, mention, settings=app.settings, actor=app.actor, now=utcnow()
        )
        print(
            f"mention {mention.id}: {mention.label}, {mention.intent}, "
            f"complaint={'yes' if mention.is_complaint else 'no'} (corrected by {app.actor});"
            f" draft: {outcome}"
        )
    return 0


def cmd_export(app: App, args: argparse.Namespace) -> int:
    """Stored mentions as JSONL or CSV, to a file or standard output (the count on stderr)."""
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

    from commands.scheduler import BotScheduler
    from listener.sources import build_sources

    configure_logging(app.settings.log_level)
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
    from commands.worker import uses_task_queue

    if uses_task_queue(app.engine):  # PostgreSQL: N workers on one task queue
        from commands.worker.runner import run_workers

        return run_workers(app, sources)
    scheduler = BotScheduler(
        settings=app.settings,
        engine=app.engine,
        pipeline=app.pipeline,
        sources=sources,
        jobs=jobs.scheduled_jobs(app, list(sources)),
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
            for key, value in _describe(source, cursor).items():
                if key != "name":
                    print(f"  {key}: {value}")
            print(f"  last success: {when(state.last_success_at if state else None)}")
            if state and state.next_attempt_at:  # the shared back-off (docs/scaling.md)
                print(f"  backing off until: {when(state.next_attempt_at)}")
            if state and state.last_error:
                print(f"  last error: {when(state.last_error_at)} {state.last_error[:200]}")
                print(f"  consecutive failures: {state.consecutive_failures}")
            shown = {k: v for k, v in cursor.items() if not k.startswith(("offset:", "line:"))}
            print(
                f"  cursor: {json.dumps(shown) if shown else ('file offsets' if cursor else '-')}"
            )
    return 0


def _describe(source: Any, cursor: dict[str, str]) -> Any:
    """``describe()``, given the stored cursor when the source reads state from it (the X
    source's budgets and spend this month live there)."""
    import inspect

    if "cursor" in inspect.signature(source.describe).parameters:
        return source.describe(cursor)
    return source.describe()
