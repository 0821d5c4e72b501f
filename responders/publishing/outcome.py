"""What a publishing pass reports: one ``Outcome`` per draft handled, and the pass's summary."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Outcome:
    """What happened to one draft in a pass; ``action`` is one of ``ACTIONS``."""

    draft_id: int
    platform: str
    action: str
    text: str
    external_id: str | None = None
    detail: str = ""

    def line(self) -> str:
        """One line for the CLI."""
        head = {
            "posted": f"posted draft {self.draft_id} to {self.platform} as {self.external_id}",
            "reconciled": f"draft {self.draft_id} was already on {self.platform} as "
            f"{self.external_id}; not posted again",
            "dry_run": f"would post draft {self.draft_id} to {self.platform} (dry run)",
            "retry": f"draft {self.draft_id} not posted, will retry",
            "failed": f"draft {self.draft_id} failed",
            "waiting": f"draft {self.draft_id} interrupted while posting; cannot check yet",
            "lost": f"draft {self.draft_id}: lost the claim to another publisher",
        }[self.action]
        tail = f": {self.detail}" if self.detail else ""
        return head + tail


ACTIONS = ("posted", "reconciled", "dry_run", "retry", "failed", "waiting", "lost")


@dataclass
class PublishReport:
    """What one pass did, in order."""

    outcomes: list[Outcome] = field(default_factory=list)

    def count(self, action: str) -> int:
        return sum(1 for o in self.outcomes if o.action == action)

    def summary(self) -> str:
        """ "2 posted, 1 dry run, 0 reconciled, 1 retry, 0 failed, 0 waiting"."""
        parts = [
            f"{self.count('posted')} posted",
            f"{self.count('dry_run')} dry run",
            f"{self.count('reconciled')} reconciled",
            f"{self.count('retry')} to retry",
            f"{self.count('failed')} failed",
            f"{self.count('waiting')} waiting",
        ]
        if self.count("lost"):
            parts.append(f"{self.count('lost')} lost")
        return ", ".join(parts)
