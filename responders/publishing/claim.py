"""The claim: taking one draft into ``sending`` so that only this publisher posts it.

The claim is a conditional update (``status='approved'`` and due, and ``claimed_at`` as it was
read) that also counts the attempt; on PostgreSQL the candidate row is first locked with
``FOR UPDATE SKIP LOCKED`` so instances sharing the database never wait on each other. A draft
left in ``sending`` past the lease is taken over the same way, for reconciling.
"""

from __future__ import annotations

import os
import socket
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, or_, select, update
from sqlalchemy.orm import Session, joinedload, sessionmaker

from listener.sources.base import RawMention
from store import audit
from store.models import Draft, Mention

ACTOR = "publisher"
# How many candidates one claim tries when other publishers keep winning the race.
CLAIM_TRIES = 5


@dataclass(frozen=True)
class Claim:
    """A draft this publisher holds in ``sending``, with what it needs outside the session."""

    draft_id: int
    claimed_at: datetime
    attempts: int
    dry_run: bool
    dry_reason: str
    claimed_before: bool
    platform: str
    text: str
    mention: RawMention


def raw_mention(mention: Mention) -> RawMention:
    """Rebuild the ``RawMention`` a source's ``reply``/``find_reply`` expects from the row."""
    identity = mention.identity
    return RawMention(
        platform=mention.platform,
        external_id=mention.external_id,
        text=mention.text,
        author_id=identity.platform_user_id if identity else None,
        author_handle=identity.handle if identity else "",
        created_at=mention.created_at,
        author_name=identity.display_name if identity else None,
        url=mention.url,
        lang=mention.lang,
        thread_id=mention.thread_id,
        parent_id=mention.parent_id,
        is_repost=mention.is_repost,
        repost_of_author=mention.repost_of_author,
        kind=mention.kind,
        source=mention.source,
        community=mention.community,
        context=mention.context,
    )


def default_worker() -> str:
    """``host:pid:random``: who holds a claim, for the audit log and lease checks."""
    return f"{socket.gethostname()[:60]}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


def _due(now: datetime) -> ColumnElement[bool]:
    return or_(Draft.next_attempt_at.is_(None), Draft.next_attempt_at <= now)


def _claimed_at_is(value: datetime | None) -> ColumnElement[bool]:
    return Draft.claimed_at.is_(None) if value is None else Draft.claimed_at == value


def claim_next(
    factory: sessionmaker[Session],
    *,
    stale: bool,
    now: datetime,
    worker: str,
    lease_seconds: int,
    mode: Callable[[str], tuple[bool, str]],
) -> Claim | None:
    """Take the next draft into ``sending`` for ``worker``, or None when there is none.

    ``stale=False`` claims the best approved, due draft and counts the attempt (``mode``
    says whether its platform is in dry run, and why); ``stale=True`` takes over one left in
    ``sending`` past ``lease_seconds`` by a publisher that died, for reconciling. Losing a
    race to another publisher moves on to the next candidate, up to ``CLAIM_TRIES``.
    """
    for _ in range(CLAIM_TRIES):
        with factory() as session, session.begin():
            if stale:
                cutoff = now - timedelta(seconds=lease_seconds)
                where = [Draft.status == "sending", Draft.claimed_at <= cutoff, _due(now)]
                order = (Draft.claimed_at, Draft.id)
            else:
                where = [Draft.status == "approved", _due(now)]
                order = (Draft.priority.desc(), Draft.id)
            row = session.execute(
                select(Draft.id, Draft.claimed_at, Draft.dry_run, Mention.platform)
                .join(Mention, Draft.mention_id == Mention.id)
                .where(*where)
                .order_by(*order)
                .limit(1)
                .with_for_update(of=Draft, skip_locked=True)
            ).first()
            if row is None:
                return None
            values: dict[str, Any] = {
                "claimed_at": now,
                "claimed_by": worker,
                "updated_at": now,
            }
            dry, why = (bool(row.dry_run), "") if stale else mode(row.platform)
            if not stale:
                values.update(
                    status="sending",
                    attempts=Draft.attempts + 1,
                    dry_run=dry,
                    next_attempt_at=None,
                )
            result = session.execute(
                update(Draft)
                .where(Draft.id == row.id, *where, _claimed_at_is(row.claimed_at))
                .values(**values)
                .execution_options(synchronize_session=False)
            )
            if result.rowcount != 1:
                continue  # another publisher took it first: try the next candidate
            draft = session.get(
                Draft,
                row.id,
                options=[joinedload(Draft.mention).joinedload(Mention.identity)],
                populate_existing=True,
            )
            assert draft is not None
            if not stale:
                audit.record(
                    session,
                    actor=ACTOR,
                    action="draft.claim",
                    subject=f"draft:{draft.id}",
                    before={"status": "approved", "attempts": draft.attempts - 1},
                    after={
                        "status": "sending",
                        "attempts": draft.attempts,
                        "claimed_by": worker,
                        "dry_run": dry,
                    },
                )
            return Claim(
                draft_id=draft.id,
                claimed_at=now,
                attempts=draft.attempts,
                dry_run=dry,
                dry_reason=why,
                claimed_before=row.claimed_at is not None,
                platform=row.platform,
                text=draft.text,
                mention=raw_mention(draft.mention),
            )
    return None
