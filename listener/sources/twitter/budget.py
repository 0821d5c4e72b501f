"""The request budget: requests per 15-minute window and per calendar month, in the cursor.

X bills and limits by requests; the counters travel in the source's cursor
(``budget:15m`` = ``"<window-start-epoch>:<count>"``, ``budget:month`` =
``"YYYY-MM:<count>"``), so they survive restarts and are stored with the mentions they paid for.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime

WINDOW_SECONDS = 15 * 60


def _month_of(now: datetime) -> str:
    return now.astimezone(UTC).strftime("%Y-%m")


def _next_month(now: datetime) -> datetime:
    now = now.astimezone(UTC)
    year, month = (now.year + 1, 1) if now.month == 12 else (now.year, now.month + 1)
    return datetime(year, month, 1, tzinfo=UTC)


def _split(value: str | None) -> tuple[str, int]:
    head, _, count = (value or "").rpartition(":")
    try:
        return head, max(int(count), 0)
    except ValueError:
        return "", 0


def _requests(count: int) -> str:
    return f"{count} request" if count == 1 else f"{count} requests"


def _at(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")


@dataclass
class RequestBudget:
    """Requests made in the current 15-minute window and calendar month, kept in the cursor."""

    per_window: int
    per_month: int
    window_start: int = 0
    window_used: int = 0
    month: str = ""
    month_used: int = 0

    @classmethod
    def load(
        cls, cursor: Mapping[str, str], *, per_window: int, per_month: int, now: datetime
    ) -> RequestBudget:
        """The counters stored in ``cursor``; a past window or month starts again at zero."""
        start, window_used = _split(cursor.get("budget:15m"))
        month, month_used = _split(cursor.get("budget:month"))
        budget = cls(per_window, per_month)
        budget.roll(now)
        if start == str(budget.window_start):
            budget.window_used = window_used
        if month == budget.month:
            budget.month_used = month_used
        return budget

    def roll(self, now: datetime) -> None:
        start = int(now.timestamp()) // WINDOW_SECONDS * WINDOW_SECONDS
        if start != self.window_start:
            self.window_start, self.window_used = start, 0
        if _month_of(now) != self.month:
            self.month, self.month_used = _month_of(now), 0

    def spent(self, now: datetime) -> str | None:
        """Why no request may be made now, or ``None`` when one may."""
        self.roll(now)
        if self.month_used >= self.per_month:
            return (
                f"request budget for this month spent ({_requests(self.per_month)}); "
                f"resumes at {_at(_next_month(now))}"
            )
        if self.window_used >= self.per_window:
            resume = datetime.fromtimestamp(self.window_start + WINDOW_SECONDS, UTC)
            return (
                f"request budget for this 15-minute window spent ({_requests(self.per_window)}); "
                f"resumes at {_at(resume)}"
            )
        return None

    def take(self, now: datetime) -> None:
        self.roll(now)
        self.window_used += 1
        self.month_used += 1

    def left(self, now: datetime) -> tuple[int, int]:
        self.roll(now)
        return (
            max(self.per_window - self.window_used, 0),
            max(self.per_month - self.month_used, 0),
        )

    def keys(self) -> dict[str, str]:
        return {
            "budget:15m": f"{self.window_start}:{self.window_used}",
            "budget:month": f"{self.month}:{self.month_used}",
        }
