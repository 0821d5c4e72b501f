"""brand book versions: the book in the database, one row per import or edit

Revision ID: 0006_brand_book
Revises: 0005_queue_desc
Create Date: 2026-12-05 17:10:00

The newest row is the book in force; rows are never updated, so history and audit can
point at exact versions.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006_brand_book"
down_revision = "0005_queue_desc"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "brand_book_versions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("document", sa.JSON(), nullable=False),
        sa.Column("digest", sa.String(length=64), nullable=False),
        sa.Column("actor", sa.String(length=100), nullable=False),
        sa.Column("note", sa.String(length=200), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_brand_book_versions")),
        sa.UniqueConstraint("version", name=op.f("uq_brand_book_versions_version")),
    )


def downgrade() -> None:
    op.drop_table("brand_book_versions")
