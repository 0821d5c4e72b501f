"""The mentions inbox in process: every mention listed, full-text search, filters, tags,
"not about us", "draft a reply", CSV export, the JSON API with keyset pages and bounds; roles,
CSRF and escaping on each."""

from __future__ import annotations

import csv
import io
import re
from typing import Any
from urllib.parse import unquote

import pytest
from sqlalchemy import select

from config.settings import Settings
from responders import inbox
from responders.web import accounts
from store.models import AuditEvent, Draft, ExclusionSuggestion, Mention, MentionTag
from tests.conftest import make_settings
from tests.webkit import (
    CHEAP_HASHER,
    T0,
    add_person,
    api_post,
    form_post,
    seed,
    signed_in,
)


@pytest.fixture(autouse=True)
def cheap_passwords(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(accounts, "hasher", CHEAP_HASHER)
    monkeypatch.setattr(accounts, "_DUMMY", [])


@pytest.fixture
def web_settings() -> Settings:
    return make_settings(
        brand={"name": "Bramble", "keywords": ["bramble"], "exclusions": ["bramble jam"]},
        web={"page_size": 5},
    )


@pytest.fixture
def world(factory: Any) -> Any:
    """The web seed plus skipped and irrelevant mentions (no drafts)."""
    world = seed(factory)
    with factory() as session, session.begin():
        anon = add_person(session, handle="hedge_fan")
        for n, (text, status, reason) in enumerate(
            [
                ("lovely oat flat white at bramble today", "skipped", "praise_off"),
                ("bramble bushes in the park are huge this year", "skipped", "not_relevant"),
                ("=HYPERLINK(bad) the flat white, again", "skipped", "other_off"),
            ],
            start=100,
        ):
            mention = Mention(
                platform="twitter",
                external_id=f"skip-{n}",
                identity_id=anon.identities[0].id,
                text=text,
                text_normalized=text,
                created_at=T0,
                status=status,
                triage_reason=reason,
                intent="praise" if n == 100 else "other",
                label="positive" if n == 100 else "neutral",
            )
            session.add(mention)
            session.flush()
            world.mentions[f"skip{n}"] = mention.id
    return world


@pytest.fixture
def rita(web_settings: Settings, factory: Any, world: Any) -> Any:
    return signed_in(web_settings, factory, "rita")


@pytest.fixture
def vic(web_settings: Settings, factory: Any, world: Any) -> Any:
    return signed_in(web_settings, factory, "vic")


def ids_on(page: str) -> list[int]:

    return [int(i) for i in re.findall(r'class="inbox-row[^"]*" data-id="(\d+)"', page)]


def test_the_inbox_lists_every_mention_with_skip_reasons_and_escapes_text(
    vic: Any, world: Any
) -> None:
    page = vic.get("/mentions?status=skipped")
    assert page.status_code == 200
    assert set(ids_on(page.text)) == {world.mentions[k] for k in ("skip100", "skip101", "skip102")}
    assert "praise off" in page.text
    hostile = vic.get("/mentions?q=stink").text
    assert "<script>alert" not in hostile and "&lt;script&gt;" in hostile
    assert ids_on(hostile) == [world.mentions["hostile"]]


def test_search_finds_every_mention_containing_the_word_and_nothing_else(
    vic: Any, factory: Any
) -> None:
    with factory() as session:
        expected = {
            m.id for m in session.scalars(select(Mention)) if "flat" in inbox.fulltext.terms(m.text)
        }
    found: set[int] = set()
    url = "/api/mentions?q=flat&limit=2"
    while url:
        data = vic.get(url).json()
        found |= {item["id"] for item in data["items"]}
        url = (
            f"/api/mentions?q=flat&limit=2&before={data['next_before']}"
            if data["next_before"]
            else ""
        )
    assert expected and found == expected
    assert f"{len(expected)} found" in vic.get("/mentions?q=flat").text
    # punctuation and FTS operators are words, never syntax
    assert vic.get('/mentions?q="flat" OR NEAR(*').status_code == 200


def test_filters_combine(vic: Any, world: Any) -> None:
    page = vic.get("/mentions?intent=praise&sentiment=positive&platform=twitter").text
    assert world.mentions["skip100"] in ids_on(page)
    assert world.mentions["skip101"] not in ids_on(page)
    waiting = [m["id"] for m in vic.get("/api/mentions?status=waiting").json()["items"]]
    assert world.mentions["urgent"] in waiting and world.mentions["skip100"] not in waiting
    customer = world.customers["jo"]
    mine = vic.get(f"/api/mentions?customer={customer}").json()["items"]
    assert {m["customer_id"] for m in mine} == {customer}
    assert vic.get("/mentions?since=2099-01-01").text.count("inbox-row") == 0


def test_bulk_tags_add_filter_and_remove_with_audit(rita: Any, factory: Any, world: Any) -> None:
    picked = [world.mentions["skip100"], world.mentions["urgent"]]
    response = form_post(
        rita, "/mentions/tags", {"ids": [str(i) for i in picked], "tag": " Press ", "op": "add"}
    )
    assert response.status_code == 303
    assert sorted(ids_on(rita.get("/mentions?tag=press").text)) == sorted(picked)
    form_post(rita, "/mentions/tags", {"ids": [str(picked[0])], "tag": "press", "op": "add"})
    with factory() as session:
        assert len(session.scalars(select(MentionTag)).all()) == 2
    form_post(rita, "/mentions/tags", {"ids": [str(picked[0])], "tag": "press", "op": "remove"})
    assert ids_on(rita.get("/mentions?tag=press").text) == [picked[1]]
    with factory() as session:
        actions = [e.action for e in session.scalars(select(AuditEvent))]
    assert actions.count("mention.tag") == 1 and actions.count("mention.untag") == 1
    bad = form_post(rita, "/mentions/tags", {"ids": [str(picked[0])], "tag": "<b>", "op": "add"})
    assert bad.status_code == 303 and "tag is 1-60" in unquote(bad.cookies.get("rapport_flash", ""))


def test_viewers_cannot_change_the_inbox_and_forms_need_csrf(
    vic: Any, rita: Any, world: Any
) -> None:
    mention = world.mentions["skip100"]
    assert form_post(vic, "/mentions/tags", {"ids": [str(mention)], "tag": "x"}).status_code == 403
    assert form_post(vic, f"/mentions/{mention}/not-about-us").status_code == 403
    assert form_post(vic, f"/mentions/{mention}/draft").status_code == 403
    no_token = rita.post(f"/mentions/{mention}/not-about-us", follow_redirects=False)
    assert no_token.status_code == 403


def test_not_about_us_marks_it_irrelevant_rejects_its_draft_and_suggests_a_term(
    rita: Any, factory: Any, world: Any
) -> None:
    skipped = world.mentions["skip101"]
    response = form_post(rita, f"/mentions/{skipped}/not-about-us")
    assert response.status_code == 303
    drafted = world.mentions["question"]
    form_post(rita, f"/mentions/{drafted}/not-about-us")
    with factory() as session:
        mention = session.get(Mention, skipped)
        assert (mention.status, mention.is_relevant) == ("irrelevant", False)
        draft = session.scalar(select(Draft).where(Draft.mention_id == drafted))
        assert (draft.status, draft.reject_reason) == ("rejected", "Not about us")
        terms = [s.term for s in session.scalars(select(ExclusionSuggestion))]
    assert "bramble bushes" in terms
    assert "bramble bushes" in rita.get("/mentions/suggestions").text
    assert set(ids_on(rita.get("/mentions?status=irrelevant").text)) == {drafted, skipped}


def test_suggested_exclusions_use_the_words_around_the_keyword() -> None:
    assert inbox.suggest_exclusion("I love bramble jam on toast", ["bramble"]) == "bramble jam"
    assert inbox.suggest_exclusion("picking wild bramble", ["bramble"]) == "wild bramble"
    assert inbox.suggest_exclusion("no keyword here", ["bramble"]) is None


def test_draft_a_reply_on_a_skipped_mention(rita: Any, factory: Any, world: Any) -> None:
    mention = world.mentions["skip100"]
    response = form_post(rita, f"/mentions/{mention}/draft")
    assert response.status_code == 303
    with factory() as session:
        draft = session.scalar(select(Draft).where(Draft.mention_id == mention))
        assert draft is not None and draft.status == "pending"
        assert session.get(Mention, mention).conversation_id is not None
    assert response.headers["location"] == f"/drafts/{draft.id}"
    again = form_post(rita, f"/mentions/{mention}/draft")
    assert "already has draft" in unquote(again.cookies.get("rapport_flash", ""))
    assert form_post(rita, "/mentions/999999/draft").status_code == 404


def test_csv_export_is_the_filtered_set_with_formulas_defused(vic: Any, world: Any) -> None:
    response = vic.get("/mentions/export.csv?q=flat")
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert {int(r["id"]) for r in rows} >= {world.mentions["skip100"], world.mentions["skip102"]}
    assert all("flat" in r["text"].casefold() for r in rows)
    formula = next(r for r in rows if int(r["id"]) == world.mentions["skip102"])
    assert formula["text"].startswith("'=")


def test_api_mentions_validates_bounds_and_needs_sign_in(
    vic: Any, web_settings: Settings, factory: Any
) -> None:
    for query in ("before=0", f"before={2**63}", "limit=0", "limit=201", "customer=-1"):
        assert vic.get(f"/api/mentions?{query}").status_code == 422, query
    from tests.webkit import make_client

    anonymous = make_client(web_settings, factory)
    assert anonymous.get("/api/mentions").status_code == 401
    assert anonymous.get("/mentions", follow_redirects=False).status_code == 303


def test_api_mentions_pages_by_keyset_newest_first(vic: Any, factory: Any) -> None:
    with factory() as session:
        rows = session.execute(select(Mention.created_at, Mention.id)).all()
        every = [i for _, i in sorted(rows, reverse=True)]
    first = vic.get("/api/mentions?limit=4").json()
    assert [m["id"] for m in first["items"]] == every[:4]
    second = vic.get(f"/api/mentions?limit=4&before={first['next_before']}").json()
    assert [m["id"] for m in second["items"]] == every[4:8]


def test_api_tags_and_status_filters(rita: Any, world: Any) -> None:
    mention = world.mentions["skip100"]
    form_post(rita, "/mentions/tags", {"ids": [str(mention)], "tag": "vip", "op": "add"})
    items = rita.get("/api/mentions?tag=VIP&status=skipped&intent=praise").json()["items"]
    assert [m["id"] for m in items] == [mention]
    assert items[0]["tags"] == ["vip"] and items[0]["status"] == "skipped"
    assert rita.get("/api/mentions?status=bogus").status_code == 422
    assert api_post(rita, "/api/mentions", {}).status_code == 405
