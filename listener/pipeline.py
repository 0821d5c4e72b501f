"""The ingest pipeline: normalize → dedupe → score → classify → link → store + cursor.

``Pipeline.ingest(batch)`` writes mentions in chunks of ``database.batch_size``, each chunk
one transaction; the source's cursor is written in the transaction of the last chunk, so it
never moves past a mention that is not stored. Duplicates are dropped twice: by a lookup
before scoring (so re-ingesting costs no VADER time) and by the database's unique
(platform, external_id) with ``ON CONFLICT DO NOTHING`` (so two instances racing, or a crash
and re-run, still store each mention once).
"""

from __future__ import annotations

import logging
from collections import Counter, deque
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from itertools import chain
from typing import Any

from sqlalchemy import Engine, select
from sqlalchemy.exc import DataError
from sqlalchemy.orm import Session, sessionmaker

from config.settings import Settings
from listener.cursor_guard import UNCHECKED, StaleCursorError, Version, claim_version
from listener.cursor_guard import read_version as _read_version
from listener.people.gdpr import erased_id
from listener.people.linking import author_key, link_authors
from listener.sanitize import label, sanitize
from listener.scoring.model import brand_model_dir
from listener.scoring.pool import (
    Item,
    ParallelScorer,
    Prepared,
    ScoreFields,
    items_of,
    prepare,
)
from listener.scoring.relevance import BrandMatcher, brand_names
from listener.scoring.sentiment import Scorer, get_scorer
from listener.sources.base import Batch, RawMention
from listener.text import clean_original, printable
from store import bulk
from store.models import Cursor, Mention, SourceState
from store.retry import run_in_transaction

logger = logging.getLogger(__name__)


@dataclass
class IngestReport:
    """What one ``ingest`` did, for the CLI and the scheduler's log."""

    source: str
    received: int = 0
    stored: int = 0
    duplicates: int = 0
    rejected: int = 0
    problems: list[str] = field(default_factory=list)
    # Labels and intents of the mentions scored in this ingest (a mention that another
    # instance stored in the same instant is counted here but stored once).
    labels: Counter[str] = field(default_factory=Counter)
    intents: Counter[str] = field(default_factory=Counter)
    # Another worker collected this source meanwhile: this run's cursor was not stored.
    stale: bool = False

    def merge(self, other: IngestReport) -> None:
        self.received += other.received
        self.stored += other.stored
        self.duplicates += other.duplicates
        self.rejected += other.rejected
        self.stale = self.stale or other.stale
        self.problems.extend(other.problems)
        self.labels.update(other.labels)
        self.intents.update(other.intents)


