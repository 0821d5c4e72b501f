"""The drafting job: every new mention is triaged, and those that deserve a reply get a draft.

``draft_new_mentions`` reads mentions with status "new" oldest first, in chunks, asks
``responders.drafting.triage`` whether each deserves a reply, plans the reply
(``responders.drafting.replies.plan_reply``: templates + profile + mood, no repeats, fitted, linted)
and stores one ``Draft(status="pending")`` per mention, with the sentences it used so the same
customer is not told the same thing twice within ``drafting.repeat_window_days``. A person
approves every reply. docs/drafting.md has the rules and the reasons.

Module layout: ``templates`` (template files, vocabulary, variant keys), ``names`` (what to
call someone), ``context`` (what a reply may say about a mention), ``variants`` (one slot's
variants: no repeat, no echo), ``replies`` (planning one reply), ``notes`` (notes to the
manager), ``memory`` (per-customer lookups for a pass), and this module (the job).
"""

from __future__ import annotations

import logging
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import and_, insert, or_, select
from sqlalchemy.orm import Session, selectinload, sessionmaker

from config.settings import Settings
from listener.people.stage import refresh_customers
from responders import conversations
from responders.brandbook import BrandBook
from responders.brandbook.storage import cached_book
from responders.drafting import textrules
from responders.drafting.memory import CustomerMemory
from responders.drafting.replies import Candidate, plan_reply
from responders.drafting.templates import TemplateSet, clean, load_templates
from responders.drafting.triage import TriageDecision, priority, triage
from store.models import Draft, Identity, Mention, SentenceUse
from store.retry import run_in_transaction

__all__ = [
    "DraftingReport",
    "draft_in_chunks",
    "draft_mentions",
    "draft_new_mentions",
    "remember_sentences",
]

log = logging.getLogger(__name__)


def remember_sentences(
    session: Session,
    *,
    customer_id: int,
    text: str,
    now: datetime,
    draft_id: int | None = None,
    signature: str = "",
) -> int:
    """Record the sentences of a reply as it was actually sent, for the no-repeat rule.

    Drafting records the sentences of ``Draft.text``; call this when a person picked an
    alternative or edited the text, so the customer's next drafts avoid what they really read.
    The signature (``drafting.signature``) is left out: it repeats by design. Returns the
    number of rows added; the caller commits.
    """
    body = text.strip()
    if signature and body.endswith(signature.strip()):
        body = body[: -len(signature.strip())]
    sentences = {textrules.sentence_key(s): s for s in textrules.split_sentences(clean(body))}
    for key, sentence in sentences.items():
        session.add(
            SentenceUse(
                customer_id=customer_id,
                sentence_key=key,
                sentence=sentence,
                draft_id=draft_id,
                used_at=now,
            )
        )
    return len(sentences)


def _add_human_draft(
    session: Session,
    mention: Mention,
    plan: Any,
    customer: Any,
    identity: Any,
    settings: Settings,
    now: datetime,
) -> None:
    """An empty draft carrying the note for a person (a language we have no templates in):
    it sits in the queue like any other, and cannot be approved until someone writes it."""
    session.add(
        Draft(
            mention_id=mention.id,
            customer_id=customer.id if customer is not None else None,
            text="",
            template_key=f"human:{mention.lang or 'und'}"[:120],
            tone="human",
            alternatives=[],
            lint=[],
            manager_note=plan.manager_note,
            priority=priority(mention, customer, identity, settings=settings),
            status="pending",
            created_at=now,
            updated_at=now,
        )
    )
    mention.status = "drafted"


# --- the job --------------------------------------------------------------------------------


@dataclass
class DraftingReport:
    """What one drafting pass did. ``skipped`` counts by triage reason code."""

    drafted: int = 0
    already_drafted: int = 0
    failed: int = 0
    skipped: Counter[str] = field(default_factory=Counter)

    @property
    def seen(self) -> int:
        return self.drafted + self.already_drafted + self.failed + sum(self.skipped.values())

    def merge(self, other: DraftingReport) -> None:
        """Add a chunk's counts to the pass's."""
        self.drafted += other.drafted
        self.already_drafted += other.already_drafted
        self.failed += other.failed
        self.skipped.update(other.skipped)

    def summary(self) -> str:
        """One line for the CLI: "3 drafted, 1 already drafted, 0 failed; skipped 2 (spam 2)"."""
        skipped = sum(self.skipped.values())
        reasons = ", ".join(f"{reason} {count}" for reason, count in self.skipped.most_common())
        return (
            f"{self.drafted} drafted, {self.already_drafted} already drafted, "
            f"{self.failed} failed; skipped {skipped}" + (f" ({reasons})" if reasons else "")
        )


