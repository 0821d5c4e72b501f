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

from commands import customers, demo, ingest, model, notify, review, tools, web
from commands.app import DEMO_DIR, App
from config.errors import RapportError
from config.settings import load_settings

COMMAND_MODULES = (demo, tools, customers, ingest, review, web, notify, model)


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
            config_file = str(DEMO_DIR / "rapport.toml")
        settings = load_settings(config_file=config_file, overrides=overrides)
        actor = args.actor or os.environ.get("USER") or getpass.getuser() or "cli"
        return int(args.func(App(settings=settings, actor=actor), args) or 0)
    except RapportError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
