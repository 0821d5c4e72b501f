"""mentions.mood and mentions.lang_supported; urgency reasons renamed to the new classes

Revision ID: 0009_understanding
Revises: 0008_cursor_versions
Create Date: 2026-12-05 17:30:00

Issue 9: every mention gets a mood (furious, unhappy, neutral, warm, delighted) and a flag
saying whether its language can be scored; model_version grows to hold the model's hash.
Stored urgency reasons take the new class names: fraud -> payment, account_hacked ->
security, churn_threat -> churn (a stored "fraud" was nearly always a double or unknown
charge; a rescore with the new rules splits payment from security properly). Downgrade
maps them back (payment -> fraud, security -> account_hacked, churn -> churn_threat). Rows
stored before keep mood null until ``mentions rescore``; drafting derives one meanwhile.
"""

from __future__ import annotations

import json

import sqlalchemy as sa
from alembic import op

from store import fulltext

revision = "0009_understanding"
down_revision = "0008_cursor_versions"
branch_labels = None
depends_on = None

RENAMES = {"fraud": "payment", "account_hacked": "security", "churn_threat": "churn"}
BACK = {"payment": "fraud", "security": "account_hacked", "churn": "churn_threat"}


def upgrade() -> None:
    with op.batch_alter_table("mentions") as batch:
        batch.add_column(sa.Column("mood", sa.String(10), nullable=True))
        batch.add_column(
            sa.Column("lang_supported", sa.Boolean(), nullable=False, server_default=sa.true())
        )
        batch.alter_column("model_version", existing_type=sa.String(40), type_=sa.String(60))
    _restore_search(op.get_bind())
    _rename_reasons(RENAMES)


def downgrade() -> None:
    _rename_reasons(BACK)
    with op.batch_alter_table("mentions") as batch:
        batch.alter_column("model_version", existing_type=sa.String(60), type_=sa.String(40))
        batch.drop_column("lang_supported")
        batch.drop_column("mood")
    _restore_search(op.get_bind())


def _restore_search(bind: sa.engine.Connection) -> None:
    """SQLite's batch mode rebuilt ``mentions``, which drops its triggers: the full-text
    search (0007) needs its triggers back and its index rebuilt (store/fulltext.py)."""
    if bind.dialect.name == "sqlite":
        fulltext.create_sqlite(bind)


def _rename_reasons(mapping: dict[str, str]) -> None:
    """Rewrite urgency_reasons lists that hold an old name, keeping order without repeats."""
    bind = op.get_bind()
    mentions = sa.table(
        "mentions", sa.column("id", sa.Integer), sa.column("urgency_reasons", sa.JSON)
    )
    rows = bind.execute(
        sa.select(mentions.c.id, mentions.c.urgency_reasons).where(
            sa.cast(mentions.c.urgency_reasons, sa.Text).like("%\\_%", escape="\\")
            | sa.cast(mentions.c.urgency_reasons, sa.Text).like("%fraud%")
            | sa.cast(mentions.c.urgency_reasons, sa.Text).like("%payment%")
            | sa.cast(mentions.c.urgency_reasons, sa.Text).like("%security%")
            | sa.cast(mentions.c.urgency_reasons, sa.Text).like("%churn%")
        )
    ).all()
    for mention_id, reasons in rows:
        if isinstance(reasons, str):
            reasons = json.loads(reasons)
        if not reasons:
            continue
        renamed = list(dict.fromkeys(mapping.get(r, r) for r in reasons))
        if renamed != list(reasons):
            bind.execute(
                mentions.update().where(mentions.c.id == mention_id).values(urgency_reasons=renamed)
            )
