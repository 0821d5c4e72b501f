"""Import a CRM export (CSV) of known customers: all-or-nothing, idempotent, line-numbered.

Columns are found by a mapping from our fields to the file's headers; common header names
("Full name", "X handle", "Loyalty tier", ...) are recognised without one. A person is
recognised on re-import by ``crm_id`` if mapped, else e-mail, else their first handle, so
importing the same file twice changes nothing. A file with any bad row imports nothing
unless ``skip_bad_rows`` is set; every bad row is reported with its line number.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from config.errors import InputError
from listener.people.records import profile_snapshot
from listener.people.stage import refresh_customers
from listener.text import clean_original, handle_key
from store import audit
from store.models import Customer, CustomerMerge, Identity

FIELDS = (
    "crm_id",
    "name",
    "preferred_name",
    "email",
    "twitter",
    "reddit",
    "likes",
    "dislikes",
    "notes",
    "tier",
    "do_not_contact",
)
ALIASES: dict[str, tuple[str, ...]] = {
    "crm_id": ("crm id", "customer id", "id", "customer_id", "crm_id", "contact id"),
    "name": ("name", "full name", "full_name", "customer name", "fullname"),
    "preferred_name": (
        "preferred name",
        "preferred_name",
        "goes by",
        "nickname",
        "first name",
        "known as",
    ),
    "email": ("email", "e-mail", "mail", "email address", "e-mail address"),
    "twitter": ("twitter", "x", "x handle", "twitter handle", "x/twitter", "twitter_handle"),
    "reddit": ("reddit", "reddit username", "reddit handle", "reddit_username"),
    "likes": ("likes", "favourites", "favorites", "preferences"),
    "dislikes": ("dislikes", "avoid", "dislike"),
    "notes": ("notes", "note", "comments"),
    "tier": ("tier", "loyalty tier", "loyalty", "segment", "loyalty_tier"),
    "do_not_contact": ("do not contact", "do_not_contact", "dnc", "opt out", "opted out"),
}
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_TWITTER = re.compile(r"^[A-Za-z0-9_]{1,15}$")
_REDDIT = re.compile(r"^[A-Za-z0-9_-]{3,20}$")
_TRUE = {"yes", "y", "true", "1", "x"}
_FALSE = {"no", "n", "false", "0", ""}


@dataclass
class ImportReport:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: int = 0
    errors: list[tuple[int, str]] = field(default_factory=list)
    imported: bool = True

    def summary(self) -> str:
        if not self.imported:
            return f"imported nothing: {len(self.errors)} bad row(s) (use --skip-bad-rows)"
        return (
            f"{self.created} created, {self.updated} updated, {self.unchanged} unchanged, "
            f"{self.skipped} skipped"
        )


@dataclass(frozen=True)
class _Row:
    line: int
    values: dict[str, Any]


def resolve_mapping(header: list[str], mapping: Mapping[str, str] | None) -> dict[str, int]:
    """Our field → column index; explicit ``mapping`` entries win over recognised names."""
    folded = {h.strip().casefold(): i for i, h in enumerate(header)}
    resolved: dict[str, int] = {}
    for ours, theirs in (mapping or {}).items():
        if ours not in FIELDS:
            raise InputError(f"unknown field {ours!r} in the column mapping; fields: {FIELDS}")
        index = folded.get(theirs.strip().casefold())
        if index is None:
            raise InputError(
                f"column {theirs!r} (mapped to {ours}) is not in the file; columns: {header}"
            )
        resolved[ours] = index
    for ours in FIELDS:
        if ours in resolved:
            continue
        for alias in ALIASES[ours]:
            if alias in folded and folded[alias] not in resolved.values():
                resolved[ours] = folded[alias]
                break
    if not {"name", "preferred_name", "email", "twitter", "reddit"} & resolved.keys():
        raise InputError(
            f"no column to recognise people by (name, email or a handle); columns: {header}. "
            "Map them with --map field=Column"
        )
    return resolved


def read_rows(path: Path, mapping: Mapping[str, str] | None) -> tuple[list[_Row], list[tuple]]:
    """Parse and validate every row; return good rows and (line, reason) for bad ones."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror or exc}") from exc
    bad_lines: dict[int, str] = {}
    for number, raw in enumerate(data.split(b"\n"), start=1):
        try:
            raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            bad_lines[number] = f"not valid UTF-8 (byte {exc.start + 1})"
    text = data.decode("utf-8-sig", errors="replace")
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader)
    except StopIteration as exc:
        raise InputError(f"{path} is empty") from exc
    columns = resolve_mapping(header, mapping)
    rows: list[_Row] = []
    errors: list[tuple[int, str]] = []
    keys: dict[str, int] = {}
    start = reader.line_num + 1
    for record in reader:
        line, end = start, reader.line_num
        start = end + 1
        if not any(cell.strip() for cell in record):
            continue
        broken = [bad_lines[n] for n in range(line, end + 1) if n in bad_lines]
        if broken:
            errors.append((line, broken[0]))
            continue
        if len(record) != len(header):
            errors.append((line, f"{len(record)} fields, the header has {len(header)}"))
            continue
        try:
            values = _validate({f: record[i] for f, i in columns.items()})
        except ValueError as exc:
            errors.append((line, str(exc)))
            continue
        key = values["crm_key"]
        if key in keys:
            errors.append((line, f"same person as line {keys[key]} ({key})"))
            continue
        keys[key] = line
        rows.append(_Row(line, values))
    return rows, errors


