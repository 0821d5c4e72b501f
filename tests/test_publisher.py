"""Publishing: each approved draft reaches the platform exactly once, whatever happens.

The shared fake source (``listener.sources.fake``) answers with ids in the shape of recorded
replies (X API v2 ``POST /2/tweets`` → ``data.id``; Reddit ``POST /api/comment`` → a ``t1_``
fullname) and records every call. Crashes are simulated by raising a ``BaseException`` (which
the publisher does not catch, as a killed process would not) at each step; time is an
injected clock, nothing sleeps.
"""

from __future__ import annotations

import gzip
import json
import threading
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import yaml
from sqlalchemy import func, select

from config.errors import ConfigError, UpstreamError
from config.settings import Settings
from listener.sources.fake import FakeSource, PostThenRaise
from listener.sources.replay import ReplaySource
from responders import queue
from responders.publishing import Publisher
from store import audit
from store.models import AuditEvent, Customer, Draft, Identity, Mention, SentenceUse
from tests.conftest import make_settings

T0 = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def _recorded_tweet_id() -> str:
    path = FIXTURES / "twitter" / "cassettes" / "test_client_create_and_delete_tweet.yaml"
    with path.open() as handle:
        cassette = yaml.load(handle, Loader=yaml.Loader)  # our own fixture (binary tags)
    post = next(i for i in cassette["interactions"] if i["request"]["method"] == "POST")
    return str(json.loads(gzip.decompress(post["response"]["body"]["string"]))["data"]["id"])


def _recorded_comment_fullname() -> str:
    path = FIXTURES / "praw" / "TestComment.test_reply.json"
    cassette = json.loads(path.read_text())
    post = next(i for i in cassette["interactions"] if "/api/comment" in i["request"]["uri"])
    body = json.loads(post["response"]["body"]["string"])
    return str(body["json"]["data"]["things"][0]["data"]["name"])


TWEET_ID = _recorded_tweet_id()
COMMENT_ID = _recorded_comment_fullname()


class Crash(BaseException):
    """A process dying at this point: not an ``Exception``, so nothing catches it."""


class Clock:
    def __init__(self) -> None:
        self.now = T0

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


def recorded_ids(platform: str) -> Callable[[int], str]:
    """Reply ids in the recorded shapes: X snowflakes, Reddit ``t1_`` fullnames."""
    if platform == "twitter":
        return lambda n: str(int(TWEET_ID) + n)
    return lambda n: "t1_" + _base36(int(COMMENT_ID[3:], 36) + n)


def fake_platform(platform: str = "twitter", *, can_post: bool = True) -> FakeSource:
    """The shared fake source, answering with ids in the platform's recorded shape."""
    return FakeSource(platform, can_post=can_post, next_id=recorded_ids(platform))


def crash_after() -> PostThenRaise:
    """The platform takes the reply, then the process dies before recording it."""
    return PostThenRaise(Crash("died after posting, before recording it"))


def _base36(number: int) -> str:
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    out = ""
    while number:
        number, rest = divmod(number, 36)
        out = digits[rest] + out
    return out or "0"


def live(**publishing: Any) -> Settings:
    return make_settings(dry_run=False, publishing=publishing)


def add_draft(
    session: Any,
    n: int,
    *,
    status: str = "approved",
    platform: str = "twitter",
    source: str = "twitter",
    text: str | None = None,
    customer: Customer | None = None,
    created_at: datetime = T0,
) -> int:
    if customer is None:
        customer = Customer(name=f"Customer {n}")
        session.add(customer)
        session.flush()
    identity = session.scalar(
        select(Identity).where(Identity.customer_id == customer.id, Identity.platform == platform)
    )
    if identity is None:
        identity = Identity(
            platform=platform,
            platform_user_id=f"u{customer.id}",
            handle=f"person{customer.id}",
            handle_key=f"person{customer.id}",
            customer_id=customer.id,
        )
        session.add(identity)
        session.flush()
    external_id = str(1000 + n) if platform == "twitter" else f"t1_m{n}"
    mention = Mention(
        platform=platform,
        external_id=external_id,
        source=source,
        identity_id=identity.id,
        text=f"@bramblecounter mention {n}",
        text_normalized=f"mention {n}",
        created_at=created_at,
        thread_id="t3_thread" if platform == "reddit" else external_id,
        parent_id="t3_thread" if platform == "reddit" else None,
    )
    session.add(mention)
    session.flush()
    draft = Draft(
        mention_id=mention.id,
        customer_id=customer.id,
        text=text or f"Thanks for telling us, we are on it ({n}).",
        template_key="t",
        tone="warm",
        status=status,
        approved_by="sam" if status == "approved" else None,
    )
    session.add(draft)
    session.flush()
    return draft.id


