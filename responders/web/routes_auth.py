"""Sign in, sign out, the health check and the person's own account (password, API token)."""

from __future__ import annotations

import secrets

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response
from sqlalchemy import text
from sqlalchemy.orm import Session

from config.errors import InputError
from responders.web import accounts, security
from responders.web.deps import Principal, db, local_path, viewer
from responders.web.render import page, redirect
from store import audit
from store.models import utcnow

router = APIRouter(include_in_schema=False)


def secure_cookies(request: Request) -> bool:
    """Cookies are Secure when the UI is served over https (directly or behind a proxy)."""
    base = request.app.state.settings.web.base_url
    return request.url.scheme == "https" or base.startswith("https://")


def client_address(request: Request) -> str:
    return request.client.host if request.client else "unknown"


@router.get("/healthz")
def healthz(session: Session = Depends(db)) -> JSONResponse:
    """For load balancers and monitors: the process answers and the database too."""
    session.execute(text("SELECT 1"))
    return JSONResponse({"status": "ok"})


def _login_page(
    request: Request, *, next_path: str, error: str | None = None, status: int = 200
) -> HTMLResponse:
    cookie = secrets.token_urlsafe(24)
    response = page(
        request,
        "login.html",
        {
            "login_token": security.login_form_token(cookie),
            "next": next_path,
            "error": error,
            "username": request.query_params.get("username", ""),
        },
        status=status,
    )
    response.set_cookie(
        security.LOGIN_COOKIE,
        cookie,
        max_age=3600,
        httponly=True,
        samesite="lax",
        secure=secure_cookies(request),
        path="/login",
    )
    return response


@router.get("/login", response_class=HTMLResponse)
def login_form(request: Request, session: Session = Depends(db)) -> Response:
    next_path = local_path(request.query_params.get("next"))
    cookie = request.cookies.get(security.SESSION_COOKIE)
    if cookie and security.find_session(session, cookie, now=utcnow()):
        return redirect(next_path)
    return _login_page(request, next_path=next_path)


@router.post("/login", response_class=HTMLResponse)
def login(
    request: Request,
    username: str = Form(""),
    password: str = Form(""),
    next: str = Form("/queue"),
    login_token: str = Form(""),
    session: Session = Depends(db),
) -> Response:
    settings = request.app.state.settings
    next_path = local_path(next)
    if not security.login_form_ok(request.cookies.get(security.LOGIN_COOKIE), login_token):
        return _login_page(
            request,
            next_path=next_path,
            error="The sign-in form had expired. Please try again.",
            status=403,
        )
    now = utcnow()
    address = client_address(request)
    username = username.strip()[:100]
    lockout = security.locked(session, username, address, now=now)
    if lockout is not None:
        return _login_page(
            request,
            next_path=next_path,
            error=f"Too many failed sign-ins. Try again in {lockout.minutes(now)} minutes.",
            status=429,
        )
    verified = accounts.verify_login(session, username, password)
    if not verified.ok or verified.user is None:
        started = security.record_failure(session, username, address, now=now, web=settings.web)
        audit.record(
            session,
            actor=username or "-",
            action="user.login_failed",
            subject=f"user:{verified.user.id}" if verified.user else "user:unknown",
            after={"address": address, "locked": started is not None},
        )
        session.commit()
        if started is not None:
            message = f"Too many failed sign-ins. Try again in {started.minutes(now)} minutes."
            return _login_page(request, next_path=next_path, error=message, status=429)
        return _login_page(
            request, next_path=next_path, error="Wrong username or password.", status=401
        )
    user = verified.user
    security.record_success(session, username)
    token = security.start_session(session, user, now=now, hours=settings.web.session_hours)
    user.last_login_at = now
    audit.record(
        session,
        actor=user.username,
        action="user.login",
        subject=f"user:{user.id}",
        after={"address": address},
    )
    session.commit()
    response = redirect(next_path)
    response.set_cookie(
        security.SESSION_COOKIE,
        token,
        max_age=settings.web.session_hours * 3600,
        httponly=True,
        samesite="lax",
        secure=secure_cookies(request),
        path="/",
    )
    response.delete_cookie(security.LOGIN_COOKIE, path="/login")
    return response


@router.post("/logout")
def logout(
    request: Request,
    principal: Principal = Depends(viewer),
    session: Session = Depends(db),
) -> Response:
    cookie = request.cookies.get(security.SESSION_COOKIE)
    if cookie:
        security.end_session(session, cookie)
    audit.record(
        session, actor=principal.username, action="user.logout", subject=f"user:{principal.user_id}"
    )
    session.commit()
    response = redirect("/login", flash="You are signed out.")
    response.delete_cookie(security.SESSION_COOKIE, path="/")
    return response


# --- own account ---------------------------------------------------------------------------


@router.get("/account", response_class=HTMLResponse)
def account(
    request: Request,
    principal: Principal = Depends(viewer),
    session: Session = Depends(db),
) -> HTMLResponse:
    user = accounts.get_user(session, principal.user_id)
    return page(request, "account.html", {"user": user, "new_token": None})


@router.post("/account/token", response_class=HTMLResponse)
def new_token(
    request: Request,
    principal: Principal = Depends(viewer),
    session: Session = Depends(db),
) -> HTMLResponse:
    user = accounts.get_user(session, principal.user_id)
    token = accounts.issue_token(session, user, actor=principal.username)
    session.commit()
    response = page(request, "account.html", {"user": user, "new_token": token})
    response.headers["Cache-Control"] = "no-store"
    return response


@router.post("/account/token/revoke")
def revoke(
    principal: Principal = Depends(viewer),
    session: Session = Depends(db),
) -> Response:
    user = accounts.get_user(session, principal.user_id)
    accounts.revoke_token(session, user, actor=principal.username)
    session.commit()
    return redirect("/account", flash="API token revoked.")


@router.post("/account/password")
def change_password(
    request: Request,
    current: str = Form(""),
    new: str = Form(""),
    principal: Principal = Depends(viewer),
    session: Session = Depends(db),
) -> Response:
    user = accounts.get_user(session, principal.user_id)
    # Guessing the current password through this form counts against the same lockout as the
    # sign-in form: a stolen session must not be a way to brute-force the password.
    now = utcnow()
    address = client_address(request)
    lockout = security.locked(session, user.username, address, now=now)
    if lockout is not None:
        return redirect(
            "/account",
            flash=f"Too many wrong passwords. Try again in {lockout.minutes(now)} minutes.",
            kind="error",
        )
    if not accounts.verify_login(session, user.username, current).ok:
        settings = request.app.state.settings
        security.record_failure(session, user.username, address, now=now, web=settings.web)
        session.commit()
        return redirect("/account", flash="The current password is not right.", kind="error")
    try:
        accounts.set_password(session, user, new, actor=principal.username)
    except InputError as exc:
        return redirect("/account", flash=str(exc), kind="error")
    session.commit()
    response = redirect("/login", flash="Password changed. Please sign in again.")
    response.delete_cookie(security.SESSION_COOKIE, path="/")
    return response
