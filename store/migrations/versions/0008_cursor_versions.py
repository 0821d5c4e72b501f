"""source_states: a version fencing cursor and budget writes, and the shared back-off time

Revision ID: 0008_cursor_versions
Revises: 0005_queue_desc
Create Date: 2026-12-05 17:30:00

Several workers may collect the same source one after the other (docs/scaling.md). Every
write of a source's cursor, budget or failure bumps ``version`` with a conditional UPDATE on
the version the writer read, so a worker that was frozen mid-fetch and wakes up later cannot
move the cursor back or overwrite a budget. ``next_attempt_at`` holds the back-off after a
failure in the database, so every worker honours it, not only the one that saw the error.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008_cursor_versions"
down_revision = "0007_conversations"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("source_states", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("version", sa.Integer(), server_default=sa.text("0"), nullable=False)
        )
        batch_op.add_column(sa.Column("next_attempt_at", sa.DateTime(timezone=True), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("source_states", schema=None) as batch_op:
        batch_op.drop_column("next_attempt_at")
        batch_op.drop_column("version")
