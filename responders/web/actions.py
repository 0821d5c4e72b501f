"""The review actions behind both the pages and the API, with the rules they share.

Each wraps the state machine in ``responders/queue.py`` (conditional update + audit in the
caller's transaction) and adds what only a person at a screen needs: the platform's length
limit is checked before approval, an edited or chosen alternative text is remembered for the
30-day no-repeat rule, and snooze times come as presets or as local times.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from sqlalchemy import select
from sqlalchemy.orm import Session

from config.errors import ReviewError
from config.settings import Settings
from responders import queue
from responders.drafting.textrules import length_on, max_length
from responders.web.deps import NotFound
from responders.web.views import PLATFORM_NAMES, brand_acronyms
from store.models import Draft, User, utcnow

SNOOZE_PRESETS = {
    "1h": "1 hour",
    "4h": "4 hours",
    "tomorrow": "tomorrow 9:00",
    "week": "next week",
}
MAX_SNOOZE = timedelta(days=90)


def existing(session: Session, draft_id: int) -> Draft:
    """The draft, or ``NotFound`` (a 404, not a review conflict) for an unknown id."""
    try:
        return queue.get_draft(session, draft_id)
    except ReviewError:
        raise NotFound(f"no draft with id {draft_id}") from None


def edit(session: Session, draft_id: int, text: str, *, actor: str, settings: Settings) -> Draft:
    existing(session, draft_id)
    return queue.edit(session, draft_id, actor=actor, text=text, acronyms=brand_acronyms(settings))


def approve(
    session: Session,
    draft_id: int,
    *,
    actor: str,
    settings: Settings,
    text: str | None = None,
) -> Draft:
    """Approve, with the reviewer's text if they changed it. Refuses text over the platform's
    limit. Only moves the draft to ``approved``: the publisher posts it."""
    draft = existing(session, draft_id)
    final = draft.text
    if text is not None and text.strip() != draft.text.strip():
        draft = edit(session, draft_id, text, actor=actor, settings=settings)
        final = draft.text
    platform = draft.mention.platform
    limit = max_length(platform, settings.drafting)
    length = length_on(platform, final)
    if length > limit:
        name = PLATFORM_NAMES.get(platform, platform)
        raise ReviewError(
            f"the reply is {length} characters on {name}; the limit is {limit}. Shorten it first."
        )
    draft = queue.approve(
        session, draft_id, actor=actor, undo_seconds=settings.publishing.undo_seconds
    )
    if draft.edited_by and draft.customer_id is not None:
        from responders.drafting.job import remember_sentences

        remember_sentences(
            session,
            customer_id=draft.customer_id,
            text=final,
            now=utcnow(),
            draft_id=draft.id,
            signature=settings.drafting.signature,
        )
    return draft


def reject(session: Session, draft_id: int, reason: str, *, actor: str) -> Draft:
    existing(session, draft_id)
    return queue.reject(session, draft_id, actor=actor, reason=reason)


def assign(
    session: Session,
    draft_id: int,
    assignee: str | None,
    *,
    actor: str,
    settings: Settings | None = None,
) -> Draft:
    """Assign to an enabled reviewer or admin (or nobody, with an empty name); with
    ``settings``, the assignee gets an e-mail when ``review.assignee_emails`` lists them."""
    existing(session, draft_id)
    name = (assignee or "").strip() or None
    if name is not None:
        user = session.scalar(select(User).where(User.username == name))
        if user is None or user.disabled or user.role not in ("reviewer", "admin"):
            raise ReviewError(f"{name!r} is not a reviewer who can take drafts")
    draft = queue.assign(session, draft_id, actor=actor, assignee=name)
    if settings is not None and name:
        from responders.review import notify_assignee

        notify_assignee(session, draft, actor=actor, settings=settings)
    return draft


def snooze_until(
    *,
    preset: str | None = None,
    until: str | None = None,
    tz_offset_minutes: int | None = None,
    now: datetime | None = None,
) -> datetime:
    """When a snooze ends, from a preset (``1h``, ``4h``, ``tomorrow``, ``week``) or a time.

    ``until`` is ISO 8601; without a zone it is local time at ``tz_offset_minutes`` (as
    JavaScript's ``getTimezoneOffset``: minutes *behind* UTC), else UTC. "Tomorrow" and
    "next week" mean 9:00 local time.
    """
    now = now or utcnow()
    if tz_offset_minutes is not None and not -840 <= tz_offset_minutes <= 720:
        raise ReviewError("the time zone offset must be between -840 and 720 minutes")
    local = timezone(-timedelta(minutes=tz_offset_minutes or 0))
    if preset:
        if preset == "1h":
            return now + timedelta(hours=1)
        if preset == "4h":
            return now + timedelta(hours=4)
        if preset in ("tomorrow", "week"):
            days = 1 if preset == "tomorrow" else 7
            day = (now.astimezone(local) + timedelta(days=days)).date()
            return datetime(day.year, day.month, day.day, 9, 0, tzinfo=local).astimezone(UTC)
        raise ReviewError(f"unknown snooze preset {preset!r}; use {', '.join(SNOOZE_PRESETS)}")
    if not until:
        raise ReviewError("choose when the draft should come back")
    try:
        when = datetime.fromisoformat(until.strip().replace("Z", "+00:00"))
    except ValueError as exc:
        raise ReviewError(f"{until!r} is not a date and time") from exc
    if when.tzinfo is None:
        when = when.replace(tzinfo=local)
    try:
        when = when.astimezone(UTC)
    except OverflowError as exc:  # year 9999 in a zone behind UTC, or year 1 ahead of it
        raise ReviewError(f"{until!r} is out of range") from exc
    if when <= now:
        raise ReviewError("a snooze must end in the future")
    if when - now > MAX_SNOOZE:
        raise ReviewError("a snooze can last at most 90 days")
    return when


def snooze(session: Session, draft_id: int, until: datetime, *, actor: str) -> Draft:
    existing(session, draft_id)
    return queue.snooze(session, draft_id, actor=actor, until=until)
