"""The data model of docs/architecture.md as SQLAlchemy 2.x declarative classes.

Alembic owns the schema's evolution (store/migrations); these classes are the current shape.
JSON columns hold small lists (likes, lint findings); everything queried by the queue or the
pipeline is a real column with an index.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    false,
    true,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.types import TypeDecorator

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    """Timezone-aware now; one function so tests can see every default in one place."""
    return datetime.now(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class UTCDateTime(TypeDecorator[datetime]):
    """Timezone-aware UTC datetimes on every backend (SQLite keeps none of its own)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


TZ = UTCDateTime()


class Customer(Base):
    """One person, whatever the number of platform accounts they use."""

    __tablename__ = "customers"

    id: Mapped[int] = mapped_column(primary_key=True)
    crm_key: Mapped[str | None] = mapped_column(String(320), unique=True)
    name: Mapped[str | None] = mapped_column(String(200))
    preferred_name: Mapped[str | None] = mapped_column(String(100))
    email: Mapped[str | None] = mapped_column(String(320))
    likes: Mapped[list[Any]] = mapped_column(JSON, default=list)
    dislikes: Mapped[list[Any]] = mapped_column(JSON, default=list)
    notes: Mapped[str] = mapped_column(Text, default="")
    tags: Mapped[list[Any]] = mapped_column(JSON, default=list)
    tier: Mapped[str | None] = mapped_column(String(40))
    do_not_contact: Mapped[bool] = mapped_column(Boolean, default=False)
    is_known: Mapped[bool] = mapped_column(Boolean, default=False)
    stage: Mapped[str] = mapped_column(String(20), default="new")
    interactions: Mapped[int] = mapped_column(Integer, default=0)
    positive_interactions: Mapped[int] = mapped_column(Integer, default=0)
    negative_interactions: Mapped[int] = mapped_column(Integer, default=0)
    first_seen: Mapped[datetime | None] = mapped_column(TZ)
    last_seen: Mapped[datetime | None] = mapped_column(TZ)
    created_at: Mapped[datetime] = mapped_column(TZ, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(TZ, default=utcnow, onupdate=utcnow)
    deleted_at: Mapped[datetime | None] = mapped_column(TZ)
    merged_into_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id"))

    identities: Mapped[list[Identity]] = relationship(
        back_populates="customer", foreign_keys="Identity.customer_id"
    )

    @property
    def display_name(self) -> str:
        """What a person on the team calls them: preferred name, then name, then a handle."""
        if self.preferred_name:
            return self.preferred_name
        if self.name:
            return self.name
        for identity in self.identities:
            return identity.display_name or identity.handle
        return f"customer {self.id}"


class Identity(Base):
    """One platform account. ``platform_user_id`` is null until a mention reveals it."""

    __tablename__ = "identities"
    __table_args__ = (
        UniqueConstraint("platform", "platform_user_id"),
        Index("ix_identities_platform_handle", "platform", "handle_key"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    platform: Mapped[str] = mapped_column(String(20))
    platform_user_id: Mapped[str | None] = mapped_column(String(64))
    handle: Mapped[str] = mapped_column(String(100))
    handle_key: Mapped[str] = mapped_column(String(100))
    display_name: Mapped[str | None] = mapped_column(String(200))
    followers: Mapped[int | None] = mapped_column(Integer)
    verified: Mapped[bool | None] = mapped_column(Boolean)
    is_bot: Mapped[bool] = mapped_column(Boolean, default=False)
    is_own: Mapped[bool] = mapped_column(Boolean, default=False)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    # When the account was first seen; how recently it posted is on its mentions and on the
    # customer (an identity row is not rewritten for every post: ingest stays append-only).
    first_seen: Mapped[datetime | None] = mapped_column(TZ)

    customer: Mapped[Customer] = relationship(back_populates="identities")


class Mention(Base):
    """A post that mentions the brand, stored once per (platform, external_id)."""

    __tablename__ = "mentions"
    __table_args__ = (
        UniqueConstraint("platform", "external_id"),
        Index("ix_mentions_status_created", "status", "created_at"),
        Index("ix_mentions_identity_created", "identity_id", "created_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    platform: Mapped[str] = mapped_column(String(20))
    external_id: Mapped[str] = mapped_column(String(64))
    source: Mapped[str] = mapped_column(String(40), default="")
    kind: Mapped[str] = mapped_column(String(20), default="post")
    url: Mapped[str | None] = mapped_column(String(2048))
    identity_id: Mapped[int | None] = mapped_column(ForeignKey("identities.id"))
    text: Mapped[str] = mapped_column(Text)
    text_normalized: Mapped[str] = mapped_column(Text)
    text_truncated: Mapped[bool] = mapped_column(Boolean, default=False)
    lang: Mapped[str | None] = mapped_column(String(16))
    created_at: Mapped[datetime] = mapped_column(TZ, index=True)
    collected_at: Mapped[datetime] = mapped_column(TZ, default=utcnow)
    thread_id: Mapped[str | None] = mapped_column(String(64))
    parent_id: Mapped[str | None] = mapped_column(String(64))
    community: Mapped[str | None] = mapped_column(String(100))
    context: Mapped[str | None] = mapped_column(String(500))
    is_repost: Mapped[bool] = mapped_column(Boolean, default=False)
    repost_of_author: Mapped[str | None] = mapped_column(String(100))
    is_own: Mapped[bool] = mapped_column(Boolean, default=False)
    is_relevant: Mapped[bool] = mapped_column(Boolean, default=True)
    is_spam: Mapped[bool] = mapped_column(Boolean, default=False)
    compound: Mapped[float] = mapped_column(Float, default=0.0)
    pos: Mapped[float] = mapped_column(Float, default=0.0)
    neu: Mapped[float] = mapped_column(Float, default=0.0)
    neg: Mapped[float] = mapped_column(Float, default=0.0)
    model_label: Mapped[str] = mapped_column(String(10), default="neutral")
    model_intent: Mapped[str] = mapped_column(String(12), default="other")
    model_is_complaint: Mapped[bool] = mapped_column(Boolean, default=False)
    label: Mapped[str] = mapped_column(String(10), default="neutral")
    intent: Mapped[str] = mapped_column(String(12), default="other")
    is_complaint: Mapped[bool] = mapped_column(Boolean, default=False)
    urgency: Mapped[str] = mapped_column(String(10), default="normal")
    urgency_reasons: Mapped[list[Any]] = mapped_column(JSON, default=list)
    # furious | unhappy | neutral | warm | delighted (listener/scoring/decide.py); null for
    # rows scored before moods existed (drafting then derives one from the label)
    mood: Mapped[str | None] = mapped_column(String(10))
    # False: a language Rapport cannot score; triage sends the mention to a person.
    lang_supported: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())
    model_version: Mapped[str] = mapped_column(String(60), default="")
    manual_label: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    status: Mapped[str] = mapped_column(String(12), default="new")
    triage_reason: Mapped[str | None] = mapped_column(String(200))
    # When the alert rules looked at it (null: not yet); responders/notify/alerts/rules.py.
    alert_checked_at: Mapped[datetime | None] = mapped_column(TZ, index=True)
    # The conversation it belongs to (responders/conversations.py); null until the drafting
    # job has grouped it.
    conversation_id: Mapped[int | None] = mapped_column(ForeignKey("conversations.id"), index=True)

    identity: Mapped[Identity | None] = relationship()
    conversation: Mapped[Conversation | None] = relationship()


class Draft(Base):
    """A reply waiting for, or past, a person's decision. One per mention."""

    __tablename__ = "drafts"

    id: Mapped[int] = mapped_column(primary_key=True)
    mention_id: Mapped[int] = mapped_column(ForeignKey("mentions.id"), unique=True)
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id"), index=True)
    text: Mapped[str] = mapped_column(Text)
    template_key: Mapped[str] = mapped_column(String(120))
    tone: Mapped[str] = mapped_column(String(20))
    alternatives: Mapped[list[Any]] = mapped_column(JSON, default=list)
    lint: Mapped[list[Any]] = mapped_column(JSON, default=list)
    manager_note: Mapped[str | None] = mapped_column(Text)
    priority: Mapped[int] = mapped_column(Integer, default=0)
    status: Mapped[str] = mapped_column(String(12), default="pending")
    assigned_to: Mapped[str | None] = mapped_column(String(100))
    edited_by: Mapped[str | None] = mapped_column(String(100))
    approved_by: Mapped[str | None] = mapped_column(String(100))
    rejected_by: Mapped[str | None] = mapped_column(String(100))
    reject_reason: Mapped[str | None] = mapped_column(Text)
    snoozed_until: Mapped[datetime | None] = mapped_column(TZ)
    created_at: Mapped[datetime] = mapped_column(TZ, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(TZ, default=utcnow, onupdate=utcnow)
    approved_at: Mapped[datetime | None] = mapped_column(TZ)
    sent_at: Mapped[datetime | None] = mapped_column(TZ)
    posted_external_id: Mapped[str | None] = mapped_column(String(64))
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
    next_attempt_at: Mapped[datetime | None] = mapped_column(TZ)
    # The publisher's claim (responders/publishing/claim.py): who holds the draft in "sending" since
    # when (a claim older than publishing.lease_seconds is reconciled with the platform), and
    # whether that attempt was a dry run. A sent draft with dry_run set was never posted; its
    # posted_external_id is "dry-run:<draft id>".
    claimed_at: Mapped[datetime | None] = mapped_column(TZ)
    claimed_by: Mapped[str | None] = mapped_column(String(100))
    dry_run: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())

    mention: Mapped[Mention] = relationship()
    customer: Mapped[Customer | None] = relationship()


# The review queue reads (status, priority DESC, id DESC) in index order, so keyset pages stay
# fast at any depth; "assigned to me" has its own index in the same order. Within a priority the
# newest draft (the newest message of its conversation) comes first.
Index("ix_drafts_queue", Draft.status, Draft.priority.desc(), Draft.id.desc())
Index(
    "ix_drafts_assigned_queue",
    Draft.assigned_to,
    Draft.status,
    Draft.priority.desc(),
    Draft.id.desc(),
)
# The mentions inbox asks "does this mention have a waiting (or handled) draft?" per row: a
# covering index answers without reading the draft.
Index("ix_drafts_mention_status", Draft.mention_id, Draft.status)


class SentenceUse(Base):
    """A sentence drafted to a customer, so it is not drafted to them again within 30 days."""

    __tablename__ = "sentence_uses"
    __table_args__ = (Index("ix_sentence_uses_customer_key", "customer_id", "sentence_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"))
    sentence_key: Mapped[str] = mapped_column(String(64))
    sentence: Mapped[str] = mapped_column(Text)
    draft_id: Mapped[int | None] = mapped_column(ForeignKey("drafts.id"))
    used_at: Mapped[datetime] = mapped_column(TZ, default=utcnow)


class Cursor(Base):
    """Where a source stopped; advanced in the transaction that stores what it covers."""

    __tablename__ = "cursors"
    __table_args__ = (UniqueConstraint("source", "key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    source: Mapped[str] = mapped_column(String(40))
    key: Mapped[str] = mapped_column(String(200))
    value: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(TZ, default=utcnow, onupdate=utcnow)


class SourceState(Base):
    """Health of a source: a query over ``last_success_at``, not a guess."""

    __tablename__ = "source_states"

    source: Mapped[str] = mapped_column(String(40), primary_key=True)
    last_success_at: Mapped[datetime | None] = mapped_column(TZ)
    last_error: Mapped[str | None] = mapped_column(Text)
    last_error_at: Mapped[datetime | None] = mapped_column(TZ)
    consecutive_failures: Mapped[int] = mapped_column(Integer, default=0)
    last_stored: Mapped[int] = mapped_column(Integer, default=0)
    # Bumped by every collection write (cursor, budget, failure) with a conditional UPDATE on
    # the value the writer read: a stale worker's write is refused (listener/cursor_guard.py).
    version: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    # Shared back-off: no worker collects this source before this time.
    next_attempt_at: Mapped[datetime | None] = mapped_column(TZ)


class CustomerMerge(Base):
    """An explicit merge of one profile into another, kept so it can be undone."""

    __tablename__ = "customer_merges"

    id: Mapped[int] = mapped_column(primary_key=True)
    survivor_id: Mapped[int] = mapped_column(ForeignKey("customers.id"))
    merged_id: Mapped[int] = mapped_column(ForeignKey("customers.id"))
    identity_ids: Mapped[list[Any]] = mapped_column(JSON)
    draft_ids: Mapped[list[Any]] = mapped_column(JSON, default=list)
    merged_profile: Mapped[dict[str, Any]] = mapped_column(JSON)
    actor: Mapped[str] = mapped_column(String(100))
    merged_at: Mapped[datetime] = mapped_column(TZ, default=utcnow)
    undone_at: Mapped[datetime | None] = mapped_column(TZ)
    undone_by: Mapped[str | None] = mapped_column(String(100))


class OutboxMessage(Base):
    """An alert or digest waiting for delivery; the dedupe key makes it once per channel."""

    __tablename__ = "outbox_messages"
    __table_args__ = (Index("ix_outbox_messages_status_next", "status", "next_attempt_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    dedupe_key: Mapped[str] = mapped_column(String(200), unique=True)
    channel: Mapped[str] = mapped_column(String(200))
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)
    status: Mapped[str] = mapped_column(String(12), default="pending")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
    next_attempt_at: Mapped[datetime | None] = mapped_column(TZ)
    created_at: Mapped[datetime] = mapped_column(TZ, default=utcnow)
    sent_at: Mapped[datetime | None] = mapped_column(TZ)


class Alert(Base):
    """One alert message (per rule, grouping its items), delivered through the outbox."""

    __tablename__ = "alerts"
    __table_args__ = (Index("ix_alerts_rule_created", "rule", "created_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    rule: Mapped[str] = mapped_column(String(20))
    items: Mapped[int] = mapped_column(Integer, default=0)
    channels: Mapped[list[Any]] = mapped_column(JSON, default=list)
    created_at: Mapped[datetime] = mapped_column(TZ, default=utcnow)


class AlertItem(Base):
    """Something an alert rule matched: a mention, a spike, a silent source.

    ``key`` makes it once ("mention:12", "spike:2026-11-23T09:05", "silence:reddit:…");
    ``alert_id`` stays null while cooldowns or quiet hours hold it back.
    """

    __tablename__ = "alert_items"
    __table_args__ = (Index("ix_alert_items_rule_subject", "rule", "subject"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(200), unique=True)
    rule: Mapped[str] = mapped_column(String(20))
    subject: Mapped[str] = mapped_column(String(200))
    mention_id: Mapped[int | None] = mapped_column(ForeignKey("mentions.id"))
    detail: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    created_at: Mapped[datetime] = mapped_column(TZ, default=utcnow)
    alert_id: Mapped[int | None] = mapped_column(ForeignKey("alerts.id"), index=True)

    mention: Mapped[Mention | None] = relationship()


class User(Base):
    """A person who uses the review UI; passwords only as argon2 hashes."""

    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(100), unique=True)
    password_hash: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(20))
    disabled: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(TZ, default=utcnow)
    # A personal API token, stored only as its SHA-256; shown once when it is made.
    api_token_hash: Mapped[str | None] = mapped_column(String(64), unique=True)
    api_token_created_at: Mapped[datetime | None] = mapped_column(TZ)
    last_login_at: Mapped[datetime | None] = mapped_column(TZ)


class WebSession(Base):
    """A signed-in browser. The cookie holds a random token; only its SHA-256 is stored, so
    logging out (deleting the row) ends the session everywhere at once."""

    __tablename__ = "web_sessions"

    id: Mapped[int] = mapped_column(primary_key=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    csrf_token: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(TZ, default=utcnow)
    last_seen_at: Mapped[datetime] = mapped_column(TZ, default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(TZ)

    user: Mapped[User] = relationship()


class LoginThrottle(Base):
    """Failed sign-ins per key ("user:NAME" or "ip:ADDRESS"), shared by every instance."""

    __tablename__ = "login_throttles"

    key: Mapped[str] = mapped_column(String(200), primary_key=True)
    failures: Mapped[int] = mapped_column(Integer, default=0)
    first_failure_at: Mapped[datetime | None] = mapped_column(TZ)
    locked_until: Mapped[datetime | None] = mapped_column(TZ)


class AuditEvent(Base):
    """Who changed what, when, with the before and after values."""

    __tablename__ = "audit_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    actor: Mapped[str] = mapped_column(String(100))
    action: Mapped[str] = mapped_column(String(60), index=True)
    subject: Mapped[str] = mapped_column(String(100))
    before: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    after: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    at: Mapped[datetime] = mapped_column(TZ, default=utcnow, index=True)


class BrandBookVersion(Base):
    """One version of the brand book; the newest row is the book in force.

    Every import or edit adds a row (never updates one), so any earlier book can be shown or
    restored and the audit log can point at the exact versions before and after a change.
    ``digest`` (SHA-256 of the canonical JSON) tells an unchanged re-import from an edit.
    """

    __tablename__ = "brand_book_versions"

    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[int] = mapped_column(Integer, unique=True)
    document: Mapped[dict[str, Any]] = mapped_column(JSON)
    digest: Mapped[str] = mapped_column(String(64))
    actor: Mapped[str] = mapped_column(String(100))
    note: Mapped[str | None] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(TZ, default=utcnow)


# --- conversations, the inbox and the review flow (docs/web.md) ------------------------------


class Conversation(Base):
    """One person's exchange with the brand on one platform: a thread, or posts close in time.

    ``root_key`` is the thread (or first post) it started from. States: open (they wrote last),
    waiting (we replied), resolved (no follow-up for ``conversations.resolve_after_days``, or
    by hand). At most one pending draft (responders/conversations.py).
    """

    __tablename__ = "conversations"
    __table_args__ = (
        Index("ix_conversations_customer_platform", "customer_id", "platform", "last_message_at"),
        Index("ix_conversations_state_last", "state", "last_message_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id"))
    platform: Mapped[str] = mapped_column(String(20))
    root_key: Mapped[str] = mapped_column(String(200))
    state: Mapped[str] = mapped_column(String(12), default="open")
    opened_at: Mapped[datetime] = mapped_column(TZ)
    last_message_at: Mapped[datetime] = mapped_column(TZ)
    replied_at: Mapped[datetime | None] = mapped_column(TZ)
    resolved_at: Mapped[datetime | None] = mapped_column(TZ)
    resolved_by: Mapped[str | None] = mapped_column(String(100))

    customer: Mapped[Customer | None] = relationship()


class ConversationNote(Base):
    """An internal note on a conversation: for the team only, never in a reply."""

    __tablename__ = "conversation_notes"

    id: Mapped[int] = mapped_column(primary_key=True)
    conversation_id: Mapped[int] = mapped_column(ForeignKey("conversations.id"), index=True)
    author: Mapped[str] = mapped_column(String(100))
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(TZ, default=utcnow)


class Tag(Base):
    """A label a person puts on mentions in the inbox ("refund", "press")."""

    __tablename__ = "tags"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(60), unique=True)
    created_at: Mapped[datetime] = mapped_column(TZ, default=utcnow)


class MentionTag(Base):
    """A tag on a mention; the primary key makes adding it twice a no-op."""

    __tablename__ = "mention_tags"
    __table_args__ = (Index("ix_mention_tags_tag_mention", "tag_id", "mention_id"),)

    mention_id: Mapped[int] = mapped_column(ForeignKey("mentions.id"), primary_key=True)
    tag_id: Mapped[int] = mapped_column(ForeignKey("tags.id"), primary_key=True)
    tagged_by: Mapped[str] = mapped_column(String(100))
    tagged_at: Mapped[datetime] = mapped_column(TZ, default=utcnow)


class ExclusionSuggestion(Base):
    """A term a person's "not about us" suggests adding to ``brand.exclusions``."""

    __tablename__ = "exclusion_suggestions"

    id: Mapped[int] = mapped_column(primary_key=True)
    term: Mapped[str] = mapped_column(String(200), index=True)
    mention_id: Mapped[int] = mapped_column(ForeignKey("mentions.id"))
    suggested_by: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(TZ, default=utcnow)


class DraftPresence(Base):
    """Who has a draft open right now (a heartbeat every few seconds), across instances."""

    __tablename__ = "draft_presence"

    draft_id: Mapped[int] = mapped_column(ForeignKey("drafts.id"), primary_key=True)
    username: Mapped[str] = mapped_column(String(100), primary_key=True)
    seen_at: Mapped[datetime] = mapped_column(TZ, default=utcnow)
