"""Bad input never costs good data: every text field of a mention × every kind of bad value.

Each hostile value (a lone surrogate, NUL bytes, a 100 KB string, control characters) in any
field is either stored cleaned and capped, or its mention is rejected with one problem line
naming it; the good mentions of the same batch are stored either way. Runs on SQLite and
PostgreSQL (the ``engine`` fixture), whose drivers refuse different things.
"""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from listener.pipeline import Pipeline, collect
from listener.sanitize import sanitize
from listener.sources.base import Batch, RawMention
from listener.sources.replay import ReplaySource
from store.models import Identity, Mention

ROOT = Path(__file__).resolve().parent.parent
T0 = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)

BAD = {
    "surrogate": "Jo \udc00 Baker",
    "nul": "Jo\x00Baker\x00",
    "huge": "x" * 100_000,
    "controls": "Jo\x01\x1b[31mBaker\x7f\u202e\n\r\t",
}
# Free-text fields: always stored (cleaned, capped to the column).
TEXT_FIELDS = (
    "text",
    "author_name",
    "author_handle",
    "url",
    "lang",
    "kind",
    "source",
    "community",
    "context",
    "repost_of_author",
)
# Ids: matched exactly, so a bad one rejects its mention (with a line naming it).
ID_FIELDS = ("external_id", "author_id", "thread_id", "parent_id")
LIMITS = {
    "author_name": 200,
    "author_handle": 100,
    "url": 2048,
    "lang": 16,
    "kind": 20,
    "source": 40,
    "community": 100,
    "context": 500,
    "repost_of_author": 100,
}


def raw(external_id: str, **kw: Any) -> RawMention:
    values: dict[str, Any] = {
        "platform": "twitter",
        "external_id": external_id,
        "text": "@bramblecounter lovely flat white",
        "author_id": f"u{external_id}",
        "author_handle": f"person{external_id}",
        "author_name": "A Person",
        "created_at": T0,
        "url": f"https://x.com/i/web/status/{external_id}",
        "thread_id": external_id,
        "source": "test",
        "community": "coffee",
        "context": "a thread title",
    }
    values.update(kw)
    return RawMention(**values)


def _is_clean(value: str | None) -> bool:
    if value is None:
        return True
    value.encode("utf-8")  # raises on a lone surrogate
    return "\x00" not in value


@pytest.mark.parametrize("kind", list(BAD))
@pytest.mark.parametrize("field", TEXT_FIELDS + ID_FIELDS)
def test_a_bad_value_in_any_field_never_costs_the_rest_of_the_batch(
    factory: Any, settings: Any, field: str, kind: str
) -> None:
    hostile = replace(raw("2"), **{field: BAD[kind]})
    batch = Batch(source="test", mentions=(raw("1"), hostile, raw("3")), cursor={"k": "3"})
    report = Pipeline(factory, settings).ingest(batch)

    with factory() as session:
        stored = {m.external_id: m for m in session.scalars(select(Mention))}
        identities = session.scalars(select(Identity)).all()
    assert {"1", "3"} <= set(stored), report.problems
    if field in TEXT_FIELDS:
        assert report.stored == 3 and report.rejected == 0, report.problems
        row = stored["2"]
        for value in (row.text, row.url, row.community, row.context, row.kind, row.lang):
            assert _is_clean(value)
        for identity in identities:
            assert _is_clean(identity.handle) and _is_clean(identity.display_name)
        column = {"author_name": None, "author_handle": None}.get(field, field)
        if column in LIMITS and getattr(row, column) is not None:
            assert len(getattr(row, column)) <= LIMITS[column]
    else:
        assert report.stored == 2 and report.rejected == 1
        [problem] = report.problems
        assert problem.startswith("twitter:") and "skipped" in problem
        problem.encode("utf-8")  # printable on any terminal


