"""The brand book page: admins read, edit and restore the book drafts are grounded in.

The book lives in the database (responders/brandbook/storage.py); this page edits it as the
same TOML text `brand import` reads, so one validator and one set of line-numbered messages
serve the file and the form. A rejected edit shows every problem next to the text as it was
typed, and nothing is saved; a saved edit is a new version with its audit event. Reviewers
and viewers may read the book (it is what their drafts say), only admins change it.
"""

from __future__ import annotations

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import HTMLResponse, Response
from sqlalchemy import select
from sqlalchemy.orm import Session

from responders.brandbook.storage import export_book, latest_version, restore_version, save_book
from responders.brandbook.validate import BookError, parse_book
from responders.web.deps import Principal, admin, db, viewer
from responders.web.render import page, redirect
from store.models import BrandBookVersion

router = APIRouter(include_in_schema=False)
HISTORY = 20
MAX_BOOK_CHARS = 500_000
"""A brand book is a few kilobytes; half a megabyte of form text is a mistake or an attack."""


def _history(session: Session) -> list[BrandBookVersion]:
    query = select(BrandBookVersion).order_by(BrandBookVersion.version.desc()).limit(HISTORY)
    return list(session.scalars(query))


def _render(
    request: Request,
    session: Session,
    principal: Principal,
    *,
    text: str | None = None,
    problems: list[str] | None = None,
    status: int = 200,
) -> HTMLResponse:
    current = latest_version(session)
    return page(
        request,
        "brand.html",
        {
            "text": text if text is not None else (export_book(session) or ""),
            "current": current,
            "history": _history(session),
            "problems": problems or [],
            "can_edit": principal.role == "admin",
        },
        status=status,
    )


@router.get("/admin/brand", response_class=HTMLResponse)
def brand_page(
    request: Request,
    principal: Principal = Depends(viewer),
    session: Session = Depends(db),
) -> HTMLResponse:
    return _render(request, session, principal)


@router.post("/admin/brand")
def save_brand(
    request: Request,
    book: str = Form(""),
    principal: Principal = Depends(admin),
    session: Session = Depends(db),
) -> Response:
    if len(book) > MAX_BOOK_CHARS:
        problems = [f"the book is {len(book):,} characters; at most {MAX_BOOK_CHARS:,}"]
        return _render(request, session, principal, text="", problems=problems, status=422)
    try:
        parsed = parse_book(book, source="brand book")
    except BookError as exc:
        problems = [str(problem) for problem in exc.problems]
        return _render(request, session, principal, text=book, problems=problems, status=422)
    result = save_book(session, parsed, actor=principal.username, action="brand_book.edit")
    session.commit()
    if not result.changed:
        return redirect("/admin/brand", flash=f"No change: version {result.version} stays.")
    sections = ", ".join(result.changed_sections) or "no section"
    return redirect("/admin/brand", flash=f"Saved version {result.version} ({sections} changed).")


@router.post("/admin/brand/restore/{version}")
def restore_brand(
    version: int,
    principal: Principal = Depends(admin),
    session: Session = Depends(db),
) -> Response:
    result = restore_version(session, version, actor=principal.username)
    session.commit()
    return redirect("/admin/brand", flash=f"Version {version} restored as {result.version}.")
