"""Several instances on PostgreSQL: ``run`` as a Procrastinate worker (docs/scaling.md).

``tasks`` builds the Procrastinate app whose tasks wrap the same job functions APScheduler
runs on SQLite; ``recovery`` takes over the jobs of dead or frozen workers; ``runner`` runs a
worker for ``run`` and one locked collection for ``collect`` by hand; ``cron`` turns our
intervals into periodic tasks' cron lines. SQLite keeps the single-instance APScheduler
path (commands/scheduler.py); ``uses_task_queue`` tells which one a database gets.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from config.errors import ConfigError

if TYPE_CHECKING:
    from sqlalchemy import Engine


def uses_task_queue(engine: Engine) -> bool:
    """PostgreSQL runs on Procrastinate workers; SQLite on the one-process scheduler.

    Raises ``ConfigError`` on PostgreSQL without Procrastinate (the ``postgres`` extra).
    """
    if engine.dialect.name != "postgresql":
        return False
    from store.task_queue import task_queue_available

    if not task_queue_available():
        raise ConfigError(
            "several instances on PostgreSQL run as Procrastinate workers; install the "
            "'postgres' extra: pip install 'rapport[postgres]'"
        )
    return True
