"""The X source against recorded and API-shaped traffic: no network, no real sleeps.

HTTP is replayed with ``responses`` (tweepy's real cassettes, decompressed, and pages built in
the API's exact shape under ``tests/fixtures/twitter/``); time is a fake clock whose ``sleep``
only advances it. One end-to-end test runs the real CLI against a local HTTP server.
"""

from __future__ import annotations

import gzip
import json
import logging
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import pytest
import requests
import responses
import yaml
from sqlalchemy import select

from config.errors import ConfigError, UpstreamError
from config.settings import BrandSettings, Settings, TwitterSourceSettings
from listener.pipeline import Pipeline, collect, read_cursor, write_cursor
from listener.sources import SOURCE_CLASSES
from listener.sources.base import RawMention
from listener.sources.twitter import (
    MAX_QUERY_LENGTH,
    RequestBudget,
    TwitterSource,
    build_search_query,
)
from store.models import Identity, Mention, SourceState

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures" / "twitter"
CASSETTES = FIXTURES / "cassettes"

API = "https://api.twitter.com"
SEARCH_URL = f"{API}/2/tweets/search/recent"
OUR_ID = "1072250532645998596"  # the account of the recorded get_me cassette
MENTIONS_URL = f"{API}/2/users/{OUR_ID}/mentions"
TWEETS_URL = f"{API}/2/tweets"
NOW = datetime(2026, 11, 23, 12, 3, 20, tzinfo=UTC)
PAGE1_TOKEN = "b26v89c19zqg8o3fpdm7rqbs5e0g7bl5xsw86lnsbjnb1"

SECRETS = {
    "RAPPORT_TWITTER_BEARER_TOKEN": "AAAAAAAAAAAAAAAAAAAAAFakeBearerTokenForRapportTests0123",
    "RAPPORT_TWITTER_CONSUMER_KEY": "fakeConsumerKeyQwErTy12",
    "RAPPORT_TWITTER_CONSUMER_SECRET": "fakeConsumerSecretAsDfGh34567890",
    "RAPPORT_TWITTER_ACCESS_TOKEN": f"{OUR_ID}-fakeAccessTokenZxCvBn",
    "RAPPORT_TWITTER_ACCESS_TOKEN_SECRET": "fakeAccessTokenSecretPoIuYt0987",
}
QUARTET = [name for name in SECRETS if name != "RAPPORT_TWITTER_BEARER_TOKEN"]
QUERY = (
    '((bramble (coffee OR latte OR toastie OR app OR cafe OR order) -"bramble jam" -brambles)'
    " OR @bramblecounter) -from:bramblecounter -is:retweet"
)
# What every listing request asks for, as tweepy puts it on the wire.
FIELDS = {
    "max_results": "100",
    "expansions": "author_id",
    "tweet.fields": "created_at,conversation_id,in_reply_to_user_id,referenced_tweets,lang,"
    "public_metrics,author_id,note_tweet",
    "user.fields": "username,name,public_metrics,verified",
}
PAGE1_IDS = {"1993212000000000005", "1993211000000000004", "1993210000000000003"}
PAGE2_IDS = {"1993209000000000002", "1993208000000000001"}


# --- helpers -------------------------------------------------------------------------------


class FakeTime:
    """An injectable clock; ``sleep`` records the seconds and moves the clock on."""

    def __init__(self, start: datetime = NOW) -> None:
        self.now = start
        self.sleeps: list[float] = []

    def clock(self) -> datetime:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += timedelta(seconds=seconds)


def fixture(name: str) -> Any:
    return json.loads((FIXTURES / name).read_text())


def cassette(name: str) -> list[dict[str, Any]]:
    """A tweepy vcrpy cassette's interactions with decompressed bodies."""
    with (CASSETTES / name).open() as handle:
        recorded = yaml.load(handle, Loader=yaml.Loader)
    interactions = []
    for interaction in recorded["interactions"]:
        raw = interaction["response"]["body"]["string"]
        body = gzip.decompress(raw) if isinstance(raw, bytes) else raw.encode()
        interactions.append(
            {
                "method": interaction["request"]["method"],
                "uri": interaction["request"]["uri"],
                "status": interaction["response"]["status"]["code"],
                "body": body,
            }
        )
    return interactions


def add_page(rsps: responses.RequestsMock, url: str, name: str, method: str = "GET") -> None:
    rsps.add(method, url, json=fixture(name))


def add_error(rsps: responses.RequestsMock, url: str, name: str, **headers: str) -> None:
    spec = fixture(name)
    all_headers = {**spec["headers"], **headers}
    content_type = all_headers.pop("content-type")
    rsps.add(
        "GET",
        url,
        body=json.dumps(spec["body"]),
        status=spec["status"],
        headers=all_headers,
        content_type=content_type,
    )


def params(call: Any) -> dict[str, str]:
    return dict(parse_qsl(urlsplit(call.request.url).query))


def make_source(
    settings: Settings,
    time: FakeTime,
    *,
    env: dict[str, str] | None = None,
    brand: BrandSettings | None = None,
    **options: Any,
) -> TwitterSource:
    values = {"enabled": True, "mentions": False, **options}
    return TwitterSource(
        TwitterSourceSettings(**values),
        brand or settings.brand,
        environ=SECRETS if env is None else env,
        clock=time.clock,
        sleep=time.sleep,
    )


def stored(factory: Any) -> list[str]:
    with factory() as session:
        return sorted(session.scalars(select(Mention.external_id)))