def drafts(factory: Any) -> dict[int, Draft]:
    with factory() as session:
        return {d.id: d for d in session.scalars(select(Draft))}


def actions(factory: Any, draft_id: int) -> list[str]:
    with factory() as session:
        return list(
            session.scalars(
                select(AuditEvent.action)
                .where(AuditEvent.subject == f"draft:{draft_id}", AuditEvent.actor == "publisher")
                .order_by(AuditEvent.id)
            )
        )


# --- posting -------------------------------------------------------------------------------


@pytest.mark.parametrize(("platform", "recorded"), [("twitter", TWEET_ID), ("reddit", COMMENT_ID)])
def test_an_approved_draft_is_posted_once_and_marked_sent_with_the_platform_id(
    factory: Any, platform: str, recorded: str
) -> None:
    with factory() as session, session.begin():
        draft_id = add_draft(session, 1, platform=platform, source=platform)
    fake, clock = fake_platform(platform), Clock()
    pub = Publisher(factory, live(), {platform: fake}, clock=clock)

    report = pub.run_once()

    assert [o.action for o in report.outcomes] == ["posted"]
    assert report.outcomes[0].external_id == recorded
    draft = drafts(factory)[draft_id]
    assert (draft.status, draft.posted_external_id, draft.sent_at) == ("sent", recorded, T0)
    assert (draft.attempts, draft.dry_run, draft.last_error) == (1, False, None)
    assert draft.claimed_by == pub.worker
    mention = fake.reply_calls[0]
    assert mention.platform == platform
    assert mention.external_id == ("1001" if platform == "twitter" else "t1_m1")
    assert mention.author_handle.startswith("person")
    assert mention.thread_id is not None
    assert fake.find_calls == []  # never claimed before: nothing to check
    assert actions(factory, draft_id) == ["draft.claim", "draft.sent"]

    assert pub.run_once().outcomes == []
    assert len(fake.posts) == 1


def test_nothing_is_posted_without_approval(factory: Any) -> None:
    with factory() as session, session.begin():
        for n, status in enumerate(["pending", "rejected", "snoozed", "failed", "sent"], 1):
            add_draft(session, n, status=status)
    before = {i: d.status for i, d in drafts(factory).items()}
    fake = fake_platform()

    report = Publisher(factory, live(), {"twitter": fake}, clock=Clock()).run_once()

    assert report.outcomes == [] and fake.reply_calls == [] and fake.find_calls == []
    assert {i: d.status for i, d in drafts(factory).items()} == before


def test_a_double_approve_click_is_refused_and_the_reply_posted_once(factory: Any) -> None:
    with factory() as session, session.begin():
        draft_id = add_draft(session, 1, status="pending")
    with factory() as session, session.begin():
        queue.approve(session, draft_id, actor="sam")
    with pytest.raises(queue.ReviewError, match="is approved"), factory() as session:
        queue.approve(session, draft_id, actor="sam")
    fake = fake_platform()
    pub = Publisher(factory, live(), {"twitter": fake}, clock=Clock())
    pub.run_once()
    with pytest.raises(queue.ReviewError, match="is sent"), factory() as session:
        queue.approve(session, draft_id, actor="sam")
    pub.run_once()
    assert len(fake.posts) == 1


def test_drafts_go_out_best_first_and_limit_caps_a_pass(factory: Any) -> None:
    with factory() as session, session.begin():
        low = add_draft(session, 1)
        high = add_draft(session, 2)
        session.get(Draft, high).priority = 90
    fake = fake_platform()
    pub = Publisher(factory, live(), {"twitter": fake}, clock=Clock())
    assert [o.draft_id for o in pub.run_once(limit=1).outcomes] == [high]
    assert [o.draft_id for o in pub.run_once(limit=1).outcomes] == [low]


# --- dry run -------------------------------------------------------------------------------