def draft_new_mentions(
    session: Session,
    *,
    settings: Settings,
    now: datetime,
    limit: int | None = None,
    templates_dir: str | None = None,
    templates: TemplateSet | None = None,
    book: BrandBook | None = None,
    day_uses: dict[Any, dict[str, datetime]] | None = None,
) -> DraftingReport:
    """Triage every mention with status "new" (oldest first) and draft a reply where due.

    Works in chunks of ``database.batch_size`` with keyset paging, so 50,000 new mentions are
    fine. Creates one ``Draft(status="pending")`` per mention that deserves a reply (never a
    second: a mention that already has a draft is only marked "drafted"), sets
    ``Mention.status`` ("drafted"/"skipped") and ``triage_reason``, records the drafted
    sentences as ``SentenceUse`` rows, and flushes. The caller commits. ``limit`` caps the
    number of mentions looked at in this pass (default: all). ``book``: the brand book to
    draft from (default: the one in force in the database, if any). ``now`` is the pass's
    clock: pass a fixed time (``draft --now``) and the same data drafts the same replies.
    ``templates`` (already loaded) saves reading the template files again for every chunk of
    ``draft_in_chunks``.
    """
    templates = templates or load_templates(templates_dir)
    if book is None:
        book = cached_book(session)
    day_uses = {} if day_uses is None else day_uses
    report = DraftingReport()
    window = timedelta(days=settings.drafting.repeat_window_days)
    memory = CustomerMemory(since=now - window if window else None)
    conversations.group_ungrouped(session, settings=settings, now=now)  # after an upgrade
    chunk = settings.database.batch_size
    last: tuple[datetime, int] | None = None
    while limit is None or report.seen < limit:
        size = chunk if limit is None else min(chunk, limit - report.seen)
        stmt = (
            select(Mention)
            .where(Mention.status == "new")
            .options(selectinload(Mention.identity).selectinload(Identity.customer))
            .order_by(Mention.created_at, Mention.id)
            .limit(size)
        )
        if last is not None:
            stmt = stmt.where(
                or_(
                    Mention.created_at > last[0],
                    and_(Mention.created_at == last[0], Mention.id > last[1]),
                )
            )
        mentions = list(session.scalars(stmt))
        if not mentions:
            break
        _draft_chunk(
            session,
            mentions,
            settings=settings,
            now=now,
            memory=memory,
            templates=templates,
            report=report,
            book=book,
            day_uses=day_uses,
        )
        last = (mentions[-1].created_at, mentions[-1].id)
    conversations.refresh_states(session, settings=settings, now=now)
    return report


def draft_mentions(
    session: Session,
    mentions: list[Mention],
    *,
    settings: Settings,
    now: datetime,
    templates_dir: str | None = None,
) -> DraftingReport:
    """Draft a reply for each of ``mentions`` now, whatever triage said (the inbox's "draft a
    reply" on a skipped mention). Same rules otherwise: one draft per mention, one pending
    draft per conversation. The caller commits."""
    templates = load_templates(templates_dir)
    report = DraftingReport()
    window = timedelta(days=settings.drafting.repeat_window_days)
    memory = CustomerMemory(since=now - window if window else None)
    _draft_chunk(
        session,
        mentions,
        settings=settings,
        now=now,
        memory=memory,
        templates=templates,
        report=report,
        book=cached_book(session),
        day_uses={},
        force=True,
    )
    return report


def draft_in_chunks(
    factory: sessionmaker[Session],
    *,
    settings: Settings,
    now: datetime,
    templates_dir: str | None = None,
) -> DraftingReport:
    """Draft every new mention, one committed transaction per ``database.batch_size``.

    Each chunk is complete on its own: its authors' profiles recounted, its mentions
    triaged, its drafts and remembered sentences stored, all in one transaction. A crash
    loses nothing (the chunks before it are committed, the rest are still "new"), and no
    transaction holds SQLite's write lock for longer than one chunk, so 9,000 new mentions
    do not starve other writers past their busy timeout. A chunk that meets a busy lock is
    run again from its first read (``store.retry``). A customer is recounted once per pass,
    in the first chunk that holds one of their mentions.
    """
    templates = load_templates(templates_dir)
    size = settings.database.batch_size
    total = DraftingReport()
    refreshed: set[int] = set()
    day_uses: dict[Any, dict[str, datetime]] = {}  # lines used per day, across chunks

    def one_chunk(session: Session) -> tuple[DraftingReport, set[int]]:
        upcoming = (
            select(Mention.identity_id)
            .where(Mention.status == "new")
            .order_by(Mention.created_at, Mention.id)
            .limit(size)
            .subquery()
        )
        customers = set(
            session.scalars(
                select(Identity.customer_id).where(Identity.id.in_(select(upcoming.c.identity_id)))
            )
        )
        fresh = customers - refreshed
        refresh_customers(session, fresh)
        report = draft_new_mentions(
            session,
            settings=settings,
            now=now,
            limit=size,
            templates=templates,
            day_uses=day_uses,
        )
        return report, fresh

    while True:
        report, fresh = run_in_transaction(factory, one_chunk, what="draft")
        refreshed |= fresh
        total.merge(report)
        if report.seen < size:
            return total


