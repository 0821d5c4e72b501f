"""Bounds for every number and string a request may carry, declared once for /api and pages.

A value the database cannot hold must be refused at the door, not discovered by the driver:
SQLite's INTEGER stops at 2^63 − 1 (a bigger id raised ``OverflowError`` in the driver: a
500), PostgreSQL refuses NUL in text, and no driver can encode a lone surrogate. FastAPI
checks these annotations before a route runs, so a bad value is a 422 on /api (a 404 page for
a path id in the HTML UI, ``responders.web.app``), and the route's code never sees it.
"""

from __future__ import annotations

import re
from typing import Annotated, Any

from fastapi import Path, Query
from pydantic import AfterValidator, Field

MAX_ID = 2**63 - 1
# JavaScript's getTimezoneOffset: minutes behind UTC, from -840 (UTC+14) to +720 (UTC-12).
MIN_TZ_OFFSET = -840
MAX_TZ_OFFSET = 720
_UNSTORABLE = re.compile(r"[\x00\ud800-\udfff]")

RowId = Annotated[int, Path(ge=1, le=MAX_ID, description="a row id (1 to 2^63-1)")]
"""A path id: customers, drafts, mentions, merges, users."""

BeforeId = Annotated[
    int | None,
    Query(ge=1, le=MAX_ID, description="next_before of the previous page"),
]
"""A keyset cursor made of a row id."""

TzOffset = Annotated[
    int | None,
    Field(ge=MIN_TZ_OFFSET, le=MAX_TZ_OFFSET, description="minutes behind UTC (JS style)"),
]


def storable(value: str) -> str:
    """Refuse text no database can store (NUL; lone surrogates, which UTF-8 cannot encode)."""
    if _UNSTORABLE.search(value):
        raise ValueError("contains a NUL byte or an unpaired surrogate")
    return value


def _text(max_length: int, min_length: int = 0) -> Any:
    return Annotated[
        str, Field(min_length=min_length, max_length=max_length), AfterValidator(storable)
    ]


# Request strings, each storable and capped at its column (store.models).
Label = _text(40)
Handle = _text(100)
Name = _text(200)
Email = _text(320)
Reason = _text(2000, min_length=1)
Notes = _text(20_000)
ReplyText = _text(40_000)
Password = _text(1000)


def id_or_none(value: str | None) -> int | None:
    """A hand-parsed id from a query string: a number in range, else None (first page)."""
    if value is None or len(value) > 20:
        return None
    try:
        number = int(value)
    except ValueError:
        return None
    return number if 1 <= number <= MAX_ID else None
