"""Reddit back-fill: a listing's first read pages back through older items within
``backfill_items`` and ``backfill_hours``, then reads incrementally; a crash mid-way resumes.

Same harness as ``test_source_reddit.py``: Reddit-shaped fixtures (``tests/fixtures/reddit``,
built from praw's recorded things by ``build.py``) replayed with ``responses``, each request
matched on its exact query, and a clock at 2026-11-23 12:00 UTC (24 hours back is 21 hours
before the fixtures' T0 of 09:00).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import responses

from listener.pipeline import Pipeline, collect
from listener.sources.reddit import RedditSource
from tests.test_source_reddit import (
    APP,
    WATCH,
    Clock,
    add,
    cursor_of,
    gets,
    make,
    slept,  # noqa: F401  (autouse: prawcore's sleeps recorded, never slept)
    stored,
    token,
)
from tests.test_source_reddit import fullname as _fullname

NEWEST_RELEVANT = ["c1", "c3", "c5"]  # c2 (traffic) and c4 (bramble jam) are not about us


@pytest.fixture
def api() -> Iterator[responses.RequestsMock]:
    with responses.RequestsMock(assert_all_requests_are_fired=False) as mock:
        yield mock


def fullname(key: str) -> str:
    """``t1_o1h0004`` for the older comments ``h1``…``h6``, else as the Reddit tests name."""
    return f"t1_o1h000{key[1:]}" if key.startswith("h") else _fullname(key)


def source_for(**reddit: Any) -> tuple[RedditSource, Any]:
    settings = make(
        search=False,
        watch_subreddits=["leeds", "BrambleCoffee"],
        mentions=False,
        **{"backfill_items": 500, "backfill_hours": 24, **reddit},
    )
    return RedditSource.from_settings(settings, environ=APP, clock=Clock()), settings


def ids(*keys: str) -> list[str]:
    return sorted(fullname(k) for k in keys)


def comments(api: responses.RequestsMock, body: str, **query: Any) -> None:
    add(api, f"r/{WATCH}/comments/", body, **query)


def submissions(api: responses.RequestsMock, body: str, **query: Any) -> None:
    add(api, f"r/{WATCH}/new", body, **query)


def test_the_first_read_goes_back_until_an_item_is_older_than_backfill_hours_then_reads_forward(
    api: responses.RequestsMock, factory: Any
) -> None:
    source, settings = source_for()
    token(api)
    comments(api, "comments_newest.json", limit=100)
    comments(api, "comments_after_c1.json", limit=95, after=fullname("c1"))
    comments(api, "comments_after_h3.json", limit=92, after=fullname("h3"))
    submissions(api, "submissions_newest.json", limit=100)
    submissions(api, "empty.json", limit=98, after=fullname("p1"))
    pipeline = Pipeline(factory, settings, clock=Clock())
    report = collect(source, pipeline)
    # h5 (22 hours before T0, 25 hours before the clock) ends it: h5 and h6 are not stored.
    assert stored(factory) == ids(*NEWEST_RELEVANT, "h1", "h2", "h3", "h4", "p2")
    assert report.problems == []
    cursor = cursor_of(factory)
    key = f"comments:{WATCH}"
    assert cursor[key] == fullname("c5")  # the anchor: the newest item of the first page
    assert cursor[f"{key}:backfill"] == "" and cursor[f"submissions:{WATCH}:backfill"] == ""
    assert [q.get("after") for path, q in gets(api) if path.endswith("/comments/")] == [
        None,
        fullname("c1"),
        fullname("h3"),
    ]

    # Later reads are incremental: forward from the anchor with before=.
    api.calls.reset()
    comments(api, "comments_before_c5.json", limit=100, before=fullname("c5"))
    submissions(api, "empty.json", limit=100, before=fullname("p2"))
    again = collect(source, pipeline)
    assert [query.get("before") for _, query in gets(api)] == [fullname("c5"), fullname("p2")]
    assert again.stored == 1 and fullname("c7") in stored(factory)
    pipeline.close()


def test_the_first_read_stops_at_backfill_items_before_the_hours_bound(
    api: responses.RequestsMock, factory: Any
) -> None:
    source, settings = source_for(backfill_items=8)
    token(api)
    comments(api, "comments_newest.json", limit=8)
    comments(api, "comments_after_c1.json", limit=3, after=fullname("c1"))
    submissions(api, "submissions_newest.json", limit=8)
    submissions(api, "empty.json", limit=6, after=fullname("p1"))
    pipeline = Pipeline(factory, settings, clock=Clock())
    collect(source, pipeline)
    assert stored(factory) == ids(*NEWEST_RELEVANT, "h1", "h2", "h3", "p2")
    assert [q.get("after") for path, q in gets(api) if path.endswith("/comments/")] == [
        None,
        fullname("c1"),
    ]
    assert cursor_of(factory)[f"comments:{WATCH}:backfill"] == ""
    pipeline.close()


def test_backfill_off_reads_the_newest_page_only() -> None:
    source, _ = source_for(backfill_items=0)
    assert source.describe()["back-fill"].startswith("off")
    assert source_for()[0].describe()["back-fill"] == (
        "a listing's first read goes back 500 items or 24 hours, whichever ends first"
    )


def test_a_crash_mid_backfill_resumes_at_the_next_page_without_loss_or_duplicates(
    api: responses.RequestsMock, factory: Any
) -> None:
    # limit = 8 items per listing and fetch: the back-fill takes two fetches.
    source, settings = source_for(limit=8)
    token(api)
    comments(api, "comments_newest.json", limit=8)
    comments(api, "comments_after_c1.json", limit=3, after=fullname("c1"))
    submissions(api, "submissions_newest.json", limit=8)
    submissions(api, "empty.json", limit=6, after=fullname("p1"))
    pipeline = Pipeline(factory, settings, clock=Clock())
    first = collect(source, pipeline, max_batches=1)  # stored, with where the back-fill is
    assert first.stored == 7
    key = f"comments:{WATCH}:backfill"
    assert '"after": "t1_o1h0003"' in cursor_of(factory)[key]

    # The next fetch reads the next page, and the process dies before storing it.
    comments(api, "comments_after_h3.json", limit=8, after=fullname("h3"))
    submissions(api, "empty.json", limit=8, before=fullname("p2"))
    lost = source.fetch(cursor_of(factory))
    assert [m.external_id for m in lost.mentions] == [fullname("h4")]
    assert not lost.more

    # After the restart the same page is read again from the stored cursor: h4 is stored
    # once, nothing before it is read twice, and the listing then reads forward.
    api.calls.reset()
    restarted, _ = source_for(limit=8)
    resumed = collect(restarted, pipeline)
    assert (resumed.stored, resumed.duplicates) == (1, 0)
    assert [q.get("after") for path, q in gets(api) if path.endswith("/comments/")] == [
        fullname("h3")
    ]
    assert stored(factory) == ids(*NEWEST_RELEVANT, "h1", "h2", "h3", "h4", "p2")
    assert cursor_of(factory)[key] == ""
    assert cursor_of(factory)[f"comments:{WATCH}"] == fullname("c5")
    pipeline.close()
