"""The review flow in a real browser (Chromium via Playwright) on the demo data, built by the
real code paths (CRM import, replay collection, drafting): one pending draft per conversation,
search, approve-and-next without a page load, undo (nothing is posted), tags, notes and saved
replies. Screenshots go to tests/artifacts/.

Skips, saying why, when /usr/bin/chromium or the playwright package is missing.
"""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from store.models import ConversationNote, Draft, Mention, MentionTag
from tests.test_web_browser import ARTIFACTS, CHROMIUM, _free_port
from tests.webkit import CHEAP_HASHER, PASSWORDS

pytestmark = [
    pytest.mark.skipif(
        not CHROMIUM.exists(),
        reason="browser tests need Debian's Chromium at /usr/bin/chromium "
        "(apt-get update && apt-get install -y chromium)",
    ),
    pytest.mark.slow,
]
sync_api = pytest.importorskip(
    "playwright.sync_api",
    reason="browser tests need the playwright package (pip install -e '.[dev]')",
)
expect = sync_api.expect
ROOT = Path(__file__).resolve().parent.parent
DEMO = ROOT / "config" / "demo"
SAVED = [
    ("Opening hours", "We open at 7:30 on weekdays and 9:00 at weekends."),
    ("Refunds", "Refunds go back to the card you paid with within 5 working days."),
]


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    """The demo data in a fresh SQLite file, served by uvicorn on a free port."""
    import uvicorn

    from commands import jobs
    from commands.app import App
    from config.settings import load_settings
    from listener.people.crm_import import import_customers
    from listener.pipeline import collect
    from listener.sources.replay import ReplaySource
    from responders import review
    from responders.web import accounts, create_app

    patch = pytest.MonkeyPatch()
    patch.setattr(accounts, "hasher", CHEAP_HASHER)
    patch.setattr(review, "saved_replies", lambda session: list(SAVED))
    folder = tmp_path_factory.mktemp("demo-browser")
    settings = load_settings(
        config_file=DEMO / "rapport.toml",
        environ={},
        overrides={
            ("database", "url"): f"sqlite:///{folder / 'demo.db'}",
            ("web", "page_size"): 10,
        },
    )
    app = App(settings=settings, actor="test")
    with app.factory() as session, session.begin():
        import_customers(session, DEMO / "customers.csv", actor="test", skip_bad_rows=False)
    collect(ReplaySource([DEMO / "mentions_x.jsonl", DEMO / "mentions_reddit.jsonl"]), app.pipeline)
    jobs.run_drafting(app)
    with app.factory() as session, session.begin():
        for name in ("rita", "ada"):
            role = "reviewer" if name == "rita" else "admin"
            accounts.add_user(session, name, role=role, password=PASSWORDS[name], actor="test")
    port = _free_port()
    uv = uvicorn.Server(
        uvicorn.Config(
            create_app(settings, app.factory), host="127.0.0.1", port=port, log_level="warning"
        )
    )
    thread = threading.Thread(target=uv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not uv.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("uvicorn did not start")
        time.sleep(0.05)
    try:
        yield {"base": f"http://127.0.0.1:{port}", "app": app}
    finally:
        uv.should_exit = True
        thread.join(10)
        app.engine.dispose()
        patch.undo()


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM),
            args=["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        yield browser
        browser.close()


@pytest.fixture
def page(browser: Any, server: dict[str, Any]) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1280, "height": 860}, base_url=server["base"])
    page = context.new_page()
    page.set_default_timeout(15_000)
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.errors = errors
    yield page
    context.close()


def sign_in(page: Any, username: str = "rita", target: str = "/queue") -> None:
    page.goto(target)
    page.wait_for_url(re.compile(r"/login"))
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", PASSWORDS[username])
    page.click("button[type=submit]")
    page.wait_for_url(re.compile(re.escape(target.split("?")[0]) + r"(\?|$)"))


def db(server: dict[str, Any]) -> Any:
    return server["app"].factory()


def test_on_the_demo_no_conversation_has_more_than_one_pending_draft(
    page: Any, server: dict[str, Any]
) -> None:
    with db(server) as session:
        per_conversation = session.execute(
            select(Mention.conversation_id, func.count())
            .join(Draft, Draft.mention_id == Mention.id)
            .where(Draft.status == "pending")
            .group_by(Mention.conversation_id)
        ).all()
        superseded = session.scalar(
            select(func.count()).select_from(Draft).where(Draft.status == "superseded")
        )
    assert per_conversation and max(n for _, n in per_conversation) == 1
    assert superseded > 0
    sign_in(page)
    conversations = page.locator(".qrow").evaluate_all("r => r.map(x => x.dataset.conversation)")
    assert len(conversations) == len(set(conversations))
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "queue-conversations.png"))
    page.goto("/")
    expect(page.locator("#per-day svg rect").first).to_be_visible()
    page.screenshot(path=str(ARTIFACTS / "overview.png"), full_page=True)
    assert page.errors == []


