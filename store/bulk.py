"""Fast multi-row writes for the ingest hot path.

SQLAlchemy's per-row parameter processing costs more than SQLite itself on a 36-column
insert, and ingest writes every mention, identity and customer counter. On SQLite these
helpers hand pre-converted tuples straight to the driver (``executemany``, or ``execute``
and ``lastrowid`` when the new ids are needed), inside the session's transaction, storing
values exactly as SQLAlchemy's own types would; on other databases they use the ordinary
Core statements, whose cost is dominated by the network.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, datetime
from operator import itemgetter
from typing import Any

from sqlalchemy import Table, bindparam, insert, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session
from sqlalchemy.types import JSON, Boolean, DateTime, TypeDecorator


def _is_sqlite(session: Session) -> bool:
    return session.get_bind().dialect.name == "sqlite"


def _utc_text(value: datetime | None) -> str | None:
    """The format of SQLAlchemy's SQLite DateTime, in UTC like store.models.UTCDateTime."""
    if value is None:
        return None
    if value.tzinfo is UTC:  # the usual case: same text, half the cost
        return value.isoformat(" ", "microseconds")[:-6]
    if value.tzinfo is not None:
        value = value.astimezone(UTC).replace(tzinfo=None)
    return value.isoformat(sep=" ", timespec="microseconds")


def _bool_int(value: bool | None) -> int | None:
    return None if value is None else int(value)


def _json_text(value: Any) -> str | None:
    if value is None:
        return None
    if value == [] and type(value) is list:  # most JSON lists ingest writes are empty
        return "[]"
    return json.dumps(value)


def _converters(table: Table, names: Sequence[str]) -> list[Callable[[Any], Any] | None]:
    """One converter per column, or None where the driver takes the value as it is."""
    converters: list[Callable[[Any], Any] | None] = []
    for name in names:
        if name not in table.c:
            raise ValueError(f"{table.name} has no column {name!r}")
        column_type = table.c[name].type
        if isinstance(column_type, JSON):
            converters.append(_json_text)
        elif isinstance(column_type, Boolean):
            converters.append(_bool_int)
        elif isinstance(column_type, DateTime | TypeDecorator):
            converters.append(_utc_text)
        else:
            converters.append(None)
    return converters


def _sqlite_params(
    rows: Sequence[Mapping[str, Any]], names: Sequence[str], table: Table
) -> list[tuple[Any, ...]]:
    """Rows as driver tuples: values taken in C by itemgetter, then the few converted.

    Conversion goes column by column: a boolean column of bools and None needs none (the
    driver binds True/False as 1/0, as SQLAlchemy stores them), a column holding one value
    (the batch's ``collected_at``) is converted once.
    """
    if len(names) == 1:
        only = names[0]
        convert = _converters(table, names)[0]
        return [(row[only] if convert is None else convert(row[only]),) for row in rows]
    return _encode(list(map(itemgetter(*names), rows)), names, table)


def _encode(
    params: list[tuple[Any, ...]], names: Sequence[str], table: Table
) -> list[tuple[Any, ...]]:
    """Tuples of Python values (in ``names`` order) as the driver tuples SQLAlchemy's types
    would bind, converted column by column (see ``_sqlite_params``)."""
    converters = [(i, c) for i, c in enumerate(_converters(table, names)) if c is not None]
    if not converters or not params:
        return params
    columns = list(zip(*params, strict=True))
    for index, convert in converters:
        column = columns[index]
        if convert is _bool_int and _BOOL_OR_NONE.issuperset(map(type, column)):
            continue
        distinct = set(column) if convert is _utc_text else None
        if distinct is not None and len(distinct) == 1:
            columns[index] = (convert(column[0]),) * len(column)
        else:
            columns[index] = tuple(map(convert, column))
    return list(zip(*columns, strict=True))


_BOOL_OR_NONE = frozenset({bool, type(None)})


def insert_ignore(
    session: Session, table: Table, rows: Sequence[Mapping[str, Any]], *, conflict: Sequence[str]
) -> int:
    """INSERT rows, skipping any that collide on the unique columns ``conflict``; count them."""
    if not rows:
        return 0
    names = list(rows[0])
    if _is_sqlite(session):
        return _sqlite_insert_ignore(
            session, table, _sqlite_params(rows, names, table), names, conflict
        )
    module = postgresql if session.get_bind().dialect.name == "postgresql" else sqlite
    stmt = (
        module.insert(table)
        .on_conflict_do_nothing(index_elements=conflict)
        .returning(table.c[conflict[0]])
    )
    # Drivers disagree on executemany rowcounts; the returned rows are exact everywhere.
    return len(session.execute(stmt, list(rows)).all())


def insert_ignore_tuples(
    session: Session,
    table: Table,
    names: Sequence[str],
    params: list[tuple[Any, ...]],
    *,
    conflict: Sequence[str],
) -> int:
    """``insert_ignore`` for rows given as tuples of Python values in ``names`` order.

    For the hottest insert (every mention): the caller builds one tuple per row instead of a
    dict that is taken apart again; the values are converted and stored the same way.
    """
    if not params:
        return 0
    if _is_sqlite(session):
        return _sqlite_insert_ignore(session, table, _encode(params, names, table), names, conflict)
    return insert_ignore(
        session,
        table,
        [dict(zip(names, values, strict=True)) for values in params],
        conflict=conflict,
    )


