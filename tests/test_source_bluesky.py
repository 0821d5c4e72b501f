"""The Bluesky source against recorded XRPC answers served on local sockets (entryway + PDS)."""

from __future__ import annotations

import base64
import json
import os
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from config.errors import ConfigError, ReviewError, UpstreamError
from config.settings import BlueskySourceSettings, BrandSettings
from listener.sources import SOURCE_CLASSES
from listener.sources.base import RawMention
from listener.sources.bluesky import BlueskySource
from listener.sources.bluesky.posts import post_id, post_uri
from tests.local_api import LocalApi

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).parent / "fixtures" / "bluesky"
NOW = datetime(2025, 5, 22, 15, 0, tzinfo=UTC)
ENV = {"RAPPORT_BLUESKY_HANDLE": "bskyr.bsky.social", "RAPPORT_BLUESKY_APP_PASSWORD": "app-pass-1"}
OUR_DID = "did:plc:5c2r73erhng4bszmxlfdtscf"
XRPC = "/xrpc/"
SEARCH = XRPC + "app.bsky.feed.searchPosts"
NOTES = XRPC + "app.bsky.notification.listNotifications"
SESSION = XRPC + "com.atproto.server.createSession"


def load(name: str) -> Any:
    return json.loads((FIXTURES / name).read_text())


def _b64(data: dict[str, Any]) -> str:
    return base64.urlsafe_b64encode(json.dumps(data).encode()).decode().rstrip("=")


def jwt(exp: int) -> str:
    return ".".join([_b64({"alg": "ES256K"}), _b64({"sub": OUR_DID, "exp": exp}), "c2ln"])


def session_body(pds: str, *, token: str | None = None) -> dict[str, Any]:
    """The recorded createSession answer, its DID document naming ``pds`` as our PDS."""
    body = load("create_session.json")
    body["didDoc"]["service"][0]["serviceEndpoint"] = pds
    # The SDK checks expiry against the real clock, not the source's.
    body["accessJwt"] = token if token is not None else jwt(int(time.time()) + 7200)
    body["refreshJwt"] = jwt(int(time.time()) + 86400 * 60)
    return body


@pytest.fixture
def servers() -> Any:
    with LocalApi() as entryway, LocalApi() as pds:
        entryway.add("POST", SESSION, session_body(pds.url))
        yield entryway, pds


def source(entryway: LocalApi, **options: Any) -> BlueskySource:
    settings = BlueskySourceSettings(
        enabled=True, service_url=entryway.url, timeout_seconds=5, **options
    )
    brand = BrandSettings(keywords=["bramble"])
    return BlueskySource(settings, brand, environ=ENV, clock=lambda: NOW)


def serve_first_read(pds: LocalApi) -> None:
    pds.add("GET", SEARCH, load("search_page2.json"), when={"cursor": "5"})
    pds.add("GET", SEARCH, load("search_page1.json"), when={"cursor": None})
    older = {"cursor": "2024-12-19T06:43:45.863Z"}
    pds.add("GET", NOTES, load("notifications_empty.json"), when=older)
    pds.add("GET", NOTES, load("notifications.json"), when={"cursor": None})


def test_signs_in_at_the_service_then_reads_every_page_at_the_pds_the_session_names(
    servers: Any,
) -> None:
    entryway, pds = servers
    serve_first_read(pds)
    batch = source(entryway).fetch({})

    assert [s.path for s in entryway.seen] == [SESSION]
    assert json.loads(entryway.seen[0].body) == {
        "identifier": "bskyr.bsky.social",
        "password": "app-pass-1",
    }
    assert [(s.path, s.arg("cursor")) for s in pds.seen] == [
        (SEARCH, None),
        (SEARCH, "5"),
        (NOTES, None),
        (NOTES, "2024-12-19T06:43:45.863Z"),
    ]
    first = pds.seen[0]
    assert (first.arg("q"), first.arg("sort"), first.arg("limit"), first.arg("since")) == (
        "bramble",
        "latest",
        "100",
        None,
    )
    assert first.headers["authorization"].startswith("Bearer ey")
    assert pds.seen[2].query["reasons"] == ["mention", "reply", "quote"]
    listed = load("search_page1.json")["posts"] + load("search_page2.json")["posts"]
    every = load("notifications.json")["notifications"]
    notes = [n for n in every if n["reason"] in ("mention", "quote")]
    assert len(notes) == 4
    ids = [m.external_id for m in batch.mentions]
    assert ids == [post_id(p["uri"]) for p in listed] + [post_id(n["uri"]) for n in notes]
    assert not batch.problems and not batch.more


