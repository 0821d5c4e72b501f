"""The file source: real payload shapes in, line-numbered problems out, offsets as cursor."""

from __future__ import annotations

import gzip
import json
from datetime import UTC, datetime
from pathlib import Path

import yaml

from listener.sources import payloads
from listener.sources.replay import ReplaySource

FIXTURES = Path(__file__).resolve().parent / "fixtures"
NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)


def _source(*paths: Path, **kwargs: object) -> ReplaySource:
    return ReplaySource(list(paths), clock=lambda: NOW, **kwargs)  # type: ignore[arg-type]


def _x_page() -> dict:
    return {
        "data": [
            {
                "id": "1858000000000000001",
                "text": "@bramblecounter the oat latte &amp; the Hedgerow toastie were perfect",
                "author_id": "11",
                "created_at": "2026-11-20T08:15:00.000Z",
                "conversation_id": "1858000000000000001",
                "lang": "en",
                "edit_history_tweet_ids": ["1858000000000000001"],
            },
            {
                "id": "1858000000000000002",
                "text": "RT @bramblecounter: Soup of the day is leek and potato",
                "author_id": "12",
                "created_at": "2026-11-20T08:16:00.000Z",
                "referenced_tweets": [{"type": "retweeted", "id": "1857999999999999999"}],
                "edit_history_tweet_ids": ["1858000000000000002"],
            },
        ],
        "includes": {
            "users": [
                {
                    "id": "11",
                    "username": "JoBakes",
                    "name": "Jo",
                    "public_metrics": {"followers_count": 250},
                    "verified": False,
                }
            ]
        },
        "meta": {"result_count": 2, "newest_id": "1858000000000000002"},
    }


def test_x_api_page_becomes_mentions_with_authors_and_unescaped_text(tmp_path: Path) -> None:
    path = tmp_path / "x.jsonl"
    path.write_text(json.dumps(_x_page()) + "\n")
    batch = _source(path).fetch({})
    first, retweet = batch.mentions
    assert first.text.startswith("@bramblecounter the oat latte & the Hedgerow")
    assert (first.author_handle, first.author_id, first.author_followers) == ("JoBakes", "11", 250)
    assert first.url == "https://x.com/JoBakes/status/1858000000000000001"
    assert first.created_at == datetime(2026, 11, 20, 8, 15, tzinfo=UTC)
    # The retweet's author is missing from includes (as for suspended users): still stored.
    assert retweet.is_repost and retweet.repost_of_author == "bramblecounter"
    assert retweet.author_handle == "" and retweet.author_id == "12"
    assert batch.problems == ()


def _cassette_bodies(name: str) -> list[dict]:
    with (FIXTURES / "twitter" / "cassettes" / name).open() as handle:
        cassette = yaml.load(handle, Loader=yaml.Loader)
    bodies = []
    for interaction in cassette["interactions"]:
        raw = interaction["response"]["body"]["string"]
        bodies.append(json.loads(gzip.decompress(raw) if isinstance(raw, bytes) else raw))
    return bodies


def test_real_recorded_x_mentions_without_expansions_still_normalize() -> None:
    page = _cassette_bodies("test_client_get_users_mentions.yaml")[0]
    items = list(payloads.x_page_mentions(page, source="t", fallback_time=NOW))
    assert len(items) == 10
    assert all(not isinstance(i, payloads.PayloadError) for i in items)
    assert all(i.created_at == NOW and i.author_id is None for i in items)  # type: ignore[union-attr]
    assert items[0].text.startswith("@Twitter @TwitterSupport")  # type: ignore[union-attr]


def test_real_recorded_reddit_listings_normalize() -> None:
    for name in ("TestInbox.test_mentions.json", "TestSubreddit.test_search.json"):
        cassette = json.loads((FIXTURES / "praw" / name).read_text())
        body = json.loads(cassette["interactions"][-1]["response"]["body"]["string"])
        things = list(payloads.reddit_things(body))
        assert things
        mentions = [payloads.reddit_mention(t, source="r") for t in things]
        assert all(m.external_id.startswith(("t1_", "t3_")) for m in mentions)
        assert all(m.created_at.tzinfo is not None for m in mentions)


def test_reddit_deleted_author_has_no_identity(tmp_path: Path) -> None:
    thing = {
        "kind": "t1",
        "data": {
            "id": "abc",
            "name": "t1_abc",
            "author": "[deleted]",
            "body": "bramble coffee is great",
            "created_utc": 1763600000.0,
            "permalink": "/r/Leeds/comments/x/y/abc/",
            "link_id": "t3_x",
            "parent_id": "t3_x",
        },
    }
    mention = payloads.reddit_mention(thing, source="r")
    assert mention.author_id is None and mention.author_handle == ""
    assert mention.url == "https://www.reddit.com/r/Leeds/comments/x/y/abc/"


def test_malformed_lines_are_reported_with_line_numbers_and_the_rest_is_read(
    tmp_path: Path,
) -> None:
    good = {
        "platform": "twitter",
        "external_id": "1",
        "text": "hello",
        "author_handle": "a",
        "created_at": "2026-11-01T09:00:00Z",
    }
    path = tmp_path / "mixed.jsonl"
    path.write_bytes(
        json.dumps(good).encode()
        + b"\n{not json\n"
        + b'"a string"\n'
        + b'{"platform": "myspace", "external_id": "2", "text": "x", "created_at": "2026-11-01"}\n'
        + b'{"platform": "twitter", "external_id": "3", "text": "bad \xff byte"}\n'
        + b"\n"
        + json.dumps({**good, "external_id": "4"}).encode()
        + b"\n"
    )
    batch = _source(path).fetch({})
    assert [m.external_id for m in batch.mentions] == ["1", "4"]
    joined = "\n".join(batch.problems)
    for line in (2, 3, 4, 5):
        assert f"line {line}:" in joined
    assert "not valid UTF-8" in joined and "myspace" in joined


