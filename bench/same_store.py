"""Does a change to the ingest path store exactly what it stored before? Compare two trees.

``python -m bench.same_store write OUT.db`` ingests a fixed scenario with the code on
``sys.path`` (run it from each tree: ``cd tree && python -m bench.same_store write x.db``):
``bench.generate.generate(5000)`` plus awkward mentions (in-batch and stored duplicates, a
repost, an own-account post, a bot, id-less and CRM-style handle-only authors, fields that
sanitize must clean or reject), a GDPR erasure, then a second batch that re-fetches the
erased post and renames authors. Times are fixed, so two runs of the same code write the
same bytes. ``python -m bench.same_store compare A.db B.db`` compares every table (FTS
shadow tables included) row by row, ids included, and exits 1 on the first difference.
"""

from __future__ import annotations

import sqlite3
import sys
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

FIXED = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)


def _awkward(base: list) -> list:  # type: ignore[type-arg]
    from listener.sources.base import RawMention

    at = datetime(2026, 10, 2, tzinfo=UTC)

    def m(external_id: str, **kw: object) -> RawMention:
        values: dict[str, object] = {
            "platform": "twitter",
            "external_id": external_id,
            "text": "@bramblecounter the flat white was lovely",
            "author_id": None,
            "author_handle": "someone",
            "created_at": at,
        }
        values.update(kw)
        return RawMention(**values)  # type: ignore[arg-type]

    return [
        replace(base[0], text="a second copy of the first post"),  # in-batch duplicate
        m("a1", author_id="42", author_handle="bramblecounter", author_name="Bramble"),
        m("a2", author_id="43", author_handle="fan", is_repost=True, repost_of_author="x"),
        m("a3", author_id="44", author_handle="coffeedealsbot", author_name="Coffee Deals"),
        m("a4", author_id="45", author_handle="flagged", author_is_bot=True),
        m("a5", author_handle="@NoId_Person", author_name="No Id"),
        m("a6", author_handle="noid_person", created_at=at + timedelta(hours=1)),
        m("a7", author_id="46", author_handle="CRMPerson", author_followers=77),
        m("a8", author_id="47", author_handle="ctl", author_name="Bad\x00Name\u202e", lang="en"),
        m("a9", author_id="48", author_handle="long", community="c" * 300, url="u" * 3000),
        m("a10", author_id="49", author_handle="neg", author_followers=-5, kind="reply" * 9),
        m("bad id", author_id="50", author_handle="rejected"),
        m("a11", author_id="51", author_handle="twice", created_at=at),
        m("a12", author_id="51", author_handle="twice_new", created_at=at + timedelta(hours=2)),
        m("a13", author_id="52\ud800", author_handle="surrogate"),
        replace(m("a14"), platform="myspace"),
        m("a15", author_id="53", author_handle="verified", author_verified=True, thread_id="t9"),
        m("a16", author_id="54", author_handle="ctx", context="Thread\ttitle\x00", parent_id="p"),
    ]


def write(out: Path) -> None:
    """Ingest the scenario into a new SQLite file ``out`` with the code on ``sys.path``."""
    import listener.people.gdpr as gdpr
    import store.audit as audit
    from bench.generate import generate
    from bench.ingest import SETTINGS
    from listener.people.gdpr import erase_customer
    from listener.pipeline import Pipeline
    from listener.sources.base import Batch
    from store.db import make_engine, make_sessionmaker
    from store.migrate import upgrade
    from store.models import Customer, Identity, Mention

    gdpr.utcnow = audit.utcnow = lambda: FIXED  # type: ignore[attr-defined]
    Customer.__table__.c.updated_at.onupdate.arg = lambda ctx: FIXED  # type: ignore[attr-defined]
    engine = make_engine(f"sqlite:///{out}")
    upgrade(engine)
    factory = make_sessionmaker(engine)
    with factory() as session, session.begin():  # a CRM import knows this person by handle
        customer = Customer(name="Crm Person", is_known=True, created_at=FIXED, updated_at=FIXED)
        session.add(customer)
        session.flush()
        session.add(
            Identity(
                platform="twitter",
                handle="crmperson",
                handle_key="crmperson",
                customer_id=customer.id,
            )
        )
    pipeline = Pipeline(factory, SETTINGS, clock=lambda: FIXED)
    pipeline._parallel = None
    base = generate(5000)
    first = base + _awkward(base)
    report = pipeline.ingest(Batch(source="one", mentions=tuple(first), cursor={"n": "1"}))
    print(report.stored, report.duplicates, report.rejected)
    with factory() as session, session.begin():
        mention = session.query(Mention).filter_by(external_id=base[5].external_id).one()
        identity = session.get(Identity, mention.identity_id)
        assert identity is not None
        erase_customer(session, identity.customer_id, actor="check")
    renamed = [
        replace(
            m,
            external_id=m.external_id + "r",
            author_handle=m.author_handle + "_new",
            author_name="New Name",
            author_followers=5,
            created_at=m.created_at + timedelta(days=30),
        )
        for m in base[100:400]
    ]
    older = [
        replace(m, external_id=m.external_id + "o", created_at=m.created_at - timedelta(days=9))
        for m in base[400:500]
    ]
    second = [base[5], base[6], *renamed, *older, *generate(700, seed=3, authors=9000)[:50]]
    second = [
        replace(m, external_id=m.external_id + "n") if i > 402 else m for i, m in enumerate(second)
    ]
    report = pipeline.ingest(Batch(source="two", mentions=tuple(second), cursor={"n": "2"}))
    print(report.stored, report.duplicates, report.rejected)
    pipeline.close()


def compare(a: Path, b: Path) -> int:
    """0 when every table of ``a`` and ``b`` holds the same rows in the same rowid order."""
    one, two = sqlite3.connect(a), sqlite3.connect(b)
    tables = [
        name
        for (name,) in one.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY 1")
    ]
    others = [
        name
        for (name,) in two.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY 1")
    ]
    if tables != others:
        print("tables differ", tables, others)
        return 1
    rows = 0
    for table in tables:
        order = (
            ""
            if table.endswith("_config") or "WITHOUT ROWID" in _sql(one, table)
            else (" ORDER BY rowid")
        )
        sql = f'SELECT * FROM "{table}"{order}'
        left, right = one.execute(sql).fetchall(), two.execute(sql).fetchall()
        if left != right:
            diff = next(
                (i for i, (x, y) in enumerate(zip(left, right, strict=False)) if x != y), None
            )
            print(f"{table}: {len(left)} vs {len(right)} rows; first difference at {diff}")
            if diff is not None:
                print(" ", left[diff], "\n ", right[diff])
            return 1
        rows += len(left)
    print(f"identical: {len(tables)} tables, {rows} rows")
    return 0


def _sql(connection: sqlite3.Connection, table: str) -> str:
    (sql,) = connection.execute("SELECT sql FROM sqlite_master WHERE name = ?", (table,)).fetchone()
    return sql or ""


if __name__ == "__main__":
    if sys.argv[1] == "write":
        write(Path(sys.argv[2]))
    else:
        sys.exit(compare(Path(sys.argv[2]), Path(sys.argv[3])))
