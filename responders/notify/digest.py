"""The nightly complaint digest: one readable e-mail per period, never two.

A period is the 24 hours before ``digest.time`` on a day, in ``digest.timezone`` (with the
default 18:00, the digest of 23 Nov covers 22 Nov 18:00 to 23 Nov 18:00), so consecutive
digests leave no gap. It shows the counts of mentions, complaints and sentiment against the
period before; complaints grouped by theme (responders/notify/themes.py), each with its count and
two examples; the unresolved complaints of the last ``digest.unresolved_days`` days (no approved
reply yet) with customer names and links; the regulars who were unhappy for the first time;
and the period's sentiment by hour as an HTML table chart (no images, no external URLs).

``queue_digest`` renders it (``config/templates/email/digest.*``) and queues it in the outbox
under ``digest:<day>`` once per channel, so re-running, restarting or a down SMTP server never
sends it twice. An empty period gives a short "quiet day" e-mail, or none if
``digest.skip_empty``.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import and_, case, func, select
from sqlalchemy.orm import Session, joinedload

from config.settings import Settings
from responders.notify.alerts import mention_views
from responders.notify.outbox import enqueue
from responders.notify.render import Renderer
from responders.notify.themes import cluster, ignore_words
from store.models import Draft, Identity, Mention, OutboxMessage

RESOLVED = ("approved", "sending", "sent")


def _clock(settings: Settings) -> tuple[int, int]:
    hour, minute = settings.digest.time.split(":")
    return int(hour), int(minute)


def period_bounds(day: date, *, settings: Settings) -> tuple[datetime, datetime]:
    """Start and end (aware, UTC) of the period that ends on ``day`` at digest.time."""
    tz = ZoneInfo(settings.digest.timezone)
    hour, minute = _clock(settings)
    end = datetime(day.year, day.month, day.day, hour, minute, tzinfo=tz)
    before = day - timedelta(days=1)
    start = datetime(before.year, before.month, before.day, hour, minute, tzinfo=tz)
    # In UTC, so arithmetic counts real hours (the night the clocks change has 23 or 25).
    return start.astimezone(UTC), end.astimezone(UTC)


def latest_period(now: datetime, *, settings: Settings) -> date:
    """The day of the newest period that has ended at ``now``."""
    local = now.astimezone(ZoneInfo(settings.digest.timezone))
    hour, minute = _clock(settings)
    if (local.hour, local.minute) >= (hour, minute):
        return local.date()
    return local.date() - timedelta(days=1)


def _counted() -> Any:
    """Mentions a digest counts: relevant, not spam, not our own."""
    return and_(
        Mention.is_relevant.is_(True), Mention.is_spam.is_(False), Mention.is_own.is_(False)
    )


def _sum(condition: Any) -> Any:
    return func.sum(case((condition, 1), else_=0))


def _counts(session: Session, start: datetime, end: datetime) -> dict[str, Any]:
    row = session.execute(
        select(
            func.count(Mention.id),
            _sum(Mention.is_complaint.is_(True)),
            _sum(Mention.label == "positive"),
            _sum(Mention.label == "neutral"),
            _sum(Mention.label == "negative"),
            func.avg(Mention.compound),
        ).where(Mention.created_at >= start, Mention.created_at < end, _counted())
    ).one()
    total, complaints, pos, neu, neg, mean = row
    return {
        "mentions": int(total or 0),
        "complaints": int(complaints or 0),
        "positive": int(pos or 0),
        "neutral": int(neu or 0),
        "negative": int(neg or 0),
        "mean_compound": round(float(mean), 2) if mean is not None else None,
    }


def _hourly(session: Session, start: datetime, end: datetime, tz: ZoneInfo) -> list[dict[str, Any]]:
    hours: list[dict[str, Any]] = []
    slot = start
    while slot < end:
        hours.append(
            {
                "label": slot.astimezone(tz).strftime("%H"),
                "positive": 0,
                "neutral": 0,
                "negative": 0,
                "total": 0,
            }
        )
        slot = slot + timedelta(hours=1)
    rows = session.execute(
        select(Mention.created_at, Mention.label).where(
            Mention.created_at >= start, Mention.created_at < end, _counted()
        )
    )
    for created_at, label in rows:
        index = int((created_at - start).total_seconds() // 3600)
        if 0 <= index < len(hours):
            key = label if label in ("positive", "neutral", "negative") else "neutral"
            hours[index][key] += 1
            hours[index]["total"] += 1
    peak = max((h["total"] for h in hours), default=0) or 1
    for h in hours:
        for key in ("positive", "neutral", "negative"):
            # Pixel heights for the HTML chart (at most 60) and bar widths for the text one.
            h[f"{key}_px"] = round(60 * h[key] / peak)
        h["bar"] = "#" * round(20 * h["total"] / peak) if h["total"] else ""
    return hours


def _unresolved(
    session: Session, *, end: datetime, settings: Settings
) -> tuple[list[Mention], int]:
    since = end - timedelta(days=settings.digest.unresolved_days)
    resolved = select(Draft.mention_id).where(Draft.status.in_(RESOLVED))
    base = select(Mention).where(
        Mention.is_complaint.is_(True),
        Mention.created_at >= since,
        Mention.created_at < end,
        _counted(),
        Mention.id.not_in(resolved),
    )
    total = session.scalar(select(func.count()).select_from(base.subquery())) or 0
    rows = session.scalars(
        base.order_by(Mention.compound, Mention.created_at.desc())
        .limit(settings.digest.max_listed)
        .options(joinedload(Mention.identity).joinedload(Identity.customer))
    ).unique()
    return list(rows), int(total)


def _first_time_unhappy(
    session: Session, *, start: datetime, end: datetime, settings: Settings
) -> list[dict[str, Any]]:
    unhappy = session.execute(
        select(Identity.customer_id, func.min(Mention.id))
        .join(Mention, Mention.identity_id == Identity.id)
        .where(
            Mention.label == "negative",
            Mention.created_at >= start,
            Mention.created_at < end,
            _counted(),
        )
        .group_by(Identity.customer_id)
    ).all()
    if not unhappy:
        return []
    first_negative = dict(unhappy)
    history = session.execute(
        select(
            Identity.customer_id,
            func.count(Mention.id),
            _sum(Mention.label == "negative"),
        )
        .join(Mention, Mention.identity_id == Identity.id)
        .where(
            Identity.customer_id.in_(list(first_negative)),
            Mention.created_at < start,
            _counted(),
        )
        .group_by(Identity.customer_id)
    ).all()
    regulars = [
        customer_id
        for customer_id, before, negative in history
        if before >= settings.digest.regular_min_mentions and not negative
    ]
    if not regulars:
        return []
    mentions = list(
        session.scalars(
            select(Mention)
            .where(Mention.id.in_([first_negative[c] for c in regulars]))
            .options(joinedload(Mention.identity).joinedload(Identity.customer))
            .order_by(Mention.created_at)
        ).unique()
    )
    previous = {c: n for c, n, _ in history}
    views = mention_views(session, mentions, settings=settings)
    for view, mention in zip(views, mentions, strict=True):
        customer = mention.identity.customer if mention.identity is not None else None
        view["customer_display"] = (
            customer.display_name if customer is not None else (view["author"] or "someone")
        )
        view["previous_mentions"] = previous.get(customer.id, 0) if customer else 0
    return views


def build_context(
    session: Session, day: date, *, settings: Settings, now: datetime
) -> dict[str, Any]:
    """The named variables of the digest templates (config/templates/email/README.md)."""
    tz = ZoneInfo(settings.digest.timezone)
    start, end = period_bounds(day, settings=settings)
    previous_start, _ = period_bounds(day - timedelta(days=1), settings=settings)
    counts = _counts(session, start, end)
    before = _counts(session, previous_start, start)
    delta = {
        key: (counts[key] - before[key])
        for key in ("mentions", "complaints", "positive", "neutral", "negative")
    }
    complaints = list(
        session.scalars(
            select(Mention)
            .where(
                Mention.is_complaint.is_(True),
                Mention.created_at >= start,
                Mention.created_at < end,
                _counted(),
            )
            .order_by(Mention.compound, Mention.id)
            .options(joinedload(Mention.identity).joinedload(Identity.customer))
        ).unique()
    )
    brand = settings.brand
    ignore = ignore_words(
        [brand.name, *brand.keywords, *(h for hs in brand.handles.values() for h in hs)]
    )
    found, rest = cluster(
        [m.text_normalized or m.text for m in complaints],
        max_themes=settings.digest.themes,
        ignore=ignore,
    )
    views = mention_views(session, complaints, settings=settings)
    themes = [
        {
            "name": theme.name,
            "count": theme.count,
            "examples": [views[i] for i in theme.members[:2]],
        }
        for theme in found
    ]
    unresolved, unresolved_total = _unresolved(session, end=end, settings=settings)
    unresolved_views = mention_views(session, unresolved, settings=settings)
    for view, mention in zip(unresolved_views, unresolved, strict=True):
        identity = mention.identity
        customer = identity.customer if identity is not None else None
        view["customer_display"] = (
            customer.display_name if customer is not None else (view["author"] or "someone")
        )
    regulars = _first_time_unhappy(session, start=start, end=end, settings=settings)
    base = settings.web.base_url.rstrip("/")
    return {
        "brand": brand.name,
        "day": day,
        "start": start,
        "end": end,
        "timezone": settings.digest.timezone,
        "generated_at": now.astimezone(tz),
        "empty": counts["mentions"] == 0,
        "counts": counts,
        "previous": before,
        "delta": delta,
        "themes": themes,
        "other_complaints": len(rest),
        "complaint_total": len(complaints),
        "unresolved": unresolved_views,
        "unresolved_total": unresolved_total,
        "unresolved_more": max(0, unresolved_total - len(unresolved_views)),
        "unresolved_days": settings.digest.unresolved_days,
        "regulars": regulars,
        "hours": _hourly(session, start, end, tz),
        "review_url": f"{base}/queue",
    }


@dataclass
class DigestResult:
    """What ``queue_digest`` did for a day."""

    day: date
    queued: list[str]
    already: list[str]
    skipped_empty: bool = False

    def summary(self) -> str:
        if self.skipped_empty:
            return f"digest {self.day}: nothing to report and digest.skip_empty is on: none sent"
        parts = []
        if self.queued:
            parts.append(f"queued for {', '.join(k.rsplit(':', 1)[1] for k in self.queued)}")
        if self.already:
            parts.append(
                f"already queued for {', '.join(k.rsplit(':', 1)[1] for k in self.already)}"
            )
        return f"digest {self.day}: " + ("; ".join(parts) or "no deliverable channel")


def render_digest(
    session: Session,
    day: date,
    *,
    settings: Settings,
    now: datetime,
    renderer: Renderer | None = None,
) -> tuple[dict[str, Any], dict[str, str]]:
    """Context and rendered payload (subject, text, html) of the digest for ``day``."""
    context = build_context(session, day, settings=settings, now=now)
    renderer = renderer or Renderer(
        templates_dir=settings.notify.templates_dir, timezone=settings.digest.timezone
    )
    payload = renderer.render("email", "digest", context)
    payload["to"] = list(settings.digest.recipients)
    return context, payload


def channels_for(settings: Settings, available: Collection[str]) -> list[str]:
    """The digest's channels that can deliver (e-mail needs recipients)."""
    channels = [c for c in settings.digest.channels if c in available]
    if "email" in channels and not settings.digest.recipients:
        channels.remove("email")
    return channels


