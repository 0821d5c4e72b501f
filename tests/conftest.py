"""Shared fixtures: settings, migrated databases (SQLite always, PostgreSQL when configured).

PostgreSQL tests read ``RAPPORT_TEST_DATABASE_URL``; without it they skip with the reason.
Each PostgreSQL test gets its own schema, created by our Alembic migrations and dropped
after, so runs never see each other's rows. CI sets ``RAPPORT_REQUIRE_POSTGRES=1`` so an
unreachable server fails the run instead of skipping it.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, text

from config.settings import Settings, load_settings
from store.db import make_engine, make_sessionmaker
from store.migrate import upgrade

ROOT = Path(__file__).resolve().parent.parent
PG_URL = os.environ.get("RAPPORT_TEST_DATABASE_URL")


def make_settings(**sections: dict[str, Any]) -> Settings:
    """Settings from the shipped defaults plus ``sections`` (e.g. ``brand={...}``)."""
    overrides: dict[tuple[str, ...], Any] = {}
    for section, values in sections.items():
        if isinstance(values, dict):
            for key, value in values.items():
                overrides[(section, key)] = value
        else:
            overrides[(section,)] = values
    return load_settings(environ={}, overrides=overrides)


@pytest.fixture
def settings() -> Settings:
    return make_settings(
        brand={
            "name": "Bramble",
            "handles": {"twitter": ["bramblecounter"], "reddit": ["bramble_counter"]},
            "keywords": ["bramble"],
            "required_terms": ["coffee", "latte", "toastie", "app", "cafe", "order"],
            "exclusions": ["bramble jam", "brambles"],
        }
    )


@pytest.fixture
def sqlite_engine(tmp_path: Path) -> Iterator[Engine]:
    engine = make_engine(f"sqlite:///{tmp_path / 'rapport.db'}")
    upgrade(engine)
    yield engine
    engine.dispose()


def _postgres_engine() -> Iterator[Engine]:
    if not PG_URL:
        if os.environ.get("RAPPORT_REQUIRE_POSTGRES"):
            pytest.fail("RAPPORT_REQUIRE_POSTGRES is set but RAPPORT_TEST_DATABASE_URL is not")
        pytest.skip("PostgreSQL tests need RAPPORT_TEST_DATABASE_URL (CI sets it)")
    schema = f"rapport_test_{uuid.uuid4().hex[:12]}"
    admin = make_engine(PG_URL)
    try:
        with admin.begin() as conn:
            conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    except Exception as exc:  # an unreachable server is a skip locally, a failure in CI
        if os.environ.get("RAPPORT_REQUIRE_POSTGRES"):
            raise
        pytest.skip(f"PostgreSQL at RAPPORT_TEST_DATABASE_URL is not reachable: {exc}")
    engine = make_engine(PG_URL)

    from sqlalchemy import event

    @event.listens_for(engine, "connect")
    def _search_path(dbapi_connection: Any, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute(f'SET search_path TO "{schema}"')
        cursor.close()
        dbapi_connection.commit()

    upgrade(engine)
    try:
        yield engine
    finally:
        engine.dispose()
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture
def pg_engine() -> Iterator[Engine]:
    yield from _postgres_engine()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def engine(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Engine]:
    """A migrated database: every test using it runs on SQLite and on PostgreSQL."""
    if request.param == "sqlite":
        engine = make_engine(f"sqlite:///{tmp_path / 'rapport.db'}")
        upgrade(engine)
        yield engine
        engine.dispose()
    else:
        yield from _postgres_engine()


@pytest.fixture
def factory(engine: Engine) -> Any:
    return make_sessionmaker(engine)


@pytest.fixture
def sqlite_factory(sqlite_engine: Engine) -> Any:
    return make_sessionmaker(sqlite_engine)
