"""The bulk writers store what SQLAlchemy's own statements would, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from typing import Any
from zoneinfo import ZoneInfo

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
        (base,) = _mention_rows(identity_id, ["hello"])
        base |= {"is_complaint": True, "urgency": "high", "urgency_reasons": ["safety"]}
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


def _mention_rows(identity_id: int | None, texts: list[str]) -> list[dict[str, Any]]:
    base = {
        "platform": "twitter",
        "source": "test",
        "kind": "post",
        "identity_id": identity_id,
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
        "is_complaint": False,
        "urgency": "normal",
        "urgency_reasons": [],
        "model_version": "v",
        "status": "new",
    }
    return [
        base | {"external_id": f"x{i}", "text": text, "text_normalized": text}
        for i, text in enumerate(texts)
    ]


def test_insert_ignore_in_several_statements_counts_and_indexes_every_new_row(
    sqlite_factory: Any, monkeypatch: Any
) -> None:
    """Rows go in as multi-row statements (a few rows each when the driver's parameter limit
    is small); the search index's trigger still indexes each, and duplicates, in the batch or
    already stored, are skipped and not counted."""
    from sqlalchemy import text

    monkeypatch.setattr(bulk, "_sqlite_variable_limit", lambda session: 100)  # 2 rows each
    words = [f"word{i}" for i in range(7)]
    with sqlite_factory() as session, session.begin():
        (customer_id,) = bulk.insert_returning_ids(session, Customer.__table__, [_customer(NOW)])
        (identity_id,) = bulk.insert_returning_ids(
            session,
            Identity.__table__,
            [{"platform": "twitter", "handle": "ann", "handle_key": "ann",
              "customer_id": customer_id, "is_bot": False, "is_own": False}],
        )  # fmt: skip
        rows = _mention_rows(identity_id, [f"the {word} here" for word in words])
        first = bulk.insert_ignore(
            session, Mention.__table__, rows[:3], conflict=("platform", "external_id")
        )
        again = bulk.insert_ignore(
            session, Mention.__table__, rows + rows[5:6], conflict=("platform", "external_id")
        )
    assert (first, again) == (3, 4)
    with sqlite_factory() as session:
        for word in words:
            found = session.execute(
                text("SELECT count(*) FROM mentions_fts WHERE mentions_fts MATCH :w"), {"w": word}
            ).scalar_one()
            assert found == 1, word
        assert session.execute(text("SELECT count(*) FROM mentions")).scalar_one() == 7


def test_identity_lookup_through_the_sqlite_driver_reads_what_sqlalchemy_reads(
    sqlite_factory: Any,
) -> None:
    """Ingest reads authors through the driver on SQLite; booleans, missing values and
    times must come back exactly as the ORM's types give them."""
    from listener.people import linking

    rows = [
        {"platform": "twitter", "platform_user_id": "1", "handle": "Ann", "handle_key": "ann",
         "display_name": "Ann", "followers": 12, "verified": True, "is_bot": False,
         "is_own": True, "first_seen": NOW},
        {"platform": "twitter", "platform_user_id": None, "handle": "bob", "handle_key": "bob",
         "display_name": None, "followers": None, "verified": None, "is_bot": True,
         "is_own": False, "first_seen": None},
    ]  # fmt: skip
    with sqlite_factory() as session, session.begin():
        customers = bulk.insert_returning_ids(
            session, Customer.__table__, [_customer(NOW), _customer(NOW)]
        )
        bulk.insert_returning_ids(
            session,
            Identity.__table__,
            [row | {"customer_id": c} for row, c in zip(rows, customers, strict=True)],
        )
    with sqlite_factory() as session:
        column = linking._IDENTITY.c
        for name, values in (("platform_user_id", {"1", "2"}), ("handle_key", {"ann", "bob"})):
            fast = list(linking._select_identities(session, "twitter", column[name], values))
            slow = [
                dict(row._mapping)
                for row in session.execute(
                    select(*linking._IDENTITY_COLUMNS)
                    .where(column.platform == "twitter", column[name].in_(sorted(values)))
                    .order_by(column.id)
                )
            ]
            assert sorted(fast, key=lambda r: r["id"]) == slow
            assert all(type(r["is_bot"]) is bool for r in fast)


def test_a_unique_violation_in_insert_returning_ids_is_sqlalchemys_so_the_race_is_retried(
    sqlite_factory: Any,
) -> None:
    """Two ingests can create the same new author at once: the second one's insert must fail
    with SQLAlchemy's IntegrityError, which ``store.retry`` retries, not the driver's own."""

    row = {"platform": "twitter", "platform_user_id": "7", "handle": "ann", "handle_key": "ann",
           "is_bot": False, "is_own": False}  # fmt: skip
    with sqlite_factory() as session, session.begin():
        (customer_id,) = bulk.insert_returning_ids(session, Customer.__table__, [_customer(NOW)])
        bulk.insert_returning_ids(session, Identity.__table__, [row | {"customer_id": customer_id}])
    with pytest.raises(IntegrityError), sqlite_factory() as session, session.begin():
        bulk.insert_returning_ids(session, Identity.__table__, [row | {"customer_id": customer_id}])


def test_the_tuple_writers_store_what_the_dict_writers_store(factory: Any) -> None:
    """Ingest hands rows over as tuples (no dict per row); the stored values are the same."""
    plus_two = timezone(timedelta(hours=2))
    seen = [NOW, NOW.astimezone(plus_two), NOW.astimezone(ZoneInfo("UTC")), None]
    with factory() as session, session.begin():
        rows = [_customer(first) for first in seen]
        names = list(rows[0])
        by_dict = bulk.insert_returning_ids(session, Customer.__table__, rows)
        by_tuple = bulk.insert_returning_ids_tuples(
            session, Customer.__table__, names, [tuple(row.values()) for row in rows]
        )
        mentions = _mention_rows(None, ["one", "two", "three"])
        mentions[1] |= {"urgency_reasons": ["safety"], "is_complaint": True}
        mentions[2] |= {"created_at": NOW.astimezone(plus_two)}
        copies = [row | {"external_id": "copy-" + row["external_id"]} for row in mentions]
        columns = list(mentions[0])
        conflict = ("platform", "external_id")
        assert bulk.insert_ignore(session, Mention.__table__, mentions, conflict=conflict) == 3
        params = [tuple(row.values()) for row in copies]
        params.append(params[0])  # a duplicate: skipped and not counted
        stored = bulk.insert_ignore_tuples(
            session, Mention.__table__, columns, params, conflict=conflict
        )
        assert stored == 3
    with factory() as session:
        customers = [
            session.execute(select(Customer.__table__).where(Customer.id == id_)).one()._asdict()
            for id_ in by_dict + by_tuple
        ]
        for row in customers:
            del row["id"]
        assert customers[:4] == customers[4:]
        stored_rows = [
            row._asdict() for row in session.execute(select(Mention.__table__).order_by("id"))
        ]
        for row in stored_rows:
            del row["id"]
            row["external_id"] = row["external_id"].removeprefix("copy-")
        assert stored_rows[:3] == stored_rows[3:]


def test_utc_text_takes_the_short_way_for_utc_times_only_when_the_text_is_the_same() -> None:
    times = [NOW, NOW.replace(microsecond=7), datetime(1, 1, 1, tzinfo=UTC), datetime(2026, 1, 1)]
    times += [t.astimezone(timezone(timedelta(hours=-5))) for t in times[:2]]
    for value in times:
        naive = value if value.tzinfo is None else value.astimezone(UTC).replace(tzinfo=None)
        assert bulk._utc_text(value) == naive.isoformat(sep=" ", timespec="microseconds")
