"""People who use the review UI: argon2 password hashes, roles, personal API tokens.

Roles, each including the ones below it: ``viewer`` reads everything but changes nothing;
``reviewer`` also edits, approves, rejects, snoozes and assigns drafts, corrects labels and
edits, merges and unmerges customer profiles; ``admin`` also manages users, reads settings
and the audit log, imports customers and exports or erases a person's data (GDPR).
Used by ``run_bot.py users …`` and by the admin pages; every change is audited.
"""

from __future__ import annotations

import contextlib
import hashlib
import re
import secrets
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from config.errors import InputError
from store import audit
from store.models import User, WebSession, utcnow

ROLES = ("viewer", "reviewer", "admin")
_RANK = {role: rank for rank, role in enumerate(ROLES)}
_USERNAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")
MIN_PASSWORD = 10
TOKEN_PREFIX = "rpt_"  # noqa: S105 (a visible prefix, not a secret)

# argon2id with argon2-cffi's defaults (RFC 9106 low-memory profile). Tests swap in a cheap
# hasher; a stored hash with other parameters is upgraded at the next sign-in.
hasher = PasswordHasher()
# Verified against when the username is unknown, so both cases take the same time.
_DUMMY: list[str] = []


def has_role(role: str, needed: str) -> bool:
    """Whether ``role`` includes the rights of ``needed`` (admin ⊇ reviewer ⊇ viewer)."""
    return _RANK.get(role, -1) >= _RANK[needed]


def check_username(username: str) -> str:
    name = username.strip()
    if not _USERNAME.match(name):
        raise InputError(
            "a username is 1-64 letters, digits, '.', '_' or '-', starting with a letter or digit"
        )
    return name


def check_role(role: str) -> str:
    if role not in ROLES:
        raise InputError(f"role must be one of {', '.join(ROLES)}")
    return role


def check_password(password: str) -> str:
    if len(password) < MIN_PASSWORD:
        raise InputError(f"a password needs at least {MIN_PASSWORD} characters")
    if len(password) > 1024:
        raise InputError("a password can have at most 1024 characters")
    return password


def hash_password(password: str) -> str:
    return hasher.hash(password)


def find_user(session: Session, username: str) -> User | None:
    """The user called ``username`` (case-insensitive), or None."""
    return session.scalar(select(User).where(func.lower(User.username) == username.lower()))


def get_user(session: Session, user_id: int) -> User:
    user = session.get(User, user_id)
    if user is None:
        raise InputError(f"no user with id {user_id}")
    return user


def add_user(session: Session, username: str, *, role: str, password: str, actor: str) -> User:
    """Create a user; names are unique regardless of case. Audited as ``user.add``."""
    name = check_username(username)
    check_role(role)
    check_password(password)
    if find_user(session, name) is not None:
        raise InputError(f"a user called {name!r} already exists")
    user = User(username=name, role=role, password_hash=hash_password(password), disabled=False)
    session.add(user)
    session.flush()
    audit.record(
        session,
        actor=actor,
        action="user.add",
        subject=f"user:{user.id}",
        after={"username": name, "role": role},
    )
    return user


def set_password(session: Session, user: User, password: str, *, actor: str) -> None:
    """New password; every session of the user ends. Audited (without the password)."""
    user.password_hash = hash_password(check_password(password))
    end_sessions(session, user)
    audit.record(session, actor=actor, action="user.password", subject=f"user:{user.id}")


def update_user(
    session: Session,
    user: User,
    *,
    actor: str,
    role: str | None = None,
    disabled: bool | None = None,
) -> User:
    """Change role or disable/enable; the last enabled admin cannot lose admin rights."""
    before = {"role": user.role, "disabled": user.disabled}
    new_role = check_role(role) if role is not None else user.role
    new_disabled = user.disabled if disabled is None else disabled
    if user.role == "admin" and not user.disabled and (new_role != "admin" or new_disabled):
        admins = session.scalar(
            select(func.count(User.id)).where(User.role == "admin", User.disabled.is_(False))
        )
        if admins <= 1:
            raise InputError("this is the last enabled admin; make another admin first")
    user.role, user.disabled = new_role, new_disabled
    after = {"role": user.role, "disabled": user.disabled}
    if after != before:
        if user.disabled:
            end_sessions(session, user)
        audit.record(
            session,
            actor=actor,
            action="user.update",
            subject=f"user:{user.id}",
            before=before,
            after=after,
        )
    return user


def end_sessions(session: Session, user: User) -> None:
    session.execute(WebSession.__table__.delete().where(WebSession.user_id == user.id))


@dataclass(frozen=True)
class Verified:
    user: User | None
    ok: bool


def verify_login(session: Session, username: str, password: str) -> Verified:
    """Check a sign-in; upgrades an old hash. Unknown names cost as much time as known ones."""
    user = find_user(session, username) if username else None
    if user is None or user.disabled:
        if not _DUMMY:
            _DUMMY.append(hasher.hash(secrets.token_hex(8)))
        with contextlib.suppress(VerificationError, InvalidHashError):
            hasher.verify(_DUMMY[0], password or "-")
        return Verified(user, False)
    try:
        hasher.verify(user.password_hash, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return Verified(user, False)
    if hasher.check_needs_rehash(user.password_hash):
        user.password_hash = hasher.hash(password)
    return Verified(user, True)


# --- API tokens -----------------------------------------------------------------------------


def token_hash(token: str) -> str:
    """Tokens are long random strings: SHA-256 is enough to store them safely."""
    return hashlib.sha256(token.encode()).hexdigest()


def issue_token(session: Session, user: User, *, actor: str) -> str:
    """A new API token for ``user`` (the old one stops working). Shown once, never stored."""
    token = TOKEN_PREFIX + secrets.token_urlsafe(32)
    user.api_token_hash = token_hash(token)
    user.api_token_created_at = utcnow()
    audit.record(session, actor=actor, action="user.token", subject=f"user:{user.id}")
    return token


def revoke_token(session: Session, user: User, *, actor: str) -> None:
    if user.api_token_hash is None:
        return
    user.api_token_hash = None
    user.api_token_created_at = None
    audit.record(session, actor=actor, action="user.token_revoke", subject=f"user:{user.id}")


def user_for_token(session: Session, token: str) -> User | None:
    """The enabled user whose API token this is, or None."""
    if not token.startswith(TOKEN_PREFIX) or len(token) > 200:
        return None
    user = session.scalar(select(User).where(User.api_token_hash == token_hash(token)))
    if user is None or user.disabled:
        return None
    return user
