"""Request budgets and rate-limit headers shared by the HTTP sources (Bluesky, Mastodon, HN, RSS).

Every platform says how much is left in its own headers: Bluesky's ``RateLimit-Remaining`` /
``RateLimit-Reset`` (epoch seconds), Mastodon's ``X-RateLimit-Remaining`` / ``X-RateLimit-Reset``
(an ISO time), and ``Retry-After`` (seconds or an HTTP date) on a 429 or 503 anywhere. A source
feeds each answer's headers to ``RateWatch.observe``; before a request ``RateWatch.wait`` says
whether the window is spent, so the source raises ``UpstreamError(retry_after=…)`` instead of
asking (the scheduler's back-off then waits, never a sleep inside a job).

``HourBudget`` is our own cap (``requests_per_hour``), kept in the cursor so it holds across
restarts: ``budget:hour = "<hour-start-epoch>:<count>"``.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

HOUR = 3600
BUDGET_KEY = "budget:hour"


def _number(value: object) -> float | None:
    if value is None or isinstance(value, bool):
        return None
    try:
        number = float(str(value).strip())
    except ValueError:
        return None
    return number if math.isfinite(number) else None


def _when(value: str) -> datetime | None:
    """An ISO-8601 time or an HTTP date as aware UTC, or None."""
    text = value.strip()
    try:
        parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        try:
            parsed = parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError):
            return None
    return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed.astimezone(UTC)


def _lower(headers: Mapping[str, str]) -> dict[str, str]:
    return {str(k).lower(): str(v) for k, v in headers.items()}


def seconds_until_reset(headers: Mapping[str, str], now: datetime) -> float | None:
    """Seconds to wait according to the answer's headers, or None when they say nothing usable.

    ``Retry-After`` wins (seconds or an HTTP date); then a reset time: epoch seconds (Bluesky,
    Reddit-style small numbers are taken as seconds from now) or an ISO time (Mastodon). A reset
    time is measured against the answer's ``Date`` when there is one, so a skewed local clock
    does not stretch or cut the wait.
    """
    h = _lower(headers)
    retry = h.get("retry-after")
    if retry is not None:
        seconds = _number(retry)
        if seconds is None:
            moment = _when(retry)
            seconds = (moment - now).total_seconds() if moment else None
        if seconds is not None:
            return max(seconds, 0.0)
    reset = h.get("ratelimit-reset") or h.get("x-ratelimit-reset") or h.get("x-rate-limit-reset")
    if reset is None:
        return None
    server_now = _when(h["date"]) if h.get("date") else None
    base = server_now or now
    number = _number(reset)
    if number is not None:
        if number < 10**9:  # a count of seconds, not an epoch
            return max(number, 0.0)
        return max(number - base.timestamp(), 0.0)
    moment = _when(reset)
    return max((moment - base).total_seconds(), 0.0) if moment else None


@dataclass
class RateWatch:
    """What the platform last said about its rate-limit window."""

    remaining: float | None = None
    reset_at: datetime | None = None

    def observe(self, headers: Mapping[str, str], now: datetime) -> None:
        h = _lower(headers)
        remaining = _number(h.get("ratelimit-remaining") or h.get("x-ratelimit-remaining") or None)
        if remaining is None:
            return
        wait = seconds_until_reset({k: v for k, v in h.items() if k != "retry-after"}, now)
        self.remaining = remaining
        self.reset_at = (
            datetime.fromtimestamp(now.timestamp() + wait, UTC) if wait is not None else None
        )

    def wait(self, now: datetime) -> float | None:
        """Seconds until the window resets when it is spent, else None (asking is fine)."""
        if self.remaining is None or self.remaining >= 1 or self.reset_at is None:
            return None
        seconds = (self.reset_at - now).total_seconds()
        return seconds if seconds > 0 else None


@dataclass
class HourBudget:
    """Requests made in the current clock hour (UTC) against ``per_hour``."""

    per_hour: int
    hour_start: int = 0
    used: int = 0

    @classmethod
    def load(cls, cursor: Mapping[str, str], *, per_hour: int, now: datetime) -> HourBudget:
        """The count stored in ``cursor``; a past hour (or garbage) starts again at zero."""
        budget = cls(per_hour)
        budget.roll(now)
        start, _, count = (cursor.get(BUDGET_KEY) or "").partition(":")
        if start == str(budget.hour_start) and count.isdigit():
            budget.used = int(count)
        return budget

    def roll(self, now: datetime) -> None:
        start = int(now.timestamp()) // HOUR * HOUR
        if start != self.hour_start:
            self.hour_start, self.used = start, 0

    def spent(self, now: datetime) -> str | None:
        """Why no request may be made now, or None."""
        self.roll(now)
        if self.used < self.per_hour:
            return None
        resume = datetime.fromtimestamp(self.hour_start + HOUR, UTC)
        return (
            f"request budget for this hour spent ({self.per_hour} requests); "
            f"resumes at {resume:%Y-%m-%d %H:%M} UTC"
        )

    def seconds_left(self, now: datetime) -> float:
        return max(self.hour_start + HOUR - now.timestamp(), 1.0)

    def take(self, now: datetime) -> None:
        self.roll(now)
        self.used += 1

    def keys(self) -> dict[str, str]:
        return {BUDGET_KEY: f"{self.hour_start}:{self.used}"}
