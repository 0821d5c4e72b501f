"""The ingest pipeline: each mention stored once, cursor with its mentions, hostile text safe."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from listener.people.stage import refresh_for_new_mentions
from listener.pipeline import IngestReport, Pipeline, collect, read_cursor
from listener.sources.base import Batch, RawMention
from listener.sources.replay import ReplaySource
from store.models import Cursor, Customer, Identity, Mention, SourceState

T0 = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
ROOT = Path(__file__).resolve().parent.parent


def raw(external_id: str, text: str = "@bramblecounter lovely flat white", **kw: Any) -> RawMention:
    values: dict[str, Any] = {
        "platform": "twitter",
        "external_id": external_id,
        "text": text,
        "author_id": "u1",
        "author_handle": "jobakes",
        "created_at": T0 + timedelta(minutes=int(external_id) if external_id.isdigit() else 0),
        "source": "test",
    }
    values.update(kw)
    return RawMention(**values)


def count(factory: Any, model: Any = Mention) -> int:
    with factory() as session:
        return session.scalar(select(func.count()).select_from(model))


def test_ingest_stores_scores_links_and_advances_cursor(factory: Any, settings: Any) -> None:
    pipeline = Pipeline(factory, settings)
    batch = Batch(
        source="test",
        mentions=(
            raw("1"),
            raw("2", "@bramblecounter latte was cold and the staff were rude, awful"),
        ),
        cursor={"since_id": "2"},
    )
    report = pipeline.ingest(batch)
    assert (report.stored, report.duplicates) == (2, 0)
    with factory() as session, session.begin():
        assert refresh_for_new_mentions(session) == 1
    with factory() as session:
        rows = session.scalars(select(Mention).order_by(Mention.external_id)).all()
        assert rows[0].label == "positive" and rows[1].label == "negative"
        assert rows[1].is_complaint and rows[1].intent == "complaint"
        assert all(r.model_version for r in rows)
        assert rows[0].identity_id == rows[1].identity_id is not None
        customer = session.scalar(select(Customer))
        assert customer.interactions == 2 and customer.stage == "transaction"
        assert read_cursor(session, "test") == {"since_id": "2"}
        assert session.get(SourceState, "test").last_success_at is not None


def test_reingesting_the_same_batch_changes_nothing(factory: Any, settings: Any) -> None:
    pipeline = Pipeline(factory, settings)
    batch = Batch(source="test", mentions=(raw("1"), raw("2"), raw("1")), cursor={"k": "v"})
    first = pipeline.ingest(batch)
    assert (first.stored, first.duplicates) == (2, 1)
    second = pipeline.ingest(batch)
    assert (second.stored, second.duplicates) == (0, 3)
    assert count(factory) == 2 and count(factory, Identity) == 1 and count(factory, Cursor) == 1


def test_a_failed_chunk_rolls_back_and_leaves_the_cursor_behind(
    factory: Any, settings: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    pipeline = Pipeline(factory, settings)
    pipeline.chunk_size = 2
    mentions = tuple(raw(str(i)) for i in range(1, 6))
    real = pipeline._write_chunk
    calls = {"n": 0}

    def crash_on_second_chunk(*args: Any) -> None:
        calls["n"] += 1
        if calls["n"] == 2:
            raise RuntimeError("power cut")
        real(*args)

    monkeypatch.setattr(pipeline, "_write_chunk", crash_on_second_chunk)
    with pytest.raises(RuntimeError):
        pipeline.ingest(Batch(source="test", mentions=mentions, cursor={"since_id": "5"}))
    assert count(factory) == 2
    with factory() as session:
        assert read_cursor(session, "test") == {}
    monkeypatch.setattr(pipeline, "_write_chunk", real)
    report = pipeline.ingest(Batch(source="test", mentions=mentions, cursor={"since_id": "5"}))
    assert (report.stored, report.duplicates) == (3, 2)
    assert count(factory) == 5
    with factory() as session:
        assert read_cursor(session, "test") == {"since_id": "5"}


def test_a_mention_already_stored_by_another_instance_is_not_stored_again(
    factory: Any, settings: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two instances racing: the lookup misses, the unique key still holds."""
    import listener.pipeline as module

    pipeline = Pipeline(factory, settings)
    pipeline.ingest(Batch(source="test", mentions=(raw("1"),)))
    monkeypatch.setattr(module, "_existing_keys", lambda session, keys: set())
    report = pipeline.ingest(Batch(source="test", mentions=(raw("1"), raw("2"))))
    assert (report.stored, report.duplicates) == (1, 1)
    assert count(factory) == 2


