"""The Reddit source against real recorded Reddit traffic and fixtures in Reddit's own shape.

praw's cassettes (``tests/fixtures/praw``) and ``tests/fixtures/reddit`` are replayed
with ``responses``: every request is matched on its path and the exact query parameters praw
sends, so a test fails when the source asks Reddit for something else. prawcore's sleeps
(retry back-off, rate limiting) are recorded, never slept.
"""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import SimpleNamespace
from typing import Any, ClassVar
from urllib.parse import parse_qsl, urlsplit

import praw.reddit
import prawcore.rate_limit
import prawcore.sessions
import pytest
import requests
import responses
from responses import matchers
from sqlalchemy import select

from config.errors import ConfigError, ReviewError, UpstreamError
from config.settings import Settings, load_settings
from listener.pipeline import Pipeline, collect, read_cursor, write_cursor
from listener.scoring.relevance import BrandMatcher
from listener.sources import SOURCE_CLASSES, build_sources
from listener.sources.base import RawMention
from listener.sources.reddit import RedditSource, build_query
from store.models import Mention, SourceState
from tests.conftest import ROOT

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "reddit"
PRAW_CASSETTES = FIXTURES.parent / "praw"
ERRORS = json.loads((FIXTURES / "errors.json").read_text())
OAUTH = "https://oauth.reddit.com"
WWW = "https://www.reddit.com"
TEST_SUB = "rapporttest"  # stands in for the cassettes' <TEST_SUBREDDIT> placeholder
WATCH = "BrambleCoffee+leeds"  # sorted, whatever the order in the settings
T0 = datetime(2026, 11, 23, 9, 0, tzinfo=UTC).timestamp()

SECRET, PASSWORD, REFRESH = "cl13nt-s3cr3t-9f2", "hunter2-p4ssw0rd", "r3fr3sh-t0k3n-77a"
APP = {
    "RAPPORT_REDDIT_CLIENT_ID": "fake-client-id",
    "RAPPORT_REDDIT_CLIENT_SECRET": SECRET,
    "RAPPORT_REDDIT_USER_AGENT": "python:com.example.rapport-tests:0.1 (by /u/bramble_counter)",
}
SCRIPT = {**APP, "RAPPORT_REDDIT_USERNAME": "bramble_counter", "RAPPORT_REDDIT_PASSWORD": PASSWORD}
REFRESHING = {**APP, "RAPPORT_REDDIT_REFRESH_TOKEN": REFRESH}
BRAND = {
    "name": "Bramble",
    "handles": {"reddit": ["bramble_counter"]},
    "communities": {"reddit": ["BrambleCoffee"]},
    "keywords": ["bramble"],
    "required_terms": ["coffee", "latte", "toastie", "app", "cafe", "order", "flat white"],
    "exclusions": ["bramble jam", "brambles"],
}
QUERY = (
    '"bramble" AND ("coffee" OR "latte" OR "toastie" OR "app" OR "cafe" OR "order" OR '
    '"flat white") NOT "bramble jam" NOT "brambles"'
)

SEARCH = {"q": QUERY, "restrict_sr": True, "sort": "new", "syntax": "lucene", "t": "all"}


