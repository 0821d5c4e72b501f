"""The X source on the pay-per-use plan: the dollar budget, spend per operation, long brand
queries split to fit the plan, and search with the bearer token alone.

Same harness as ``test_source_twitter.py``: API-shaped pages from ``tests/fixtures/twitter``
replayed with ``responses``, a fake clock, the pipeline on SQLite (the publisher test uses
the ``factory`` database, PostgreSQL when ``RAPPORT_TEST_DATABASE_URL`` is set).
"""

from __future__ import annotations

import logging
import os
import re
import subprocess
import sys
import tomllib
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
import responses
from sqlalchemy import select

from config.settings import BrandSettings, Settings, TwitterSourceSettings, load_settings
from listener.pipeline import Pipeline, collect, read_cursor, write_cursor
from listener.sources import build_sources
from listener.sources.base import Metered
from listener.sources.twitter import TwitterSource, search_queries
from listener.sources.twitter.budget import Spend, has_link
from responders.publishing import Publisher
from store.db import make_engine, make_sessionmaker
from store.migrate import upgrade
from store.models import Draft
from tests.conftest import make_settings
from tests.test_source_twitter import (
    FIELDS,
    MENTIONS_URL,
    NOW,
    OUR_ID,
    PAGE1_IDS,
    PAGE1_TOKEN,
    QUERY,
    ROOT,
    SEARCH_URL,
    SECRETS,
    TWEETS_URL,
    FakeTime,
    add_page,
    cursor_of,
    fixture,
    make_source,
    params,
    stored,
)

DEMO = ROOT / "config" / "demo" / "rapport.toml"
BEARER_ONLY = {"RAPPORT_TWITTER_BEARER_TOKEN": SECRETS["RAPPORT_TWITTER_BEARER_TOKEN"]}


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


def demo_brand() -> BrandSettings:
    with DEMO.open("rb") as handle:
        return BrandSettings(**tomllib.load(handle)["brand"])


def terms_of(query: str) -> set[str]:
    """The positive terms of a query (words and phrases, not operators or negations)."""
    found = re.findall(r'(-?)("[^"]*"|[#@$]?[\w\'’é]+(?::\w+)?)', query)
    return {t.strip('"') for neg, t in found if not neg and t not in ("OR",) and ":" not in t}


# --- the long query ------------------------------------------------------------------------


def test_the_demo_brands_896_character_query_is_split_into_queries_that_fit_and_cover_it() -> None:
    brand = demo_brand()
    plan = search_queries(brand)
    assert plan.full_length == 896 and plan.dropped_exclusions == []
    assert len(plan.queries) > 1
    assert all(len(q) <= 512 for q in plan.queries)
    keywords = {k.strip() for k in brand.keywords}
    required = {r.strip() for r in brand.required_terms}
    seen: set[str] = set()
    for query in plan.queries:
        terms = terms_of(query)
        seen |= terms
        if terms & required:
            # Every part that searches words carries every keyword and every exclusion.
            assert keywords <= terms
            for exclusion in brand.exclusions:
                assert f'-"{exclusion}"' in query or f"-{exclusion}" in query
            assert query.endswith("-from:bramblecounter -is:retweet")
    assert required <= seen and keywords <= seen
    # Each required term is asked for once (a post matching two parts is read twice, at most).
    flat = [t for q in plan.queries for t in terms_of(q) if t in required]
    assert sorted(flat) == sorted(required)
    # The handle rides along once.
    assert sum(q.count("@bramblecounter") for q in plan.queries) == 1


def test_the_demo_brand_builds_with_x_enabled_so_run_starts() -> None:
    settings = load_settings(
        config_file=DEMO, environ={}, overrides={("sources", "twitter", "enabled"): True}
    )
    source = build_sources(settings)["twitter"]
    assert isinstance(source, TwitterSource)
    assert source.setting_problems == []  # `run` refuses to start on any of these
    described = source.describe({})
    assert (
        "queries (the brand query is 896 characters; the plan accepts 512)" in (described["query"])
    )


