"""conversations, tags, notes, presence, exclusion suggestions, full-text search

Revision ID: 0007_conversations
Revises: 0005_queue_desc
Create Date: 2026-12-05 17:00:00

Mentions group into conversations (``mentions.conversation_id``); the inbox gets tags and a
full-text index (store/fulltext.py: FTS5 on SQLite, a generated tsvector with a GIN index on
PostgreSQL); the review flow gets internal notes, presence and exclusion suggestions. The queue
indexes become (priority DESC, id DESC): newest first within a priority. The batch rebuild of
"mentions" on SQLite comes before the FTS triggers are created, so they survive.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from store import fulltext

revision = "0007_conversations"
down_revision = "0006_brand_book"
branch_labels = None
depends_on = None

TZ = sa.DateTime(timezone=True)
QUEUE_INDEXES = {
    "ix_drafts_queue": ["status", sa.text("priority DESC"), sa.text("id DESC")],
    "ix_drafts_assigned_queue": [
        "assigned_to",
        "status",
        sa.text("priority DESC"),
        sa.text("id DESC"),
    ],
}
OLD_QUEUE_INDEXES = {
    "ix_drafts_queue": ["status", sa.text("priority DESC"), "id"],
    "ix_drafts_assigned_queue": ["assigned_to", "status", sa.text("priority DESC"), "id"],
}


def upgrade() -> None:
    op.create_table(
        "conversations",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=True),
        sa.Column("platform", sa.String(length=20), nullable=False),
        sa.Column("root_key", sa.String(length=200), nullable=False),
        sa.Column("state", sa.String(length=12), nullable=False),
        sa.Column("opened_at", TZ, nullable=False),
        sa.Column("last_message_at", TZ, nullable=False),
        sa.Column("replied_at", TZ, nullable=True),
        sa.Column("resolved_at", TZ, nullable=True),
        sa.Column("resolved_by", sa.String(length=100), nullable=True),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customers.id"], name=op.f("fk_conversations_customer_id_customers")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_conversations")),
    )
    op.create_index(
        "ix_conversations_customer_platform",
        "conversations",
        ["customer_id", "platform", "last_message_at"],
    )
    op.create_index("ix_conversations_state_last", "conversations", ["state", "last_message_at"])
    op.create_table(
        "conversation_notes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("conversation_id", sa.Integer(), nullable=False),
        sa.Column("author", sa.String(length=100), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("created_at", TZ, nullable=False),
        sa.ForeignKeyConstraint(
            ["conversation_id"],
            ["conversations.id"],
            name=op.f("fk_conversation_notes_conversation_id_conversations"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_conversation_notes")),
    )
    op.create_index(
        op.f("ix_conversation_notes_conversation_id"), "conversation_notes", ["conversation_id"]
    )
    op.create_table(
        "tags",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=60), nullable=False),
        sa.Column("created_at", TZ, nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tags")),
        sa.UniqueConstraint("name", name=op.f("uq_tags_name")),
    )
    op.create_table(
        "mention_tags",
        sa.Column("mention_id", sa.Integer(), nullable=False),
        sa.Column("tag_id", sa.Integer(), nullable=False),
        sa.Column("tagged_by", sa.String(length=100), nullable=False),
        sa.Column("tagged_at", TZ, nullable=False),
        sa.ForeignKeyConstraint(
            ["mention_id"], ["mentions.id"], name=op.f("fk_mention_tags_mention_id_mentions")
        ),
        sa.ForeignKeyConstraint(["tag_id"], ["tags.id"], name=op.f("fk_mention_tags_tag_id_tags")),
        sa.PrimaryKeyConstraint("mention_id", "tag_id", name=op.f("pk_mention_tags")),
    )
    op.create_index("ix_mention_tags_tag_mention", "mention_tags", ["tag_id", "mention_id"])
    op.create_table(
        "exclusion_suggestions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("term", sa.String(length=200), nullable=False),
        sa.Column("mention_id", sa.Integer(), nullable=False),
        sa.Column("suggested_by", sa.String(length=100), nullable=False),
        sa.Column("created_at", TZ, nullable=False),
        sa.ForeignKeyConstraint(
            ["mention_id"],
            ["mentions.id"],
            name=op.f("fk_exclusion_suggestions_mention_id_mentions"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exclusion_suggestions")),
    )
    op.create_index(
        op.f("ix_exclusion_suggestions_term"), "exclusion_suggestions", ["term"], unique=False
    )
    op.create_table(
        "draft_presence",
        sa.Column("draft_id", sa.Integer(), nullable=False),
        sa.Column("username", sa.String(length=100), nullable=False),
        sa.Column("seen_at", TZ, nullable=False),
        sa.ForeignKeyConstraint(
            ["draft_id"], ["drafts.id"], name=op.f("fk_draft_presence_draft_id_drafts")
        ),
        sa.PrimaryKeyConstraint("draft_id", "username", name=op.f("pk_draft_presence")),
    )
    with op.batch_alter_table("mentions", schema=None) as batch_op:
        batch_op.add_column(sa.Column("conversation_id", sa.Integer(), nullable=True))
        batch_op.create_index(
            batch_op.f("ix_mentions_conversation_id"), ["conversation_id"], unique=False
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_mentions_conversation_id_conversations"),
            "conversations",
            ["conversation_id"],
            ["id"],
        )
    for name, columns in QUEUE_INDEXES.items():
        op.drop_index(name, table_name="drafts")
        op.create_index(name, "drafts", columns, unique=False)
    op.create_index("ix_drafts_mention_status", "drafts", ["mention_id", "status"], unique=False)
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        fulltext.create_sqlite(bind)
    else:
        fulltext.create_postgres(bind)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        fulltext.drop_sqlite(bind)
    else:
        fulltext.drop_postgres(bind)
    op.drop_index("ix_drafts_mention_status", table_name="drafts")
    for name, columns in OLD_QUEUE_INDEXES.items():
        op.drop_index(name, table_name="drafts")
        op.create_index(name, "drafts", columns, unique=False)
    with op.batch_alter_table("mentions", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_mentions_conversation_id_conversations"), type_="foreignkey"
        )
        batch_op.drop_index(batch_op.f("ix_mentions_conversation_id"))
        batch_op.drop_column("conversation_id")
    op.drop_table("draft_presence")
    op.drop_index(op.f("ix_exclusion_suggestions_term"), table_name="exclusion_suggestions")
    op.drop_table("exclusion_suggestions")
    op.drop_index("ix_mention_tags_tag_mention", table_name="mention_tags")
    op.drop_table("mention_tags")
    op.drop_table("tags")
    op.drop_index(op.f("ix_conversation_notes_conversation_id"), table_name="conversation_notes")
    op.drop_table("conversation_notes")
    op.drop_index("ix_conversations_state_last", table_name="conversations")
    op.drop_index("ix_conversations_customer_platform", table_name="conversations")
    op.drop_table("conversations")
