"""``brand import | check | export | show | history | restore``: the brand book from the shell.

The book lives in the database (``responders.brandbook.storage``); these commands move it
in and out as TOML. ``import`` is all-or-nothing: every problem of the file is printed as
``FILE:LINE: key: message`` and the command exits 2 with nothing written. Imports are
audited under ``--actor``; re-importing the same book adds no version.
"""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from config.errors import InputError

if TYPE_CHECKING:
    from commands.app import App


def register(sub: Any) -> None:
    """Add ``brand`` and its subcommands."""
    brand = sub.add_parser("brand", help="the brand book: locations, hours, FAQ, playbooks")
    bsub = brand.add_subparsers(dest="brand_command", required=True)
    imp = bsub.add_parser("import", help="validate a TOML book and make it the current one")
    imp.add_argument("file", metavar="FILE.toml")
    chk = bsub.add_parser("check", help="validate a TOML book without importing it (no database)")
    chk.add_argument("file", metavar="FILE.toml")
    exp = bsub.add_parser("export", help="write the current book as TOML")
    exp.add_argument("-o", "--output", help="file to write (default: standard output)")
    bsub.add_parser("show", help="a summary of the current book")
    hist = bsub.add_parser("history", help="versions, newest first")
    hist.add_argument("--limit", type=int, default=20)
    restore = bsub.add_parser("restore", help="make an earlier version current again (audited)")
    restore.add_argument("version", type=int)
    brand.set_defaults(func=cmd_brand)


def cmd_brand(app: App, args: argparse.Namespace) -> int:
    """Dispatch on ``brand_command``; each runs in one transaction (``check`` needs none)."""
    if args.brand_command == "check":
        return _check(args)
    handlers = {
        "import": _import,
        "export": _export,
        "show": _show,
        "history": _history,
        "restore": _restore,
    }
    with app.factory() as session, session.begin():
        return handlers[args.brand_command](app, session, args)


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read {path}: {exc}") from exc


def _print_problems(path: Path, problems: list[Any], verdict: str) -> None:
    """``FILE:LINE: key: message`` per problem, as compilers print them (editors jump there)."""
    for problem in problems:
        where = f"{path}:{problem.line}" if problem.line else str(path)
        key = f" {problem.key}:" if problem.key else ""
        print(f"{where}:{key} {problem.message}", file=sys.stderr)
    print(f"{verdict}: {len(problems)} problem(s)", file=sys.stderr)


def _check(args: argparse.Namespace) -> int:
    from responders.brandbook.storage import summary
    from responders.brandbook.validate import BookError, parse_book

    path = Path(args.file)
    try:
        book = parse_book(_read(path), source=path.name)
    except BookError as exc:
        _print_problems(path, exc.problems, "invalid")
        return 2
    counts = ", ".join(f"{count} {name}" for name, count in summary(book).items())
    print(f"{path}: valid ({counts})")
    return 0


def _import(app: App, session: Any, args: argparse.Namespace) -> int:
    from responders.brandbook.storage import import_book
    from responders.brandbook.validate import BookError

    path = Path(args.file)
    try:
        result = import_book(session, _read(path), app.actor, source=path.name)
    except BookError as exc:
        _print_problems(path, exc.problems, "not imported")
        session.rollback()
        return 2
    if result.changed:
        sections = ", ".join(result.changed_sections) or "none"
        print(f"brand book version {result.version} imported (changed: {sections})")
    else:
        print(f"unchanged: version {result.version} is already this book")
    return 0


def _export(app: App, session: Any, args: argparse.Namespace) -> int:
    from responders.brandbook.storage import export_book

    text = export_book(session)
    if text is None:
        raise InputError("there is no brand book yet: run `brand import FILE.toml` first")
    if args.output:
        Path(args.output).write_text(text, encoding="utf-8")
        print(f"wrote {args.output}")
    else:
        sys.stdout.write(text)
    return 0


def _show(app: App, session: Any, args: argparse.Namespace) -> int:
    from responders.brandbook.answers import day_hours
    from responders.brandbook.days import DayRef
    from responders.brandbook.hours import weekday_key
    from responders.brandbook.storage import latest_version, summary
    from responders.brandbook.validate import book_from_document

    row = latest_version(session)
    if row is None:
        print("no brand book yet: run `brand import FILE.toml`")
        return 0
    book = book_from_document(row.document)
    stamp = row.created_at.strftime("%Y-%m-%d %H:%M UTC")
    print(f"{book.name or '(no name)'}: brand book version {row.version}, {stamp} by {row.actor}")
    counts = ", ".join(f"{count} {name}" for name, count in summary(book).items())
    print(f"  {counts}")
    now = datetime.now(UTC)
    for location in book.locations:
        today = now.astimezone(location.zone).date()
        found = day_hours(location, DayRef(weekday=weekday_key(today), label="today", day=today))
        hours = found.text() if found else "not in the book"
        print(f"  {location.name} ({location.timezone}): today {hours}")
    accounts = "; ".join(f"{p}: {', '.join(h)}" for p, h in book.accounts.items()) or "none"
    print(f"  official accounts: {accounts}")
    playbooks = [k for k, v in book.playbooks.model_dump().items() if v]
    print(f"  playbooks: {', '.join(playbooks) or 'none'}")
    return 0


def _history(app: App, session: Any, args: argparse.Namespace) -> int:
    from sqlalchemy import select

    from store.models import BrandBookVersion

    query = select(BrandBookVersion).order_by(BrandBookVersion.version.desc()).limit(args.limit)
    for row in session.scalars(query):
        stamp = row.created_at.strftime("%Y-%m-%d %H:%M UTC")
        print(f"v{row.version}  {stamp}  {row.actor}  {row.note or ''}".rstrip())
    return 0


def _restore(app: App, session: Any, args: argparse.Namespace) -> int:
    from responders.brandbook.storage import restore_version

    result = restore_version(session, args.version, actor=app.actor)
    if result.changed:
        print(f"version {args.version} restored as version {result.version}")
    else:
        print(f"unchanged: version {args.version} is already the current book")
    return 0
