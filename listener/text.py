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
    """NFC, control characters out, runs of spaces folded; line breaks and emoji kept."""
    text = unicodedata.normalize("NFC", text)
    text = _CONTROL.sub(" ", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _SPACES.sub(" ", text).strip()


@lru_cache(maxsize=65536)
def handle_key(handle: str) -> str:
    """Case-folded handle without ``@`` or ``u/``: how two spellings of one account compare."""
    handle = handle.strip()
    for prefix in ("@", "u/", "/u/"):
        if handle.lower().startswith(prefix):
            handle = handle[len(prefix) :]
    return handle.casefold()