def cursor_of(factory: Any) -> dict[str, str]:
    with factory() as session:
        return read_cursor(session, "twitter")


@pytest.fixture
def time() -> FakeTime:
    return FakeTime()


@pytest.fixture
def pipeline(sqlite_factory: Any, settings: Settings, time: FakeTime) -> Iterator[Pipeline]:
    pipe = Pipeline(sqlite_factory, settings, clock=time.clock)
    yield pipe
    pipe.close()


@pytest.fixture
def rsps() -> Iterator[responses.RequestsMock]:
    with responses.RequestsMock(assert_all_requests_are_fired=False) as mock:
        yield mock


# --- the query -----------------------------------------------------------------------------


def brand(**values: Any) -> BrandSettings:
    return BrandSettings(**values)


def test_query_from_the_brand_settings_keeps_handle_posts_outside_required_terms(
    settings: Settings,
) -> None:
    assert build_search_query(settings.brand) == QUERY
    assert len(QUERY) <= MAX_QUERY_LENGTH == 512


@pytest.mark.parametrize(
    ("values", "options", "expected"),
    [
        ({"keywords": ["bramble"]}, {}, "bramble -is:retweet"),
        ({"keywords": ["bramble"]}, {"exclude_retweets": False}, "bramble"),
        (
            {"keywords": ["Bramble Counter", "bramble"]},
            {"lang": "en"},
            '("Bramble Counter" OR bramble) -is:retweet lang:en',
        ),
        (
            {"keywords": ["bramble"], "exclusions": ["bramble jam", "brambles"]},
            {},
            'bramble -"bramble jam" -brambles -is:retweet',
        ),
        (
            {"keywords": ["bramble"], "required_terms": ["flat white", "latte"]},
            {},
            'bramble ("flat white" OR latte) -is:retweet',
        ),
        (
            {"handles": {"twitter": ["@bramblecounter", "bramble_help"]}},
            {"exclude_retweets": False},
            "(@bramblecounter OR @bramble_help) -from:bramblecounter -from:bramble_help",
        ),
        (
            {"keywords": ["bramble", "#bramblecoffee"], "handles": {"twitter": ["bramblecounter"]}},
            {},
            "((bramble OR #bramblecoffee) OR @bramblecounter) -from:bramblecounter -is:retweet",
        ),
        # Quotes cannot be escaped in an X phrase; OR alone would be the operator.
        ({"keywords": ['say "hi" bramble', "OR"]}, {}, '("say hi bramble" OR "OR") -is:retweet'),
        ({"keywords": ["drive-thru"]}, {}, '"drive-thru" -is:retweet'),
    ],
)
def test_query_rules(values: dict[str, Any], options: dict[str, Any], expected: str) -> None:
    assert build_search_query(brand(**values), **options) == expected


def test_query_needs_something_to_search_for_and_a_valid_language() -> None:
    with pytest.raises(ConfigError, match=r"brand\.keywords or brand\.handles\.twitter"):
        build_search_query(brand(required_terms=["coffee"]))
    with pytest.raises(ConfigError, match=r"sources\.twitter\.lang"):
        build_search_query(brand(keywords=["bramble"]), lang="english please")
    with pytest.raises(ConfigError, match=r"brand\.handles\.twitter"):
        build_search_query(brand(handles={"twitter": ["not a handle"]}))


def test_build_search_query_alone_refuses_a_query_over_the_limit() -> None:
    long_brand = brand(keywords=[f"bramblekeyword{i}" for i in range(40)])
    expected = len(build_search_query(long_brand, max_length=10_000))
    with pytest.raises(ConfigError) as caught:
        build_search_query(long_brand)
    assert "512" in str(caught.value) and str(expected) in str(caught.value)
    # The source splits such a query instead (tests/test_source_twitter_costs.py).
    source = TwitterSource(TwitterSourceSettings(), long_brand, environ=SECRETS)
    assert "problems" not in source.describe() and len(source.search_listings()) > 1


# --- pagination, cursor, exactly once ------------------------------------------------------


def test_pages_with_next_token_then_reads_since_the_newest_id(
    rsps: responses.RequestsMock,
    settings: Settings,
    time: FakeTime,
    pipeline: Pipeline,
    sqlite_factory: Any,
) -> None:
    add_page(rsps, SEARCH_URL, "search_page1.json")
    add_page(rsps, SEARCH_URL, "search_page2.json")
    source = make_source(settings, time)
    report = collect(source, pipeline)

    assert [params(c) for c in rsps.calls] == [
        {**FIELDS, "query": QUERY},
        {**FIELDS, "query": QUERY, "next_token": PAGE1_TOKEN},
    ]
    assert (report.received, report.stored, report.problems) == (5, 5, [])
    assert stored(sqlite_factory) == sorted(PAGE1_IDS | PAGE2_IDS)
    cursor = cursor_of(sqlite_factory)
    assert cursor["search:since_id"] == "1993212000000000005"
    assert cursor["search:next_token"] == "" and cursor["search:newest_id"] == ""
    assert cursor["budget:15m"] == f"{int(NOW.timestamp()) // 900 * 900}:2"
    assert cursor["budget:month"] == "2026-11:2"
    assert all(c.request.headers["Authorization"].startswith("Bearer ") for c in rsps.calls)

    with sqlite_factory() as session:
        rows = {m.external_id: m for m in session.scalars(select(Mention))}
        first = rows["1993211000000000004"]
        assert first.text == "Bramble on the Headrow does the best toastie & coffee in Leeds"
        assert first.url == "https://x.com/leedsfoodie/status/1993211000000000004"
        assert first.created_at.replace(tzinfo=UTC) == datetime(
            2026, 11, 23, 11, 54, 12, tzinfo=UTC
        )
        reply = rows["1993210000000000003"]
        assert (reply.kind, reply.parent_id, reply.thread_id) == (
            "reply",
            "1993200000000000001",
            "1993200000000000001",
        )
        assert rows["1993209000000000002"].text.count("Long review of Bramble") == 4  # note_tweet
        # The author is missing from includes (suspended): stored, linked by id alone.
        orphan = session.get(Identity, rows["1993208000000000001"].identity_id)
        assert orphan is not None and orphan.platform_user_id == "105"

    rsps.reset()
    add_page(rsps, SEARCH_URL, "search_new.json")
    report = collect(source, pipeline)
    assert [params(c) for c in rsps.calls] == [
        {**FIELDS, "query": QUERY, "since_id": "1993212000000000005"}
    ]
    assert report.stored == 1
    assert cursor_of(sqlite_factory)["search:since_id"] == "1993215000000000006"


