"""The mentions inbox: every stored mention, searchable and filterable, with tags.

Pages by keyset, so page 1,000 costs what page 1 does: newest first by ``(created_at, id)``
(the created_at indexes, the status one for a status filter), and a search newest stored first
by ``id``, reading the full-text index (store/fulltext.py) in rowid order and stopping at one
page. The count stops at ``COUNT_CAP`` ("1,000+"). Changes (tags, "not about us", "draft a
reply") are audited in the caller's transaction.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import exists, func, or_, select
from sqlalchemy.orm import Session, joinedload

from config.errors import ReviewError
from config.settings import Settings
from store import audit, fulltext
from store.models import (
    Customer,
    Draft,
    ExclusionSuggestion,
    Identity,
    Mention,
    MentionTag,
    Tag,
    utcnow,
)

PLATFORMS = ("twitter", "reddit")
URGENCIES = ("high", "normal")
# "waiting": a draft waits for review; "handled": a reply was approved, is posting or posted.
STATUSES = ("waiting", "handled", "skipped", "irrelevant", "new")
WAITING = ("pending", "snoozed")
HANDLED = ("approved", "sending", "sent")
COUNT_CAP = 1_000
# Up to this many waiting (or handled) drafts, the status filter starts from the drafts.
SMALL_SET = 50_000
TAG_RE = re.compile(r"^[\w][\w .&/-]{0,59}$", re.UNICODE)


@dataclass(frozen=True)
class InboxFilter:
    """What the inbox shows; every field optional. ``before`` is the keyset position."""

    q: str = ""
    platform: str | None = None
    intent: str | None = None
    sentiment: str | None = None
    urgency: str | None = None
    status: str | None = None
    since: date | None = None
    until: date | None = None
    customer: int | None = None
    tag: str | None = None
    before: int | None = None

    @property
    def words(self) -> list[str]:
        return fulltext.terms(self.q)

    def query(self, **changes: Any) -> dict[str, str]:
        """The query string of this filter (``before`` only when given in ``changes``)."""
        values = {
            "q": self.q,
            "platform": self.platform,
            "intent": self.intent,
            "sentiment": self.sentiment,
            "urgency": self.urgency,
            "status": self.status,
            "since": self.since.isoformat() if self.since else None,
            "until": self.until.isoformat() if self.until else None,
            "customer": self.customer,
            "tag": self.tag,
        }
        values.update(changes)
        return {k: str(v) for k, v in values.items() if v not in (None, "")}

    @property
    def filtered(self) -> bool:
        return bool(self.query())


def parse_filter(
    query: dict[str, str], *, intents: tuple[str, ...], labels: tuple[str, ...]
) -> InboxFilter:
    """Lenient: an unknown value is ignored, so an old bookmark still opens."""

    def pick(name: str, allowed: tuple[str, ...] | None = None) -> str | None:
        value = (query.get(name) or "").strip()
        if not value or len(value) > 60:
            return None
        return value if allowed is None or value in allowed else None

    def day(name: str) -> date | None:
        try:
            return date.fromisoformat((query.get(name) or "").strip()[:10])
        except ValueError:
            return None

    def number(name: str) -> int | None:
        raw = (query.get(name) or "").strip()
        if not raw.isdigit() or len(raw) > 18:
            return None
        value = int(raw)
        return value if value >= 1 else None

    return InboxFilter(
        q=(query.get("q") or "").strip()[:200],
        platform=pick("platform", PLATFORMS),
        intent=pick("intent", intents),
        sentiment=pick("sentiment", labels),
        urgency=pick("urgency", URGENCIES),
        status=pick("status", STATUSES),
        since=day("since"),
        until=day("until"),
        customer=number("customer"),
        tag=pick("tag"),
        before=number("before"),
    )


def _ids_query(session: Session, f: InboxFilter) -> Any:
    """``SELECT mentions.id`` for the filter, newest first, without a limit."""
    words = f.words
    dialect = session.get_bind().dialect.name
    if words and dialect == "sqlite":
        rowid = fulltext.fts.c.rowid
        stmt = (
            select(Mention.id)
            .select_from(fulltext.fts)
            .join(Mention, Mention.id == rowid)
            .where(fulltext.sqlite_match(words))
            .order_by(rowid.desc())
        )
        if f.before:
            stmt = stmt.where(rowid < f.before)
    elif words:
        stmt = select(Mention.id).where(fulltext.postgres_match(words))
        stmt = stmt.order_by(Mention.id.desc())
        if f.before:
            stmt = stmt.where(Mention.id < f.before)
    else:
        stmt = select(Mention.id).order_by(Mention.created_at.desc(), Mention.id.desc())
        if f.before:
            stmt = stmt.where(*_before_clause(session, f.before))
    if f.platform:
        stmt = stmt.where(Mention.platform == f.platform)
    if f.intent:
        stmt = stmt.where(Mention.intent == f.intent)
    if f.sentiment:
        stmt = stmt.where(Mention.label == f.sentiment)
    if f.urgency:
        stmt = stmt.where(Mention.urgency == f.urgency)
    if f.since:
        stmt = stmt.where(Mention.created_at >= datetime.combine(f.since, time(), UTC))
    if f.until:
        end = datetime.combine(f.until + timedelta(days=1), time(), UTC)
        stmt = stmt.where(Mention.created_at < end)
    if f.customer:
        people = select(Identity.id).where(Identity.customer_id == f.customer)
        stmt = stmt.where(Mention.identity_id.in_(people))
    if f.tag:
        tag_id = session.scalar(select(Tag.id).where(Tag.name == f.tag.casefold()))
        stmt = stmt.where(
            exists(
                select(MentionTag.mention_id).where(
                    MentionTag.tag_id == (tag_id or 0), MentionTag.mention_id == Mention.id
                )
            )
        )
    if f.status:
        stmt = stmt.where(_status_clause(session, f.status))
    return stmt


def _before_clause(session: Session, before: int) -> list[Any]:
    """Rows after ``before`` in (created_at DESC, id DESC) order; a range on the index first."""
    at = session.scalar(select(Mention.created_at).where(Mention.id == before))
    if at is None:
        return [Mention.id < before]
    return [
        Mention.created_at <= at,
        or_(Mention.created_at < at, Mention.id < before),
    ]


def _status_clause(session: Session, status: str) -> Any:
    if status in ("waiting", "handled"):
        wanted = WAITING if status == "waiting" else HANDLED
        # Few such drafts: start from them (a short sort). Many: walk the newest mentions and
        # look each one's draft up (they are dense enough to fill a page quickly).
        few = (
            session.scalar(
                select(func.count()).select_from(
                    select(Draft.id).where(Draft.status.in_(wanted)).limit(SMALL_SET + 1).subquery()
                )
            )
            or 0
        ) <= SMALL_SET
        if few:
            return Mention.id.in_(select(Draft.mention_id).where(Draft.status.in_(wanted)))
        drafts = select(Draft.mention_id).where(Draft.mention_id == Mention.id)
        return exists(drafts.where(Draft.status.in_(wanted)))  # ix_drafts_mention_status
    if status == "irrelevant":
        return Mention.is_relevant.is_(False)
    return Mention.status == status


@dataclass
class Row:
    mention: Mention
    draft: Draft | None
    tags: list[str] = field(default_factory=list)

    @property
    def customer(self) -> Customer | None:
        identity = self.mention.identity
        return identity.customer if identity is not None else None


@dataclass
class InboxPage:
    rows: list[Row]
    next_before: int | None
    count: int
    capped: bool


def page(session: Session, f: InboxFilter, *, limit: int = 50, count: bool = True) -> InboxPage:
    """One page of the inbox and how many match: exact when everything fits on the page; for a
    search counted up to ``COUNT_CAP``; otherwise unknown (``count`` -1: "newest first").
    Counting a whole filtered million costs more than the page, so lists without a search
    do not count."""
    ids = list(session.scalars(_ids_query(session, f).limit(limit + 1)))
    more = len(ids) > limit
    ids = ids[:limit]
    rows = load_rows(session, ids)
    total, capped = -1, False
    if not more and not f.before:
        total = len(ids)
    elif count and f.words:
        counted = session.scalar(
            select(func.count()).select_from(
                _ids_query(session, replace(f, before=None)).limit(COUNT_CAP + 1).subquery()
            )
        )
        total = min(int(counted or 0), COUNT_CAP)
        capped = int(counted or 0) > COUNT_CAP
    return InboxPage(rows, ids[-1] if more and ids else None, total, capped)


def load_rows(session: Session, ids: list[int]) -> list[Row]:
    """The mentions ``ids`` (in that order) with their author, customer, draft and tags."""
    if not ids:
        return []
    mentions = {
        m.id: m
        for m in session.scalars(
            select(Mention)
            .where(Mention.id.in_(ids))
            .options(joinedload(Mention.identity).joinedload(Identity.customer))
        ).unique()
    }
    drafts = {
        d.mention_id: d for d in session.scalars(select(Draft).where(Draft.mention_id.in_(ids)))
    }
    tags: dict[int, list[str]] = {}
    for mention_id, name in session.execute(
        select(MentionTag.mention_id, Tag.name)
        .join(Tag, Tag.id == MentionTag.tag_id)
        .where(MentionTag.mention_id.in_(ids))
        .order_by(Tag.name)
    ):
        tags.setdefault(mention_id, []).append(name)
    return [Row(mentions[i], drafts.get(i), tags.get(i, [])) for i in ids if i in mentions]


def iter_rows(session: Session, f: InboxFilter, *, limit: int, chunk: int = 1000) -> Iterator[Row]:
    """Every matching row, newest first, at most ``limit`` (for the CSV export)."""
    position = replace(f, before=None)
    given = 0
    while given < limit:
        ids = list(session.scalars(_ids_query(session, position).limit(min(chunk, limit - given))))
        if not ids:
            return
        yield from load_rows(session, ids)
        given += len(ids)
        position = replace(position, before=ids[-1])


def status_of(row: Row) -> str:
    """The one word the inbox shows: waiting, handled, rejected, skipped, irrelevant, new…"""
    mention, draft = row.mention, row.draft
    if mention.status == "irrelevant" or not mention.is_relevant:
        return "irrelevant"
    if draft is not None:
        if draft.status in WAITING:
            return "waiting"
        if draft.status in HANDLED:
            return "handled"
        return draft.status
    return mention.status


# --- tags ------------------------------------------------------------------------------------


def clean_tag(name: str) -> str:
    tag = " ".join((name or "").split()).casefold()
    if not TAG_RE.match(tag):
        raise ReviewError("a tag is 1-60 letters, digits, spaces or . & / - _")
    return tag


def known_tags(session: Session) -> list[str]:
    return list(session.scalars(select(Tag.name).order_by(Tag.name).limit(500)))


def change_tags(
    session: Session, mention_ids: list[int], name: str, *, add: bool, actor: str
) -> int:
    """Add (or remove) the tag ``name`` on every mention of ``mention_ids``; returns how many
    changed. One audit event for the whole batch."""
    tag_name = clean_tag(name)
    ids = sorted(set(mention_ids))[:1000]
    if not ids:
        raise ReviewError("choose at least one mention")
    found = set(session.scalars(select(Mention.id).where(Mention.id.in_(ids))))
    tag = session.scalar(select(Tag).where(Tag.name == tag_name))
    if tag is None:
        if not add:
            return 0
        tag = Tag(name=tag_name)
        session.add(tag)
        session.flush()
    have = set(
        session.scalars(
            select(MentionTag.mention_id).where(
                MentionTag.tag_id == tag.id, MentionTag.mention_id.in_(found)
            )
        )
    )
    now = utcnow()
    if add:
        todo = sorted(found - have)
        session.add_all(
            MentionTag(mention_id=i, tag_id=tag.id, tagged_by=actor, tagged_at=now) for i in todo
        )
    else:
        todo = sorted(have)
        for link in session.scalars(
            select(MentionTag).where(MentionTag.tag_id == tag.id, MentionTag.mention_id.in_(todo))
        ):
            session.delete(link)
    session.flush()
    if todo:
        audit.record(
            session,
            actor=actor,
            action="mention.tag" if add else "mention.untag",
            subject=f"tag:{tag_name}"[:100],
            after={"mentions": todo[:200], "count": len(todo)},
        )
    return len(todo)


# --- not about us, draft a reply ---------------------------------------------------------------


def suggest_exclusion(text: str, keywords: list[str]) -> str | None:
    """The phrase that made a wrong match: a brand keyword with the word after it ("bramble
    jam"), or before it when it ends the phrase ("wild bramble"). None without a keyword."""
    words = re.findall(r"[\w'’-]+", text.casefold())
    for keyword in keywords:
        parts = keyword.casefold().split()
        n = len(parts)
        for i in range(len(words) - n + 1):
            if words[i : i + n] == parts:
                if i + n < len(words):
                    return " ".join(words[i : i + n + 1])[:200]
                if i > 0:
                    return " ".join(words[i - 1 : i + n])[:200]
                return None
    return None


def not_about_us(
    session: Session, mention_id: int, *, actor: str, settings: Settings
) -> ExclusionSuggestion | None:
    """Mark a mention irrelevant, reject its open draft, and suggest an exclusion term."""
    from responders import queue

    mention = session.get(Mention, mention_id)
    if mention is None:
        raise LookupError(f"no mention with id {mention_id}")
    before = {"status": mention.status, "is_relevant": mention.is_relevant}
    mention.status = "irrelevant"
    mention.is_relevant = False
    mention.triage_reason = f"not about us (marked by {actor})"[:200]
    draft = session.scalar(select(Draft).where(Draft.mention_id == mention_id))
    if draft is not None and draft.status in queue.DECIDABLE:
        queue.reject(session, draft.id, actor=actor, reason="Not about us")
    term = suggest_exclusion(mention.text, settings.brand.keywords)
    suggestion = None
    if term and term not in [e.casefold() for e in settings.brand.exclusions]:
        suggestion = ExclusionSuggestion(term=term, mention_id=mention_id, suggested_by=actor)
        session.add(suggestion)
    audit.record(
        session,
        actor=actor,
        action="mention.not_about_us",
        subject=f"mention:{mention_id}",
        before=before,
        after={"status": "irrelevant", "suggested_exclusion": term},
    )
    session.flush()
    return suggestion


def exclusion_suggestions(session: Session, *, limit: int = 100) -> list[tuple[str, int]]:
    """Suggested ``brand.exclusions`` terms with how often people chose them, most first."""
    return [
        (term, int(count))
        for term, count in session.execute(
            select(ExclusionSuggestion.term, func.count())
            .group_by(ExclusionSuggestion.term)
            .order_by(func.count().desc(), ExclusionSuggestion.term)
            .limit(limit)
        )
    ]


def draft_reply(session: Session, mention_id: int, *, actor: str, settings: Settings) -> Draft:
    """Draft a reply for a mention triage skipped (or a person marked irrelevant). Audited."""
    from responders.drafting.job import draft_mentions

    mention = session.get(
        Mention,
        mention_id,
        options=[joinedload(Mention.identity).joinedload(Identity.customer)],
    )
    if mention is None:
        raise LookupError(f"no mention with id {mention_id}")
    existing = session.scalar(select(Draft).where(Draft.mention_id == mention_id))
    if existing is not None:
        raise ReviewError(f"mention {mention_id} already has draft #{existing.id}")
    report = draft_mentions(session, [mention], settings=settings, now=utcnow())
    draft = session.scalar(select(Draft).where(Draft.mention_id == mention_id))
    if draft is None or not report.drafted:
        raise ReviewError(f"no reply could be drafted for mention {mention_id}")
    mention.is_relevant = True
    audit.record(
        session,
        actor=actor,
        action="mention.draft",
        subject=f"mention:{mention_id}",
        after={"draft_id": draft.id},
    )
    return draft


def mention_json(row: Row) -> dict[str, Any]:
    m = row.mention
    identity = m.identity
    customer = row.customer
    return {
        "id": m.id,
        "platform": m.platform,
        "external_id": m.external_id,
        "url": m.url,
        "author": identity.handle if identity else None,
        "customer_id": customer.id if customer else None,
        "customer_name": customer.display_name if customer else None,
        "conversation_id": m.conversation_id,
        "text": m.text,
        "created_at": m.created_at.isoformat(),
        "sentiment": m.label,
        "compound": round(m.compound, 4),
        "intent": m.intent,
        "urgency": m.urgency,
        "status": status_of(row),
        "triage_reason": m.triage_reason,
        "draft_id": row.draft.id if row.draft else None,
        "draft_status": row.draft.status if row.draft else None,
        "tags": row.tags,
    }
