"""Procrastinate's tables on PostgreSQL, applied by our migration step, idempotently.

Workers on PostgreSQL share a Procrastinate task queue (commands/worker/, docs/scaling.md);
its tables, types and functions (all named ``procrastinate_*``) live in the same schema as
ours: the first one on the connection's ``search_path``, like every table Alembic creates.
``store.migrate`` calls ``ensure_task_queue_schema`` after our own migrations, so ``db
upgrade`` and the automatic upgrade at start both install it once; concurrent starters
serialise on a transaction-level advisory lock and the second one finds it there.

Procrastinate ships its schema as one SQL file per release and SQL migrations between
releases; the version pinned in pyproject.toml (``>=3.5,<4``) is the one installed here.
Moving to a release that changes the schema means applying its files from
``procrastinate/sql/migrations`` (docs/scaling.md).
"""

from __future__ import annotations

import logging
import zlib

from sqlalchemy import Engine, text

log = logging.getLogger(__name__)

_LOCK_KEY = zlib.crc32(b"rapport:procrastinate-schema")


def task_queue_available() -> bool:
    """Whether the ``postgres`` extra's Procrastinate is installed."""
    try:
        import procrastinate  # noqa: F401
    except ImportError:
        return False
    return True


def has_task_queue_schema(engine: Engine) -> bool:
    """Whether Procrastinate's job table exists on the search path (PostgreSQL only)."""
    if engine.dialect.name != "postgresql":
        return False
    with engine.connect() as connection:
        return (
            connection.execute(text("SELECT to_regclass('procrastinate_jobs')")).scalar()
            is not None
        )


def ensure_task_queue_schema(engine: Engine) -> bool:
    """Install Procrastinate's schema if it is missing; return whether it was installed.

    A no-op on SQLite (single instance, APScheduler) and when Procrastinate is not
    installed (``run`` then says which extra to install).
    """
    if engine.dialect.name != "postgresql" or not task_queue_available():
        return False
    from procrastinate.schema import SchemaManager

    with engine.begin() as connection:
        connection.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _LOCK_KEY})
        exists = connection.execute(text("SELECT to_regclass('procrastinate_jobs')")).scalar()
        if exists is not None:
            return False
        # The driver parses %-placeholders when given parameters; escape as Procrastinate's
        # own SchemaManager.apply_schema does.
        connection.exec_driver_sql(SchemaManager.get_schema().replace("%", "%%"))
    log.info("installed the Procrastinate task queue schema")
    return True


def include_name(name: str | None, type_: str, _parent_names: object) -> bool:
    """Alembic's ``include_name`` hook: Procrastinate's objects are not our models', so
    autogenerate and schema comparisons leave them alone."""
    return not (
        type_ in ("table", "index")
        and (name or "").startswith(("procrastinate_", "idx_procrastinate_"))
    )
