"""The command line: one explicit tuple of command families, one parser, one error policy.

Every family module exposes ``register(subparsers)``; ``COMMAND_MODULES`` lists them in the
order ``--help`` shows them (like Datasette's ``DEFAULT_PLUGINS``: adding a family is one
line here, no discovery magic). ``main`` builds the settings and a lazy ``App`` and runs the
chosen command. Errors the operator or user can fix (``RapportError``) are printed as one
clear line with exit code 2 (config, input) or 1; only a bug shows a traceback.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Sequence
from typing import Any

from sqlalchemy.exc import OperationalError

from commands import brand, customers, demo, ingest, model, notify, quality, review, tools, web
from commands.app import App
from config.errors import RapportError
from config.settings import load_settings
from store.retry import busy_message, is_lock_error

COMMAND_MODULES = (demo, tools, customers, ingest, review, quality, brand, web, notify, model)


def build_parser() -> argparse.ArgumentParser:
    """The global options, then each family's subcommands in ``COMMAND_MODULES`` order."""
    parser = argparse.ArgumentParser(
        prog="rapport", description="Rapport: social listening and engagement, human-approved."
    )
    parser.add_argument("--config", help="TOML settings file (default: $RAPPORT_CONFIG)")
    parser.add_argument("--database-url", help="overrides database.url")
    parser.add_argument("--log-level", help="overrides log_level")
    parser.add_argument("--actor", help="name recorded in the audit log (default: $USER)")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for module in COMMAND_MODULES:
        module.register(sub)
    return parser


def name_database_flag(message: str) -> str:
    """Errors about a URL given with ``--database-url`` name the flag, not the setting."""
    if "--database-url" in message:
        return message
    if "database.url" in message:
        return message.replace("database.url", "--database-url", 1)
    if message.startswith("cannot connect to database"):
        return message + " (the URL given with --database-url)"
    return message


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``run_bot.py`` and the ``rapport`` console script."""
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        overrides: dict[tuple[str, ...], Any] = {}
        if args.database_url:
            overrides[("database", "url")] = args.database_url
        if args.log_level:
            overrides[("log_level",)] = args.log_level.upper()
        config_file = args.config
        if args.command == "demo" and not config_file and not os.environ.get("RAPPORT_CONFIG"):
            config_file = str(demo.brand_dir(args.brand) / "rapport.toml")
        settings = load_settings(config_file=config_file, overrides=overrides)
        actor = args.actor or os.environ.get("USER") or getpass.getuser() or "cli"
        app = App(settings=settings, actor=actor)
        try:
            return int(args.func(app, args) or 0)
        finally:
            app.close()
    except RapportError as exc:
        message = str(exc)
        if getattr(args, "database_url", None):
            message = name_database_flag(message)
        print(f"error: {message}", file=sys.stderr)
        return exc.exit_code
    except OperationalError as exc:
        if not is_lock_error(exc):
            raise
        # A lock wait ran out outside a retried unit of work; its transaction rolled back.
        print(f"error: {busy_message(args.command, 1)}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
