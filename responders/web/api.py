"""The JSON API under ``/api/``: the same actions as the pages, the same rules and audit.

Authenticate with the session cookie (then send the CSRF token of ``GET /api/me`` as
``X-CSRF-Token`` on every POST, PATCH and DELETE) or with a personal API token:
``Authorization: Bearer rpt_…`` (``run_bot.py users token NAME`` or the Account page).
The OpenAPI schema is at ``/api/openapi.json``.
"""

from __future__ import annotations

from typing import Any, Literal

from fastapi import APIRouter, Depends, File, Form, Query, Request, UploadFile
from pydantic import BaseModel, Field
from sqlalchemy import select
from sqlalchemy.orm import Session

from config.errors import InputError
from listener import people
from listener.scoring.labels import relabel
from responders.drafting.redraft import redraft_after_relabel
from responders.review import next_draft_id
from responders.web import accounts, actions, views
from responders.web.bounds import (
    MAX_ID,
    BeforeId,
    Email,
    Handle,
    Label,
    Name,
    Notes,
    Password,
    Reason,
    ReplyText,
    RowId,
    TzOffset,
)
from responders.web.deps import Principal, admin, db, reviewer, viewer
from responders.web.routes_admin import audit_events
from responders.web.routes_customers import MAX_IMPORT_BYTES, parse_mapping, run_import
from store import audit
from store.models import User, utcnow

router = APIRouter(prefix="/api", tags=["api"])

Platform = Literal["twitter", "reddit"]
Sentiment = Literal["positive", "negative", "neutral"]
Intent = Literal["complaint", "question", "praise", "suggestion", "other"]


class TextBody(BaseModel):
    text: ReplyText


class ApproveBody(BaseModel):
    text: ReplyText | None = Field(default=None, description="approve this text")


class RejectBody(BaseModel):
    reason: Reason


class SnoozeBody(BaseModel):
    preset: Literal["1h", "4h", "tomorrow", "week"] | None = None
    until: Label | None = Field(default=None, description="ISO 8601 time; UTC if no zone")
    tz_offset: TzOffset = None


class AssignBody(BaseModel):
    assignee: Handle | None = Field(default=None, description="username, or null for nobody")


class CheckBody(BaseModel):
    platform: Platform
    text: ReplyText


class RelabelBody(BaseModel):
    sentiment: Sentiment | None = None
    intent: Intent | None = None
    is_complaint: bool | None = None


class CustomerPatch(BaseModel):
    name: Name | None = None
    preferred_name: Handle | None = None
    email: Email | None = None
    likes: list[Name] | None = Field(default=None, max_length=100)
    dislikes: list[Name] | None = Field(default=None, max_length=100)
    tags: list[Label] | None = Field(default=None, max_length=100)
    notes: Notes | None = None
    tier: Label | None = None
    do_not_contact: bool | None = None


class MergeBody(BaseModel):
    other_id: int = Field(ge=1, le=MAX_ID, description="the profile merged into this one")


class NewUser(BaseModel):
    username: Handle
    role: Literal["viewer", "reviewer", "admin"] = "reviewer"
    password: Password


@router.get("/me")
def me(
    principal: Principal = Depends(viewer),
) -> dict[str, Any]:
    """Who you are; with a session, the CSRF token to send as ``X-CSRF-Token``."""
    return {
        "username": principal.username,
        "role": principal.role,
        "via": principal.via,
        "csrf_token": principal.csrf,
    }


