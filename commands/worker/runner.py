"""Running Procrastinate workers for ``run``, and one job by hand for ``collect``.

``serve`` runs one worker until SIGINT or SIGTERM: running jobs finish (their batch
commits) before it leaves. A worker that stops on an error (its database connection lost,
say, or a worker row pruned while this process was frozen) is started again after a pause,
as a new worker with a new id, so a machine that wakes up rejoins instead of dying.

``collect_by_hand`` is ``collect`` on PostgreSQL: it queues the collection with the
source's Procrastinate lock on a private queue and runs it in this process with a
one-job worker, so it never runs beside a worker's collection of the same source. It first
takes over the jobs of dead workers (their lock would hold it back for good) and gives up
after ``workers.lock_wait_seconds`` with one clear line.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import signal
import socket
import uuid
from typing import TYPE_CHECKING, Any

from procrastinate import exceptions
from sqlalchemy import Engine, event

from commands.worker.recovery import recover_stalled
from commands.worker.tasks import COLLECT, TaskQueue, collect_lock, describe
from config.errors import RapportError

if TYPE_CHECKING:
    from collections.abc import Mapping

    from commands.app import App
    from listener.pipeline import IngestReport
    from listener.sources.base import Source

log = logging.getLogger("rapport.worker")
RESTART_PAUSE_SECONDS = 5.0
STOP_SECONDS = 30.0
"""How long a stop request waits for Procrastinate to finish its jobs and unregister.

A worker that rejoined after an error (its row pruned while it was frozen) has been seen
to hang in Procrastinate's shutdown with no job running; a stop must still end the
process. A job cut short stays ``doing`` and is recovered by another worker (``recover``).
"""


def guard_sessions(engine: Engine, *, idle_in_transaction_seconds: int) -> None:
    """Have PostgreSQL end this process's sessions that sit idle inside a transaction.

    A frozen worker keeps its open transaction, and the rows it wrote stay locked: another
    worker inserting the same mention would wait for it for as long as it is frozen. The
    server ends such a session after the timeout, which rolls the transaction back. The
    pooled connections are dropped so every new one gets the setting.
    """
    millis = int(idle_in_transaction_seconds * 1000)

    @event.listens_for(engine, "connect")
    def _timeout(dbapi_connection: Any, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute(f"SET idle_in_transaction_session_timeout = {millis}")
        finally:
            cursor.close()
        dbapi_connection.commit()

    engine.dispose()


def worker_name() -> str:
    return f"rapport-{socket.gethostname()[:40]}-{os.getpid()}"


def _taken_over_handler(loop: asyncio.AbstractEventLoop, context: dict[str, Any]) -> None:
    """One line, not a traceback, when a woken worker reports a job that was taken over.

    Procrastinate records a job's end after the task returned, outside any code of ours; for
    a job ended by ``recover_stalled`` while this worker was frozen, the database refuses it.
    """
    exc = context.get("exception")
    if isinstance(exc, exceptions.ConnectorException) and "not in" in str(exc.__cause__):
        log.warning(
            "a job this worker ran was taken over while it was frozen or cut off; its end "
            "is not recorded (%s)",
            str(exc.__cause__).splitlines()[0],
        )
        return
    loop.default_exception_handler(context)


async def _serve_once(queue: TaskQueue, stop: asyncio.Event) -> None:
    asyncio.get_running_loop().set_exception_handler(_taken_over_handler)
    async with queue.app.open_async():
        worker = asyncio.create_task(
            queue.app.run_worker_async(name=worker_name(), install_signal_handlers=False)
        )
        stopped = asyncio.create_task(stop.wait())
        done, _ = await asyncio.wait({worker, stopped}, return_when=asyncio.FIRST_COMPLETED)
        if worker in done:
            stopped.cancel()
            worker.result()  # raises the worker's error, if any
            return
        log.info("stopping: waiting for running jobs to finish")
        worker.cancel()  # Procrastinate stops fetching and waits for the running jobs
        finished, _ = await asyncio.wait({worker}, timeout=STOP_SECONDS)
        if not finished:
            raise StopTimeout(STOP_SECONDS)
        with contextlib.suppress(asyncio.CancelledError):
            await worker


class StopTimeout(Exception):
    """The worker did not stop within ``STOP_SECONDS`` of a stop request."""


def serve(queue: TaskQueue) -> None:
    """Run a worker until SIGINT/SIGTERM, restarting it after an error."""
    for line in describe(queue):
        log.info("periodic %s", line)

    async def main() -> None:
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for signum in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(signum, _on_signal(stop, signum))
        while not stop.is_set():
            try:
                await _serve_once(queue, stop)
            except StopTimeout:
                log.warning(
                    "the worker did not stop within %.0f s; leaving its unfinished jobs to "
                    "the other workers' recovery",
                    STOP_SECONDS,
                )
                for handler in logging.getLogger().handlers:
                    handler.flush()
                os._exit(0)  # Procrastinate's shutdown is stuck: do not wait on it at exit
            except Exception as exc:  # the worker died on an error: rejoin as a new worker
                cause = str(exc.__cause__ or exc).strip().splitlines() or [type(exc).__name__]
                log.error("worker stopped on an error (%s); starting again", cause[0])
                log.debug("the worker's error", exc_info=True)
            else:
                if stop.is_set():
                    break
                log.warning("worker stopped by itself; starting again")
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), RESTART_PAUSE_SECONDS)

    asyncio.run(main())


def _on_signal(stop: asyncio.Event, signum: int) -> Any:
    def handler() -> None:
        log.info("received %s", signal.Signals(signum).name)
        stop.set()

    return handler


class LockTimeout(RapportError):
    """A worker held the source's lock for longer than ``collect`` by hand would wait."""