def test_posts_become_mentions_with_ids_that_fit_and_lead_back_to_the_post(servers: Any) -> None:
    entryway, pds = servers
    serve_first_read(pds)
    mentions = {m.external_id: m for m in source(entryway).fetch({}).mentions}
    post = load("search_page1.json")["posts"][0]
    mention = mentions[post_id(post["uri"])]
    assert mention.platform == "bluesky"
    assert len(mention.external_id) <= 64 and post_uri(mention.external_id) == post["uri"]
    assert mention.text == post["record"]["text"]
    assert mention.author_id == post["author"]["did"]
    assert mention.author_handle == post["author"]["handle"]
    assert mention.created_at == datetime(2025, 5, 22, 13, 0, 49, 358000, tzinfo=UTC)
    assert mention.url == (
        f"https://bsky.app/profile/{post['author']['handle']}/post/{post['uri'].split('/')[-1]}"
    )
    assert mention.thread_id == mention.external_id and mention.kind == "post"
    quote = next(m for m in mentions.values() if m.kind == "quote")
    assert quote.author_handle == "chriskenny.bsky.social"


def test_the_next_cycle_reads_since_the_newest_post_and_stops_at_it(servers: Any) -> None:
    entryway, pds = servers
    serve_first_read(pds)
    src = source(entryway)
    first = src.fetch({})
    newest = load("search_page1.json")["posts"][0]
    assert first.cursor["search:bramble:top"].endswith(post_id(newest["uri"]))

    pds.routes.clear()
    pds.add("GET", SEARCH, load("search_new.json"))
    pds.add("GET", NOTES, load("notifications.json"))
    pds.seen.clear()
    second = src.fetch(first.cursor)
    fresh = load("search_new.json")["posts"][:2]
    assert [m.external_id for m in second.mentions] == [post_id(p["uri"]) for p in fresh]
    assert [s.path for s in pds.seen] == [SEARCH, NOTES]
    assert pds.seen[0].arg("since") == "2025-05-22T13:00:49.358Z"
    assert second.cursor["search:bramble:top"].endswith(post_id(fresh[0]["uri"]))


def test_a_cycle_with_nothing_new_costs_one_request_per_listing(servers: Any) -> None:
    entryway, pds = servers
    serve_first_read(pds)
    src = source(entryway)
    cursor = dict(src.fetch({}).cursor)
    pds.routes.clear()
    pds.add("GET", SEARCH, load("search_empty.json"))
    pds.add("GET", NOTES, load("notifications.json"))  # nothing newer than the mark
    pds.seen.clear()
    entryway.seen.clear()
    batch = src.fetch(cursor)
    assert batch.mentions == () and not batch.problems
    assert [s.path for s in pds.seen] == [SEARCH, NOTES] and entryway.seen == []
    assert batch.cursor["budget:hour"].endswith(":7")  # sign-in, 2 + 2 pages, then 1 + 1


