"""Reddit's rate limit as it reports it: requests left and seconds until the window resets.

Every answer carries ``x-ratelimit-remaining`` and ``x-ratelimit-reset``. When the limit is
used up the next call is not made: prawcore would sleep until the reset (up to ten minutes)
inside a scheduler job; an ``UpstreamError`` with ``retry_after`` lets the scheduler back off.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta

from config.errors import UpstreamError
from listener.sources.reddit.client import number


@dataclass
class RateLimit:
    """What Reddit last said about our rate limit; nothing known until the first answer."""

    remaining: float | None = None
    reset_at: datetime | None = None

    def observe(self, headers: Mapping[str, str], now: datetime) -> None:
        """Remember an answer's rate-limit headers (both, or none of them)."""
        remaining = number(headers.get("x-ratelimit-remaining"))
        reset = number(headers.get("x-ratelimit-reset"))
        if remaining is not None and reset is not None:
            self.remaining = remaining
            self.reset_at = now + timedelta(seconds=reset)

    def check(self, what: str, now: datetime) -> None:
        """Raise ``UpstreamError`` (with ``retry_after``) while the limit is used up."""
        if self.remaining is not None and self.remaining < 1 and self.reset_at:
            wait = (self.reset_at - now).total_seconds()
            if wait > 0:
                raise UpstreamError(
                    f"Reddit's rate limit is used up until it resets in {wait:.0f} s "
                    f"(postponed: {what})",
                    retry_after=wait,
                )