def queue_digest(
    session: Session,
    day: date,
    *,
    settings: Settings,
    now: datetime,
    available: Collection[str],
    renderer: Renderer | None = None,
) -> DigestResult:
    """Queue the digest of ``day`` on each channel, once: a second call queues nothing."""
    channels = channels_for(settings, available)
    keys = {f"digest:{day.isoformat()}:{c}": c for c in channels}
    existing = set(
        session.scalars(
            select(OutboxMessage.dedupe_key).where(OutboxMessage.dedupe_key.in_(list(keys)))
        )
    )
    todo = [c for key, c in keys.items() if key not in existing]
    result = DigestResult(day=day, queued=[], already=sorted(existing))
    if not todo:
        return result
    context, payload = render_digest(session, day, settings=settings, now=now, renderer=renderer)
    if context["empty"] and settings.digest.skip_empty:
        result.skipped_empty = True
        return result
    result.queued = enqueue(
        session,
        kind="digest",
        key=f"digest:{day.isoformat()}",
        channels=todo,
        payload=payload,
        now=now,
    )
    return result


def has_history_before(session: Session, moment: datetime) -> bool:
    """Whether anything was collected before ``moment`` (a fresh install sends no catch-up)."""
    return (
        session.scalar(select(Mention.id).where(Mention.collected_at < moment).limit(1)) is not None
    )


MAX_CATCH_UP = 7


def missed_periods(session: Session, latest: date, *, limit: int = MAX_CATCH_UP) -> list[date]:
    """The periods to send at start, oldest first: each after the newest digest queued,
    up to ``latest``, at most ``limit`` (the newest ones). With no digest ever queued, only
    ``latest``: a new install does not mail a week of history at once.
    """
    newest_key = session.scalar(
        select(func.max(OutboxMessage.dedupe_key)).where(
            OutboxMessage.kind == "digest", OutboxMessage.dedupe_key.like("digest:%")
        )
    )
    try:
        last = date.fromisoformat(newest_key.split(":")[1]) if newest_key else None
    except (IndexError, ValueError):
        last = None
    if last is None or last >= latest:
        return [latest]
    count = min((latest - last).days, limit)
    return [latest - timedelta(days=n) for n in range(count - 1, -1, -1)]
