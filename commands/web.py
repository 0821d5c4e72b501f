"""The review web UI from the shell: ``serve`` it, and manage its ``users``.

Passwords are asked without echo (or read from stdin for scripts) and never printed; an
API token is printed once, on stdout, with the explanation on stderr so it pipes cleanly.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from typing import Any

from commands import jobs
from commands.app import App
from commands.output import configure_logging
from config.errors import InputError


def register(sub: Any) -> None:
    """Add ``serve`` and ``users``."""
    serve = sub.add_parser("serve", help="serve the review web UI and JSON API (uvicorn)")
    serve.add_argument("--host", help="overrides web.host (default 127.0.0.1)")
    serve.add_argument("--port", type=int, help="overrides web.port (default 8000)")
    serve.add_argument(
        "--publish-every",
        type=float,
        metavar="SECONDS",
        help="also run a publishing pass this often (otherwise `run` or `publish` posts)",
    )
    serve.set_defaults(func=cmd_serve)

    users = sub.add_parser("users", help="people who use the web UI: admin, reviewer, viewer")
    usub = users.add_subparsers(dest="users_command", required=True)
    usub.add_parser("list", help="every user with role and state")
    add = usub.add_parser("add", help="add a user; asks for the password without echo")
    add.add_argument("name")
    add.add_argument("--role", choices=["admin", "reviewer", "viewer"], required=True)
    add.add_argument("--password-stdin", action="store_true", help="read the password from stdin")
    passwd = usub.add_parser("passwd", help="set a new password (ends their sessions)")
    passwd.add_argument("name")
    passwd.add_argument("--password-stdin", action="store_true")
    role = usub.add_parser("role", help="change a user's role")
    role.add_argument("name")
    role.add_argument("role", choices=["admin", "reviewer", "viewer"])
    for verb in ("disable", "enable"):
        usub.add_parser(verb, help=f"{verb} a user").add_argument("name")
    token = usub.add_parser("token", help="print a new personal API token (replaces the old)")
    token.add_argument("name")
    token.add_argument("--revoke", action="store_true", help="remove the token instead")
    users.set_defaults(func=cmd_users)


def cmd_serve(app: App, args: argparse.Namespace) -> int:
    """Serve the review UI and JSON API with uvicorn until Ctrl-C."""
    from responders.web import serve

    configure_logging(app.settings.log_level)
    host = args.host or app.settings.web.host
    port = args.port or app.settings.web.port
    with app.factory() as session:
        _warn_without_users(session)
    print(f"Rapport review UI on http://{host}:{port}/  (Ctrl-C stops)", flush=True)
    stop = (
        jobs.publish_in_background(app, every_seconds=args.publish_every)
        if args.publish_every
        else None
    )
    try:
        serve(app.settings, app.factory, host=host, port=port)
    finally:
        if stop is not None:
            stop.set()
    return 0


def _warn_without_users(session: Any) -> None:
    """Nobody could sign in: say how to add the first user."""
    from sqlalchemy import func, select

    from store.models import User

    if not session.scalar(select(func.count(User.id))):
        print(
            "warning: no users yet; add one with: run_bot.py users add NAME --role admin",
            file=sys.stderr,
        )


def _read_password(args: argparse.Namespace) -> str:
    """From standard input with --password-stdin (first line), else asked twice without echo."""
    if args.password_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    first = getpass.getpass("password: ")
    if getpass.getpass("again: ") != first:
        raise InputError("the two passwords differ")
    return first


def cmd_users(app: App, args: argparse.Namespace) -> int:
    """``users list | add | passwd | role | disable | enable | token``, audited as the CLI."""
    from sqlalchemy import select

    from responders.web import accounts
    from store.models import User

    actor = f"{app.actor} (cli)"
    with app.factory() as session, session.begin():
        if args.users_command == "list":
            for user in session.scalars(select(User).order_by(User.username)):
                state = "disabled" if user.disabled else "active"
                token = "api token" if user.api_token_hash else ""
                print(f"{user.id:>4}  {user.username:24} {user.role:9} {state:9} {token}")
            return 0
        if args.users_command == "add":
            password = _read_password(args)
            user = accounts.add_user(
                session, args.name, role=args.role, password=password, actor=actor
            )
            print(f"added {user.username} ({user.role})")
            return 0
        user = accounts.find_user(session, args.name)
        if user is None:
            raise InputError(f"no user called {args.name!r}")
        if args.users_command == "passwd":
            accounts.set_password(session, user, _read_password(args), actor=actor)
            print(f"password of {user.username} changed; their sessions ended")
        elif args.users_command == "role":
            accounts.update_user(session, user, actor=actor, role=args.role)
            print(f"{user.username} is now {user.role}")
        elif args.users_command in ("disable", "enable"):
            disable = args.users_command == "disable"
            accounts.update_user(session, user, actor=actor, disabled=disable)
            print(f"{user.username} {args.users_command}d")
        elif args.users_command == "token":
            if args.revoke:
                accounts.revoke_token(session, user, actor=actor)
                print(f"API token of {user.username} revoked")
            else:
                print(accounts.issue_token(session, user, actor=actor))
                print(
                    f"(API token for {user.username}; shown once. "
                    "Send it as 'Authorization: Bearer TOKEN'.)",
                    file=sys.stderr,
                )
    return 0
