"""The brand book: what a brand tells Rapport about itself, as typed, validated data.

Drafting answers from it (hours, FAQ, offering facts, playbooks) and checks drafts against
it (never_say, never_promise, never_ask); the web admin page edits it. The database holds
the one current copy (``storage``); this package re-exports the names callers need.
"""

from responders.brandbook.answers import (
    DayHours,
    HoursAnswer,
    OpenStatus,
    hours_answer,
    open_status,
)
from responders.brandbook.days import DayRef, asks_about_hours, resolve_days
from responders.brandbook.faq import FaqMatch, faq_answer, match_faq
from responders.brandbook.lookup import (
    fact,
    facts_asked,
    find_locations,
    find_offerings,
    is_official,
    money_people,
    never_ask,
    never_promise,
    never_say,
    offering_mentions,
    offering_named,
    official_accounts,
    person_with_role,
)
from responders.brandbook.model import BrandBook, Location, Offering
from responders.brandbook.placeholders import fill
from responders.brandbook.validate import BookError, BookProblem, parse_book

__all__ = [
    "BookError",
    "BookProblem",
    "BrandBook",
    "DayHours",
    "DayRef",
    "FaqMatch",
    "HoursAnswer",
    "Location",
    "Offering",
    "OpenStatus",
    "asks_about_hours",
    "fact",
    "facts_asked",
    "faq_answer",
    "fill",
    "find_locations",
    "find_offerings",
    "hours_answer",
    "is_official",
    "match_faq",
    "money_people",
    "never_ask",
    "never_promise",
    "never_say",
    "offering_mentions",
    "offering_named",
    "official_accounts",
    "open_status",
    "parse_book",
    "person_with_role",
    "resolve_days",
]
