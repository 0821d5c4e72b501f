"""Writing what became of a claimed draft: each a guarded update on our own claim, audited.

The platform is called outside any transaction; its result is written only while we still
hold the claim (``claimed_by`` and ``claimed_at`` as we set them), so a slow publisher that lost
its lease cannot overwrite a newer decision. Every transition is an ``AuditEvent`` by the actor
``"publisher"`` in the same transaction.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Callable, Mapping
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session, sessionmaker

from config.settings import Settings
from listener.pipeline import add_to_cursor
from responders.publishing.claim import ACTOR, Claim
from responders.publishing.outcome import Outcome
from store import audit
from store.models import Draft, SentenceUse

log = logging.getLogger(__name__)

# What a post cost: the source's name and the cursor counters to add (``Metered``).
Spend = tuple[str, Mapping[str, int]]


def _iso(value: Any) -> Any:
    return value.isoformat() if isinstance(value, datetime) else value


class Recorder:
    """Records outcomes of the claims ``worker`` holds; ``clock`` is the publisher's."""

    def __init__(
        self,
        factory: sessionmaker[Session],
        settings: Settings,
        *,
        clock: Callable[[], datetime],
        worker: str,
    ) -> None:
        self.factory = factory
        self.settings = settings
        self.options = settings.publishing
        self.clock = clock
        self.worker = worker

    def backoff_seconds(self, attempts: int, retry_after: float | None = None) -> int:
        """base × 2^(attempts-1), capped at the maximum; a platform's retry_after is a floor."""
        base = self.options.backoff_base_seconds
        delay = min(base * 2 ** max(attempts - 1, 0), self.options.backoff_max_seconds)
        if retry_after:
            delay = max(delay, math.ceil(retry_after))
        return int(delay)

    def finish(
        self,
        claim: Claim,
        *,
        action: str,
        values: dict[str, Any],
        audit_after: dict[str, Any],
        remember: bool = False,
        spend: Spend | None = None,
    ) -> bool:
        """Write an outcome if we still hold the claim; False if another publisher took it.

        ``spend`` (source name, cursor counters to add) is what the post cost, recorded in
        the same transaction.
        """
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
            if spend is not None:
                add_to_cursor(session, spend[0], spend[1], now=now)
            audit.record(
                session,
                actor=ACTOR,
                action=action,
                subject=f"draft:{claim.draft_id}",
                before={"status": "sending", "attempts": claim.attempts},
                after={k: _iso(v) for k, v in audit_after.items()},
            )
        return True

    def sent(
        self,
        claim: Claim,
        external_id: str | None,
        *,
        reconciled: bool = False,
        spend: Spend | None = None,
    ) -> Outcome:
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
        if self.finish(
            claim,
            action="draft.sent",
            values=values,
            audit_after=after,
            remember=True,
            spend=spend,
        ):
            action = "reconciled" if reconciled else "posted"
            return Outcome(claim.draft_id, claim.platform, action, claim.text, external_id)
        if not reconciled:
            return self._sent_after_lost_claim(claim, external_id, spend)
        return self.lost(claim)

    def _sent_after_lost_claim(
        self, claim: Claim, external_id: str | None, spend: Spend | None = None
    ) -> Outcome:
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
                if spend is not None:
                    add_to_cursor(session, spend[0], spend[1], now=now)
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
        return self.lost(claim)

    def lost(self, claim: Claim) -> Outcome:
        log.error(
            "draft %s: another publisher took it over while this one was still working; "
            "publishing.lease_seconds (%ss) is too short",
            claim.draft_id,
            self.options.lease_seconds,
        )
        return Outcome(claim.draft_id, claim.platform, "lost", claim.text)

    def dry_run_sent(self, claim: Claim) -> Outcome:
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
        if self.finish(
            claim, action="draft.dry_run_post", values=values, audit_after=after, remember=True
        ):
            return Outcome(
                claim.draft_id, claim.platform, "dry_run", claim.text, external_id, claim.dry_reason
            )
        return self.lost(claim)

    def fail(
        self, claim: Claim, message: str, *, permanent: bool, retry_after: float | None = None
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
        if not self.finish(claim, action=action, values=values, audit_after=after):
            return self.lost(claim)
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

    def not_posted(self, claim: Claim, message: str) -> Outcome:
        """Reconciled: not on the platform. Approved again, or failed if that was the last try."""
        if claim.attempts >= self.options.max_attempts:
            return self.fail(claim, message, permanent=False)
        return self._retry_now(claim, message)

    def _retry_now(self, claim: Claim, message: str) -> Outcome:
        values = {"status": "approved", "last_error": message[:2000], "next_attempt_at": None}
        after = {**values, "attempts": claim.attempts, "reconciled": "not found"}
        if not self.finish(claim, action="draft.retry", values=values, audit_after=after):
            return self.lost(claim)
        return Outcome(claim.draft_id, claim.platform, "retry", claim.text, None, message)

    def wait(self, claim: Claim, message: str, retry_after: float | None = None) -> Outcome:
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
            if not self.finish(
                claim,
                action="draft.failed",
                values={**final, "next_attempt_at": None},
                audit_after={**final, "reconciled": "unknown"},
            ):
                return self.lost(claim)
            return Outcome(claim.draft_id, claim.platform, "failed", claim.text, None, reason)
        delay = self.backoff_seconds(attempts, retry_after)
        values = {
            "attempts": attempts,
            "last_error": f"cannot check whether it was posted: {message}"[:2000],
            "next_attempt_at": self.clock() + timedelta(seconds=delay),
        }
        after = {**values, "status": "sending", "reconciled": "unknown"}
        if not self.finish(claim, action="draft.reconcile", values=values, audit_after=after):
            return self.lost(claim)
        return Outcome(claim.draft_id, claim.platform, "waiting", claim.text, None, message)

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
