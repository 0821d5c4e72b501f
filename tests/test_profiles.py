"""Customer profiles: linking, stages, CRM import, explicit reversible merges."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from config.errors import InputError
from listener.people import (
    looks_like_bot,
    merge,
    refresh_for_new_mentions,
    stage_for,
    unmerge,
)
from listener.people.crm_import import import_customers
from listener.pipeline import Pipeline
from listener.sources.base import Batch, RawMention
from store.models import AuditEvent, Customer, CustomerMerge, Identity

T0 = datetime(2026, 10, 1, 9, 0, tzinfo=UTC)
HEADER = (
    "Full name,Goes by,Email,X handle,Reddit username,Likes,Dislikes,Notes,"
    "Loyalty tier,Do not contact\n"
)


def write_csv(tmp_path: Path, body: str, name: str = "crm.csv") -> Path:
    path = tmp_path / name
    path.write_text(HEADER + body, encoding="utf-8")
    return path


GOOD = (
    "Joanna Baker,Jo,jo@example.com,@JoBakes,,oat latte;Hedgerow toastie,olives,"
    '"Comes in before her shift\nat the LGI",gold,no\n'
    "Siobhán Kelly,,siobhan@example.com,,u/siobhan_k,cortado,,,silver,\n"
    "Private Person,,private@example.com,privy,,,,,,yes\n"
)


def mention(external_id: str, *, platform: str = "twitter", **kw: Any) -> RawMention:
    values: dict[str, Any] = {
        "platform": platform,
        "external_id": external_id,
        "text": "@bramblecounter lovely coffee, thank you",
        "author_id": "111",
        "author_handle": "jobakes",
        "created_at": T0,
        "source": "test",
    }
    values.update(kw)
    return RawMention(**values)


@pytest.mark.parametrize(
    ("interactions", "positive", "negative", "days", "stage"),
    [
        (1, 1, 0, 0, "new"),
        (2, 0, 2, 1, "transaction"),
        (4, 2, 2, 7, "connection"),
        (4, 1, 3, 30, "transaction"),
        (8, 5, 2, 21, "relationship"),
        (8, 4, 2, 21, "connection"),
        (12, 10, 0, 20, "connection"),
    ],
)
def test_stage_rule(interactions: int, positive: int, negative: int, days: int, stage: str) -> None:
    assert (
        stage_for(interactions=interactions, positive=positive, negative=negative, tenure_days=days)
        == stage
    )


def test_bot_detection_is_conservative() -> None:
    assert looks_like_bot("CoffeeDealsBot", None, None)
    assert looks_like_bot("someone", "CoffeeDeals247", None)
    assert looks_like_bot("x", None, True)
    assert not looks_like_bot("abbott", "Jo Abbott", None)
    assert not looks_like_bot("robotics_fan", "Sam", None)


def test_import_creates_known_customers_with_handles_and_is_idempotent(
    factory: Any, tmp_path: Path
) -> None:
    path = write_csv(tmp_path, GOOD)
    with factory() as session, session.begin():
        report = import_customers(session, path, actor="sam")
    assert (report.created, report.updated, report.unchanged) == (3, 0, 0)
    with factory() as session, session.begin():
        again = import_customers(session, path, actor="sam")
    assert (again.created, again.updated, again.unchanged) == (0, 0, 3)
    with factory() as session:
        jo = session.scalar(select(Customer).where(Customer.email == "jo@example.com"))
        assert jo.preferred_name == "Jo" and jo.tier == "gold" and jo.is_known
        assert jo.likes == ["oat latte", "Hedgerow toastie"] and jo.dislikes == ["olives"]
        assert jo.notes == "Comes in before her shift\nat the LGI"
        assert [(i.platform, i.handle) for i in jo.identities] == [("twitter", "JoBakes")]
        assert jo.stage == "transaction"  # a known customer with a tier
        private = session.scalar(select(Customer).where(Customer.email == "private@example.com"))
        assert private.do_not_contact
        assert session.scalar(select(func.count(Customer.id))) == 3
        assert (
            session.scalar(
                select(func.count(AuditEvent.id)).where(AuditEvent.action == "customers.import")
            )
            == 2
        )


def test_import_with_a_bad_row_imports_nothing_and_names_the_lines(
    factory: Any, tmp_path: Path
) -> None:
    path = write_csv(
        tmp_path,
        GOOD
        + "Bad Email,,not-an-email,,,,,,,\n"
        + "Bad Flag,,flag@example.com,,,,,,,maybe\n"
        + "Short,row\n",
    )
    with factory() as session, session.begin():
        report = import_customers(session, path)
    assert not report.imported
    lines = {line: reason for line, reason in report.errors}
    assert set(lines) == {6, 7, 8}  # line 2-3 is one record with a line break inside quotes
    assert "not an e-mail" in lines[6] and "maybe" in lines[7] and "fields" in lines[8]
    with factory() as session:
        assert session.scalar(select(func.count(Customer.id))) == 0


def test_skip_bad_rows_imports_the_good_ones(factory: Any, tmp_path: Path) -> None:
    path = write_csv(tmp_path, GOOD + "Bad Email,,not-an-email,,,,,,,\n")
    with factory() as session, session.begin():
        report = import_customers(session, path, skip_bad_rows=True)
    assert report.imported and report.created == 3 and report.skipped == 1


def test_invalid_utf8_and_missing_columns_are_reported(factory: Any, tmp_path: Path) -> None:
    path = tmp_path / "latin1.csv"
    path.write_bytes(HEADER.encode() + "Zoë Smith,,zoe@example.com,,,,,,,\n".encode("latin-1"))
    with factory() as session, session.begin():
        report = import_customers(session, path)
    assert report.errors == [(2, "not valid UTF-8 (byte 3)")]
    bare = tmp_path / "bare.csv"
    bare.write_text("colour,size\nred,big\n")
    with pytest.raises(InputError, match="no column to recognise people"), factory() as session:
        import_customers(session, bare)
    with pytest.raises(InputError, match="'Mail'"), factory() as session:
        import_customers(session, bare, mapping={"email": "Mail"})


def test_column_mapping_names_the_files_own_headers(factory: Any, tmp_path: Path) -> None:
    path = tmp_path / "other.csv"
    path.write_text("Client,Mail,Twitter ID,VIP\nAna Lima,ana@example.com,analima,platinum\n")
    with factory() as session, session.begin():
        import_customers(
            session, path, mapping={"name": "Client", "twitter": "Twitter ID", "tier": "VIP"}
        )
    with factory() as session:
        ana = session.scalar(select(Customer))
        assert (ana.name, ana.email, ana.tier) == ("Ana Lima", "ana@example.com", "platinum")


def test_mentions_link_to_the_imported_customer_by_handle_then_by_id(
    factory: Any, settings: Any, tmp_path: Path
) -> None:
    with factory() as session, session.begin():
        import_customers(session, write_csv(tmp_path, GOOD))
    pipeline = Pipeline(factory, settings)
    pipeline.ingest(Batch(source="t", mentions=(mention("1"),)))
    # Later the person renames their account: the platform id still finds them.
    pipeline.ingest(Batch(source="t", mentions=(mention("2", author_handle="jo_bakes_now"),)))
    with factory() as session, session.begin():
        refresh_for_new_mentions(session)
    with factory() as session:
        jo = session.scalar(select(Customer).where(Customer.email == "jo@example.com"))
        (identity,) = jo.identities
        assert identity.platform_user_id == "111" and identity.handle == "jo_bakes_now"
        assert jo.interactions == 2
        assert session.scalar(select(func.count(Customer.id))) == 3


def test_a_light_profile_from_mentions_becomes_the_known_customer_on_import(
    factory: Any, settings: Any, tmp_path: Path
) -> None:
    pipeline = Pipeline(factory, settings)
    pipeline.ingest(Batch(source="t", mentions=(mention("1"),)))
    with factory() as session, session.begin():
        import_customers(session, write_csv(tmp_path, GOOD))
        refresh_for_new_mentions(session)
    with factory() as session:
        identity = session.scalar(select(Identity).where(Identity.handle_key == "jobakes"))
        assert identity.customer.email == "jo@example.com" and identity.customer.interactions == 1
        assert session.scalar(select(func.count(Customer.id))) == 3


def test_regular_with_positive_history_over_weeks_reaches_relationship(
    factory: Any, settings: Any
) -> None:
    pipeline = Pipeline(factory, settings)
    mentions = tuple(mention(str(i), created_at=T0 + timedelta(days=3 * i)) for i in range(1, 10))
    pipeline.ingest(Batch(source="t", mentions=mentions))
    with factory() as session, session.begin():
        refresh_for_new_mentions(session)
    with factory() as session:
        customer = session.scalar(select(Customer))
        assert customer.interactions == 9 and customer.stage == "relationship"


def test_merge_moves_identities_and_unmerge_restores_both_profiles(
    factory: Any, settings: Any, tmp_path: Path
) -> None:
    with factory() as session, session.begin():
        import_customers(session, write_csv(tmp_path, GOOD))
    pipeline = Pipeline(factory, settings)
    pipeline.ingest(
        Batch(
            source="t",
            mentions=(
                mention("t3_a", platform="reddit", author_id="t2_x", author_handle="jo_on_reddit"),
            ),
        )
    )
    with factory() as session:
        jo_id = session.scalar(select(Customer.id).where(Customer.email == "jo@example.com"))
        light_id = session.scalar(
            select(Identity.customer_id).where(Identity.handle == "jo_on_reddit")
        )
    with factory() as session, session.begin():
        record = merge(session, jo_id, light_id, actor="sam")
        merge_id = record.id
    with factory() as session:
        jo = session.get(Customer, jo_id)
        assert sorted(i.platform for i in jo.identities) == ["reddit", "twitter"]
        assert jo.interactions == 1
        assert session.get(Customer, light_id).merged_into_id == jo_id
    with pytest.raises(InputError, match="merged into"), factory() as session:
        merge(session, light_id, jo_id, actor="sam")
    with factory() as session, session.begin():
        unmerge(session, merge_id, actor="sam")
    with factory() as session:
        jo = session.get(Customer, jo_id)
        assert [i.platform for i in jo.identities] == ["twitter"]
        assert jo.likes == ["oat latte", "Hedgerow toastie"]
        assert session.get(Customer, light_id).merged_into_id is None
        assert session.get(CustomerMerge, merge_id).undone_by == "sam"
        actions = session.scalars(select(AuditEvent.action).order_by(AuditEvent.id)).all()
        assert actions[-2:] == ["customer.merge", "customer.unmerge"]
    with pytest.raises(InputError, match="already undone"), factory() as session:
        unmerge(session, merge_id, actor="sam")


def test_bot_names_do_not_catch_ordinary_words() -> None:
    assert not looks_like_bot("ideal_home", "Ideals Studio", None)
    assert looks_like_bot("x1", "Coffee Deals", None)


def _three_customers(factory: Any) -> list[int]:
    ids = []
    with factory() as session, session.begin():
        for n in range(3):
            customer = Customer(likes=[], dislikes=[], tags=[], notes="", name=f"P{n}")
            session.add(customer)
            session.flush()
            session.add(
                Identity(
                    platform="twitter",
                    handle=f"h{n}",
                    handle_key=f"h{n}",
                    platform_user_id=str(n),
                    customer_id=customer.id,
                )
            )
            ids.append(customer.id)
    return ids


def test_unmerge_keeps_edits_made_after_the_merge_and_never_lifts_an_opt_out(
    factory: Any,
) -> None:
    a, b, _ = _three_customers(factory)
    with factory() as session, session.begin():
        merge_id = merge(session, a, b, actor="sam").id
    with factory() as session, session.begin():
        survivor = session.get(Customer, a)
        survivor.do_not_contact = True
        survivor.notes = "asked us to stop contacting"
    with factory() as session, session.begin():
        unmerge(session, merge_id, actor="sam")
    with factory() as session:
        survivor = session.get(Customer, a)
        assert survivor.do_not_contact and survivor.notes == "asked us to stop contacting"
        assert [i.handle for i in survivor.identities] == ["h0"]


def test_merges_are_undone_newest_first(factory: Any) -> None:
    a, b, c = _three_customers(factory)
    with factory() as session, session.begin():
        first = merge(session, a, b, actor="sam").id
        second = merge(session, c, a, actor="sam").id
    with pytest.raises(InputError, match=f"undo merge {second} first"), factory() as session:
        unmerge(session, first, actor="sam")
    with factory() as session, session.begin():
        unmerge(session, second, actor="sam")
        unmerge(session, first, actor="sam")
    with factory() as session:
        owners = {i.handle: i.customer_id for i in session.scalars(select(Identity)).all()}
    assert owners == {"h0": a, "h1": b, "h2": c}
