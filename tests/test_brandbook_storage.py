"""The brand book in the database: versioned, audited, round-tripping, and its CLI."""

from __future__ import annotations

import argparse
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from sqlalchemy import func, select

from commands import brand
from responders.brandbook import BookError, parse_book
from responders.brandbook.storage import (
    BookCache,
    current_book,
    export_book,
    import_book,
    to_toml,
)
from store.models import AuditEvent, BrandBookVersion

ROOT = Path(__file__).resolve().parent.parent
DEMO_BOOK = (ROOT / "config" / "demo" / "brand_book.toml").read_text(encoding="utf-8")
EXAMPLE_BOOK = (ROOT / "docs" / "brand-book.example.toml").read_text(encoding="utf-8")


@pytest.mark.parametrize("text", [DEMO_BOOK, EXAMPLE_BOOK], ids=["demo", "example"])
def test_export_then_import_gives_the_same_book(text: str) -> None:
    book = parse_book(text)
    assert parse_book(to_toml(book)) == book
    assert parse_book(to_toml(book, header="a\nb")) == book


def test_import_writes_a_version_and_an_audit_event(factory: Any) -> None:
    with factory() as session, session.begin():
        result = import_book(session, DEMO_BOOK, "ana", source="brand_book.toml")
        assert (result.version, result.changed) == (1, True)
    with factory() as session:
        row = session.scalars(select(BrandBookVersion)).one()
        assert (row.version, row.actor, row.note) == (1, "ana", "brand_book.toml")
        event = session.scalars(select(AuditEvent)).one()
        assert (event.actor, event.action, event.subject) == (
            "ana",
            "brand_book.import",
            "brand_book:v1",
        )
        assert event.before is None and event.after["locations"] == 2
        assert current_book(session) == parse_book(DEMO_BOOK)


def test_each_change_is_a_new_version_and_the_latest_is_current(factory: Any) -> None:
    changed = DEMO_BOOK.replace('phone = "0113 496 0000"', 'phone = "0113 496 0999"')
    with factory() as session, session.begin():
        import_book(session, DEMO_BOOK, "ana")
        again = import_book(session, DEMO_BOOK, "ben")
        second = import_book(session, changed, "ben")
    assert (again.version, again.changed) == (1, False)
    assert (second.version, second.changed, second.changed_sections) == (2, True, ("contact",))
    with factory() as session:
        assert session.scalar(select(func.count()).select_from(BrandBookVersion)) == 2
        assert current_book(session).contact.phone == "0113 496 0999"
        events = session.scalars(select(AuditEvent).order_by(AuditEvent.id)).all()
        assert [e.subject for e in events] == ["brand_book:v1", "brand_book:v2"]
        assert events[1].before == {"version": 1} and events[1].after["changed_sections"] == [
            "contact"
        ]


def test_an_invalid_book_writes_nothing(factory: Any) -> None:
    bad = DEMO_BOOK.replace('timezone = "Europe/London"', 'timezone = "Europe/Leeds"', 1)
    with factory() as session, session.begin(), pytest.raises(BookError):
        import_book(session, bad, "ana")
    with factory() as session:
        assert session.scalar(select(func.count()).select_from(BrandBookVersion)) == 0
        assert session.scalar(select(func.count()).select_from(AuditEvent)) == 0
        assert current_book(session) is None and export_book(session) is None


def test_export_of_the_stored_book_imports_to_the_same_book(factory: Any) -> None:
    with factory() as session, session.begin():
        import_book(session, EXAMPLE_BOOK, "ana")
    with factory() as session:
        text = export_book(session)
    assert text.startswith("# Rapport brand book, version 1")
    assert parse_book(text) == parse_book(EXAMPLE_BOOK)


def test_cache_reads_a_version_once_and_sees_a_new_one(factory: Any) -> None:
    cache = BookCache()
    with factory() as session:
        assert cache.get(session) is None
    with factory() as session, session.begin():
        import_book(session, DEMO_BOOK, "ana")
    with factory() as session:
        first = cache.get(session)
        assert first is cache.get(session)  # the same object: not parsed again
    with factory() as session, session.begin():
        import_book(session, DEMO_BOOK.replace('name = "Bramble"', 'name = "Bramble Co"'), "ana")
    with factory() as session:
        assert cache.get(session).name == "Bramble Co"


# --- the CLI module ----------------------------------------------------------------------


