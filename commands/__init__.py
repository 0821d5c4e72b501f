"""Rapport's command line and composition root: settings → database → sources → jobs.

``cli`` parses and dispatches; one module per command family (``COMMAND_MODULES`` in
``cli``); ``app`` is the lazily built application object; ``jobs`` the responder jobs that
both the one-shot commands and ``scheduler`` run. ``run_bot.py`` only calls ``main``.
"""

from commands.cli import COMMAND_MODULES, build_parser, main

__all__ = ["COMMAND_MODULES", "build_parser", "main"]
