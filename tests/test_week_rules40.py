"""rules-40 from the eighteenth week set read, in other trades' words.

Urgency: a calm question about a pending sum after a cancellation ("will that just drop off
on its own in a few days?", "when does it usually drop off? No rush", "Assume that clears
itself after a few days") is no payment fault; a discount "knocked it off", a valve that "fell
off in the post", "lost sight of my pup", "nearly died when she handed me the mirror 😭" and
a car radio's own code are no harm; money paid to a text in the brand's name the brand says it
never sends is security; after years, "booked the GS in at Chapelgate BMW" and loyalty "since
the shop opened in 2020" are churn. Intent: praise slang and closing verdicts ("that's how
you keep customers", "it's why I've stuck with them", "bombproof", "credit where it's due",
"talked me out of spending money", "would book again"); "stuck it on the fridge" is no
fault; "Does X actually check the grind" is a complaint cue; "or is it just the bot" only
after "actually", "ever" or "anyone"; a customer talked down to ("with hand gestures", "ask
someone younger") is a service cue; three sarcasm cues. Each beside its near miss.
"""

from __future__ import annotations

import pytest

from listener.scoring.classify import _PRAISE_SLANG_RE, _STRONG_RE, complaint_points
from listener.scoring.sarcasm import sarcasm_cues
from tests.reading import classes as _classes
from tests.reading import view as _view


@pytest.mark.parametrize(
    "text",
    [
        "@craftco I cancelled my place on Saturday's workshop and got the email, but my app is"
        " still showing £30 pending from you. Will that just drop off on its own in a few days?",
        "@bikeco the £200 hold from the test ride is still showing as pending. Is that normal"
        " and when does it usually drop off? No rush at all",
        "Cancelled order #4471 before dispatch, but my bank app still shows a £19.99 pending"
        " from @shopco. Assume that clears itself after a few days like a hotel hold?",
    ],
)
def test_a_calm_question_about_a_pending_sum_is_no_payment_fault(text: str) -> None:
    assert "payment" not in _classes(text)


@pytest.mark.parametrize(
    "text",
    [
        "cancelled 3 weeks ago and my app still shows £45 pending from @shopco, will that drop"
        " off on its own? it's been 21 days",
    ],
)
def test_a_pending_sum_weeks_old_or_taken_twice_keeps_payment(text: str) -> None:
    assert "payment" in _classes(text)


@pytest.mark.parametrize(
    "text",
    [
        "the invoice had the MOT on it though it's free this month. Mel spotted it and knocked"
        " it off. Honest lot @garageco",
        "the new bags are so eco that the valve fell off in the post @coffeeco",
        "lost sight of my pup in the long grass for 5 mins, the field needs mowing @dogco",
        "I nearly DIED when Sam handed me the mirror 😭😭 these brows are everything @browco",
        "a quick look at the warning light and now the radio wants a code I don't have @vanco",
    ],
)
def test_a_discount_a_parcel_a_dog_in_long_grass_a_reveal_or_a_radio_code_is_no_alarm(
    text: str,
) -> None:
    assert _classes(text) == ()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("the delivery driver knocked it off the wall and it hit my son @shopco", "safety"),
        ("the wheel fell off in the car park with my kids in it @garageco", "safety"),
        ("my dad lost his sight in one eye after the laser @clinicco", "safety"),
        ("someone rang saying they were from @bankco and asked for the code they just texted me",
         "security"),
    ],
)  # fmt: skip
def test_the_real_harm_keeps_its_class(text: str, name: str) -> None:
    assert name in _classes(text)


def test_money_paid_to_a_text_in_our_name_we_never_send_is_security() -> None:
    text = (
        "heads up: got a text from 'Plumbco Bookings' asking for a £60 deposit by bank"
        " transfer. paid it. rang the office and they never take deposits and don't know the"
        " number. £60 gone @plumbco"
    )
    assert "security" in _classes(text)


@pytest.mark.parametrize(
    "text",
    [
        "paid £50 on the day, they never take deposits which is nice @vanco",
        "called them, paid £50 on the day, they never take deposits which is nice @vanco",
    ],
)
def test_paying_on_the_day_to_a_firm_that_takes_no_deposit_is_not_security(text: str) -> None:
    assert "security" not in _classes(text)


