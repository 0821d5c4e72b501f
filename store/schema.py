"""Which database objects Alembic compares with the models: ours only.

The full-text search objects (store/fulltext.py) and Procrastinate's task-queue tables
(store/task_queue.py) live beside our tables but are not models; migrations and the test that
compares migrations with the models leave both out.
"""

from __future__ import annotations

from typing import Any

from store import fulltext, task_queue


def include_name(name: str | None, type_: str, parent_names: Any) -> bool:
    """For Alembic's ``include_name``: true for our objects, false for the others above."""
    return fulltext.include_name(name, type_, parent_names) and task_queue.include_name(
        name, type_, parent_names
    )
