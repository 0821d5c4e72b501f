"""The responder jobs: one code path for the scheduler (``run``) and the one-shot commands.

``draft``, ``publish``, ``alerts``, ``outbox`` and ``digest`` by hand run the same functions
the scheduler runs on its intervals, so what an operator tries once is what the bot does all
day. ``commands.scheduler`` knows nothing of these; ``scheduled_jobs`` hands them to it.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from commands.app import App

if TYPE_CHECKING:
    from commands.scheduler import Job

# Drafting and the alert pass take turns in one process, so an alert can link to the draft
# of the mention it is about (the alert pass drafts first; docs/notifications.md).
_RESPOND_LOCK = threading.RLock()


# --- drafting --------------------------------------------------------------------------------


def run_drafting(app: App) -> Any:
    """One drafting pass: recount the authors' profiles, then triage and draft, in one
    transaction, so a crash leaves every mention ``new`` for the next pass."""
    from listener.people.stage import refresh_for_new_mentions
    from responders.drafting.job import draft_new_mentions

    with app.factory() as session, session.begin():
        refresh_for_new_mentions(session)
        return draft_new_mentions(session, settings=app.settings, now=datetime.now(UTC))


def drafting_turn(app: App) -> Any:
    """The scheduler's drafting job, taking turns with the alert pass."""
    with _RESPOND_LOCK:
        return run_drafting(app)


# --- publishing ------------------------------------------------------------------------------


def build_publisher(app: App) -> Any:
    """The publisher over the enabled sources; each platform is answered by its own source
    (mentions from a replayed file too). docs/publishing.md has the rules."""
    from listener.sources import build_sources
    from responders.publisher import Publisher

    return Publisher(app.factory, app.settings, build_sources(app.settings))


def publishing_modes(publisher: Any) -> list[str]:
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


def publish_job(app: App) -> Job:
    """The scheduler's publishing job, every ``schedule.publish_interval_seconds``."""
    from commands.scheduler import Job

    publisher = build_publisher(app)
    log = logging.getLogger("rapport.publisher")
    for line in publishing_modes(publisher):
        log.info("publishing %s", line)

    def run() -> Any:
        report = publisher.run_once()
        for outcome in report.outcomes:
            log.info("%s", outcome.line())
        if report.outcomes:
            log.info("publishing pass: %s", report.summary())
        return report

    return Job("publish", run, app.settings.schedule.publish_interval_seconds)


def publish_in_background(app: App, *, every_seconds: float) -> threading.Event:
    """Run a publishing pass every ``every_seconds`` beside the web server (the demo, or
    ``serve --publish-every``), so an approval in the browser becomes a (dry-run) post
    without a separate ``run``. Set the returned event to stop it."""
    publisher = build_publisher(app)
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


# --- notifications (alerts, digest, outbox) --------------------------------------------------


def delivery_channels(app: App, *, warn: bool = True) -> dict[str, Any]:
    """The delivery channels; routes naming an unknown channel stop start-up."""
    from responders.notify.channels import build_channels, check_routes

    built = build_channels(app.settings)
    for warning in check_routes(app.settings, built):
        if warn:
            logging.getLogger("rapport.notify").warning("%s", warning)
    return built


def deliver(app: App, channels: dict[str, Any], **narrow: Any) -> Any:
    """Deliver the due outbox messages (``narrow``: only some kinds or ids)."""
    from responders.notify.outbox import deliver_due

    return deliver_due(app.factory, channels, settings=app.settings.notify, **narrow)


def alert_pass(
    app: App,
    channels: dict[str, Any],
    *,
    now: datetime | None = None,
    sources: Sequence[str] = (),
    started_at: datetime | None = None,
    draft_first: bool = False,
) -> tuple[Any, Any]:
    """Match new mentions, group, queue alerts in the outbox (one transaction), deliver them."""
    from responders.notify.alerts import run_alerts

    log = logging.getLogger("rapport.alerts")
    with _RESPOND_LOCK:
        if draft_first:
            try:
                run_drafting(app)
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
    delivery = deliver(app, channels, kinds=["alert"]) if report.queued else None
    return report, delivery


def digest_pass(
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
    delivery = deliver(app, channels, kinds=["digest"])
    return result, delivery


def _notification_jobs(app: App, sources: Sequence[str]) -> list[Job]:
    """The alert pass (after every ingest), outbox retries, and the digest on its cron."""
    from zoneinfo import ZoneInfo

    from apscheduler.triggers.cron import CronTrigger

    from commands.scheduler import Job

    built = delivery_channels(app)
    started = datetime.now(UTC)
    jobs = []
    settings = app.settings
    if settings.alerts.enabled:
        jobs.append(
            Job(
                "alerts",
                lambda: alert_pass(
                    app, built, sources=sources, started_at=started, draft_first=True
                ),
                settings.alerts.interval_seconds,
            )
        )
    jobs.append(
        Job(
            "outbox",
            lambda: deliver(app, built),
            settings.notify.interval_seconds,
            after_ingest=False,
        )
    )
    if settings.digest.enabled:
        hour, minute = settings.digest.time.split(":")
        first = [True]

        def digest() -> Any:
            catch_up, first[0] = first[0], False
            return digest_pass(app, built, catch_up=catch_up)

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


def scheduled_jobs(app: App, sources: Sequence[str]) -> list[Job]:
    """Every responder job ``run`` hands the scheduler: drafting, publishing, notifications."""
    from commands.scheduler import Job

    jobs = [Job("draft", lambda: drafting_turn(app), app.settings.schedule.draft_interval_seconds)]
    jobs.append(publish_job(app))
    jobs.extend(_notification_jobs(app, sources))
    return jobs
