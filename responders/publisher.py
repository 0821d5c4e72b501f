"""Publishing: every approved draft reaches its platform at most once (docs/publishing.md).

The publisher's part of the draft state machine (responders/queue.py has the people's part)::

    approved ──claim──► sending ──reply() returned an id──────────────► sent
        ▲                 │  ├──dry run (never calls reply)──────────────► sent, dry_run
        │   retry after   │  ├──UpstreamError, attempts < max───────────► approved + next_attempt_at
        └── back-off ─────┘  ├──permanent error, or attempts = max──────► failed (last_error)
                             └──crash: still sending after the lease──► reconcile (find_reply):
                                  found → sent · not found → approved · unknown → stays, later

* The claim is a conditional update (``status='approved'`` and due, and ``claimed_at`` as it
  was read) that also counts the attempt; on PostgreSQL the candidate row is first locked
  with ``FOR UPDATE SKIP LOCKED`` so instances sharing the database never wait on each other.
* A draft that was ever claimed before may already be on the platform (a timeout, a crash):
  before posting it again the publisher asks the source's ``find_reply``. Only a draft never
  claimed before is posted without looking.
* The platform is called outside any transaction; the result is written with a guard on our
  own claim, so a slow publisher that lost its lease cannot overwrite a newer decision.
* Every transition is an ``AuditEvent`` by the actor ``"publisher"`` in the same transaction.
"""

from __future__ import annotations

import logging
import math
import os
import socket
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, or_, select, update
from sqlalchemy.orm import Session, joinedload, sessionmaker

from config.errors import RapportError, UpstreamError
from config.settings import Settings
from listener.sources.base import RawMention, Source
from store import audit
from store.models import Draft, Mention, SentenceUse

ACTOR = "publisher"
# How many candidates one claim tries when other publishers keep winning the race.
CLAIM_TRIES = 5
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Outcome:
    """What happened to one draft in a pass; ``action`` is one of ``ACTIONS``."""

    draft_id: int
    platform: str
    action: str
    text: str
    external_id: str | None = None
    detail: str = ""

    def line(self) -> str:
        """One line for the CLI."""
        head = {
            "posted": f"posted draft {self.draft_id} to {self.platform} as {self.external_id}",
            "reconciled": f"draft {self.draft_id} was already on {self.platform} as "
            f"{self.external_id}; not posted again",
            "dry_run": f"would post draft {self.draft_id} to {self.platform} (dry run)",
            "retry": f"draft {self.draft_id} not posted, will retry",
            "failed": f"draft {self.draft_id} failed",
            "waiting": f"draft {self.draft_id} interrupted while posting; cannot check yet",
            "lost": f"draft {self.draft_id}: lost the claim to another publisher",
        }[self.action]
        tail = f": {self.detail}" if self.detail else ""
        return head + tail


ACTIONS = ("posted", "reconciled", "dry_run", "retry", "failed", "waiting", "lost")


@dataclass
class PublishReport:
    """What one pass did, in order."""

    outcomes: list[Outcome] = field(default_factory=list)

    def count(self, action: str) -> int:
        return sum(1 for o in self.outcomes if o.action == action)

    def summary(self) -> str:
        """ "2 posted, 1 dry run, 0 reconciled, 1 retry, 0 failed, 0 waiting"."""
        parts = [
            f"{self.count('posted')} posted",
            f"{self.count('dry_run')} dry run",
            f"{self.count('reconciled')} reconciled",
            f"{self.count('retry')} to retry",
            f"{self.count('failed')} failed",
            f"{self.count('waiting')} waiting",
        ]
        if self.count("lost"):
            parts.append(f"{self.count('lost')} lost")
        return ", ".join(parts)


@dataclass(frozen=True)
class _Claim:
    """A draft this publisher holds in ``sending``, with what it needs outside the session."""

    draft_id: int
    claimed_at: datetime
    attempts: int
    dry_run: bool
    dry_reason: str
    claimed_before: bool
    platform: str
    text: str
    mention: RawMention


def raw_mention(mention: Mention) -> RawMention:
    """Rebuild the ``RawMention`` a source's ``reply``/``find_reply`` expects from the row."""
    identity = mention.identity
    return RawMention(
        platform=mention.platform,
        external_id=mention.external_id,
        text=mention.text,
        author_id=identity.platform_user_id if identity else None,
        author_handle=identity.handle if identity else "",
        created_at=mention.created_at,
        author_name=identity.display_name if identity else None,
        url=mention.url,
        lang=mention.lang,
        thread_id=mention.thread_id,
        parent_id=mention.parent_id,
        is_repost=mention.is_repost,
        repost_of_author=mention.repost_of_author,
        kind=mention.kind,
        source=mention.source,
        community=mention.community,
        context=mention.context,
    )


