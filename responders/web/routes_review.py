"""Form routes of the review flow that work without JavaScript: undo an approval, add an
internal note to a conversation, resolve a conversation by hand."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Form, Path
from fastapi.responses import Response
from sqlalchemy.orm import Session

from responders import conversations, queue, review
from responders.web import actions
from responders.web.deps import NotFound, Principal, db, local_path, reviewer
from responders.web.render import redirect

router = APIRouter(include_in_schema=False)
RowId = Annotated[int, Path(ge=1, le=2**63 - 1)]


@router.post("/drafts/{draft_id}/undo")
def undo(
    draft_id: RowId,
    principal: Principal = Depends(reviewer),
    session: Session = Depends(db),
) -> Response:
    actions.existing(session, draft_id)
    queue.undo_approval(session, draft_id, actor=principal.username)
    session.commit()
    return redirect(f"/drafts/{draft_id}", flash=f"Approval of draft #{draft_id} undone.")


@router.post("/conversations/{conversation_id}/notes")
def add_note(
    conversation_id: RowId,
    text: str = Form(..., max_length=4000),
    back: str = Form("/queue"),
    principal: Principal = Depends(reviewer),
    session: Session = Depends(db),
) -> Response:
    review.add_note(session, conversation_id, text, actor=principal.username)
    session.commit()
    return redirect(local_path(back), flash="Note added.")


@router.post("/conversations/{conversation_id}/resolve")
def resolve(
    conversation_id: RowId,
    back: str = Form("/queue"),
    principal: Principal = Depends(reviewer),
    session: Session = Depends(db),
) -> Response:
    try:
        conversations.resolve(session, conversation_id, actor=principal.username)
    except LookupError as exc:
        raise NotFound(str(exc)) from None
    session.commit()
    return redirect(local_path(back), flash=f"Conversation #{conversation_id} resolved.")