def test_a_run_cut_at_max_pages_resumes_there_and_a_crash_repeats_it_without_gaps(
    servers: Any,
) -> None:
    entryway, pds = servers
    serve_first_read(pds)
    src = source(entryway, max_pages=1, notifications=False)
    start = {"search:bramble:top": "1747918800.0|did:plc:old/3old"}  # 2025-05-22 13:00 (mark)
    pds.routes.clear()
    pds.add("GET", SEARCH, load("search_page2.json"), when={"cursor": "5"})
    pds.add("GET", SEARCH, load("search_page1.json"), when={"cursor": None})
    cut = src.fetch(start)
    page1 = load("search_page1.json")["posts"]
    assert [m.external_id for m in cut.mentions] == [post_id(page1[0]["uri"])]
    assert cut.more is False  # page 1 held an item older than the mark: the run is complete

    start = {"search:bramble:top": "1747890000.0|did:plc:old/3old"}  # 05:00: both pages are new
    crashed = src.fetch(start)  # never stored: the next fetch starts from the same cursor
    assert crashed.more and crashed.cursor["search:bramble:page"] == "5"
    again = src.fetch(start)
    assert again.mentions == crashed.mentions and again.cursor == crashed.cursor
    rest = src.fetch(again.cursor)
    page2 = load("search_page2.json")["posts"]
    newer_than_mark = [p for p in page2 if p["indexedAt"] > "2025-05-22T05:00"]
    assert [m.external_id for m in rest.mentions] == [
        post_id(p["uri"]) for p in newer_than_mark if p["record"]["createdAt"] > "2025-05-22T05:00"
    ]
    assert rest.cursor["search:bramble:page"] == "" and not rest.more
    assert rest.cursor["search:bramble:top"].endswith(post_id(page1[0]["uri"]))


def test_429_raises_with_the_reset_from_the_headers_and_keeps_the_cursor(servers: Any) -> None:
    entryway, pds = servers
    reset = int(NOW.timestamp()) + 120
    headers = {"RateLimit-Limit": "3000", "RateLimit-Remaining": "0", "RateLimit-Reset": str(reset)}
    error = {"error": "RateLimitExceeded", "message": "Rate Limit Exceeded"}
    pds.add("GET", SEARCH, error, status=429, headers=headers)
    pds.add("GET", NOTES, error, status=429, headers=headers)
    pds.date = "Thu, 22 May 2025 15:00:00 GMT"
    src = source(entryway)
    with pytest.raises(UpstreamError) as caught:
        src.fetch({"search:bramble:top": "1.0|x"})
    assert caught.value.retry_after == pytest.approx(120, abs=1)
    assert "HTTP 429" in str(caught.value)
    assert len(pds.seen) == 1  # the spent window is not asked again within the cycle


def test_server_errors_and_truncated_bodies_are_clear_upstream_errors(servers: Any) -> None:
    entryway, pds = servers
    pds.add("GET", SEARCH, {"error": "InternalServerError"}, status=503, times=1)
    pds.add("GET", NOTES, '{"notifications": [{"uri": "at://did:plc:x/app.bsky.fe', times=1)
    src = source(entryway)
    with pytest.raises(UpstreamError) as caught:
        src.fetch({})
    message = str(caught.value)
    assert "Bluesky server error while searching bramble (HTTP 503" in message
    assert "malformed or truncated" in message
    serve_first_read(pds)  # the next cycle recovers from the same cursor
    assert len(src.fetch({}).mentions) == 14


def test_one_failing_listing_does_not_hold_back_the_other(servers: Any) -> None:
    entryway, pds = servers
    pds.add("GET", SEARCH, "<html>bad gateway</html>", status=502, content_type="text/html")
    pds.add("GET", NOTES, load("notifications_empty.json"))
    batch = source(entryway).fetch({})
    assert batch.mentions == ()
    assert any("search" in p and "HTTP 502" in p for p in batch.problems)
    assert "search:bramble:top" not in batch.cursor and "notifications:top" in batch.cursor


def test_wrong_credentials_are_a_config_error_without_the_password(servers: Any) -> None:
    entryway, _ = servers
    entryway.routes.clear()
    refused = {"error": "AuthenticationRequired", "message": "Invalid identifier or password"}
    entryway.add("POST", SESSION, refused, status=401)
    with pytest.raises(ConfigError) as caught:
        source(entryway).fetch({})
    assert "RAPPORT_BLUESKY_APP_PASSWORD" in str(caught.value)
    assert "app-pass-1" not in str(caught.value)


def test_missing_credentials_mean_not_configured() -> None:
    src = BlueskySource(BlueskySourceSettings(), BrandSettings(keywords=["a b"]), environ={})
    assert not src.configured and not src.can_post
    assert src.terms == ['"a b"']
    with pytest.raises(ConfigError, match="RAPPORT_BLUESKY_HANDLE"):
        src.fetch({})