@router.get("/queue")
def queue_list(
    request: Request,
    platform: Platform | None = None,
    intent: Intent | None = None,
    sentiment: Sentiment | None = None,
    tier: str | None = Query(None, max_length=40),
    mine: bool = False,
    after: str | None = Query(None, max_length=41, description="next_after of the previous page"),
    limit: int = Query(50, ge=1, le=200),
    principal: Principal = Depends(viewer),
    session: Session = Depends(db),
) -> dict[str, Any]:
    """Pending drafts (and snoozes that ran out), highest priority first, keyset-paged."""
    params = views.QueueParams(
        platform=platform,
        intent=intent,
        sentiment=sentiment,
        tier=tier,
        mine=mine,
        after=views.parse_key(after),
    )
    data = views.queue_page(session, principal, params, size=limit, now=utcnow())
    settings = request.app.state.settings
    return {
        "items": [views.draft_json(d, settings=settings) for d in data.drafts],
        "next_after": data.next_after,
        "total_pending": data.total,
    }


def _draft_out(session: Session, draft_id: int, request: Request) -> dict[str, Any]:
    settings = request.app.state.settings
    view = views.draft_view(session, draft_id, settings=settings)
    record = views.draft_json(view.draft, settings=settings)
    record["customer"] = views.customer_json(view.customer) if view.customer else None
    record["history"] = views.history_json(view.history)
    return record


@router.get("/drafts/{draft_id}")
def draft_detail(
    request: Request,
    draft_id: RowId,
    principal: Principal = Depends(viewer),
    session: Session = Depends(db),
) -> dict[str, Any]:
    """One draft with its mention, alternatives, lint, customer and their history."""
    return _draft_out(session, draft_id, request)


@router.post("/drafts/{draft_id}/edit")
def draft_edit(
    request: Request,
    draft_id: RowId,
    body: TextBody,
    principal: Principal = Depends(reviewer),
    session: Session = Depends(db),
) -> dict[str, Any]:
    actions.edit(
        session, draft_id, body.text, actor=principal.username, settings=request.app.state.settings
    )
    session.commit()
    return _draft_out(session, draft_id, request)


@router.post("/drafts/{draft_id}/approve")
def draft_approve(
    request: Request,
    draft_id: RowId,
    body: ApproveBody | None = None,
    principal: Principal = Depends(reviewer),
    session: Session = Depends(db),
) -> dict[str, Any]:
    """Move the draft to ``approved``; the publisher posts it exactly once, not before
    ``undo_until`` (``POST /api/drafts/{id}/undo`` takes it back until then).
    ``next_draft_id`` is the item to review next (approve-and-next)."""
    actions.approve(
        session,
        draft_id,
        actor=principal.username,
        settings=request.app.state.settings,
        text=body.text if body else None,
    )
    session.commit()
    record = _draft_out(session, draft_id, request)
    record["next_draft_id"] = next_draft_id(session, after=draft_id)
    return record


@router.post("/drafts/{draft_id}/reject")
def draft_reject(
    request: Request,
    draft_id: RowId,
    body: RejectBody,
    principal: Principal = Depends(reviewer),
    session: Session = Depends(db),
) -> dict[str, Any]:
    actions.reject(session, draft_id, body.reason, actor=principal.username)
    session.commit()
    return _draft_out(session, draft_id, request)


@router.post("/drafts/{draft_id}/snooze")
def draft_snooze(
    request: Request,
    draft_id: RowId,
    body: SnoozeBody,
    principal: Principal = Depends(reviewer),
    session: Session = Depends(db),
) -> dict[str, Any]:
    when = actions.snooze_until(
        preset=body.preset, until=body.until, tz_offset_minutes=body.tz_offset
    )
    actions.snooze(session, draft_id, when, actor=principal.username)
    session.commit()
    return _draft_out(session, draft_id, request)


@router.post("/drafts/{draft_id}/assign")
def draft_assign(
    request: Request,
    draft_id: RowId,
    body: AssignBody,
    principal: Principal = Depends(reviewer),
    session: Session = Depends(db),
) -> dict[str, Any]:
    actions.assign(
        session,
        draft_id,
        body.assignee,
        actor=principal.username,
        settings=request.app.state.settings,
    )
    session.commit()
    return _draft_out(session, draft_id, request)