def test_dry_run_never_calls_reply_and_records_what_would_have_been_posted(factory: Any) -> None:
    with factory() as session, session.begin():
        draft_id = add_draft(session, 1, text="Sorry about the wait, Jo.")
    fake = fake_platform()
    report = Publisher(factory, make_settings(), {"twitter": fake}, clock=Clock()).run_once()

    assert [o.action for o in report.outcomes] == ["dry_run"]
    assert fake.reply_calls == [] and fake.find_calls == []
    draft = drafts(factory)[draft_id]
    assert (draft.status, draft.dry_run) == ("sent", True)
    assert draft.posted_external_id == f"dry-run:{draft_id}"
    with factory() as session:
        event = session.scalar(select(AuditEvent).where(AuditEvent.action == "draft.dry_run_post"))
    assert event.actor == "publisher"
    assert event.after["text"] == "Sorry about the wait, Jo."
    assert event.after["platform"] == "twitter" and event.after["reason"] == "dry_run is on"


def test_dry_run_stays_on_for_a_platform_whose_source_cannot_post(factory: Any) -> None:
    with factory() as session, session.begin():
        draft_id = add_draft(session, 1)
    fake = fake_platform(can_post=False)
    report = Publisher(factory, live(), {"twitter": fake}, clock=Clock()).run_once()
    assert report.outcomes[0].action == "dry_run"
    assert "no posting credentials" in report.outcomes[0].detail
    assert fake.reply_calls == []
    assert drafts(factory)[draft_id].dry_run is True


