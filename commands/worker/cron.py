"""Turning an interval in seconds into the cron line of a Procrastinate periodic task.

Procrastinate's periodic tasks are cron lines (a 6th field for seconds), deferred once per
tick across all workers. Our settings are intervals (``interval_seconds``), so each is
rounded UP to the next step that divides its unit evenly: a source is never asked more
often than configured (its budget is sized for that), at most a little less often.
"""

from __future__ import annotations

_STEPS_60 = (1, 2, 3, 4, 5, 6, 10, 12, 15, 20, 30, 60)
_STEPS_24 = (1, 2, 3, 4, 6, 8, 12, 24)


def _step(value: int, steps: tuple[int, ...]) -> int:
    return next(step for step in steps if step >= value)


def interval_cron(seconds: int) -> str:
    """The cron line that fires every ``seconds`` (rounded up to an even step).

    >>> interval_cron(5), interval_cron(45), interval_cron(120), interval_cron(5400)
    ('* * * * * */5', '* * * * *', '*/2 * * * *', '0 */2 * * *')
    """
    if seconds <= 0:
        raise ValueError("an interval must be positive")
    if seconds < 60:
        step = _step(seconds, _STEPS_60)
        return "* * * * *" if step == 60 else f"* * * * * */{step}"
    minutes = -(-seconds // 60)
    if minutes < 60:
        step = _step(minutes, _STEPS_60)
        return "0 * * * *" if step == 60 else f"*/{step} * * * *"
    hours = -(-seconds // 3600)
    if hours < 24:
        step = _step(hours, _STEPS_24)
        return "0 0 * * *" if step == 24 else f"0 */{step} * * *"
    return "0 0 * * *"
