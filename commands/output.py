"""How commands print: the small formatting helpers several command families share.

Kept in one place so a table column or a warning looks the same whichever command prints it
(``queue list``, ``outbox list`` and the demo all shorten text with ``one_line``).
"""

from __future__ import annotations

import argparse
import sys
from datetime import datetime
from typing import Any

from listener.text import clean_field, printable


def one_line(text: str, width: int) -> str:
    """``text`` on one line, cut to ``width`` characters with an ellipsis."""
    flat = " ".join(clean_field(text, limit=len(text) + 1).split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def when(value: datetime | None) -> str:
    """A timestamp for a table, or ``never``."""
    return value.isoformat(timespec="seconds") if value else "never"


def print_ingest(report: Any) -> None:
    """An ingest report: up to 50 problems on stderr, then the one-line count."""
    for problem in report.problems[:50]:
        print(f"warning: {printable(problem, limit=500)}", file=sys.stderr)
    if len(report.problems) > 50:
        print(f"warning: … and {len(report.problems) - 50} more problems", file=sys.stderr)
    if getattr(report, "stale", False):
        print(
            f"warning: {report.source} was collected by another process meanwhile; "
            "its cursor was kept and this run's stopped",
            file=sys.stderr,
        )
    print(
        f"{report.source}: {report.received} received, {report.stored} stored, "
        f"{report.duplicates} duplicates, {report.rejected} rejected"
    )


def configure_logging(level: str) -> None:
    """Log lines with time and logger name, for the long-running commands (run, serve)."""
    import logging

    logging.basicConfig(
        level=getattr(logging, level, logging.INFO),
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )


def positive_int(value: str) -> int:
    """An argparse type: an integer of 1 or more."""
    number = int(value)
    if number < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return number


def instant(value: str) -> datetime:
    """An argparse type for ``--now``/``--before``: ISO 8601, UTC when no offset is given."""
    import argparse
    from datetime import UTC

    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{value!r} is not a time: use ISO 8601, e.g. 2026-11-22T18:00Z"
        ) from None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)
