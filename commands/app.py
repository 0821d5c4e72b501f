"""The application object every command receives: settings now, everything else on first use.

Building the engine checks the connection and may migrate the schema, so it must not happen
for ``--help``, ``classify`` or ``eval``; each collaborator is therefore a cached property,
built the first time a command asks for it and shared after that (one engine per process).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from config.settings import Settings

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session, sessionmaker

    from listener.pipeline import Pipeline

ROOT = Path(__file__).resolve().parent.parent
DEMO_DIR = ROOT / "config" / "demo"


@dataclass
class App:
    """Lazily built collaborators, so ``--help`` and ``classify`` never touch a database."""

    settings: Settings
    actor: str
    new_database_expected: bool = False
    """The demo recreates its database on purpose: no "creating a new, empty database" note."""

    @cached_property
    def engine(self) -> Engine:
        import sys

        from store.db import check_connection, make_engine, new_sqlite_file
        from store.migrate import ensure_current

        fresh = new_sqlite_file(self.settings.database.url)
        if fresh is not None and not self.new_database_expected:
            print(
                f"note: {fresh} does not exist; creating a new, empty database there "
                "(check --database-url, --config or database.url if you expected data)",
                file=sys.stderr,
            )
        engine = make_engine(
            self.settings.database.url, busy_timeout_ms=self.settings.database.busy_timeout_ms
        )
        check_connection(engine)
        if self.settings.database.auto_upgrade:
            ensure_current(engine)
        return engine

    @cached_property
    def factory(self) -> sessionmaker[Session]:
        from store.db import make_sessionmaker

        return make_sessionmaker(self.engine)

    @cached_property
    def pipeline(self) -> Pipeline:
        from listener.pipeline import Pipeline

        return Pipeline(self.factory, self.settings)

    def close(self) -> None:
        """Stop what was started: scoring worker processes, then the engine's connections.

        Called by ``commands.cli.main`` after every command, error or not. A process pool
        left to the interpreter's exit races its own feeder thread and prints an
        ``OSError: Bad file descriptor`` traceback after a command that succeeded.
        """
        built = self.__dict__
        if "pipeline" in built:
            built["pipeline"].close()
        if "engine" in built:
            built["engine"].dispose()