def test_max_pages_returns_more_and_the_next_fetch_resumes_without_moving_since_id(
    rsps: responses.RequestsMock, settings: Settings, time: FakeTime
) -> None:
    add_page(rsps, SEARCH_URL, "search_page1.json")
    add_page(rsps, SEARCH_URL, "search_page2.json")
    source = make_source(settings, time, max_pages=1)
    first = source.fetch({"search:since_id": "1993100000000000000"})
    assert first.more and {m.external_id for m in first.mentions} == PAGE1_IDS
    assert first.cursor["search:since_id"] == "1993100000000000000"  # not advanced
    assert first.cursor["search:next_token"] == PAGE1_TOKEN
    assert first.cursor["search:newest_id"] == "1993212000000000005"

    # A new instance (a restart) carries on from the stored cursor alone.
    second = make_source(settings, time, max_pages=1).fetch(first.cursor)
    assert params(rsps.calls[1]) == {
        **FIELDS,
        "query": QUERY,
        "since_id": "1993100000000000000",
        "next_token": PAGE1_TOKEN,
    }
    assert not second.more and {m.external_id for m in second.mentions} == PAGE2_IDS
    assert second.cursor["search:since_id"] == "1993212000000000005"
    assert second.cursor["search:next_token"] == ""


def test_exactly_once_across_cycles_a_crash_and_a_restart(
    rsps: responses.RequestsMock,
    settings: Settings,
    time: FakeTime,
    pipeline: Pipeline,
    sqlite_factory: Any,
) -> None:
    add_page(rsps, SEARCH_URL, "search_page1.json")
    add_page(rsps, SEARCH_URL, "search_page2.json")
    # A fetch whose batch is never stored (the process died before the commit)...
    lost = make_source(settings, time).fetch({})
    assert len(lost.mentions) == 5
    assert cursor_of(sqlite_factory) == {}
    # ...costs a second read after the restart, and nothing is stored twice.
    rsps.reset()
    add_page(rsps, SEARCH_URL, "search_page1.json")
    add_page(rsps, SEARCH_URL, "search_page2.json")
    first = collect(make_source(settings, time, max_pages=1), pipeline)  # 2 fetches via more
    assert (first.stored, first.duplicates) == (5, 0)

    rsps.reset()
    add_page(rsps, SEARCH_URL, "search_new.json")
    add_page(rsps, SEARCH_URL, "empty.json")
    again = collect(make_source(settings, time), pipeline)
    assert again.stored == 1
    nothing = collect(make_source(settings, time), pipeline)
    assert nothing.stored == 0
    assert len(stored(sqlite_factory)) == 6


def test_a_cycle_with_nothing_new_costs_one_request_per_listing_and_get_me_runs_once(
    rsps: responses.RequestsMock,
    settings: Settings,
    time: FakeTime,
    pipeline: Pipeline,
    sqlite_factory: Any,
) -> None:
    me = cassette("test_client_get_me.yaml")[0]
    rsps.add("GET", f"{API}/2/users/me", body=me["body"], content_type="application/json")
    add_page(rsps, SEARCH_URL, "search_new.json")
    add_page(rsps, MENTIONS_URL, "mentions_page1.json")
    source = make_source(settings, time, mentions=True)
    report = collect(source, pipeline)
    assert report.stored == 3  # the post found by both listings is kept once
    assert [urlsplit(c.request.url).path for c in rsps.calls] == [
        "/2/tweets/search/recent",
        "/2/users/me",
        f"/2/users/{OUR_ID}/mentions",
    ]
    assert params(rsps.calls[2]) == FIELDS
    assert rsps.calls[2].request.headers["Authorization"].startswith("OAuth ")
    cursor = cursor_of(sqlite_factory)
    assert (cursor["me:user_id"], cursor["me:username"]) == (OUR_ID, "TweepyDev")
    assert cursor["mentions:since_id"] == "1993213000000000007"

    rsps.reset()
    add_page(rsps, SEARCH_URL, "empty.json")
    add_page(rsps, MENTIONS_URL, "empty.json")
    restarted = make_source(settings, time, mentions=True)
    assert collect(restarted, pipeline).stored == 0
    assert [params(c) for c in rsps.calls] == [
        {**FIELDS, "query": QUERY, "since_id": "1993215000000000006"},
        {**FIELDS, "since_id": "1993213000000000007"},
    ]


