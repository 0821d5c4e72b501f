"""A stale worker cannot write a cursor, a budget or a back-off; the back-off is shared.

Two collectors on one database stand for two workers: one reads the source's state, the
other collects and writes, then the first tries to write what it fetched from the old view.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import func, select

from commands.scheduler import SourceRunner
from commands.worker.cron import interval_cron
from config.errors import UpstreamError
from listener.cursor_guard import StaleCursorError, read_version
from listener.pipeline import Pipeline, collect, mark_failure, read_cursor
from listener.sources.base import Batch, RawMention
from store.models import Mention, SourceState

T0 = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)


def _mention(n: int) -> RawMention:
    return RawMention(
        platform="twitter",
        external_id=str(n),
        text=f"@bramblecounter the coffee order {n} was cold",
        author_id=str(n % 3),
        author_handle=f"person{n % 3}",
        created_at=T0,
    )


class PagedSource:
    """Returns mentions after the cursor's ``n``; ``during_fetch`` runs inside ``fetch``."""

    name = "replay"

    def __init__(self, *, errors: list[Exception] | None = None) -> None:
        self.during_fetch: Any = None
        self.calls = 0
        self.errors = list(errors or [])

    def fetch(self, cursor: Mapping[str, str]) -> Batch:
        self.calls += 1
        if self.during_fetch is not None:
            hook, self.during_fetch = self.during_fetch, None
            hook()
        if self.errors:
            raise self.errors.pop(0)
        start = int(cursor.get("n", "0"))
        mentions = tuple(_mention(n) for n in range(start + 1, start + 4))
        return Batch(source=self.name, mentions=mentions, cursor={"n": str(start + 3)})

    def reply(self, mention: RawMention, text: str) -> str:
        raise NotImplementedError

    def describe(self) -> Mapping[str, str]:
        return {"name": self.name}


def _count(factory: Any) -> int:
    with factory() as session:
        return session.scalar(select(func.count(Mention.id))) or 0


def test_a_cursor_write_from_a_stale_read_is_refused_and_nothing_is_stored_twice(
    factory: Any, settings: Any, caplog: pytest.LogCaptureFixture
) -> None:
    pipeline = Pipeline(factory, settings)
    collect(PagedSource(), pipeline)  # n = 3, version 1
    stale, fresh = PagedSource(), PagedSource()
    # While the stale worker is "frozen" inside its fetch, the other collects twice.
    stale.during_fetch = lambda: (collect(fresh, pipeline), collect(fresh, pipeline))
    report = collect(stale, pipeline)
    assert report.stale and report.stored == 0 and report.duplicates == 3
    with factory() as session:
        assert read_cursor(session, "replay") == {"n": "9"}  # not moved back to 6
        assert read_version(session, "replay") == 3
    assert _count(factory) == 9
    assert "cursor changed since this worker read it" in caplog.text


def test_a_stale_workers_failure_writes_no_budget_and_no_backoff(
    factory: Any, settings: Any
) -> None:
    pipeline = Pipeline(factory, settings)
    collect(PagedSource(), pipeline)
    with factory() as session:
        read = read_version(session, "replay")
    collect(PagedSource(), pipeline)  # another worker moved on: version read + 1
    mark_failure(
        factory,
        "replay",
        "UpstreamError: 429",
        now=T0,
        cursor={"budget:15min": "0"},
        version=read,
        backoff=lambda failures: 3600,
    )
    with factory() as session:
        state = session.get(SourceState, "replay")
        assert state.consecutive_failures == 0 and state.next_attempt_at is None
        assert "budget:15min" not in read_cursor(session, "replay")


def test_the_first_write_of_a_new_source_is_fenced_too(factory: Any) -> None:
    from listener.cursor_guard import claim_version

    with factory() as session, session.begin():
        claim_version(session, "replay", None)
    with pytest.raises(StaleCursorError), factory() as session, session.begin():
        claim_version(session, "replay", None)


class Clock:
    def __init__(self) -> None:
        self.now = T0

    def __call__(self) -> datetime:
        return self.now


def test_a_429_seen_by_one_instance_holds_back_every_instance(factory: Any, settings: Any) -> None:
    clock = Clock()
    failing = PagedSource(errors=[UpstreamError("429 from X", retry_after=600)])
    healthy = PagedSource()
    one, two = (
        SourceRunner(
            source,
            Pipeline(factory, settings),
            interval_seconds=60,
            max_backoff_seconds=3600,
            clock=clock,
        )
        for source in (failing, healthy)
    )
    assert one() is None
    assert one.not_before == T0 + timedelta(seconds=601)
    clock.now = T0 + timedelta(seconds=300)
    assert two() is None and healthy.calls == 0  # the other instance holds back too
    assert two.not_before == T0 + timedelta(seconds=601) and two.failures == 1
    clock.now = T0 + timedelta(seconds=601)
    report = two()
    assert report is not None and report.stored == 3 and healthy.calls == 1
    with factory() as session:
        state = session.get(SourceState, "replay")
        assert state.next_attempt_at is None and state.consecutive_failures == 0


@pytest.mark.parametrize(
    ("seconds", "cron"),
    [
        (1, "* * * * * */1"),
        (5, "* * * * * */5"),
        (7, "* * * * * */10"),
        (45, "* * * * *"),
        (60, "*/1 * * * *"),
        (120, "*/2 * * * *"),
        (3600, "0 */1 * * *"),
        (5400, "0 */2 * * *"),
        (86400, "0 0 * * *"),
    ],
)
def test_intervals_become_cron_steps_never_more_often_than_configured(
    seconds: int, cron: str
) -> None:
    assert interval_cron(seconds) == cron
