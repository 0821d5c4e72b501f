"""The mentions inbox pages: search and filters, bulk tags, "not about us", "draft a reply",
the exclusion suggestions it collects, and the CSV export of a filtered set."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Form, Path, Request
from fastapi.responses import HTMLResponse, Response, StreamingResponse
from sqlalchemy.orm import Session

from listener.scoring.labels import INTENTS, LABELS
from responders import inbox
from responders.web import views
from responders.web.deps import NotFound, Principal, db, local_path, reviewer, viewer
from responders.web.render import page, redirect

router = APIRouter(include_in_schema=False)
RowId = Annotated[int, Path(ge=1, le=2**63 - 1)]
EXPORT_LIMIT = 100_000
CSV_FIELDS = (
    "id",
    "created_at",
    "platform",
    "author",
    "customer_id",
    "customer_name",
    "conversation_id",
    "text",
    "sentiment",
    "compound",
    "intent",
    "urgency",
    "status",
    "triage_reason",
    "draft_id",
    "draft_status",
    "tags",
    "url",
)
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def parse(request: Request) -> inbox.InboxFilter:
    return inbox.parse_filter(dict(request.query_params), intents=INTENTS, labels=LABELS)


def here(request: Request) -> str:
    return request.url.path + (("?" + request.url.query) if request.url.query else "")


@router.get("/mentions", response_class=HTMLResponse)
def mentions_page(
    request: Request,
    principal: Principal = Depends(viewer),
    session: Session = Depends(db),
) -> HTMLResponse:
    f = parse(request)
    data = inbox.page(session, f, limit=request.app.state.settings.web.page_size)
    return page(
        request,
        "mentions.html",
        {
            "f": f,
            "data": data,
            "status_of": inbox.status_of,
            "platforms": views.PLATFORMS,
            "platform_names": views.PLATFORM_NAMES,
            "intents": INTENTS,
            "sentiments": LABELS,
            "urgencies": inbox.URGENCIES,
            "statuses": inbox.STATUSES,
            "tags": inbox.known_tags(session),
            "here": here(request),
        },
    )


def _cell(value: Any) -> Any:
    """As listener/export.py: a cell a spreadsheet would run as a formula gets a quote."""
    if isinstance(value, list):
        value = ";".join(map(str, value))
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


@router.get("/mentions/export.csv")
def export_csv(
    request: Request,
    principal: Principal = Depends(viewer),
    session: Session = Depends(db),
) -> Response:
    """The filtered set as CSV (at most 100,000 rows, newest first), streamed in chunks."""
    f = parse(request)

    def lines() -> Iterator[str]:
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=CSV_FIELDS, extrasaction="ignore")
        writer.writeheader()
        for n, row in enumerate(inbox.iter_rows(session, f, limit=EXPORT_LIMIT), start=1):
            record = inbox.mention_json(row)
            writer.writerow({k: _cell(record.get(k)) for k in CSV_FIELDS})
            if n % 500 == 0:
                yield buffer.getvalue()
                buffer.seek(0)
                buffer.truncate()
        yield buffer.getvalue()

    return StreamingResponse(
        lines(),
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": 'attachment; filename="mentions.csv"'},
    )


@router.post("/mentions/tags")
async def bulk_tags(
    request: Request,
    tag: str = Form(""),
    op: str = Form("add"),
    back: str = Form("/mentions"),
    principal: Principal = Depends(reviewer),
    session: Session = Depends(db),
) -> Response:
    form = await request.form()
    ids = [int(v) for v in form.getlist("ids") if isinstance(v, str) and v.isdigit()]
    count = inbox.change_tags(session, ids, tag, add=op != "remove", actor=principal.username)
    session.commit()
    verb = "Tagged" if op != "remove" else "Untagged"
    return redirect(local_path(back, "/mentions"), flash=f"{verb} {count} mention(s).")


@router.post("/mentions/{mention_id}/not-about-us")
def not_about_us(
    request: Request,
    mention_id: RowId,
    back: str = Form("/mentions"),
    principal: Principal = Depends(reviewer),
    session: Session = Depends(db),
) -> Response:
    try:
        suggestion = inbox.not_about_us(
            session, mention_id, actor=principal.username, settings=request.app.state.settings
        )
    except LookupError as exc:
        raise NotFound(str(exc)) from None
    session.commit()
    extra = f' Suggested exclusion: "{suggestion.term}".' if suggestion else ""
    return redirect(local_path(back, "/mentions"), flash="Marked not about us." + extra)


@router.post("/mentions/{mention_id}/draft")
def draft_reply(
    request: Request,
    mention_id: RowId,
    principal: Principal = Depends(reviewer),
    session: Session = Depends(db),
) -> Response:
    try:
        draft = inbox.draft_reply(
            session, mention_id, actor=principal.username, settings=request.app.state.settings
        )
    except LookupError as exc:
        raise NotFound(str(exc)) from None
    session.commit()
    return redirect(f"/drafts/{draft.id}", flash=f"Draft #{draft.id} written; review it here.")


@router.get("/mentions/suggestions", response_class=HTMLResponse)
def suggestions_page(
    request: Request,
    principal: Principal = Depends(viewer),
    session: Session = Depends(db),
) -> HTMLResponse:
    return page(
        request,
        "suggestions.html",
        {
            "suggestions": inbox.exclusion_suggestions(session),
            "exclusions": request.app.state.settings.brand.exclusions,
        },
    )