def make(brand: dict[str, Any] | None = None, **reddit: Any) -> Settings:
    """Settings for ``brand``; back-fill is off unless asked for (it has its own tests in
    ``test_source_reddit_backfill.py``), so a first read here takes the newest page only."""
    reddit = {"backfill_items": 0, **reddit}
    overrides: dict[tuple[str, ...], Any] = {("brand", k): v for k, v in (brand or BRAND).items()}
    overrides.update({("sources", "reddit", k): v for k, v in reddit.items()})
    return load_settings(environ={}, overrides=overrides)


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture(autouse=True)
def slept(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """prawcore's and praw's sleeps, recorded instead of slept."""
    record: list[float] = []
    fake = SimpleNamespace(
        sleep=record.append,
        monotonic=time.monotonic,
        monotonic_ns=time.monotonic_ns,
        time=time.time,
    )
    for module in (prawcore.sessions, prawcore.rate_limit, praw.reddit):
        monkeypatch.setattr(module, "time", fake)
    return record


@pytest.fixture
def api() -> Iterator[responses.RequestsMock]:
    with responses.RequestsMock(assert_all_requests_are_fired=False) as mock:
        yield mock


def token(mock: responses.RequestsMock, *, base: str = WWW, **response: Any) -> None:
    """Reddit's answer to the sign-in POST (the cassettes' recorded body by default)."""
    if not response:
        first = cassette("TestSubredditListings.test_comments.json")[0]["response"]
        response = {"body": first["body"]["string"], "content_type": "application/json"}
    mock.add(responses.POST, f"{base}/api/v1/access_token", **response)


def add(
    mock: responses.RequestsMock,
    path: str,
    body: str | Exception,
    *,
    base: str = OAUTH,
    status: int = 200,
    headers: dict[str, str] | None = None,
    content_type: str = "application/json; charset=UTF-8",
    **params: Any,
) -> None:
    """A GET on ``path`` with exactly ``params`` (plus praw's raw_json=1)."""
    if isinstance(body, str) and body.endswith((".json", ".truncated")):
        body = (FIXTURES / body).read_text()
    query = {"raw_json": "1", **{k: str(v) for k, v in params.items()}}
    mock.add(
        responses.GET,
        f"{base}/{path}",
        body=body,
        status=status,
        headers=headers,
        content_type=content_type,
        match=[matchers.query_param_matcher(query)],
    )


def fail(mock: responses.RequestsMock, path: str, case: str, *, times: int = 1, **params: Any):
    error = ERRORS[case]
    headers = {k: v for k, v in error["headers"].items() if k != "content-type"}
    for _ in range(times):
        add(
            mock,
            path,
            error["body"],
            status=error["status"],
            headers=headers,
            content_type=error["headers"]["content-type"],
            **params,
        )


def cassette(name: str) -> list[dict[str, Any]]:
    raw = (PRAW_CASSETTES / name).read_text().replace("<TEST_SUBREDDIT>", TEST_SUB)
    return json.loads(raw)["interactions"]


def replay(mock: responses.RequestsMock, interaction: dict[str, Any]) -> None:
    """One recorded interaction, matched on the recorded path and query."""
    request, response = interaction["request"], interaction["response"]
    url = urlsplit(request["uri"])
    recorded = {k.lower(): v[0] for k, v in response["headers"].items()}
    skip = ("content-length", "transfer-encoding", "content-encoding", "content-type")
    mock.add(
        request["method"],
        f"{url.scheme}://{url.netloc}{url.path}",
        body=response["body"]["string"],
        status=response["status"]["code"],
        headers={k: v for k, v in recorded.items() if k not in skip},
        content_type=recorded.get("content-type", "application/json"),
        match=[matchers.query_param_matcher(dict(parse_qsl(url.query)))],
    )


def gets(mock: responses.RequestsMock) -> list[tuple[str, dict[str, str]]]:
    """The API reads made so far: (path, query)."""
    found = []
    for call in mock.calls:
        if call.request.method == "GET":
            url = urlsplit(call.request.url)
            found.append((url.path, dict(parse_qsl(url.query))))
    return found


def stored(factory: Any) -> list[str]:
    with factory() as session:
        return list(session.scalars(select(Mention.external_id).order_by(Mention.external_id)))


def cursor_of(factory: Any) -> dict[str, str]:
    with factory() as session:
        return read_cursor(session, "reddit")


def fullname(key: str) -> str:
    names = {"c": "t1_o1c000", "p": "t3_1qzb00", "s": "t3_1qzs00", "m": "t1_o1m000"}
    return names[key[0]] + key[1:]


def created(minutes: float) -> str:
    return repr(T0 + minutes * 60)


# --- the query ----------------------------------------------------------------------------


def test_query_quotes_every_term_in_reddit_search_syntax() -> None:
    assert build_query(make().brand) == QUERY
    brand = make(
        {"keywords": ['Bramble "Counter"', "bramble counter", "or"], "exclusions": ["jam"]}
    ).brand
    # Quotes inside a term are dropped, duplicates folded, a keyword "or" stays a word.
    assert build_query(brand) == '("Bramble Counter" OR "or") NOT "jam"'
    assert build_query(make({"keywords": []}).brand) == ""


def test_settings_reddit_would_refuse_are_found_at_start_and_raised_by_fetch() -> None:
    source = RedditSource.from_settings(make({"keywords": []}), environ=APP)
    assert source.describe()["search"] == "off (brand.keywords is empty)"
    with pytest.raises(ConfigError, match="nothing to read"):
        source.fetch({})
    long = RedditSource.from_settings(
        make({"keywords": [f"word{i}" for i in range(80)]}), environ=APP
    )
    with pytest.raises(ConfigError, match=r"brand\.keywords alone is 948 characters"):
        long.fetch({})
    bad = RedditSource.from_settings(
        make(watch_subreddits=["leeds/../../api"], oauth_url="oauth.reddit.com"), environ=APP
    )
    assert bad.describe()["problems"] == (
        "sources.reddit.watch_subreddits: 'leeds/../../api' is not a subreddit name "
        "(2-21 letters, digits or _, without r/); sources.reddit.oauth_url is not an http(s) URL"
    )
    with pytest.raises(ConfigError, match=r"watch_subreddits: 'leeds/\.\./\.\./api'"):
        bad.fetch({})


def test_a_query_over_reddits_limit_leaves_the_required_terms_to_the_brand_matcher(
    api: responses.RequestsMock,
) -> None:
    """The demo brand's 60-odd required terms make a 971-character query; Reddit takes 512."""
    required = ["coffee", "latte", "app", "cafe", "order"] + [f"term{i}" for i in range(70)]
    brand = {**BRAND, "required_terms": required}
    source = RedditSource.from_settings(
        make(brand, search_subreddits=["coffee", "leeds"]), environ=APP
    )
    assert source.query == '"bramble" NOT "bramble jam" NOT "brambles"'
    assert "checked against all of [brand]" in source.describe()["search"]
    token(api)
    add(
        api,
        "r/coffee+leeds/search/",
        "search_newest.json",
        **{**SEARCH, "q": source.query},
        limit=100,
    )
    batch = source.fetch({})
    # s3 ("best flat white") names no required term; s1 (latte) and s2 (app, order) do.
    assert [m.external_id for m in batch.mentions] == [fullname("s2"), fullname("s1")]
    assert batch.cursor["search:newest"] == fullname("s3")  # read, so passed


# --- reading once ----------------------------------------------------------------------------


def test_search_reads_each_result_once_across_cycles_and_a_restart(
    api: responses.RequestsMock, sqlite_factory: Any
) -> None:
    settings = make(search_subreddits=["leeds", "r/coffee"], mentions=False)
    pipeline = Pipeline(sqlite_factory, settings)
    token(api)
    add(api, "r/coffee+leeds/search/", "search_newest.json", **SEARCH, limit=100)
    add(api, "r/coffee+leeds/search/", "search_newest_2.json", **SEARCH, limit=100)

    source = RedditSource.from_settings(settings, environ=APP)
    first = collect(source, pipeline)
    second = collect(source, pipeline)
    restarted = RedditSource.from_settings(settings, environ=APP)
    third = collect(restarted, pipeline)  # Reddit shows the same newest page: nothing new

    assert [(r.received, r.stored) for r in (first, second, third)] == [(3, 3), (2, 2), (0, 0)]
    assert stored(sqlite_factory) == sorted(fullname(f"s{i}") for i in range(1, 6))
    assert cursor_of(sqlite_factory) == {
        "search:newest": fullname("s5"),
        "search:newest:created": created(11),
    }
    assert len(gets(api)) == 3  # one request per cycle


def test_watched_subreddits_keep_what_is_about_us_and_read_forward_with_before(
    api: responses.RequestsMock, sqlite_factory: Any
) -> None:
    settings = make(search=False, watch_subreddits=["leeds", "BrambleCoffee"], mentions=False)
    pipeline = Pipeline(sqlite_factory, settings)
    token(api)
    add(api, f"r/{WATCH}/comments/", "comments_newest.json", limit=100)
    add(api, f"r/{WATCH}/new", "submissions_newest.json", limit=100)
    add(api, f"r/{WATCH}/comments/", "comments_before_c5.json", limit=100, before=fullname("c5"))
    add(api, f"r/{WATCH}/new", "empty.json", limit=100, before=fullname("p2"))
    add(api, f"r/{WATCH}/comments/", "empty.json", limit=100, before=fullname("c7"))
    source = RedditSource.from_settings(settings, environ=APP)

    first = collect(source, pipeline)
    # c4 names "bramble jam" (excluded), c2 and p1 are not about us; c3 and p2 are in our
    # own community; c1 is a short reply in a thread about coffee.
    assert first.received == 4
    assert stored(sqlite_factory) == sorted(map(fullname, ["c1", "c3", "c5", "p2"]))

    second = collect(source, pipeline)
    assert (second.received, second.stored) == (1, 1)  # c7; c6 is about a walk in the park
    assert gets(api)[-2:] == [
        (f"/r/{WATCH}/comments/", {"before": fullname("c5"), "limit": "100", "raw_json": "1"}),
        (f"/r/{WATCH}/new", {"before": fullname("p2"), "limit": "100", "raw_json": "1"}),
    ]

    # Nothing new: one request per listing. An empty answer to before= can also mean the
    # cursor's item was deleted, so the next read of that listing re-anchors on the newest page.
    for _ in range(3):
        calls = len(api.calls)
        assert collect(source, pipeline).received == 0
        assert len(api.calls) - calls == 2
    assert [q.get("before") for _, q in gets(api)[-6:]] == [
        fullname("c7"),
        None,
        None,
        fullname("p2"),
        fullname("c7"),
        None,
    ]
    assert stored(sqlite_factory) == sorted(map(fullname, ["c1", "c3", "c5", "c7", "p2"]))
    cursor = cursor_of(sqlite_factory)
    assert cursor[f"comments:{WATCH}"] == fullname("c7")
    assert cursor[f"comments:{WATCH}:created"] == created(9)
    assert cursor[f"submissions:{WATCH}"] == fullname("p2")


def test_a_deleted_cursor_item_is_passed_by_its_time(api: responses.RequestsMock) -> None:
    settings = make(search=False, watch_subreddits=["leeds", "BrambleCoffee"], mentions=False)
    token(api)
    # c7 was removed: before=c7 finds nothing, and the newest page no longer lists it.
    add(api, f"r/{WATCH}/comments/", "empty.json", limit=100, before=fullname("c7"))
    add(api, f"r/{WATCH}/comments/", "comments_newest_without_c7.json", limit=100)
    add(api, f"r/{WATCH}/new", "empty.json", limit=100, before=fullname("p2"))
    add(api, f"r/{WATCH}/new", "submissions_newest.json", limit=100)
    cursor = {
        f"comments:{WATCH}": fullname("c7"),
        f"comments:{WATCH}:created": created(9),
        f"submissions:{WATCH}": fullname("p2"),
        f"submissions:{WATCH}:created": created(6),
    }
    source = RedditSource.from_settings(settings, environ=APP)
    first = source.fetch(cursor)
    assert first.mentions == () and first.cursor[f"comments:{WATCH}:recheck"] == "1"
    second = source.fetch(first.cursor)
    # c9 and c8 are newer than c7's time; c6 is older, so the read stops there.
    assert [m.external_id for m in second.mentions] == [fullname("c9"), fullname("c8")]
    assert second.cursor[f"comments:{WATCH}"] == fullname("c9")
    assert second.cursor[f"comments:{WATCH}:recheck"] == "0"


def test_a_burst_is_read_page_by_page_and_the_cursor_follows_the_pages(
    api: responses.RequestsMock, sqlite_factory: Any
) -> None:
    settings = make(
        search=False, watch_subreddits=["leeds", "BrambleCoffee"], mentions=False, limit=2
    )
    pipeline = Pipeline(sqlite_factory, settings)
    with sqlite_factory() as session, session.begin():
        write_cursor(
            session,
            "reddit",
            {f"comments:{WATCH}": fullname("c5"), f"comments:{WATCH}:created": created(5)},
            now=datetime.now(UTC),
        )
    token(api)
    add(api, f"r/{WATCH}/comments/", "comments_before_c5_more.json", limit=2, before=fullname("c5"))
    add(api, f"r/{WATCH}/comments/", "comments_before_c7.json", limit=2, before=fullname("c7"))
    add(api, f"r/{WATCH}/new", "submissions_newest.json", limit=2)
    add(api, f"r/{WATCH}/new", "empty.json", limit=2, before=fullname("p2"))

    report = collect(RedditSource.from_settings(settings, environ=APP), pipeline)
    # The first fetch read two comments and said "more"; collect fetched again at once.
    assert report.received == 4
    assert stored(sqlite_factory) == sorted(map(fullname, ["c7", "c8", "c9", "p2"]))
    assert cursor_of(sqlite_factory)[f"comments:{WATCH}"] == fullname("c9")


def test_overlapping_stream_polls_store_each_comment_once(
    api: responses.RequestsMock, sqlite_factory: Any
) -> None:
    """praw's recorded stream: a first poll, then ``before=`` an item of it (95 overlap)."""
    brand = {**BRAND, "communities": {"reddit": [TEST_SUB]}}
    settings = make(brand, search=False, watch_subreddits=[TEST_SUB], mentions=False)
    pipeline = Pipeline(sqlite_factory, settings)
    recorded = cassette("TestSubredditStreams.test_comments__with_continue_after_id.json")
    for interaction in recorded:
        replay(api, interaction)
    add(api, f"r/{TEST_SUB}/new", "empty.json", limit=100)
    add(api, f"r/{TEST_SUB}/new", "empty.json", limit=100, before=fullname("p2"))

    first = collect(RedditSource.from_settings(settings, environ=APP), pipeline)
    assert (first.received, first.stored) == (100, 100)
    newest = cursor_of(sqlite_factory)[f"comments:{TEST_SUB}"]
    assert newest == "t1_k3yrfii"

    # A restart from an older cursor (a restored backup, or a crash after the mentions were
    # committed but before the cursor was): Reddit answers before= with the 95 newer ones.
    page = json.loads(recorded[1]["response"]["body"]["string"])
    older = next(c["data"] for c in page["data"]["children"] if c["data"]["name"] == "t1_k3v0jp3")
    with sqlite_factory() as session, session.begin():
        write_cursor(
            session,
            "reddit",
            {
                f"comments:{TEST_SUB}": "t1_k3v0jp3",
                f"comments:{TEST_SUB}:created": repr(older["created_utc"]),
            },
            now=datetime.now(UTC),
        )
    second = collect(RedditSource.from_settings(settings, environ=APP), pipeline)
    assert (second.received, second.stored, second.duplicates) == (95, 0, 95)
    assert len(stored(sqlite_factory)) == 100
    assert cursor_of(sqlite_factory)[f"comments:{TEST_SUB}"] == newest
    comment_reads = [q for path, q in gets(api) if path.endswith("/comments/")]
    assert comment_reads == [
        dict(parse_qsl(urlsplit(i["request"]["uri"]).query)) for i in recorded[1:]
    ]


def test_real_comments_listing_is_filtered_by_the_brand_matcher(
    api: responses.RequestsMock,
) -> None:
    brand = {"keywords": ["dreams"], "required_terms": [], "exclusions": []}
    settings = make(brand, search=False, watch_subreddits=["askreddit"], mentions=False)
    recorded = cassette("TestSubredditListings.test_comments.json")
    replay(api, recorded[0])
    replay(api, recorded[1])
    add(api, "r/askreddit/new", "empty.json", limit=100)
    batch = RedditSource.from_settings(settings, environ=APP).fetch({})

    children = json.loads(recorded[1]["response"]["body"]["string"])["data"]["children"]
    matcher = BrandMatcher(settings.brand)
    expected = [
        c["data"]["name"]
        for c in children
        if matcher.check(c["data"]["body"], context=c["data"]["link_title"]).relevant
    ]
    kept = [m.external_id for m in batch.mentions]
    assert kept == expected and 0 < len(kept) < 100
    # Short replies in a thread titled about "dreams" count: the title is their context.
    assert any("dreams" not in m.text.lower() for m in batch.mentions)
    assert batch.cursor["comments:askreddit"] == children[0]["data"]["name"]


def test_real_search_results_become_posts(api: responses.RequestsMock) -> None:
    brand = {"keywords": ["praw", "oauth"], "required_terms": [], "exclusions": []}
    settings = make(brand, mentions=False)
    recorded = cassette("TestSubreddit.test_search.json")
    replay(api, recorded[0])
    # Recorded with an older praw's parameters; praw 8 sends these for sort="new".
    search = {"q": '("praw" OR "oauth")', "restrict_sr": False, "sort": "new"}
    add(
        api,
        "r/all/search/",
        recorded[1]["response"]["body"]["string"],
        **search,
        syntax="lucene",
        t="all",
        limit=100,
    )
    batch = RedditSource.from_settings(settings, environ=APP).fetch({})
    assert len(batch.mentions) == 6
    first = batch.mentions[0]
    assert first.external_id == "t3_3gpbiu" and first.kind == "submission"
    assert first.text.startswith("[PRAW][OAuth2Util] Problem using get_banned()")
    assert first.community == "redditdev" and first.url.startswith("https://www.reddit.com/r/")


def test_username_mentions_from_the_inbox_with_a_refresh_token(
    api: responses.RequestsMock, sqlite_factory: Any
) -> None:
    settings = make(search=False, limit=16)
    pipeline = Pipeline(sqlite_factory, settings)
    recorded = cassette("TestInbox.test_mentions.json")
    replay(api, recorded[0])
    replay(api, recorded[1])  # GET message/mentions?limit=16&raw_json=1, as recorded
    add(api, "message/mentions", "empty.json", limit=16, before="t1_ekftbox")
    source = RedditSource.from_settings(settings, environ=REFRESHING)

    assert collect(source, pipeline).stored == 16
    assert collect(source, pipeline).received == 0
    sign_in = api.calls[0].request
    assert dict(parse_qsl(sign_in.body)) == {
        "grant_type": "refresh_token",
        "refresh_token": REFRESH,
    }
    assert source.describe()["mentions"] == "on"
    with sqlite_factory() as session:
        row = session.scalars(select(Mention).where(Mention.external_id == "t1_ekftbox")).one()
    # Inbox items carry `context` instead of a permalink: the source completes both.
    assert row.url == (
        "https://www.reddit.com/r/RemovedByBotter/comments/bb24k7/"
        "just_a_normal_girl_going_for_her_10th_class_exam/ekftbox/"
    )
    assert row.thread_id == "t3_bb24k7" and row.parent_id == "t3_bb24k7"


# --- errors keep the cursor ------------------------------------------------------------------


def _watch_cycle_one(api: responses.RequestsMock, pipeline: Pipeline) -> None:
    token(api)
    add(api, f"r/{WATCH}/comments/", "comments_newest.json", limit=100)
    add(api, f"r/{WATCH}/new", "submissions_newest.json", limit=100)
    add(api, f"r/{WATCH}/new", "empty.json", limit=100, before=fullname("p2"))
    assert collect(RedditSource.from_settings(pipeline.settings, environ=APP), pipeline).stored == 4


@pytest.mark.parametrize(
    ("case", "error", "message"),
    [
        ("503", UpstreamError, r"Reddit's servers failed \(HTTP 503\) while reading new comments"),
        ("timeout", UpstreamError, "no answer within 30 s while reading new comments"),
        ("truncated", UpstreamError, r"malformed or truncated answer \(HTTP 200\)"),
        ("401", ConfigError, r"rejected the credentials \(HTTP 401\)"),
        ("token_401", ConfigError, r"rejected the credentials \(HTTP 401\)"),
        ("invalid_grant", ConfigError, "invalid_grant, a wrong username or password"),
        ("429", UpstreamError, r"rate limit was reached \(HTTP 429\).*resets in 212 s"),
    ],
)
def test_errors_keep_the_cursor_and_the_next_cycle_recovers(
    api: responses.RequestsMock,
    sqlite_factory: Any,
    caplog: pytest.LogCaptureFixture,
    slept: list[float],
    case: str,
    error: type[Exception],
    message: str,
) -> None:
    settings = make(search=False, watch_subreddits=["leeds", "BrambleCoffee"], mentions=False)
    pipeline = Pipeline(sqlite_factory, settings)
    _watch_cycle_one(api, pipeline)
    before = cursor_of(sqlite_factory)
    path, query = f"r/{WATCH}/comments/", {"limit": 100, "before": fullname("c5")}
    if case == "token_401":
        token(api, status=401, body=ERRORS["token_401"]["body"], content_type="application/json")
    elif case == "invalid_grant":
        token(api, body=ERRORS["invalid_grant"]["body"], content_type="application/json")
    elif case == "timeout":
        for _ in range(3):  # prawcore retries a read timeout twice
            add(api, path, requests.exceptions.ReadTimeout("read timed out"), **query)
    elif case == "truncated":
        add(api, path, "comments_newest.truncated", **query)
    else:
        fail(api, path, case, times=1 if case == "429" else 3, **query)
    token(api)  # the next sign-in works again
    add(api, path, "comments_before_c5.json", **query)
    clock = Clock()
    restarted = RedditSource.from_settings(settings, environ=SCRIPT, clock=clock)

    caplog.set_level(logging.DEBUG)
    with pytest.raises(error, match=message) as raised:
        collect(restarted, pipeline)
    assert cursor_of(sqlite_factory) == before
    with sqlite_factory() as session:
        state = session.get(SourceState, "reddit")
        assert state.consecutive_failures == 1 and message.split(" ")[0].strip("\\") in (
            state.last_error or ""
        )
    if case == "429":
        assert raised.value.retry_after == 212
        clock.now += timedelta(seconds=213)
    if case in ("503", "timeout"):
        assert len(slept) == 2  # prawcore's two retries, not slept for real
    for text in (str(raised.value), state.last_error or ""):
        assert SECRET not in text and PASSWORD not in text
    assert SECRET not in caplog.text and PASSWORD not in caplog.text

    again = collect(restarted, pipeline)
    assert (again.received, again.stored) == (1, 1)
    assert stored(sqlite_factory).count(fullname("c7")) == 1
    assert cursor_of(sqlite_factory)[f"comments:{WATCH}"] == fullname("c7")


def test_an_error_mid_listing_returns_nothing_for_that_cycle(
    api: responses.RequestsMock, sqlite_factory: Any
) -> None:
    settings = make(
        search=False, watch_subreddits=["leeds", "BrambleCoffee"], mentions=False, limit=4
    )
    pipeline = Pipeline(sqlite_factory, settings)
    with sqlite_factory() as session, session.begin():
        write_cursor(
            session,
            "reddit",
            {
                f"comments:{WATCH}": fullname("c5"),
                f"comments:{WATCH}:created": created(5),
                f"submissions:{WATCH}": fullname("p2"),
                f"submissions:{WATCH}:created": created(6),
            },
            now=datetime.now(UTC),
        )
    before = cursor_of(sqlite_factory)
    token(api)
    add(api, f"r/{WATCH}/new", "empty.json", limit=4, before=fullname("p2"))
    # Reddit drops removed items after paging, so a page may be short and still say "more".
    add(api, f"r/{WATCH}/comments/", "comments_before_c5_more.json", limit=4, before=fullname("c5"))
    fail(api, f"r/{WATCH}/comments/", "503", times=3, limit=2, before=fullname("c7"))
    add(api, f"r/{WATCH}/comments/", "comments_before_c7.json", limit=2, before=fullname("c7"))
    source = RedditSource.from_settings(settings, environ=APP)

    with pytest.raises(UpstreamError):
        collect(source, pipeline)
    assert stored(sqlite_factory) == [] and cursor_of(sqlite_factory) == before
    report = collect(source, pipeline)
    assert (report.received, report.stored) == (3, 3)  # c7, c9, c8 (c6 is not about us)
    assert cursor_of(sqlite_factory)[f"comments:{WATCH}"] == fullname("c9")


def test_a_private_subreddit_skips_its_listing_only(api: responses.RequestsMock) -> None:
    settings = make(search=False, watch_subreddits=["leeds", "BrambleCoffee"], mentions=False)
    token(api)
    fail(api, f"r/{WATCH}/comments/", "403_private", limit=100)
    add(api, f"r/{WATCH}/new", "submissions_newest.json", limit=100)
    batch = RedditSource.from_settings(settings, environ=APP).fetch({})
    assert [m.external_id for m in batch.mentions] == [fullname("p2")]
    assert f"comments:{WATCH}" not in batch.cursor and f"submissions:{WATCH}" in batch.cursor
    (problem,) = batch.problems
    assert "HTTP 403, private" in problem and f"new comments in r/{WATCH}" in problem

    fail(api, f"r/{WATCH}/new", "403_private", limit=100)
    with pytest.raises(ConfigError, match="subreddit is private, quarantined or banned"):
        RedditSource.from_settings(settings, environ=APP).fetch({})  # every listing failed


def test_a_spent_rate_limit_postpones_the_cycle_without_a_request(
    api: responses.RequestsMock, slept: list[float]
) -> None:
    settings = make(search=False, watch_subreddits=["leeds", "BrambleCoffee"], mentions=False)
    token(api)
    add(
        api,
        f"r/{WATCH}/comments/",
        "comments_newest.json",
        limit=100,
        headers={
            "x-ratelimit-remaining": "0",
            "x-ratelimit-used": "600",
            "x-ratelimit-reset": "40",
        },
    )
    add(api, f"r/{WATCH}/comments/", "comments_newest.json", limit=100)
    add(api, f"r/{WATCH}/new", "submissions_newest.json", limit=100)
    clock = Clock()
    source = RedditSource.from_settings(settings, environ=APP, clock=clock)
    with pytest.raises(UpstreamError, match="resets in 40 s") as raised:
        source.fetch({})
    assert raised.value.retry_after == 40 and len(gets(api)) == 1
    clock.now += timedelta(seconds=41)
    assert len(source.fetch({}).mentions) == 4
    assert slept and slept[-1] >= 1  # prawcore's own limiter waited too (recorded, not slept)


# --- credentials, description, hosts -------------------------------------------------------


def test_missing_credentials_are_named_and_nothing_is_requested(
    api: responses.RequestsMock,
) -> None:
    source = RedditSource.from_settings(make(), environ={"RAPPORT_REDDIT_CLIENT_ID": "x"})
    assert not source.configured and not source.can_post
    missing = ["RAPPORT_REDDIT_CLIENT_SECRET", "RAPPORT_REDDIT_USER_AGENT"]
    assert source.missing_credentials() == missing
    assert source.describe()["configured"] == f"no (set {', '.join(missing)})"
    with pytest.raises(
        ConfigError, match="RAPPORT_REDDIT_CLIENT_SECRET, RAPPORT_REDDIT_USER_AGENT"
    ):
        source.fetch({})
    with pytest.raises(ConfigError, match="RAPPORT_REDDIT_USERNAME and RAPPORT_REDDIT_PASSWORD"):
        source.reply(_mention("t1_abc"), "hello")
    assert len(api.calls) == 0


def test_describe_and_repr_never_show_secrets() -> None:
    settings = make(search_subreddits=["leeds"], watch_subreddits=["leeds", "BrambleCoffee"])
    for environ in (SCRIPT, REFRESHING):
        source = RedditSource.from_settings(settings, environ=environ)
        assert source.configured and source.can_post
        text = json.dumps(source.describe()) + repr(source) + repr(source.credentials)
        for secret in (SECRET, PASSWORD, REFRESH, "fake-client-id"):
            assert secret not in text
    described = RedditSource.from_settings(settings, environ=SCRIPT).describe()
    assert described["login"] == "u/bramble_counter (username and password)"
    assert described["search"] == f"r/leeds: {QUERY}"
    assert described["replies"] == "yes, as u/bramble_counter"
    app_only = RedditSource.from_settings(settings, environ=APP)
    assert app_only.configured and not app_only.can_post
    assert app_only.describe()["mentions"].startswith("off (needs RAPPORT_REDDIT_USERNAME")
    assert [listing.key for listing in app_only.listings()] == [
        "search:newest",
        f"comments:{WATCH}",
        f"submissions:{WATCH}",
    ]


def test_the_source_is_registered_and_builds_without_credentials(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for name in [n for n in os.environ if n.startswith("RAPPORT_REDDIT_")]:
        monkeypatch.delenv(name)
    assert RedditSource in SOURCE_CLASSES
    built = build_sources(make(enabled=True))
    assert isinstance(built["reddit"], RedditSource) and not built["reddit"].configured


def test_base_urls_and_timeout_reach_every_request(api: responses.RequestsMock) -> None:
    host = "http://127.0.0.1:8765"
    settings = make(
        search=False,
        watch_subreddits=["BrambleCoffee"],
        mentions=False,
        oauth_url=f"{host}/",
        reddit_url=f"{host}/",
        timeout_seconds=7.5,
    )
    token(api, base=host)
    add(api, "r/BrambleCoffee/comments/", "empty.json", base=host, limit=100)
    add(api, "r/BrambleCoffee/new", "submissions_newest.json", base=host, limit=100)
    batch = RedditSource.from_settings(settings, environ=SCRIPT).fetch({})
    assert len(batch.mentions) == 1
    assert [c.request.url.split("?")[0] for c in api.calls] == [
        f"{host}/api/v1/access_token",
        f"{host}/r/BrambleCoffee/comments/",
        f"{host}/r/BrambleCoffee/new",
    ]
    assert {c.request.req_kwargs["timeout"] for c in api.calls} == {7.5}  # type: ignore[attr-defined]
    user_agent = api.calls[1].request.headers["User-Agent"]
    assert user_agent.startswith(APP["RAPPORT_REDDIT_USER_AGENT"] + " PRAW/")


# --- replies -----------------------------------------------------------------------------------


def _mention(external_id: str) -> RawMention:
    return RawMention(
        platform="reddit",
        external_id=external_id,
        text="hello",
        author_id=None,
        author_handle="someone",
        created_at=datetime(2026, 11, 23, tzinfo=UTC),
    )


@pytest.mark.parametrize(
    ("name", "target", "text", "expected"),
    [
        ("TestComment.test_reply.json", "t1_d1616q2", "Comment reply", "t1_d1680wu"),
        ("TestSubmission.test_reply.json", "t3_4b1tfm", "Test reply", "t1_d162ara"),
    ],
)
def test_reply_posts_under_the_comment_or_post_and_returns_the_new_fullname(
    api: responses.RequestsMock, name: str, target: str, text: str, expected: str
) -> None:
    recorded = cassette(name)
    replay(api, recorded[0])
    replay(api, recorded[1])
    source = RedditSource.from_settings(make(), environ=SCRIPT)
    assert source.reply(_mention(target), text) == expected
    posted = api.calls[-1].request
    assert dict(parse_qsl(posted.body)) == {"api_type": "json", "text": text, "thing_id": target}
    assert dict(parse_qsl(api.calls[0].request.body))["grant_type"] == "password"


def test_a_reply_reddit_accepts_without_a_comment_is_an_error(
    api: responses.RequestsMock,
) -> None:
    for interaction in cassette("TestComment.test_reply__none.json"):
        replay(api, interaction)
    source = RedditSource.from_settings(make(), environ=SCRIPT)
    with pytest.raises(
        UpstreamError, match=r"Reddit accepted the reply .* but returned no comment"
    ):
        source.reply(_mention("t1_eear2ml"), "TEST")
    with pytest.raises(ReviewError, match="not a Reddit comment"):
        source.reply(_mention("12345"), "TEST")


def _comment_posts(mock: responses.RequestsMock) -> int:
    return sum(1 for c in mock.calls if urlsplit(c.request.url).path == "/api/comment/")


@pytest.mark.parametrize("failure", ["503", "timeout"])
def test_a_reply_with_an_unknown_outcome_is_never_posted_twice(
    api: responses.RequestsMock, failure: str
) -> None:
    """prawcore retries a POST after a timeout or a 5xx: a reply must not go out twice."""
    recorded = cassette("TestComment.test_reply.json")
    replay(api, recorded[0])
    url = f"{OAUTH}/api/comment/"
    if failure == "timeout":
        api.add(responses.POST, url, body=requests.exceptions.ReadTimeout("read timed out"))
    else:
        error = ERRORS["503"]
        api.add(responses.POST, url, body=error["body"], status=503, content_type="text/html")
    replay(api, recorded[1])  # what a second POST would get: a second comment
    source = RedditSource.from_settings(make(), environ=SCRIPT)
    with pytest.raises(UpstreamError, match="may have been posted, so it was not sent again"):
        source.reply(_mention("t1_d1616q2"), "Comment reply")
    assert _comment_posts(api) == 1


def test_a_reply_refused_with_401_is_sent_again_after_signing_in(
    api: responses.RequestsMock,
) -> None:
    recorded = cassette("TestComment.test_reply.json")
    replay(api, recorded[0])
    error = ERRORS["401"]
    api.add(
        responses.POST,
        f"{OAUTH}/api/comment/",
        body=error["body"],
        status=401,
        headers={"www-authenticate": error["headers"]["www-authenticate"]},
        content_type="application/json",
    )
    replay(api, recorded[1])
    source = RedditSource.from_settings(make(), environ=SCRIPT)
    assert source.reply(_mention("t1_d1616q2"), "Comment reply") == "t1_d1680wu"
    assert _comment_posts(api) == 2


@pytest.mark.parametrize(
    ("case", "error", "message", "retry_after"),
    [
        ("reply_locked", ReviewError, "THREAD_LOCKED: 'Comments are locked.'", None),
        ("reply_ratelimit", UpstreamError, "RATELIMIT: .*9 minutes", 540),
    ],
)
def test_reddits_refusals_of_a_reply(
    api: responses.RequestsMock,
    case: str,
    error: type[Exception],
    message: str,
    retry_after: float | None,
) -> None:
    replay(api, cassette("TestComment.test_reply.json")[0])
    body = ERRORS[case]["body"]
    api.add(responses.POST, f"{OAUTH}/api/comment/", body=body, content_type="application/json")
    source = RedditSource.from_settings(make(), environ=SCRIPT)
    with pytest.raises(error, match=message) as raised:
        source.reply(_mention("t1_d1616q2"), "Comment reply")
    assert getattr(raised.value, "retry_after", None) == retry_after


def test_find_reply_looks_for_our_comment_under_the_mention(api: responses.RequestsMock) -> None:
    me = cassette("TestUser.test_me.json")
    replay(api, me[0])
    replay(api, me[1])  # GET api/v1/me → PyAPITestUser2
    add(api, "user/PyAPITestUser2/comments", "our_comments.json", sort="new", limit=100)
    source = RedditSource.from_settings(make(), environ=REFRESHING)
    sorry = "Sorry about that,  could you send us a DM\nwith the order number?"
    assert source.find_reply(_mention(fullname("m1")), sorry) == "t1_o1r0001"
    assert source.find_reply(_mention(fullname("m2")), "other words") == "t1_o1r0002"
    assert source.find_reply(_mention("t1_nothere"), sorry) is None
    assert [path for path, _ in gets(api)].count("/api/v1/me") == 1


# --- the real command line against a local Reddit ----------------------------------------------


class _FakeReddit(BaseHTTPRequestHandler):
    """Serves the sign-in and the listings from tests/fixtures/reddit; records requests."""

    seen: ClassVar[list[dict[str, Any]]] = []

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        self._record(self.rfile.read(length).decode())
        self._send(
            {
                "access_token": "local-token",
                "token_type": "bearer",
                "expires_in": 3600,
                "scope": "*",
            }
        )

    def do_GET(self) -> None:
        self._record("")
        url = urlsplit(self.path)
        query = dict(parse_qsl(url.query))
        pages = {
            f"/r/{WATCH}/comments/": "comments_newest.json",
            f"/r/{WATCH}/new": "submissions_newest.json",
            "/r/leeds/search/": "search_newest.json",
            "/message/mentions": "mentions_newest.json",
        }
        # Nothing older than the first page (back-fill ends) and nothing newer (before=).
        older_or_newer = "before" in query or "after" in query
        name = "empty.json" if older_or_newer else pages.get(url.path)
        if name is None or self.headers.get("Authorization") != "bearer local-token":
            self.send_response(404)
            self.end_headers()
            return
        self._send(json.loads((FIXTURES / name).read_text()))

    def _record(self, body: str) -> None:
        self.seen.append(
            {"method": self.command, "path": self.path, "body": body, "headers": dict(self.headers)}
        )

    def _send(self, payload: Any) -> None:
        data = json.dumps(payload).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json; charset=UTF-8")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args: Any) -> None:
        pass


@pytest.fixture
def local_reddit() -> Iterator[tuple[str, list[dict[str, Any]]]]:
    _FakeReddit.seen = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), _FakeReddit)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", _FakeReddit.seen
    finally:
        server.shutdown()
        server.server_close()


