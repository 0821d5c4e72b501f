"""The RSS / Atom source against real feed files served on a local socket."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from config.errors import ConfigError, UpstreamError
from config.settings import RssSourceSettings
from listener.sources import SOURCE_CLASSES
from listener.sources.rss import RssSource
from listener.sources.rss.entries import external_id, unwrap
from tests.local_api import LocalApi

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).parent / "fixtures" / "rss"
NOW = datetime(2025, 12, 5, 9, 0, tzinfo=UTC)
ATOM = "application/atom+xml; charset=utf-8"
RSS = "application/rss+xml; charset=utf-8"


def raw(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


@pytest.fixture
def api() -> Any:
    with LocalApi() as server:
        yield server


def source(api: LocalApi, *paths: str, **options: Any) -> RssSource:
    feeds = [f"{api.url}{p}" for p in paths]
    settings = RssSourceSettings(enabled=True, feeds=feeds, timeout_seconds=5, **options)
    return RssSource(settings, clock=lambda: NOW)


def test_atom_entries_are_identified_by_id_with_links_made_absolute(api: LocalApi) -> None:
    api.add("GET", "/releases.atom", raw("gulp-atom.atom"), content_type=ATOM)
    batch = source(api, "/releases.atom").fetch({})
    assert len(batch.mentions) == 10
    first = batch.mentions[0]
    assert first.platform == "rss" and first.kind == "article"
    assert first.external_id == "tag:github.com,2008:Repository/11167738/v3.9.0"
    assert first.url == f"{api.url}/gulpjs/gulp/releases/tag/v3.9.0"
    assert first.created_at == datetime(2015, 6, 1, 21, 49, 41, tzinfo=UTC)
    assert first.context == "Release notes from gulp" and first.text.startswith("v3.9.0")
    assert not batch.problems


def test_rss_items_keep_their_guid_text_and_author(api: LocalApi) -> None:
    api.add("GET", "/food.rss", raw("content-encoded.rss"), content_type=RSS)
    batch = source(api, "/food.rss").fetch({})
    assert len(batch.mentions) == 7
    item = batch.mentions[0]
    assert item.external_id == "https://medium.com/p/125af37d838f"
    assert item.url.startswith("https://medium.com/invironment/the-creative-forager")
    assert item.author_name and item.community == "medium.com"
    assert "<" not in item.text and len(item.text) > 200


def test_google_alerts_links_lead_to_the_article_and_titles_lose_their_markup(
    api: LocalApi,
) -> None:
    api.add("GET", "/alerts", raw("google-alerts-bramble.atom"), content_type=ATOM)
    mentions = source(api, "/alerts").fetch({}).mentions
    review = mentions[0]
    assert review.external_id == "tag:google.com,2013:googlealerts/feed:12683518962537440081"
    assert review.url == "https://www.leedsfoodie.example/reviews/bramble-coffee-headrow/"
    assert review.community == "www.leedsfoodie.example"
    assert review.text.startswith("Review: Bramble Coffee Headrow is the best flat white")
    assert "<b>" not in review.text and review.context == "Google Alert - bramble coffee"
    assert mentions[1].text.endswith("went down for three hours ...")
    assert (
        unwrap("https://www.google.co.uk/url?q=https://a.example/x&sa=U") == "https://a.example/x"
    )
    assert (
        unwrap("https://example.com/url?url=https://b.example")
        == "https://example.com/url?url=https://b.example"
    )


def test_conditional_get_makes_an_unchanged_feed_one_304(api: LocalApi) -> None:
    tag = '"abc123"'
    modified = "Fri, 05 Dec 2025 08:12:31 GMT"
    api.add(
        "GET",
        "/alerts",
        b"",
        status=304,
        content_type=ATOM,
        when=lambda s: s.headers.get("if-none-match") == tag,
    )
    api.add(
        "GET",
        "/alerts",
        raw("google-alerts-bramble.atom"),
        content_type=ATOM,
        headers={"ETag": tag, "Last-Modified": modified},
    )
    src = source(api, "/alerts")
    first = src.fetch({})
    key = f"feed:{api.url}/alerts"
    assert first.cursor[f"{key}:etag"] == tag and first.cursor[f"{key}:modified"] == modified
    second = src.fetch(first.cursor)
    assert second.mentions == () and len(api.seen) == 2
    assert api.seen[1].headers["if-none-match"] == tag
    assert api.seen[1].headers["if-modified-since"] == modified


def test_a_changed_feed_gives_only_its_new_entries(api: LocalApi) -> None:
    feed = raw("google-alerts-bramble.atom").decode()
    api.add("GET", "/alerts", feed, content_type=ATOM, times=1)
    src = source(api, "/alerts")
    first = src.fetch({})
    newer = feed.replace(
        "<entry>",
        '<entry><id>tag:google.com,2013:googlealerts/feed:999</id><title type="html">'
        '&lt;b&gt;Bramble Coffee&lt;/b&gt; opens in York</title><link href="https://www.google'
        '.com/url?rct=j&amp;sa=t&amp;url=https://york.example/bramble&amp;ct=ga"></link>'
        '<published>2025-12-05T08:50:00Z</published><content type="html">New branch'
        "</content></entry><entry>",
        1,
    )
    api.add("GET", "/alerts", newer, content_type=ATOM)
    second = src.fetch(first.cursor)
    assert [m.external_id for m in second.mentions] == ["tag:google.com,2013:googlealerts/feed:999"]
    assert second.mentions[0].url == "https://york.example/bramble"


def test_a_truncated_feed_is_a_problem_and_is_read_in_full_next_cycle(api: LocalApi) -> None:
    whole = raw("reddit-home.rss")
    api.add("GET", "/front", whole[:5000], content_type=ATOM, headers={"ETag": '"t1"'}, times=1)
    api.add("GET", "/front", whole, content_type=ATOM, headers={"ETag": '"t1"'})
    src = source(api, "/front")
    cut = src.fetch({})
    assert 0 < len(cut.mentions) < 24
    assert any("ends early or is malformed" in p for p in cut.problems)
    assert not cut.cursor.get(f"feed:{api.url}/front:etag")  # no 304 for a partial read
    rest = src.fetch(cut.cursor)
    assert "if-none-match" not in api.seen[1].headers
    read = [m.external_id for m in (*cut.mentions, *rest.mentions)]
    assert sorted(read) == sorted(set(read)) and len(read) == 24
    assert read[0] == f"{api.url}/t3_42tizy"  # an id relative to the feed's xml:base, resolved


def test_a_document_that_is_no_feed_is_a_clear_error(api: LocalApi) -> None:
    api.add("GET", "/html", "<html><body><p>Not a feed", content_type="text/html")
    with pytest.raises(UpstreamError, match="is not a readable feed"):
        source(api, "/html").fetch({})


def test_429_and_5xx_carry_retry_after_and_one_failing_feed_spares_the_others(
    api: LocalApi,
) -> None:
    api.add("GET", "/busy", "slow down", status=429, headers={"Retry-After": "120"})
    with pytest.raises(UpstreamError) as caught:
        source(api, "/busy").fetch({})
    assert caught.value.retry_after == 120
    api.add("GET", "/down", "oops", status=503)
    api.add("GET", "/gone", "nope", status=404)
    api.add("GET", "/alerts", raw("google-alerts-bramble.atom"), content_type=ATOM)
    batch = source(api, "/down", "/gone", "/alerts").fetch({})
    assert len(batch.mentions) == 2
    assert any("HTTP 503" in p for p in batch.problems)
    assert any("HTTP 404" in p and "sources.rss.feeds" in p for p in batch.problems)
    with pytest.raises(ConfigError, match="HTTP 404"):
        source(api, "/gone").fetch({})


def test_long_ids_are_stored_as_a_stable_digest() -> None:
    long_id = "https://blog.example/" + "a" * 80
    assert external_id(long_id) == external_id(long_id)
    assert external_id(long_id).startswith("sha256:") and len(external_id(long_id)) <= 64
    assert external_id("tag:x,2025:1") == "tag:x,2025:1"


def test_settings_and_description() -> None:
    src = RssSource(RssSourceSettings(feeds=["ftp://x", "https://ok.example/feed"]))
    assert "ftp://x" in src.describe()["problems"] and not src.can_post
    with pytest.raises(ConfigError):
        src.fetch({})
    assert RssSource in SOURCE_CLASSES and RssSource.platform == "rss"


def test_collect_and_export_store_every_entry_once(api: LocalApi, tmp_path: Path) -> None:
    api.add("GET", "/alerts", raw("google-alerts-bramble.atom"), content_type=ATOM)
    api.add("GET", "/releases.atom", raw("gulp-atom.atom"), content_type=ATOM)
    config = tmp_path / "rapport.toml"
    config.write_text(
        f"""