def collect_by_hand(
    queue: TaskQueue, source: str, *, wait_seconds: float, stalled_after: float
) -> IngestReport | Exception:
    """Run one collection of ``source`` here, under the lock the workers use."""
    return asyncio.run(_collect_by_hand(queue, source, wait_seconds, stalled_after))


async def _collect_by_hand(
    queue: TaskQueue, source: str, wait_seconds: float, stalled_after: float
) -> IngestReport | Exception:
    papp = queue.app
    private = f"rapport-by-hand-{uuid.uuid4().hex[:12]}"
    async with papp.open_async():
        await recover_stalled(papp, stalled_after=stalled_after)
        job_id = await papp.configure_task(
            COLLECT, lock=collect_lock(source), queue=private, priority=10
        ).defer_async(source=source, by_hand=True)
        worker = asyncio.create_task(
            papp.run_worker_async(
                queues=[private],
                name=f"collect-by-hand-{os.getpid()}",
                concurrency=1,
                install_signal_handlers=False,
                listen_notify=False,
                fetch_job_polling_interval=0.5,
                delete_jobs="always",
            )
        )
        loop = asyncio.get_running_loop()
        started = loop.time()
        deadline = started + wait_seconds
        warned = False
        try:
            while job_id not in queue.outcomes:
                if worker.done():
                    worker.result()
                    raise RapportError(f"{source}: the collection worker stopped early")
                if loop.time() > deadline and await papp.job_manager.cancel_job_by_id_async(
                    job_id, delete_job=True
                ):
                    raise LockTimeout(
                        f"{source} is being collected by a worker for more than "
                        f"{wait_seconds:.0f}s (workers.lock_wait_seconds); try again later"
                    )
                if not warned and loop.time() > started + 2:
                    log.info("waiting for a worker's collection of %s to finish", source)
                    warned = True
                await asyncio.sleep(0.2)
        finally:
            if job_id not in queue.outcomes:  # interrupted: never leave it queued on its lock
                await papp.job_manager.cancel_job_by_id_async(job_id, delete_job=True)
            worker.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await worker
    return queue.outcomes.pop(job_id)


def run_workers(app: App, sources: Mapping[str, Source]) -> int:
    """``run`` on PostgreSQL: one Procrastinate worker over ``sources`` and every job."""
    from commands import jobs
    from commands.worker.tasks import build_task_queue

    guard_sessions(
        app.engine,
        idle_in_transaction_seconds=app.settings.workers.idle_in_transaction_timeout_seconds,
    )
    queue = build_task_queue(app, sources=sources, jobs=jobs.scheduled_jobs(app, list(sources)))
    if app.settings.log_level != "DEBUG":  # one line per job start is ours (rapport.worker)
        logging.getLogger("procrastinate").setLevel(logging.WARNING)
    log.info("running as a Procrastinate worker; sources: %s", ", ".join(sources))
    try:
        serve(queue)
    finally:
        app.pipeline.close()
    log.info("stopped cleanly")
    return 0


def collect_on_queue(
    app: App, sources: Mapping[str, Source], report: Any, *, errors: Any
) -> tuple[int, int]:
    """``collect`` on PostgreSQL: each source once, under the workers' lock.

    ``report(ingest_report)`` prints a result and ``errors(source, error)`` an error the
    operator can act on; returns (stored, failed) like the SQLite path.
    """
    from commands.worker.tasks import build_task_queue

    queue = build_task_queue(app, sources=sources, jobs=[], periodic=False)
    options = app.settings.workers
    stored, failed = 0, 0
    for name in sources:
        outcome = collect_by_hand(
            queue,
            name,
            wait_seconds=options.lock_wait_seconds,
            stalled_after=options.stalled_after_seconds,
        )
        if isinstance(outcome, RapportError):
            errors(name, outcome)
            failed += 1
        elif isinstance(outcome, Exception):
            raise outcome
        else:
            report(outcome)
            stored += outcome.stored
    return stored, failed