def test_recorded_pages_without_expansions_or_fields_still_become_mentions(
    rsps: responses.RequestsMock, settings: Settings, time: FakeTime
) -> None:
    search = cassette("test_client_search_recent_tweets.yaml")[0]
    mentions = cassette("test_client_get_users_mentions.yaml")[0]
    rsps.add("GET", SEARCH_URL, body=search["body"], content_type="application/json")
    rsps.add(
        "GET",
        f"{API}/2/users/783214/mentions",
        body=mentions["body"],
        content_type="application/json",
    )
    source = make_source(settings, time, mentions=True, user_id="783214", max_pages=1)
    batch = source.fetch({})
    assert len(batch.mentions) == 20 and batch.problems == ()
    assert all(m.created_at == NOW and m.author_id is None for m in batch.mentions)
    assert all(m.url.startswith("https://x.com/i/web/status/") for m in batch.mentions if m.url)
    # The recorded search had pages left: the run is pending, since_id not yet set.
    assert batch.more
    assert batch.cursor["search:next_token"] == json.loads(search["body"])["meta"]["next_token"]
    assert "search:since_id" not in batch.cursor


# --- rate limits and failures --------------------------------------------------------------


def reset_in(seconds: int) -> str:
    return str(int(NOW.timestamp()) + seconds)


def test_429_with_a_near_reset_waits_through_the_injected_sleep_and_retries_once(
    rsps: responses.RequestsMock, settings: Settings, time: FakeTime
) -> None:
    add_error(rsps, SEARCH_URL, "error_429.json", **{"x-rate-limit-reset": reset_in(30)})
    add_page(rsps, SEARCH_URL, "search_new.json")
    batch = make_source(settings, time).fetch({})
    assert time.sleeps == [31]  # until the reset, plus one second as tweepy does
    assert len(rsps.calls) == 2 and len(batch.mentions) == 1
    assert batch.cursor["budget:month"] == "2026-11:2"  # the refused request counts too


def test_429_with_a_far_reset_raises_with_retry_after_and_keeps_the_cursor(
    rsps: responses.RequestsMock,
    settings: Settings,
    time: FakeTime,
    pipeline: Pipeline,
    sqlite_factory: Any,
) -> None:
    with sqlite_factory() as session, session.begin():
        write_cursor(session, "twitter", {"search:since_id": "1993100000000000000"}, now=NOW)
    add_error(rsps, SEARCH_URL, "error_429.json", **{"x-rate-limit-reset": reset_in(600)})
    source = make_source(settings, time, max_rate_limit_wait_seconds=60)
    with pytest.raises(UpstreamError) as caught:
        collect(source, pipeline)
    assert caught.value.retry_after == 600
    assert "rate limit" in str(caught.value) and "12:13:20" in str(caught.value)
    assert time.sleeps == [] and len(rsps.calls) == 1
    cursor = cursor_of(sqlite_factory)
    assert cursor["search:since_id"] == "1993100000000000000"
    assert cursor["budget:month"] == "2026-11:1"
    with sqlite_factory() as session:
        state = session.get(SourceState, "twitter")
        assert state is not None and "rate limit" in (state.last_error or "")


def test_429_again_after_the_wait_gives_up(
    rsps: responses.RequestsMock, settings: Settings, time: FakeTime
) -> None:
    add_error(rsps, SEARCH_URL, "error_429.json", **{"x-rate-limit-reset": reset_in(10)})
    add_error(rsps, SEARCH_URL, "error_429.json", **{"x-rate-limit-reset": reset_in(900)})
    with pytest.raises(UpstreamError) as caught:
        make_source(settings, time).fetch({})
    assert time.sleeps == [11] and len(rsps.calls) == 2
    assert caught.value.retry_after == 900 - 11


def _fail_503(rsps: responses.RequestsMock) -> None:
    add_error(rsps, SEARCH_URL, "error_503.json")


def _fail_timeout(rsps: responses.RequestsMock) -> None:
    rsps.add("GET", SEARCH_URL, body=requests.exceptions.ReadTimeout("read timed out"))


def _fail_connection(rsps: responses.RequestsMock) -> None:
    rsps.add("GET", SEARCH_URL, body=requests.exceptions.ConnectionError("refused"))


def _fail_truncated(rsps: responses.RequestsMock) -> None:
    body = (FIXTURES / "search_truncated_body.txt").read_text()
    rsps.add("GET", SEARCH_URL, body=body, content_type="application/json")


def _fail_not_an_object(rsps: responses.RequestsMock) -> None:
    rsps.add("GET", SEARCH_URL, body="[]", content_type="application/json")


@pytest.mark.parametrize(
    ("fail", "message"),
    [
        (_fail_503, "X API server error on search (503 Service Unavailable"),
        (_fail_timeout, "did not answer search within 30 s"),
        (_fail_connection, "cannot connect to the X API at https://api.twitter.com"),
        (_fail_truncated, "malformed response to search (not a JSON object)"),
        (_fail_not_an_object, "malformed response to search (not a JSON object)"),
    ],
)
def test_upstream_failures_raise_keep_the_cursor_and_the_next_cycle_recovers(
    fail: Any,
    message: str,
    rsps: responses.RequestsMock,
    settings: Settings,
    time: FakeTime,
    pipeline: Pipeline,
    sqlite_factory: Any,
) -> None:
    with sqlite_factory() as session, session.begin():
        write_cursor(session, "twitter", {"search:since_id": "1993212000000000005"}, now=NOW)
    fail(rsps)
    source = make_source(settings, time)
    with pytest.raises(UpstreamError) as caught:
        collect(source, pipeline)
    assert message in str(caught.value)
    assert caught.value.cursor["budget:month"] == "2026-11:1"  # type: ignore[attr-defined]
    assert cursor_of(sqlite_factory)["search:since_id"] == "1993212000000000005"
    assert stored(sqlite_factory) == []

    rsps.reset()
    add_page(rsps, SEARCH_URL, "search_new.json")
    assert collect(source, pipeline).stored == 1
    assert cursor_of(sqlite_factory)["search:since_id"] == "1993215000000000006"
    assert cursor_of(sqlite_factory)["budget:month"] == "2026-11:2"


