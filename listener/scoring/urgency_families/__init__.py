"""Word families for the urgency classes: one concept, all its wordings (rules-7).

Why a third layer beside the phrase cues (``urgency_cues``) and the concept pairs
(``urgency_concepts``): on trades the rules were not written for, the misses were not new
*kinds* of harm but new *words* for a known kind: "smelt gas" where the cues had "smell of
gas", "covered in welts" where they had "hives", "the hold on my card is still there" where
they had "pre-authorisation not released", "wanting the code" where they had "asking for the
code". Each family below names one concept (a body harm, a thing that burns, a structure
giving way, money kept back, a stranger wanting a secret) by its word family: inflections,
near synonyms, common spellings, and the same concept in Spanish, French, German and
Portuguese. A family fires either on its own, when the words cannot be ordinary (a
"rash all over", "pus", "smoke pouring out of the dryer"), or beside a second concept in
a short window (a *thing* beside "smoking" or "melted", not a person "smoking outside").

Near misses stay out through the same means the other layers use: the windows are short,
praise and hyperbole have lookaheads ("nearly died of boredom", "sparks plug"), and requests
for card details that are an ordinary checkout or a customer's own question are dropped in
``listener.scoring.urgency`` (``ORDINARY_DETAILS``).
The fragments follow the rules of ``urgency_cues`` (whole words on the word view, no
leading or trailing space, fixed-width lookbehinds).

One module per class (``safety``, with rules-9's concepts in ``safety_services``, people in
someone's care in ``safety_care``, failures after our own work in ``safety_after_work``,
people at risk from others or a crowd and places left dangerous in ``safety_people_places``;
``payment``; ``churn``; ``security``, with access and privacy in ``access``; ``legal``), with
the word pieces every urgency layer shares in ``listener.scoring.urgency_words``; the
security module also holds the guards ``urgency`` applies to a security verdict
(``NOT_ABOUT_THE_BRAND`` unless ``DISOWNED_CHANNEL``, ``ORDINARY_DETAILS``,
``ORDINARY_BUT_STRANGE``, ``OWN_APP_ASKS``).
"""

from __future__ import annotations

from listener.scoring.urgency_families.access import ACCESS_FAMILIES
from listener.scoring.urgency_families.churn import CHURN_FAMILIES
from listener.scoring.urgency_families.legal import LEGAL_FAMILIES
from listener.scoring.urgency_families.payment import PAYMENT_FAMILIES
from listener.scoring.urgency_families.safety import (
    CRISIS,
    SAFETY_FAMILIES,
    SAFETY_FOREIGN_FAMILIES,
)
from listener.scoring.urgency_families.security import SECURITY_FAMILIES
from listener.scoring.urgency_families.security_guards import (
    AWARE_BUT_CONTACTED,
    DISOWNED_CHANNEL,
    FRAUD_AWARENESS,
    NOT_ABOUT_THE_BRAND,
    ORDINARY_BUT_STRANGE,
    ORDINARY_DETAILS,
    OWN_APP_ASKS,
    STRANGER_OR_MESSAGE,
)

__all__ = [
    "ACCESS_FAMILIES",
    "AWARE_BUT_CONTACTED",
    "CHURN_FAMILIES",
    "CRISIS",
    "DISOWNED_CHANNEL",
    "FRAUD_AWARENESS",
    "LEGAL_FAMILIES",
    "NOT_ABOUT_THE_BRAND",
    "ORDINARY_BUT_STRANGE",
    "ORDINARY_DETAILS",
    "OWN_APP_ASKS",
    "PAYMENT_FAMILIES",
    "SAFETY_FAMILIES",
    "SAFETY_FOREIGN_FAMILIES",
    "SECURITY_FAMILIES",
    "STRANGER_OR_MESSAGE",
]
