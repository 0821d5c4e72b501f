"""The overview page's numbers: mentions and sentiment per day (with the geometry of a small
server-rendered SVG chart), complaints by theme, waiting items by age, the median time from a
mention to an approved reply, and the busiest customers.

The period is the ``days`` days up to the newest stored mention (not the clock), so an import
of last month shows last month. Every query reads the period through ``created_at`` indexes;
complaint themes cluster at most ``MAX_THEME_TEXTS`` of the period's complaints.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from config.settings import Settings
from responders.notify.themes import cluster, ignore_words
from store.models import Customer, Draft, Identity, Mention, utcnow

MAX_THEME_TEXTS = 2000
AGE_BUCKETS = ((60, "under 1 h"), (240, "1–4 h"), (1440, "4–24 h"), (4320, "1–3 days"))
CHART_W, CHART_H, CHART_PAD = 720, 180, 24


@dataclass
class Day:
    day: date
    positive: int = 0
    neutral: int = 0
    negative: int = 0

    @property
    def total(self) -> int:
        return self.positive + self.neutral + self.negative


@dataclass
class Bar:
    """One stacked bar of the chart: x, width and (y, height, label) per sentiment."""

    day: Day
    x: float
    width: float
    parts: list[tuple[str, float, float]] = field(default_factory=list)


@dataclass
class Overview:
    start: date
    end: date
    days: list[Day]
    bars: list[Bar]
    peak: int
    themes: list[dict[str, Any]]
    waiting: list[tuple[str, int]]
    median_minutes: float | None
    replied: int
    busiest: list[tuple[Customer, int]]

    @property
    def total(self) -> int:
        return sum(d.total for d in self.days)


def build(
    session: Session, *, settings: Settings, days: int = 30, now: datetime | None = None
) -> Overview:
    """Everything the overview shows, for the ``days`` days up to the newest mention."""
    clock = now or utcnow()
    newest = session.scalar(select(func.max(Mention.created_at))) or clock
    end_day = newest.astimezone(UTC).date()
    start_day = end_day - timedelta(days=days - 1)
    start = datetime.combine(start_day, time(), UTC)
    end = datetime.combine(end_day + timedelta(days=1), time(), UTC)
    per_day = _per_day(session, start, end, start_day, days)
    bars, peak = chart(per_day)
    median, replied = _median_reply(session, start, end)
    return Overview(
        start=start_day,
        end=end_day,
        days=per_day,
        bars=bars,
        peak=peak,
        themes=_themes(session, start, end, settings=settings),
        waiting=_waiting(session, now=clock),
        median_minutes=median,
        replied=replied,
        busiest=_busiest(session, start, end),
    )


def _per_day(session: Session, start: datetime, end: datetime, first: date, days: int) -> list[Day]:
    by_day = {first + timedelta(days=n): Day(first + timedelta(days=n)) for n in range(days)}
    rows = session.execute(
        select(Mention.created_at, Mention.label).where(
            Mention.created_at >= start, Mention.created_at < end, Mention.is_relevant.is_(True)
        )
    )
    for created, label in rows:
        day = by_day.get(created.astimezone(UTC).date())
        if day is not None and label in ("positive", "neutral", "negative"):
            setattr(day, label, getattr(day, label) + 1)
    return list(by_day.values())


def chart(days: list[Day]) -> tuple[list[Bar], int]:
    """Stacked bars (negative at the bottom) scaled to the busiest day."""
    peak = max((d.total for d in days), default=0)
    if not days:
        return [], 0
    inner_h = CHART_H - CHART_PAD
    slot = CHART_W / len(days)
    width = max(2.0, slot * 0.72)
    bars = []
    for n, day in enumerate(days):
        bar = Bar(day, round(n * slot + (slot - width) / 2, 2), round(width, 2))
        y = float(inner_h)
        for label in ("negative", "neutral", "positive"):
            count = getattr(day, label)
            height = inner_h * count / peak if peak else 0.0
            y -= height
            if count:
                bar.parts.append((label, round(y, 2), round(height, 2)))
        bars.append(bar)
    return bars, peak


def _themes(
    session: Session, start: datetime, end: datetime, *, settings: Settings
) -> list[dict[str, Any]]:
    texts = list(
        session.scalars(
            select(Mention.text_normalized)
            .where(
                Mention.is_complaint.is_(True),
                Mention.is_relevant.is_(True),
                Mention.created_at >= start,
                Mention.created_at < end,
            )
            .order_by(Mention.created_at.desc())
            .limit(MAX_THEME_TEXTS)
        )
    )
    brand = settings.brand
    ignore = ignore_words(
        [brand.name, *brand.keywords, *(h for hs in brand.handles.values() for h in hs)]
    )
    found, rest = cluster(texts, max_themes=settings.digest.themes, ignore=ignore)
    themes = [{"name": t.name, "count": t.count, "q": t.terms[0]} for t in found]
    if rest:
        themes.append({"name": "other", "count": len(rest), "q": None})
    return themes


def _waiting(session: Session, *, now: datetime) -> list[tuple[str, int]]:
    """Drafts waiting for review, by how long the person has waited since their message."""
    rows = session.scalars(
        select(Mention.created_at)
        .join(Draft, Draft.mention_id == Mention.id)
        .where(Draft.status.in_(("pending", "snoozed")))
        .limit(100_000)
    )
    counts = dict.fromkeys([label for _, label in AGE_BUCKETS] + ["over 3 days"], 0)
    for created in rows:
        minutes = (now - created).total_seconds() / 60
        label = next((lab for limit, lab in AGE_BUCKETS if minutes < limit), "over 3 days")
        counts[label] += 1
    return list(counts.items())


def _median_reply(session: Session, start: datetime, end: datetime) -> tuple[float | None, int]:
    """Median minutes from a mention to the approval of its reply, for the period's mentions."""
    rows = session.execute(
        select(Mention.created_at, Draft.approved_at)
        .join(Draft, Draft.mention_id == Mention.id)
        .where(
            Draft.approved_at.is_not(None),
            Mention.created_at >= start,
            Mention.created_at < end,
        )
        .limit(50_000)
    ).all()
    minutes = [(approved - created).total_seconds() / 60 for created, approved in rows]
    return (statistics.median(minutes) if minutes else None), len(minutes)


def _busiest(
    session: Session, start: datetime, end: datetime, *, limit: int = 8
) -> list[tuple[Customer, int]]:
    rows = session.execute(
        select(Identity.customer_id, func.count(Mention.id).label("n"))
        .join(Mention, Mention.identity_id == Identity.id)
        .where(
            Mention.created_at >= start,
            Mention.created_at < end,
            Mention.is_own.is_(False),
            Identity.is_own.is_(False),
        )
        .group_by(Identity.customer_id)
        .order_by(func.count(Mention.id).desc(), Identity.customer_id)
        .limit(limit)
    ).all()
    customers = {
        c.id: c
        for c in session.scalars(select(Customer).where(Customer.id.in_([r[0] for r in rows])))
    }
    return [(customers[cid], int(n)) for cid, n in rows if cid in customers]


def minutes_text(value: float | None) -> str:
    if value is None:
        return "—"
    if value < 90:
        return f"{value:.0f} min"
    if value < 48 * 60:
        return f"{value / 60:.1f} h"
    return f"{value / 1440:.1f} days"
