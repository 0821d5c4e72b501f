"""Export stored mentions with author, customer and scores, as JSONL or CSV.

Streams in id order with a keyset cursor, so exporting a million rows needs no more memory
than one page. Text is written as stored (never interpreted); CSV cells that a spreadsheet
would run as a formula (starting with = + - @) are prefixed with a quote.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from datetime import datetime
from typing import Any, TextIO

from sqlalchemy import select
from sqlalchemy.orm import Session

from store.models import Identity, Mention

FIELDS = (
    "id",
    "platform",
    "external_id",
    "url",
    "created_at",
    "collected_at",
    "author_handle",
    "author_id",
    "customer_id",
    "text",
    "lang",
    "lang_supported",
    "label",
    "compound",
    "intent",
    "is_complaint",
    "urgency",
    "urgency_reasons",
    "mood",
    "is_spam",
    "is_relevant",
    "is_own",
    "is_repost",
    "status",
    "model_version",
)
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def iter_mentions(
    session: Session, *, since: datetime | None = None, page: int = 1000
) -> Iterator[dict[str, Any]]:
    """Stored mentions (optionally created at or after ``since``) as flat records."""
    last = 0
    while True:
        stmt = (
            select(Mention, Identity)
            .outerjoin(Identity, Mention.identity_id == Identity.id)
            .where(Mention.id > last)
            .order_by(Mention.id)
            .limit(page)
        )
        if since is not None:
            stmt = stmt.where(Mention.created_at >= since)
        rows = session.execute(stmt).all()
        if not rows:
            return
        for mention, identity in rows:
            yield _record(mention, identity)
        last = rows[-1][0].id


def _record(mention: Mention, identity: Identity | None) -> dict[str, Any]:
    return {
        "id": mention.id,
        "platform": mention.platform,
        "external_id": mention.external_id,
        "url": mention.url,
        "created_at": mention.created_at.isoformat(),
        "collected_at": mention.collected_at.isoformat(),
        "author_handle": identity.handle if identity else None,
        "author_id": identity.platform_user_id if identity else None,
        "customer_id": identity.customer_id if identity else None,
        "text": mention.text,
        "lang": mention.lang,
        "lang_supported": mention.lang_supported,
        "label": mention.label,
        "compound": mention.compound,
        "intent": mention.intent,
        "is_complaint": mention.is_complaint,
        "urgency": mention.urgency,
        "urgency_reasons": list(mention.urgency_reasons or []),
        "mood": mention.mood,
        "is_spam": mention.is_spam,
        "is_relevant": mention.is_relevant,
        "is_own": mention.is_own,
        "is_repost": mention.is_repost,
        "status": mention.status,
        "model_version": mention.model_version,
    }


def write_jsonl(records: Iterator[dict[str, Any]], out: TextIO) -> int:
    count = 0
    for record in records:
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        count += 1
    return count


def write_csv(records: Iterator[dict[str, Any]], out: TextIO) -> int:
    writer = csv.DictWriter(out, fieldnames=FIELDS)
    writer.writeheader()
    count = 0
    for record in records:
        writer.writerow({key: _cell(value) for key, value in record.items()})
        count += 1
    return count


def _cell(value: Any) -> Any:
    if isinstance(value, list):
        value = ";".join(map(str, value))
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value
