"""When waiting alert items go out: grouped per rule, held by cooldowns and quiet hours.

Ten negative mentions in a minute are one alert listing them. An item waits while its rule
is in cooldown or its subject (a customer, a source) was alerted by the same rule recently,
and during quiet hours unless its rule is exempt; what quiet hours held goes out as one
morning roll-up.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from config.settings import ALERT_RULES, Settings
from store.models import Alert, AlertItem


@dataclass(frozen=True)
class QuietHours:
    """A daily span of local time, possibly across midnight (22:00-07:00)."""

    start: time
    end: time
    tz: ZoneInfo

    @classmethod
    def parse(cls, spec: str, timezone: str) -> QuietHours | None:
        if not spec.strip():
            return None
        start, _, end = spec.partition("-")
        h1, m1 = (int(x) for x in start.strip().split(":"))
        h2, m2 = (int(x) for x in end.strip().split(":"))
        return cls(time(h1, m1), time(h2, m2), ZoneInfo(timezone))

    def contains(self, moment: datetime) -> bool:
        local = moment.astimezone(self.tz).time().replace(tzinfo=None)
        if self.start < self.end:
            return self.start <= local < self.end
        return local >= self.start or local < self.end

    def __str__(self) -> str:
        return f"{self.start:%H:%M}-{self.end:%H:%M}"


def _last_alert_by_rule(session: Session) -> dict[str, datetime]:
    rows = session.execute(select(Alert.rule, func.max(Alert.created_at)).group_by(Alert.rule))
    return {rule: when for rule, when in rows}


def _last_alert_by_subject(
    session: Session, keys: Collection[tuple[str, str]]
) -> dict[tuple[str, str], datetime]:
    subjects = {subject for _, subject in keys}
    if not subjects:
        return {}
    found: dict[tuple[str, str], datetime] = {}
    for chunk in _chunks(sorted(subjects), 500):
        rows = session.execute(
            select(AlertItem.rule, AlertItem.subject, func.max(Alert.created_at))
            .join(Alert, Alert.id == AlertItem.alert_id)
            .where(AlertItem.subject.in_(chunk), Alert.rule != "rollup")
            .group_by(AlertItem.rule, AlertItem.subject)
        )
        for rule, subject, when in rows:
            found[(rule, subject)] = when
    return found


def _chunks(values: Sequence[str], size: int) -> list[Sequence[str]]:
    return [values[i : i + size] for i in range(0, len(values), size)]


def group_pending(
    session: Session, *, settings: Settings, now: datetime
) -> tuple[list[tuple[str, list[AlertItem]]], int]:
    """Decide which waiting items go out now, as (rule, items) groups; and how many wait."""
    a = settings.alerts
    pending = list(
        session.scalars(
            select(AlertItem).where(AlertItem.alert_id.is_(None)).order_by(AlertItem.id)
        )
    )
    if not pending:
        return [], 0
    quiet = QuietHours.parse(a.quiet_hours, a.timezone)
    quiet_now = quiet is not None and quiet.contains(now)
    groups: list[tuple[str, list[AlertItem]]] = []
    rest = pending
    if quiet is not None and not quiet_now:
        # Everything quiet hours held back goes out together, whatever the cooldowns.
        held = [
            i
            for i in pending
            if i.rule not in a.quiet_hours_except and quiet.contains(i.created_at)
        ]
        if held:
            groups.append(("rollup", held))
            rest = [i for i in pending if i not in held]
    by_rule_last = _last_alert_by_rule(session)
    by_subject_last = _last_alert_by_subject(session, {(i.rule, i.subject) for i in rest})
    subject_gap = timedelta(minutes=a.subject_cooldown_minutes)
    for rule in ALERT_RULES:
        items = [i for i in rest if i.rule == rule]
        if not items or (quiet_now and rule not in a.quiet_hours_except):
            continue
        cooldown = timedelta(seconds=a.cooldown(rule))
        last = by_rule_last.get(rule)
        if cooldown and last is not None and now - last < cooldown:
            continue
        if cooldown:
            items = [
                i
                for i in items
                if (when := by_subject_last.get((rule, i.subject))) is None
                or now - when >= subject_gap
            ]
        if items:
            groups.append((rule, items))
    going = sum(len(items) for _, items in groups)
    return groups, len(pending) - going


def pending_counts(session: Session) -> Mapping[str, int]:
    """Items waiting per rule (for ``outbox list`` and the logs)."""
    rows = session.execute(
        select(AlertItem.rule, func.count())
        .where(AlertItem.alert_id.is_(None))
        .group_by(AlertItem.rule)
    )
    return {rule: n for rule, n in rows}
