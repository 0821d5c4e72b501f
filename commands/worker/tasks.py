"""The Procrastinate app of a PostgreSQL deployment: its tasks are thin wrappers of our jobs.

Each task calls THE SAME function the single-instance APScheduler path calls: a source's
``SourceRunner`` cycle (shared back-off in the database, fenced cursor writes) and the
responder ``Job`` functions of ``commands.jobs`` (drafting, publishing, alerts, outbox,
digest). Procrastinate adds what several machines need:

* periodic tasks, deferred once per tick across all workers (its periodic-defers table);
* a ``queueing_lock`` per source or job, so at most one run of each is waiting;
* a ``lock`` per source or job, so one runs at a time (drafting and the alert pass share
  one, as they share a thread lock on one instance);
* retry strategies for the responder jobs (a database blip, a platform's 503);
* worker heartbeats, and ``rapport.recover`` every few seconds taking over the jobs of a
  worker that stopped beating (commands/worker/recovery.py).
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from procrastinate import App as TaskApp
from procrastinate import JobContext, PsycopgConnector, RetryStrategy, exceptions
from sqlalchemy.engine import make_url
from sqlalchemy.exc import InterfaceError, OperationalError

from commands.worker.cron import interval_cron
from commands.worker.recovery import drop_orphans, recover_stalled, remove_old_jobs
from config.errors import UpstreamError

if TYPE_CHECKING:
    from commands.app import App
    from commands.scheduler import Job, SourceRunner
    from listener.pipeline import IngestReport
    from listener.sources.base import Source

log = logging.getLogger(__name__)

COLLECT = "rapport.collect"
JOB = "rapport.job"
RECOVER = "rapport.recover"
CLEANUP = "rapport.cleanup"
# Jobs that take turns (one lock): the alert pass drafts first, so an alert can link to the
# draft of the mention it is about (commands/jobs.py).
SHARED_LOCKS = {"draft": "respond", "alerts": "respond"}
# Jobs with a calendar trigger (the digest) are idempotent per period: workers check them
# every few minutes instead of keeping a time zone-aware cron.
TRIGGER_CHECK_SECONDS = 300
# Transient failures worth a retry of a responder job; anything else fails the run (logged)
# and the next periodic run starts afresh.
RETRY = RetryStrategy(
    max_attempts=3,
    exponential_wait=2,
    retry_exceptions=[OperationalError, InterfaceError, UpstreamError, OSError],
)
KEEP_JOBS_HOURS = 72


def collect_lock(source: str) -> str:
    """The Procrastinate lock of ``source``'s collection (taken by ``collect`` by hand too)."""
    return f"rapport:collect:{source}"


def job_lock(name: str) -> str:
    return f"rapport:{SHARED_LOCKS.get(name, name)}"


def conninfo(database_url: str) -> str:
    """The libpq URI of a SQLAlchemy URL (``postgresql+psycopg://`` → ``postgresql://``),
    query options such as ``options=-csearch_path=...`` included."""
    return make_url(database_url).set(drivername="postgresql").render_as_string(hide_password=False)


def make_connector(database_url: str, *, max_size: int) -> PsycopgConnector:
    """A psycopg 3 pool for Procrastinate on the same database (and search path) as ours."""
    return PsycopgConnector(conninfo=conninfo(database_url), min_size=1, max_size=max_size)


@dataclass
class TaskQueue:
    """The Procrastinate app and what its tasks run in this process."""

    app: TaskApp
    runners: Mapping[str, SourceRunner]
    jobs: Mapping[str, Job]
    # Outcomes of collections by hand run in this process, by job id: the report, or the
    # error the CLI prints (``collect`` on PostgreSQL, commands/worker/runner.py).
    outcomes: dict[int, IngestReport | Exception] = field(default_factory=dict)

    def defer_after_ingest(self) -> None:
        """New mentions stored: queue the after-ingest jobs now (at most one waiting each)."""
        for name, job in self.jobs.items():
            if not job.after_ingest:
                continue
            try:
                self.app.configure_task(
                    JOB, lock=job_lock(name), queueing_lock=f"rapport:queue:job:{name}"
                ).defer(name=name)
            except exceptions.AlreadyEnqueued:
                continue


