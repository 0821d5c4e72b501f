"""``demo``: the whole flow on a bundled demo brand, from an empty SQLite file.

It uses the real code paths (brand book import, CRM import, replay collection, drafting,
alerts, digest, publishing in dry run) so it shows what the bot does, and writes
notifications as .eml files in var/outbox instead of sending them. ``--brand`` picks the
example brand: ``bramble`` (a coffee counter, config/demo/) or another directory under
config/demo/ (``hearthly``: a smart-thermostat app, config/demo/hearthly/). Drafting runs as
of the minute after the last recorded mention, so a demo run is reproducible.
"""

from __future__ import annotations

import argparse
import time
from collections import Counter
from datetime import timedelta
from pathlib import Path
from typing import Any

from commands import jobs
from commands.app import DEMO_DIR, App
from commands.output import one_line, print_ingest

DEFAULT_BRAND = "bramble"


def brands() -> list[str]:
    """The bundled example brands: bramble, and each directory of config/demo with a book."""
    found = [DEFAULT_BRAND]
    for path in sorted(DEMO_DIR.iterdir()):
        if path.is_dir() and (path / "brand_book.toml").exists():
            found.append(path.name)
    return found


def brand_dir(name: str | None) -> Path:
    """Where an example brand's files are (config/demo for bramble)."""
    if not name or name == DEFAULT_BRAND:
        return DEMO_DIR
    return DEMO_DIR / name


def register(sub: Any) -> None:
    """Add ``demo``."""
    demo = sub.add_parser("demo", help="run the whole flow on the bundled demo data")
    demo.add_argument(
        "--brand",
        default=DEFAULT_BRAND,
        choices=brands(),
        help="which example brand (default: bramble)",
    )
    demo.add_argument("--db", default="var/demo.db", help="SQLite file, recreated (var/demo.db)")
    demo.add_argument("--no-serve", action="store_true", help="run the flow without serving")
    demo.set_defaults(func=cmd_demo)


def cmd_demo(app: App, args: argparse.Namespace) -> int:
    """Run the whole flow on the bundled demo brand, from an empty database."""
    from sqlalchemy import func, select

    from listener.people.crm_import import import_customers
    from listener.pipeline import collect
    from listener.sources.replay import ReplaySource
    from responders.brandbook.storage import import_book
    from store.models import Mention

    folder = brand_dir(args.brand)

    started = time.perf_counter()
    db_path = Path(args.db)
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db_path}{suffix}").unlink(missing_ok=True)
    settings = app.settings.model_copy(
        update={
            "database": app.settings.database.model_copy(update={"url": f"sqlite:///{db_path}"})
        }
    )
    demo = App(settings=settings, actor=app.actor, new_database_expected=True)
    book_file = folder / "brand_book.toml"
    with demo.factory() as session, session.begin():
        saved = import_book(
            session, book_file.read_text("utf-8"), actor="demo", source=str(book_file)
        )
        imported = import_customers(
            session, folder / "customers.csv", actor="demo", skip_bad_rows=False
        )
    print(f"brand book: version {saved.version} from {book_file}")
    print(f"customers: {imported.summary()}")
    names = ("mentions_x.jsonl", "mentions_reddit.jsonl")
    files = [folder / name for name in names if (folder / name).exists()]
    source = ReplaySource(files)
    report = collect(source, demo.pipeline)
    print_ingest(report)
    again = collect(source, demo.pipeline)
    print(f"second collect (nothing new): {again.stored} stored")
    with demo.factory() as session:
        last = session.scalar(select(func.max(Mention.created_at)))
    clock = last + timedelta(minutes=1) if last is not None else None
    drafting = jobs.run_drafting(demo, now=clock)
    print(f"drafting: {drafting.summary()}")
    _print_demo_summary(demo)
    _demo_notifications(demo)
    print(f"\ndemo finished in {time.perf_counter() - started:.1f} s; database {db_path}")
    logins = _demo_users(demo)
    web = demo.settings.web
    print(f"review UI: http://{web.host}:{web.port}/")
    for role, (username, password) in logins.items():
        print(f"  sign in as {username} / {password}  ({role})")
    if args.no_serve:
        print("next: python run_bot.py --config config/demo/rapport.toml serve")
        return 0
    from responders.web import serve

    print(
        "serving the review UI (Ctrl-C stops); approved drafts are posted in dry run every 5 s",
        flush=True,
    )
    stop = jobs.publish_in_background(demo, every_seconds=5.0)
    try:
        serve(demo.settings, demo.factory, host=web.host, port=web.port)
    finally:
        stop.set()
    return 0