@pytest.mark.parametrize(
    "text",
    [
        "Eight years, two cars bought and every service at @garageco. Booked the Golf in at"
        " Westway VW today",
        "been getting my prescriptions from @pharmaco since the shop opened in 2019. everything's"
        " moved over to Boots now",
    ],
)
def test_the_years_then_a_rival_booked_or_moved_over_to_is_churn(text: str) -> None:
    assert "churn" in _classes(text)


@pytest.mark.parametrize(
    "text",
    [
        "9 years with @garageco, booked the car in at the Leeds branch this time",
        "customer since it opened in 2019, booked in with you again for March @salonco",
    ],
)
def test_a_booking_with_the_brand_is_not_churn(text: str) -> None:
    assert "churn" not in _classes(text)


@pytest.mark.parametrize(
    "text",
    [
        "the new rigger holds a point like a dream @artco",
        "card declined, Jess said pay online later. that's how you keep customers for life",
        "tiny thing but it's why I've stuck with them 3 yrs @coffeeco",
        "evened them up, no charge, no fuss. That's why I keep going back.",
        "recall is BOMBPROOF now @dogco",
        "fixed in firmware 3.2, holds it within half a degree. Credit where it's due.",
        "knocked the MOT off the invoice before I asked. Honest lot @garageco",
        "@vapeco talked me out of buying a £60 kit I didn't need",
        "new tank from @vapeco absolutely rips",
        "lift and tint lasted 5 weeks. Would book again. @browco",
        "pulls like a freight train now and smooth as butter off the bottom @bikeco",
    ],
)
def test_praise_slang_and_verdicts_of_the_eighteenth_week(text: str) -> None:
    assert _PRAISE_SLANG_RE.search(_view(text))


@pytest.mark.parametrize(
    "text",
    [
        "that's why I stopped going back @coffeeco",
        "would never book again @browco",
        "the bag rips every time @shopco",
        "not a sound lot, avoid @garageco",
    ],
)
def test_look_alikes_are_not_the_new_praise_slang(text: str) -> None:
    assert not _PRAISE_SLANG_RE.search(_view(text))


def test_stuck_on_the_fridge_or_with_them_is_no_fault_but_stuck_on_a_screen_is() -> None:
    assert not _STRONG_RE.search(_view("she drew a diagram and nan has stuck it on the fridge"))
    assert not _STRONG_RE.search(_view("it's why I've stuck with them for years"))
    assert _STRONG_RE.search(_view("the app is stuck on the loading screen again"))


@pytest.mark.parametrize(
    "text",
    [
        "Does @coffeeco actually check the grind on pre-ground orders?",
        "is anyone actually on the live chat or is it just the bot @appco",
        "the young lad explained to me with hand gestures how a key goes in a lock. 38 years a"
        " toolmaker, me. @lockco",
        "on chat I was advised to ask someone younger in the house to help with the app @appco",
    ],
)
def test_rhetorical_checks_and_being_talked_down_to_are_complaint_cues(text: str) -> None:
    assert _STRONG_RE.search(_view(text))


@pytest.mark.parametrize(
    "text",
    [
        "@appco is live chat open on Sundays or is it just the bot",
        "does it actually sync with Outlook? thinking of buying @appco",
        "she explained it to me slowly and patiently, lovely woman @salonco",
    ],
)
def test_real_questions_and_patient_help_are_no_complaint(text: str) -> None:
    assert complaint_points(_view(text), compound=0.0) < 1.0


@pytest.mark.parametrize(
    "text",
    [
        "10/10 would recommend @garageco for an oil change if you enjoy finding the old filter"
        " in your flower bed",
        "'ready by lunchtime' at @garageco is clearly a state of mind rather than a time. day 4",
        "apparently '8 till 10' is mobile mechanic for 'whenever the van feels like it'",
    ],
)
def test_sarcasm_of_the_eighteenth_week(text: str) -> None:
    assert sarcasm_cues(text)


@pytest.mark.parametrize(
    "text",
    [
        "would recommend if you like a quiet pint @pubco",
        "my 'usual' is a latte for 'here' @cafeco",
        "the 'Sunday roast' is lamb for 'the win' every week @pubco",
    ],
)
def test_sincere_lines_are_not_the_new_sarcasm(text: str) -> None:
    assert sarcasm_cues(text) == ()
