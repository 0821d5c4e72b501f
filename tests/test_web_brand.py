"""The brand book page: everyone reads the book, admins edit and restore it, bad edits save
nothing and show every problem with its line."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from config.settings import Settings
from responders.brandbook.storage import current_book, import_book
from responders.web import accounts
from store.models import AuditEvent, BrandBookVersion
from tests.conftest import make_settings
from tests.webkit import CHEAP_HASHER, form_post, seed, signed_in

ROOT = Path(__file__).resolve().parent.parent
DEMO_BOOK = (ROOT / "config" / "demo" / "brand_book.toml").read_text(encoding="utf-8")


@pytest.fixture(autouse=True)
def cheap_passwords(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(accounts, "hasher", CHEAP_HASHER)
    monkeypatch.setattr(accounts, "_DUMMY", [])


@pytest.fixture
def web_settings() -> Settings:
    return make_settings(brand={"name": "Bramble"})


@pytest.fixture
def world(sqlite_factory: Any) -> Any:
    world = seed(sqlite_factory)
    with sqlite_factory() as session, session.begin():
        import_book(session, DEMO_BOOK, "test")
    return world


def _client(web_settings: Settings, sqlite_factory: Any, who: str) -> Any:
    return signed_in(web_settings, sqlite_factory, who)


def test_every_role_reads_the_book_but_only_an_admin_gets_the_editor(
    web_settings: Settings, sqlite_factory: Any, world: Any
) -> None:
    ada = _client(web_settings, sqlite_factory, "ada")
    vic = _client(web_settings, sqlite_factory, "vic")
    admin_page = ada.get("/admin/brand")
    viewer_page = vic.get("/admin/brand")
    assert admin_page.status_code == viewer_page.status_code == 200
    assert "<textarea" in admin_page.text and "<textarea" not in viewer_page.text
    assert "Headrow" in viewer_page.text and "version 1" in viewer_page.text
    assert form_post(vic, "/admin/brand", {"book": DEMO_BOOK}).status_code == 403


def test_an_admin_edit_saves_a_new_audited_version(
    web_settings: Settings, sqlite_factory: Any, world: Any
) -> None:
    ada = _client(web_settings, sqlite_factory, "ada")
    edited = DEMO_BOOK.replace("Headrow", "Headingley", 1)
    response = form_post(ada, "/admin/brand", {"book": edited})
    assert response.status_code == 303
    with sqlite_factory() as session:
        versions = session.scalars(select(BrandBookVersion.version)).all()
        assert sorted(versions) == [1, 2]
        book = current_book(session)
        assert book is not None and any(loc.name == "Headingley" for loc in book.locations)
        actions = session.scalars(select(AuditEvent.action)).all()
        assert "brand_book.edit" in actions
    again = form_post(ada, "/admin/brand", {"book": edited})
    assert again.status_code == 303
    with sqlite_factory() as session:
        assert session.query(BrandBookVersion).count() == 2  # unchanged text: no new version


def test_an_invalid_edit_saves_nothing_and_names_each_line(
    web_settings: Settings, sqlite_factory: Any, world: Any
) -> None:
    ada = _client(web_settings, sqlite_factory, "ada")
    broken = DEMO_BOOK + '\n[contact]\nfax = "0113"\n'
    response = form_post(ada, "/admin/brand", {"book": broken})
    assert response.status_code == 422
    assert "Not saved" in response.text and "line" in response.text
    assert "fax = &#34;0113&#34;" in response.text  # the text stays as typed, escaped
    with sqlite_factory() as session:
        assert session.query(BrandBookVersion).count() == 1


def test_hostile_text_in_a_rejected_edit_is_shown_as_text(
    web_settings: Settings, sqlite_factory: Any, world: Any
) -> None:
    ada = _client(web_settings, sqlite_factory, "ada")
    response = form_post(ada, "/admin/brand", {"book": "</textarea><script>alert(1)</script>"})
    assert response.status_code == 422
    assert "<script>alert(1)" not in response.text


def test_restore_makes_an_old_version_current_as_a_new_one(
    web_settings: Settings, sqlite_factory: Any, world: Any
) -> None:
    ada = _client(web_settings, sqlite_factory, "ada")
    form_post(ada, "/admin/brand", {"book": DEMO_BOOK.replace("Headrow", "Headingley", 1)})
    assert form_post(ada, "/admin/brand/restore/1").status_code == 303
    with sqlite_factory() as session:
        assert session.query(BrandBookVersion).count() == 3
        book = current_book(session)
        assert book is not None and any(loc.name == "Headrow" for loc in book.locations)
    missing = form_post(ada, "/admin/brand/restore/99")
    assert missing.status_code == 303 and "no brand book version 99" in missing.headers.get(
        "set-cookie", ""
    ).replace("%20", " ")
