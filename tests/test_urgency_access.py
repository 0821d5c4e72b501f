"""Access and privacy are security (rules-9): the wrong person let in, or let see.

Written for these tests in the voices of hotels, banks, garages, pharmacies and apps,
before the third urgency dev set's rows were read; not copied from any data set.
The near misses share the words and are not security: an overbooked room given to another
family, a wrong takeaway order, a hire car given away, a customer's own question about a
spare key, a neighbour taking in a parcel.
"""

from __future__ import annotations

import pytest

from listener.scoring.urgency import urgency_classes

SECURITY = [
    "the front desk gave a spare key to my room to a man who said he was my husband. I'm single.",
    "you emailed me someone else's invoice with their home address and card ending",
    "I got another customer's bank statement in my envelope",
    "my account shows someone else's transactions and their name",
    "they handed my car to someone else who just said my name",
    "a stranger had my booking reference and changed my reservation",
    "my online banking shows a new payee I never added",
    "logged into the app and I can see other people's orders and addresses",
    "the pharmacy gave my prescription to a woman who just gave my surname",
    "reception let a random guy into our room while we were at dinner",
    "there's a device on my account I don't recognise",
    "someone else cancelled my appointment, I never called",
    "the phone number on my account is not mine",
    "you gave me someone else's keys at collection",
    "got sent another patient's test results",
]
NOT_SECURITY = [
    "they gave our room to another family because they overbooked, so we slept in a twin",
    "I got someone else's order, no chips and a vegan burger",
    "the garage gave the car I booked to someone else so I had to wait",
    "the courier left my parcel with a neighbour which is fine",
    "can I give my spare key to someone else so they can collect the car?",
    "let a man in front of us in the queue, rude",
    "how do I add a new payee in the app?",
    "lovely staff gave my son a free cookie",
    "someone else's dog barked the whole time in the cafe",
    "the hotel let another guest check in before us even though we were first",
    "gave the keys to my dad to collect the car, all fine",
]


@pytest.mark.parametrize("text", SECURITY)
def test_access_given_to_the_wrong_person_is_security(text: str) -> None:
    assert "security" in urgency_classes(text)


@pytest.mark.parametrize("text", NOT_SECURITY)
def test_ordinary_mix_ups_and_questions_are_not_security(text: str) -> None:
    assert "security" not in urgency_classes(text)
