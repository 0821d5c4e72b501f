"""Alembic, driven from code: ``run_bot.py db upgrade`` and the automatic upgrade on start.

Several processes may start together on a fresh database (a cron ``ingest`` beside ``run``
and ``serve``); the migrations must run once, by whoever comes first, while the others wait
and then find the schema current. SQLite runs DDL outside pysqlite's implicit transactions,
so the lock cannot be a transaction: it is an ``fcntl`` lock on a file beside the database.
PostgreSQL takes a transaction-level advisory lock in the migration's own transaction.
"""

from __future__ import annotations

import fcntl
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, text

from store.retry import DatabaseBusyError
from store.task_queue import ensure_task_queue_schema

MIGRATIONS = Path(__file__).with_name("migrations")
# Any constant the other users of the database will not pick: "rapport!" as 64-bit int.
_PG_LOCK_KEY = int.from_bytes(b"rapport!", "big") >> 1
LOCK_WAIT_SECONDS = 300.0


@contextmanager
def migration_lock(engine: Engine, *, wait: float = LOCK_WAIT_SECONDS) -> Iterator[None]:
    """Hold the SQLite migration lock (a no-op for other databases and in-memory SQLite).

    The lock file ``<database>.migrate-lock`` stays on disk: removing it would let a
    process that opened the old file and one that made a new one both hold "the" lock.
    The lock goes with the process, so a migration killed halfway frees it.
    """
    database = engine.url.database or ""
    if engine.dialect.name != "sqlite" or database in ("", ":memory:") or "mode=memory" in database:
        yield
        return
    path = Path(database.removeprefix("file:").split("?")[0]).expanduser()
    path = path.with_name(path.name + ".migrate-lock")
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("a") as handle:
        deadline = time.monotonic() + wait
        while True:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() > deadline:
                    raise DatabaseBusyError(
                        f"another process has been migrating {database} for over {wait:.0f} s "
                        f"(lock file {path}); nothing was changed"
                    ) from None
                time.sleep(0.1)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def alembic_config(engine: Engine) -> Config:
    """An Alembic config pointing at our migrations, without an alembic.ini on disk."""
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.set_main_option(
        "sqlalchemy.url", engine.url.render_as_string(hide_password=False).replace("%", "%%")
    )
    return cfg


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Apply migrations up to ``revision`` on ``engine``, once, whoever else is starting.

    Alembic reads the current revision after the lock is held, so a process that waited
    finds the work done and applies nothing.
    """
    cfg = alembic_config(engine)
    with migration_lock(engine), engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_LOCK_KEY})
        cfg.attributes["connection"] = connection
        command.upgrade(cfg, revision)
    ensure_task_queue_schema(engine)  # PostgreSQL workers' queue (store/task_queue.py)


def current_revision(engine: Engine) -> str | None:
    """The revision the database is at, or None for an empty database."""
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def head_revision(engine: Engine) -> str | None:
    """The newest revision this code knows."""
    return ScriptDirectory.from_config(alembic_config(engine)).get_current_head()


def ensure_current(engine: Engine) -> bool:
    """Upgrade if the database is behind; return whether anything was applied."""
    if current_revision(engine) == head_revision(engine):
        return ensure_task_queue_schema(engine)
    upgrade(engine)
    return True
