"""Several `run` workers on one PostgreSQL: a frozen or killed worker's job is taken over.

Two real `run_bot.py run` processes share one database (this test's schema, through the
URL's ``options=-csearch_path=...``) and collect a mention file through the replay source.
While one is collecting, it is frozen with SIGSTOP (a stopped VM) or killed with SIGKILL: the
other must read the source again within 60 s and store everything, and after the frozen one
resumes nothing is stored twice (the export has each mention once) and the cursor is not
moved back. Intervals are shortened through settings; every wait is bounded.
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, func, select, text

from store.db import make_sessionmaker
from store.models import Cursor, Mention

pytestmark = [pytest.mark.postgres, pytest.mark.slow]

ROOT = Path(__file__).resolve().parent.parent
PG_URL = os.environ.get("RAPPORT_TEST_DATABASE_URL", "")
BACKLOG = 2500


def _lines(start: int, count: int) -> str:
    return "".join(
        json.dumps(
            {
                "platform": "reddit",
                "external_id": f"t1_w{i}",
                "text": f"the bramble app lost my order {i}",
                "author_handle": f"user{i % 97}",
                "created_at": 1763600000 + i,
            }
        )
        + "\n"
        for i in range(start, start + count)
    )


def _wait(what: str, check: Callable[[], Any], seconds: float) -> Any:
    """Poll ``check`` until it is truthy; fail naming ``what`` after ``seconds``."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        value = check()
        if value:
            return value
        time.sleep(0.2)  # polling for an outcome, not timing anything
    raise AssertionError(f"timed out after {seconds}s waiting for {what}")


class Cluster:
    """Worker processes on one schema, their logs, and the database they share."""

    def __init__(self, tmp_path: Path, engine: Engine) -> None:
        self.tmp = tmp_path
        self.engine = engine
        self.factory = make_sessionmaker(engine)
        with engine.connect() as connection:
            schema = connection.execute(text("SELECT current_schema()")).scalar()
        separator = "&" if "?" in PG_URL else "?"
        self.url = f"{PG_URL}{separator}options=-csearch_path%3D{schema}"
        self.mentions = tmp_path / "mentions.jsonl"
        self.mentions.write_text(_lines(0, BACKLOG))
        self.config = tmp_path / "rapport.toml"
        self.config.write_text(
            "[brand]\nkeywords = ['bramble']\n"
            f"[sources.replay]\nenabled = true\npaths = ['{self.mentions}']\n"
            "interval_seconds = 5\n"
            f"[database]\nurl = '{self.url}'\nbatch_size = 10\n"
            "[ingest]\nparallel_scoring = false\n"
            "[alerts]\nenabled = false\n[digest]\nenabled = false\n"
            "[workers]\nconcurrency = 2\npoll_seconds = 0.5\nheartbeat_seconds = 1\n"
            "stalled_after_seconds = 4\nrecover_every_seconds = 1\n"
            "idle_in_transaction_timeout_seconds = 3\n"
        )
        self.env = {k: v for k, v in os.environ.items() if not k.startswith("RAPPORT_")}
        self.procs: list[subprocess.Popen[bytes]] = []
        self.logs: list[Path] = []

    def start(self, n: int) -> None:
        for i in range(len(self.procs), len(self.procs) + n):
            log = self.tmp / f"worker{i}.log"
            handle = log.open("wb")
            proc = subprocess.Popen(
                [sys.executable, str(ROOT / "run_bot.py"), "--config", str(self.config), "run"],
                stdout=handle,
                stderr=subprocess.STDOUT,
                cwd=self.tmp,
                env=self.env,
            )
            handle.close()
            self.procs.append(proc)
            self.logs.append(log)

    def log(self, i: int) -> str:
        return self.logs[i].read_text(errors="replace")

    def stored(self) -> int:
        with self.factory() as session:
            return session.scalar(select(func.count(Mention.id))) or 0

    def collecting(self) -> tuple[int, int] | None:
        """(worker index, job id) of a collection in progress, once some rows are in."""
        with self.engine.connect() as connection:
            job = connection.execute(
                text(
                    "SELECT id FROM procrastinate_jobs WHERE task_name = 'rapport.collect' "
                    "AND status = 'doing' ORDER BY id DESC LIMIT 1"
                )
            ).scalar()
        if job is None or not 0 < self.stored() < BACKLOG // 2:
            return None
        for i in range(len(self.procs)):
            if f"job {job}: collecting replay" in self.log(i):
                return i, job
        return None

    def collections_after(self, i: int, job: int) -> list[int]:
        """Ids of collections worker ``i`` started after job ``job``."""
        ids = [int(m) for m in re.findall(r"job (\d+): collecting replay", self.log(i))]
        return [x for x in ids if x > job]

    def export(self) -> list[str]:
        out = self.tmp / "export.jsonl"
        done = subprocess.run(
            [
                sys.executable,
                str(ROOT / "run_bot.py"),
                "--config",
                str(self.config),
                "export",
                "mentions",
                "-o",
                str(out),
            ],
            capture_output=True,
            text=True,
            env=self.env,
            timeout=120,
        )
        assert done.returncode == 0, done.stderr
        return [json.loads(line)["external_id"] for line in out.read_text().splitlines()]

    def stop(self) -> list[int]:
        codes = []
        for proc in self.procs:
            if proc.poll() is None:
                proc.send_signal(signal.SIGCONT)
                proc.send_signal(signal.SIGTERM)
        for proc in self.procs:
            try:
                codes.append(proc.wait(timeout=60))
            except subprocess.TimeoutExpired:
                proc.kill()
                codes.append(proc.wait())
        return codes


