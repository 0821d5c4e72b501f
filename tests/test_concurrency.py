"""SQLite with several writers: commands at once wait for the lock and all succeed.

Real processes (``run_bot.py`` subprocesses) on one SQLite file, as an operator's cron jobs
and the bot would run them: every mention stored once, migrations applied once whoever
starts first, no traceback on stderr, and a lock that never frees gives one clear line,
exit code 1 and nothing half-written.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.exc import OperationalError

from store.retry import DatabaseBusyError, run_in_transaction

ROOT = Path(__file__).resolve().parent.parent
WORDS = ["bramble", "coffee", "latte", "cold", "rude", "lovely"]
WORDS += ["toastie", "app", "order", "slow", "great", "awful"]

pytestmark = pytest.mark.slow


def _write_file(path: Path, first: int, count: int) -> Path:
    lines = []
    for n in range(first, first + count):
        text = " ".join(WORDS[(n * 7 + k) % len(WORDS)] for k in range(8))
        record = {
            "platform": "twitter",
            "external_id": str(n),
            "text": f"@bramblecounter {text}",
            "author_handle": f"user{n % 97}",
            "author_id": f"id{n % 97}",
            "created_at": f"2026-11-{1 + n % 28:02d}T09:{n % 60:02d}:00Z",
        }
        lines.append(json.dumps(record) + "\n")
    path.write_text("".join(lines), encoding="utf-8")
    return path


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("RAPPORT_")}
    env.update(extra)
    return env


def _start(database: Path, *args: str, **env: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "run_bot.py", "--database-url", f"sqlite:///{database}", *args],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=_env(**env),
    )


def _finish(procs: list[subprocess.Popen[str]]) -> list[tuple[int, str, str]]:
    results = []
    for proc in procs:
        out, err = proc.communicate(timeout=300)
        results.append((proc.returncode, out, err))
    return results


def _count(database: Path, sql: str) -> Any:
    with sqlite3.connect(database) as conn:
        return conn.execute(sql).fetchone()[0]


def test_three_ingests_and_a_draft_at_once_store_every_mention_once(tmp_path: Path) -> None:
    database = tmp_path / "shared.db"
    files = [_write_file(tmp_path / f"m{i}.jsonl", i * 10_000, 700) for i in range(3)]
    # Small chunks make many short transactions, so the writers interleave for real.
    env = {"RAPPORT_DATABASE_BATCH_SIZE": "50", "RAPPORT_INGEST_PARALLEL_SCORING": "false"}
    procs = [_start(database, "ingest", str(path), **env) for path in files]
    procs.append(_start(database, "draft", **env))
    results = _finish(procs)
    for code, _out, err in results:
        assert code == 0, err
        assert "Traceback" not in err and "locked" not in err, err
    assert _count(database, "SELECT count(*) FROM mentions") == 2100
    assert _count(database, "SELECT count(DISTINCT external_id) FROM mentions") == 2100
    # What the concurrent draft did not see, the next pass drafts; none twice.
    [(code, _out, err)] = _finish([_start(database, "draft", **env)])
    assert code == 0, err
    assert _count(database, "SELECT count(*) FROM mentions WHERE status = 'new'") == 0
    assert _count(database, "SELECT count(*) FROM drafts") == _count(
        database, "SELECT count(DISTINCT mention_id) FROM drafts"
    )


def test_processes_starting_together_on_a_fresh_database_migrate_once(tmp_path: Path) -> None:
    database = tmp_path / "fresh.db"
    files = [_write_file(tmp_path / f"f{i}.jsonl", i * 1000, 20) for i in range(4)]
    procs = [_start(database, "ingest", str(path)) for path in files]
    results = _finish(procs)
    for code, _out, err in results:
        assert code == 0, err
        assert "Traceback" not in err and "already exists" not in err, err
    assert _count(database, "SELECT count(*) FROM mentions") == 80
    assert _count(database, "SELECT count(*) FROM alembic_version") == 1


def test_a_normal_command_with_scoring_workers_prints_no_traceback(tmp_path: Path) -> None:
    """The pool used to be left to the interpreter's exit: "OSError: Bad file descriptor"."""
    database = tmp_path / "pool.db"
    path = _write_file(tmp_path / "big.jsonl", 0, 600)
    env = {"RAPPORT_INGEST_PARALLEL_MIN_BATCH": "10", "RAPPORT_INGEST_WORKERS": "2"}
    [(code, _out, _err)] = _finish([_start(database, "db", "upgrade")])  # no "new database" note
    assert code == 0
    [(code, out, err)] = _finish([_start(database, "ingest", str(path), **env)])
    assert code == 0 and "600 stored" in out
    assert err == "", err


