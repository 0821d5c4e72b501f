"""The review UI in a real browser (Playwright driving Debian's Chromium) against uvicorn on
127.0.0.1: sign in, work the queue with the keyboard, edit and approve a draft, see it in the
customer's history. Screenshots of the queue and a draft page go to tests/artifacts/.

Skips, saying why, when /usr/bin/chromium or the playwright package is missing; CI installs
Chromium (.ci/run), so there they always run.
"""

from __future__ import annotations

import re
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from store.db import make_engine, make_sessionmaker
from store.migrate import upgrade
from store.models import Draft
from tests.conftest import make_settings
from tests.webkit import CHEAP_HASHER, PASSWORDS, add_mention_draft, seed

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parent / "artifacts"

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


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    """The app under uvicorn in a background thread, on a free port, over a seeded SQLite file."""
    import uvicorn

    from responders.web import accounts, create_app

    patch = pytest.MonkeyPatch()
    patch.setattr(accounts, "hasher", CHEAP_HASHER)
    folder = tmp_path_factory.mktemp("browser")
    engine = make_engine(f"sqlite:///{folder / 'web.db'}")
    upgrade(engine)
    factory = make_sessionmaker(engine)
    world = seed(factory)
    with factory() as session, session.begin():
        from store.models import Customer

        anon = session.get(Customer, world.customers["anon"])
        extra = [add_mention_draft(session, anon, 50 + n, priority=20 - n).id for n in range(4)]
    settings = make_settings(brand={"name": "Bramble"})
    port = _free_port()
    config = uvicorn.Config(
        create_app(settings, factory), host="127.0.0.1", port=port, log_level="warning"
    )
    uv = uvicorn.Server(config)
    thread = threading.Thread(target=uv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not uv.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("uvicorn did not start")
        time.sleep(0.05)
    try:
        yield {
            "base": f"http://127.0.0.1:{port}",
            "factory": factory,
            "world": world,
            "extra": extra,
        }
    finally:
        uv.should_exit = True
        thread.join(10)
        engine.dispose()
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
    context = browser.new_context(viewport={"width": 1360, "height": 900}, base_url=server["base"])
    page = context.new_page()
    page.set_default_timeout(10_000)
    script_dialogs: list[str] = []
    page.on("dialog", lambda dialog: (script_dialogs.append(dialog.message), dialog.dismiss()))
    page.script_dialogs = script_dialogs
    yield page
    context.close()


def sign_in(page: Any, username: str = "rita") -> None:
    page.goto("/queue")
    page.wait_for_url(re.compile(r"/login"))
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", PASSWORDS[username])
    page.click("button[type=submit]")
    page.wait_for_url(re.compile(r"/queue$"))


def status_of(server: dict[str, Any], draft_id: int) -> Draft:
    with server["factory"]() as session:
        return session.get(Draft, draft_id)


def row(page: Any, draft_id: int) -> Any:
    return page.locator(f'.qrow[data-id="{draft_id}"]')


def test_wrong_password_shows_a_message(page: Any) -> None:
    page.goto("/login")
    page.fill("input[name=username]", "rita")
    page.fill("input[name=password]", "not-it-at-all")
    page.click("button[type=submit]")
    assert "Wrong username or password" in page.locator(".flash-error").inner_text()


def test_edit_and_approve_a_draft_then_see_it_in_the_customers_history(
    page: Any, server: dict[str, Any]
) -> None:
    world = server["world"]
    urgent = world.drafts["urgent"]
    sign_in(page)
    ARTIFACTS.mkdir(exist_ok=True)
    first = page.locator(".qrow").first
    assert first.get_attribute("data-id") == str(urgent)
    assert "selected" in (first.get_attribute("class") or "")
    page.screenshot(path=str(ARTIFACTS / "queue.png"), full_page=False)

    page.keyboard.press("e")
    page.wait_for_url(re.compile(rf"/drafts/{urgent}"))
    editor = page.locator("#reply-text")
    new_text = "Jo, that sounds awful. Please send us a DM so a manager can call you today."
    editor.fill(new_text)
    expect(page.locator("#length-n")).to_have_text(str(len(new_text)))
    editor.press("End")
    editor.type(" NOW!!")
    page.wait_for_selector("#lint li")
    assert "exclamation" in page.locator("#lint").inner_text()
    editor.fill(new_text)
    expect(page.locator("#lint li")).to_have_count(0)
    page.screenshot(path=str(ARTIFACTS / "draft.png"), full_page=True)

    page.click("#approve-btn")
    page.wait_for_url(re.compile(r"/queue"))
    assert "approved" in page.locator(".flash-ok").inner_text()
    assert row(page, urgent).count() == 0
    draft = status_of(server, urgent)
    assert (draft.status, draft.text, draft.approved_by) == ("approved", new_text, "rita")

    page.goto(f"/customers/{world.customers['jo']}")
    reply = page.locator(".tl-reply", has=page.locator(f'a[href="/drafts/{urgent}"]'))
    assert "approved" in reply.locator(".status").inner_text()
    assert "a manager can call you today" in reply.inner_text()


def test_use_an_alternative_from_the_draft_page(page: Any, server: dict[str, Any]) -> None:
    draft_id = server["world"].drafts["complaint"]
    sign_in(page)
    page.goto(f"/drafts/{draft_id}")
    page.locator("[data-use-alt]").nth(1).click()
    assert page.locator("#reply-text").input_value() == "Alternative B for complaint."
    page.keyboard.press("Control+Enter")
    page.wait_for_url(re.compile(r"/queue"))
    assert status_of(server, draft_id).text == "Alternative B for complaint."


def _queue_ids(page: Any) -> list[int]:
    return [int(i) for i in page.locator(".qrow").evaluate_all("r => r.map(x => x.dataset.id)")]


def test_keyboard_review_on_the_queue(page: Any, server: dict[str, Any]) -> None:
    sign_in(page)
    before = _queue_ids(page)
    assert len(before) >= 5
    rows = page.locator(".qrow")
    assert "selected" in (rows.first.get_attribute("class") or "")
    page.keyboard.press("j")
    page.keyboard.press("j")
    assert "selected" in (rows.nth(2).get_attribute("class") or "")
    page.keyboard.press("k")
    assert "selected" in (rows.nth(1).get_attribute("class") or "")
    assert "selected" not in (rows.first.get_attribute("class") or "")

    # r: reject the selected (second) draft with a reason
    rejected = before[1]
    page.keyboard.press("r")
    page.locator("#reject-dialog textarea").fill("Answered on the phone")
    page.click("#reject-dialog button[type=submit]")
    row(page, rejected).wait_for(state="detached")
    draft = status_of(server, rejected)
    assert (draft.status, draft.reject_reason) == ("rejected", "Answered on the phone")

    # the selection moved to the next row: s snoozes it for an hour (key 1 in the dialog)
    snoozed = before[2]
    assert "selected" in (row(page, snoozed).get_attribute("class") or "")
    page.keyboard.press("s")
    page.locator("#snooze-dialog").wait_for(state="visible")
    page.keyboard.press("1")
    row(page, snoozed).wait_for(state="detached")
    assert status_of(server, snoozed).status == "snoozed"

    # a: approve the selected draft as drafted
    approved = before[3]
    page.keyboard.press("a")
    row(page, approved).wait_for(state="detached")
    assert status_of(server, approved).status == "approved"
    assert "approved" in page.locator("#toast").inner_text().lower()
    assert _queue_ids(page) == [i for i in before if i not in (rejected, snoozed, approved)]
    page.reload()
    assert _queue_ids(page) == [i for i in before if i not in (rejected, snoozed, approved)]


def test_hostile_text_never_runs(page: Any, server: dict[str, Any]) -> None:
    hostile = server["world"].drafts["hostile"]
    sign_in(page)
    page.goto(f"/drafts/{hostile}")
    text = page.locator(".mention-full").inner_text()
    assert '<script>alert("pwned")</script>' in text
    assert page.locator(".mention-card a.ext").count() == 0  # the javascript: link is not a link
    page.goto("/queue")
    assert page.script_dialogs == []