@router.post("/check")
def check(
    request: Request,
    body: CheckBody,
    principal: Principal = Depends(viewer),
) -> dict[str, Any]:
    """The platform's length count and the hype lint for a text (changes nothing)."""
    return views.check_text(body.platform, body.text, settings=request.app.state.settings)


@router.post("/mentions/{mention_id}/relabel")
def mention_relabel(
    mention_id: RowId,
    body: RelabelBody,
    request: Request,
    principal: Principal = Depends(reviewer),
    session: Session = Depends(db),
) -> dict[str, Any]:
    """A person's correction of sentiment or intent (``manual_label``); it wins over the model.

    The mention is triaged again and its pending draft rewritten at once (``draft``).
    """
    mention = relabel(
        session,
        mention_id,
        actor=principal.username,
        label=body.sentiment,
        intent=body.intent,
        is_complaint=body.is_complaint,
    )
    outcome = redraft_after_relabel(
        session,
        mention,
        settings=request.app.state.settings,
        actor=principal.username,
        now=utcnow(),
    )
    session.commit()
    return {
        "mention_id": mention.id,
        "sentiment": mention.label,
        "intent": mention.intent,
        "is_complaint": mention.is_complaint,
        "manual_label": mention.manual_label,
        "draft": outcome,
    }


@router.get("/customers")
def customer_search(
    q: str = Query("", max_length=100),
    limit: int = Query(50, ge=1, le=200),
    principal: Principal = Depends(viewer),
    session: Session = Depends(db),
) -> dict[str, Any]:
    """Customers whose name, e-mail or handle contains ``q`` (recent ones without ``q``)."""
    found = (
        people.find_customers(session, q.strip(), limit=limit)
        if q.strip()
        else views.recent_customers(session, limit=limit)
    )
    return {"items": [views.customer_json(c) for c in found]}


def _customer_out(session: Session, customer_id: int) -> dict[str, Any]:
    view = views.customer_view(session, customer_id)
    record = views.customer_json(view.customer)
    record["history"] = views.history_json(view.history)
    record["merges"] = [
        {
            "id": m.id,
            "survivor_id": m.survivor_id,
            "merged_id": m.merged_id,
            "actor": m.actor,
            "merged_at": m.merged_at.isoformat(),
            "undone_at": m.undone_at.isoformat() if m.undone_at else None,
        }
        for m in view.merges
    ]
    return record


@router.get("/customers/{customer_id}")
def customer_detail(
    customer_id: RowId,
    principal: Principal = Depends(viewer),
    session: Session = Depends(db),
) -> dict[str, Any]:
    """The profile, identities, history of mentions and replies, and merges."""
    return _customer_out(session, customer_id)


@router.patch("/customers/{customer_id}")
def customer_update(
    customer_id: RowId,
    body: CustomerPatch,
    principal: Principal = Depends(reviewer),
    session: Session = Depends(db),
) -> dict[str, Any]:
    """Change the fields you send; the change is audited with before and after."""
    changes = body.model_dump(exclude_unset=True)
    people.update_profile(session, customer_id, actor=principal.username, changes=changes)
    session.commit()
    return _customer_out(session, customer_id)


@router.post("/customers/{customer_id}/merge")
def customer_merge(
    customer_id: RowId,
    body: MergeBody,
    principal: Principal = Depends(reviewer),
    session: Session = Depends(db),
) -> dict[str, Any]:
    """Merge ``other_id`` into this customer (reversible with the returned merge id)."""
    record = people.merge(session, customer_id, body.other_id, actor=principal.username)
    session.commit()
    return {"merge_id": record.id, "customer": _customer_out(session, customer_id)}


@router.post("/merges/{merge_id}/unmerge")
def customer_unmerge(
    merge_id: RowId,
    principal: Principal = Depends(reviewer),
    session: Session = Depends(db),
) -> dict[str, Any]:
    record = people.unmerge(session, merge_id, actor=principal.username)
    session.commit()
    return {
        "merge_id": record.id,
        "survivor_id": record.survivor_id,
        "restored_id": record.merged_id,
    }


