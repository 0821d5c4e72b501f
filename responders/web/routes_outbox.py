"""The outbox page: notifications that failed for good, why, and a button to send again.

The banner on every page (``render.page``) counts these messages for reviewers and admins
and links here, so a digest or alert that never arrived is seen by a person, not only
logged. Retrying is an admin's action (it is ``run_bot.py outbox retry ID`` in the UI) and
is audited.
"""

from __future__ import annotations

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, Response
from sqlalchemy.orm import Session

from config.errors import InputError
from responders.notify.outbox import list_messages, retry
from responders.web.bounds import RowId
from responders.web.deps import Principal, admin, db, reviewer
from responders.web.render import page, redirect
from store import audit
from store.models import utcnow

router = APIRouter()


@router.get("/outbox", response_class=HTMLResponse)
def outbox_page(
    request: Request,
    principal: Principal = Depends(reviewer),
    session: Session = Depends(db),
) -> HTMLResponse:
    """The failed messages, newest first (at most 200)."""
    messages = list_messages(session, status="failed", limit=200)
    return page(request, "outbox.html", {"messages": messages})


@router.post("/outbox/{message_id}/retry")
def outbox_retry(
    request: Request,
    message_id: RowId,
    principal: Principal = Depends(admin),
    session: Session = Depends(db),
) -> Response:
    """Make a failed message due now, with a fresh count of attempts."""
    try:
        message = retry(session, message_id, now=utcnow())
    except InputError as exc:
        return redirect("/outbox", flash=str(exc), kind="error")
    audit.record(
        session,
        actor=principal.username,
        action="outbox.retry",
        subject=f"outbox:{message.id}",
        after={"dedupe_key": message.dedupe_key},
    )
    session.commit()
    request.app.state.cache.pop("failed_notifications", None)
    return redirect("/outbox", flash=f"Message {message.id} will be sent on the next pass.")
