"""Where each listing stands: the cursor keys and the pagination run that moves them.

Cursor keys (all strings, stored with the mentions they cover):

``<listing>:since_id``
    The newest post id of the last *complete* pagination run. It only moves when a run
    reached its last page, so a run cut short (``max_pages``, request budget, rate limit,
    error) never skips the posts it did not reach.
``<listing>:next_token`` and ``<listing>:newest_id``
    Where an unfinished run resumes, and the newest id that run has seen; both are ``""``
    when no run is pending. The mentions fetched so far are stored together with them, and
    anything read twice is dropped as a duplicate on store.
``me:user_id`` / ``me:username``
    Our account, looked up once with ``get_me`` when ``sources.twitter.user_id`` is empty.
``budget:15m`` = ``"<window-start-epoch>:<count>"``, ``budget:month`` = ``"YYYY-MM:<count>"``
    Requests made in the current 15-minute window and calendar month (UTC). They are also
    attached to a failed fetch's exception (``exc.cursor``), so failures are counted too.
``spend:YYYY-MM:search``, ``spend:YYYY-MM:mentions`` (and the publisher's ``…:replies``)
    Micro-dollars spent that month on each operation (see ``budget.Spend``).

A search split into several queries reads them as listings ``search``, ``search.2``, …, each
with its own keys; a post two of them return is kept once per cycle and stored once.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from config.errors import RapportError
from listener.sources import payloads
from listener.sources.base import RawMention
from listener.sources.twitter.budget import RequestBudget, Spend
from listener.sources.twitter.client import BadRequest, page_of

SEARCH, MENTIONS = "search", "mentions"


class BudgetSpent(Exception):
    """No request may be made now; the budget's problem line is already in the cycle."""


@dataclass
class Cycle:
    """The state of one ``fetch``."""

    cursor: dict[str, str]
    budget: RequestBudget
    spend: Spend
    mentions: dict[str, RawMention] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)
    failures: list[RapportError] = field(default_factory=list)
    succeeded: int = 0
    more: bool = False
    stopped: bool = False

    def failure_cursor(self) -> dict[str, str]:
        """Keys that survive a failed fetch: the budgets and our account, never positions."""
        kept = {k: v for k, v in self.cursor.items() if k.startswith("me:")}
        return {**kept, **self.budget.keys(), **self.spend.keys()}

    def fail(self, name: str, exc: RapportError) -> None:
        """``name`` stops here this cycle; it is read again from its cursor next cycle."""
        self.failures.append(exc)
        self.problems.append(f"{name}: {exc}; the rest is read next cycle")


def newest_id(ids: Iterable[Any]) -> str | None:
    """The largest post id among ``ids`` (snowflakes grow with time), or None."""
    best: int | None = None
    for value in ids:
        if isinstance(value, int | str) and str(value).isdigit():
            best = max(best or 0, int(value))
    return None if best is None else str(best)


def read_pages(
    name: str,
    cycle: Cycle,
    request: Callable[[str | None, str | None], Any],
    *,
    max_pages: int,
    clock: Callable[[], datetime],
    source: str,
) -> None:
    """Read listing ``name`` page by page from its cursor, moving the cursor as described above.

    ``request(since_id, next_token)`` makes one budgeted API call; it raises ``BudgetSpent``
    or a ``RapportError``, which stop the run (a 400 from a stored position drops that
    position once and reads again).
    """
    since = cycle.cursor.get(f"{name}:since_id") or None
    token = cycle.cursor.get(f"{name}:next_token") or None
    newest = cycle.cursor.get(f"{name}:newest_id") or None
    pages = 0
    while True:
        if pages >= max_pages:
            cycle.more = True
            break
        try:
            response = request(since, token)
        except BudgetSpent:
            break
        except BadRequest as exc:
            if pages == 0 and (since or token):
                # A page token gone stale, or a since_id older than the 7 days recent
                # search covers: drop the token first, then the since_id, and read again.
                dropped = ("next_token", "newest_id") if token else ("since_id",)
                cycle.problems.append(
                    f"{name}: X refused the stored {dropped[0]} ({exc.detail}); reading again "
                    + ("from the last complete position" if token else "from the newest posts")
                )
                for key in dropped:
                    cycle.cursor[f"{name}:{key}"] = ""
                if token:
                    token = newest = None
                else:
                    since = None
                continue
            cycle.fail(name, exc)
            break
        except RapportError as exc:
            cycle.fail(name, exc)
            break
        pages += 1
        page = page_of(response)
        now = clock()
        for item in payloads.x_page_mentions(page, source=source, fallback_time=now):
            if isinstance(item, payloads.PayloadError):
                cycle.problems.append(f"{name}: {item}; skipped")
            else:
                cycle.mentions.setdefault(item.external_id, item)
        newest = newest_id(
            [
                newest,
                page["meta"].get("newest_id"),
                *(t.get("id") for t in page["data"] if isinstance(t, Mapping)),
            ]
        )
        next_token = page["meta"].get("next_token")
        token = next_token if isinstance(next_token, str) and next_token else None
        if token is None:
            if newest:
                cycle.cursor[f"{name}:since_id"] = newest
            cycle.cursor[f"{name}:next_token"] = ""
            cycle.cursor[f"{name}:newest_id"] = ""
            return
    if pages:
        # Stopped before the last page: keep since_id, remember where to go on.
        cycle.cursor[f"{name}:next_token"] = token or ""
        cycle.cursor[f"{name}:newest_id"] = newest or ""
