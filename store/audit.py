"""The audit log: every state change by a person is an ``AuditEvent`` in the same transaction."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from store.models import AuditEvent, utcnow


def record(
    session: Session,
    *,
    actor: str,
    action: str,
    subject: str,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
) -> AuditEvent:
    """Add an audit event to ``session``; it commits or rolls back with the change itself."""
    event = AuditEvent(
        actor=actor, action=action, subject=subject, before=before, after=after, at=utcnow()
    )
    session.add(event)
    return event
