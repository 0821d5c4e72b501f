"""A customer's history: what they posted and what we replied, in time order.

The web UI's customer panel reads it. A mention belongs to the customer through its author's
identity (merges move identities, so a merged profile's history comes along); a reply is a
draft the publisher marked ``sent``, dated by ``sent_at``. Replies recorded in ``dry_run``
are included with ``dry_run=True`` (nothing reached the platform) unless left out.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from store.models import Draft, Identity, Mention


@dataclass(frozen=True)
class HistoryItem:
    """One entry: ``kind`` is "mention" (they wrote) or "reply" (we wrote)."""

    kind: str
    at: datetime
    platform: str
    text: str
    mention_id: int
    draft_id: int | None = None
    external_id: str | None = None
    url: str | None = None
    handle: str | None = None
    dry_run: bool = False


def customer_history(
    session: Session, customer_id: int, *, limit: int = 200, include_dry_run: bool = True
) -> list[HistoryItem]:
    """The newest ``limit`` (default 200) mentions and sent replies, oldest first.

    A reply comes right after the mention it answers when both carry the same time.
    """
    mentions = session.execute(
        select(Mention, Identity.handle)
        .join(Identity, Mention.identity_id == Identity.id)
        .where(Identity.customer_id == customer_id)
        .order_by(Mention.created_at.desc(), Mention.id.desc())
        .limit(limit)
    ).all()
    reply_stmt = (
        select(Draft, Mention.platform)
        .join(Mention, Draft.mention_id == Mention.id)
        .join(Identity, Mention.identity_id == Identity.id)
        .where(Identity.customer_id == customer_id, Draft.status == "sent")
        .order_by(Draft.sent_at.desc(), Draft.id.desc())
        .limit(limit)
    )
    if not include_dry_run:
        reply_stmt = reply_stmt.where(Draft.dry_run.is_(False))
    replies = session.execute(reply_stmt).all()
    items = [
        HistoryItem(
            kind="mention",
            at=mention.created_at,
            platform=mention.platform,
            text=mention.text,
            mention_id=mention.id,
            external_id=mention.external_id,
            url=mention.url,
            handle=handle,
        )
        for mention, handle in mentions
    ]
    items.extend(
        HistoryItem(
            kind="reply",
            at=draft.sent_at or draft.updated_at,
            platform=platform,
            text=draft.text,
            mention_id=draft.mention_id,
            draft_id=draft.id,
            external_id=draft.posted_external_id,
            dry_run=draft.dry_run,
        )
        for draft, platform in replies
    )
    items.sort(key=lambda item: (item.at, item.kind != "mention", item.mention_id))
    return items[-limit:]
