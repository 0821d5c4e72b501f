"""People: every author linked to one customer profile, and what the team does to profiles.

One ``Customer`` has many platform ``Identity`` rows. The parts, one module each:

- ``linking``: find or create the identity and light profile of every mention's author;
- ``stage``: recount a profile's history and derive its relationship stage;
- ``merging``: merge two profiles and undo it (explicit, audited, reversible);
- ``edits``: a person on the team edits a profile;
- ``gdpr``: export everything held on a person, or erase it;
- ``crm_import``: import known customers from a CRM export (CSV);
- ``records``: look up and search customers, snapshot their editable fields.

The public names are re-exported here, so callers write ``from listener import people``.
"""

from listener.people.crm_import import FIELDS, ImportReport, import_customers
from listener.people.edits import EDITABLE, update_profile
from listener.people.gdpr import (
    ERASED_REASON,
    ErasureReport,
    erase_customer,
    erased_id,
    export_customer,
)
from listener.people.linking import Link, author_key, link_authors, looks_like_bot
from listener.people.merging import merge, unmerge
from listener.people.records import PROFILE_FIELDS, find_customers, live_customer, profile_snapshot
from listener.people.stage import STAGES, refresh_customers, refresh_for_new_mentions, stage_for

__all__ = [
    "EDITABLE",
    "ERASED_REASON",
    "FIELDS",
    "PROFILE_FIELDS",
    "STAGES",
    "ErasureReport",
    "ImportReport",
    "Link",
    "author_key",
    "erase_customer",
    "erased_id",
    "export_customer",
    "find_customers",
    "import_customers",
    "link_authors",
    "live_customer",
    "looks_like_bot",
    "merge",
    "profile_snapshot",
    "refresh_customers",
    "refresh_for_new_mentions",
    "stage_for",
    "unmerge",
    "update_profile",
]