def test_cursor_is_the_offset_after_the_last_complete_line(tmp_path: Path) -> None:
    path = tmp_path / "grow.jsonl"
    row = {"platform": "reddit", "text": "hi", "author_handle": "u", "created_at": 1763600000}
    path.write_text(json.dumps({**row, "external_id": "t1_a"}) + "\n" + '{"platform": "red')
    source = _source(path)
    first = source.fetch({})
    assert [m.external_id for m in first.mentions] == ["t1_a"]
    # The unfinished last line is left for the next read, when the writer has finished it.
    with path.open("a") as handle:
        handle.write('dit", "external_id": "t1_b", "text": "x", "created_at": 1763600001}\n')
    second = source.fetch(first.cursor)
    assert [m.external_id for m in second.mentions] == ["t1_b"]
    assert source.fetch(second.cursor).mentions == ()


def test_a_truncated_file_is_read_again_from_the_start(tmp_path: Path) -> None:
    path = tmp_path / "rotated.jsonl"
    line = json.dumps(
        {"platform": "reddit", "external_id": "t1_z", "text": "x", "created_at": 1763600000}
    )
    path.write_text(line + "\n")
    cursor = {f"offset:{path.resolve()}": "99999"}
    batch = _source(path).fetch(cursor)
    assert [m.external_id for m in batch.mentions] == ["t1_z"]
    assert any("shorter than the cursor" in p for p in batch.problems)


def test_csv_rows_with_quoted_line_breaks_and_bad_rows(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    path.write_text(
        "platform,external_id,text,author_handle,created_at\n"
        'twitter,10,"first line\nsecond line",jo,2026-11-01T09:00:00Z\n'
        "twitter,11,missing a column\n"
        "twitter,,no id,sam,2026-11-01T09:00:00Z\n"
        "reddit,t1_q,fine,u1,2026-11-02T10:00:00+00:00\n",
        encoding="utf-8",
    )
    batch = _source(path).fetch({})
    assert [m.external_id for m in batch.mentions] == ["10", "t1_q"]
    assert batch.mentions[0].text == "first line\nsecond line"
    assert any(p.endswith("line 4: 3 fields, the header has 5; skipped") for p in batch.problems)
    assert any("line 5: external_id is missing" in p for p in batch.problems)
    again = _source(path).fetch(batch.cursor)
    assert again.mentions == ()


def test_missing_file_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    batch = _source(tmp_path / "absent.jsonl").fetch({})
    assert batch.mentions == () and "cannot read" in batch.problems[0]


def test_fetch_stops_at_the_record_budget_and_says_there_is_more(tmp_path: Path) -> None:
    path = tmp_path / "many.jsonl"
    rows = [
        json.dumps(
            {"platform": "reddit", "external_id": f"t1_{i}", "text": "x", "created_at": 1763600000}
        )
        for i in range(5)
    ]
    path.write_text("\n".join(rows) + "\n")
    source = _source(path, max_records=2)
    first = source.fetch({})
    assert len(first.mentions) == 2 and first.more
    second = source.fetch(first.cursor)
    third = source.fetch(second.cursor)
    assert [m.external_id for m in (*second.mentions, *third.mentions)] == ["t1_2", "t1_3", "t1_4"]
    assert not third.more


def test_csv_without_required_columns_is_reported_once(tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    path.write_text("platform,id,message\ntwitter,1,hello\ntwitter,2,bye\n")
    batch = _source(path).fetch({})
    assert batch.mentions == ()
    assert len(batch.problems) == 1
    assert "created_at column" in batch.problems[0] and "file skipped" in batch.problems[0]


def test_impossible_times_and_counts_are_problems_not_crashes(tmp_path: Path) -> None:
    base = {"platform": "twitter", "text": "hi", "author_handle": "a"}
    rows = [
        {**base, "external_id": "1", "created_at": 1e20},
        {**base, "external_id": "2", "created_at": "0001-01-01T00:00:00+01:00"},
        {**base, "external_id": "3", "created_at": "12345678901234567890"},
        {**base, "external_id": "4", "created_at": 1763600000, "followers": 1e999},
        {**base, "external_id": "5", "created_at": 1763600000, "followers": "9" * 30},
        {**base, "external_id": "6", "created_at": 1763600000},
    ]
    path = tmp_path / "odd.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows).replace("Infinity", "1e999") + "\n")
    batch = _source(path).fetch({})
    assert [m.external_id for m in batch.mentions] == ["4", "5", "6"]
    assert all(m.author_followers is None for m in batch.mentions)
    assert sum("not a usable time" in p for p in batch.problems) == 3
    nan = tmp_path / "nan.jsonl"
    nan.write_text('{"platform": "twitter", "external_id": "9", "text": "x", "created_at": NaN}\n')
    assert "not a usable time" in _source(nan).fetch({}).problems[0]