HOSTILE = {
    "empty": "",
    "huge": "bramble coffee " * 7000,
    "nul": "bramble\x00 coffee \x00 was cold",
    "rtl": "قهوة bramble coffee رائعة \u202e reversed",
    "emoji": "☕️🥐🔥 @bramblecounter 👩🏽‍🍳",
    "script": "<script>alert('x')</script> @bramblecounter <b>bold</b>",
    "surrogate": "bad \udcff surrogate @bramblecounter",
}


def test_hostile_text_is_stored_safely(factory: Any, settings: Any) -> None:
    pipeline = Pipeline(factory, settings)
    mentions = tuple(raw(str(i), text) for i, text in enumerate(HOSTILE.values(), start=1))
    report = pipeline.ingest(Batch(source="test", mentions=mentions))
    assert report.stored == len(HOSTILE)
    with factory() as session:
        stored = {m.external_id: m for m in session.scalars(select(Mention))}
    assert "\x00" not in stored["3"].text and stored["3"].text.startswith("bramble coffee")
    assert stored["6"].text == HOSTILE["script"]  # kept as text; escaping is the UI's job
    assert len(stored["2"].text) <= 40_000 and stored["2"].text_truncated
    assert stored["5"].text == HOSTILE["emoji"]
    assert "\ufffd" in stored["7"].text


def test_invalid_mentions_are_rejected_with_a_reason(factory: Any, settings: Any) -> None:
    pipeline = Pipeline(factory, settings)
    bad = (
        raw("1", platform="myspace"),
        raw("", platform="twitter"),
        raw("3", created_at=datetime(2026, 11, 1)),
        raw("4"),
    )
    report = pipeline.ingest(Batch(source="test", mentions=bad))
    assert report.stored == 1 and report.rejected == 3
    assert any("myspace" in p for p in report.problems)


def test_relevance_own_posts_and_reposts_are_recorded(factory: Any, settings: Any) -> None:
    pipeline = Pipeline(factory, settings)
    pipeline.ingest(
        Batch(
            source="test",
            mentions=(
                raw("1", "picked brambles for bramble jam today", author_id="u9"),
                raw(
                    "2", "Soup is on at Bramble cafe", author_id="o", author_handle="BrambleCounter"
                ),
                raw("3", "RT @bramblecounter: soup", author_id="u3", is_repost=True),
            ),
        )
    )
    with factory() as session:
        rows = {m.external_id: m for m in session.scalars(select(Mention))}
    assert not rows["1"].is_relevant and "excluded" in (rows["1"].triage_reason or "")
    assert rows["2"].is_own and rows["3"].is_repost


def test_manual_label_wins_over_the_model_and_survives_rescoring(
    factory: Any, settings: Any
) -> None:
    from listener.scoring.labels import relabel, rescore

    pipeline = Pipeline(factory, settings)
    pipeline.ingest(
        Batch(source="test", mentions=(raw("1", "@bramblecounter oh great, cold again"),))
    )
    with factory() as session, session.begin():
        mention = session.scalar(select(Mention))
        relabel(session, mention.id, actor="sam", label="negative", intent="complaint")
    with factory() as session, session.begin():
        session.scalar(select(Mention)).model_version = "older-model"
    assert rescore(factory, pipeline.scorer) == 1
    with factory() as session:
        mention = session.scalar(select(Mention))
        assert mention.model_version != "older-model"
        assert (mention.label, mention.intent, mention.is_complaint) == (
            "negative",
            "complaint",
            True,
        )
        assert mention.manual_label["by"] == "sam"
    assert rescore(factory, pipeline.scorer) == 0  # nothing outdated any more