def test_a_crash_during_a_dry_run_is_recovered_without_asking_the_platform(
    factory: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    with factory() as session, session.begin():
        draft_id = add_draft(session, 1)
    fake, clock = fake_platform(), Clock()
    pub = Publisher(factory, make_settings(), {"twitter": fake}, clock=clock)
    _crash_on(monkeypatch, "draft.dry_run_post")
    with pytest.raises(Crash):
        pub.run_once()
    monkeypatch.undo()
    assert drafts(factory)[draft_id].status == "sending"
    clock.advance(pub.options.lease_seconds + 1)
    assert [o.action for o in pub.run_once().outcomes] == ["retry", "dry_run"]
    assert fake.reply_calls == [] and fake.find_calls == []
    assert drafts(factory)[draft_id].status == "sent"


# --- which source answers ------------------------------------------------------------------


def test_a_replayed_mention_is_answered_by_its_platforms_live_source(factory: Any) -> None:
    with factory() as session, session.begin():
        draft_id = add_draft(session, 1, source="replay")
    fake = fake_platform()
    sources = {"replay": ReplaySource([]), "twitter": fake}
    Publisher(factory, live(), sources, clock=Clock()).run_once()
    assert len(fake.posts) == 1
    assert drafts(factory)[draft_id].posted_external_id == TWEET_ID


def test_no_source_for_the_platform_fails_at_once_with_a_clear_reason(factory: Any) -> None:
    with factory() as session, session.begin():
        draft_id = add_draft(session, 1, platform="reddit", source="replay")
    fake = fake_platform("twitter")
    pub = Publisher(factory, live(), {"replay": ReplaySource([]), "twitter": fake}, clock=Clock())
    report = pub.run_once()
    assert [o.action for o in report.outcomes] == ["failed"]
    draft = drafts(factory)[draft_id]
    assert draft.status == "failed" and draft.attempts == 1
    assert draft.last_error.startswith("no source can post to reddit")
    assert pub.run_once().outcomes == []
    assert actions(factory, draft_id) == ["draft.claim", "draft.failed"]


def test_a_configuration_error_from_the_source_fails_at_once(factory: Any) -> None:
    with factory() as session, session.begin():
        draft_id = add_draft(session, 1)
    fake = fake_platform()
    fake.reply_plan = [ConfigError("set RAPPORT_TWITTER_ACCESS_TOKEN")]
    report = Publisher(factory, live(), {"twitter": fake}, clock=Clock()).run_once()
    assert report.outcomes[0].action == "failed"
    draft = drafts(factory)[draft_id]
    assert draft.status == "failed" and "RAPPORT_TWITTER_ACCESS_TOKEN" in draft.last_error
    assert fake.posts == []


# --- retries -------------------------------------------------------------------------------


def test_upstream_errors_retry_with_capped_exponential_backoff_then_fail(factory: Any) -> None:
    with factory() as session, session.begin():
        draft_id = add_draft(session, 1)
    fake, clock = fake_platform(), Clock()
    settings = live(max_attempts=3, backoff_base_seconds=60, backoff_max_seconds=100)
    pub = Publisher(factory, settings, {"twitter": fake}, clock=clock)
    fake.reply_plan = [UpstreamError("503 from X")] * 3

    assert [o.action for o in pub.run_once().outcomes] == ["retry"]
    draft = drafts(factory)[draft_id]
    assert (draft.status, draft.attempts) == ("approved", 1)
    assert draft.next_attempt_at == T0 + timedelta(seconds=60)
    assert "503 from X" in draft.last_error

    clock.advance(59)
    assert pub.run_once().outcomes == []  # not due yet
    clock.advance(1)
    assert [o.action for o in pub.run_once().outcomes] == ["retry"]
    draft = drafts(factory)[draft_id]
    assert draft.next_attempt_at == clock.now + timedelta(seconds=100)  # 120, capped at 100
    assert fake.find_calls == [("1001", draft.text)]  # looked before trying again

    clock.advance(100)
    report = pub.run_once()
    assert [o.action for o in report.outcomes] == ["failed"]
    assert "after 3 attempts" in report.outcomes[0].detail
    draft = drafts(factory)[draft_id]
    assert (draft.status, draft.attempts, draft.next_attempt_at) == ("failed", 3, None)
    assert fake.posts == []
    assert actions(factory, draft_id) == ["draft.claim", "draft.retry"] * 2 + [
        "draft.claim",
        "draft.failed",
    ]

    # A reviewer approves it again: attempts start over, and it goes out once.
    with factory() as session, session.begin():
        queue.approve(session, draft_id, actor="sam")
    assert [o.action for o in pub.run_once().outcomes] == ["posted"]
    draft = drafts(factory)[draft_id]
    assert (draft.status, draft.attempts, len(fake.posts)) == ("sent", 1, 1)


def test_a_platforms_retry_after_is_a_floor_for_the_backoff(factory: Any) -> None:
    with factory() as session, session.begin():
        draft_id = add_draft(session, 1)
    fake = fake_platform()
    fake.reply_plan = [UpstreamError("429", retry_after=900.5)]
    Publisher(factory, live(), {"twitter": fake}, clock=Clock()).run_once()
    assert drafts(factory)[draft_id].next_attempt_at == T0 + timedelta(seconds=901)


def test_a_timeout_that_did_post_is_found_on_retry_and_not_posted_again(factory: Any) -> None:
    with factory() as session, session.begin():
        draft_id = add_draft(session, 1)
    fake, clock = fake_platform(), Clock()
    pub = Publisher(factory, live(), {"twitter": fake}, clock=clock)
    fake.reply_plan = [PostThenRaise(UpstreamError("X timed out; the reply may have been posted"))]
    assert [o.action for o in pub.run_once().outcomes] == ["retry"]
    clock.advance(3600)
    assert [o.action for o in pub.run_once().outcomes] == ["reconciled"]
    draft = drafts(factory)[draft_id]
    assert (draft.status, draft.posted_external_id) == ("sent", TWEET_ID)
    assert len(fake.reply_calls) == 1 and len(fake.posts) == 1


# --- crashes -------------------------------------------------------------------------------


def _crash_on(monkeypatch: pytest.MonkeyPatch, action: str) -> None:
    """Die while writing the audit event of ``action``: its transaction never commits."""
    real = audit.record

    def record(session: Any, **kwargs: Any) -> Any:
        if kwargs["action"] == action:
            raise Crash(f"died while committing {action}")
        return real(session, **kwargs)

    monkeypatch.setattr(audit, "record", record)


@pytest.mark.parametrize(
    "where",
    [
        "claiming",  # the claim's transaction never commits
        "before_post",  # claimed (sending), the process dies before calling the platform
        "after_post",  # the platform took it; the process dies before recording that
        "recording_sent",  # dies inside the transaction that marks it sent
    ],
)
def test_a_crash_at_any_step_ends_with_exactly_one_post(
    factory: Any, monkeypatch: pytest.MonkeyPatch, where: str
) -> None:
    with factory() as session, session.begin():
        draft_id = add_draft(session, 1)
    fake, clock = fake_platform(), Clock()
    pub = Publisher(factory, live(), {"twitter": fake}, clock=clock)
    if where == "claiming":
        _crash_on(monkeypatch, "draft.claim")
    elif where == "before_post":
        fake.reply_plan = [Crash("died before posting")]
    elif where == "after_post":
        fake.reply_plan = [crash_after()]
    else:
        _crash_on(monkeypatch, "draft.sent")

    with pytest.raises(Crash):
        pub.run_once()
    monkeypatch.undo()

    # A restarted publisher (a new worker) runs now, and again after the lease.
    restarted = Publisher(factory, live(), {"twitter": fake}, clock=clock)
    restarted.run_once()
    clock.advance(restarted.options.lease_seconds + 1)
    restarted.run_once()
    restarted.run_once()

    draft = drafts(factory)[draft_id]
    assert draft.status == "sent"
    assert len(fake.posts) == 1
    assert draft.posted_external_id == fake.posts[0][2]
    expected_calls = 2 if where == "before_post" else 1
    assert len(fake.reply_calls) == expected_calls  # the dead attempt never reached X


def test_a_draft_left_sending_is_not_touched_before_the_lease_runs_out(factory: Any) -> None:
    with factory() as session, session.begin():
        draft_id = add_draft(session, 1)
    fake, clock = fake_platform(), Clock()
    pub = Publisher(factory, live(lease_seconds=600), {"twitter": fake}, clock=clock)
    fake.reply_plan = [crash_after()]
    with pytest.raises(Crash):
        pub.run_once()
    clock.advance(599)
    assert pub.run_once().outcomes == []
    assert fake.find_calls == []
    clock.advance(2)
    assert [o.action for o in pub.run_once().outcomes] == ["reconciled"]
    assert actions(factory, draft_id)[-1] == "draft.sent"


def test_reconciliation_waits_when_the_platform_cannot_say(factory: Any) -> None:
    with factory() as session, session.begin():
        draft_id = add_draft(session, 1)
    fake, clock = fake_platform(), Clock()
    pub = Publisher(factory, live(backoff_base_seconds=60), {"twitter": fake}, clock=clock)
    fake.reply_plan = [crash_after()]
    with pytest.raises(Crash):
        pub.run_once()
    clock.advance(601)
    fake.find_plan = [UpstreamError("search is down")]
    assert [o.action for o in pub.run_once().outcomes] == ["waiting"]
    draft = drafts(factory)[draft_id]
    assert draft.status == "sending" and "search is down" in draft.last_error
    clock.advance(601)
    assert [o.action for o in pub.run_once().outcomes] == ["reconciled"]
    assert len(fake.posts) == 1 and drafts(factory)[draft_id].status == "sent"


def test_a_crash_during_reconciliation_is_reconciled_again(
    factory: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    with factory() as session, session.begin():
        draft_id = add_draft(session, 1)
    fake, clock = fake_platform(), Clock()
    pub = Publisher(factory, live(), {"twitter": fake}, clock=clock)
    fake.reply_plan = [crash_after()]
    with pytest.raises(Crash):
        pub.run_once()
    clock.advance(601)
    _crash_on(monkeypatch, "draft.sent")
    with pytest.raises(Crash):
        pub.run_once()
    monkeypatch.undo()
    clock.advance(601)
    pub.run_once()
    assert drafts(factory)[draft_id].status == "sent"
    assert len(fake.posts) == 1 and len(fake.find_calls) == 2


def test_an_interrupted_last_attempt_that_did_not_post_becomes_failed(factory: Any) -> None:
    with factory() as session, session.begin():
        draft_id = add_draft(session, 1)
    fake, clock = fake_platform(), Clock()
    pub = Publisher(factory, live(max_attempts=1), {"twitter": fake}, clock=clock)
    fake.reply_plan = [Crash("died before posting")]
    with pytest.raises(Crash):
        pub.run_once()
    clock.advance(601)
    assert [o.action for o in pub.run_once().outcomes] == ["failed"]
    draft = drafts(factory)[draft_id]
    assert draft.status == "failed" and "not found on twitter" in draft.last_error


def test_a_publisher_that_outlived_its_lease_still_records_its_post(factory: Any) -> None:
    """A slow post: the lease runs out, another publisher looks too early and finds nothing.
    When the slow one returns, it records the post, so nobody posts it again."""
    with factory() as session, session.begin():
        draft_id = add_draft(session, 1)
    fake, clock = fake_platform(), Clock()
    slow = Publisher(factory, live(), {"twitter": fake}, clock=clock)
    other = Publisher(factory, live(), {"twitter": fake}, clock=clock)

    def meanwhile() -> None:
        clock.advance(601)
        hidden, fake.posts = fake.posts, []  # the platform's search has not caught up yet
        assert other.reconcile_next().action == "retry"
        fake.posts = hidden

    fake.during_reply = meanwhile
    outcome = slow.publish_next()
    fake.during_reply = None
    assert outcome.action == "posted"
    assert drafts(factory)[draft_id].status == "sent"
    assert other.run_once().outcomes == []
    assert len(fake.posts) == 1


# --- concurrency ---------------------------------------------------------------------------


def test_two_publishers_at_once_post_each_draft_exactly_once(factory: Any) -> None:
    with factory() as session, session.begin():
        ids = [add_draft(session, n) for n in range(1, 41)]
    fake = fake_platform()
    settings = live(batch_size=100)
    publishers = [Publisher(factory, settings, {"twitter": fake}) for _ in range(2)]
    start = threading.Barrier(len(publishers))
    errors: list[BaseException] = []

    def run(pub: Publisher) -> None:
        try:
            start.wait()
            pub.run_once()
        except BaseException as exc:  # surfaced below
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(p,)) for p in publishers]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert errors == []
    parents = [parent for parent, _, _ in fake.posts]
    assert len(parents) == len(set(parents)) == len(ids)
    assert {d.status for d in drafts(factory).values()} == {"sent"}
    with factory() as session:
        claims = session.scalar(
            select(func.count()).select_from(AuditEvent).where(AuditEvent.action == "draft.claim")
        )
    assert claims == len(ids)


