"""The request budget and the dollar budget, both kept in the source's cursor.

X limits requests; the counters travel in the source's cursor (``budget:15m`` =
``"<window-start-epoch>:<count>"``, ``budget:month`` = ``"YYYY-MM:<count>"``), so they survive
restarts and are stored with the mentions they paid for.

X's pay-per-use plan bills each post a read returns and each post created. ``Spend`` keeps
what a calendar month (UTC) cost in micro-dollars, one cursor key per operation:
``spend:YYYY-MM:search`` and ``spend:YYYY-MM:mentions`` are written by the collector with the
mentions they paid for; ``spend:YYYY-MM:replies`` only ever grows by ``add_to_cursor`` when the
publisher records a posted reply. Separate keys mean the two writers never overwrite each
other's figures, and old months stay as a small history.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
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


MICRO = 1_000_000  # spend is counted in micro-dollars: exact sums, no float drift
READS = ("search", "mentions")  # written by the collector
REPLIES = "replies"  # written by the publisher

# A link X would turn into a t.co URL: a scheme, www., or a bare domain followed by a path or
# with a common top-level domain. Erring towards "has a link" keeps the estimate on the safe side.
_LINK = re.compile(
    r"https?://\S|\bwww\.\w|(?<![@\w.])[a-z0-9-]+(?:\.[a-z0-9-]+)*\."
    r"(?:com|net|org|io|co|uk|app|dev|shop|store|info|biz|me|ly|gl)\b(?:/|(?!\.\w))",
    re.IGNORECASE,
)


def micro(usd: float) -> int:
    """US dollars as whole micro-dollars."""
    return round(usd * MICRO)


def usd(amount: int) -> str:
    """Micro-dollars as ``$1.23``, or ``$0.465`` when tenths of a cent count (post prices)."""
    return f"${amount / MICRO:,.2f}" if amount % 10_000 == 0 else f"${amount / MICRO:,.3f}"


def spend_key(month: str, kind: str) -> str:
    return f"spend:{month}:{kind}"


def has_link(text: str) -> bool:
    """True when X would probably count a link in ``text`` (and bill the link price)."""
    return bool(_LINK.search(text))


def _amount(value: str | None) -> int:
    try:
        return max(int(value or 0), 0)
    except ValueError:
        return 0


@dataclass
class Spend:
    """What this calendar month (UTC) cost, per operation, against ``monthly_budget_usd``."""

    budget: int  # micro-dollars
    month: str = ""
    spent: dict[str, int] = field(default_factory=dict)

    @classmethod
    def load(cls, cursor: Mapping[str, str], *, budget_usd: float, now: datetime) -> Spend:
        """This month's figures from ``cursor``; a new month starts at zero."""
        month = _month_of(now)
        spent = {k: _amount(cursor.get(spend_key(month, k))) for k in (*READS, REPLIES)}
        return cls(micro(budget_usd), month, spent)

    def roll(self, now: datetime) -> None:
        if _month_of(now) != self.month:
            self.month, self.spent = _month_of(now), {}

    def total(self, now: datetime) -> int:
        self.roll(now)
        return sum(self.spent.values())

    def blocked(self, estimate: int, now: datetime) -> str | None:
        """Why a read that may cost ``estimate`` must not be made now, or ``None``."""
        total = self.total(now)
        if total + estimate <= self.budget:
            return None
        return (
            f"X spend budget for {self.month} reached: {usd(total)} of {usd(self.budget)} "
            f"spent and the next read may cost up to {usd(estimate)} "
            f"(sources.twitter.monthly_budget_usd); reading resumes at {_at(_next_month(now))}"
        )

    def charge(self, kind: str, amount: int, now: datetime) -> None:
        self.roll(now)
        self.spent[kind] = self.spent.get(kind, 0) + amount

    def keys(self) -> dict[str, str]:
        """The collector's keys (never the publisher's ``replies``)."""
        return {spend_key(self.month, k): str(self.spent.get(k, 0)) for k in READS}

    def summary(self, now: datetime) -> str:
        total = self.total(now)
        parts = ", ".join(f"{k} {usd(self.spent.get(k, 0))}" for k in (*READS, REPLIES))
        return f"{usd(total)} of {usd(self.budget)} this month ({parts})"