def _print_demo_summary(app: App) -> None:
    """What the flow stored: counts by label and intent, and three drafts to look at."""
    from sqlalchemy import func, select

    from responders import queue
    from store.models import Customer, Draft, Identity, Mention

    with app.factory() as session:
        total = session.scalar(select(func.count(Mention.id)))
        labels = Counter(
            dict(session.execute(select(Mention.label, func.count()).group_by(Mention.label)).all())
        )
        intents = Counter(
            dict(
                session.execute(select(Mention.intent, func.count()).group_by(Mention.intent)).all()
            )
        )
        linked = session.scalar(
            select(func.count(func.distinct(Identity.customer_id)))
            .join(Mention, Mention.identity_id == Identity.id)
            .join(Customer, Customer.id == Identity.customer_id)
            .where(Customer.is_known.is_(True))
        )
        people = session.scalar(select(func.count(func.distinct(Identity.customer_id))))
        waiting = session.scalar(select(func.count(Draft.id)).where(Draft.status == "pending"))
        print(f"\nmentions stored: {total}")
        print("  by sentiment: " + ", ".join(f"{k} {v}" for k, v in labels.most_common()))
        print("  by intent:    " + ", ".join(f"{k} {v}" for k, v in intents.most_common()))
        print(f"customers: {people} people seen, {linked} of them known from the CRM")
        print(f"drafts waiting for review: {waiting}; three examples:")
        for draft in queue.list_pending(session, limit=3):
            record = queue.draft_record(draft)
            who = record["customer_name"] or record["author"] or "someone"
            print(
                f"\n  #{record['draft_id']} {record['platform']} · {who} · "
                f"{record['intent']}/{record['label']}/{record['urgency']} "
                f"(priority {record['priority']})"
            )
            print(f"    they said: {one_line(record['mention_text'], 110)}")
            print(f"    draft:     {one_line(record['text'], 110)}")
            if record["manager_note"]:
                print(f"    note:      {one_line(record['manager_note'], 110)}")


def _demo_notifications(demo: App) -> None:
    """The demo's alerts and digest as .eml files in var/outbox, never sent anywhere."""
    from sqlalchemy import func, select

    from responders.notify.digest import latest_period
    from store.models import Mention

    outbox = Path("var/outbox")
    for old in outbox.glob("*.eml"):
        old.unlink()
    s = demo.settings
    everywhere = {route: ["eml"] for route in s.alerts.routes} | {"rollup": ["eml"]}
    settings = s.model_copy(
        update={
            "alerts": s.alerts.model_copy(
                update={
                    "routes": everywhere,
                    "recipients": s.alerts.recipients or s.digest.recipients or ["team@demo"],
                    # The recorded month is all new to the demo: alert on all of it, grouped.
                    "max_age_hours": 24 * 60,
                }
            ),
            "digest": s.digest.model_copy(update={"channels": ["eml"]}),
            "notify": s.notify.model_copy(update={"eml_dir": str(outbox)}),
        }
    )
    app = App(settings=settings, actor=demo.actor)
    app.__dict__.update(engine=demo.engine, factory=demo.factory)
    channels = jobs.delivery_channels(app, warn=False)
    with app.factory() as session:
        last = session.scalar(select(func.max(Mention.created_at)))
    if last is None:
        return
    # The demo replays a recorded month: its clock is the minute after the last mention.
    report, _ = jobs.alert_pass(app, channels, now=last + timedelta(minutes=1))
    print(f"\n{report.summary()}")
    day = latest_period(last, settings=settings) + timedelta(days=1)
    result, _ = jobs.digest_pass(app, channels, day=day)
    print(result.summary())
    for path in sorted(outbox.glob("*.eml")):
        print(f"  wrote {path}")


def _demo_users(demo: App) -> dict[str, tuple[str, str]]:
    """A reviewer and an admin (Audit, Users, Settings) for the demo, each with a fresh random
    password (printed, never stored in clear)."""
    import secrets

    from responders.web import accounts

    logins = {"reviewer": ("demo", secrets.token_urlsafe(12))}
    logins["admin"] = ("demo-admin", secrets.token_urlsafe(12))
    with demo.factory() as session, session.begin():
        for role, (username, password) in logins.items():
            accounts.add_user(session, username, role=role, password=password, actor="demo")
    return logins