# A publisher in its own process: waits for "go" on stdin, runs one pass, appends the id of
# every mention it replied to to a shared file (O_APPEND keeps lines whole).
WORKER = """
import sys
from sqlalchemy import event
from config.errors import UpstreamError
from store.db import make_engine, make_sessionmaker
from responders.publishing import Publisher
from listener.sources.fake import FakeSource
from tests.test_publisher import live

url, schema, log_path = sys.argv[1:4]
engine = make_engine(url)
if schema:
    @event.listens_for(engine, "connect")
    def _path(dbapi_connection, _record):
        cursor = dbapi_connection.cursor()
        cursor.execute(f'SET search_path TO "{schema}"')
        cursor.close()
        dbapi_connection.commit()

class Logged(FakeSource):
    def reply(self, mention, text):
        new_id = super().reply(mention, text)
        with open(log_path, "a") as log:
            log.write(mention.external_id + "\\n")
        return new_id

publisher = Publisher(make_sessionmaker(engine), live(batch_size=1000), {"twitter": Logged()})
print("ready", flush=True)
sys.stdin.readline()
print(publisher.run_once().summary(), flush=True)
"""


def test_two_publisher_processes_post_each_draft_exactly_once(
    engine: Any, factory: Any, tmp_path: Path
) -> None:
    import subprocess
    import sys

    from sqlalchemy import text

    with factory() as session, session.begin():
        ids = [add_draft(session, n) for n in range(1, 61)]
    schema = ""
    if engine.dialect.name == "postgresql":
        with engine.connect() as connection:
            schema = connection.execute(text("SELECT current_schema()")).scalar_one()
    url = engine.url.render_as_string(hide_password=False)
    log_path = tmp_path / "posts.log"
    root = Path(__file__).resolve().parent.parent
    workers = [
        subprocess.Popen(
            [sys.executable, "-c", WORKER, url, schema, str(log_path)],
            cwd=root,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)
    ]
    for worker in workers:
        assert worker.stdout.readline().strip() == "ready", worker.stderr.read()
    for worker in workers:  # both are connected and waiting: start them together
        worker.stdin.write("go\n")
        worker.stdin.flush()
    results = [worker.communicate(timeout=120) for worker in workers]
    assert [w.returncode for w in workers] == [0, 0], [err for _, err in results]

    replied = log_path.read_text().split()
    assert len(replied) == len(set(replied)) == len(ids)
    assert {d.status for d in drafts(factory).values()} == {"sent"}