def test_a_failure_after_some_pages_returns_them_and_resumes_there(
    rsps: responses.RequestsMock,
    settings: Settings,
    time: FakeTime,
    pipeline: Pipeline,
    sqlite_factory: Any,
) -> None:
    add_page(rsps, SEARCH_URL, "search_page1.json")
    add_error(rsps, SEARCH_URL, "error_503.json")
    source = make_source(settings, time)
    report = collect(source, pipeline)
    assert report.stored == 3
    assert report.problems == [
        "search: X API server error on search (503 Service Unavailable Service Unavailable); "
        "the rest is read next cycle"
    ]
    cursor = cursor_of(sqlite_factory)
    assert "search:since_id" not in cursor  # the run did not finish
    assert cursor["search:next_token"] == PAGE1_TOKEN

    rsps.reset()
    add_page(rsps, SEARCH_URL, "search_page2.json")
    assert collect(source, pipeline).stored == 2
    assert params(rsps.calls[0])["next_token"] == PAGE1_TOKEN
    assert cursor_of(sqlite_factory)["search:since_id"] == "1993212000000000005"


def test_one_listing_failing_does_not_hold_back_the_other(
    rsps: responses.RequestsMock, settings: Settings, time: FakeTime
) -> None:
    add_page(rsps, SEARCH_URL, "search_new.json")
    add_error(rsps, MENTIONS_URL, "error_503.json")
    source = make_source(settings, time, mentions=True, user_id=OUR_ID)
    batch = source.fetch({"mentions:since_id": "1993100000000000000"})
    assert [m.external_id for m in batch.mentions] == ["1993215000000000006"]
    assert batch.cursor["search:since_id"] == "1993215000000000006"
    assert batch.cursor["mentions:since_id"] == "1993100000000000000"
    assert len(batch.problems) == 1 and batch.problems[0].startswith("mentions: X API server")


INVALID_SINCE_ID = {
    "errors": [
        {
            "parameters": {"since_id": ["1580000000000000000"]},
            "message": "Invalid 'since_id':'1580000000000000000'. 'since_id' must be a tweet id "
            "created after 2026-11-16T12:03Z. Please use a 'since_id' that is larger than "
            "1990676000000000000",
        }
    ],
    "title": "Invalid Request",
    "detail": "One or more parameters to your request was invalid.",
    "type": "https://api.twitter.com/2/problems/invalid-request",
}


def test_a_stale_page_token_is_dropped_and_the_listing_read_again_from_since_id(
    rsps: responses.RequestsMock, settings: Settings, time: FakeTime
) -> None:
    rsps.add("GET", SEARCH_URL, status=400, json=INVALID_SINCE_ID | {"errors": []})
    add_page(rsps, SEARCH_URL, "search_new.json")
    batch = make_source(settings, time).fetch(
        {"search:since_id": "1993212000000000005", "search:next_token": "stale"}
    )
    assert params(rsps.calls[0])["next_token"] == "stale"
    assert params(rsps.calls[1]) == {**FIELDS, "query": QUERY, "since_id": "1993212000000000005"}
    assert batch.cursor["search:since_id"] == "1993215000000000006"
    assert batch.cursor["search:next_token"] == ""
    assert batch.problems[0].startswith("search: X refused the stored next_token (")


def test_a_since_id_older_than_seven_days_is_dropped_instead_of_failing_forever(
    rsps: responses.RequestsMock, settings: Settings, time: FakeTime
) -> None:
    rsps.add("GET", SEARCH_URL, status=400, json=INVALID_SINCE_ID)
    add_page(rsps, SEARCH_URL, "search_new.json")
    batch = make_source(settings, time).fetch({"search:since_id": "1580000000000000000"})
    assert params(rsps.calls[1]) == {**FIELDS, "query": QUERY}
    assert batch.cursor["search:since_id"] == "1993215000000000006"
    assert "refused the stored since_id (400 Bad Request" in batch.problems[0]
    assert "must be a tweet id created after" in batch.problems[0]


def test_a_query_x_refuses_is_a_config_error(
    rsps: responses.RequestsMock, settings: Settings, time: FakeTime
) -> None:
    rsps.add("GET", SEARCH_URL, status=400, json=INVALID_SINCE_ID)
    with pytest.raises(ConfigError, match="X refused the search request as invalid"):
        make_source(settings, time).fetch({})
    assert len(rsps.calls) == 1


# --- the request budget --------------------------------------------------------------------


