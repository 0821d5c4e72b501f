"""The queue page, the draft page and the review actions they post."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import HTMLResponse, Response
from sqlalchemy.orm import Session

from listener.scoring.labels import INTENTS, LABELS, MOODS, relabel
from responders import review
from responders.drafting.redraft import redraft_after_relabel
from responders.web import actions, views
from responders.web.bounds import MAX_TZ_OFFSET, MIN_TZ_OFFSET, RowId
from responders.web.deps import NotFound, Principal, db, local_path, reviewer, viewer
from responders.web.render import page, redirect
from store.models import Mention, utcnow

router = APIRouter(include_in_schema=False)


@router.get("/queue", response_class=HTMLResponse)
def queue_page(
    request: Request,
    principal: Principal = Depends(viewer),
    session: Session = Depends(db),
) -> HTMLResponse:
    settings = request.app.state.settings
    params = views.QueueParams.parse(dict(request.query_params))
    now = utcnow()
    data = views.queue_page(session, principal, params, size=settings.web.page_size, now=now)
    threads = review.message_counts(session, [d.mention.conversation_id for d in data.drafts])
    return page(
        request,
        "queue.html",
        {
            "q": data,
            "threads": threads,
            "sla": settings.review.sla_minutes,
            "waited": lambda mention: review.waiting_minutes(mention, now=now),
            "age_text": review.age_text,
            "params": params,
            "platforms": views.PLATFORMS,
            "platform_names": views.PLATFORM_NAMES,
            "intents": INTENTS,
            "sentiments": LABELS,
            "moods": MOODS,
            "tiers": views.known_tiers(session, request.app.state.cache),
            "here": request.url.path + (("?" + request.url.query) if request.url.query else ""),
        },
    )


@router.get("/drafts/{draft_id}", response_class=HTMLResponse)
def draft_page(
    request: Request,
    draft_id: RowId,
    principal: Principal = Depends(viewer),
    session: Session = Depends(db),
) -> HTMLResponse:
    settings = request.app.state.settings
    view = views.draft_view(session, draft_id, settings=settings)
    now = utcnow()
    mention = view.mention
    others = review.touch_presence(session, draft_id, principal.username, now=now)
    session.commit()
    thread = (
        review.conversation_view(session, mention.conversation_id)
        if mention.conversation_id
        else None
    )
    waited = review.waiting_minutes(mention, now=now)
    return page(
        request,
        "draft.html",
        {
            "v": view,
            "thread": thread,
            "others": others,
            "age": review.age_text(waited),
            "late": waited > settings.review.sla_minutes,
            "undo_until": review.undo_until(view.draft),
            "current": review.open_draft_of(session, mention.conversation_id)
            if view.draft.status == "superseded"
            else None,
            "saved": review.saved_replies(session) if view.reviewable else [],
            "back": local_path(request.query_params.get("back"), "/queue"),
            "intents": INTENTS,
            "sentiments": LABELS,
            "moods": MOODS,
            "presets": actions.SNOOZE_PRESETS,
            "check": views.check_text(view.mention.platform, view.draft.text, settings=settings),
        },
    )


def _draft_url(draft_id: int, back: str) -> str:
    from urllib.parse import urlencode

    return f"/drafts/{draft_id}?" + urlencode({"back": back})


@router.post("/drafts/{draft_id}/edit")
def edit(
    request: Request,
    draft_id: RowId,
    text: str = Form(...),
    back: str = Form("/queue"),
    principal: Principal = Depends(reviewer),
    session: Session = Depends(db),
) -> Response:
    actions.edit(
        session, draft_id, text, actor=principal.username, settings=request.app.state.settings
    )
    session.commit()
    return redirect(_draft_url(draft_id, local_path(back)), flash="Draft saved.")


@router.post("/drafts/{draft_id}/approve")
def approve(
    request: Request,
    draft_id: RowId,
    text: str | None = Form(None),
    back: str = Form("/queue"),
    principal: Principal = Depends(reviewer),
    session: Session = Depends(db),
) -> Response:
    actions.approve(
        session,
        draft_id,
        actor=principal.username,
        settings=request.app.state.settings,
        text=text,
    )
    session.commit()
    undo = request.app.state.settings.publishing.undo_seconds
    later = f" in {undo} s (undo on its page until then)" if undo else ""
    return redirect(
        local_path(back), flash=f"Draft #{draft_id} approved; the publisher will post it{later}."
    )


@router.post("/drafts/{draft_id}/reject")
def reject(
    draft_id: RowId,
    reason: str = Form(""),
    back: str = Form("/queue"),
    principal: Principal = Depends(reviewer),
    session: Session = Depends(db),
) -> Response:
    actions.reject(session, draft_id, reason, actor=principal.username)
    session.commit()
    return redirect(local_path(back), flash=f"Draft #{draft_id} rejected.")


@router.post("/drafts/{draft_id}/snooze")
def snooze(
    draft_id: RowId,
    preset: str = Form(""),
    until: str = Form(""),
    tz_offset: int | None = Form(None, ge=MIN_TZ_OFFSET, le=MAX_TZ_OFFSET),
    back: str = Form("/queue"),
    principal: Principal = Depends(reviewer),
    session: Session = Depends(db),
) -> Response:
    when = actions.snooze_until(
        preset=preset or None, until=until or None, tz_offset_minutes=tz_offset
    )
    actions.snooze(session, draft_id, when, actor=principal.username)
    session.commit()
    return redirect(
        local_path(back),
        flash=f"Draft #{draft_id} snoozed until {when.strftime('%Y-%m-%d %H:%M')} UTC.",
    )


@router.post("/drafts/{draft_id}/assign")
def assign(
    request: Request,
    draft_id: RowId,
    assignee: str = Form(""),
    back: str = Form("/queue"),
    principal: Principal = Depends(reviewer),
    session: Session = Depends(db),
) -> Response:
    draft = actions.assign(
        session, draft_id, assignee, actor=principal.username, settings=request.app.state.settings
    )
    session.commit()
    who = draft.assigned_to or "nobody"
    return redirect(_draft_url(draft_id, local_path(back)), flash=f"Assigned to {who}.")


@router.post("/mentions/{mention_id}/relabel")
def relabel_mention(
    request: Request,
    mention_id: RowId,
    sentiment: str = Form(""),
    intent: str = Form(""),
    mood: str = Form(""),
    back: str = Form("/queue"),
    principal: Principal = Depends(reviewer),
    session: Session = Depends(db),
) -> Response:
    mention = session.get(Mention, mention_id)
    if mention is None:
        raise NotFound(f"no mention with id {mention_id}")
    label = sentiment if sentiment and sentiment != mention.label else None
    new_intent = intent if intent and intent != mention.intent else None
    new_mood = mood if mood and mood != mention.mood else None
    if label is None and new_intent is None and new_mood is None:
        return redirect(local_path(back), flash="Nothing to correct.")
    relabel(
        session,
        mention_id,
        actor=principal.username,
        label=label,
        intent=new_intent,
        mood=new_mood,
    )
    outcome = redraft_after_relabel(
        session,
        mention,
        settings=request.app.state.settings,
        actor=principal.username,
        now=utcnow(),
    )
    session.commit()
    extra = {
        "redrafted": " The pending draft was rewritten.",
        "superseded": " The pending draft was withdrawn: no reply is due now.",
        "drafted": " A draft was written.",
    }
    return redirect(
        local_path(back), flash="Correction saved; it wins over the model." + extra.get(outcome, "")
    )
