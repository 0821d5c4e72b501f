"""The Mastodon source (Mastodon.py) against recorded Mastodon 4.x answers on a local socket."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from config.errors import ConfigError, ReviewError, UpstreamError
from config.settings import BrandSettings, MastodonSourceSettings
from listener.sources import SOURCE_CLASSES
from listener.sources.base import RawMention
from listener.sources.mastodon import MastodonSource
from tests.local_api import LocalApi

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).parent / "fixtures" / "mastodon"
NOW = datetime(2026, 8, 1, 15, 0, tzinfo=UTC)
ENV = {"RAPPORT_MASTODON_ACCESS_TOKEN": "tok-secret-1"}
TAG = "/api/v1/timelines/tag/hoot"
NOTES = "/api/v1/notifications"
SEARCH = "/api/v2/search"
BASE = 117020600000000000


def load(name: str) -> Any:
    return json.loads((FIXTURES / name).read_text())


def sid(n: int) -> str:
    return str(BASE + n)


@pytest.fixture
def api() -> Any:
    with LocalApi() as server:
        yield server


def source(api: LocalApi, **options: Any) -> MastodonSource:
    values = {"hashtags": ["#hoot"], "limit": 3, "search": False, **options}
    settings = MastodonSourceSettings(
        enabled=True, api_base_url=api.url, timeout_seconds=5, **values
    )
    return MastodonSource(
        settings, BrandSettings(keywords=["bramble"]), environ=ENV, clock=lambda: NOW
    )


def test_first_read_takes_the_newest_page_of_each_listing_with_our_token(api: LocalApi) -> None:
    api.add("GET", TAG, load("tag_newest.json"), when={"min_id": None})
    api.add("GET", NOTES, load("notifications.json"), when={"min_id": None})
    batch = source(api).fetch({})
    assert [(s.path, s.arg("min_id"), s.arg("limit")) for s in api.seen] == [
        (TAG, None, "3"),
        (NOTES, None, "3"),
    ]
    assert api.seen[1].query["types[]"] == ["mention"]
    assert all(s.headers["authorization"] == "Bearer tok-secret-1" for s in api.seen)
    ids = [m.external_id for m in batch.mentions]
    assert ids == [sid(3), sid(2), sid(1), "117020577157693549"]
    assert batch.cursor["tag:hoot"] == sid(3) and batch.cursor["notifications"] == "21"
    assert not batch.problems and not batch.more


def test_statuses_become_plain_text_mentions_with_full_handles(api: LocalApi) -> None:
    api.add("GET", TAG, load("tag_newest.json"))
    api.add("GET", NOTES, load("notifications.json"))
    found = {m.external_id: m for m in source(api).fetch({}).mentions}
    two = found[sid(2)]
    assert two.platform == "mastodon"
    assert two.text == "Queue at Bramble again & no seats"
    assert found[sid(3)].text == "Bramble app crashed at checkout\ntwice"
    assert two.author_handle == "mastodonpy_test@localhost"
    assert two.created_at == datetime(2026, 8, 1, 14, 2, tzinfo=UTC)
    assert two.url == f"http://localhost:3000/@mastodonpy_test/{sid(2)}"
    mention = found["117020577157693549"]
    assert mention.text == "@mastodonpy_test@localhost hello!"  # whom it addresses, in full
    assert mention.author_handle == "admin@localhost"
    assert mention.lang == "en" and mention.author_id == "117020565693913441"


def test_later_cycles_read_forward_with_min_id_page_by_page(api: LocalApi) -> None:
    api.add("GET", TAG, load("tag_after_6.json"), when={"min_id": sid(6)})
    api.add("GET", TAG, load("tag_after_3.json"), when={"min_id": sid(3)})
    api.add("GET", NOTES, load("empty_list.json"), when={"min_id": "21"})
    batch = source(api).fetch({"tag:hoot": sid(3), "notifications": "21"})
    assert [(s.path, s.arg("min_id")) for s in api.seen] == [
        (TAG, sid(3)),
        (TAG, sid(6)),
        (NOTES, "21"),
    ]
    assert [m.external_id for m in batch.mentions] == [sid(6), sid(5), sid(4), sid(7)]
    assert batch.cursor["tag:hoot"] == sid(7) and batch.cursor["notifications"] == "21"


def test_max_pages_stops_with_more_and_a_crash_reads_the_same_again(api: LocalApi) -> None:
    api.add("GET", TAG, load("tag_after_6.json"), when={"min_id": sid(6)})
    api.add("GET", TAG, load("tag_after_3.json"), when={"min_id": sid(3)})
    src = source(api, max_pages=1, notifications=False)
    start = {"tag:hoot": sid(3)}
    cut = src.fetch(start)
    assert cut.more and cut.cursor["tag:hoot"] == sid(6)
    assert src.fetch(start).mentions == cut.mentions  # not stored: the same page again
    rest = src.fetch(cut.cursor)
    assert [m.external_id for m in rest.mentions] == [sid(7)] and not rest.more


def test_a_quiet_cycle_costs_one_request_per_listing(api: LocalApi) -> None:
    api.add("GET", TAG, load("empty_list.json"))
    api.add("GET", NOTES, load("empty_list.json"))
    batch = source(api).fetch({"tag:hoot": sid(7), "notifications": "21"})
    assert batch.mentions == () and len(api.seen) == 2
    assert batch.cursor["tag:hoot"] == sid(7)


def test_a_server_ignoring_min_id_cannot_make_a_cycle_loop_or_repeat(api: LocalApi) -> None:
    api.add("GET", TAG, load("tag_after_3.json"))  # a full page, whatever is asked
    api.add("GET", NOTES, load("empty_list.json"))
    batch = source(api).fetch({"tag:hoot": sid(6), "notifications": "21"})
    assert batch.mentions == () and len(api.calls(TAG)) == 1


def test_search_reads_newest_first_down_to_the_mark(api: LocalApi) -> None:
    api.add("GET", SEARCH, load("search_statuses.json"), when={"max_id": None})
    api.add("GET", SEARCH, load("search_empty.json"), when={"max_id": sid(4)})
    src = source(api, search=True, notifications=False, hashtags=[], limit=2)
    first = src.fetch({})
    asked = api.calls(SEARCH)[0]
    assert (asked.arg("q"), asked.arg("type"), asked.arg("resolve")) == (
        "bramble",
        "statuses",
        None,
    )
    assert [m.external_id for m in first.mentions] == [sid(5), sid(4)]
    reply = first.mentions[1]
    assert reply.kind == "reply" and reply.parent_id == sid(2)
    assert first.cursor["search:bramble:top"].endswith(f"|{sid(5)}")
    api.seen.clear()
    again = src.fetch(first.cursor)
    assert again.mentions == () and api.seen[0].arg("min_id") == sid(5)
    assert "full-text search is opt-in" in src.describe()["search"]


def test_429_raises_with_the_reset_from_the_headers(api: LocalApi) -> None:
    headers = {
        "X-RateLimit-Limit": "300",
        "X-RateLimit-Remaining": "0",
        "X-RateLimit-Reset": "2026-08-01T15:03:00.000Z",
    }
    api.date = "Sat, 01 Aug 2026 15:00:00 GMT"
    api.add("GET", TAG, {"error": "Too many requests"}, status=429, headers=headers)
    api.add("GET", NOTES, load("empty_list.json"))
    with pytest.raises(UpstreamError) as caught:
        source(api).fetch({"tag:hoot": sid(3), "notifications": "21"})
    assert caught.value.retry_after == pytest.approx(180, abs=1)
    assert "HTTP 429" in str(caught.value)
    assert len(api.seen) == 1  # the spent window stops the other listing before it asks


def test_5xx_and_truncated_bodies_are_clear_errors_and_the_next_cycle_recovers(
    api: LocalApi,
) -> None:
    api.add("GET", TAG, "<html>oops</html>", status=503, content_type="text/html", times=1)
    api.add("GET", NOTES, '[{"id": "22", "type": "mention", "status": {"id"', times=1)
    src = source(api)
    with pytest.raises(UpstreamError) as caught:
        src.fetch({"tag:hoot": sid(3), "notifications": "21"})
    assert "failed (HTTP 503) while reading #hoot" in str(caught.value)
    assert "malformed or truncated" in str(caught.value)
    assert "tok-secret-1" not in str(caught.value)
    api.add("GET", TAG, load("tag_after_3.json"))
    api.add("GET", NOTES, load("empty_list.json"))
    assert len(src.fetch({"tag:hoot": sid(3), "notifications": "21"}).mentions) == 3


def test_a_refused_token_is_a_config_error(api: LocalApi) -> None:
    api.add("GET", TAG, {"error": "The access token is invalid"}, status=401)
    api.add("GET", NOTES, {"error": "The access token is invalid"}, status=401)
    with pytest.raises(ConfigError, match="RAPPORT_MASTODON_ACCESS_TOKEN"):
        source(api).fetch({})


def test_settings_problems_and_missing_token() -> None:
    settings = MastodonSourceSettings(api_base_url="", hashtags=["ok", "not a tag"])
    src = MastodonSource(settings, BrandSettings(), environ={})
    assert not src.configured and not src.can_post
    assert (
        "api_base_url" in src.describe()["problems"] and "not a tag" in src.describe()["problems"]
    )
    with pytest.raises(ConfigError):
        src.fetch({})


def _mention() -> RawMention:
    return RawMention(
        platform="mastodon",
        external_id=sid(2),
        text="Queue at Bramble",
        author_id="1",
        author_handle="mastodonpy_test@localhost",
        created_at=NOW,
    )


def test_reply_addresses_the_author_in_reply_to_the_status_once(api: LocalApi) -> None:
    api.add("GET", "/api/v2/instance/", load("instance.json"))
    api.add("POST", "/api/v1/statuses", load("status_posted.json"))
    src = source(api)
    assert src.reply(_mention(), "Sorry about the wait!") == "117020585924712638"
    src.reply(_mention(), "Sorry about the wait!")
    posts = api.calls("/api/v1/statuses")
    sent = dict(p.split("=", 1) for p in posts[0].body.decode().split("&"))
    assert sent["in_reply_to_id"] == sid(2)
    assert (
        sent["status"]
        .replace("+", " ")
        .replace("%40", "@")
        .startswith("@mastodonpy_test@localhost Sorry")
    )
    assert posts[0].headers["idempotency-key"] == posts[1].headers["idempotency-key"]
    assert len(api.calls("/api/v2/instance/")) == 1  # the limit is read once
    assert src.describe()["reply limit"].startswith("500 characters")


def test_reply_over_the_instance_limit_is_refused_before_posting(api: LocalApi) -> None:
    instance = load("instance.json")
    instance["configuration"]["statuses"]["max_characters"] = 60
    api.add("GET", "/api/v2/instance/", instance)
    with pytest.raises(ReviewError, match="allows 60"):
        source(api).reply(_mention(), "x" * 50)
    assert api.calls("/api/v1/statuses") == []


def test_find_reply_looks_through_our_recent_statuses(api: LocalApi) -> None:
    me = load("verify_credentials.json")
    ours = load("status_posted.json")
    ours["in_reply_to_id"] = sid(2)
    ours["content"] = "<p>@mastodonpy_test Sorry about the wait!</p>"
    api.add("GET", "/api/v1/accounts/verify_credentials", me)
    api.add("GET", f"/api/v1/accounts/{me['id']}/statuses", [load("tag_recorded.json")[0], ours])
    src = source(api)
    assert src.find_reply(_mention(), "Sorry about the wait!") == ours["id"]
    assert src.find_reply(replace(_mention(), external_id=sid(9)), "Sorry") is None


def test_registry_and_platform() -> None:
    assert MastodonSource in SOURCE_CLASSES and MastodonSource.platform == "mastodon"


def test_collect_and_export_through_the_cli_store_each_status_once(
    api: LocalApi, tmp_path: Path
) -> None:
    api.add("GET", TAG, load("tag_after_3.json"), when={"min_id": sid(3)})
    api.add("GET", TAG, load("tag_newest.json"), when={"min_id": None})
    api.add("GET", TAG, load("empty_list.json"))
    api.add("GET", NOTES, load("notifications.json"), when={"min_id": None})
    api.add("GET", NOTES, load("empty_list.json"))
    config = tmp_path / "rapport.toml"
    config.write_text(
        f"""