def build_task_queue(
    app: App,
    *,
    sources: Mapping[str, Source],
    jobs: Sequence[Job],
    periodic: bool = True,
) -> TaskQueue:
    """The Procrastinate app over ``sources`` and ``jobs``; ``periodic`` registers the
    schedule (a worker), off for ``collect`` by hand, which runs one job and leaves."""
    from commands.scheduler import SourceRunner

    settings = app.settings
    options = settings.workers
    papp = TaskApp(
        connector=make_connector(settings.database.url, max_size=options.concurrency + 4),
        worker_defaults={
            "concurrency": options.concurrency,
            "fetch_job_polling_interval": options.poll_seconds,
            "abort_job_polling_interval": options.poll_seconds,
            "update_heartbeat_interval": options.heartbeat_seconds,
            "stalled_worker_timeout": options.stalled_after_seconds,
            "delete_jobs": "successful",
        },
    )
    queue = TaskQueue(app=papp, runners={}, jobs={job.name: job for job in jobs})
    runners: dict[str, SourceRunner] = {}
    for name, source in sources.items():
        runners[name] = SourceRunner(
            source,
            app.pipeline,
            interval_seconds=getattr(settings.sources, name).interval_seconds,
            max_backoff_seconds=settings.schedule.max_backoff_seconds,
            after=lambda report: queue.defer_after_ingest() if report.stored else None,
        )
    queue.runners = runners

    @papp.task(name=COLLECT, pass_context=True)
    def collect(
        context: JobContext, source: str, timestamp: int | None = None, by_hand: bool = False
    ) -> str:
        """One collection cycle of ``source`` (skipped while the shared back-off holds).

        ``by_hand``: ``collect`` typed by an operator, run by its own process under the same
        lock; like on SQLite it ignores the back-off and reports its error to the CLI.
        """
        runner = runners.get(source)
        if runner is None:
            log.warning("source %s is not enabled and configured on this worker", source)
            return "source not enabled here"
        log.info("job %s: collecting %s%s", context.job.id, source, " by hand" if by_hand else "")
        if by_hand:
            from listener.pipeline import collect as collect_once

            try:
                outcome: IngestReport | Exception = collect_once(runner.source, app.pipeline)
            except Exception as exc:  # handed to the CLI, which prints it
                outcome = exc
            queue.outcomes[context.job.id or 0] = outcome
            return type(outcome).__name__
        report = runner()
        if report is None:
            return "not collected (backing off, or failed: see its last error)"
        return (
            f"{report.received} received, {report.stored} stored, "
            f"{report.duplicates} duplicates{', stale: cursor not stored' if report.stale else ''}"
        )

    @papp.task(name=JOB, retry=RETRY, pass_context=True)
    def run_job(context: JobContext, name: str, timestamp: int | None = None) -> str:
        """One run of the responder job ``name`` (``commands.jobs``)."""
        job = queue.jobs.get(name)
        if job is None:
            log.warning("job %s is not enabled on this worker", name)
            return "not enabled here"
        log.info("job %s: %s", context.job.id, name)
        result = job.func()
        return type(result).__name__ if result is not None else "done"

    @papp.task(name=RECOVER, pass_context=True)
    async def recover(context: JobContext, timestamp: int | None = None) -> str:
        """Take over the jobs of workers that stopped sending heartbeats."""
        ids = await recover_stalled(context.app, stalled_after=options.stalled_after_seconds)
        await drop_orphans(context.app, older_than=options.lock_wait_seconds + 60)
        return f"{len(ids)} job(s) taken over"

    @papp.task(name=CLEANUP, pass_context=True)
    async def cleanup(context: JobContext, timestamp: int | None = None) -> None:
        """Forget finished jobs after a few days."""
        await remove_old_jobs(context.app, max_hours=KEEP_JOBS_HOURS)

    if periodic:
        register = papp.periodic_registry.register_task
        for name in runners:
            register(
                task=collect,
                cron=interval_cron(getattr(settings.sources, name).interval_seconds),
                periodic_id=f"collect:{name}",
                configure_kwargs={
                    "task_kwargs": {"source": name},
                    "lock": collect_lock(name),
                    "queueing_lock": f"rapport:queue:collect:{name}",
                },
            )
        for job in jobs:
            every = TRIGGER_CHECK_SECONDS if job.trigger is not None else job.interval_seconds
            register(
                task=run_job,
                cron=interval_cron(every),
                periodic_id=f"job:{job.name}",
                configure_kwargs={
                    "task_kwargs": {"name": job.name},
                    "lock": job_lock(job.name),
                    "queueing_lock": f"rapport:queue:job:{job.name}",
                },
            )
        register(
            task=recover,
            cron=interval_cron(options.recover_every_seconds),
            periodic_id="recover",
            configure_kwargs={"queueing_lock": "rapport:queue:recover", "priority": 100},
        )
        register(
            task=cleanup,
            cron="23 4 * * *",
            periodic_id="cleanup",
            configure_kwargs={"queueing_lock": "rapport:queue:cleanup"},
        )
    return queue


def describe(queue: TaskQueue) -> list[str]:
    """One line per periodic task, for the log at start."""
    lines = []
    for periodic in queue.app.periodic_registry.periodic_tasks.values():
        lines.append(f"{periodic.periodic_id}: cron {periodic.cron!r}")
    return lines
