"""Fencing a source's cursor and budget writes with a version read at the start of a fetch.

Several workers may take turns on one source (docs/scaling.md). A worker frozen mid-fetch (a
stopped VM, a partition) has its job taken over by another; when it wakes up it still holds
the cursor it read before. Every write that moves a source forward — the cursor with the
last stored mentions, a budget kept in the cursor, a failure and its back-off — therefore
goes through ``claim_version``: a conditional ``UPDATE source_states SET version = version
+ 1 WHERE source = :s AND version = :read``. If another worker wrote in between, nothing
matches, ``StaleCursorError`` rolls the caller's transaction back, and the stale worker's
view of the source is dropped (its mentions, if any were written in earlier chunks, are
already deduplicated by the unique (platform, external_id)).
"""

from __future__ import annotations

import logging
from typing import Final

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from config.errors import RapportError
from store import bulk
from store.models import SourceState

log = logging.getLogger(__name__)


class _Unchecked:
    """Type of ``UNCHECKED``: the caller did not read a version (a direct ``ingest``)."""

    def __repr__(self) -> str:
        return "UNCHECKED"


# A single-writer call (a benchmark, a test feeding batches by hand) skips the fence.
UNCHECKED: Final = _Unchecked()
Version = int | None | _Unchecked


class StaleCursorError(RapportError):
    """Another worker wrote this source's state after we read it; our write is refused."""

    def __init__(self, source: str, read: int | None) -> None:
        super().__init__(
            f"source {source}: cursor changed since this worker read it (version "
            f"{'none' if read is None else read}); another worker collected meanwhile, so "
            "this write is dropped"
        )
        self.source = source
        self.read = read


def read_version(session: Session, source: str) -> int | None:
    """The version of ``source``'s state, or None before its first write."""
    return session.scalar(select(SourceState.version).where(SourceState.source == source))


def claim_version(session: Session, source: str, read: Version) -> None:
    """Bump ``source``'s version if it is still ``read``; else raise ``StaleCursorError``.

    Runs inside the caller's transaction, before its cursor or state writes, so a refusal
    rolls all of them back. On PostgreSQL a concurrent writer's uncommitted bump makes this
    UPDATE wait for it and then see the new version (READ COMMITTED re-checks the row).
    """
    if isinstance(read, _Unchecked):
        return
    if read is None:
        row = {"source": source, "version": 1, "consecutive_failures": 0, "last_stored": 0}
        inserted = bulk.insert_ignore(session, SourceState.__table__, [row], conflict=["source"])
        if inserted != 1:
            raise StaleCursorError(source, read)
        return
    result = session.execute(
        update(SourceState)
        .where(SourceState.source == source, SourceState.version == read)
        .values(version=read + 1)
        .execution_options(synchronize_session=False)
    )
    if result.rowcount != 1:
        raise StaleCursorError(source, read)
