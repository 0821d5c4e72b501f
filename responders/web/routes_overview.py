"""The overview at ``/``: the period's mentions and sentiment per day (an SVG chart drawn on
the server: the CSP allows no inline script and no chart library is needed), complaint
themes, waiting items by age, the median time to an approved reply, the busiest customers."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, Response
from sqlalchemy.orm import Session

from responders import overview
from responders.web.deps import Principal, db, optional_principal
from responders.web.render import page, redirect

router = APIRouter(include_in_schema=False)


@router.get("/", response_class=HTMLResponse)
def overview_page(
    request: Request,
    principal: Principal | None = Depends(optional_principal),
    session: Session = Depends(db),
) -> Response:
    if principal is None:
        return redirect("/login")
    data = overview.build(session, settings=request.app.state.settings)
    return page(
        request,
        "overview.html",
        {
            "o": data,
            "chart": {
                "w": overview.CHART_W,
                "h": overview.CHART_H,
                "pad": overview.CHART_PAD,
            },
            "minutes_text": overview.minutes_text,
        },
    )
