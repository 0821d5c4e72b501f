"""alerts: alert items and alerts, mentions.alert_checked_at, outbox due index

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23 13:10:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "alerts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("rule", sa.String(length=20), nullable=False),
        sa.Column("items", sa.Integer(), nullable=False),
        sa.Column("channels", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_alerts")),
    )
    with op.batch_alter_table("alerts", schema=None) as batch_op:
        batch_op.create_index("ix_alerts_rule_created", ["rule", "created_at"], unique=False)

    op.create_table(
        "alert_items",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=200), nullable=False),
        sa.Column("rule", sa.String(length=20), nullable=False),
        sa.Column("subject", sa.String(length=200), nullable=False),
        sa.Column("mention_id", sa.Integer(), nullable=True),
        sa.Column("detail", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("alert_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["alert_id"], ["alerts.id"], name=op.f("fk_alert_items_alert_id_alerts")
        ),
        sa.ForeignKeyConstraint(
            ["mention_id"], ["mentions.id"], name=op.f("fk_alert_items_mention_id_mentions")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_alert_items")),
        sa.UniqueConstraint("key", name=op.f("uq_alert_items_key")),
    )
    with op.batch_alter_table("alert_items", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_alert_items_alert_id"), ["alert_id"], unique=False)
        batch_op.create_index("ix_alert_items_rule_subject", ["rule", "subject"], unique=False)

    with op.batch_alter_table("mentions", schema=None) as batch_op:
        batch_op.add_column(sa.Column("alert_checked_at", sa.DateTime(timezone=True)))
        batch_op.create_index(
            batch_op.f("ix_mentions_alert_checked_at"), ["alert_checked_at"], unique=False
        )
    # Mentions stored before alerts existed are history, not news: never alert on them.
    op.execute(
        sa.text(
            "UPDATE mentions SET alert_checked_at = collected_at WHERE alert_checked_at IS NULL"
        )
    )

    with op.batch_alter_table("outbox_messages", schema=None) as batch_op:
        batch_op.create_index(
            "ix_outbox_messages_status_next", ["status", "next_attempt_at"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("outbox_messages", schema=None) as batch_op:
        batch_op.drop_index("ix_outbox_messages_status_next")
    with op.batch_alter_table("mentions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_mentions_alert_checked_at"))
        batch_op.drop_column("alert_checked_at")
    with op.batch_alter_table("alert_items", schema=None) as batch_op:
        batch_op.drop_index("ix_alert_items_rule_subject")
        batch_op.drop_index(batch_op.f("ix_alert_items_alert_id"))
    op.drop_table("alert_items")
    with op.batch_alter_table("alerts", schema=None) as batch_op:
        batch_op.drop_index("ix_alerts_rule_created")
    op.drop_table("alerts")
