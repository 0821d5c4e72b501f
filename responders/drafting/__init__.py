"""Drafting: which mentions get a reply, and the draft a community manager then reviews.

Owns triage (``triage.py``: who deserves a reply, queue priority), the drafting job
(``job.py``), what a reply may say about a mention and its author (``context.py``,
``names.py``, ``memory.py``), the reply templates and their slot variants (``templates.py``,
``variants.py``, ``replies.py``), the platform length rules and hype lint
(``textrules.py``) and the notes to the manager (``notes.py``). Nothing here posts: an
approved draft is sent by the publisher.
"""
