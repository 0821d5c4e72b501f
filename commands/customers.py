"""``customers import | merge | unmerge | show | list``: customer profiles from the shell.

The same operations as the web UI's customer pages (``listener.people``), each in one
transaction and audited under ``--actor``; an import that imports nothing exits 2.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from commands.app import App
from config.errors import InputError


def register(sub: Any) -> None:
    """Add ``customers`` and its subcommands."""
    customers = sub.add_parser("customers", help="customer profiles")
    csub = customers.add_subparsers(dest="customers_command", required=True)
    imp = csub.add_parser("import", help="import a CRM export (CSV)")
    imp.add_argument("file")
    imp.add_argument(
        "--map",
        action="append",
        metavar="FIELD=COLUMN",
        help="map one of our fields to a column of the file (repeatable)",
    )
    imp.add_argument(
        "--skip-bad-rows",
        action="store_true",
        help="import the good rows even when some rows are bad",
    )
    merge = csub.add_parser("merge", help="merge customer MERGED into SURVIVOR (reversible)")
    merge.add_argument("survivor", type=int)
    merge.add_argument("merged", type=int)
    unmerge = csub.add_parser("unmerge", help="undo a merge by its id")
    unmerge.add_argument("merge_id", type=int)
    show = csub.add_parser("show", help="one customer as JSON")
    show.add_argument("id", type=int)
    lst = csub.add_parser("list", help="search customers")
    lst.add_argument("--search", default="")
    lst.add_argument("--limit", type=int, default=50)
    customers.set_defaults(func=cmd_customers)


def cmd_customers(app: App, args: argparse.Namespace) -> int:
    """Dispatch on ``customers_command``; every branch runs in one transaction."""
    from listener.people.crm_import import import_customers
    from listener.people.merging import merge, unmerge
    from listener.people.records import find_customers
    from store.models import Customer

    with app.factory() as session, session.begin():
        if args.customers_command == "import":
            mapping = dict(_pair(item) for item in args.map or [])
            report = import_customers(
                session,
                Path(args.file),
                mapping=mapping,
                skip_bad_rows=args.skip_bad_rows,
                actor=app.actor,
            )
            for line, reason in report.errors:
                print(f"{args.file}:{line}: {reason}", file=sys.stderr)
            print(report.summary())
            if not report.imported:
                session.rollback()
                return 2
            return 0
        if args.customers_command == "merge":
            record = merge(session, args.survivor, args.merged, actor=app.actor)
            print(
                f"merged customer {args.merged} into {args.survivor} (merge id {record.id}; "
                f"undo with: customers unmerge {record.id})"
            )
            return 0
        if args.customers_command == "unmerge":
            record = unmerge(session, args.merge_id, actor=app.actor)
            print(f"undid merge {record.id}: customer {record.merged_id} restored")
            return 0
        if args.customers_command == "show":
            customer = session.get(Customer, args.id)
            if customer is None:
                raise InputError(f"no customer with id {args.id}")
            print(json.dumps(_customer_record(customer), indent=2, ensure_ascii=False))
            return 0
        found = find_customers(session, args.search or "", limit=args.limit)
        for customer in found:
            handles = ", ".join(f"{i.platform}:{i.handle}" for i in customer.identities)
            print(
                f"{customer.id:>6}  {customer.display_name[:30]:30}  {customer.stage:12}  "
                f"{customer.tier or '-':9}  {customer.interactions:>4}  {handles}"
            )
    return 0


def _customer_record(customer: Any) -> dict[str, Any]:
    """``customers show``: the profile and its identities as plain JSON."""
    return {
        "id": customer.id,
        "name": customer.name,
        "preferred_name": customer.preferred_name,
        "email": customer.email,
        "tier": customer.tier,
        "stage": customer.stage,
        "likes": customer.likes,
        "dislikes": customer.dislikes,
        "notes": customer.notes,
        "do_not_contact": customer.do_not_contact,
        "interactions": customer.interactions,
        "merged_into": customer.merged_into_id,
        "identities": [
            {"platform": i.platform, "handle": i.handle, "platform_user_id": i.platform_user_id}
            for i in customer.identities
        ],
    }


def _pair(item: str) -> tuple[str, str]:
    """One ``--map field=Column`` argument."""
    if "=" not in item:
        raise InputError(f"--map takes field=Column, got {item!r}")
    key, value = item.split("=", 1)
    return key.strip(), value.strip()