def _sqlite_insert_ignore(
    session: Session,
    table: Table,
    params: list[tuple[Any, ...]],
    names: Sequence[str],
    conflict: Sequence[str],
) -> int:
    """Multi-row ``INSERT … VALUES (…), (…) ON CONFLICT DO NOTHING``, as few statements as
    the driver's bound-parameter limit allows.

    Why not ``executemany``: each execution is a statement of its own, and the FTS5 index's
    insert trigger (store/fulltext.py) costs ~20 µs per statement (FTS5 rewrites its totals
    record at the end of each), more than the row; inside one statement it costs ~3 µs a
    row. ``changes()`` (the rowcount) counts the rows this statement inserted, not the
    trigger's, and not the rows skipped as duplicates.
    """
    width = len(names)
    per_statement = max(1, _sqlite_variable_limit(session) // width)
    row_sql = f"({', '.join('?' * width)})"
    head = f"INSERT INTO {table.name} ({', '.join(names)}) VALUES "  # noqa: S608
    tail = f" ON CONFLICT ({', '.join(conflict)}) DO NOTHING"
    connection = session.connection()
    stored = 0
    for start in range(0, len(params), per_statement):
        part = params[start : start + per_statement]
        sql = head + ", ".join([row_sql] * len(part)) + tail
        flat = [value for values in part for value in values]
        stored += connection.exec_driver_sql(sql, tuple(flat)).rowcount
    return stored


def sqlite_rows(session: Session, sql: str, params: Sequence[Any]) -> list[tuple[Any, ...]]:
    """Every row of a query, through the SQLite driver's own cursor in the session's
    transaction: SQLAlchemy's result rows cost several µs each, and ingest reads every
    author and every stored key of every batch. Errors are raised as SQLAlchemy's."""
    cursor = session.connection().connection.dbapi_connection.cursor()  # type: ignore[union-attr]
    try:
        return cursor.execute(sql, params).fetchall()
    except sqlite3.Error as exc:
        raise DBAPIError.instance(sql, params, exc, sqlite3.Error) from exc
    finally:
        cursor.close()


def _sqlite_variable_limit(session: Session) -> int:
    """How many ``?`` one statement may bind (32,766 since SQLite 3.32; 999 before)."""
    raw = session.connection().connection.dbapi_connection
    try:
        return int(raw.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER))  # type: ignore[union-attr]
    except (AttributeError, sqlite3.Error):  # a driver without getlimit: the old default
        return 999


def update_by_id(session: Session, table: Table, rows: Sequence[Mapping[str, Any]]) -> None:
    """UPDATE each row's columns WHERE id = row["id"] (all rows carry the same keys)."""
    if not rows:
        return
    names = [n for n in rows[0] if n != "id"]
    if _is_sqlite(session):
        assignments = ", ".join(f"{n} = ?" for n in names)
        sql = f"UPDATE {table.name} SET {assignments} WHERE id = ?"  # noqa: S608
        params = _sqlite_params(rows, [*names, "id"], table)
        session.connection().exec_driver_sql(sql, params)
        return
    stmt = (
        update(table)
        .where(table.c.id == bindparam("b_id"))
        .values({n: bindparam(n) for n in names})
    )
    session.execute(stmt, [{"b_id": row["id"], **{n: row[n] for n in names}} for row in rows])


def insert_returning_ids(
    session: Session, table: Table, rows: Sequence[Mapping[str, Any]]
) -> list[int]:
    """INSERT rows and return their new ids in the order given.

    On SQLite SQLAlchemy runs ``RETURNING`` in order one statement per row through its full
    per-row machinery (about 80 µs a row); the driver's own ``execute`` and ``lastrowid``
    give the same ids at a tenth of the cost. Rows must carry every column that has a
    Python-side default (the driver applies none); otherwise the ordinary path runs.
    """
    if not rows:
        return []
    names = list(rows[0])
    if _is_sqlite(session) and _covers_python_defaults(table, names):
        return _sqlite_insert_ids(session, table, names, _sqlite_params(rows, names, table))
    return list(
        session.scalars(
            insert(table).returning(table.c.id, sort_by_parameter_order=True), list(rows)
        )
    )


def insert_returning_ids_tuples(
    session: Session, table: Table, names: Sequence[str], params: list[tuple[Any, ...]]
) -> list[int]:
    """``insert_returning_ids`` for rows given as tuples of Python values in ``names`` order
    (ingest's new authors: no dict per row built only to be taken apart)."""
    if not params:
        return []
    if _is_sqlite(session) and _covers_python_defaults(table, names):
        return _sqlite_insert_ids(session, table, names, _encode(params, names, table))
    return insert_returning_ids(
        session, table, [dict(zip(names, values, strict=True)) for values in params]
    )


def _sqlite_insert_ids(
    session: Session, table: Table, names: Sequence[str], params: list[tuple[Any, ...]]
) -> list[int]:
    """One ``execute`` per row and its ``lastrowid``: the ids in the order given."""
    # Names are checked against the table's columns by _converters; values are bound.
    sql = (
        f"INSERT INTO {table.name} ({', '.join(names)}) "  # noqa: S608
        f"VALUES ({', '.join('?' * len(names))})"
    )
    cursor = session.connection().connection.dbapi_connection.cursor()  # type: ignore[union-attr]
    values: tuple[Any, ...] = ()
    try:
        ids = []
        for values in params:
            cursor.execute(sql, values)
            ids.append(cursor.lastrowid)
        return ids
    except sqlite3.Error as exc:
        # Raised as SQLAlchemy would: store.retry runs the transaction again on a unique
        # violation (another writer created the same author between our read and this
        # insert) or a busy lock, and recognises only SQLAlchemy's exception types.
        raise DBAPIError.instance(sql, values, exc, sqlite3.Error) from exc
    finally:
        cursor.close()


def _covers_python_defaults(table: Table, names: Sequence[str]) -> bool:
    """True when ``names`` covers every column whose default SQLAlchemy computes in Python."""
    given = set(names)
    return all(
        column.name in given or column.default is None or column.primary_key
        for column in table.columns
    )
