"""The page benchmarks' database builders work at any size (speed lives in `make bench`)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from bench.queue_page import build
from bench.search_page import prepare


def test_queue_builder_gives_each_mention_one_draft_at_small_sizes(tmp_path: Path) -> None:
    path = tmp_path / "small.db"
    counts = build(path, mentions=2_000, pending=200, people=300)
    assert counts == {"customers": 300, "identities": 300, "mentions": 2_000, "drafts": 2_000}
    with sqlite3.connect(path) as db:
        pending = db.execute("SELECT count(*) FROM drafts WHERE status = 'pending'").fetchone()
        distinct = db.execute("SELECT count(DISTINCT mention_id) FROM drafts").fetchone()
    assert pending == (200,)
    assert distinct == (2_000,)


def test_search_bench_prepares_a_small_inbox_with_the_newest_drafts_pending(
    tmp_path: Path,
) -> None:
    path = tmp_path / "search.db"
    build(path, mentions=1_000, pending=100, people=150)
    prepare(path, mentions=1_000, pending=100)
    with sqlite3.connect(path) as db:
        newest = db.execute("SELECT status FROM drafts ORDER BY id DESC LIMIT 100").fetchall()
        tagged = db.execute("SELECT count(*) FROM mention_tags").fetchone()
    assert {status for (status,) in newest} == {"pending"}
    assert tagged == (50,)


def test_queue_builder_refuses_more_pending_drafts_than_mentions(tmp_path: Path) -> None:
    with pytest.raises(SystemExit, match="cannot exceed"):
        build(tmp_path / "bad.db", mentions=100, pending=200, people=10)
