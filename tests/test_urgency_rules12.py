"""rules-12: calm posts that raised alarms, and the reports beside them that must stay urgent.

Written for these tests in wordings of our own, in trades no corpus file uses (a dentist, a
wine club, a car wash, a tutor, a bakery, a bank-like app, a parking app), after the TRAIN
trades' balance rows (long-time customers, calm sums, calm logins; 2026-12-06) showed four
kinds of false alarm: the brand's own sign-in flow read as phishing ("it asks for the email
code every time"), a booking or a detail moved inside the brand read as leaving ("can you
move my appointment to thursday"), a garment's leg "come up short" read as a swelling, and
the weeks a refund covered read as weeks waited for it.
"""

from __future__ import annotations

import pytest

from listener.scoring.urgency import keeps_learned, urgency_classes

CALM_LOGINS = [
    "the parking app logs me out every week and texts me a code to get back in, is that normal?",
    "since the update the wine club site wants a verification code each time I sign in",
    "changed phones last month, how do I get the one-time code to the new number?",
    "Small thing: the tutor portal's login code email takes about a minute to arrive",
    "asked for a new code twice on the car wash app before it let me in, works now",
    "after the app update I had to verify my email again, the code came straight away",
    "Desde la actualización la app me pide un código cada vez que inicio sesión",
    "Depuis la mise à jour, l'appli me demande un code à chaque connexion",
]

LOGIN_REPORTS = [
    "got a text saying my wine club account is locked, log in here to verify with the code",
    "someone signed in to my parking app account and it asked me for the code they triggered",
    "a login code for the tutor portal arrived out of nowhere, I didn't request it",
    "my password was changed and I got logged out, now it wants a code sent to a number that "
    "isn't mine",
    "after the update a man rang from 'the bakery app team' asking me to read out the code",
    "logged out of the car wash app and there are washes on it I never booked, it wants a code",
    "Alguien inició sesión en mi cuenta y me pidió el código de verificación por WhatsApp",
]

MOVED_WITHIN = [
    "can you move my appointment to thursday afternoon?",
    "could you move my tasting to the 14th please, away that weekend",
    "please move my lesson to next week, exam clash",
    "can the bakery move my order to the morning slot",
    "how do I move my booking to my new email address?",
    "I'm moving to night shifts so I'll switch to the weekend classes",
]

STILL_LEAVING = [
    "moving my repeat order to the bakery across the road after this",
    "that's it, taking my business elsewhere after 5 years",
    "moved all my wine club spending to Vinora, cheaper and they answer emails",
    "switching to Polished Car Wash, at least they don't scratch the paint",
]


@pytest.mark.parametrize("text", CALM_LOGINS)
def test_the_brands_own_sign_in_flow_told_calmly_is_no_security_alert(text: str) -> None:
    assert "security" not in urgency_classes(text)
    assert not keeps_learned(text, "security")


@pytest.mark.parametrize("text", LOGIN_REPORTS)
def test_a_sign_in_with_a_stranger_a_message_or_a_lost_account_stays_security(text: str) -> None:
    assert "security" in urgency_classes(text)
    assert keeps_learned(text, "security")


@pytest.mark.parametrize("text", MOVED_WITHIN)
def test_a_booking_moved_to_a_day_or_a_life_change_is_not_leaving(text: str) -> None:
    assert "churn" not in urgency_classes(text)


@pytest.mark.parametrize("text", STILL_LEAVING)
def test_custom_moved_to_a_rival_is_still_churn(text: str) -> None:
    assert "churn" in urgency_classes(text)


@pytest.mark.parametrize(
    ("text", "urgent"),
    [
        ("the left leg has come up an inch shorter after one wash", False),
        ("the sleeve came up tight after the first wash, is that normal", False),
        ("her lip has come up like a balloon after the filler", True),
        ("his arm swelled up where the tattoo is and he's got a fever", True),
    ],
)
def test_a_garment_measured_is_no_swelling(text: str, urgent: bool) -> None:
    assert ("safety" in urgency_classes(text)) is urgent


@pytest.mark.parametrize(
    ("text", "urgent"),
    [
        ("the tutor refunded £90 for the last three weeks of term, in my account next day", False),
        ("they refunded the remaining two months of my plan without any fuss", False),
        ("refund of £90 promised and it's been three weeks, nothing", True),
        ("was told my refund would take 5 days, it's now over 4 weeks", True),
    ],
)
def test_weeks_a_refund_covered_are_not_weeks_waited(text: str, urgent: bool) -> None:
    assert ("payment" in urgency_classes(text)) is urgent


@pytest.mark.parametrize(
    ("text", "urgent"),
    [
        ("monthly is £15 or annual £150 at the car wash, which leaves me better off?", False),
        ("if I go from £9 a month to £90 a year do I lose the days left on this month", False),
        ("took £150 instead of £15 for my monthly wash plan", True),
    ],
)
def test_a_monthly_and_a_yearly_price_are_no_slipped_digit(text: str, urgent: bool) -> None:
    assert ("payment" in urgency_classes(text)) is urgent
