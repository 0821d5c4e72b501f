"""Publishing approved drafts, each at most once (docs/publishing.md).

- ``publisher``: ``Publisher``, the job that claims, posts, reconciles;
- ``claim``: taking a draft into ``sending`` so only one publisher posts it;
- ``record``: the guarded, audited write of each outcome;
- ``outcome``: what a pass reports.
"""

from __future__ import annotations

from responders.publishing.claim import ACTOR, CLAIM_TRIES, default_worker, raw_mention
from responders.publishing.outcome import ACTIONS, Outcome, PublishReport
from responders.publishing.publisher import Publisher, is_permanent

__all__ = [
    "ACTIONS",
    "ACTOR",
    "CLAIM_TRIES",
    "Outcome",
    "PublishReport",
    "Publisher",
    "default_worker",
    "is_permanent",
    "raw_mention",
]