def _split(value: str) -> list[str]:
    return [part.strip() for part in re.split(r"[;|\n]", value) if part.strip()]


def _validate(raw: dict[str, str]) -> dict[str, Any]:
    values: dict[str, Any] = {}
    get = lambda f: clean_original(raw.get(f, "") or "")[0].strip()  # noqa: E731
    for f in ("name", "preferred_name"):
        values[f] = get(f)[:200] or None
    email = get("email").lower()
    if email and not _EMAIL.match(email):
        raise ValueError(f"email {email!r} is not an e-mail address")
    values["email"] = email or None
    twitter = get("twitter").lstrip("@")
    if twitter and not _TWITTER.match(twitter):
        raise ValueError(f"X handle {twitter!r} is not a valid handle (letters, digits, _)")
    reddit = re.sub(r"^/?u/", "", get("reddit"))
    if reddit and not _REDDIT.match(reddit):
        raise ValueError(f"Reddit username {reddit!r} is not a valid username")
    values["handles"] = {p: h for p, h in (("twitter", twitter), ("reddit", reddit)) if h}
    values["likes"] = _split(get("likes"))
    values["dislikes"] = _split(get("dislikes"))
    values["notes"] = get("notes")[:5000]
    values["tier"] = get("tier").lower() or None
    dnc = get("do_not_contact").lower()
    if dnc not in _TRUE | _FALSE:
        raise ValueError(f"do-not-contact {dnc!r} is not yes or no")
    values["do_not_contact"] = dnc in _TRUE
    crm_id = get("crm_id")
    if crm_id:
        values["crm_key"] = "id:" + crm_id
    elif email:
        values["crm_key"] = "email:" + email
    elif values["handles"]:
        platform, handle = next(iter(values["handles"].items()))
        values["crm_key"] = f"{platform}:{handle_key(handle)}"
    else:
        raise ValueError("no id, e-mail or handle to recognise this person by on re-import")
    if not (values["name"] or values["preferred_name"] or values["handles"]):
        raise ValueError("no name and no handle")
    return values


def import_customers(
    session: Session,
    path: Path,
    *,
    mapping: Mapping[str, str] | None = None,
    skip_bad_rows: bool = False,
    actor: str = "cli",
) -> ImportReport:
    """Import ``path``; the caller's transaction makes it all-or-nothing."""
    rows, errors = read_rows(path, mapping)
    report = ImportReport(errors=errors)
    if errors and not skip_bad_rows:
        report.imported = False
        return report
    report.skipped = len(errors)
    touched: list[int] = []
    for row in rows:
        outcome, customer = _upsert(session, row.values, actor=actor)
        setattr(report, outcome, getattr(report, outcome) + 1)
        touched.append(customer.id)
    session.flush()
    refresh_customers(session, touched)
    audit.record(
        session,
        actor=actor,
        action="customers.import",
        subject=f"file:{path.name}",
        after={
            "created": report.created,
            "updated": report.updated,
            "unchanged": report.unchanged,
            "skipped_lines": [line for line, _ in errors],
        },
    )
    return report


def _upsert(session: Session, values: dict[str, Any], *, actor: str) -> tuple[str, Customer]:
    customer = session.scalar(select(Customer).where(Customer.crm_key == values["crm_key"]))
    identities: list[Identity] = []
    for platform, handle in values["handles"].items():
        identity = session.scalar(
            select(Identity).where(
                Identity.platform == platform, Identity.handle_key == handle_key(handle)
            )
        )
        identities.append(identity) if identity else None
    outcome = "unchanged"
    if customer is None:
        # A light profile made from this person's mentions becomes the known profile.
        light = next(
            (
                i.customer
                for i in identities
                if not i.customer.is_known and i.customer.merged_into_id is None
            ),
            None,
        )
        customer = light or Customer(first_seen=None, likes=[], dislikes=[], tags=[], notes="")
        if light is None:
            session.add(customer)
        outcome = "created"
    before = profile_snapshot(customer) if customer.id else None
    for f in ("name", "preferred_name", "email", "likes", "dislikes", "notes", "tier"):
        if getattr(customer, f) != values[f]:
            setattr(customer, f, values[f])
    customer.crm_key = values["crm_key"]
    customer.do_not_contact = values["do_not_contact"]
    customer.is_known = True
    session.flush()
    for platform, handle in values["handles"].items():
        identity = next((i for i in identities if i.platform == platform), None)
        if identity is None:
            session.add(
                Identity(
                    platform=platform,
                    handle=handle,
                    handle_key=handle_key(handle),
                    customer_id=customer.id,
                )
            )
        elif identity.customer_id != customer.id:
            old = identity.customer_id
            identity.customer_id = customer.id
            session.add(
                CustomerMerge(
                    survivor_id=customer.id,
                    merged_id=old,
                    identity_ids=[identity.id],
                    draft_ids=[],
                    merged_profile={"survivor_before": {}, "merged_before": {}},
                    actor=f"{actor} (CRM import)",
                )
            )
    session.flush()
    after = profile_snapshot(customer)
    if outcome != "created" and before != after:
        outcome = "updated"
        audit.record(
            session,
            actor=actor,
            action="customer.update",
            subject=f"customer:{customer.id}",
            before=before,
            after=after,
        )
    return outcome, customer
