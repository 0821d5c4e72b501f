"""The queue reads drafts in index order: (status, priority DESC, id), on both databases.

SQLite loses an index column's DESC when Alembic's batch mode rebuilds a table, so this
checks the schema at head, not only the models.
"""

from __future__ import annotations

from sqlalchemy import Engine, text

from responders import queue


def _index_sql(engine: Engine) -> dict[str, str]:
    with engine.connect() as connection:
        if engine.dialect.name == "sqlite":
            rows = connection.execute(
                text("SELECT name, sql FROM sqlite_master WHERE tbl_name = 'drafts'")
            )
        else:
            rows = connection.execute(
                text(
                    "SELECT indexname, indexdef FROM pg_indexes "
                    "WHERE tablename = 'drafts' AND schemaname = current_schema()"
                )
            )
        return {name: sql or "" for name, sql in rows}


def test_queue_indexes_are_priority_descending_at_head(engine: Engine) -> None:
    indexes = _index_sql(engine)
    assert "priority DESC, id" in indexes["ix_drafts_queue"]
    assert "assigned_to, status, priority DESC, id" in indexes["ix_drafts_assigned_queue"]


def test_sqlite_reads_a_queue_page_without_sorting(sqlite_engine: Engine) -> None:
    """The page queries' plans use the index for the whole ORDER BY (no temp B-tree)."""
    from sqlalchemy import event
    from sqlalchemy.orm import Session

    plans: list[str] = []

    def explain(conn, cursor, statement, parameters, context, executemany):  # type: ignore[no-untyped-def]
        if "ORDER BY drafts.priority DESC" in statement:
            rows = cursor.connection.execute("EXPLAIN QUERY PLAN " + statement, parameters)
            plans.extend(str(row[-1]) for row in rows)

    event.listen(sqlite_engine, "before_cursor_execute", explain)
    try:
        with Session(sqlite_engine) as session:
            queue.page_pending(session, after=(5, 10), limit=50)
            queue.page_pending(session, filters=queue.QueueFilter(assigned_to="sam"), limit=50)
    finally:
        event.remove(sqlite_engine, "before_cursor_execute", explain)
    assert plans and not any("TEMP B-TREE" in step for step in plans), plans
