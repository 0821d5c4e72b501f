"""rules-18: a look-alike address whose path, not its name, says what it wants.

The eighth urgency set's tuning half (``data/urgency_dev8``, a tyre fitter) had a text
wanting payment at "tarnhill-fitting.co/pay" from a customer who had booked nothing: read as
payment, so the draft talked about a refund. The address's name is ordinary (any firm may
have a hyphen); the path is the tell, and only beside a message that brought it and a doubt
about it. Written for these tests in wordings of our own, in trades no corpus or urgency file
uses (a piano tuner, a kayak hire, a bridal shop, a print shop, a koi dealer).
"""

from __future__ import annotations

import pytest

from listener.scoring.urgency import urgency_classes
from responders.drafting.triage import urgent_class
from tests.test_drafting_reading import said

PHISHED = [
    "text says my piano tuning is 'on hold', pay the call-out fee at keyworth-tuning.co.uk/pay"
    " - I never booked a tuning?",
    "email from paddle-hire-bookings.com/login asking me to sign in to keep my kayak slot. is"
    " this you?",
    "dodgy whatsapp: 'your dress alteration needs a £3 fee' and a link to brides-of-ashby.shop/"
    "payment",
    "got a message with print-hub-orders.net/verify to 'confirm my card', scam?",
    "recibí un mensaje para pagar en koi-corner-envios.com/pay, es una estafa?",
]

NOT_PHISHED = [
    # our own address with a path, in a calm message
    "paid the deposit at keyworth-tuning.co.uk/pay after your text reminder, all fine",
    # a path with no message and no doubt
    "the page paddle-hire-bookings.com/login is down again, can't book",
    # a doubt, but the address is only named, not sent
    "is this the right page for refunds? brides-of-ashby.shop/refund",
    # an ordinary address with no payment or login path, in a message nobody doubts
    "your email's link to print-hub-orders.net/tracking says it's out today, thanks",
]


@pytest.mark.parametrize("text", PHISHED)
def test_a_doubted_message_with_a_lookalike_payment_or_login_link_is_security(text: str) -> None:
    assert "security" in urgency_classes(text)


@pytest.mark.parametrize("text", NOT_PHISHED)
def test_a_link_with_a_path_alone_is_no_security_report(text: str) -> None:
    assert "security" not in urgency_classes(text)


def test_a_lookalike_link_that_asks_for_money_gets_the_security_reply() -> None:
    text = (
        'got a text "KEYWORTH: your tuning on 14/06 is on hold, confirm payment at '
        "keyworth-tuning.co/pay\" - i haven't booked anything, is this actually you"
    )
    classes = urgency_classes(text)
    assert "security" in classes
    mention = said(urgency="high", urgency_reasons=list(classes), text=text)
    assert urgent_class(mention) == "security"