def test_spent_15_minute_budget_stops_the_fetch_and_the_next_window_resumes(
    rsps: responses.RequestsMock,
    settings: Settings,
    time: FakeTime,
    pipeline: Pipeline,
    sqlite_factory: Any,
) -> None:
    add_page(rsps, SEARCH_URL, "search_page1.json")
    add_page(rsps, SEARCH_URL, "search_page2.json")
    source = make_source(settings, time, requests_per_15min=1)
    report = collect(source, pipeline)
    assert len(rsps.calls) == 1 and report.stored == 3
    assert report.problems == [
        "request budget for this 15-minute window spent (1 request); "
        "resumes at 2026-11-23 12:15 UTC"
    ]
    assert cursor_of(sqlite_factory)["search:next_token"] == PAGE1_TOKEN
    assert source.describe()["budget left"].startswith("0 of 1 requests this 15-minute window")

    again = collect(source, pipeline)  # same window: no request at all
    assert len(rsps.calls) == 1 and again.received == 0 and again.problems

    time.now = datetime(2026, 11, 23, 12, 15, tzinfo=UTC)
    resumed = collect(source, pipeline)
    assert len(rsps.calls) == 2 and resumed.stored == 2
    assert params(rsps.calls[1])["next_token"] == PAGE1_TOKEN
    assert cursor_of(sqlite_factory)["search:since_id"] == "1993212000000000005"
    assert cursor_of(sqlite_factory)["budget:15m"] == f"{int(time.now.timestamp())}:1"


def test_spent_month_budget_says_when_it_resumes(
    rsps: responses.RequestsMock, settings: Settings, time: FakeTime
) -> None:
    add_page(rsps, SEARCH_URL, "empty.json")
    source = make_source(settings, time, requests_per_month=3)
    batch = source.fetch({"budget:month": "2026-11:3"})
    assert len(rsps.calls) == 0 and batch.mentions == () and not batch.more
    assert batch.problems == (
        "request budget for this month spent (3 requests); resumes at 2026-12-01 00:00 UTC",
    )
    time.now = datetime(2026, 12, 1, 0, 0, 5, tzinfo=UTC)
    batch = source.fetch(batch.cursor)
    assert len(rsps.calls) == 1 and batch.cursor["budget:month"] == "2026-12:1"


def test_budget_counters_roll_over_and_ignore_garbage() -> None:
    budget = RequestBudget.load(
        {"budget:15m": "nonsense", "budget:month": "2026-10:99"},
        per_window=5,
        per_month=100,
        now=NOW,
    )
    assert budget.left(NOW) == (5, 100)
    budget.take(NOW)
    assert budget.keys() == {
        "budget:15m": f"{int(NOW.timestamp()) // 900 * 900}:1",
        "budget:month": "2026-11:1",
    }


# --- credentials ---------------------------------------------------------------------------


def assert_no_secret(*texts: object) -> None:
    for text in texts:
        for secret in SECRETS.values():
            assert secret not in str(text)


def test_missing_credentials_mean_not_configured_and_fetch_names_the_variables(
    settings: Settings, time: FakeTime
) -> None:
    source = make_source(settings, time, env={}, mentions=True)  # no crash when built
    assert not source.configured and not source.can_post
    assert source.missing_credentials() == ["RAPPORT_TWITTER_BEARER_TOKEN", *QUARTET]
    assert "RAPPORT_TWITTER_BEARER_TOKEN" in source.describe()["configured"]
    with pytest.raises(ConfigError) as caught:
        source.fetch({})
    assert all(name in str(caught.value) for name in ["RAPPORT_TWITTER_BEARER_TOKEN", *QUARTET])

    bearer_only = {"RAPPORT_TWITTER_BEARER_TOKEN": SECRETS["RAPPORT_TWITTER_BEARER_TOKEN"]}
    searching = make_source(settings, time, env=bearer_only)
    assert searching.configured and not searching.can_post
    # Mentions need the quartet: with the bearer token alone they are skipped, search runs.
    mentioning = make_source(settings, time, env=bearer_only, mentions=True)
    assert mentioning.configured and mentioning.listings == ["search"]
    not_searching = make_source(settings, time, env=bearer_only, mentions=True, search=False)
    assert not_searching.missing_credentials() == QUARTET
    with pytest.raises(ConfigError, match="RAPPORT_TWITTER_ACCESS_TOKEN_SECRET") as refused:
        searching.reply(_mention(), "thanks")
    assert_no_secret(
        caught.value, refused.value, repr(searching), searching.describe(), mentioning.describe()
    )


def test_search_works_with_the_user_context_quartet_alone(
    rsps: responses.RequestsMock, settings: Settings, time: FakeTime
) -> None:
    quartet = {k: v for k, v in SECRETS.items() if k in QUARTET}
    add_page(rsps, SEARCH_URL, "empty.json")
    source = make_source(settings, time, env=quartet)
    assert source.configured and source.can_post
    source.fetch({})
    assert rsps.calls[0].request.headers["Authorization"].startswith("OAuth ")


def test_rejected_credentials_are_a_config_error_without_secrets(
    rsps: responses.RequestsMock,
    settings: Settings,
    time: FakeTime,
    pipeline: Pipeline,
    sqlite_factory: Any,
) -> None:
    add_error(rsps, SEARCH_URL, "error_401.json")
    with pytest.raises(ConfigError) as caught:
        collect(make_source(settings, time), pipeline)
    assert "X rejected the credentials for search (401 Unauthorized" in str(caught.value)
    assert "RAPPORT_TWITTER_BEARER_TOKEN" in str(caught.value)
    assert_no_secret(caught.value)
    assert cursor_of(sqlite_factory)["budget:month"] == "2026-11:1"


