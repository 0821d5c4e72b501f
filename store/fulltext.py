"""Full-text search over mention texts: SQLite FTS5 or PostgreSQL ``tsvector``, one interface.

SQLite keeps an external-content FTS5 table ``mentions_fts`` (the text lives once, in
``mentions``) in sync with triggers, so every writer (ingest, bulk inserts, GDPR erasure) is
covered without remembering to. PostgreSQL keeps a generated ``mentions.search_vector`` column
with a GIN index. Both use the ``simple`` rules (lower case, accents folded on SQLite, no
stemming), so a search for a word finds the mentions that contain that word, in any language.

The insert trigger costs about 20 µs per *statement* (FTS5 rewrites its totals record at the
end of each) and about 3 µs per row inside a multi-row statement, so bulk writers insert many
rows per statement (``store.bulk.insert_ignore``): ingest's writer spent most of its time here
when each mention was a statement of its own. The triggers stay, so every writer is covered.

Neither object is an ORM model; ``include_name`` keeps them out of Alembic's comparisons. A
later migration that rebuilds ``mentions`` with batch mode on SQLite drops the triggers: it
must call ``create_sqlite`` again (0007_conversations shows how).
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import ColumnElement, column, func, literal_column, table, text
from sqlalchemy.engine import Connection

FTS_TABLE = "mentions_fts"
PG_COLUMN = "search_vector"
PG_INDEX = "ix_mentions_search_vector"
MAX_TERMS = 12
_WORD_RE = re.compile(r"\w+", re.UNICODE)

SQLITE_DDL = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS mentions_fts USING fts5(text, content='mentions', "
    "content_rowid='id', tokenize='unicode61 remove_diacritics 2')",
    "CREATE TRIGGER IF NOT EXISTS mentions_fts_ai AFTER INSERT ON mentions BEGIN "
    "INSERT INTO mentions_fts(rowid, text) VALUES (new.id, new.text); END",
    "CREATE TRIGGER IF NOT EXISTS mentions_fts_ad AFTER DELETE ON mentions BEGIN "
    "INSERT INTO mentions_fts(mentions_fts, rowid, text) VALUES ('delete', old.id, old.text); END",
    "CREATE TRIGGER IF NOT EXISTS mentions_fts_au AFTER UPDATE OF text ON mentions BEGIN "
    "INSERT INTO mentions_fts(mentions_fts, rowid, text) VALUES ('delete', old.id, old.text); "
    "INSERT INTO mentions_fts(rowid, text) VALUES (new.id, new.text); END",
)


def create_sqlite(connection: Connection) -> None:
    """Create the FTS5 table and its triggers, and index every stored mention."""
    for statement in SQLITE_DDL:
        connection.execute(text(statement))
    connection.execute(text("INSERT INTO mentions_fts(mentions_fts) VALUES ('rebuild')"))


def drop_sqlite(connection: Connection) -> None:
    for trigger in ("ai", "ad", "au"):
        connection.execute(text(f"DROP TRIGGER IF EXISTS {FTS_TABLE}_{trigger}"))
    connection.execute(text(f"DROP TABLE IF EXISTS {FTS_TABLE}"))


def create_postgres(connection: Connection) -> None:
    connection.execute(
        text(
            f"ALTER TABLE mentions ADD COLUMN IF NOT EXISTS {PG_COLUMN} tsvector "
            "GENERATED ALWAYS AS (to_tsvector('simple', coalesce(text, ''))) STORED"
        )
    )
    connection.execute(
        text(f"CREATE INDEX IF NOT EXISTS {PG_INDEX} ON mentions USING gin ({PG_COLUMN})")
    )


def drop_postgres(connection: Connection) -> None:
    connection.execute(text(f"DROP INDEX IF EXISTS {PG_INDEX}"))
    connection.execute(text(f"ALTER TABLE mentions DROP COLUMN IF EXISTS {PG_COLUMN}"))


def include_name(name: str | None, type_: str, parent_names: Any) -> bool:
    """For Alembic: leave the search objects (not models) out of autogenerate and compares."""
    if name is None:
        return True
    if type_ == "table" and name.startswith(FTS_TABLE):
        return False
    return not (type_ == "column" and name == PG_COLUMN) and name != PG_INDEX


def terms(query: str) -> list[str]:
    """The words of a search, in order, at most ``MAX_TERMS``: punctuation and operators are
    dropped, so nothing a person types is read as FTS syntax."""
    words = [w.casefold() for w in _WORD_RE.findall(query or "")]
    return list(dict.fromkeys(words))[:MAX_TERMS]


fts = table(FTS_TABLE, column("rowid"), column(FTS_TABLE))


def sqlite_match(words: list[str]) -> ColumnElement[bool]:
    """``mentions_fts MATCH '"w1" "w2"'``: every word, each quoted as a literal string."""
    expression = " ".join('"' + w.replace('"', '""') + '"' for w in words)
    return literal_column(FTS_TABLE).op("MATCH")(expression)


def postgres_match(words: list[str]) -> ColumnElement[bool]:
    return literal_column(f"mentions.{PG_COLUMN}").op("@@")(
        func.plainto_tsquery(literal_column("'simple'"), " ".join(words))
    )