def test_cli_collects_from_a_local_reddit_and_exports_the_rows(
    tmp_path: Path, local_reddit: tuple[str, list[dict[str, Any]]]
) -> None:
    host, seen = local_reddit
    config = tmp_path / "rapport.toml"
    config.write_text(
        f"""
[brand]
name = "Bramble"
handles = {{ reddit = ["bramble_counter"] }}
communities = {{ reddit = ["BrambleCoffee"] }}
keywords = ["bramble"]
required_terms = ["coffee", "latte", "toastie", "app", "cafe", "order"]
exclusions = ["bramble jam"]

[sources.reddit]
enabled = true
oauth_url = "{host}"
reddit_url = "{host}"
search_subreddits = ["leeds"]
watch_subreddits = ["leeds", "BrambleCoffee"]
timeout_seconds = 10
# The recorded items were posted on 2026-11-23: look back far enough to reach them.
backfill_hours = 87600
"""
    )
    database = f"sqlite:///{tmp_path / 'rapport.db'}"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("RAPPORT_", "praw_"))}
    env.update(SCRIPT)

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        result = subprocess.run(
            [
                sys.executable,
                str(ROOT / "run_bot.py"),
                "--config",
                str(config),
                "--database-url",
                database,
                *args,
            ],
            capture_output=True,
            text=True,
            cwd=tmp_path,
            env=env,
            timeout=120,
        )
        assert result.returncode == 0, result.stderr
        return result

    first = run("collect", "--source", "reddit")
    assert "reddit: 9 received, 9 stored" in first.stdout
    second = run("collect", "--source", "reddit")
    assert "reddit: 0 received, 0 stored" in second.stdout
    exported = run("export", "mentions", "--format", "jsonl")
    rows = {row["external_id"]: row for row in map(json.loads, exported.stdout.splitlines())}
    assert sorted(rows) == sorted(
        [fullname(k) for k in ("c1", "c3", "c5", "p2", "s1", "s2", "s3", "m1", "m2")]
    )
    assert {row["platform"] for row in rows.values()} == {"reddit"}
    assert rows[fullname("m1")]["author_handle"] == "oatmilk_olivia"
    assert rows[fullname("p2")]["is_own"] is True  # posted by our own account

    sign_ins = [r for r in seen if r["method"] == "POST"]
    assert all(r["path"] == "/api/v1/access_token" for r in sign_ins) and len(sign_ins) == 2
    assert dict(parse_qsl(sign_ins[0]["body"]))["grant_type"] == "password"
    assert all(
        r["headers"]["User-Agent"].startswith(SCRIPT["RAPPORT_REDDIT_USER_AGENT"]) for r in seen
    )
    reads = [r["path"] for r in seen if r["method"] == "GET"]
    # Four listings: the newest page and one back-fill page each (after=), then a second
    # run reads forward with before= (search, not chronological, reads its newest page).
    assert len(reads) == 12
    assert [("after=" in path) for path in reads[:8]] == [False, True] * 4
    assert all("before=" in path for path in reads[8:] if "/search/" not in path)
    assert SECRET not in first.stderr + second.stderr and PASSWORD not in first.stderr