def test_collect_reads_a_file_source_until_it_has_no_more(
    factory: Any, settings: Any, tmp_path: Path
) -> None:
    path = tmp_path / "m.jsonl"
    lines = [
        json.dumps(
            {
                "platform": "reddit",
                "external_id": f"t1_{i}",
                "text": f"bramble coffee number {i}",
                "author_handle": f"user{i % 7}",
                "created_at": 1763600000 + i,
            }
        )
        for i in range(23)
    ]
    path.write_text("\n".join(lines) + "\n")
    source = ReplaySource([path], max_records=5)
    pipeline = Pipeline(factory, settings)
    report = collect(source, pipeline)
    assert report.stored == 23 and count(factory, Identity) == 7
    assert collect(source, pipeline).received == 0


KILL_SCRIPT = """
import sys, time
from config.settings import load_settings
from store.db import make_engine, make_sessionmaker
from store.migrate import upgrade
from listener.pipeline import Pipeline, collect
from listener.sources.replay import ReplaySource
import listener.pipeline as module

settings = load_settings(environ={}, overrides={("database", "batch_size"): 50})
engine = make_engine(sys.argv[1]); upgrade(engine)
pipeline = Pipeline(make_sessionmaker(engine), settings)
if len(sys.argv) > 3:
    real = module._insert_ignoring_duplicates
    def slow(session, rows):
        result = real(session, rows)
        print("chunk", flush=True)
        time.sleep(0.2)
        return result
    module._insert_ignoring_duplicates = slow
print(collect(ReplaySource([sys.argv[2]], max_records=10_000), pipeline).stored, flush=True)
"""


def test_killing_the_process_mid_ingest_and_rerunning_stores_each_mention_once(
    tmp_path: Path,
) -> None:
    path = tmp_path / "m.jsonl"
    with path.open("w") as handle:
        for i in range(400):
            handle.write(
                json.dumps(
                    {
                        "platform": "twitter",
                        "external_id": str(10_000 + i),
                        "text": f"@bramblecounter flat white number {i}",
                        "author_handle": f"user{i % 40}",
                        "created_at": 1763600000 + i,
                    }
                )
                + "\n"
            )
    url = f"sqlite:///{tmp_path / 'kill.db'}"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(
        [sys.executable, "-c", KILL_SCRIPT, url, str(path), "slow"],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
        cwd=ROOT,
    )
    assert proc.stdout is not None
    chunks = 0
    deadline = time.monotonic() + 60
    while chunks < 3 and time.monotonic() < deadline:
        if proc.stdout.readline().startswith("chunk"):
            chunks += 1
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    from store.db import make_engine, make_sessionmaker

    factory = make_sessionmaker(make_engine(url))
    partial = count(factory)
    assert 0 < partial < 400
    with factory() as session:
        assert read_cursor(session, "replay") == {}
    rerun = subprocess.run(
        [sys.executable, "-c", KILL_SCRIPT, url, str(path)],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
    )
    assert rerun.returncode == 0, rerun.stderr
    assert count(factory) == 400
    with factory() as session:
        ids = session.scalars(select(Mention.external_id)).all()
        assert len(set(ids)) == 400


def test_replace_keeps_raw_mentions_frozen() -> None:
    mention = raw("1")
    with pytest.raises(AttributeError):
        mention.text = "changed"  # type: ignore[misc]
    assert replace(mention, text="x").text == "x"


def test_parallel_preparation_stores_the_same_rows_as_in_process(
    tmp_path: Path, settings: Any
) -> None:
    from store.db import make_engine, make_sessionmaker
    from store.migrate import upgrade

    mentions = tuple(
        raw(str(i), text, author_id=f"u{i % 5}", author_handle=f"user{i % 5}")
        for i, text in enumerate(
            [
                "@bramblecounter my latte was cold AGAIN, third time this week",
                "bramble coffee is the best in Leeds ☕",
                "picked brambles for bramble jam",
                "does the bramble app take apple pay?",
            ]
            * 15,
            start=1,
        )
    )
    results = []
    for parallel in (False, True):
        engine = make_engine(f"sqlite:///{tmp_path / f'p{parallel}.db'}")
        upgrade(engine)
        tuned = settings.model_copy(
            update={
                "ingest": settings.ingest.model_copy(
                    update={"parallel_scoring": parallel, "parallel_min_batch": 10, "workers": 2}
                ),
                "database": settings.database.model_copy(update={"batch_size": 16}),
            }
        )
        pipeline = Pipeline(make_sessionmaker(engine), tuned)
        try:
            assert pipeline.ingest(Batch(source="t", mentions=mentions)).stored == 60
        finally:
            pipeline.close()
        with make_sessionmaker(engine)() as session:
            results.append(
                [
                    (m.external_id, m.compound, m.label, m.intent, m.is_relevant, m.urgency)
                    for m in session.scalars(select(Mention).order_by(Mention.id))
                ]
            )
    assert results[0] == results[1]