@pytest.mark.parametrize("kind", list(BAD))
def test_cleaned_names_keep_their_readable_part(kind: str) -> None:
    mention, problem = sanitize(raw("1", author_name=BAD[kind], author_handle=BAD[kind]))
    assert problem is None and mention is not None
    assert (mention.author_name is not None and "Jo" in mention.author_name) or kind == "huge"
    assert "\x00" not in mention.author_handle and "\n" not in mention.author_handle
    assert len(mention.author_handle) <= 100 and len(mention.author_name or "") <= 200


def test_out_of_range_numbers_and_wrong_types_become_unknown() -> None:
    mention, problem = sanitize(
        raw("1", author_followers=2**63, author_verified="yes", is_repost=1, lang=7)
    )
    assert problem is None and mention is not None
    assert mention.author_followers is None and mention.author_verified is None
    assert mention.is_repost is True and mention.lang is None


def _records() -> list[dict[str, Any]]:
    """Export records with a hostile value in each field a file can carry."""
    fields = (
        "author_name",
        "author_handle",
        "url",
        "community",
        "context",
        "lang",
        "kind",
        "thread_id",
    )
    records = []
    number = 100
    for field in fields:
        for value in BAD.values():
            number += 1
            record = {
                "platform": "twitter",
                "external_id": str(number),
                "text": "@bramblecounter hello",
                "author_handle": f"h{number}",
                "created_at": "2026-11-20T09:00:00Z",
            }
            record[field] = value
            records.append(record)
    tweet = {
        "id": "9001",
        "text": "@bramblecounter x",
        "author_id": "77",
        "created_at": "2026-11-20T09:00:00Z",
    }
    page = {
        "data": [tweet],
        "includes": {"users": [{"id": "77", "username": "a\udc00", "name": "\udc00"}]},
    }
    records.append(page)
    thing = {
        "kind": "t1",
        "data": {
            "name": "t1_zz",
            "body": "bramble coffee",
            "author": "r\udc00",
            "subreddit": "s\x00",
            "link_title": "t\udc00" * 1000,
            "permalink": "/r/x/\x00",
            "created_utc": 1763629200,
        },
    }
    records.append(thing)
    return records


def test_ingest_of_a_hostile_file_stores_everything_and_prints_no_traceback(
    tmp_path: Path,
) -> None:
    """The reported failure: a lone surrogate in a display name or handle lost the file."""
    path = tmp_path / "hostile.jsonl"
    records = _records()
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    database = tmp_path / "cli.db"
    url = f"sqlite:///{database}"
    subprocess.run(  # create it first: the "new, empty database" note is not a problem line
        [sys.executable, "run_bot.py", "--database-url", url, "db", "upgrade"],
        check=True,
        capture_output=True,
        timeout=120,
        cwd=ROOT,
    )
    result = subprocess.run(
        [sys.executable, "run_bot.py", "--database-url", f"sqlite:///{database}", "ingest", path],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    total = sum(1 for r in records)
    # The thread_id records with a bad id are rejected (4, one line each); the rest stored.
    assert f"{total} received, {total - 4} stored" in result.stdout
    assert result.stderr.count("thread id") == 4
    assert all(line.startswith("warning: ") for line in result.stderr.splitlines())


def test_replay_source_passes_hostile_author_fields_through_cleanly(
    factory: Any, settings: Any, tmp_path: Path
) -> None:
    path = tmp_path / "mentions.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in _records()), encoding="utf-8")
    report = collect(ReplaySource([path]), Pipeline(factory, settings))
    assert report.rejected == 4
    with factory() as session:
        handles = session.scalars(select(Identity.handle)).all()
    assert "a\ufffd" in handles and "r\ufffd" in handles


def test_no_printable_character_is_one_the_field_cleaners_remove() -> None:
    """``clean_field`` and ``id_problem`` return a printable value at once (the usual case on
    the ingest path): that is exact only if no printable character is a lone surrogate or a
    control character the slow path would replace."""
    from listener import text as text_rules

    wanted = (text_rules._SURROGATE, text_rules._LINE_CONTROL)
    caught = [
        hex(code)
        for code in range(0x110000)
        if chr(code).isprintable() and any(rule.search(chr(code)) for rule in wanted)
    ]
    assert caught == []
