"""One fetch of a multi-listing HTTP source: budget, per-listing failures, and the batch.

Shared by the Bluesky, Mastodon, Hacker News and RSS sources so they fail the same way as the
X source: a failing listing stops only itself; if nothing of the cycle succeeded the first
failure is raised (a ``ConfigError`` before any ``UpstreamError``, so a wrong password is not
retried as if it were an outage), otherwise the batch carries a problem line and the listing
is read again next cycle. A spent request budget stops the cycle with a problem line that
says when it resumes; it is not a failure (nothing is wrong, we chose to wait).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime

from config.errors import ConfigError, RapportError, UpstreamError
from listener.sources.base import Batch, RawMention
from listener.sources.limits import HourBudget


class BudgetSpent(UpstreamError):
    """Our own ``requests_per_hour`` is used up; ``retry_after`` is the rest of the hour."""


@dataclass
class Cycle:
    """The state of one ``fetch``: what was read, what failed, and the cursor to store."""

    source: str
    cursor: dict[str, str]
    budget: HourBudget
    mentions: dict[str, RawMention] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)
    failures: list[RapportError] = field(default_factory=list)
    succeeded: int = 0
    more: bool = False
    stopped: bool = False

    def take(self, now: datetime) -> None:
        """Count one request, or raise ``BudgetSpent`` when none may be made."""
        why = self.budget.spent(now)
        if why:
            raise BudgetSpent(why, retry_after=self.budget.seconds_left(now))
        self.budget.take(now)

    def add(self, mentions: Iterable[RawMention]) -> None:
        for mention in mentions:
            self.mentions.setdefault(mention.external_id, mention)

    def fail(self, label: str, exc: RapportError) -> None:
        """Record a listing's failure; a spent budget stops the rest of the cycle instead."""
        if isinstance(exc, BudgetSpent):
            if not self.stopped:
                self.problems.append(str(exc))
            self.stopped = True
            return
        self.failures.append(exc)
        self.problems.append(f"{label}: {exc}; read again next cycle")

    def batch(self) -> Batch:
        """The batch, or the failure when nothing of the cycle succeeded."""
        if self.failures and not self.succeeded:
            error = _first(self.failures)
            # The requests were made all the same: the pipeline stores ``exc.cursor`` with the
            # failure, so the hour's budget counts them (positions are never part of it).
            error.cursor = self.budget.keys()  # type: ignore[attr-defined]
            raise error
        return Batch(
            source=self.source,
            mentions=tuple(self.mentions.values()),
            cursor={**self.cursor, **self.budget.keys()},
            problems=tuple(self.problems),
            more=self.more and not self.stopped,
        )


def _first(failures: list[RapportError]) -> RapportError:
    config = [f for f in failures if isinstance(f, ConfigError)]
    if config:
        return config[0]
    if len(failures) == 1:
        return failures[0]
    waits = [f.retry_after for f in failures if getattr(f, "retry_after", None)]
    return UpstreamError(
        "; ".join(str(f) for f in failures), retry_after=max(waits) if waits else None
    )