def test_a_shorter_plan_limit_splits_keywords_too_and_keeps_exclusions_that_fit() -> None:
    brand = BrandSettings(
        keywords=[f"bramblekeyword{i}" for i in range(12)],
        required_terms=["coffee", "latte", "toastie", "soup"],
        exclusions=["bramble jam", "bramble jelly", "bramble bush"],
        handles={"twitter": ["bramblecounter"]},
    )
    plan = search_queries(brand, max_length=130)
    assert all(len(q) <= 130 for q in plan.queries)
    pairs = {
        (k, r)
        for q in plan.queries
        for k in terms_of(q)
        if k.startswith("bramblekeyword")
        for r in terms_of(q) & set(brand.required_terms)
    }
    assert pairs == {(k, r) for k in brand.keywords for r in brand.required_terms}
    assert sum("@bramblecounter" in q for q in plan.queries) == 1
    # Too tight for all three exclusions with the longest keyword and term: the last are
    # left to the pipeline's brand matcher, and the source says so.
    tight = search_queries(brand, max_length=100)
    assert tight.dropped_exclusions and all(len(q) <= 100 for q in tight.queries)
    source = TwitterSource(TwitterSourceSettings(max_query_length=100), brand, environ=SECRETS)
    assert "left to the brand matcher" in source.describe()["query"]


def test_split_queries_keep_their_own_cursors_and_a_post_found_by_two_is_stored_once(
    rsps: responses.RequestsMock,
    settings: Settings,
    time: FakeTime,
    pipeline: Pipeline,
    sqlite_factory: Any,
) -> None:
    source = make_source(settings, time, max_query_length=110)
    assert [name for name, _ in source.search_listings()] == ["search", "search.2"]
    first, second = (query for _, query in source.search_listings())
    assert len(first) <= 110 and len(second) <= 110 and "@bramblecounter" in second
    # The first part reads two pages; the second returns 1993210000000000003 again.
    add_page(rsps, SEARCH_URL, "search_page1.json")
    add_page(rsps, SEARCH_URL, "search_page2.json")
    add_page(rsps, SEARCH_URL, "mentions_page1.json")
    report = collect(source, pipeline)
    assert [params(c) for c in rsps.calls] == [
        {**FIELDS, "query": first},
        {**FIELDS, "query": first, "next_token": PAGE1_TOKEN},
        {**FIELDS, "query": second},
    ]
    assert (report.received, report.stored, report.duplicates) == (6, 6, 0)
    assert "1993210000000000003" in stored(sqlite_factory)
    cursor = cursor_of(sqlite_factory)
    assert cursor["search:since_id"] == "1993212000000000005"
    assert cursor["search.2:since_id"] == "1993213000000000007"
    assert cursor["spend:2026-11:search"] == str(7 * 5_000)  # X bills what it returned

    # A restart: each part goes on from its own since_id; a post both return is kept once.
    rsps.reset()
    add_page(rsps, SEARCH_URL, "search_new.json")
    add_page(rsps, SEARCH_URL, "search_new.json")
    again = collect(make_source(settings, time, max_query_length=110), pipeline)
    assert [params(c) for c in rsps.calls] == [
        {**FIELDS, "query": first, "since_id": "1993212000000000005"},
        {**FIELDS, "query": second, "since_id": "1993213000000000007"},
    ]
    assert (again.received, again.stored) == (1, 1)
    assert len(stored(sqlite_factory)) == 7


def test_when_one_part_of_a_split_search_fails_the_others_wait_and_mentions_are_read(
    rsps: responses.RequestsMock, settings: Settings, time: FakeTime
) -> None:
    from tests.test_source_twitter import add_error

    add_error(rsps, SEARCH_URL, "error_503.json")
    add_page(rsps, MENTIONS_URL, "mentions_page1.json")
    source = make_source(settings, time, max_query_length=110, mentions=True, user_id=OUR_ID)
    batch = source.fetch({"search.2:since_id": "1993100000000000000"})
    assert [urlsplit(c.request.url).path for c in rsps.calls] == [
        "/2/tweets/search/recent",
        f"/2/users/{OUR_ID}/mentions",
    ]
    assert len(batch.mentions) == 2 and batch.problems[0].startswith("search: X API server error")
    assert batch.cursor["search.2:since_id"] == "1993100000000000000"  # read next cycle


# --- the dollar budget ---------------------------------------------------------------------