def test_secrets_never_reach_the_logs(
    rsps: responses.RequestsMock,
    settings: Settings,
    time: FakeTime,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    add_page(rsps, SEARCH_URL, "search_new.json")
    add_page(rsps, MENTIONS_URL, "empty.json")
    add_page(rsps, TWEETS_URL, "reply_created.json", method="POST")
    source = make_source(settings, time, mentions=True, user_id=OUR_ID)
    source.fetch({})
    source.reply(_mention(), "thanks")
    assert "Authorization" in caplog.text and "Bearer ***" in caplog.text  # tweepy did log
    assert_no_secret(caplog.text)


# --- replies -------------------------------------------------------------------------------


def _mention(**values: Any) -> RawMention:
    fields: dict[str, Any] = {
        "platform": "twitter",
        "external_id": "1993210000000000003",
        "text": "@bramblecounter my order never arrived and the app says delivered",
        "author_id": "103",
        "author_handle": "sam_k",
        "created_at": NOW,
        "thread_id": "1993200000000000001",
    }
    fields.update(values)
    return RawMention(**fields)


REPLY = "@sam_k Sorry Sam, that's not good enough. Could you DM us your order number & postcode? https://bramble.example/help"


def test_reply_posts_the_reply_body_and_returns_the_new_id(
    rsps: responses.RequestsMock, settings: Settings, time: FakeTime
) -> None:
    rsps.add("POST", TWEETS_URL, json=fixture("reply_created.json"), status=201)
    source = make_source(settings, time)
    assert source.reply(_mention(), REPLY) == "1993220000000000009"
    request = rsps.calls[0].request
    assert json.loads(request.body) == {
        "text": REPLY,
        "reply": {"in_reply_to_tweet_id": "1993210000000000003"},
    }
    assert request.headers["Authorization"].startswith("OAuth ")


def test_reply_returns_the_id_from_the_recorded_create_tweet_answer(
    rsps: responses.RequestsMock, settings: Settings, time: FakeTime
) -> None:
    created = cassette("test_client_create_and_delete_tweet.yaml")[0]
    assert (created["method"], created["uri"], created["status"]) == ("POST", TWEETS_URL, 201)
    rsps.add("POST", TWEETS_URL, body=created["body"], status=201, content_type="application/json")
    new_id = make_source(settings, time).reply(
        _mention(external_id="1456000000000000000"), "Test Tweet"
    )
    assert new_id == "1456012973835788293"
    assert json.loads(rsps.calls[0].request.body)["reply"] == {
        "in_reply_to_tweet_id": "1456000000000000000"
    }


@pytest.mark.parametrize(
    ("status", "body", "message"),
    [
        (503, {"title": "Service Unavailable", "status": 503}, "server error on reply"),
        (
            403,
            {
                "detail": "You are not allowed to create a Tweet with duplicate content.",
                "status": 403,
            },
            "X refused the reply (403 Forbidden You are not allowed to create a Tweet with "
            "duplicate content.)",
        ),
        (429, {"title": "Too Many Requests", "status": 429}, "rate limit reached for reply"),
        (201, {"data": {}}, "no post id"),
    ],
)
def test_reply_failures_are_upstream_errors(
    status: int,
    body: dict[str, Any],
    message: str,
    rsps: responses.RequestsMock,
    settings: Settings,
    time: FakeTime,
) -> None:
    rsps.add("POST", TWEETS_URL, json=body, status=status)
    with pytest.raises(UpstreamError) as caught:
        make_source(settings, time).reply(_mention(), "thanks")
    assert message in str(caught.value)


def test_reply_timeout_says_it_may_have_been_posted(
    rsps: responses.RequestsMock, settings: Settings, time: FakeTime
) -> None:
    rsps.add("POST", TWEETS_URL, body=requests.exceptions.ReadTimeout("slow"))
    with pytest.raises(UpstreamError, match="may have been posted: check with find_reply"):
        make_source(settings, time).reply(_mention(), "thanks")


def test_find_reply_finds_our_reply_in_the_conversation(
    rsps: responses.RequestsMock, settings: Settings, time: FakeTime
) -> None:
    add_page(rsps, SEARCH_URL, "conversation.json")
    source = make_source(settings, time)
    assert source.find_reply(_mention(), REPLY) == "1993220000000000009"
    sent = params(rsps.calls[0])
    assert sent["query"] == "conversation_id:1993200000000000001 from:bramblecounter"
    assert rsps.calls[0].request.headers["Authorization"].startswith("OAuth ")
    # X puts the @handle it answers in front of a reply's text; our drafts never start with it.
    draft_text = REPLY.removeprefix("@sam_k ")
    assert source.find_reply(_mention(), draft_text) == "1993220000000000009"
    # Any reply of ours to that post counts: a second post would answer the customer twice.
    assert source.find_reply(_mention(), "a different text") == "1993220000000000009"
    assert source.find_reply(_mention(external_id="1993000000000000000"), REPLY) is None


# --- base URL, describe, registry ----------------------------------------------------------


def test_base_url_override_sends_to_the_given_host_with_the_timeout(
    rsps: responses.RequestsMock, settings: Settings, time: FakeTime
) -> None:
    rsps.add("GET", "http://gateway.test:8080/x/2/tweets/search/recent", json=fixture("empty.json"))
    source = make_source(
        settings, time, api_base_url="http://gateway.test:8080/x/", timeout_seconds=7.5
    )
    source.fetch({})  # responses refuses any URL not registered, api.twitter.com included
    assert rsps.calls[0].request.url.startswith("http://gateway.test:8080/x/2/tweets/search/")
    assert rsps.calls[0].request.req_kwargs["timeout"] == 7.5
    broken = make_source(settings, time, api_base_url="gateway.test")
    assert "api_base_url" in broken.describe()["problems"]
    with pytest.raises(ConfigError, match="api_base_url"):
        broken.fetch({})


def test_describe_shows_settings_state_and_budget_without_secrets(
    settings: Settings, time: FakeTime
) -> None:
    source = make_source(settings, time, mentions=True)
    info = source.describe({"budget:month": "2026-11:40", "me:user_id": OUR_ID})
    assert info["configured"] == "yes" and info["replies"] == "yes"
    assert info["listings"] == "search, mentions" and info["query"] == QUERY
    assert info["mentions of"] == OUR_ID and info["base URL"] == API
    assert info["budget left"] == (
        "60 of 60 requests this 15-minute window, 9960 of 10000 this month"
    )
    assert_no_secret(info, repr(source))
    assert TwitterSource in SOURCE_CLASSES and TwitterSource.name == "twitter"


# --- end to end: the real CLI against a local HTTP server ----------------------------------


class _Api(ThreadingHTTPServer):
    """Serves fixture pages by path and query; records what it was asked."""

    def __init__(self, routes: list[tuple[str, str, dict[str, str | None], bytes]]) -> None:
        super().__init__(("127.0.0.1", 0), _ApiHandler)
        self.routes = routes
        self.seen: list[tuple[str, str, dict[str, str], str]] = []


class _ApiHandler(BaseHTTPRequestHandler):
    server: _Api

    def do_GET(self) -> None:
        url = urlsplit(self.path)
        query = dict(parse_qsl(url.query))
        scheme = self.headers.get("Authorization", "").split(" ")[0]
        self.server.seen.append((self.command, url.path, query, scheme))
        for method, path, wanted, body in self.server.routes:
            if (method, path) == (self.command, url.path) and all(
                query.get(k) == v for k, v in wanted.items()
            ):
                self._answer(200, body)
                return
        self._answer(404, b'{"title":"Not Found Error","status":404}')

    def _answer(self, status: int, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "application/json; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        pass


def test_collect_command_reads_from_a_local_api_and_export_shows_the_rows(
    tmp_path: Path,
) -> None:
    page = lambda name: (FIXTURES / name).read_bytes()  # noqa: E731
    search, mentions = "/2/tweets/search/recent", f"/2/users/{OUR_ID}/mentions"
    routes: list[tuple[str, str, dict[str, str | None], bytes]] = [
        ("GET", "/2/users/me", {}, cassette("test_client_get_me.yaml")[0]["body"]),
        ("GET", search, {"next_token": PAGE1_TOKEN, "since_id": None}, page("search_page2.json")),
        ("GET", search, {"since_id": "1993212000000000005"}, page("empty.json")),
        ("GET", search, {"since_id": None, "next_token": None}, page("search_page1.json")),
        ("GET", mentions, {"since_id": "1993213000000000007"}, page("empty.json")),
        ("GET", mentions, {"since_id": None}, page("mentions_page1.json")),
    ]
    server = _Api(routes)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        config = tmp_path / "rapport.toml"
        config.write_text(
            f"""
[brand]
name = "Bramble"
handles = {{ twitter = ["bramblecounter"] }}
keywords = ["bramble"]
required_terms = ["coffee", "latte", "toastie", "app", "cafe", "order"]
exclusions = ["bramble jam", "brambles"]

[sources.twitter]
enabled = true
api_base_url = "http://127.0.0.1:{server.server_address[1]}"
timeout_seconds = 10
"""
        )
        env = {k: v for k, v in os.environ.items() if not k.startswith("RAPPORT_")}
        env.update(SECRETS)
        base = [sys.executable, str(ROOT / "run_bot.py"), "--config", str(config)]
        base += ["--database-url", f"sqlite:///{tmp_path / 'rapport.db'}"]

        def run(*args: str) -> subprocess.CompletedProcess[str]:
            result = subprocess.run(
                [*base, *args], capture_output=True, text=True, env=env, cwd=tmp_path, timeout=120
            )
            assert result.returncode == 0, result.stderr
            assert_no_secret(result.stdout, result.stderr)
            return result

        first = run("collect", "--source", "twitter")
        assert "twitter: 6 received, 6 stored, 0 duplicates" in first.stdout
        assert [(path, scheme) for _, path, _, scheme in server.seen] == [
            (search, "Bearer"),
            (search, "Bearer"),
            ("/2/users/me", "OAuth"),
            (mentions, "OAuth"),
        ]
        assert server.seen[0][2] == {**FIELDS, "query": QUERY}

        second = run("collect", "--source", "twitter")
        assert "twitter: 0 received, 0 stored" in second.stdout
        assert [(path, query.get("since_id")) for _, path, query, _ in server.seen[4:]] == [
            (search, "1993212000000000005"),
            (mentions, "1993213000000000007"),
        ]

        exported = run("export", "mentions", "--format", "jsonl").stdout
        rows = {r["external_id"]: r for r in map(json.loads, exported.splitlines())}
        assert set(rows) == PAGE1_IDS | PAGE2_IDS | {"1993213000000000007"}
        assert rows["1993212000000000005"]["author_handle"] == "JoBakes"
        assert rows["1993212000000000005"]["platform"] == "twitter"
        assert rows["1993213000000000007"]["text"].startswith("@bramblecounter do you do oat")
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