def test_a_search_finds_every_mention_containing_the_word(
    page: Any, server: dict[str, Any]
) -> None:
    with db(server) as session:
        expected = {
            m.id
            for m in session.scalars(select(Mention))
            if "coffee" in re.findall(r"\w+", m.text.casefold())
        }
    assert len(expected) > 20  # more than two pages of 10
    sign_in(page, target="/mentions")
    page.fill("#inbox-q", "Coffee")
    page.press("#inbox-q", "Enter")
    page.wait_for_url(re.compile(r"q=Coffee"))
    page.screenshot(path=str(ARTIFACTS / "mentions-search.png"))
    found: set[int] = set()
    while True:
        ids = page.locator(".inbox-row").evaluate_all("r => r.map(x => +x.dataset.id)")
        found |= set(ids)
        older = page.locator("#next-page")
        if older.count() == 0:
            break
        older.click()
        page.wait_for_load_state()
    assert found == expected


def test_approve_and_next_swaps_the_page_and_undo_means_nothing_is_posted(
    page: Any, server: dict[str, Any]
) -> None:
    from commands import jobs

    sign_in(page)
    first = page.locator(".qrow").first.get_attribute("data-id")
    page.goto(f"/drafts/{first}")
    page.evaluate("window.__sameDocument = true")
    page.click("#approve-next-btn")
    item = page.locator("#review-item")
    expect(item).not_to_have_attribute("data-draft-id", first)
    assert page.evaluate("window.__sameDocument") is True  # no full page load
    following = item.get_attribute("data-draft-id")
    assert page.url.endswith(f"/drafts/{following}")
    with db(server) as session:
        assert session.get(Draft, int(first)).status == "approved"
    expect(page.locator("#toast-action")).to_be_visible()
    page.screenshot(path=str(ARTIFACTS / "approve-and-next.png"))
    page.click("#toast-action")
    expect(item).to_have_attribute("data-draft-id", first)
    with db(server) as session:
        draft = session.get(Draft, int(first))
        assert (draft.status, draft.approved_by) == ("pending", None)
    report = jobs.build_publisher(server["app"]).run_once()
    assert int(first) not in [o.draft_id for o in report.outcomes]
    with db(server) as session:
        assert session.get(Draft, int(first)).status == "pending"

    # the key: Ctrl+Shift+Enter in the editor approves and moves on too
    page.locator("#reply-text").press("Control+Shift+Enter")
    expect(item).not_to_have_attribute("data-draft-id", first)
    assert page.evaluate("window.__sameDocument") is True
    assert page.errors == []


def test_tags_are_added_and_removed_in_bulk(page: Any, server: dict[str, Any]) -> None:
    sign_in(page, target="/mentions")
    boxes = page.locator('#inbox input[name="ids"]')
    picked = [boxes.nth(i).get_attribute("value") for i in (0, 2)]
    boxes.nth(0).check()
    boxes.nth(2).check()
    page.fill("#bulk-tag", "Press")
    page.click("#tag-add")
    expect(page.locator(".flash-ok")).to_contain_text("Tagged 2")
    page.goto("/mentions?tag=press")
    ids = page.locator(".inbox-row").evaluate_all("r => r.map(x => x.dataset.id)")
    assert sorted(ids) == sorted(picked)
    expect(page.locator(".inbox-row .tag").first).to_have_text("#press")
    page.check("#select-all")
    page.fill("#bulk-tag", "press")
    page.click("#tag-remove")
    expect(page.locator(".flash-ok")).to_contain_text("Untagged 2")
    with db(server) as session:
        assert session.scalar(select(func.count()).select_from(MentionTag)) == 0


def test_notes_and_saved_replies_on_the_draft_page(page: Any, server: dict[str, Any]) -> None:
    sign_in(page)
    draft_id = page.locator(".qrow").nth(1).get_attribute("data-id")
    page.goto(f"/drafts/{draft_id}")
    page.fill("#note-form textarea", "Called her; refund on its way <b>today</b>.")
    page.click("#note-form button[type=submit]")
    expect(page.locator("#notes .note")).to_contain_text("<b>today</b>")
    with db(server) as session:
        assert session.scalar(select(func.count()).select_from(ConversationNote)) == 1

    editor = page.locator("#reply-text")
    editor.fill("Thanks for asking. ")
    editor.press("End")
    editor.type("/ref")
    menu = page.locator("#saved-menu")
    expect(menu).to_be_visible()
    expect(menu.locator("button")).to_have_count(1)
    editor.press("Enter")
    expect(menu).to_be_hidden()
    assert editor.input_value() == "Thanks for asking. " + SAVED[1][1]
    details = page.locator("#draft-details")
    assert details.get_attribute("open") is None  # the template key is tucked away
    page.screenshot(path=str(ARTIFACTS / "draft-review.png"))
    assert page.errors == []
