"""The scheduler: failures stay inside their job, back-off is exponential, stops cleanly."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from commands.scheduler import BotScheduler, Job, SourceRunner
from config.errors import UpstreamError
from listener.pipeline import Pipeline
from listener.sources.base import Batch, RawMention
from listener.sources.fake import FakeSource
from store.models import Mention, SourceState

ROOT = Path(__file__).resolve().parent.parent
T0 = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


def one_new_mention(cursor: Mapping[str, str]) -> Batch:
    """One new mention per fetch, numbered from the cursor, as a quiet platform would give."""
    n = int(cursor.get("n", "0")) + 1
    mention = RawMention(
        platform="twitter",
        external_id=str(n),
        text="@bramblecounter lovely coffee",
        author_id="1",
        author_handle="jo",
        created_at=T0,
    )
    return Batch(source="replay", mentions=(mention,), cursor={"n": str(n)})


def fake_source(failures: list[Exception]) -> FakeSource:
    """A source that fails as told, then returns one new mention per call."""
    return FakeSource(name="replay", fetch_plan=list(failures), then=one_new_mention)


class Clock:
    def __init__(self) -> None:
        self.now = T0

    def __call__(self) -> datetime:
        return self.now


def test_a_failing_source_backs_off_exponentially_and_records_the_error(
    sqlite_factory: Any, settings: Any
) -> None:
    clock = Clock()
    source = fake_source([UpstreamError("503 from X"), UpstreamError("503 from X")])
    runner = SourceRunner(
        source,
        Pipeline(sqlite_factory, settings),
        interval_seconds=60,
        max_backoff_seconds=900,
        clock=clock,
    )
    assert runner() is None and runner.not_before == T0 + timedelta(seconds=60)
    clock.now += timedelta(seconds=30)
    assert runner() is None and len(source.fetch_calls) == 1  # still backing off: no request made
    clock.now = runner.not_before
    assert runner() is None and runner.not_before == clock.now + timedelta(seconds=120)
    with sqlite_factory() as session:
        state = session.get(SourceState, "replay")
        assert state.consecutive_failures == 2 and "503 from X" in state.last_error
    clock.now = runner.not_before
    report = runner()
    assert report is not None and report.stored == 1 and runner.failures == 0
    with sqlite_factory() as session:
        assert session.get(SourceState, "replay").consecutive_failures == 0


def test_retry_after_from_the_platform_is_a_floor_and_backoff_is_capped(
    sqlite_factory: Any, settings: Any
) -> None:
    runner = SourceRunner(
        fake_source([]),
        Pipeline(sqlite_factory, settings),
        interval_seconds=60,
        max_backoff_seconds=300,
    )
    runner.failures = 1
    assert runner.backoff_seconds(UpstreamError("429", retry_after=600)) == 601
    runner.failures = 10
    assert runner.backoff_seconds(UpstreamError("503")) == 300


def test_jobs_coalesce_run_one_at_a_time_and_tolerate_misfires(
    sqlite_engine: Any, sqlite_factory: Any, settings: Any
) -> None:
    scheduler = BotScheduler(
        settings=settings,
        engine=sqlite_engine,
        pipeline=Pipeline(sqlite_factory, settings),
        sources={"replay": fake_source([])},
        jobs=[Job("draft", lambda: None, 60)],
    )
    scheduler.scheduler.start(paused=True)  # defaults are applied when jobs are really added
    try:
        jobs = {job.id: job for job in scheduler.scheduler.get_jobs()}
        assert set(jobs) == {"source:replay", "job:draft"}
        for job in jobs.values():
            assert job.coalesce is True and job.max_instances == 1
            assert job.misfire_grace_time == settings.schedule.misfire_grace_seconds
    finally:
        scheduler.scheduler.shutdown(wait=False)


def test_one_failing_job_does_not_stop_the_others(
    sqlite_engine: Any, sqlite_factory: Any, settings: Any
) -> None:
    def broken() -> None:
        raise RuntimeError("template missing")

    scheduler = BotScheduler(
        settings=settings,
        engine=sqlite_engine,
        pipeline=Pipeline(sqlite_factory, settings),
        sources={"replay": fake_source([])},
        jobs=[Job("draft", broken, 60)],
    )
    draft = scheduler.scheduler.get_job("job:draft")
    source = scheduler.scheduler.get_job("source:replay")
    assert draft.func() is None  # logged, not raised
    source.func()
    with sqlite_factory() as session:
        assert session.scalar(select(func.count(Mention.id))) == 1


def test_run_stops_cleanly_on_sigterm_after_storing(tmp_path: Path) -> None:
    mentions = tmp_path / "m.jsonl"
    mentions.write_text(
        "".join(
            json.dumps(
                {
                    "platform": "reddit",
                    "external_id": f"t1_{i}",
                    "text": f"bramble coffee {i}",
                    "author_handle": f"u{i}",
                    "created_at": 1763600000 + i,
                }
            )
            + "\n"
            for i in range(20)
        )
    )
    config = tmp_path / "rapport.toml"
    config.write_text(
        "[brand]\nkeywords = ['bramble']\n"
        f"[sources.replay]\nenabled = true\npaths = ['{mentions}']\ninterval_seconds = 5\n"
        f"[database]\nurl = 'sqlite:///{tmp_path / 'run.db'}'\n"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("RAPPORT_")}
    proc = subprocess.Popen(
        [sys.executable, str(ROOT / "run_bot.py"), "--config", str(config), "run"],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        cwd=tmp_path,
        env=env,
    )
    from store.db import make_engine, make_sessionmaker

    factory = make_sessionmaker(make_engine(f"sqlite:///{tmp_path / 'run.db'}"))
    deadline = time.monotonic() + 60
    stored = 0
    while time.monotonic() < deadline and stored < 20:
        time.sleep(0.2)  # polling for an outcome, not timing anything
        try:
            with factory() as session:
                stored = session.scalar(select(func.count(Mention.id))) or 0
        except Exception:  # the database may not exist yet
            stored = 0
    proc.send_signal(signal.SIGTERM)
    output, _ = proc.communicate(timeout=60)
    assert stored == 20, output
    assert proc.returncode == 0, output
    assert "stopped cleanly" in output
