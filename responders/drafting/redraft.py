"""After a person corrects a mention's labels: triage it again and redraft its pending reply.

Why at once: a draft written for "praise" is wrong for what a person just marked a complaint
(it thanks someone who is upset), and the reviewer is looking at it now. Only a draft still
waiting for a decision is touched; an approved, rejected or sent one is history. A mention
has one draft row, so the pending draft is rewritten in place (text, alternatives, template,
tone, note, priority) and the old text goes into the audit event ``draft.redrafted``; when
the new triage says "no reply" the draft is rejected (``draft.superseded``). A mention with
no draft yet is triaged again and drafted if it now deserves a reply.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from config.settings import Settings
from responders.drafting.job import DraftingReport, _draft_chunk
from responders.drafting.memory import CustomerMemory
from responders.drafting.replies import plan_reply
from responders.drafting.templates import load_templates
from responders.drafting.triage import priority, triage
from store import audit
from store.models import Draft, Mention, SentenceUse


def redraft_after_relabel(
    session: Session, mention: Mention, *, settings: Settings, actor: str, now: datetime
) -> str:
    """Re-triage ``mention`` and redraft its pending draft; returns what happened.

    "redrafted", "superseded" (pending draft rejected: no reply due now), "drafted" (a first
    draft), "skipped" (still no reply due) or "kept" (the draft was already decided).
    """
    draft = session.scalar(select(Draft).where(Draft.mention_id == mention.id))
    if draft is not None and draft.status != "pending":
        return "kept"
    window = timedelta(days=settings.drafting.repeat_window_days)
    memory = CustomerMemory(since=now - window if window else None)
    templates = load_templates()
    if draft is None:
        mention.status = "new"
        report = DraftingReport()
        _draft_chunk(
            session,
            [mention],
            settings=settings,
            now=now,
            memory=memory,
            templates=templates,
            report=report,
        )
        return "drafted" if report.drafted else "skipped"
    decision = triage(mention, settings=settings)
    mention.triage_reason = decision.reason
    before = {"text": draft.text, "template_key": draft.template_key, "tone": draft.tone}
    subject = f"draft:{draft.id}"
    if not decision.reply:
        draft.status = "rejected"
        draft.updated_at = now
        mention.status = "skipped"
        audit.record(
            session,
            actor=actor,
            action="draft.superseded",
            subject=subject,
            before=before,
            after={"status": "rejected", "reason": f"relabelled: {decision.reason}"},
        )
        return "superseded"
    identity = mention.identity
    customer = identity.customer if identity is not None else None
    customer_id = customer.id if customer is not None else None
    # this draft's own sentences must not count as "already said" to this customer
    session.execute(delete(SentenceUse).where(SentenceUse.draft_id == draft.id))
    memory.load(session, {customer_id} if customer_id else set())
    plan = plan_reply(
        mention,
        settings=settings,
        now=now,
        used=memory.used_by(customer_id),
        earlier=memory.earlier(customer_id, mention.created_at),
        templates=templates,
    )
    if not plan.candidates:
        return "kept"
    best, *rest = plan.candidates
    draft.text = best.text
    draft.template_key = best.template_key
    draft.tone = best.tone
    draft.alternatives = [c.as_alternative() for c in rest]
    draft.lint = list(best.lint)
    draft.manager_note = plan.manager_note
    draft.priority = priority(mention, customer, identity, settings=settings)
    draft.updated_at = now
    if customer_id is not None:
        for key, sentence in dict(best.keys).items():
            session.add(
                SentenceUse(
                    customer_id=customer_id,
                    sentence_key=key,
                    sentence=sentence,
                    draft_id=draft.id,
                    used_at=now,
                )
            )
    audit.record(
        session,
        actor=actor,
        action="draft.redrafted",
        subject=subject,
        before=before,
        after={"text": draft.text, "template_key": draft.template_key, "tone": draft.tone},
    )
    return "redrafted"