def test_opaque_access_tokens_are_used_until_the_server_says_they_expired(servers: Any) -> None:
    entryway, pds = servers
    entryway.routes.clear()
    entryway.add("POST", SESSION, session_body(pds.url, token="opaque-token"))
    expired = {"error": "ExpiredToken", "message": "Token has expired"}
    pds.add("GET", SEARCH, expired, status=400, when=lambda s: False)
    pds.add("GET", SEARCH, expired, status=401, times=1)
    serve_first_read(pds)
    batch = source(entryway).fetch({})
    assert len(batch.mentions) == 14
    assert [s.path for s in entryway.seen] == [SESSION, SESSION]


def strong(ref: dict[str, str]) -> tuple[str, str]:
    assert ref.get("$type", "com.atproto.repo.strongRef") == "com.atproto.repo.strongRef"
    return ref["uri"], ref["cid"]


def _mention(uri: str) -> RawMention:
    return RawMention(
        platform="bluesky",
        external_id=post_id(uri),
        text="hello",
        author_id=None,
        author_handle="someone",
        created_at=NOW,
    )


def test_reply_references_the_parent_and_the_root_of_its_thread(servers: Any) -> None:
    entryway, pds = servers
    target = load("get_posts_reply.json")["posts"][0]
    pds.add("GET", XRPC + "app.bsky.feed.getPosts", load("get_posts_reply.json"))
    pds.add("POST", XRPC + "com.atproto.repo.createRecord", load("create_record.json"))
    new_id = source(entryway).reply(_mention(target["uri"]), "Thanks! See https://example.com")
    assert new_id == f"{OUR_DID}/3lprdue7ggw26"
    asked = pds.calls(XRPC + "app.bsky.feed.getPosts")[0]
    assert asked.query["uris"] == [target["uri"]]
    sent = json.loads(pds.calls(XRPC + "com.atproto.repo.createRecord")[0].body)
    assert sent["repo"] == OUR_DID and sent["collection"] == "app.bsky.feed.post"
    record = sent["record"]
    assert record["$type"] == "app.bsky.feed.post" and record["text"].startswith("Thanks!")
    assert record["createdAt"] == "2025-05-22T15:00:00.000Z"
    assert strong(record["reply"]["parent"]) == (target["uri"], target["cid"])
    root = target["record"]["reply"]["root"]
    assert strong(record["reply"]["root"]) == (root["uri"], root["cid"])
    assert record["facets"][0]["features"][0]["uri"] == "https://example.com"


def test_reply_to_a_thread_start_uses_the_post_as_root_and_a_gone_post_is_a_review_error(
    servers: Any,
) -> None:
    entryway, pds = servers
    post = load("search_page1.json")["posts"][0]
    pds.add("GET", XRPC + "app.bsky.feed.getPosts", {"posts": [post]}, times=1)
    pds.add("GET", XRPC + "app.bsky.feed.getPosts", {"posts": []})
    pds.add("POST", XRPC + "com.atproto.repo.createRecord", load("create_record.json"))
    src = source(entryway)
    src.reply(_mention(post["uri"]), "Thank you")
    sent = json.loads(pds.calls(XRPC + "com.atproto.repo.createRecord")[0].body)
    assert sent["record"]["reply"]["root"] == sent["record"]["reply"]["parent"]
    assert strong(sent["record"]["reply"]["parent"]) == (post["uri"], post["cid"])
    with pytest.raises(ReviewError, match="gone"):
        src.reply(_mention(post["uri"]), "Thank you")


def test_find_reply_reads_our_own_repository(servers: Any) -> None:
    entryway, pds = servers
    target = "at://did:plc:abc/app.bsky.feed.post/3parent"
    records = {
        "records": [
            {
                "uri": f"at://{OUR_DID}/app.bsky.feed.post/3other",
                "cid": "bafy1",
                "value": {"$type": "app.bsky.feed.post", "text": "elsewhere"},
            },
            {
                "uri": f"at://{OUR_DID}/app.bsky.feed.post/3ours",
                "cid": "bafy2",
                "value": {
                    "$type": "app.bsky.feed.post",
                    "text": "Thank  you",
                    "reply": {"parent": {"uri": target, "cid": "c"}, "root": {"uri": target}},
                },
            },
        ]
    }
    pds.add("GET", XRPC + "com.atproto.repo.listRecords", records)
    src = source(entryway)
    assert src.find_reply(_mention(target), "Thank you") == f"{OUR_DID}/3ours"
    asked = pds.calls(XRPC + "com.atproto.repo.listRecords")[0]
    assert (asked.arg("repo"), asked.arg("collection")) == (OUR_DID, "app.bsky.feed.post")
    other = "at://did:plc:abc/app.bsky.feed.post/3nothing"
    assert src.find_reply(_mention(other), "Thank you") is None


