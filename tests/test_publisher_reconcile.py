"""Reconciling a draft left ``sending``: attempts are counted, and a killed publisher's post
is found on the platform instead of being posted a second time.

The kill is real: a publisher subprocess posts through a file-backed fake platform (the
reply is "accepted" once written there) and SIGKILLs itself before the database update.
"""

from __future__ import annotations

import json
import signal
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, text

from config.errors import UpstreamError
from listener.sources.base import RawMention
from listener.sources.fake import FakeSource, PostThenRaise
from responders.publishing import Publisher
from tests.test_publisher import Clock, Crash, actions, add_draft, drafts, live

ROOT = Path(__file__).resolve().parent.parent


def test_reconcile_attempts_count_toward_max_attempts_then_fail_with_the_reason(
    factory: Any,
) -> None:
    with factory() as session, session.begin():
        draft_id = add_draft(session, 1)
    fake, clock = FakeSource("twitter"), Clock()
    pub = Publisher(factory, live(max_attempts=3), {"twitter": fake}, clock=clock)
    fake.reply_plan = [PostThenRaise(Crash("died after posting, before recording it"))]
    with pytest.raises(Crash):  # posted, then died before recording it
        pub.run_once()
    fake.find_plan = [UpstreamError("search is down")] * 10
    seen = []
    for _ in range(6):
        clock.advance(pub.options.lease_seconds + pub.options.backoff_max_seconds + 1)
        seen.extend(o.action for o in pub.run_once().outcomes)
    # Attempt 1 posted (and crashed); checks 2 waits; check 3 is the last: failed.
    assert seen == ["waiting", "failed"]
    draft = drafts(factory)[draft_id]
    assert draft.status == "failed" and draft.attempts == 3
    assert "after 3 attempts" in draft.last_error and "search is down" in draft.last_error
    assert actions(factory, draft_id)[-1] == "draft.failed"
    assert len(fake.posts) == 1  # never posted again while it could not check


class FilePlatform:
    """A platform whose accepted replies live in a JSONL file, shared across processes."""

    name = "twitter"
    platform = "twitter"
    can_post = True

    def __init__(self, path: Path, *, die_after_accepting: bool = False) -> None:
        self.path = path
        self.die_after_accepting = die_after_accepting

    def _posts(self) -> list[dict[str, str]]:
        if not self.path.exists():
            return []
        return [json.loads(line) for line in self.path.read_text().splitlines()]

    def reply(self, mention: RawMention, text: str) -> str:
        new_id = str(1860000000000000000 + len(self._posts()))
        with self.path.open("a") as handle:
            handle.write(json.dumps({"parent": mention.external_id, "text": text, "id": new_id}))
            handle.write("\n")
        if self.die_after_accepting:  # the platform has it; we die before recording it
            import os

            os.kill(os.getpid(), signal.SIGKILL)
        return new_id

    def find_reply(self, mention: RawMention, text: str) -> str | None:
        for post in self._posts():
            if post["parent"] == mention.external_id and post["text"] == text:
                return post["id"]
        return None

    def fetch(self, cursor: Mapping[str, str]) -> Any:
        raise NotImplementedError

    def describe(self) -> Mapping[str, str]:
        return {"name": self.name}


KILLED_PUBLISHER = """
import sys
from pathlib import Path
from sqlalchemy import event
from store.db import make_engine, make_sessionmaker
from responders.publishing import Publisher
from tests.test_publisher import live
from tests.test_publisher_reconcile import FilePlatform

url, schema, posts = sys.argv[1:4]
engine = make_engine(url)
if schema:
    @event.listens_for(engine, "connect")
    def _path(dbapi_connection, _record):
        cursor = dbapi_connection.cursor()
        cursor.execute(f'SET search_path TO "{schema}"')
        cursor.close()
        dbapi_connection.commit()

platform = FilePlatform(Path(posts), die_after_accepting=True)
Publisher(make_sessionmaker(engine), live(), {"twitter": platform}).run_once()
"""


def test_a_publisher_killed_after_the_platform_accepted_does_not_post_twice(
    engine: Engine, factory: Any, tmp_path: Path
) -> None:
    with factory() as session, session.begin():
        draft_id = add_draft(session, 1)
    schema = ""
    if engine.dialect.name == "postgresql":
        with engine.connect() as connection:
            schema = connection.execute(text("SELECT current_schema()")).scalar_one()
    posts = tmp_path / "platform.jsonl"
    killed = subprocess.run(
        [
            sys.executable,
            "-c",
            KILLED_PUBLISHER,
            engine.url.render_as_string(hide_password=False),
            schema,
            str(posts),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    assert len(posts.read_text().splitlines()) == 1  # the platform accepted the reply
    assert drafts(factory)[draft_id].status == "sending"  # and the database never heard

    clock = Clock()
    restarted = Publisher(factory, live(), {"twitter": FilePlatform(posts)}, clock=clock)
    clock.now = drafts(factory)[draft_id].claimed_at
    assert restarted.run_once().outcomes == []  # within the lease: hands off
    clock.advance(restarted.options.lease_seconds + 1)
    outcomes = restarted.run_once().outcomes
    assert [o.action for o in outcomes] == ["reconciled"]
    restarted.run_once()

    accepted = [json.loads(line) for line in posts.read_text().splitlines()]
    assert len(accepted) == 1
    draft = drafts(factory)[draft_id]
    assert (draft.status, draft.posted_external_id) == ("sent", accepted[0]["id"])