def test_spend_per_operation_is_stored_with_the_mentions_it_paid_for(
    rsps: responses.RequestsMock,
    settings: Settings,
    time: FakeTime,
    pipeline: Pipeline,
    sqlite_factory: Any,
) -> None:
    add_page(rsps, SEARCH_URL, "search_page1.json")  # 3 posts
    add_page(rsps, SEARCH_URL, "search_page2.json")  # 2 posts
    add_page(rsps, MENTIONS_URL, "mentions_page1.json")  # 2 posts
    source = make_source(settings, time, mentions=True, user_id=OUR_ID)
    collect(source, pipeline)
    cursor = cursor_of(sqlite_factory)
    assert cursor["spend:2026-11:search"] == str(5 * 5_000)  # $0.005 per post read
    assert cursor["spend:2026-11:mentions"] == str(2 * 1_000)  # $0.001 per mention read
    assert source.describe(cursor)["spend"] == (
        "$0.027 of $25.00 this month (search $0.025, mentions $0.002, replies $0.00)"
    )

    rsps.reset()
    add_page(rsps, SEARCH_URL, "empty.json")
    add_page(rsps, MENTIONS_URL, "empty.json")
    collect(source, pipeline)  # an empty page costs nothing
    assert cursor_of(sqlite_factory)["spend:2026-11:search"] == "25000"


def test_a_read_that_might_pass_the_budget_is_not_made_and_next_month_reading_resumes(
    rsps: responses.RequestsMock,
    settings: Settings,
    time: FakeTime,
    pipeline: Pipeline,
    sqlite_factory: Any,
    caplog: pytest.LogCaptureFixture,
) -> None:
    # $1 a month; $0.49 spent; a page of 100 posts may cost $0.50: the first page fits,
    # the second (after 3 posts, $0.505 spent) might not, so the run stops with its token.
    with sqlite_factory() as session, session.begin():
        write_cursor(session, "twitter", {"spend:2026-11:search": "490000"}, now=NOW)
    add_page(rsps, SEARCH_URL, "search_page1.json")
    add_page(rsps, SEARCH_URL, "search_page2.json")
    source = make_source(settings, time, monthly_budget_usd=1.0)
    caplog.set_level(logging.WARNING)
    report = collect(source, pipeline)
    assert len(rsps.calls) == 1 and report.stored == 3
    message = (
        "X spend budget for 2026-11 reached: $0.505 of $1.00 spent and the next read may cost "
        "up to $0.50 (sources.twitter.monthly_budget_usd); reading resumes at "
        "2026-12-01 00:00 UTC"
    )
    assert report.problems == [message]
    cursor = cursor_of(sqlite_factory)
    assert cursor["spend:2026-11:search"] == "505000"
    assert cursor["search:next_token"] == PAGE1_TOKEN
    assert "PAUSED" in source.describe(cursor)["spend"]

    again = collect(source, pipeline)  # still paused: no request, said again, logged once
    assert len(rsps.calls) == 1 and again.problems == [message]
    assert caplog.text.count("X spend budget for 2026-11 reached") == 1

    time.now = datetime(2026, 12, 1, 0, 0, 5, tzinfo=UTC)
    resumed = collect(source, pipeline)
    assert len(rsps.calls) == 2 and resumed.stored == 2
    assert params(rsps.calls[1])["next_token"] == PAGE1_TOKEN
    cursor = cursor_of(sqlite_factory)
    assert cursor["spend:2026-12:search"] == "10000"
    assert cursor["spend:2026-11:search"] == "505000"  # last month kept as history
    assert "PAUSED" not in source.describe(cursor)["spend"]


def test_replies_count_against_the_budget_and_a_spent_month_sends_no_request(
    rsps: responses.RequestsMock, settings: Settings, time: FakeTime
) -> None:
    source = make_source(settings, time, monthly_budget_usd=1.0)
    batch = source.fetch({"spend:2026-11:replies": "600000"})  # $0.60 of replies
    assert len(rsps.calls) == 0 and batch.mentions == ()
    assert batch.problems[0].startswith("X spend budget for 2026-11 reached: $0.60 of $1.00")
    # A budget of 0 never reads at all.
    nothing = make_source(settings, time, monthly_budget_usd=0.0).fetch({})
    assert len(rsps.calls) == 0 and "reached: $0.00 of $0.00" in nothing.problems[0]


def test_spend_counters_ignore_garbage_and_start_again_each_month() -> None:
    spend = Spend.load(
        {"spend:2026-11:search": "nonsense", "spend:2026-10:search": "99"},
        budget_usd=2.0,
        now=NOW,
    )
    assert spend.total(NOW) == 0
    spend.charge("search", 5_000, NOW)
    assert spend.keys() == {"spend:2026-11:search": "5000", "spend:2026-11:mentions": "0"}
    spend.charge("search", 5_000, datetime(2026, 12, 1, tzinfo=UTC))
    assert spend.keys()["spend:2026-12:search"] == "5000"


