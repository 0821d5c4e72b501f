"""rules-20: a look-alike link pasted with its scheme, and the second reader's rules-19 misses.

rules-18 read "confirm payment at tarnhill-fitting.co/pay" as a look-alike address, but the
word view dropped every URL, so the same address pasted as "https://tarnhill-fitting.co/pay"
(how phishing texts arrive) was invisible. The second reader of rules-19 also left five misses
and six calm posts flagged; each is pinned here in wordings of our own, in trades no corpus or
urgency file uses (a piano tuner, a kayak hire, a pottery studio, a sauna, a coach operator).
"""

from __future__ import annotations

import pytest

from listener.scoring.classify import prepare
from listener.scoring.urgency import urgency_classes
from responders.drafting.triage import urgent_class
from tests.test_drafting_reading import said

PASTED_PHISH = [
    "@keyworthtuning just got an email with https://keyworth-tuning.co.uk/refund?id=88 legit?",
    "text from 'Paddle Hire': your slot is on hold, https://www.paddle-hire-bookings.com/login"
    " - is this you?",
    "dodgy whatsapp with http://kiln-club-members.shop/payment/step2 asking for a £2 fee,"
    " never booked a class",
    "recibí un mensaje con https://sauna-norte-reservas.com/pay, es una estafa?",
]

PASTED_CALM = [
    # our own shop link, pasted, nobody doubting it
    "your email's link https://keyworth-tuning.co.uk/account worked, booked for tuesday",
    # a hyphenated address with an ordinary path in a message: not what rules-20 keeps
    "your text with https://paddle-hire-bookings.com/tracking says the kayak left the depot,"
    " not a scam like last week's, thanks",
    # a link with a payment path but no hyphen: an ordinary firm's own site
    "paid through the text link https://kilnclub.com/pay, all fine, is this real life 😂",
]


@pytest.mark.parametrize("text", PASTED_PHISH)
def test_a_pasted_lookalike_payment_or_login_link_is_read_as_typed(text: str) -> None:
    assert "security" in urgency_classes(text)


@pytest.mark.parametrize("text", PASTED_CALM)
def test_a_pasted_link_without_the_lookalike_shape_raises_nothing(text: str) -> None:
    assert urgency_classes(text) == ()


def test_the_word_view_keeps_only_a_lookalike_links_host_and_sensitive_path() -> None:
    view, urls = prepare("pay at https://www.coach-tickets-help.co.uk/verify/x?y=1 or t.co/ab")
    assert urls == 1  # a bare "t.co/ab" is no URL to the view: it stays as words
    assert view == " pay at coach-tickets-help co uk/verify or t co/ab "
    shortened, _ = prepare("pay at https://t.co/ab now")
    assert shortened == " pay at now "
    plain, _ = prepare("see https://coachco.com/pay and https://coach-co.com/timetable")
    assert plain == " see and "


def test_a_pasted_lookalike_link_gets_the_security_reply_not_a_refund() -> None:
    text = (
        'text says "KEYWORTH: your tuning is on hold, confirm payment at '
        "https://keyworth-tuning.co/pay\" - i haven't booked anything, scam?"
    )
    classes = urgency_classes(text)
    assert "security" in classes
    mention = said(urgency="high", urgency_reasons=list(classes), text=text)
    assert urgent_class(mention) == "security"


CAUGHT = [
    ("payment", "@coachco you promised to pay back my £48 three weeks ago, nothing has arrived"),
    ("payment", "@kilnclub £45 taken from my account this morning and I cancelled in January"),
    ("payment", "@saunaco £30 came out again though we cancelled the membership 3 weeks ago"),
    (
        "security",
        "there are two kiln club apps on google play, which is the genuine one? one wants my card",
    ),
    ("security", "@paddlehire is this real? someone dmed me saying I won a free kayak day"),
    ("safety", "the redness round the new piercing is spreading up my neck, is that normal?"),
    ("safety", "since the service the oven door keeps popping open by itself while it's hot"),
    ("safety", "the hoist came down with my dad still on it, he's bruised and shaken"),
]

NEAR_MISSES = [
    # a cancelling with no date: a fee the policy allows, or one cancelled in time
    "@kilnclub £30 taken because I cancelled last minute, fair enough, that's the policy",
    "@saunaco £45 taken for the booking and I cancelled in time so it comes back, right?",
    # an offer kept, thanked for
    "@coachco offered to pay back my £15, that was really kind",
    # two apps that are both the brand's, compared
    "two paddle hire apps on the play store, one for kayaks and one for boards, which is better?",
    # a delighted "is this real"
    "@saunaco booked, paid and in the sauna in 5 minutes flat, is this real?? best spa ever",
    # ointment spread over the skin, a door that opens by design
    "the aftercare cream spread over my arm lovely, tattoo healing well",
    "the oven door swings open by itself when you press the button, love it",
    # a car lift doing its job, two payments for two things
    "watched the lift come down with my car on it, smooth as anything, great garage",
    "the ramp came down with my van on it, job done in an hour",
    "@coachco made two payments for the two tickets, all smooth, thanks",
]


@pytest.mark.parametrize(("name", "text"), CAUGHT)
def test_the_second_readers_misses_are_found(name: str, text: str) -> None:
    assert name in urgency_classes(text)


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_the_second_readers_calm_posts_raise_nothing(text: str) -> None:
    assert urgency_classes(text) == ()