@router.get("/customers/{customer_id}/export")
def customer_export(
    customer_id: RowId,
    principal: Principal = Depends(admin),
    session: Session = Depends(db),
) -> dict[str, Any]:
    """GDPR export: everything held on the person (audited)."""
    data = people.export_customer(session, customer_id)
    audit.record(
        session,
        actor=principal.username,
        action="customer.export",
        subject=f"customer:{customer_id}",
    )
    session.commit()
    return data


@router.delete("/customers/{customer_id}")
def customer_delete(
    customer_id: RowId,
    principal: Principal = Depends(admin),
    session: Session = Depends(db),
) -> dict[str, Any]:
    """GDPR erasure: removes the person's data, keeps anonymous counts (audited)."""
    report = people.erase_customer(session, customer_id, actor=principal.username)
    session.commit()
    return {"erased": True, **report.__dict__}


@router.post("/customers/import")
async def customer_import(
    file: UploadFile = File(...),
    mapping: str = Form("", description="field=Column pairs, one per line or comma-separated"),
    skip_bad_rows: bool = Form(False),
    principal: Principal = Depends(admin),
    session: Session = Depends(db),
) -> dict[str, Any]:
    """Import a CRM export (CSV); all-or-nothing unless ``skip_bad_rows``."""
    data = await file.read(MAX_IMPORT_BYTES + 1)
    report = run_import(
        session,
        data,
        filename=file.filename or "upload.csv",
        mapping=parse_mapping(mapping),
        skip_bad_rows=skip_bad_rows,
        actor=principal.username,
    )
    if not report.imported:
        session.rollback()
        raise InputError(
            report.summary() + ": " + "; ".join(f"line {n}: {r}" for n, r in report.errors[:20])
        )
    session.commit()
    return {
        "created": report.created,
        "updated": report.updated,
        "unchanged": report.unchanged,
        "skipped": report.skipped,
        "errors": [{"line": n, "reason": r} for n, r in report.errors],
    }


@router.get("/audit")
def audit_list(
    action: str | None = Query(None, max_length=60),
    actor: str | None = Query(None, max_length=100),
    subject: str | None = Query(None, max_length=100),
    before: BeforeId = None,
    limit: int = Query(100, ge=1, le=500),
    principal: Principal = Depends(admin),
    session: Session = Depends(db),
) -> dict[str, Any]:
    """Audit events, newest first; ``before`` is ``next_before`` of the previous page."""
    events, more = audit_events(
        session, action=action, actor=actor, subject=subject, before_id=before, limit=limit
    )
    return {
        "items": [
            {
                "id": e.id,
                "at": e.at.isoformat(),
                "actor": e.actor,
                "action": e.action,
                "subject": e.subject,
                "before": e.before,
                "after": e.after,
            }
            for e in events
        ],
        "next_before": more,
    }


@router.get("/users")
def users_list(
    principal: Principal = Depends(admin),
    session: Session = Depends(db),
) -> dict[str, Any]:
    users = session.scalars(select(User).order_by(User.username))
    return {
        "items": [
            {
                "id": u.id,
                "username": u.username,
                "role": u.role,
                "disabled": u.disabled,
                "has_api_token": u.api_token_hash is not None,
                "last_login_at": u.last_login_at.isoformat() if u.last_login_at else None,
            }
            for u in users
        ]
    }


@router.post("/users", status_code=201)
def users_add(
    body: NewUser,
    principal: Principal = Depends(admin),
    session: Session = Depends(db),
) -> dict[str, Any]:
    user = accounts.add_user(
        session, body.username, role=body.role, password=body.password, actor=principal.username
    )
    session.commit()
    return {"id": user.id, "username": user.username, "role": user.role}
