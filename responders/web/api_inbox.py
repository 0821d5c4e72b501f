"""The JSON API of the inbox and the review flow: mentions (search, keyset pages), one
conversation, undo of an approval, presence on a draft, notes. Same auth, CSRF and audit
as ``api.py``; every numeric parameter is bounded (1 … 2**63-1)."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Path, Query, Request
from pydantic import BaseModel, Field
from sqlalchemy.orm import Session

from responders import inbox, queue, review
from responders.web import actions, views
from responders.web.deps import NotFound, Principal, db, reviewer, viewer

router = APIRouter(prefix="/api", tags=["api"])
BIG = 2**63 - 1
RowId = Annotated[int, Path(ge=1, le=BIG)]

Status = Literal["waiting", "handled", "skipped", "irrelevant", "new"]
Intent = Literal["complaint", "question", "praise", "suggestion", "other"]


class NoteBody(BaseModel):
    text: str = Field(min_length=1, max_length=4000)


@router.get("/mentions")
def mentions(
    q: str = Query("", max_length=200, description="words that must all appear"),
    intent: Intent | None = None,
    status: Status | None = None,
    tag: str | None = Query(None, max_length=60),
    platform: Literal["twitter", "reddit"] | None = None,
    sentiment: Literal["positive", "negative", "neutral"] | None = None,
    customer: int | None = Query(None, ge=1, le=BIG),
    before: int | None = Query(None, ge=1, le=BIG, description="next_before of the last page"),
    limit: int = Query(50, ge=1, le=200),
    principal: Principal = Depends(viewer),
    session: Session = Depends(db),
) -> dict[str, Any]:
    """Stored mentions, newest first, keyset-paged by id; ``q`` is a full-text search."""
    f = inbox.InboxFilter(
        q=q,
        intent=intent,
        status=status,
        tag=tag.casefold().strip() if tag else None,
        platform=platform,
        sentiment=sentiment,
        customer=customer,
        before=before,
    )
    data = inbox.page(session, f, limit=limit, count=False)
    return {
        "items": [inbox.mention_json(row) for row in data.rows],
        "next_before": data.next_before,
    }


@router.get("/conversations/{conversation_id}")
def conversation(
    conversation_id: RowId,
    principal: Principal = Depends(viewer),
    session: Session = Depends(db),
) -> dict[str, Any]:
    """One conversation: its state, every message from both sides (oldest first), notes."""
    found = review.conversation_view(session, conversation_id)
    if found is None:
        raise NotFound(f"no conversation with id {conversation_id}")
    return review.conversation_json(found)


@router.post("/drafts/{draft_id}/undo")
def undo(
    request: Request,
    draft_id: RowId,
    principal: Principal = Depends(reviewer),
    session: Session = Depends(db),
) -> dict[str, Any]:
    """Take an approval back within ``publishing.undo_seconds``; 409 after the window."""
    actions.existing(session, draft_id)
    queue.undo_approval(session, draft_id, actor=principal.username)
    session.commit()
    draft = queue.get_draft(session, draft_id)
    return views.draft_json(draft, settings=request.app.state.settings)


@router.post("/drafts/{draft_id}/presence")
def presence(
    draft_id: RowId,
    principal: Principal = Depends(viewer),
    session: Session = Depends(db),
) -> dict[str, Any]:
    """A heartbeat from an open draft page; answers who else has it open."""
    actions.existing(session, draft_id)
    others = review.touch_presence(session, draft_id, principal.username)
    session.commit()
    return {"draft_id": draft_id, "others": others}


@router.post("/conversations/{conversation_id}/notes", status_code=201)
def add_note(
    body: NoteBody,
    conversation_id: RowId,
    principal: Principal = Depends(reviewer),
    session: Session = Depends(db),
) -> dict[str, Any]:
    """An internal note on a conversation (the team's only; never part of a reply)."""
    note = review.add_note(session, conversation_id, body.text, actor=principal.username)
    session.commit()
    return {"id": note.id, "author": note.author, "text": note.text}
