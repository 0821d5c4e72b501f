"""Customers: search, view, edit, merge and unmerge, GDPR export and erasure, CSV import."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Any

from fastapi import APIRouter, Depends, File, Form, Request, UploadFile
from fastapi.responses import HTMLResponse, Response
from sqlalchemy.orm import Session

from config.errors import InputError
from listener import people
from listener.people.crm_import import FIELDS, import_customers
from responders.web import views
from responders.web.bounds import MAX_ID, RowId
from responders.web.deps import Principal, admin, db, local_path, reviewer, viewer
from responders.web.render import page, redirect
from store import audit

router = APIRouter(include_in_schema=False)
MAX_IMPORT_BYTES = 20 * 1024 * 1024


@router.get("/customers", response_class=HTMLResponse)
def customers(
    request: Request,
    principal: Principal = Depends(viewer),
    session: Session = Depends(db),
) -> HTMLResponse:
    query = (request.query_params.get("q") or "").strip()[:100]
    found = (
        people.find_customers(session, query, limit=50)
        if query
        else views.recent_customers(session)
    )
    return page(request, "customers.html", {"found": found, "query": query})


@router.get("/customers/import", response_class=HTMLResponse)
def import_form(
    request: Request,
    principal: Principal = Depends(admin),
) -> HTMLResponse:
    return page(request, "customers_import.html", {"report": None, "fields": FIELDS})


def parse_mapping(text: str) -> dict[str, str]:
    """``field=Column`` lines (or comma-separated) → mapping for ``import_customers``."""
    mapping: dict[str, str] = {}
    for part in text.replace(",", "\n").splitlines():
        if not part.strip():
            continue
        if "=" not in part:
            raise InputError(f"a column mapping is field=Column, got {part.strip()!r}")
        key, value = part.split("=", 1)
        mapping[key.strip()] = value.strip()
    return mapping


def run_import(
    session: Session,
    data: bytes,
    *,
    filename: str,
    mapping: dict[str, str],
    skip_bad_rows: bool,
    actor: str,
) -> Any:
    """Import an uploaded CSV in the caller's transaction (all-or-nothing unless skipping)."""
    if len(data) > MAX_IMPORT_BYTES:
        raise InputError("the file is larger than 20 MB; import it with run_bot.py instead")
    safe_name = Path(filename or "upload.csv").name[:100] or "upload.csv"
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / safe_name
        path.write_bytes(data)
        return import_customers(
            session, path, mapping=mapping, skip_bad_rows=skip_bad_rows, actor=actor
        )


@router.post("/customers/import", response_class=HTMLResponse)
async def import_upload(
    request: Request,
    file: UploadFile = File(...),
    mapping: str = Form(""),
    skip_bad_rows: bool = Form(False),
    principal: Principal = Depends(admin),
    session: Session = Depends(db),
) -> HTMLResponse:
    data = await file.read(MAX_IMPORT_BYTES + 1)
    context: dict[str, Any] = {"fields": FIELDS, "mapping": mapping}
    try:
        report = run_import(
            session,
            data,
            filename=file.filename or "upload.csv",
            mapping=parse_mapping(mapping),
            skip_bad_rows=skip_bad_rows,
            actor=principal.username,
        )
    except InputError as exc:
        session.rollback()
        return page(
            request,
            "customers_import.html",
            {**context, "report": None, "error": str(exc)},
            status=400,
        )
    if report.imported:
        session.commit()
    else:
        session.rollback()
    return page(
        request,
        "customers_import.html",
        {**context, "report": report},
        status=200 if report.imported else 400,
    )


@router.get("/customers/{customer_id}", response_class=HTMLResponse)
def customer(
    request: Request,
    customer_id: RowId,
    principal: Principal = Depends(viewer),
    session: Session = Depends(db),
) -> HTMLResponse:
    view = views.customer_view(session, customer_id)
    return page(request, "customer.html", {"c": view})


def form_changes(form: Any) -> dict[str, Any]:
    """The profile fields present in a submitted form (absent fields are left alone)."""
    changes: dict[str, Any] = {}
    for field in people.EDITABLE:
        if field == "do_not_contact":
            if "do_not_contact_shown" in form:
                changes[field] = form.get(field) in ("on", "1", "true", "yes")
        elif field in form:
            value = form.get(field)
            changes[field] = value if isinstance(value, str) else ""
    return changes


@router.post("/customers/{customer_id}/edit")
async def edit_customer(
    request: Request,
    customer_id: RowId,
    principal: Principal = Depends(reviewer),
    session: Session = Depends(db),
) -> Response:
    form = await request.form()
    back = local_path(form.get("back"), f"/customers/{customer_id}")
    people.update_profile(
        session, customer_id, actor=principal.username, changes=form_changes(form)
    )
    session.commit()
    return redirect(back, flash="Profile saved.")


@router.post("/customers/{customer_id}/merge")
def merge(
    customer_id: RowId,
    other_id: int = Form(..., ge=1, le=MAX_ID),
    principal: Principal = Depends(reviewer),
    session: Session = Depends(db),
) -> Response:
    record = people.merge(session, customer_id, other_id, actor=principal.username)
    session.commit()
    return redirect(
        f"/customers/{customer_id}",
        flash=f"Merged customer #{other_id} into this profile (merge #{record.id}; undo below).",
    )


@router.post("/merges/{merge_id}/unmerge")
def unmerge(
    merge_id: RowId,
    principal: Principal = Depends(reviewer),
    session: Session = Depends(db),
) -> Response:
    record = people.unmerge(session, merge_id, actor=principal.username)
    session.commit()
    return redirect(
        f"/customers/{record.survivor_id}",
        flash=f"Undid merge #{merge_id}: customer #{record.merged_id} is separate again.",
    )


def export_response(session: Session, customer_id: int, *, actor: str) -> Response:
    """The GDPR export as a JSON download; the export itself is audited."""
    data = people.export_customer(session, customer_id)
    audit.record(session, actor=actor, action="customer.export", subject=f"customer:{customer_id}")
    session.commit()
    body = json.dumps(data, ensure_ascii=False, indent=2, default=str)
    return Response(
        body,
        media_type="application/json",
        headers={
            "Content-Disposition": f'attachment; filename="customer-{customer_id}.json"',
            "Cache-Control": "no-store",
        },
    )


@router.get("/customers/{customer_id}/export")
def export(
    customer_id: RowId,
    principal: Principal = Depends(admin),
    session: Session = Depends(db),
) -> Response:
    return export_response(session, customer_id, actor=principal.username)


@router.post("/customers/{customer_id}/delete")
def delete(
    customer_id: RowId,
    confirm: str = Form(""),
    principal: Principal = Depends(admin),
    session: Session = Depends(db),
) -> Response:
    if confirm.strip() != str(customer_id):
        return redirect(
            f"/customers/{customer_id}",
            flash="Type the customer's number to confirm the deletion.",
            kind="error",
        )
    report = people.erase_customer(session, customer_id, actor=principal.username)
    session.commit()
    return redirect("/customers", flash=f"Customer #{customer_id}: {report.summary()}.")
