"""Engine and session setup: SQLite in WAL mode by default, PostgreSQL (psycopg 3) by URL."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from config.errors import ConfigError

log = logging.getLogger(__name__)


def new_sqlite_file(url: str) -> Path | None:
    """The file a SQLite ``url`` names if it does not exist yet (opening it would create a
    new, empty database), else None; None for PostgreSQL and in-memory databases."""
    try:
        parsed = make_url(normalize_url(url))
    except ArgumentError:
        return None
    if parsed.get_backend_name() != "sqlite":
        return None
    database = parsed.database or ""
    if not database or database == ":memory:" or database.startswith("file:"):
        return None
    path = Path(database).expanduser()
    return None if path.exists() else path.resolve()


def redact_url(url: str) -> str:
    """The URL with any password replaced by ***, for messages and pages."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return "<unparseable URL>"


def normalize_url(url: str) -> str:
    """Use psycopg 3 for plain ``postgresql://`` URLs (SQLAlchemy would pick psycopg2)."""
    if url.startswith("postgresql://"):
        return "postgresql+psycopg://" + url[len("postgresql://") :]
    return url


def make_engine(url: str, *, busy_timeout_ms: int = 10000, echo: bool = False) -> Engine:
    """Create the engine; for SQLite create the folder, turn on WAL and a busy timeout.

    WAL lets the review UI read while a collector writes; the busy timeout makes a writer
    wait for a lock instead of failing at once. ``foreign_keys`` is off by default in SQLite.
    """
    url = normalize_url(url)
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise ConfigError(f"database.url {redact_url(url)!r} is not a database URL") from exc
    kwargs: dict[str, Any] = {"echo": echo, "future": True}
    if parsed.get_backend_name() == "sqlite":
        fresh = new_sqlite_file(url)
        if fresh is not None:
            log.info("creating a new empty SQLite database at %s", fresh)
        database = parsed.database or ""
        if database and database != ":memory:" and not database.startswith("file:"):
            Path(database).expanduser().parent.mkdir(parents=True, exist_ok=True)
        kwargs["connect_args"] = {"timeout": busy_timeout_ms / 1000}
    else:
        kwargs["pool_pre_ping"] = True
    try:
        engine = create_engine(parsed, **kwargs)
    except NoSuchModuleError as exc:
        raise ConfigError(
            f"database.url {redact_url(url)!r}: driver not installed ({exc})"
        ) from exc
    except ModuleNotFoundError as exc:
        raise ConfigError(
            f"database.url {redact_url(url)!r} needs a driver that is not installed "
            f"({exc.name}); install the 'postgres' extra: pip install 'rapport[postgres]'"
        ) from exc
    if engine.dialect.name == "sqlite":
        _configure_sqlite(engine, busy_timeout_ms)
    return engine


def _configure_sqlite(engine: Engine, busy_timeout_ms: int) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        try:
            if engine.url.database not in (None, "", ":memory:"):
                cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute(f"PRAGMA busy_timeout={int(busy_timeout_ms)}")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute("PRAGMA synchronous=NORMAL")
        finally:
            cursor.close()


def make_sessionmaker(engine: Engine) -> sessionmaker[Session]:
    """Sessions that keep loaded objects usable after commit (CLI output reads them)."""
    return sessionmaker(engine, expire_on_commit=False)


@contextmanager
def transaction(factory: sessionmaker[Session]) -> Iterator[Session]:
    """One unit of work: commit on success, roll back on any error."""
    with factory() as session, session.begin():
        yield session


def check_connection(engine: Engine) -> None:
    """Fail early with a ConfigError when the database cannot be reached."""
    try:
        with engine.connect():
            pass
    except OperationalError as exc:
        raise ConfigError(
            f"cannot connect to database {engine.url.render_as_string(hide_password=True)}: "
            f"{exc.orig}"
        ) from exc
