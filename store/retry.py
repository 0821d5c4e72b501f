"""Several writers on one database: run a unit of work again when the lock was not free.

SQLite has one writer at a time. The busy timeout (``database.busy_timeout_ms``) makes a
writer wait for the lock; but a wait can still run out (another process held the lock
longer), and SQLite refuses at once, whatever the timeout, when a transaction that began
reading wants to write after another connection wrote. Both are "database is locked", and
the cure for both is the same: roll back and run the whole transaction again, from its
first read. PostgreSQL's equivalents are a serialization failure and a deadlock.

``run_in_transaction`` does that for a function of a session; when every attempt fails it
raises ``DatabaseBusyError``: one clear line for the CLI (exit code 1) and, since each
attempt was rolled back, nothing half-written.
"""

from __future__ import annotations

import logging
import random
import time
from collections.abc import Callable
from typing import TypeVar

from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from config.errors import RapportError

T = TypeVar("T")
log = logging.getLogger(__name__)

ATTEMPTS = 5
_SQLITE_BUSY = ("database is locked", "database table is locked", "database is busy")
# PostgreSQL: serialization_failure, deadlock_detected, lock_not_available.
_PG_RETRY = ("40001", "40P01", "55P03")


class DatabaseBusyError(RapportError):
    """Another writer held the database for longer than every wait and retry allowed."""


def is_lock_error(exc: BaseException) -> bool:
    """Whether ``exc`` says the lock was not free (try again), not that the work is wrong."""
    if isinstance(exc, OperationalError) and any(
        text in str(exc.orig).lower() for text in _SQLITE_BUSY
    ):
        return True
    if isinstance(exc, DBAPIError):
        return getattr(exc.orig, "sqlstate", None) in _PG_RETRY
    return False


def busy_message(what: str, attempts: int) -> str:
    """The one line an operator sees when the waits ran out."""
    return (
        f"{what}: the database stayed locked by another process through {attempts} waits; "
        "nothing of this step was written. Try again when the other command has finished "
        "(or raise database.busy_timeout_ms)."
    )


def run_in_transaction(
    factory: sessionmaker[Session],
    work: Callable[[Session], T],
    *,
    what: str = "database write",
    attempts: int = ATTEMPTS,
    races: bool = True,
    sleep: Callable[[float], None] = time.sleep,
) -> T:
    """``work(session)`` in one transaction, run again from the start if the lock was busy.

    ``races`` also retries a unique-constraint violation: a read-then-insert (a new
    author, a source's first cursor) that another writer did first between our read and
    our write; the next attempt reads the row and updates it instead. A violation that
    persists through every attempt is raised as it is (a bug, not a race).

    ``work`` must be safe to run twice: everything it wrote in a failed attempt was rolled
    back, but changes to objects outside the session (counters, caches) were not. The pause
    between attempts grows and is jittered so two retrying writers do not collide again.
    """
    for attempt in range(1, attempts + 1):
        try:
            with factory() as session, session.begin():
                return work(session)
        except DBAPIError as exc:
            race = races and isinstance(exc, IntegrityError)
            if not (race or is_lock_error(exc)):
                raise
            if attempt == attempts:
                if race:
                    raise
                raise DatabaseBusyError(busy_message(what, attempts)) from exc
            pause = min(2.0, 0.05 * 2**attempt) * (0.5 + random.random())
            log.info("%s: database busy (attempt %d of %d); retrying", what, attempt, attempts)
            sleep(pause)
    raise AssertionError("unreachable")  # pragma: no cover
