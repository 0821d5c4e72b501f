"""publishing: the publisher's claim on a draft (claimed_at, claimed_by) and dry_run

Revision ID: 0004_publish
Revises: 0003_web
Create Date: 2026-11-23 14:00:00

A draft in "sending" records who claimed it and when, so a claim older than
publishing.lease_seconds is reconciled with the platform; dry_run marks a draft whose "sent"
was only recorded, never posted.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004_publish"
down_revision = "0003_web"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("drafts", schema=None) as batch_op:
        batch_op.add_column(sa.Column("claimed_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column("claimed_by", sa.String(length=100), nullable=True))
        batch_op.add_column(
            sa.Column("dry_run", sa.Boolean(), server_default=sa.false(), nullable=False)
        )


def downgrade() -> None:
    with op.batch_alter_table("drafts", schema=None) as batch_op:
        batch_op.drop_column("dry_run")
        batch_op.drop_column("claimed_by")
        batch_op.drop_column("claimed_at")