def test_a_broken_worker_pool_falls_back_to_in_process_scoring(
    factory: Any, settings: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    import listener.scoring.pool as pool_module

    tuned = settings.model_copy(
        update={
            "ingest": settings.ingest.model_copy(
                update={"parallel_scoring": True, "parallel_min_batch": 5, "workers": 1}
            ),
            "database": settings.database.model_copy(update={"batch_size": 4}),
        }
    )
    pipeline = Pipeline(factory, tuned)
    monkeypatch.setattr(pool_module, "_prepare_in_worker", _die)
    try:
        report = pipeline.ingest(Batch(source="t", mentions=tuple(raw(str(i)) for i in range(12))))
    finally:
        pipeline.close()
    assert report.stored == 12 and pipeline._parallel is not None and pipeline._parallel.broken


def _die(items: Any) -> Any:
    os._exit(1)


def test_a_post_whose_author_was_erased_is_not_stored_again(factory: Any, settings: Any) -> None:
    from listener.people.gdpr import erase_customer
    from listener.people.stage import refresh_for_new_mentions

    pipeline = Pipeline(factory, settings)
    batch = Batch(source="test", mentions=(raw("1", "@bramblecounter I'm Jane, 12 Elm St"),))
    pipeline.ingest(batch)
    with factory() as session, session.begin():
        refresh_for_new_mentions(session)
        customer_id = session.scalar(select(Customer.id))
        erase_customer(session, customer_id, actor="admin")
    report = pipeline.ingest(batch)
    assert (report.stored, report.duplicates) == (0, 1)
    with factory() as session:
        texts = session.scalars(select(Mention.text)).all()
    assert len(texts) == 1 and "Jane" not in texts[0]


def test_fresh_chunks_are_the_slices_of_the_whole_batch_checked_block_by_block(
    factory: Any, settings: Any
) -> None:
    tuned = settings.model_copy(
        update={"database": settings.database.model_copy(update={"batch_size": 4})}
    )
    pipeline = Pipeline(factory, tuned)
    pipeline.ingest(Batch(source="t", mentions=(raw("2"), raw("9"))))  # already stored
    mentions = [raw(str(i)) for i in range(14)]
    mentions[5] = raw("1")  # a copy of an earlier mention, in a later block
    mentions[11] = raw("x", platform="myspace")  # rejected
    report = IngestReport(source="t")
    chunks = list(pipeline._fresh_chunks(mentions, report))
    ids = [m.external_id for chunk in chunks for m in chunk]
    assert ids == ["0", "1", "3", "4", "6", "7", "8", "10", "12", "13"]
    assert [len(chunk) for chunk in chunks] == [4, 4, 2]
    assert (report.duplicates, report.rejected) == (3, 1)


def test_the_workers_get_the_first_chunks_before_the_last_block_is_checked(
    factory: Any, settings: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    import listener.pipeline as pipeline_module

    tuned = settings.model_copy(
        update={
            "ingest": settings.ingest.model_copy(
                update={"parallel_scoring": True, "parallel_min_batch": 4, "workers": 1}
            ),
            "database": settings.database.model_copy(update={"batch_size": 4}),
        }
    )
    pipeline = Pipeline(factory, tuned)
    events: list[str] = []
    checked = pipeline_module._existing_keys
    monkeypatch.setattr(
        pipeline_module,
        "_existing_keys",
        lambda session, keys: events.append("check") or checked(session, keys),
    )
    store = pipeline._store_chunk
    monkeypatch.setattr(
        pipeline, "_store_chunk", lambda *args: events.append("store") or store(*args)
    )
    try:
        report = pipeline.ingest(Batch(source="t", mentions=tuple(raw(str(i)) for i in range(16))))
    finally:
        pipeline.close()
    assert report.stored == 16
    assert events.index("store") < len(events) - 1 - events[::-1].index("check")