[brand]
keywords = ["bramble"]

[sources.mastodon]
enabled = true
api_base_url = "{api.url}"
hashtags = ["hoot"]
search = false
"""
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("RAPPORT_")}
    env.update(ENV)
    base = [sys.executable, str(ROOT / "run_bot.py"), "--config", str(config)]
    base += ["--database-url", f"sqlite:///{tmp_path / 'rapport.db'}"]

    def run(*args: str) -> str:
        done = subprocess.run(
            [*base, *args], capture_output=True, text=True, env=env, cwd=tmp_path, timeout=120
        )
        assert done.returncode == 0, done.stderr
        assert "tok-secret-1" not in done.stdout + done.stderr
        return done.stdout

    assert "mastodon: 4 fetched; dry run, nothing stored" in run("collect", "--dry-run")
    assert "mastodon: 4 received, 4 stored, 0 duplicates" in run("collect", "--source", "mastodon")
    assert "mastodon: 3 received, 3 stored, 0 duplicates" in run("collect", "--source", "mastodon")
    rows = [json.loads(x) for x in run("export", "mentions", "--format", "jsonl").splitlines()]
    assert len(rows) == len({r["external_id"] for r in rows}) == 7
    shown = run("sources")
    assert "mastodon: enabled" in shown and "full-text search is opt-in" in shown