@pytest.fixture
def cluster(tmp_path: Path, pg_engine: Engine) -> Iterator[Cluster]:
    made = Cluster(tmp_path, pg_engine)
    try:
        yield made
    finally:
        made.stop()


def _cursor_offset(cluster: Cluster) -> int:
    with cluster.factory() as session:
        values = session.scalars(
            select(Cursor.value).where(Cursor.source == "replay", Cursor.key.like("offset:%"))
        ).all()
    return int(values[0]) if values else 0


def test_a_frozen_workers_collection_is_taken_over_and_nothing_is_stored_twice(
    cluster: Cluster,
) -> None:
    cluster.start(2)
    frozen, job = _wait("a worker in the middle of a collection", cluster.collecting, 90)
    other = 1 - frozen
    cluster.procs[frozen].send_signal(signal.SIGSTOP)
    stopped_at = time.monotonic()
    try:
        _wait(
            "the other worker to read the source again",
            lambda: cluster.collections_after(other, job),
            60,
        )
        took = time.monotonic() - stopped_at
        assert took < 60
        _wait("the backlog stored by the other worker", lambda: cluster.stored() == BACKLOG, 90)
        # A worker starting meanwhile prunes the frozen one's worker row (Procrastinate does
        # at start): the frozen one must rejoin as a new worker when it wakes up.
        cluster.start(1)
        _wait("the third worker to start", lambda: "periodic recover" in cluster.log(2), 60)
    finally:
        cluster.procs[frozen].send_signal(signal.SIGCONT)
    # The frozen worker wakes up with its old cursor: its writes are refused, not stored.
    _wait(
        "the woken worker's stale write to be refused",
        lambda: "cursor changed since this worker read it" in cluster.log(frozen),
        60,
    )
    end_of_backlog = cluster.mentions.stat().st_size
    assert _cursor_offset(cluster) == end_of_backlog
    with cluster.mentions.open("a") as handle:
        handle.write(_lines(BACKLOG, 40))
    _wait("the new mentions", lambda: cluster.stored() == BACKLOG + 40, 90)
    _wait(
        "the woken worker to rejoin as a new worker",
        lambda: "starting again" in cluster.log(frozen),
        60,
    )
    codes = cluster.stop()
    ids = cluster.export()
    assert len(ids) == len(set(ids)) == BACKLOG + 40
    assert set(ids) == {f"t1_w{i}" for i in range(BACKLOG + 40)}
    assert _cursor_offset(cluster) == cluster.mentions.stat().st_size
    assert codes == [0, 0, 0], cluster.log(0)[-3000:] + cluster.log(1)[-3000:]


def test_a_killed_workers_jobs_are_all_carried_by_the_other(cluster: Cluster) -> None:
    cluster.start(2)
    killed, job = _wait("a worker in the middle of a collection", cluster.collecting, 90)
    survivor = 1 - killed
    cluster.procs[killed].send_signal(signal.SIGKILL)
    cluster.procs[killed].wait(timeout=30)
    log_before = len(cluster.log(survivor))
    _wait("the backlog stored by the survivor", lambda: cluster.stored() == BACKLOG, 120)
    with cluster.mentions.open("a") as handle:
        handle.write(_lines(BACKLOG, 25))
    _wait("the new mentions", lambda: cluster.stored() == BACKLOG + 25, 90)

    def every_job_ran() -> bool:
        later = cluster.log(survivor)[log_before:]
        return all(f": {name}\n" in later for name in ("draft", "publish", "outbox"))

    _wait("every responder job on the survivor", every_job_ran, 90)
    assert cluster.collections_after(survivor, job)
    ids = cluster.export()
    assert len(ids) == len(set(ids)) == BACKLOG + 25
