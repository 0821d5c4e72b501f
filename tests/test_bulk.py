"""The bulk writers store what SQLAlchemy's own statements would, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from store import bulk
from store.models import Customer, Identity, Mention

NOW = datetime(2026, 3, 1, 12, 30, tzinfo=UTC)


def _customer(first_seen: datetime, **extra: Any) -> dict[str, Any]:
    row = {
        "likes": [],
        "dislikes": [],
        "tags": ["vip"],
        "notes": "",
        "do_not_contact": False,
        "is_known": False,
        "stage": "new",
        "interactions": 0,
        "positive_interactions": 0,
        "negative_interactions": 0,
        "first_seen": first_seen,
        "last_seen": first_seen,
        "created_at": NOW,
        "updated_at": NOW,
    }
    return row | extra


def test_insert_returning_ids_gives_each_rows_own_id_in_order(factory: Any) -> None:
    seen = [datetime(2026, 1, day, tzinfo=UTC) for day in (3, 1, 2)]
    with factory() as session, session.begin():
        ids = bulk.insert_returning_ids(session, Customer.__table__, [_customer(d) for d in seen])
    assert len(set(ids)) == 3
    with factory() as session:
        for id_, first in zip(ids, seen, strict=True):
            customer = session.get(Customer, id_)
            assert customer is not None
            assert customer.first_seen == first
            assert customer.tags == ["vip"]
            assert customer.likes == []
            assert customer.do_not_contact is False


def test_insert_returning_ids_applies_python_defaults_a_row_leaves_out(factory: Any) -> None:
    row = _customer(NOW)
    del row["stage"], row["likes"]
    with factory() as session, session.begin():
        (id_,) = bulk.insert_returning_ids(session, Customer.__table__, [row])
    with factory() as session:
        customer = session.get(Customer, id_)
        assert customer is not None
        assert customer.stage == "new"
        assert customer.likes == []


def test_insert_ignore_stores_booleans_times_and_json_as_the_orm_reads_them(factory: Any) -> None:
    with factory() as session, session.begin():
        (customer_id,) = bulk.insert_returning_ids(session, Customer.__table__, [_customer(NOW)])
        (identity_id,) = bulk.insert_returning_ids(
            session,
            Identity.__table__,
            [
                {
                    "platform": "twitter",
                    "platform_user_id": "42",
                    "handle": "ann",
                    "handle_key": "ann",
                    "customer_id": customer_id,
                    "is_bot": False,
                    "is_own": False,
                }
            ],
        )
        base = {
            "platform": "twitter",
            "source": "test",
            "kind": "post",
            "identity_id": identity_id,
            "text": "hello",
            "text_normalized": "hello",
            "text_truncated": False,
            "created_at": NOW,
            "collected_at": NOW,
            "is_repost": False,
            "is_own": False,
            "is_relevant": True,
            "is_spam": False,
            "compound": 0.0,
            "pos": 0.0,
            "neu": 1.0,
            "neg": 0.0,
            "model_label": "neutral",
            "model_intent": "other",
            "model_is_complaint": False,
            "label": "neutral",
            "intent": "other",
            "is_complaint": True,
            "urgency": "high",
            "urgency_reasons": ["safety"],
            "model_version": "v",
            "status": "new",
        }
        rows = [
            base | {"external_id": "1"},
            base | {"external_id": "2", "urgency_reasons": [], "is_complaint": False},
            base | {"external_id": "1"},  # a duplicate: skipped and not counted
        ]
        stored = bulk.insert_ignore(
            session, Mention.__table__, rows, conflict=("platform", "external_id")
        )
    assert stored == 2
    with factory() as session:
        first, second = session.scalars(select(Mention).order_by(Mention.external_id)).all()
        assert (first.urgency_reasons, first.is_complaint) == (["safety"], True)
        assert (second.urgency_reasons, second.is_complaint) == ([], False)
        assert first.created_at == NOW and second.collected_at == NOW
        assert first.is_relevant is True and first.is_spam is False


def test_a_duplicate_insert_raises_sqlalchemys_integrity_error_that_retries_recognise(
    sqlite_factory: Any,
) -> None:
    """The SQLite fast path raised a bare sqlite3.IntegrityError, which run_in_transaction
    did not retry: three concurrent ingests creating the same author crashed one of them."""
    identity = {
        "platform": "twitter",
        "platform_user_id": "7",
        "handle": "bo",
        "handle_key": "bo",
        "is_bot": False,
        "is_own": False,
    }
    with sqlite_factory() as session, session.begin():
        (customer_id,) = bulk.insert_returning_ids(session, Customer.__table__, [_customer(NOW)])
        identity["customer_id"] = customer_id
        bulk.insert_returning_ids(session, Identity.__table__, [identity])
    with pytest.raises(IntegrityError), sqlite_factory() as session, session.begin():
        bulk.insert_returning_ids(session, Identity.__table__, [identity])
