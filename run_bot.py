"""Rapport's entry point: ``python run_bot.py COMMAND`` and the ``rapport`` console script.

The commands, the application object and the scheduled jobs live in the ``commands``
package; this file only keeps ``run_bot:main`` (pyproject's script) and the script form.
"""

from __future__ import annotations

import sys

from commands import main

__all__ = ["main"]

if __name__ == "__main__":
    sys.exit(main())
