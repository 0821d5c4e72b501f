"""Text normalization at ingest: keep what the reviewer needs, make the rest safe to store.

The original text is kept (minus NUL bytes, which PostgreSQL cannot store, and capped in
length); a normalized copy (NFC, control characters removed) is what scoring and matching use.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

MAX_STORED_CHARS = 40_000
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b\ufeff]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")
_SPACES = re.compile(r"[ \t]+")
# Characters a one-line field (a name, a handle, a URL) never needs: every C0/C1 control
# (line breaks included), zero-width space and BOM, and the bidi overrides that can make a
# name display as something else. NUL is among them (PostgreSQL cannot store it).
_LINE_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u200b\u202a-\u202e\u2066-\u2069\ufeff]")


def clean_original(text: str) -> tuple[str, bool]:
    """The text as posted, safe for every database: no NUL, no lone surrogates, capped.

    Returns the text and whether it was truncated. Capping protects the review UI and the
    database from a 100,000-character post while keeping far more than any platform allows.
    """
    text = text.replace("\x00", "")
    if _SURROGATE.search(text):
        text = _SURROGATE.sub("\ufffd", text)
    if len(text) > MAX_STORED_CHARS:
        return text[:MAX_STORED_CHARS], True
    return text, False


def normalize(text: str) -> str:
    """NFC, control characters out, runs of spaces folded; line breaks and emoji kept.

    Each step runs only when it could change something (a printable text has no control
    character; single spaces fold to themselves): the usual post costs three C-level tests
    instead of two regex scans that rebuild the string, with an identical result.
    """
    text = unicodedata.normalize("NFC", text)
    if not text.isprintable():  # every _CONTROL character is unprintable (Cc or Cf)
        text = _CONTROL.sub(" ", text)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "  " in text or "\t" in text:
        text = _SPACES.sub(" ", text)
    return text.strip()


@lru_cache(maxsize=65536)
def handle_key(handle: str) -> str:
    """Case-folded handle without ``@`` or ``u/``: how two spellings of one account compare."""
    handle = handle.strip()
    for prefix in ("@", "u/", "/u/"):
        if handle.lower().startswith(prefix):
            handle = handle[len(prefix) :]
    return handle.casefold()


def clean_field(value: str, *, limit: int, drop_controls: bool = False) -> str:
    """A one-line field from outside (name, handle, title, URL), safe for every database.

    Lone surrogates become U+FFFD (they cannot be encoded to UTF-8, so the driver would fail
    the whole transaction); control characters become a space, or vanish when
    ``drop_controls`` (handles and URLs, where a space would change the value); runs of
    spaces fold; the result is capped at ``limit`` characters, the column's size.
    """
    if value.isprintable():  # the usual field: no surrogate (Cs), no control (Cc, Cf)
        return value[:limit]
    if _SURROGATE.search(value):
        value = _SURROGATE.sub("\ufffd", value)
    if _LINE_CONTROL.search(value):
        value = _LINE_CONTROL.sub("" if drop_controls else " ", value)
        value = _SPACES.sub(" ", value).strip()
    return value[:limit]


def id_problem(value: object, *, limit: int) -> str | None:
    """Why ``value`` cannot be stored as a platform id, or None when it can.

    Ids are matched exactly (dedupe, identity linking, threads), so they are never cleaned
    or cut: a changed id would silently point at another post or person.
    """
    if not isinstance(value, str):
        return f"is a {type(value).__name__}, not text"
    if not value:
        return "is empty"
    if len(value) > limit:
        return f"is longer than {limit} characters"
    if value.isprintable():  # no surrogate (Cs), no control (Cc, Cf): only spaces to check
        return None if value == value.strip() else "holds control characters or spaces"
    if _SURROGATE.search(value):
        return "holds a lone surrogate (not valid Unicode)"
    if _LINE_CONTROL.search(value) or value != value.strip():
        return "holds control characters or spaces"
    return None


def printable(value: object, *, limit: int = 80) -> str:
    """``value`` for a problem line: escapes what a terminal could not print, capped."""
    text = value if isinstance(value, str) else repr(value)
    if _SURROGATE.search(text) or _LINE_CONTROL.search(text):
        text = ascii(text)[1:-1]
    return text if len(text) <= limit else text[: limit - 1] + "…"
