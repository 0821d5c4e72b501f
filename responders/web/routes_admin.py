"""Admin pages: the audit log, users and the effective settings (read-only)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import HTMLResponse, Response
from sqlalchemy import select
from sqlalchemy.orm import Session

from responders.web import accounts
from responders.web.bounds import RowId, id_or_none
from responders.web.deps import Principal, admin, db
from responders.web.render import page, redirect
from store.models import AuditEvent, User

router = APIRouter(include_in_schema=False)
AUDIT_PAGE = 100


def audit_events(
    session: Session,
    *,
    action: str | None = None,
    actor: str | None = None,
    subject: str | None = None,
    before_id: int | None = None,
    limit: int = AUDIT_PAGE,
) -> tuple[list[AuditEvent], int | None]:
    """Newest first, keyset-paged by id; ``action`` matches a prefix ("draft." or
    "draft.approve"). Returns the events and the ``before`` of the next page."""
    stmt = select(AuditEvent).order_by(AuditEvent.id.desc()).limit(limit + 1)
    if action:
        stmt = stmt.where(AuditEvent.action.startswith(action, autoescape=True))
    if actor:
        stmt = stmt.where(AuditEvent.actor == actor)
    if subject:
        stmt = stmt.where(AuditEvent.subject == subject)
    if before_id:
        stmt = stmt.where(AuditEvent.id < before_id)
    events = list(session.scalars(stmt))
    more = events[limit].id + 1 if len(events) > limit else None
    return events[:limit], more


@router.get("/audit", response_class=HTMLResponse)
def audit_page(
    request: Request,
    principal: Principal = Depends(admin),
    session: Session = Depends(db),
) -> HTMLResponse:
    q = request.query_params
    filters = {
        "action": (q.get("action") or "").strip()[:60] or None,
        "actor": (q.get("actor") or "").strip()[:100] or None,
        "subject": (q.get("subject") or "").strip()[:100] or None,
    }
    events, more = audit_events(session, before_id=id_or_none(q.get("before")), **filters)
    return page(
        request,
        "audit.html",
        {"events": events, "more": more, "filters": {k: v or "" for k, v in filters.items()}},
    )


@router.get("/admin/users", response_class=HTMLResponse)
def users_page(
    request: Request,
    principal: Principal = Depends(admin),
    session: Session = Depends(db),
) -> HTMLResponse:
    users = list(session.scalars(select(User).order_by(User.username)))
    return page(request, "users.html", {"users": users, "roles": accounts.ROLES})


@router.post("/admin/users")
def add_user(
    username: str = Form(""),
    role: str = Form("reviewer"),
    password: str = Form(""),
    principal: Principal = Depends(admin),
    session: Session = Depends(db),
) -> Response:
    user = accounts.add_user(
        session, username, role=role, password=password, actor=principal.username
    )
    session.commit()
    return redirect("/admin/users", flash=f"Added {user.username} ({user.role}).")


@router.post("/admin/users/{user_id}")
def update_user(
    user_id: RowId,
    role: str = Form(""),
    disabled: str = Form(""),
    password: str = Form(""),
    principal: Principal = Depends(admin),
    session: Session = Depends(db),
) -> Response:
    user = accounts.get_user(session, user_id)
    accounts.update_user(
        session,
        user,
        actor=principal.username,
        role=role or None,
        disabled={"yes": True, "no": False}.get(disabled),
    )
    if password:
        accounts.set_password(session, user, password, actor=principal.username)
    session.commit()
    return redirect("/admin/users", flash=f"Saved {user.username}.")


ENV_NOTE = "secrets come only from the environment (see .env.example)"


def settings_rows(settings: Any) -> list[tuple[str, str]]:
    """Every effective setting as (key, JSON value), for the read-only settings page."""
    import json

    from store.db import redact_url

    rows: list[tuple[str, str]] = []

    def walk(prefix: str, value: Any) -> None:
        if (
            isinstance(value, dict)
            and prefix.count(".") < 2
            and not prefix.endswith(("lexicon", "handles", "communities"))
        ):
            for key, inner in value.items():
                walk(f"{prefix}.{key}" if prefix else key, inner)
        else:
            rows.append((prefix, json.dumps(value, ensure_ascii=False)))

    walk("", settings.model_dump())
    # A password may sit in the database URL (set from the environment); never show it.
    return [
        (k, json.dumps(redact_url(json.loads(v))) if k == "database.url" else v) for k, v in rows
    ]


@router.get("/admin/settings", response_class=HTMLResponse)
def settings_page(
    request: Request,
    principal: Principal = Depends(admin),
) -> HTMLResponse:
    rows = settings_rows(request.app.state.settings)
    return page(request, "settings.html", {"rows": rows, "secret_note": ENV_NOTE})