class Pipeline:
    """Stores batches from sources; one instance per process, reused across batches."""

    def __init__(
        self,
        factory: sessionmaker[Session],
        settings: Settings,
        *,
        scorer: Scorer | None = None,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self.factory = factory
        self.settings = settings
        self.scorer = scorer or get_scorer(
            settings.brand.lexicon, brand_model_dir(settings), brand_names(settings.brand)
        )
        self.matcher = BrandMatcher(settings.brand)
        self.clock = clock
        self.chunk_size = settings.database.batch_size
        self._parallel = ParallelScorer.from_settings(settings) if scorer is None else None

    def close(self) -> None:
        """Stop scoring worker processes, if any were started."""
        if self._parallel is not None:
            self._parallel.close()

    def ingest(self, batch: Batch, *, version: Version = UNCHECKED) -> IngestReport:
        """Store ``batch`` and advance its cursor; re-ingesting the same batch changes nothing.

        Chunks are scored before they are written; for a large batch the scoring runs in
        worker processes a few chunks ahead of the writes, so both cores work. ``version``
        is the source state's version read before the fetch (``collect`` passes it): the
        cursor is written only if no other worker wrote since (``StaleCursorError``).
        """
        report = IngestReport(source=batch.source, received=len(batch.mentions))
        report.problems.extend(batch.problems)
        fresh = self._fresh_chunks(batch.mentions, report)
        parallel = self._parallel
        ahead: list[list[RawMention]] = []
        if parallel is not None:
            # Enough fresh mentions for the pool is known after a few chunks: the workers
            # start on them while the rest of the batch is still being checked.
            count = 0
            for chunk in fresh:
                ahead.append(chunk)
                count += len(chunk)
                if parallel.worth_it(count):
                    break
        if parallel is not None and parallel.worth_it(sum(map(len, ahead))):
            order: deque[list[RawMention]] = deque()

            def items() -> Iterator[list[Item]]:
                for chunk in chain(ahead, fresh):
                    order.append(chunk)
                    yield items_of(chunk)

            prepared = parallel.prepare_chunks(
                items(), fallback=lambda chunk: prepare(chunk, self.scorer, self.matcher)
            )
            for results in prepared:
                self._store_chunk(order.popleft(), results, report)
        else:
            chunks = ahead + list(fresh)  # every duplicate known before the first write
            for chunk in chunks:
                results = prepare(items_of(chunk), self.scorer, self.matcher)
                self._store_chunk(chunk, results, report)

        def finish(session: Session) -> None:
            # The cursor goes in after the last mentions it covers: a crash before this
            # commit leaves it behind, and the re-fetched mentions are dropped as duplicates.
            # A cursor another worker moved since we read it stays (StaleCursorError).
            claim_version(session, batch.source, version)
            write_cursor(session, batch.source, batch.cursor, now=self.clock())
            mark_success(session, batch.source, stored=report.stored, now=self.clock())

        try:
            run_in_transaction(self.factory, finish, what=f"{batch.source}: cursor")
        except StaleCursorError as exc:  # another worker collected meanwhile: keep its cursor
            logger.warning("%s; this ingest's cursor was rolled back", exc)
            report.stale = True
        return report

    def _fresh_chunks(
        self, mentions: Sequence[RawMention], report: IngestReport
    ) -> Iterator[list[RawMention]]:
        """The batch's new mentions in order, in chunks of ``chunk_size``, checked lazily.

        Each block of ``chunk_size`` received mentions is sanitized, de-duplicated (within the
        batch: the first copy wins) and looked up in the database before the next block, so a
        large batch's first chunks can be scored while later ones are checked. The chunks are
        the same as slicing the whole batch's new mentions would give.
        """
        seen: set[tuple[str, str]] = set()
        waiting: list[RawMention] = []
        size = self.chunk_size
        for start in range(0, len(mentions), size):
            unique: dict[tuple[str, str], RawMention] = {}
            for original in mentions[start : start + size]:
                mention, problem = sanitize(original)
                if mention is None:
                    report.rejected += 1
                    report.problems.append(f"{label(original)}: {problem}; skipped")
                    continue
                key = (mention.platform, mention.external_id)
                if key in seen:
                    report.duplicates += 1
                else:
                    seen.add(key)
                    unique[key] = mention
            if unique:
                with self.factory() as session:
                    existing = _existing_keys(session, unique.keys())
                report.duplicates += len(existing)
                waiting.extend(m for key, m in unique.items() if key not in existing)
            while len(waiting) >= size:
                yield waiting[:size]
                del waiting[:size]
        if waiting:
            yield waiting

    def _store_chunk(
        self, chunk: Sequence[RawMention], results: Sequence[Prepared], report: IngestReport
    ) -> None:
        """One transaction for the chunk; if the database refuses a value in it, each mention
        again in its own transaction, so only the refused ones are lost (and reported).

        ``sanitize`` should leave nothing to refuse; this is the second line of defence, for
        a value no check foresaw. A lock or connection error is not a refused value: it
        propagates (and ``with_retry`` runs the chunk again).
        """

        def write(session: Session) -> IngestReport:
            # A fresh report per attempt: a retried transaction must not count twice.
            part = IngestReport(source=report.source)
            self._write_chunk(session, chunk, results, part)
            return part

        try:
            report.merge(run_in_transaction(self.factory, write, what=f"{report.source}: ingest"))
            return
        except _REFUSED as exc:
            if len(chunk) == 1:
                report.rejected += 1
                reason = printable(str(getattr(exc, "orig", None) or exc), limit=200)
                report.problems.append(f"{label(chunk[0])}: the database refused it ({reason})")
                return
        for mention, ready in zip(chunk, results, strict=True):
            self._store_chunk([mention], [ready], report)

    def _write_chunk(
        self,
        session: Session,
        fresh: Sequence[RawMention],
        prepared: Sequence[Prepared],
        report: IngestReport,
    ) -> None:
        now = self.clock()
        links = link_authors(session, fresh, own=self.matcher, now=now)
        source = report.source
        rows: list[tuple[Any, ...]] = []
        append = rows.append
        for mention, ready in zip(fresh, prepared, strict=True):
            score = ScoreFields._make(ready.score)
            key = author_key(mention)
            link = links.get(key) if key else None
            is_own = link.is_own if link else False
            relevant, reason = (True, "our own post") if is_own else (ready.relevant, ready.reason)
            # In _MENTION_COLUMNS order: a tuple, not a dict taken apart again by the insert.
            append(
                (
                    mention.platform,
                    mention.external_id,
                    mention.source or source,
                    mention.kind[:20],
                    (mention.url or None) and mention.url[:2048],
                    link.identity_id if link else None,
                    ready.text,
                    ready.normalized,
                    ready.truncated,
                    _language(score.lang, mention.lang),
                    score.lang_supported,
                    score.mood,
                    mention.created_at,
                    now,
                    mention.thread_id,
                    (mention.community or None) and mention.community[:100],
                    (mention.context or None) and clean_original(mention.context)[0][:500],
                    mention.parent_id,
                    mention.is_repost,
                    mention.repost_of_author,
                    is_own,
                    relevant,
                    score.is_spam,
                    score.compound,
                    score.pos,
                    score.neu,
                    score.neg,
                    score.label,
                    score.intent,
                    score.is_complaint,
                    score.label,
                    score.intent,
                    score.is_complaint,
                    score.urgency,
                    list(score.urgency_reasons),
                    score.model_version,
                    "new",
                    None if relevant else reason,
                )
            )
        stored = _insert_ignoring_duplicates(session, rows)
        report.duplicates += len(rows) - stored
        report.stored += stored
        report.labels.update(row[_LABEL] for row in rows)
        report.intents.update(row[_INTENT] for row in rows)


def _language(detected: str, reported: str | None) -> str | None:
    """The detected language; the platform's own tag when the detector was unsure."""
    if detected and detected != "und":
        return detected
    return (reported or None) and reported[:16]


def _existing_keys(session: Session, keys: Any) -> set[tuple[str, str]]:
    """Keys already stored, including posts whose author was erased (GDPR): an erased
    mention keeps a one-way hash of its id, so a re-fetched post is not stored again."""
    by_platform: dict[str, dict[str, str]] = {}
    for platform, external_id in keys:
        wanted = by_platform.setdefault(platform, {})
        wanted[external_id] = external_id
        wanted[erased_id(platform, external_id)] = external_id
    found: set[tuple[str, str]] = set()
    if session.get_bind().dialect.name == "sqlite":
        # The driver's own query: SQLAlchemy renders a 500-value IN list per statement at a
        # cost above SQLite's, and ingest asks for every id of every batch twice.
        for platform, wanted in by_platform.items():
            ids = list(wanted)
            for start in range(0, len(ids), 900):
                part = ids[start : start + 900]
                # only "?" placeholders are formatted in; every value is bound
                sql = (
                    "SELECT external_id FROM mentions WHERE platform = ? "  # noqa: S608
                    f"AND external_id IN ({', '.join('?' * len(part))})"
                )
                rows = bulk.sqlite_rows(session, sql, (platform, *part))
                found.update((platform, wanted[external_id]) for (external_id,) in rows)
        return found
    for platform, wanted in by_platform.items():
        ids = list(wanted)
        for start in range(0, len(ids), 500):
            rows = session.scalars(
                select(Mention.external_id).where(
                    Mention.platform == platform,
                    Mention.external_id.in_(ids[start : start + 500]),
                )
            )
            found.update((platform, wanted[external_id]) for external_id in rows)
    return found


def _insert_ignoring_duplicates(session: Session, rows: list[tuple[Any, ...]]) -> int:
    """INSERT … ON CONFLICT (platform, external_id) DO NOTHING; return how many went in.

    ``rows`` are tuples in ``_MENTION_COLUMNS`` order."""
    return bulk.insert_ignore_tuples(
        session, _MENTION, _MENTION_COLUMNS, rows, conflict=("platform", "external_id")
    )


_MENTION = Mention.__table__
# The columns ingest writes, in the order of the tuples _write_chunk builds.
_MENTION_COLUMNS = (
    "platform",
    "external_id",
    "source",
    "kind",
    "url",
    "identity_id",
    "text",
    "text_normalized",
    "text_truncated",
    "lang",
    "lang_supported",
    "mood",
    "created_at",
    "collected_at",
    "thread_id",
    "community",
    "context",
    "parent_id",
    "is_repost",
    "repost_of_author",
    "is_own",
    "is_relevant",
    "is_spam",
    "compound",
    "pos",
    "neu",
    "neg",
    "model_label",
    "model_intent",
    "model_is_complaint",
    "label",
    "intent",
    "is_complaint",
    "urgency",
    "urgency_reasons",
    "model_version",
    "status",
    "triage_reason",
)
_LABEL = _MENTION_COLUMNS.index("label")
_INTENT = _MENTION_COLUMNS.index("intent")
# What a refused value looks like: the driver cannot encode it (UnicodeEncodeError, raised
# as it is) or the database refuses it (DataError: too long, NUL, out of range). Lock,
# connection and constraint failures (a race with another writer) are not among them: those
# need the whole transaction again, not a mention skipped.
_REFUSED = (DataError, UnicodeError, ValueError)


def read_cursor(session: Session, source: str) -> dict[str, str]:
    """The stored cursor of ``source`` as a plain dict."""
    rows = session.execute(select(Cursor.key, Cursor.value).where(Cursor.source == source))
    return {key: value for key, value in rows}


def write_cursor(
    session: Session, source: str, cursor: Mapping[str, str], *, now: datetime
) -> None:
    """Upsert every key of ``cursor`` inside the caller's transaction."""
    if not cursor:
        return
    current = {c.key: c for c in session.scalars(select(Cursor).where(Cursor.source == source))}
    for key, value in cursor.items():
        row = current.get(key)
        if row is None:
            session.add(Cursor(source=source, key=key, value=str(value), updated_at=now))
        elif row.value != str(value):
            row.value = str(value)
            row.updated_at = now


def add_to_cursor(
    session: Session, source: str, amounts: Mapping[str, int], *, now: datetime
) -> None:
    """Add ``amounts`` to integer cursor counters inside the caller's transaction.

    For counters that another writer does not set wholesale (a source's spend on replies,
    recorded by the publisher): the row is locked (``FOR UPDATE`` on PostgreSQL) so two
    publishers adding at once both count. A missing or unreadable value counts as 0.
    """
    for key, amount in amounts.items():
        row = session.scalars(
            select(Cursor).where(Cursor.source == source, Cursor.key == key).with_for_update()
        ).first()
        if row is None:
            session.add(Cursor(source=source, key=key, value=str(amount), updated_at=now))
            session.flush()
            continue
        try:
            current = int(row.value)
        except ValueError:
            current = 0
        row.value = str(current + amount)
        row.updated_at = now


def mark_success(session: Session, source: str, *, stored: int, now: datetime) -> None:
    state = session.get(SourceState, source)
    if state is None:
        state = SourceState(source=source, consecutive_failures=0)
        session.add(state)
    state.last_success_at = now
    state.consecutive_failures = 0
    state.last_stored = stored
    state.next_attempt_at = None


def mark_failure(
    factory: sessionmaker[Session],
    source: str,
    error: str,
    *,
    now: datetime,
    cursor: Mapping[str, str] | None = None,
    version: Version = UNCHECKED,
    backoff: Callable[[int], float] | None = None,
) -> None:
    """Record a failed fetch or ingest in its own transaction (the batch's was rolled back).

    ``backoff(failures)`` gives the seconds no worker may collect the source again (the
    shared back-off). With a ``version`` a stale worker's failure is dropped whole: it must
    not push a back-off or an old budget onto a source another worker collected since.
    """

    def record(session: Session) -> None:
        claim_version(session, source, version)
        if cursor:
            write_cursor(session, source, cursor, now=now)
        state = session.get(SourceState, source, populate_existing=True)
        if state is None:
            state = SourceState(source=source, consecutive_failures=0)
            session.add(state)
        state.last_error = clean_original(error)[0][:2000]
        state.last_error_at = now
        state.consecutive_failures = (state.consecutive_failures or 0) + 1
        if backoff is not None:
            state.next_attempt_at = now + timedelta(seconds=backoff(state.consecutive_failures))

    try:
        run_in_transaction(factory, record, what=f"{source}: recording a failure")
    except StaleCursorError as exc:
        logger.warning("%s (the failure is not recorded: %s)", exc, error[:200])


def collect(
    source: Any,
    pipeline: Pipeline,
    *,
    max_batches: int = 1000,
    backoff: Callable[[int, BaseException], float] | None = None,
    clock: Callable[[], datetime] | None = None,
) -> IngestReport:
    """Fetch from ``source`` since its stored cursor and ingest, until it has no more.

    Each batch's writes are fenced by the version read with its cursor: if another worker
    collected the source meanwhile, this collection stops with one log line and stores no
    cursor (``report.stale``). ``backoff(failures, error)`` sets the shared back-off after
    a failure (``commands.scheduler.SourceRunner``), from ``clock`` (the pipeline's).
    """
    clock = clock or pipeline.clock
    total = IngestReport(source=source.name)
    for _ in range(max_batches):
        with pipeline.factory() as session:
            cursor = read_cursor(session, source.name)
            version = _read_version(session, source.name)
        try:
            batch = source.fetch(cursor)
        except Exception as exc:
            # A source may attach cursor keys that must survive a failed cycle (its request
            # budget, say) as ``exc.cursor``; mentions are never part of it.
            mark_failure(
                pipeline.factory,
                source.name,
                f"{type(exc).__name__}: {exc}",
                now=clock(),
                cursor=getattr(exc, "cursor", None),
                version=version,
                backoff=_bind(backoff, exc),
            )
            raise
        try:
            report = pipeline.ingest(batch, version=version)
        except Exception as exc:
            mark_failure(
                pipeline.factory,
                source.name,
                f"{type(exc).__name__} while storing: {exc}",
                now=clock(),
                version=version,
                backoff=_bind(backoff, exc),
            )
            raise
        total.merge(report)
        if report.stale or not batch.more:
            break
    return total


def _bind(
    backoff: Callable[[int, BaseException], float] | None, exc: BaseException
) -> Callable[[int], float] | None:
    return None if backoff is None else (lambda failures: backoff(failures, exc))


def engine_of(factory: sessionmaker[Session]) -> Engine:
    bind = factory.kw["bind"]
    assert isinstance(bind, Engine)
    return bind