# --- after sending: memory and history ------------------------------------------------------


def test_an_edited_reply_is_remembered_for_the_no_repeat_rule(factory: Any) -> None:
    with factory() as session, session.begin():
        edited = add_draft(session, 1, status="pending")
        unchanged = add_draft(session, 2, status="pending")
        for draft_id in (edited, unchanged):
            draft = session.get(Draft, draft_id)
            session.add(
                SentenceUse(
                    customer_id=draft.customer_id,
                    sentence_key=queue_key(draft.text),
                    sentence=draft.text,
                    draft_id=draft_id,
                    used_at=T0,
                )
            )
    with factory() as session, session.begin():
        queue.approve(session, edited, actor="sam", text="So sorry, Jo. A fresh toastie is on us.")
        queue.approve(session, unchanged, actor="sam")
    Publisher(factory, live(), {"twitter": fake_platform()}, clock=Clock()).run_once()
    with factory() as session:
        rows = session.execute(
            select(SentenceUse.draft_id, SentenceUse.sentence).order_by(SentenceUse.id)
        ).all()
    sent_rows = [s for d, s in rows if d == edited]
    assert "A fresh toastie is on us." in sent_rows
    assert [s for d, s in rows if d == unchanged] == [drafts(factory)[unchanged].text]


def queue_key(sentence: str) -> str:
    from responders.drafting.textrules import sentence_key

    return sentence_key(sentence)