def test_a_lock_that_never_frees_gives_one_line_exit_1_and_nothing_written(
    tmp_path: Path,
) -> None:
    database = tmp_path / "held.db"
    path = _write_file(tmp_path / "m.jsonl", 0, 30)
    [(code, _out, err)] = _finish([_start(database, "ingest", str(path))])
    assert code == 0, err
    before = _count(database, "SELECT count(*) FROM mentions")
    other = _write_file(tmp_path / "other.jsonl", 5000, 30)
    holder = sqlite3.connect(database, isolation_level=None)
    try:
        holder.execute("BEGIN IMMEDIATE")  # another writer that never lets go
        env = {"RAPPORT_DATABASE_BUSY_TIMEOUT_MS": "100"}
        [(code, out, err)] = _finish([_start(database, "ingest", str(other), **env)])
    finally:
        holder.rollback()
        holder.close()
    assert code == 1, (out, err)
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and "locked" in lines[0]
    assert _count(database, "SELECT count(*) FROM mentions") == before
    offsets = _count(database, "SELECT count(*) FROM cursors WHERE key LIKE '%other.jsonl'")
    assert offsets == 0


class _Locked(Exception):
    pass


def _locked_error() -> OperationalError:
    return OperationalError("INSERT", {}, sqlite3.OperationalError("database is locked"))


def test_a_busy_transaction_is_run_again_from_its_first_read(sqlite_factory: Any) -> None:
    calls: list[int] = []

    def work(session: Any) -> str:
        calls.append(1)
        if len(calls) < 3:
            raise _locked_error()
        return "done"

    assert run_in_transaction(sqlite_factory, work, sleep=lambda _s: None) == "done"
    assert len(calls) == 3


def test_a_wait_that_runs_out_raises_one_clear_error(sqlite_factory: Any) -> None:
    def work(session: Any) -> None:
        raise _locked_error()

    with pytest.raises(DatabaseBusyError, match="nothing of this step was written"):
        run_in_transaction(sqlite_factory, work, what="test", attempts=2, sleep=lambda _s: None)


def test_other_database_errors_are_not_retried(sqlite_factory: Any) -> None:
    calls: list[int] = []

    def work(session: Any) -> None:
        calls.append(1)
        raise OperationalError("SELECT", {}, sqlite3.OperationalError("no such table: x"))

    with pytest.raises(OperationalError):
        run_in_transaction(sqlite_factory, work, sleep=lambda _s: None)
    assert len(calls) == 1


def test_drafting_commits_chunk_by_chunk_so_a_crash_loses_nothing(
    sqlite_factory: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from datetime import UTC, datetime

    from sqlalchemy import func, select

    from listener.pipeline import Pipeline
    from listener.sources.base import Batch, RawMention
    from responders.drafting import job
    from store.models import Draft, Mention
    from tests.conftest import make_settings

    settings = make_settings(database={"batch_size": 5})
    now = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
    mentions = tuple(
        RawMention(
            platform="twitter",
            external_id=str(n),
            text="@bramblecounter my latte was cold and nobody answered, awful",
            author_id=f"a{n}",
            author_handle=f"person{n}",
            created_at=now,
        )
        for n in range(12)
    )
    Pipeline(sqlite_factory, settings).ingest(Batch(source="test", mentions=mentions))
    real, calls = job.draft_new_mentions, []

    def crash_on_third(session: Any, **kw: Any) -> Any:
        calls.append(1)
        if len(calls) == 3:
            raise RuntimeError("killed mid-pass")
        return real(session, **kw)

    monkeypatch.setattr(job, "draft_new_mentions", crash_on_third)
    with pytest.raises(RuntimeError):
        job.draft_in_chunks(sqlite_factory, settings=settings, now=now)
    with sqlite_factory() as session:
        new = session.scalar(select(func.count()).where(Mention.status == "new"))
        drafts = session.scalar(select(func.count()).select_from(Draft))
    assert new == 2 and drafts == 10  # two chunks committed whole, the third rolled back
    monkeypatch.setattr(job, "draft_new_mentions", real)
    report = job.draft_in_chunks(sqlite_factory, settings=settings, now=now)
    assert report.drafted == 2


@pytest.mark.postgres
def test_instances_starting_together_on_a_fresh_postgres_migrate_once() -> None:
    """The advisory lock: four engines upgrading one empty schema at the same moment."""
    import threading
    import uuid

    from sqlalchemy import event, text

    from store.db import make_engine
    from store.migrate import current_revision, ensure_current, head_revision
    from tests.conftest import PG_URL

    if not PG_URL:
        pytest.skip("PostgreSQL tests need RAPPORT_TEST_DATABASE_URL (CI sets it)")
    schema = f"rapport_race_{uuid.uuid4().hex[:12]}"
    admin = make_engine(PG_URL)
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))

    def engine_in_schema() -> Any:
        engine = make_engine(PG_URL)

        @event.listens_for(engine, "connect")
        def _search_path(dbapi_connection: Any, _record: Any) -> None:
            cursor = dbapi_connection.cursor()
            cursor.execute(f'SET search_path TO "{schema}"')
            cursor.close()
            dbapi_connection.commit()

        return engine

    engines = [engine_in_schema() for _ in range(4)]
    start = threading.Barrier(len(engines))
    errors: list[BaseException] = []

    def migrate(engine: Any) -> None:
        start.wait()
        try:
            ensure_current(engine)
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=migrate, args=(e,)) for e in engines]
    try:
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(120)
        assert not errors, errors
        assert current_revision(engines[0]) == head_revision(engines[0])
    finally:
        for engine in engines:
            engine.dispose()
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()