def test_describe_and_registry() -> None:
    src = BlueskySource(BlueskySourceSettings(), BrandSettings(keywords=["bramble"]), environ=ENV)
    info = src.describe()
    assert info["configured"] == "yes" and "bramble" in info["search"]
    assert "app-pass-1" not in json.dumps(info) + repr(src.credentials)
    assert BlueskySource in SOURCE_CLASSES and src.can_post and src.platform == "bluesky"


def test_collect_and_export_through_the_cli_store_each_post_once(
    servers: Any, tmp_path: Path
) -> None:
    entryway, pds = servers
    serve_first_read(pds)
    config = tmp_path / "rapport.toml"
    config.write_text(
        f"""
[brand]
keywords = ["bramble"]

[sources.bluesky]
enabled = true
service_url = "{entryway.url}"
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
        assert "app-pass-1" not in done.stdout + done.stderr
        return done.stdout

    assert "bluesky: 14 fetched; dry run, nothing stored" in run("collect", "--dry-run")
    assert "bluesky: 14 received, 14 stored, 0 duplicates" in run("collect", "--source", "bluesky")
    pds.routes.clear()
    pds.add("GET", SEARCH, load("search_new.json"))
    pds.add("GET", NOTES, load("notifications.json"))
    assert "bluesky: 2 received, 2 stored, 0 duplicates" in run("collect", "--source", "bluesky")
    rows = [json.loads(x) for x in run("export", "mentions", "--format", "jsonl").splitlines()]
    assert len(rows) == len({r["external_id"] for r in rows}) == 16
    assert {r["platform"] for r in rows} == {"bluesky"}
    shown = run("sources")
    assert "bluesky: enabled" in shown and "search:bramble:top" in shown


def test_a_page_cursor_bluesky_refuses_is_dropped_and_the_listing_read_from_the_top(
    servers: Any,
) -> None:
    entryway, pds = servers
    refused = {"error": "InvalidRequest", "message": "malformed cursor"}
    pds.add("GET", SEARCH, refused, status=400, when={"cursor": "stale"})
    pds.add("GET", SEARCH, load("search_new.json"), when={"cursor": None})
    src = source(entryway, notifications=False)
    mark = "1747918849.358|did:plc:l3ye73neiydhv3myt4fulovf/3lpr6d3tk622b"
    batch = src.fetch({"search:bramble:top": mark, "search:bramble:page": "stale"})
    assert [s.arg("cursor") for s in pds.seen] == ["stale", None]
    assert len(batch.mentions) == 2 and "page cursor was dropped" in batch.problems[0]
    assert batch.cursor["search:bramble:page"] == ""


def test_the_sign_in_window_running_out_does_not_stop_the_reads(servers: Any) -> None:
    entryway, pds = servers
    entryway.routes.clear()
    spent = {"RateLimit-Remaining": "0", "RateLimit-Reset": str(int(NOW.timestamp()) + 300)}
    entryway.add("POST", SESSION, session_body(pds.url), headers=spent)
    entryway.date = "Thu, 22 May 2025 15:00:00 GMT"
    serve_first_read(pds)
    assert len(source(entryway).fetch({}).mentions) == 14


def test_a_token_expired_on_arrival_is_used_not_refreshed_in_a_loop(servers: Any) -> None:
    entryway, pds = servers
    entryway.routes.clear()
    entryway.add("POST", SESSION, session_body(pds.url, token=jwt(int(time.time()) - 3600)))
    serve_first_read(pds)
    assert len(source(entryway).fetch({}).mentions) == 14
    assert [s.path for s in entryway.seen + pds.seen].count(
        XRPC + "com.atproto.server.refreshSession"
    ) == 0
