"""The Hacker News source against real Algolia answers, and through `collect` and `export`."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from config.errors import UpstreamError
from config.settings import BrandSettings, HackerNewsSourceSettings
from listener.sources import SOURCE_CLASSES
from listener.sources.base import Replyable
from listener.sources.hackernews import HackerNewsSource
from tests.local_api import LocalApi, Seen

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).parent / "fixtures" / "hackernews"
NOW = datetime(2025, 12, 5, 3, 0, tzinfo=UTC)
PATH = "/api/v1/search_by_date"
T0 = 1764900000


def load(name: str) -> Any:
    return json.loads((FIXTURES / name).read_text())


def ids(name: str) -> list[str]:
    return [h["objectID"] for h in load(name)["hits"]]


def filters(seen: Seen) -> str | None:
    return seen.arg("numericFilters")


@pytest.fixture
def api() -> Any:
    with LocalApi() as server:
        yield server


def source(api: LocalApi, **options: Any) -> HackerNewsSource:
    settings = HackerNewsSourceSettings(
        enabled=True, api_url=api.url + "/api/v1", timeout_seconds=5, hits_per_page=3, **options
    )
    return HackerNewsSource(settings, BrandSettings(keywords=["bramble"]), clock=lambda: NOW)


def serve_history(api: LocalApi) -> None:
    api.add("GET", PATH, load("page_older.json"), when=lambda s: "<=" in (filters(s) or ""))
    api.add("GET", PATH, load("page_newest.json"))


def test_first_read_pages_back_by_narrowing_the_time_window(api: LocalApi) -> None:
    serve_history(api)
    batch = source(api).fetch({})
    asked = [(s.arg("query"), s.arg("tags"), s.arg("hitsPerPage"), filters(s)) for s in api.seen]
    assert asked == [
        ("bramble", "(story,comment)", "3", None),
        ("bramble", "(story,comment)", "3", f"created_at_i<={T0 + 800}"),
    ]
    assert [m.external_id for m in batch.mentions] == [
        "46000001",
        "46000002",
        "46000003",
        "46000004",
    ]
    assert batch.cursor["search:bramble:top"] == f"{float(T0 + 1000)!r}|46000001"
    assert all(s.arg("page") is None for s in api.seen)  # never pages past Algolia's cap


def test_hits_become_mentions_with_story_context(api: LocalApi) -> None:
    serve_history(api)
    found = {m.external_id: m for m in source(api).fetch({}).mentions}
    comment = found["46000001"]
    assert comment.platform == "hackernews" and comment.kind == "comment"
    assert comment.text == "Bramble's app finally lets you reorder last week's order"
    assert comment.author_handle == "pg" and comment.context.startswith("Meet the People")
    assert comment.url == "https://news.ycombinator.com/item?id=46000001"
    assert comment.thread_id == "7493856" and comment.parent_id == "7494175"
    assert found["46000003"].text.endswith("in Leeds.\n\nWorth the queue.")
    story = found["46000002"]
    assert story.kind == "story" and story.thread_id == "46000002"
    assert story.text.startswith("Show HN: We rebuilt Bramble's ordering app")
    assert comment.created_at == datetime.fromtimestamp(T0 + 1000, UTC)


def test_later_cycles_ask_only_for_newer_items_and_a_quiet_one_costs_one_request(
    api: LocalApi,
) -> None:
    serve_history(api)
    src = source(api)
    first = src.fetch({})
    api.routes.clear()
    api.seen.clear()
    api.add("GET", PATH, load("page_new.json"))
    second = src.fetch(first.cursor)
    assert [filters(s) for s in api.seen] == [f"created_at_i>{T0 + 999}"]
    assert [m.external_id for m in second.mentions] == ["46000006"]
    api.routes.clear()
    api.seen.clear()
    api.add("GET", PATH, {**load("page_new.json"), "hits": load("page_new.json")["hits"][:1]})
    third = src.fetch(second.cursor)
    assert third.mentions == () and len(api.seen) == 1


def test_max_pages_leaves_a_resumable_run_and_a_crash_repeats_it(api: LocalApi) -> None:
    serve_history(api)
    src = source(api, max_pages=1)
    start = {"search:bramble:top": f"{float(T0 + 100)!r}|45999999"}
    cut = src.fetch(start)
    assert cut.more and cut.cursor["search:bramble:page"] == str(T0 + 800)
    assert cut.cursor["search:bramble:top"] == start["search:bramble:top"]
    assert src.fetch(start).mentions == cut.mentions  # not stored: read again, same items
    rest = src.fetch(cut.cursor)
    assert [m.external_id for m in rest.mentions] == ["46000003", "46000004"]
    assert filters(api.seen[-1]) == f"created_at_i>{T0 + 99},created_at_i<={T0 + 800}"
    assert rest.cursor["search:bramble:top"].endswith("|46000001") and not rest.more


def test_429_and_5xx_raise_with_the_wait_and_keep_the_cursor(api: LocalApi) -> None:
    api.add(
        "GET", PATH, {"message": "Too many requests"}, status=429, headers={"Retry-After": "90"}
    )
    with pytest.raises(UpstreamError) as caught:
        source(api).fetch({})
    assert caught.value.retry_after == 90 and "HTTP 429" in str(caught.value)
    assert caught.value.cursor == {"budget:hour": f"{T0 + 3600}:1"}  # kept with the failure
    api.routes.clear()
    api.add("GET", PATH, "<html>502</html>", status=502, content_type="text/html")
    with pytest.raises(UpstreamError, match="failed \\(HTTP 502\\)"):
        source(api).fetch({})


def test_a_truncated_or_odd_body_is_a_clear_error(api: LocalApi) -> None:
    api.add("GET", PATH, '{"hits": [{"objectID": "1", "crea', times=1)
    with pytest.raises(UpstreamError, match="malformed or truncated"):
        source(api).fetch({})
    api.add("GET", PATH, {"message": "ok"}, times=1)
    with pytest.raises(UpstreamError, match="without a list of hits"):
        source(api).fetch({})
    broken = load("page_newest.json")
    broken["hits"][1] = {"objectID": "46000002"}  # no time
    api.add("GET", PATH, {**broken, "nbPages": 1, "hits": broken["hits"][:2]})
    batch = source(api).fetch({})
    assert [m.external_id for m in batch.mentions] == ["46000001"]
    assert any("46000002" not in p and "created_at" in p for p in batch.problems)


def test_request_budget_stops_the_cycle_and_says_when_it_resumes(api: LocalApi) -> None:
    serve_history(api)
    batch = source(api, requests_per_hour=1).fetch({})
    assert len(api.seen) == 1 and "resumes at 2025-12-05 04:00 UTC" in batch.problems[0]
    assert "search:bramble:top" not in batch.cursor or batch.cursor["search:bramble:page"]


def test_read_only_and_described() -> None:
    src = HackerNewsSource(HackerNewsSourceSettings(), BrandSettings(keywords=["bramble counter"]))
    assert src.terms == ['"bramble counter"'] and not src.can_post
    assert "not supported" in src.describe()["replies"]
    assert src.describe()["api"] == "https://hn.algolia.com/api/v1"
    assert not isinstance(src, Replyable)  # the publisher never picks it
    assert HackerNewsSource in SOURCE_CLASSES


def test_collect_and_export_through_the_cli_store_each_item_once(
    api: LocalApi, tmp_path: Path
) -> None:
    serve_history(api)
    config = tmp_path / "rapport.toml"
    config.write_text(
        f"""
