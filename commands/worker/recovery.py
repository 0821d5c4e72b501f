"""Taking over the jobs of dead or frozen workers, and keeping the job table small.

Every worker sends a heartbeat (``workers.heartbeat_seconds``). A worker that has not sent
one for ``workers.stalled_after_seconds`` is dead (SIGKILL, a crashed machine) or frozen
(SIGSTOP, a stopped VM, a partition); its jobs stay ``doing`` and, through their Procrastinate
``lock``, block the next run of the same source or job. ``recover_stalled`` runs as a
periodic task on whichever worker is alive: each stalled job is ended as ``failed`` and a
fresh copy (same task, arguments, lock and queueing lock) is queued, which another worker
picks up within a poll. A fresh copy rather than Procrastinate's ``retry_job`` on the same
id: when the frozen worker wakes up and reports its old job finished, that report hits an
ended job and is refused, instead of marking the copy's run as done while it still runs.
If a job with the same queueing lock is already waiting, it covers the stalled one.

A collection by hand (``collect`` on PostgreSQL) runs on a private queue that only its own
process serves. If that process dies, its job is ended, never copied (nobody would run the
copy, and its lock would hold the source back); ``drop_orphans`` deletes such a job left
waiting by a process that died before starting it.

What the stale worker may still write to our tables is fenced separately: cursors and
budgets by the source version (listener/cursor_guard.py), drafts by the publisher's claim.
"""

from __future__ import annotations

import logging

from procrastinate import App, exceptions, jobs

log = logging.getLogger(__name__)


async def recover_stalled(papp: App, *, stalled_after: float) -> list[int]:
    """Re-queue the jobs of workers silent for ``stalled_after`` seconds; return new ids."""
    manager = papp.job_manager
    requeued: list[int] = []
    for job in await manager.get_stalled_jobs(seconds_since_heartbeat=stalled_after):
        try:
            await manager.finish_job(job, status=jobs.Status.FAILED, delete_job=False)
        except exceptions.ConnectorException:
            continue  # its worker finished it, or another recovery took it, meanwhile
        if job.task_kwargs.get("by_hand"):
            log.warning("collection by hand %s ended: its process is gone", job.call_string)
            continue
        fresh = job.evolve(id=None, status=None, attempts=0, worker_id=None, scheduled_at=None)
        try:
            copy = await manager.defer_job_async(fresh)
        except exceptions.AlreadyEnqueued:
            log.warning(
                "job %s of a stalled worker ended; a queued job for %s covers it",
                job.call_string,
                job.queueing_lock,
            )
            continue
        assert copy.id is not None
        requeued.append(copy.id)
        log.warning(
            "job %s of a stalled worker (no heartbeat for %ss) taken over as job %s",
            job.call_string,
            stalled_after,
            copy.id,
        )
    return requeued


async def remove_old_jobs(papp: App, *, max_hours: int) -> None:
    """Delete finished jobs older than ``max_hours`` (failed ones too): a log, not a store."""
    await papp.job_manager.delete_old_jobs(
        nb_hours=max_hours, include_failed=True, include_cancelled=True, include_aborted=True
    )


_ORPHANS = """
DELETE FROM procrastinate_jobs AS job
 WHERE job.status = 'todo' AND job.queue_name LIKE 'rapport-by-hand-%%'
   AND EXISTS (SELECT 1 FROM procrastinate_events AS event
                WHERE event.job_id = job.id AND event.type = 'deferred'
                  AND event.at < NOW() - make_interval(secs => %(age)s))
RETURNING job.id
"""


async def drop_orphans(papp: App, *, older_than: float) -> list[int]:
    """Delete collections by hand still waiting ``older_than`` seconds after they were
    queued: ``collect`` cancels its own job when it stops waiting, so its process died."""
    rows = await papp.connector.execute_query_all_async(query=_ORPHANS, age=older_than)
    ids = [row["id"] for row in rows]
    if ids:
        log.warning("dropped %d collection(s) by hand whose process is gone", len(ids))
    return ids