def default_worker() -> str:
    """``host:pid:random``: who holds a claim, for the audit log and lease checks."""
    return f"{socket.gethostname()[:60]}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


def is_permanent(exc: BaseException) -> bool:
    """Errors that will not go away by waiting: configuration, a refused kind of reply.

    ``UpstreamError`` (the platform's fault) and anything unexpected (a network library's
    own error, say) are retried with back-off; a retry first checks ``find_reply``.
    """
    if isinstance(exc, UpstreamError):
        return False
    return isinstance(exc, RapportError | NotImplementedError | ValueError | TypeError)


def _due(now: datetime) -> ColumnElement[bool]:
    return or_(Draft.next_attempt_at.is_(None), Draft.next_attempt_at <= now)


def _claimed_at_is(value: datetime | None) -> ColumnElement[bool]:
    return Draft.claimed_at.is_(None) if value is None else Draft.claimed_at == value


def _iso(value: Any) -> Any:
    return value.isoformat() if isinstance(value, datetime) else value


class Publisher:
    """Posts approved drafts through ``sources`` (by platform), once each.

    ``sources`` maps names to built sources; a mention is answered by the source whose
    ``platform`` (default: its ``name``) is the mention's platform, whichever source stored
    it (a replayed file's mentions are answered by the live source). ``clock`` is injectable
    so back-off and leases are tested without sleeping.
    """

    def __init__(
        self,
        factory: sessionmaker[Session],
        settings: Settings,
        sources: Mapping[str, Source],
        *,
        clock: Callable[[], datetime] | None = None,
        worker: str | None = None,
    ) -> None:
        self.factory = factory
        self.settings = settings
        self.options = settings.publishing
        self.sources = dict(sources)
        self.clock = clock or (lambda: datetime.now(UTC))
        self.worker = (worker or default_worker())[:100]

    # -- choosing a source and a mode --

    def source_for(self, platform: str) -> Source | None:
        """The source that answers mentions of ``platform``, or None."""
        for source in self.sources.values():
            if getattr(source, "platform", source.name) == platform:
                return source
        return None

    def mode(self, platform: str) -> tuple[bool, str]:
        """(dry run?, why) for a draft on ``platform``.

        Dry run when ``dry_run`` is on, and also while the platform's source lacks posting
        credentials (``can_post`` false). With ``dry_run`` off and no source for the platform
        the draft is claimed and fails permanently, saying so.
        """
        if self.settings.dry_run:
            return True, "dry_run is on"
        source = self.source_for(platform)
        if source is not None and not getattr(source, "can_post", True):
            return True, f"the {platform} source has no posting credentials (see .env.example)"
        return False, ""

    def backoff_seconds(self, attempts: int, retry_after: float | None = None) -> int:
        """base × 2^(attempts-1), capped at the maximum; a platform's retry_after is a floor."""
        base = self.options.backoff_base_seconds
        delay = min(base * 2 ** max(attempts - 1, 0), self.options.backoff_max_seconds)
        if retry_after:
            delay = max(delay, math.ceil(retry_after))
        return int(delay)

    # -- a pass --

    def run_once(self, *, limit: int | None = None) -> PublishReport:
        """Reconcile drafts left in ``sending`` past the lease, then publish approved ones.

        ``limit`` caps the drafts handled (default ``publishing.batch_size``).
        """
        report = PublishReport()
        budget = self.options.batch_size if limit is None else limit
        for step in (self.reconcile_next, self.publish_next):
            while budget > 0:
                outcome = step()
                if outcome is None:
                    break
                report.outcomes.append(outcome)
                budget -= 1
        return report

    def publish_next(self) -> Outcome | None:
        """Claim the best approved, due draft and post it (or record the dry run)."""
        claim = self._claim(stale=False)
        if claim is None:
            return None
        if claim.dry_run:
            return self._dry_run_sent(claim)
        source = self.source_for(claim.platform)
        if source is None:
            return self._fail(
                claim,
                f"no source can post to {claim.platform}: enable and configure "
                f"[sources.{claim.platform}] and its credentials (.env.example)",
                permanent=True,
            )
        if claim.claimed_before:
            finder = getattr(source, "find_reply", None)
            if finder is None:
                return self._fail(
                    claim,
                    f"an earlier attempt may have posted this reply and the {claim.platform} "
                    "source cannot check; look at the conversation before posting by hand",
                    permanent=True,
                )
            try:
                found = finder(claim.mention, claim.text)
            except Exception as exc:
                return self._call_failed(claim, "checking for an earlier reply", exc)
            if found:
                return self._sent(claim, str(found), reconciled=True)
        try:
            external_id = source.reply(claim.mention, claim.text)
        except Exception as exc:
            return self._call_failed(claim, "reply", exc)
        return self._sent(claim, str(external_id) if external_id else None)

    def reconcile_next(self) -> Outcome | None:
        """Take over one draft left in ``sending`` past the lease and ask the platform.

        Found → sent with that id; not found → approved again (the attempt counts, so the
        last one makes it failed); the platform cannot say → stays ``sending`` and is asked
        again after a back-off. Never posts.
        """
        claim = self._claim(stale=True)
        if claim is None:
            return None
        if claim.dry_run:
            return self._not_posted(claim, "interrupted during a dry run; nothing was posted")
        source = self.source_for(claim.platform)
        finder = getattr(source, "find_reply", None) if source is not None else None
        if finder is None:
            return self._wait(
                claim, f"no {claim.platform} source that can look up our replies is configured"
            )
        try:
            found = finder(claim.mention, claim.text)
        except Exception as exc:
            if not isinstance(exc, RapportError):
                log.exception("find_reply failed for draft %s", claim.draft_id)
            return self._wait(
                claim, f"{type(exc).__name__}: {exc}", getattr(exc, "retry_after", None)
            )
        if found:
            return self._sent(claim, str(found), reconciled=True)
        return self._not_posted(
            claim, f"interrupted while posting; not found on {claim.platform}, will post again"
        )

    # -- the claim --

    def _claim(self, *, stale: bool) -> _Claim | None:
        now = self.clock()
        for _ in range(CLAIM_TRIES):
            with self.factory() as session, session.begin():
                if stale:
                    cutoff = now - timedelta(seconds=self.options.lease_seconds)
                    where = [Draft.status == "sending", Draft.claimed_at <= cutoff, _due(now)]
                    order = (Draft.claimed_at, Draft.id)
                else:
                    where = [Draft.status == "approved", _due(now)]
                    order = (Draft.priority.desc(), Draft.id)
                row = session.execute(
                    select(Draft.id, Draft.claimed_at, Draft.dry_run, Mention.platform)
                    .join(Mention, Draft.mention_id == Mention.id)
                    .where(*where)
                    .order_by(*order)
                    .limit(1)
                    .with_for_update(of=Draft, skip_locked=True)
                ).first()
                if row is None:
                    return None
                values: dict[str, Any] = {
                    "claimed_at": now,
                    "claimed_by": self.worker,
                    "updated_at": now,
                }
                dry, why = (bool(row.dry_run), "") if stale else self.mode(row.platform)
                if not stale:
                    values.update(
                        status="sending",
                        attempts=Draft.attempts + 1,
                        dry_run=dry,
                        next_attempt_at=None,
                    )
                result = session.execute(
                    update(Draft)
                    .where(Draft.id == row.id, *where, _claimed_at_is(row.claimed_at))
                    .values(**values)
                    .execution_options(synchronize_session=False)
                )
                if result.rowcount != 1:
                    continue  # another publisher took it first: try the next candidate
                draft = session.get(
                    Draft,
                    row.id,
                    options=[joinedload(Draft.mention).joinedload(Mention.identity)],
                    populate_existing=True,
                )
                assert draft is not None
                if not stale:
                    audit.record(
                        session,
                        actor=ACTOR,
                        action="draft.claim",
                        subject=f"draft:{draft.id}",
                        before={"status": "approved", "attempts": draft.attempts - 1},
                        after={
                            "status": "sending",
                            "attempts": draft.attempts,
                            "claimed_by": self.worker,
                            "dry_run": dry,
                        },
                    )
                return _Claim(
                    draft_id=draft.id,
                    claimed_at=now,
                    attempts=draft.attempts,
                    dry_run=dry,
                    dry_reason=why,
                    claimed_before=row.claimed_at is not None,
                    platform=row.platform,
                    text=draft.text,
                    mention=raw_mention(draft.mention),
                )
        return None

    # -- outcomes: each a guarded update on our own claim, audited --

    def _finish(
        self,
        claim: _Claim,
        *,
        action: str,
        values: dict[str, Any],
        audit_after: dict[str, Any],
        remember: bool = False,
    ) -> bool:
        """Write an outcome if we still hold the claim; False if another publisher took it."""
        now = self.clock()
        with self.factory() as session, session.begin():
            result = session.execute(
                update(Draft)
                .where(
                    Draft.id == claim.draft_id,
                    Draft.status == "sending",
                    Draft.claimed_by == self.worker,
                    Draft.claimed_at == claim.claimed_at,
                )
                .values(updated_at=now, **values)
                .execution_options(synchronize_session=False)
            )
            if result.rowcount != 1:
                return False
            if remember:
                self._remember_sent_text(session, claim.draft_id, now)
            audit.record(
                session,
                actor=ACTOR,
                action=action,
                subject=f"draft:{claim.draft_id}",
                before={"status": "sending", "attempts": claim.attempts},
                after={k: _iso(v) for k, v in audit_after.items()},
            )
        return True

    def _sent(self, claim: _Claim, external_id: str | None, *, reconciled: bool = False) -> Outcome:
        now = self.clock()
        values = {
            "status": "sent",
            "sent_at": now,
            "posted_external_id": external_id,
            "last_error": None,
            "next_attempt_at": None,
        }
        after = {**values, "platform": claim.platform, "reconciled": reconciled}
        if external_id is None:
            after["note"] = "the platform accepted the reply but returned no id"
        if self._finish(
            claim, action="draft.sent", values=values, audit_after=after, remember=True
        ):
            action = "reconciled" if reconciled else "posted"
            return Outcome(claim.draft_id, claim.platform, action, claim.text, external_id)
        if not reconciled:
            return self._sent_after_lost_claim(claim, external_id)
        return self._lost(claim)

    def _sent_after_lost_claim(self, claim: _Claim, external_id: str | None) -> Outcome:
        """We posted, but took longer than the lease and someone reconciled meanwhile.

        If they put it back to approved or failed (their lookup came too early), record the
        post now so it is not posted again; if another publisher holds it, it will find ours.
        """
        now = self.clock()
        with self.factory() as session, session.begin():
            result = session.execute(
                update(Draft)
                .where(Draft.id == claim.draft_id, Draft.status.in_(("approved", "failed")))
                .values(
                    status="sent",
                    sent_at=now,
                    posted_external_id=external_id,
                    last_error=None,
                    next_attempt_at=None,
                    updated_at=now,
                )
                .execution_options(synchronize_session=False)
            )
            if result.rowcount == 1:
                self._remember_sent_text(session, claim.draft_id, now)
                audit.record(
                    session,
                    actor=ACTOR,
                    action="draft.sent",
                    subject=f"draft:{claim.draft_id}",
                    after={
                        "status": "sent",
                        "posted_external_id": external_id,
                        "note": "posted after the lease ran out (raise publishing.lease_seconds)",
                    },
                )
                return Outcome(claim.draft_id, claim.platform, "posted", claim.text, external_id)
        return self._lost(claim)

    def _lost(self, claim: _Claim) -> Outcome:
        log.error(
            "draft %s: another publisher took it over while this one was still working; "
            "publishing.lease_seconds (%ss) is too short",
            claim.draft_id,
            self.options.lease_seconds,
        )
        return Outcome(claim.draft_id, claim.platform, "lost", claim.text)

    def _dry_run_sent(self, claim: _Claim) -> Outcome:
        now = self.clock()
        external_id = f"dry-run:{claim.draft_id}"
        values = {
            "status": "sent",
            "sent_at": now,
            "posted_external_id": external_id,
            "last_error": None,
        }
        after = {
            **values,
            "dry_run": True,
            "reason": claim.dry_reason,
            "platform": claim.platform,
            "in_reply_to": claim.mention.external_id,
            "text": claim.text,
        }
        if self._finish(
            claim, action="draft.dry_run_post", values=values, audit_after=after, remember=True
        ):
            return Outcome(
                claim.draft_id, claim.platform, "dry_run", claim.text, external_id, claim.dry_reason
            )
        return self._lost(claim)

    def _call_failed(self, claim: _Claim, what: str, exc: Exception) -> Outcome:
        if not isinstance(exc, RapportError):
            log.exception("%s failed for draft %s", what, claim.draft_id)
        return self._fail(
            claim,
            f"{what}: {type(exc).__name__}: {exc}",
            permanent=is_permanent(exc),
            retry_after=getattr(exc, "retry_after", None),
        )

    def _fail(
        self, claim: _Claim, message: str, *, permanent: bool, retry_after: float | None = None
    ) -> Outcome:
        """Back to approved after a back-off, or failed for good (permanent, or the last try)."""
        message = message[:2000]
        final = permanent or claim.attempts >= self.options.max_attempts
        if final:
            values: dict[str, Any] = {
                "status": "failed",
                "last_error": message,
                "next_attempt_at": None,
            }
            action = "draft.failed"
        else:
            delay = self.backoff_seconds(claim.attempts, retry_after)
            values = {
                "status": "approved",
                "last_error": message,
                "next_attempt_at": self.clock() + timedelta(seconds=delay),
            }
            action = "draft.retry"
        after = {**values, "attempts": claim.attempts, "permanent": permanent}
        if not self._finish(claim, action=action, values=values, audit_after=after):
            return self._lost(claim)
        if final and not permanent:
            message = f"{message} (after {claim.attempts} attempts)"
        return Outcome(
            claim.draft_id,
            claim.platform,
            "failed" if final else "retry",
            claim.text,
            None,
            message,
        )

    def _not_posted(self, claim: _Claim, message: str) -> Outcome:
        """Reconciled: not on the platform. Approved again, or failed if that was the last try."""
        if claim.attempts >= self.options.max_attempts:
            return self._fail(claim, message, permanent=False)
        return self._retry_now(claim, message)

    def _retry_now(self, claim: _Claim, message: str) -> Outcome:
        values = {"status": "approved", "last_error": message[:2000], "next_attempt_at": None}
        after = {**values, "attempts": claim.attempts, "reconciled": "not found"}
        if not self._finish(claim, action="draft.retry", values=values, audit_after=after):
            return self._lost(claim)
        return Outcome(claim.draft_id, claim.platform, "retry", claim.text, None, message)

    def _wait(self, claim: _Claim, message: str, retry_after: float | None = None) -> Outcome:
        """The platform cannot say yet: stay ``sending`` and ask again after a back-off.

        Each such check counts toward ``publishing.max_attempts``; the last one makes the
        draft ``failed`` with the reason, so it never stays ``sending`` for good.
        """
        attempts = claim.attempts + 1
        if attempts >= self.options.max_attempts:
            reason = (
                f"cannot check whether it was posted after {attempts} attempts: {message}; "
                f"look at the conversation on {claim.platform} before posting by hand"
            )[:2000]
            final = {"status": "failed", "attempts": attempts, "last_error": reason}
            if not self._finish(
                claim,
                action="draft.failed",
                values={**final, "next_attempt_at": None},
                audit_after={**final, "reconciled": "unknown"},
            ):
                return self._lost(claim)
            return Outcome(claim.draft_id, claim.platform, "failed", claim.text, None, reason)
        delay = self.backoff_seconds(attempts, retry_after)
        values = {
            "attempts": attempts,
            "last_error": f"cannot check whether it was posted: {message}"[:2000],
            "next_attempt_at": self.clock() + timedelta(seconds=delay),
        }
        after = {**values, "status": "sending", "reconciled": "unknown"}
        if not self._finish(claim, action="draft.reconcile", values=values, audit_after=after):
            return self._lost(claim)
        return Outcome(claim.draft_id, claim.platform, "waiting", claim.text, None, message)

    # -- the 30-day no-repeat memory --

    def _remember_sent_text(self, session: Session, draft_id: int, now: datetime) -> None:
        """Record the sent sentences when they are not the ones drafting recorded.

        Drafting remembers the sentences of the first candidate; a person may have edited the
        text or picked an alternative, and the customer reads what was sent.
        """
        from responders.drafting.job import remember_sentences
        from responders.drafting.templates import clean
        from responders.drafting.textrules import sentence_key, split_sentences

        draft = session.get(Draft, draft_id, populate_existing=True)
        if draft is None or draft.customer_id is None:
            return
        signature = self.settings.drafting.signature.strip()
        body = draft.text.strip()
        if signature and body.endswith(signature):
            body = body[: -len(signature)]
        sent = {sentence_key(s) for s in split_sentences(clean(body))}
        drafted = set(
            session.scalars(
                select(SentenceUse.sentence_key).where(SentenceUse.draft_id == draft_id)
            )
        )
        if sent and not sent <= drafted:
            remember_sentences(
                session,
                customer_id=draft.customer_id,
                text=draft.text,
                now=now,
                draft_id=draft_id,
                signature=self.settings.drafting.signature,
            )
