"""queue indexes in (priority DESC, id) order again after a batch rebuild of drafts on SQLite

Revision ID: 0005_queue_desc
Revises: 0004_publish
Create Date: 2026-11-23 13:40:00

On SQLite, Alembic's batch mode rebuilds a table from its reflected shape, and SQLite's
reflection does not keep an index column's DESC: after 0004's rebuild of "drafts" the queue
indexes had become (status, priority, id), which makes SQLite sort every run of equal
priorities for each queue page. Recreate them as the models declare them. A test checks the
SQLite schema at head (tests/test_web_queue_index.py), so a later batch migration on "drafts"
must do the same.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005_queue_desc"
down_revision = "0004_publish"
branch_labels = None
depends_on = None

INDEXES = {
    "ix_drafts_queue": ["status", sa.text("priority DESC"), "id"],
    "ix_drafts_assigned_queue": ["assigned_to", "status", sa.text("priority DESC"), "id"],
}


def upgrade() -> None:
    for name, columns in INDEXES.items():
        op.drop_index(name, table_name="drafts")
        op.create_index(name, "drafts", columns, unique=False)


def downgrade() -> None:
    """Nothing to undo: the indexes 0003 made are the ones this restores."""