def _draft_chunk(
    session: Session,
    mentions: list[Mention],
    *,
    settings: Settings,
    now: datetime,
    memory: CustomerMemory,
    templates: TemplateSet,
    report: DraftingReport,
    book: BrandBook | None,
    day_uses: dict[Any, dict[str, datetime]],
    force: bool = False,
) -> None:
    ids = [m.id for m in mentions]
    has_draft = set(session.scalars(select(Draft.mention_id).where(Draft.mention_id.in_(ids))))
    asked = TriageDecision(reply=True, reason="asked")
    decisions = {m.id: asked if force else triage(m, settings=settings) for m in mentions}
    customer_ids = {
        m.identity.customer_id
        for m in mentions
        if decisions[m.id].reply and m.identity is not None and m.identity.customer_id
    }
    memory.load(session, customer_ids)
    pending: list[tuple[Draft, int | None, Candidate]] = []
    for mention in mentions:
        conversations.group(session, mention, settings=settings)
        decision = decisions[mention.id]
        earlier_reason = mention.triage_reason  # ingest may have said why it is not about us
        mention.triage_reason = decision.reason
        if decision.reason == "not_relevant" and earlier_reason:
            mention.triage_reason = f"not_relevant: {earlier_reason}"[:200]
        if not decision.reply:
            mention.status = "skipped"
            report.skipped[decision.reason] += 1
            continue
        if mention.id in has_draft:
            mention.status = "drafted"
            report.already_drafted += 1
            continue
        identity = mention.identity
        customer = identity.customer if identity is not None else None
        customer_id = customer.id if customer is not None else None
        uses = memory.used_by(customer_id)
        earlier = memory.earlier(customer_id, mention.created_at)
        today = day_uses.setdefault((mention.created_at or now).date(), {})
        try:
            plan = plan_reply(
                mention,
                settings=settings,
                now=now,
                used=uses,
                earlier=earlier,
                templates=templates,
                book=book,
                avoid=today,
                conversation=conversations.earlier_messages(session, mention),
            )
            if plan.human_only:
                _add_human_draft(session, mention, plan, customer, identity, settings, now)
                report.drafted += 1
                continue
            if not plan.candidates:
                raise LookupError(f"no candidate reply from {plan.family}")
        except Exception as exc:  # one bad mention must not stop the queue
            log.exception("drafting mention %s failed", mention.id)
            mention.status = "skipped"
            mention.triage_reason = f"drafting_failed: {type(exc).__name__}"[:200]
            report.failed += 1
            continue
        best, *rest = plan.candidates
        handover = conversations.supersede_pending(session, mention, now=now)
        draft = Draft(
            mention_id=mention.id,
            customer_id=customer_id,
            text=best.text,
            template_key=best.template_key,
            tone=best.tone,
            alternatives=[c.as_alternative() for c in rest],
            lint=list(best.lint),
            manager_note=plan.manager_note,
            priority=max(
                priority(mention, customer, identity, settings=settings), handover.priority
            ),
            assigned_to=handover.assigned_to,
            status="pending",
            created_at=now,
            updated_at=now,
        )
        session.add(draft)
        mention.status = "drafted"
        report.drafted += 1
        for key, _sentence in best.keys:
            today[key] = now
        if customer_id is not None:
            for key, _sentence in best.keys:
                uses[key] = now
            pending.append((draft, customer_id, best))
    session.flush()
    rows = [
        {
            "customer_id": customer_id,
            "sentence_key": key,
            "sentence": sentence,
            "draft_id": draft.id,
            "used_at": now,
        }
        for draft, customer_id, best in pending
        for key, sentence in dict(best.keys).items()
    ]
    if rows:
        session.execute(insert(SentenceUse), rows)
