"""The Procrastinate side on PostgreSQL: schema, periodic tasks and their locks, recovery,
and ``collect`` by hand under the lock the workers use."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, func, select, text

from commands import main
from commands.app import App
from commands.worker.recovery import recover_stalled
from commands.worker.tasks import build_task_queue, collect_lock
from config.settings import load_settings
from store.db import make_sessionmaker
from store.models import Mention
from store.task_queue import ensure_task_queue_schema, has_task_queue_schema

pytestmark = pytest.mark.postgres


def _config(tmp_path: Path, engine: Engine, **workers: Any) -> Path:
    with engine.connect() as connection:
        schema = connection.execute(text("SELECT current_schema()")).scalar()
    url = engine.url.render_as_string(hide_password=False)
    url += ("&" if "?" in url else "?") + f"options=-csearch_path%3D{schema}"
    mentions = tmp_path / "m.jsonl"
    mentions.write_text(
        "".join(
            json.dumps(
                {
                    "platform": "reddit",
                    "external_id": f"t1_h{i}",
                    "text": f"bramble coffee was cold {i}",
                    "author_handle": f"u{i}",
                    "created_at": 1763600000 + i,
                }
            )
            + "\n"
            for i in range(12)
        )
    )
    options = "".join(f"{key} = {value}\n" for key, value in workers.items())
    config = tmp_path / "rapport.toml"
    config.write_text(
        "[brand]\nkeywords = ['bramble']\n"
        f"[sources.replay]\nenabled = true\npaths = ['{mentions}']\ninterval_seconds = 30\n"
        f"[database]\nurl = '{url}'\n[ingest]\nparallel_scoring = false\n"
        "[alerts]\nenabled = false\n"
        f"[workers]\n{options}"
    )
    return config


def test_the_task_queue_schema_is_installed_once_by_our_migrations(pg_engine: Engine) -> None:
    assert has_task_queue_schema(pg_engine)
    assert ensure_task_queue_schema(pg_engine) is False  # idempotent: already there


def test_every_source_and_job_is_periodic_with_a_queueing_lock_and_a_lock(
    tmp_path: Path, pg_engine: Engine
) -> None:
    from commands import jobs
    from listener.sources import build_sources

    settings = load_settings(config_file=str(_config(tmp_path, pg_engine)), environ={})
    app = App(settings=settings, actor="test")
    sources = build_sources(settings)
    queue = build_task_queue(app, sources=sources, jobs=jobs.scheduled_jobs(app, list(sources)))
    periodic = {
        p.periodic_id: p.configure_kwargs
        for p in queue.app.periodic_registry.periodic_tasks.values()
    }
    assert set(periodic) >= {"collect:replay", "job:draft", "job:publish", "job:outbox", "recover"}
    assert periodic["collect:replay"]["lock"] == collect_lock("replay")
    assert periodic["job:draft"]["lock"] != periodic["job:publish"]["lock"]
    for name, kwargs in periodic.items():
        assert kwargs["queueing_lock"], name
        if name.startswith(("collect:", "job:")):
            assert kwargs["lock"], name
    app.pipeline.close()


def _hold_lock(engine: Engine, lock: str, *, heartbeat_age: str) -> int:
    """A worker (with a heartbeat ``heartbeat_age`` old) running a job that holds ``lock``."""
    with engine.begin() as connection:
        worker = connection.execute(text("SELECT * FROM procrastinate_register_worker_v1()"))
        worker_id = worker.scalar()
        connection.execute(
            text(
                "UPDATE procrastinate_workers SET last_heartbeat = now() - CAST(:age AS interval)"
                " WHERE id = :id"
            ),
            {"age": heartbeat_age, "id": worker_id},
        )
        return connection.execute(
            text(
                "INSERT INTO procrastinate_jobs (queue_name, task_name, lock, args, status, "
                "worker_id) VALUES ('default', 'rapport.collect', :lock, "
                "'{\"source\": \"replay\"}', 'doing', :w) RETURNING id"
            ),
            {"lock": lock, "w": worker_id},
        ).scalar()


def _stored(engine: Engine) -> int:
    with make_sessionmaker(engine)() as session:
        return session.scalar(select(func.count(Mention.id))) or 0


def test_collect_by_hand_waits_for_a_live_workers_lock_then_gives_up_with_one_line(
    tmp_path: Path, pg_engine: Engine, capsys: pytest.CaptureFixture[str]
) -> None:
    _hold_lock(pg_engine, collect_lock("replay"), heartbeat_age="0 seconds")
    config = _config(tmp_path, pg_engine, lock_wait_seconds=2)
    assert main(["--config", str(config), "collect"]) == 1
    err = capsys.readouterr().err
    assert "replay is being collected by a worker" in err and "Traceback" not in err
    assert _stored(pg_engine) == 0


def test_collect_by_hand_takes_over_a_dead_workers_lock_and_collects(
    tmp_path: Path, pg_engine: Engine, capsys: pytest.CaptureFixture[str]
) -> None:
    stale_job = _hold_lock(pg_engine, collect_lock("replay"), heartbeat_age="1 hour")
    config = _config(tmp_path, pg_engine, lock_wait_seconds=30)
    assert main(["--config", str(config), "collect"]) == 0
    assert "Traceback" not in capsys.readouterr().err
    assert _stored(pg_engine) == 12
    with pg_engine.connect() as connection:
        status = connection.execute(
            text("SELECT status FROM procrastinate_jobs WHERE id = :id"), {"id": stale_job}
        ).scalar()
    assert status == "failed"  # ended by the recovery; its copy waits for a worker


def test_recovery_leaves_the_jobs_of_live_workers_alone(tmp_path: Path, pg_engine: Engine) -> None:
    live = _hold_lock(pg_engine, "rapport:collect:a", heartbeat_age="0 seconds")
    dead = _hold_lock(pg_engine, "rapport:collect:b", heartbeat_age="1 hour")
    settings = load_settings(config_file=str(_config(tmp_path, pg_engine)), environ={})
    app = App(settings=settings, actor="test")
    queue = build_task_queue(app, sources={}, jobs=[], periodic=False)

    async def recover() -> list[int]:
        async with queue.app.open_async():
            return await recover_stalled(queue.app, stalled_after=30)

    copies = asyncio.run(recover())
    with pg_engine.connect() as connection:
        rows = dict(connection.execute(text("SELECT id, status FROM procrastinate_jobs")).all())
    assert rows[live] == "doing" and rows[dead] == "failed"
    assert len(copies) == 1 and rows[copies[0]] == "todo"


def test_a_dead_collect_by_hand_never_holds_the_sources_lock(
    tmp_path: Path, pg_engine: Engine
) -> None:
    """Its private queue has no other worker: the job is ended or dropped, never copied."""
    from commands.worker.recovery import drop_orphans

    running = _hold_lock(pg_engine, collect_lock("replay"), heartbeat_age="1 hour")
    with pg_engine.begin() as connection:
        connection.execute(
            text(
                'UPDATE procrastinate_jobs SET args = \'{"source": "replay", "by_hand": true}\''
                ", queue_name = 'rapport-by-hand-dead' WHERE id = :id"
            ),
            {"id": running},
        )
        waiting = connection.execute(
            text(
                "INSERT INTO procrastinate_jobs (queue_name, task_name, lock, args, priority) "
                "VALUES ('rapport-by-hand-gone', 'rapport.collect', :lock, "
                '\'{"source": "replay", "by_hand": true}\', 10) RETURNING id'
            ),
            {"lock": collect_lock("replay")},
        ).scalar()
        connection.execute(
            text(
                "UPDATE procrastinate_events SET at = now() - interval '1 hour' WHERE job_id = :id"
            ),
            {"id": waiting},
        )
    settings = load_settings(config_file=str(_config(tmp_path, pg_engine)), environ={})
    queue = build_task_queue(
        App(settings=settings, actor="test"), sources={}, jobs=[], periodic=False
    )

    async def recover() -> tuple[list[int], list[int]]:
        async with queue.app.open_async():
            copies = await recover_stalled(queue.app, stalled_after=30)
            return copies, await drop_orphans(queue.app, older_than=300)

    copies, dropped = asyncio.run(recover())
    assert copies == [] and dropped == [waiting]
    with pg_engine.connect() as connection:
        rows = dict(connection.execute(text("SELECT id, status FROM procrastinate_jobs")).all())
    assert rows == {running: "failed"}
