"""Errors split by whose fault they are (STYLE.md #6).

``ConfigError`` is the operator's (exit code 2, a clear message, no traceback);
``UpstreamError`` the platform's (may carry ``retry_after``); ``ReviewError`` is shown to the
reviewer; ``InputError`` covers files a user hands us (CSV imports, mention exports).
They live in ``config`` because every package may import ``config``.
"""

from __future__ import annotations


class RapportError(Exception):
    """Base of every error Rapport raises on purpose."""

    exit_code = 1


class ConfigError(RapportError):
    """A setting or start-up condition the operator must fix."""

    exit_code = 2


class InputError(RapportError):
    """A file or value handed to a command cannot be used as it is."""

    exit_code = 2


class UpstreamError(RapportError):
    """A platform or remote service failed; ``retry_after`` is seconds to wait, if known."""

    def __init__(self, message: str, *, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class ReviewError(RapportError):
    """A review action that cannot be done (wrong state, unknown draft); shown to the person."""