def test_a_sent_reply_shows_in_the_customers_history(factory: Any) -> None:
    from responders.web.views import history

    with factory() as session, session.begin():
        customer = Customer(name="Jo")
        session.add(customer)
        session.flush()
        customer_id = customer.id
        first = add_draft(session, 1, customer=customer, created_at=T0 - timedelta(days=2))
        second = add_draft(session, 2, customer=customer, status="pending", created_at=T0)
        other = add_draft(session, 3)  # someone else
    Publisher(factory, live(), {"twitter": fake_platform()}, clock=Clock()).run_once()
    with factory() as session:
        rows = history(session, customer_id)
        replies = {row.draft.id: row.draft for row in rows if row.draft is not None}
    assert set(replies) == {first, second} and other not in replies
    sent = replies[first]
    assert (sent.status, sent.posted_external_id, sent.sent_at, sent.dry_run) == (
        "sent",
        TWEET_ID,
        T0,
        False,
    )
    assert replies[second].status == "pending"


# --- command line and scheduler -------------------------------------------------------------


def test_publish_command_prints_what_it_would_post(tmp_path: Any, capsys: Any) -> None:
    from commands.cli import main
    from store.db import make_engine, make_sessionmaker
    from store.migrate import upgrade

    url = f"sqlite:///{tmp_path / 'cli.db'}"
    engine = make_engine(url)
    upgrade(engine)
    factory = make_sessionmaker(engine)
    with factory() as session, session.begin():
        for n in (1, 2, 3):
            add_draft(session, n, text=f"Thanks, friend number {n}.")
    engine.dispose()

    assert main(["--database-url", url, "publish", "--limit", "2"]) == 0
    out = capsys.readouterr().out
    assert "twitter: dry run (dry_run is on)" in out
    assert out.count("would post draft") == 2
    assert "Thanks, friend number 1." in out
    assert out.strip().endswith(
        "0 posted, 2 dry run, 0 reconciled, 0 to retry, 0 failed, 0 waiting"
    )


def test_the_scheduler_runs_the_publisher_as_a_responder_job(tmp_path: Any) -> None:
    from commands.app import App
    from commands.jobs import publish_job

    settings = make_settings(
        database={"url": f"sqlite:///{tmp_path / 'job.db'}"},
        schedule={"publish_interval_seconds": 45},
    )
    job = publish_job(App(settings=settings, actor="test"))
    assert (job.name, job.interval_seconds) == ("publish", 45)
    assert job.func().outcomes == []


def test_backoff_is_exponential_and_capped() -> None:
    settings = live(backoff_base_seconds=30, backoff_max_seconds=200)
    pub = Publisher(None, settings, {})  # type: ignore[arg-type]
    assert [pub.backoff_seconds(n) for n in (1, 2, 3, 4, 5)] == [30, 60, 120, 200, 200]
    assert pub.backoff_seconds(1, retry_after=75.2) == 76
