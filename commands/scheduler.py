"""The one scheduler: each enabled source on its interval, then the responder jobs.

APScheduler 3.x runs every job with ``coalesce=True`` (missed runs collapse into one),
``max_instances=1`` (a slow cycle is never run twice at once) and a misfire grace time.
Failures stay inside their job: a failing source records ``last_error`` (by ``collect``) and
backs off exponentially (honouring a platform's ``retry_after``) while the others carry on.
This is the single-instance scheduler of SQLite. On PostgreSQL ``run`` is a Procrastinate
worker instead (commands/worker/, docs/scaling.md) running the same ``SourceRunner`` and job
functions, so any number of instances share the work.
Responder jobs are plain callables handed in by the ``run`` command (``commands.jobs``), so
this module knows nothing of drafting or publishing.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.triggers.base import BaseTrigger
from apscheduler.triggers.interval import IntervalTrigger
from sqlalchemy import Engine

from config.errors import ConfigError, UpstreamError
from config.settings import Settings
from listener.pipeline import IngestReport, Pipeline, collect
from listener.sources.base import Source
from store.models import SourceState

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Job:
    """A responder job: a name, what to run, and how often.

    ``trigger`` (an APScheduler trigger, e.g. a ``CronTrigger`` in the digest's time zone)
    replaces the interval; such a job runs however late it is (coalesced to one run), so a
    machine that slept through 18:00 still sends the digest. ``after_ingest`` jobs also run
    right after an ingest that stored something; ``run_at_start`` jobs run once at start.
    """

    name: str
    func: Callable[[], Any]
    interval_seconds: int
    trigger: BaseTrigger | None = None
    after_ingest: bool = True
    run_at_start: bool = True


class SourceRunner:
    """One source's scheduled cycle, with exponential back-off after failures.

    The back-off lives in the database (``SourceState.next_attempt_at`` and the failure
    count), so every instance and worker honours it; ``failures`` and ``not_before`` mirror
    the stored values after each call. The Procrastinate worker runs this same cycle.
    """

    def __init__(
        self,
        source: Source,
        pipeline: Pipeline,
        *,
        interval_seconds: int,
        max_backoff_seconds: int,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        after: Callable[[IngestReport], Any] | None = None,
    ) -> None:
        self.source = source
        self.pipeline = pipeline
        self.interval = interval_seconds
        self.max_backoff = max_backoff_seconds
        self.clock = clock
        self.after = after
        self.failures = 0
        self.not_before: datetime | None = None

    def _load_backoff(self) -> None:
        with self.pipeline.factory() as session:
            state = session.get(SourceState, self.source.name)
            self.failures = state.consecutive_failures if state else 0
            self.not_before = state.next_attempt_at if state else None

    def _delay(self, failures: int, exc: BaseException) -> float:
        self.failures = failures
        return self.backoff_seconds(exc)

    def __call__(self) -> IngestReport | None:
        now = self.clock()
        self._load_backoff()
        if self.not_before is not None and now < self.not_before:
            logger.debug("%s backing off until %s", self.source.name, self.not_before)
            return None
        try:
            report = collect(self.source, self.pipeline, backoff=self._delay, clock=self.clock)
        except Exception as exc:  # a source's failure must not stop the others
            self._load_backoff()
            logger.warning(
                "source %s failed (%s: %s); next try after %s",
                self.source.name,
                type(exc).__name__,
                exc,
                self.not_before,
            )
            return None
        self._load_backoff()
        logger.info(
            "source %s: %d received, %d stored, %d duplicates",
            self.source.name,
            report.received,
            report.stored,
            report.duplicates,
        )
        if self.after is not None:
            self.after(report)
        return report

    def backoff_seconds(self, exc: BaseException) -> int:
        """interval × 2^(failures-1), capped; a platform's retry_after is a floor."""
        if isinstance(exc, ConfigError):
            return self.max_backoff
        delay = min(self.interval * 2 ** (self.failures - 1), self.max_backoff)
        retry_after = getattr(exc, "retry_after", None) if isinstance(exc, UpstreamError) else None
        if retry_after:
            delay = max(delay, int(retry_after) + 1)
        return int(delay)


class BotScheduler:
    """Builds the APScheduler jobs for sources and responders, and stops cleanly."""

    def __init__(
        self,
        *,
        settings: Settings,
        engine: Engine,
        pipeline: Pipeline,
        sources: Mapping[str, Source],
        jobs: list[Job],
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self.settings = settings
        self.engine = engine
        self.scheduler = BackgroundScheduler(
            timezone=UTC,
            job_defaults={
                "coalesce": True,
                "max_instances": 1,
                "misfire_grace_time": settings.schedule.misfire_grace_seconds,
            },
        )
        self.runners: dict[str, SourceRunner] = {}
        self._responders = {job.name: job for job in jobs}
        # Jobs running now, and whether we are stopping: APScheduler's shutdown holds its job
        # store lock while it waits for running jobs, so a job that asks the scheduler for a
        # job then (``_after_ingest``) would wait forever. ``run_until`` drains first.
        self._running = 0
        self._running_lock = threading.Condition()
        self._stopping = False
        for name, source in sources.items():
            interval = getattr(settings.sources, name).interval_seconds
            runner = SourceRunner(
                source,
                pipeline,
                interval_seconds=interval,
                max_backoff_seconds=settings.schedule.max_backoff_seconds,
                clock=clock,
                after=self._after_ingest,
            )
            self.runners[name] = runner
            self._add(f"source:{name}", runner, interval, clock())
        for job in jobs:
            if job.trigger is None and job.run_at_start:
                self._add(f"job:{job.name}", job.func, job.interval_seconds, clock())
                continue
            extra: dict[str, Any] = {"next_run_time": clock()} if job.run_at_start else {}
            if job.trigger is not None:
                extra["misfire_grace_time"] = None  # however late: coalesced into one run
            self.scheduler.add_job(
                self._locked(f"job:{job.name}", job.func),
                job.trigger or IntervalTrigger(seconds=job.interval_seconds, timezone=UTC),
                id=f"job:{job.name}",
                name=f"job:{job.name}",
                **extra,
            )

    def _add(self, name: str, func: Callable[[], Any], interval: int, now: datetime) -> None:
        self.scheduler.add_job(
            self._locked(name, func),
            "interval",
            seconds=interval,
            id=name,
            name=name,
            next_run_time=now,
        )

    def _locked(self, name: str, func: Callable[[], Any]) -> Callable[[], Any]:
        def run() -> Any:
            with self._running_lock:
                self._running += 1
            try:
                return func()
            except Exception:  # logged here; the scheduler keeps the job
                logger.exception("job %s failed", name)
                return None
            finally:
                with self._running_lock:
                    self._running -= 1
                    self._running_lock.notify_all()

        return run

    def _after_ingest(self, report: IngestReport) -> None:
        """New mentions: run the responder jobs now instead of at their next interval."""
        if report.stored and not self._stopping:
            for name, responder in self._responders.items():
                if not responder.after_ingest:
                    continue
                job = self.scheduler.get_job(f"job:{name}")
                if job is not None:
                    job.modify(next_run_time=datetime.now(UTC))

    def run_until(self, stop: threading.Event) -> None:
        """Run until ``stop`` is set, then let running jobs finish (their batch commits)."""
        self.scheduler.start()
        try:
            stop.wait()
        finally:
            logger.info("stopping: waiting for running jobs to finish")
            self._stopping = True
            self.scheduler.pause()  # no new runs; the running ones finish without the lock
            with self._running_lock:
                self._running_lock.wait_for(lambda: self._running == 0)
            self.scheduler.shutdown(wait=True)
