"""The brand book in the database: the one source of truth, versioned and audited.

``import_book`` validates a TOML text and, when it differs from the book in force, adds a
new ``BrandBookVersion`` row and an ``AuditEvent`` in the caller's transaction (so the
version and its audit commit or roll back together). Re-importing the same book adds
nothing. ``export_book`` writes the current book back as TOML; importing that text gives
the same book. ``BookCache`` lets the drafting job read the book once per version instead
of once per mention.
"""

from __future__ import annotations

import hashlib
import json
import threading
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from config.errors import InputError
from responders.brandbook.model import BrandBook
from responders.brandbook.tomlwrite import dumps
from responders.brandbook.validate import book_from_document, parse_book
from store import audit
from store.models import BrandBookVersion

SECTIONS = ("name", "locations", "contact", "people", "offerings", "policies", "accounts",
            "faq", "playbooks", "never_say")  # fmt: skip


@dataclass(frozen=True)
class SaveResult:
    """What an import or edit did: the version in force afterwards and whether it is new."""

    version: int
    changed: bool
    book: BrandBook
    changed_sections: tuple[str, ...] = ()


def digest_of(document: dict[str, Any]) -> str:
    """SHA-256 of the canonical JSON of a book document (sorted keys, no spaces)."""
    canonical = json.dumps(document, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(canonical.encode()).hexdigest()


def latest_version(session: Session) -> BrandBookVersion | None:
    """The newest version row, or ``None`` before the first import."""
    query = select(BrandBookVersion).order_by(BrandBookVersion.version.desc()).limit(1)
    return session.scalars(query).first()


def current_book(session: Session) -> BrandBook | None:
    """The book in force, or ``None`` when none was ever imported."""
    row = latest_version(session)
    return None if row is None else book_from_document(row.document)


def summary(book: BrandBook) -> dict[str, int]:
    """How many entries each list section has; for the audit log and ``brand show``."""
    return {
        "locations": len(book.locations),
        "people": len(book.people),
        "offerings": len(book.offerings),
        "faq": len(book.faq),
        "accounts": sum(len(handles) for handles in book.accounts.values()),
        "never_say": len(book.never_say),
    }


def save_book(
    session: Session, book: BrandBook, *, actor: str, action: str, note: str | None = None
) -> SaveResult:
    """Make ``book`` the book in force, as a new version with its audit event.

    ``action`` names the change in the audit log (``brand_book.import``,
    ``brand_book.edit``). An unchanged book writes nothing and returns the current version.
    """
    document = book.document()
    digest = digest_of(document)
    previous = latest_version(session)
    if previous is not None and previous.digest == digest:
        return SaveResult(previous.version, False, book)
    before = previous.document if previous is not None else {}
    changed = tuple(s for s in SECTIONS if before.get(s) != document.get(s))
    row = BrandBookVersion(
        version=(previous.version + 1) if previous is not None else 1,
        document=document,
        digest=digest,
        actor=actor,
        note=note[:200] if note else None,
    )
    session.add(row)
    session.flush()
    audit.record(
        session,
        actor=actor,
        action=action,
        subject=f"brand_book:v{row.version}",
        before=None if previous is None else {"version": previous.version},
        after={
            "version": row.version,
            "digest": digest,
            "changed_sections": list(changed),
            **summary(book),
        },
    )
    return SaveResult(row.version, True, book, changed)


def import_book(
    session: Session, toml_text: str, actor: str, *, source: str = "brand book"
) -> SaveResult:
    """Validate ``toml_text`` and make it the book in force (all or nothing).

    Raises ``BookError`` listing every problem with its line; nothing is written then.
    ``source`` (the file name) appears in errors and in the version's note.
    """
    book = parse_book(toml_text, source=source)
    return save_book(session, book, actor=actor, action="brand_book.import", note=source)


def restore_version(session: Session, version: int, *, actor: str) -> SaveResult:
    """Make an earlier version the book in force again, as a new version (audited).

    History is never rewritten: restoring v3 while v5 is current writes v6 equal to v3.
    Raises ``InputError`` for a version that does not exist.
    """
    row = session.scalars(
        select(BrandBookVersion).where(BrandBookVersion.version == version)
    ).first()
    if row is None:
        raise InputError(f"there is no brand book version {version}")
    book = book_from_document(row.document)
    return save_book(
        session, book, actor=actor, action="brand_book.restore", note=f"restore of v{version}"
    )


def to_toml(book: BrandBook, *, header: str | None = None) -> str:
    """The TOML text of ``book``; parsing it gives the same book."""
    document = book.model_dump(mode="python", exclude_none=True, exclude_defaults=True)
    body = dumps(document)
    if header:
        comment = "".join(f"# {line}\n" for line in header.splitlines())
        return f"{comment}\n{body}"
    return body


def export_book(session: Session) -> str | None:
    """The book in force as TOML, with a comment naming its version; ``None`` if none."""
    row = latest_version(session)
    if row is None:
        return None
    book = book_from_document(row.document)
    stamp = row.created_at.strftime("%Y-%m-%d %H:%M UTC")
    return to_toml(book, header=f"Rapport brand book, version {row.version} ({stamp}, {row.actor})")


class BookCache:
    """The current book for long-running jobs, re-read only when a new version appears.

    Each ``get`` costs one small query (the newest version number and digest); the
    document is parsed again only when it changed. Safe to share between threads.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._digest: str | None = None
        self._book: BrandBook | None = None

    def get(self, session: Session) -> BrandBook | None:
        """The book in force, from cache when its digest is unchanged; ``None`` if none."""
        query = (
            select(BrandBookVersion.id, BrandBookVersion.digest)
            .order_by(BrandBookVersion.version.desc())
            .limit(1)
        )
        newest = session.execute(query).first()
        if newest is None:
            return None
        with self._lock:
            if newest.digest == self._digest and self._book is not None:
                return self._book
        row = session.get(BrandBookVersion, newest.id)
        book = book_from_document(row.document) if row is not None else None
        with self._lock:
            self._digest, self._book = newest.digest, book
        return book


_SHARED_CACHE = BookCache()


def cached_book(session: Session) -> BrandBook | None:
    """The book in force through one process-wide ``BookCache`` (what the drafting job uses)."""
    return _SHARED_CACHE.get(session)