def run_cli(factory: Any, *argv: str) -> int:
    parser = argparse.ArgumentParser()
    brand.register(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(["brand", *argv])
    app = SimpleNamespace(settings=None, factory=factory, actor="cli-test")
    return args.func(app, args)


def test_cli_import_export_show_and_history(
    factory: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "book.toml"
    source.write_text(DEMO_BOOK, encoding="utf-8")
    assert run_cli(factory, "import", str(source)) == 0
    assert "brand book version 1 imported" in capsys.readouterr().out
    assert run_cli(factory, "import", str(source)) == 0
    assert "unchanged: version 1" in capsys.readouterr().out
    out_file = tmp_path / "out.toml"
    assert run_cli(factory, "export", "-o", str(out_file)) == 0
    assert parse_book(out_file.read_text(encoding="utf-8")) == parse_book(DEMO_BOOK)
    capsys.readouterr()
    assert run_cli(factory, "show") == 0
    shown = capsys.readouterr().out
    assert "Bramble: brand book version 1" in shown and "Kirkstall (Europe/London)" in shown
    assert run_cli(factory, "history") == 0
    assert "cli-test" in capsys.readouterr().out


def test_cli_import_prints_every_problem_with_file_and_line_and_exits_2(
    factory: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "book.toml"
    source.write_text('[contact]\nemail = "nope"\nfax = "1"\n', encoding="utf-8")
    assert run_cli(factory, "import", str(source)) == 2
    err = capsys.readouterr().err
    assert f"{source}:2: contact.email:" in err and f"{source}:3: contact.fax:" in err
    assert "not imported: 2 problem(s)" in err
    with factory() as session:
        assert session.scalar(select(func.count()).select_from(BrandBookVersion)) == 0


def test_cli_export_without_a_book_is_an_input_error(factory: Any) -> None:
    from config.errors import InputError

    with pytest.raises(InputError, match="no brand book yet"):
        run_cli(factory, "export")


def test_round_trip_keeps_awkward_values() -> None:
    text = """
name = "Café \\"Ñandú\\" & Co"
never_say = ["no\\nworries", "it's fine"]

[[locations]]
name = "Bar"
timezone = "America/New_York"
notes = ["late: 'til 3"]
[locations.hours]
sat = "20:00-03:00"
sun = "00:00-24:00"

[[offerings]]
name = "set menu"
facts = { "lead time" = "2 days", seats = 40, price_from = 12.5, vegan = false }

[accounts]
"bsky.app" = ["bar.example"]
"""
    book = parse_book(text)
    again = parse_book(to_toml(book))
    assert again == book
    assert again.offerings[0].facts == {
        "lead time": "2 days",
        "seats": 40,
        "price_from": 12.5,
        "vegan": False,
    }
    assert again.never_say[0] == "no\nworries" and again.accounts == {"bsky.app": ["bar.example"]}


def test_cli_check_validates_without_a_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good, bad = tmp_path / "good.toml", tmp_path / "bad.toml"
    good.write_text(DEMO_BOOK, encoding="utf-8")
    bad.write_text('never_say = "x"\n[policies]\nreturns = 30\n', encoding="utf-8")
    assert run_cli(None, "check", str(good)) == 0
    assert "valid (2 locations" in capsys.readouterr().out
    assert run_cli(None, "check", str(bad)) == 2
    assert f"{bad}:3: policies.returns: should be text in quotes" in capsys.readouterr().err


def test_cli_reading_a_missing_file_is_an_input_error(tmp_path: Path) -> None:
    from config.errors import InputError

    with pytest.raises(InputError, match="cannot read"):
        run_cli(None, "check", str(tmp_path / "nope.toml"))


def test_restore_makes_an_old_version_current_as_a_new_audited_version(
    factory: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    changed = DEMO_BOOK.replace('phone = "0113 496 0000"', 'phone = "0113 496 0999"')
    with factory() as session, session.begin():
        import_book(session, DEMO_BOOK, "ana")
        import_book(session, changed, "ana")
    assert run_cli(factory, "restore", "1") == 0
    assert "version 1 restored as version 3" in capsys.readouterr().out
    assert run_cli(factory, "restore", "3") == 0
    assert "unchanged" in capsys.readouterr().out
    with factory() as session:
        assert current_book(session) == parse_book(DEMO_BOOK)
        last = session.scalars(select(AuditEvent).order_by(AuditEvent.id.desc())).first()
        assert (last.action, last.subject, last.actor) == (
            "brand_book.restore",
            "brand_book:v3",
            "cli-test",
        )
    from config.errors import InputError

    with pytest.raises(InputError, match="no brand book version 9"):
        run_cli(factory, "restore", "9")