[brand]
keywords = ["bramble"]

[sources.rss]
enabled = true
feeds = ["{api.url}/alerts", "{api.url}/releases.atom"]
"""
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("RAPPORT_")}
    base = [sys.executable, str(ROOT / "run_bot.py"), "--config", str(config)]
    base += ["--database-url", f"sqlite:///{tmp_path / 'rapport.db'}"]

    def run(*args: str) -> str:
        done = subprocess.run(
            [*base, *args], capture_output=True, text=True, env=env, cwd=tmp_path, timeout=120
        )
        assert done.returncode == 0, done.stderr
        return done.stdout

    assert "rss: 12 fetched; dry run, nothing stored" in run("collect", "--dry-run")
    assert "rss: 12 received, 12 stored, 0 duplicates" in run("collect", "--source", "rss")
    assert "rss: 0 received, 0 stored" in run("collect", "--source", "rss")
    rows = [json.loads(x) for x in run("export", "mentions", "--format", "jsonl").splitlines()]
    assert len(rows) == len({r["external_id"] for r in rows}) == 12
    alert = next(r for r in rows if r["external_id"].endswith("12683518962537440081"))
    assert alert["url"] == "https://www.leedsfoodie.example/reviews/bramble-coffee-headrow/"


def test_a_feed_over_max_bytes_is_not_read(api: LocalApi) -> None:
    api.add("GET", "/big", raw("content-encoded.rss"), content_type=RSS)
    with pytest.raises(UpstreamError, match=r"larger than sources\.rss\.max_bytes"):
        source(api, "/big", max_bytes=10_000).fetch({})
