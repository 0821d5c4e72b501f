"""The publishing job: every approved draft reaches its platform at most once.

The publisher's part of the draft state machine (responders/queue.py has the people's part)::

    approved ──claim──► sending ──reply() returned an id──────────────► sent
        ▲                 │  ├──dry run (never calls reply)──────────────► sent, dry_run
        │   retry after   │  ├──UpstreamError, attempts < max───────────► approved + next_attempt_at
        └── back-off ─────┘  ├──permanent error, or attempts = max──────► failed (last_error)
                             └──crash: still sending after the lease──► reconcile (find_reply):
                                  found → sent · not found → approved · unknown → stays, later

A draft that was ever claimed before may already be on the platform (a timeout, a crash):
before posting it again the publisher asks the source's ``find_reply``. Only a draft never
claimed before is posted without looking. The claim is in ``claim``, the guarded writes of
each outcome in ``record`` (docs/publishing.md has the rules).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from datetime import UTC, datetime

from sqlalchemy.orm import Session, sessionmaker

from config.errors import RapportError, UpstreamError
from config.settings import Settings
from listener.sources.base import Metered, Replyable, Source
from responders.publishing.claim import Claim, claim_next, default_worker
from responders.publishing.outcome import Outcome, PublishReport
from responders.publishing.record import Recorder

log = logging.getLogger(__name__)


def is_permanent(exc: BaseException) -> bool:
    """Errors that will not go away by waiting: configuration, a refused kind of reply.

    ``UpstreamError`` (the platform's fault) and anything unexpected (a network library's
    own error, say) are retried with back-off; a retry first checks ``find_reply``.
    """
    if isinstance(exc, UpstreamError):
        return False
    return isinstance(exc, RapportError | NotImplementedError | ValueError | TypeError)


def _retry_after(exc: BaseException) -> float | None:
    """The platform's own wait, when the error is one that carries it."""
    return exc.retry_after if isinstance(exc, UpstreamError) else None


class Publisher:
    """Posts approved drafts through ``sources`` (by platform), once each.

    ``sources`` maps names to built sources; a mention is answered by the ``Replyable``
    source whose ``platform`` is the mention's platform, whichever source stored it (a
    replayed file's mentions are answered by the live source). ``clock`` is injectable so
    back-off and leases are tested without sleeping.
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
        self.record = Recorder(factory, settings, clock=self._now, worker=self.worker)

    def _now(self) -> datetime:
        return self.clock()

    # -- choosing a source and a mode --

    def source_for(self, platform: str) -> Replyable | None:
        """The source that answers mentions of ``platform``, or None."""
        for source in self.sources.values():
            if isinstance(source, Replyable) and source.platform == platform:
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
        if source is not None and not source.can_post:
            return True, f"the {platform} source has no posting credentials (see .env.example)"
        return False, ""

    def backoff_seconds(self, attempts: int, retry_after: float | None = None) -> int:
        """base × 2^(attempts-1), capped at the maximum; a platform's retry_after is a floor."""
        return self.record.backoff_seconds(attempts, retry_after)

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
            return self.record.dry_run_sent(claim)
        source = self.source_for(claim.platform)
        if source is None:
            return self.record.fail(
                claim,
                f"no source can post to {claim.platform}: enable and configure "
                f"[sources.{claim.platform}] and its credentials (.env.example)",
                permanent=True,
            )
        if claim.claimed_before:
            try:
                found = source.find_reply(claim.mention, claim.text)
            except Exception as exc:
                return self._call_failed(claim, "checking for an earlier reply", exc)
            if found:
                return self.record.sent(claim, str(found), reconciled=True)
        try:
            external_id = source.reply(claim.mention, claim.text)
        except Exception as exc:
            return self._call_failed(claim, "reply", exc)
        spend = None
        if isinstance(source, Metered):  # a platform that bills posts: record the cost too
            spend = (source.name, source.reply_spend(claim.text, self.clock()))
        return self.record.sent(claim, str(external_id) if external_id else None, spend=spend)

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
            return self.record.not_posted(claim, "interrupted during a dry run; nothing was posted")
        source = self.source_for(claim.platform)
        if source is None:
            return self.record.wait(
                claim, f"no {claim.platform} source that can look up our replies is configured"
            )
        try:
            found = source.find_reply(claim.mention, claim.text)
        except Exception as exc:
            if not isinstance(exc, RapportError):
                log.exception("find_reply failed for draft %s", claim.draft_id)
            return self.record.wait(claim, f"{type(exc).__name__}: {exc}", _retry_after(exc))
        if found:
            return self.record.sent(claim, str(found), reconciled=True)
        return self.record.not_posted(
            claim, f"interrupted while posting; not found on {claim.platform}, will post again"
        )

    def _claim(self, *, stale: bool) -> Claim | None:
        return claim_next(
            self.factory,
            stale=stale,
            now=self.clock(),
            worker=self.worker,
            lease_seconds=self.options.lease_seconds,
            mode=self.mode,
        )

    def _call_failed(self, claim: Claim, what: str, exc: Exception) -> Outcome:
        if not isinstance(exc, RapportError):
            log.exception("%s failed for draft %s", what, claim.draft_id)
        return self.record.fail(
            claim,
            f"{what}: {type(exc).__name__}: {exc}",
            permanent=is_permanent(exc),
            retry_after=_retry_after(exc),
        )