@pytest.mark.parametrize(
    ("text", "link"),
    [
        ("Thanks Jo, see you on the Headrow", False),
        ("Our hours are at https://bramble.example/hours", True),
        ("Menu at www.bramble.example", True),
        ("Menu at bramble.co.uk/menu", True),
        ("Email hello@bramble.com and we will sort it", False),
    ],
)
def test_a_reply_with_a_link_is_priced_as_one(
    text: str, link: bool, settings: Settings, time: FakeTime
) -> None:
    assert has_link(text) is link
    spend = make_source(settings, time).reply_spend(text, NOW)
    assert spend == {"spend:2026-11:replies": 200_000 if link else 15_000}


def test_the_publisher_records_a_replys_cost_with_the_sent_draft(
    rsps: responses.RequestsMock, factory: Any
) -> None:
    from tests.test_publisher import add_draft

    with factory() as session, session.begin():
        plain = add_draft(session, 1, text="Thanks for telling us, we are on it.")
        linked = add_draft(session, 2, text="Our hours are at https://bramble.example/hours")
    rsps.add("POST", TWEETS_URL, json=fixture("reply_created.json"), status=201)
    rsps.add("POST", TWEETS_URL, json=fixture("reply_created.json"), status=201)
    settings = make_settings(dry_run=False)
    source = TwitterSource(settings.sources.twitter, settings.brand, environ=SECRETS)
    assert isinstance(source, Metered)
    publisher = Publisher(factory, settings, {"twitter": source}, clock=lambda: NOW)
    outcomes = publisher.run_once().outcomes
    assert sorted(o.action for o in outcomes) == ["posted", "posted"]
    with factory() as session:
        assert read_cursor(session, "twitter") == {"spend:2026-11:replies": str(15_000 + 200_000)}
        sent = session.scalars(select(Draft.status).where(Draft.id.in_([plain, linked])))
        assert set(sent) == {"sent"}


def test_sources_command_shows_the_months_spend_against_the_budget(tmp_path: Path) -> None:
    database = f"sqlite:///{tmp_path / 'rapport.db'}"
    engine = make_engine(database)
    upgrade(engine)
    month = datetime.now(UTC).strftime("%Y-%m")
    with make_sessionmaker(engine)() as session, session.begin():
        write_cursor(
            session,
            "twitter",
            {f"spend:{month}:search": "1250000", f"spend:{month}:replies": "215000"},
            now=NOW,
        )
    engine.dispose()
    config = tmp_path / "rapport.toml"
    config.write_text('[brand]\nkeywords = ["bramble"]\n[sources.twitter]\nenabled = true\n')
    env = {k: v for k, v in os.environ.items() if not k.startswith("RAPPORT_")}
    command = [sys.executable, str(ROOT / "run_bot.py"), "--config", str(config)]
    result = subprocess.run(
        [*command, "--database-url", database, "sources"],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert (
        "  spend: $1.465 of $25.00 this month (search $1.25, mentions $0.00, replies $0.215)"
        in result.stdout
    )


# --- credentials ---------------------------------------------------------------------------


def test_with_the_bearer_token_alone_search_runs_and_mentions_are_skipped_with_one_notice(
    rsps: responses.RequestsMock,
    settings: Settings,
    time: FakeTime,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.WARNING)
    add_page(rsps, SEARCH_URL, "search_new.json")
    add_page(rsps, SEARCH_URL, "empty.json")
    source = make_source(settings, time, env=BEARER_ONLY, mentions=True)
    assert source.configured and not source.can_post and source.listings == ["search"]
    described = source.describe({})
    assert described["configured"] == "yes"
    assert described["mentions of"].startswith("skipped (needs RAPPORT_TWITTER_CONSUMER_KEY")
    first = source.fetch({})
    second = source.fetch(first.cursor)
    assert [params(c)["query"] for c in rsps.calls] == [QUERY, QUERY]
    assert len(first.mentions) == 1 and first.problems == () == second.problems
    assert all(c.request.headers["Authorization"].startswith("Bearer ") for c in rsps.calls)
    assert caplog.text.count("reading our account's mentions is skipped") == 1
    assert "mentions:since_id" not in second.cursor
    assert {m.external_id for m in first.mentions} <= PAGE1_IDS | {"1993215000000000006"}
    with pytest.raises(Exception, match="RAPPORT_TWITTER_ACCESS_TOKEN"):
        source.reply(_any_mention(), "thanks")  # replies still need the quartet


def _any_mention() -> Any:
    from tests.test_source_twitter import _mention

    return _mention()
