"""The store: migrations match the models, keys hold, times stay aware, SQLite runs in WAL."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine, select, text
from sqlalchemy.exc import IntegrityError

from store.db import make_sessionmaker
from store.migrate import current_revision, ensure_current, head_revision
from store.models import Base, Customer, Identity, Mention
from store.schema import include_name


def test_migrations_at_head_create_exactly_the_models(engine: Engine) -> None:
    assert current_revision(engine) == head_revision(engine)
    with engine.connect() as connection:
        diff = compare_metadata(
            MigrationContext.configure(
                connection, opts={"compare_type": True, "include_name": include_name}
            ),
            Base.metadata,
        )
    assert diff == []


def test_ensure_current_is_a_no_op_at_head(engine: Engine) -> None:
    assert ensure_current(engine) is False


def _mention(**overrides: object) -> Mention:
    values: dict[str, object] = {
        "platform": "twitter",
        "external_id": "1",
        "text": "hi",
        "text_normalized": "hi",
        "created_at": datetime(2026, 11, 1, 9, 0, tzinfo=UTC),
    }
    values.update(overrides)
    return Mention(**values)


def test_platform_and_external_id_are_unique_together(engine: Engine) -> None:
    factory = make_sessionmaker(engine)
    with factory() as session, session.begin():
        session.add(_mention())
        session.add(_mention(platform="reddit"))
    with pytest.raises(IntegrityError), factory() as session, session.begin():
        session.add(_mention())


def test_times_round_trip_as_aware_utc(engine: Engine) -> None:
    factory = make_sessionmaker(engine)
    local = datetime(2026, 11, 1, 10, 30, tzinfo=timezone(timedelta(hours=2)))
    with factory() as session, session.begin():
        session.add(_mention(external_id="t", created_at=local))
    with factory() as session:
        stored = session.scalar(select(Mention.created_at).where(Mention.external_id == "t"))
    assert stored == local and stored.tzinfo is not None
    assert stored.utcoffset() == timedelta(0)


def test_identity_platform_user_id_is_unique_but_may_be_unknown(engine: Engine) -> None:
    factory = make_sessionmaker(engine)
    with factory() as session, session.begin():
        customer = Customer(likes=[], dislikes=[], tags=[], notes="")
        session.add(customer)
        session.flush()
        for handle in ("a", "b"):
            session.add(
                Identity(platform="twitter", handle=handle, handle_key=handle, customer=customer)
            )
    with pytest.raises(IntegrityError), factory() as session, session.begin():
        for handle in ("c", "d"):
            session.add(
                Identity(
                    platform="twitter",
                    platform_user_id="42",
                    handle=handle,
                    handle_key=handle,
                    customer_id=customer.id,
                )
            )


def test_sqlite_runs_in_wal_mode_with_busy_timeout(sqlite_engine: Engine) -> None:
    with sqlite_engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA busy_timeout")).scalar() == 10000
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
