"""Notifications by hand: ``alerts``, ``outbox`` and ``digest``.

Each runs the pass the scheduler runs (``commands.jobs``), so a test alert or a digest
preview shows exactly what the bot would send; nothing leaves except through the outbox.
"""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from commands import jobs
from commands.app import App
from commands.output import one_line, when
from config.errors import ConfigError, InputError


def register(sub: Any) -> None:
    """Add ``alerts``, ``outbox`` and ``digest``."""
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


def cmd_alerts(app: App, args: argparse.Namespace) -> int:
    """One alert pass (what the scheduler runs after each ingest), then delivery."""
    from listener.sources import build_sources
    from listener.sources.payloads import PayloadError, parse_time

    try:
        now = parse_time(args.now, field="--now") if args.now else None
    except PayloadError as exc:
        raise InputError(str(exc)) from exc
    sources = list(build_sources(app.settings)) if args.silence else []
    report, delivery = jobs.alert_pass(app, jobs.delivery_channels(app), now=now, sources=sources)
    print(report.summary())
    if delivery is not None:
        print(delivery.summary())
    return 0


def cmd_outbox(app: App, args: argparse.Namespace) -> int:
    """``outbox list | retry ID | deliver``: what waits, what failed, try again."""
    from responders.notify import outbox as notify

    if args.outbox_command == "deliver":
        print(jobs.deliver(app, jobs.delivery_channels(app)).summary())
        return 0
    with app.factory() as session, session.begin():
        if args.outbox_command == "retry":
            message = notify.retry(session, args.id, now=datetime.now(UTC))
            print(f"outbox message {message.id} ({message.dedupe_key}) is due again")
        else:
            for m in notify.list_messages(session, status=args.status, limit=args.limit):
                sent_or_due = when(m.sent_at if m.status == "sent" else m.next_attempt_at)
                print(
                    f"{m.id:>6}  {m.kind:6}  {m.channel[:14]:14}  {m.status:8}  "
                    f"{m.attempts:>3}  {sent_or_due:25}  {m.dedupe_key[:40]:40}  "
                    f"{one_line(m.last_error or '', 60)}"
                )
    if args.outbox_command == "retry" and not args.no_deliver:
        print(jobs.deliver(app, jobs.delivery_channels(app), only=[args.id]).summary())
    return 0


def _default_period(app: App, latest: Any) -> Any:
    """Without ``--date``: the latest period, or if no mention was posted in it, the last
    period that has mentions (an import of last month previews last month), saying so."""
    from datetime import timedelta

    from sqlalchemy import func, select

    from responders.notify.digest import latest_period, period_bounds
    from store.models import Mention

    start, _ = period_bounds(latest, settings=app.settings)
    with app.factory() as session:
        newest = session.scalar(select(func.max(Mention.created_at)))
    if newest is None:
        print("no mentions are stored: the digest period is empty", file=sys.stderr)
        return latest
    if newest >= start:
        return latest
    day = latest_period(newest, settings=app.settings)
    if period_bounds(day, settings=app.settings)[1] <= newest:
        day += timedelta(days=1)
    print(
        f"no mentions since {start:%Y-%m-%d %H:%M} UTC; using the last period with mentions, "
        f"ending {day.isoformat()} (--date YYYY-MM-DD picks another)",
        file=sys.stderr,
    )
    return day


def cmd_digest(app: App, args: argparse.Namespace) -> int:
    """``digest --preview FILE.html`` writes it; ``digest --send`` sends it once per period."""
    from datetime import date

    from responders.notify.digest import latest_period, period_bounds, render_digest

    try:
        day = date.fromisoformat(args.date) if args.date else None
    except ValueError as exc:
        raise InputError(f"--date takes YYYY-MM-DD, got {args.date!r}") from exc
    if day is None:
        day = latest_period(datetime.now(UTC), settings=app.settings)
        if args.preview:  # sending keeps to the period that just ended
            day = _default_period(app, day)
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
    channels = jobs.delivery_channels(app)
    if not [c for c in app.settings.digest.channels if c in channels]:
        raise ConfigError(
            "the digest has no deliverable channel: set smtp.host (and digest.recipients) "
            "or list another channel in digest.channels"
        )
    result, delivery = jobs.digest_pass(app, channels, day=day)
    print(result.summary())
    print(delivery.summary())
    return 0 if not delivery.failed else 1