[brand]
name = "Bramble"
keywords = ["bramble"]

[sources.hackernews]
enabled = true
api_url = "{api.url}/api/v1"
hits_per_page = 3
"""
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("RAPPORT_")}
    base = [sys.executable, str(ROOT / "run_bot.py"), "--config", str(config)]
    base += ["--database-url", f"sqlite:///{tmp_path / 'rapport.db'}"]

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        result = subprocess.run(
            [*base, *args], capture_output=True, text=True, env=env, cwd=tmp_path, timeout=120
        )
        assert result.returncode == 0, result.stderr
        return result

    dry = run("collect", "--source", "hackernews", "--dry-run")  # fetched, never stored
    assert "hackernews: 4 fetched; dry run, nothing stored" in dry.stdout
    first = run("collect", "--source", "hackernews")
    assert "hackernews: 4 received, 4 stored, 0 duplicates" in first.stdout
    api.routes.clear()
    api.add("GET", PATH, load("page_new.json"))
    second = run("collect", "--source", "hackernews")
    assert "hackernews: 1 received, 1 stored, 0 duplicates" in second.stdout
    rows = [
        json.loads(line)
        for line in run("export", "mentions", "--format", "jsonl").stdout.splitlines()
    ]
    assert sorted(r["external_id"] for r in rows) == [
        "46000001",
        "46000002",
        "46000003",
        "46000004",
        "46000006",
    ]
    assert {r["platform"] for r in rows} == {"hackernews"}
    shown = run("sources").stdout
    assert "hackernews: enabled" in shown and "not supported" in shown
