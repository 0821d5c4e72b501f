"""rules-20 from a week of mentions in trades Rapport was not written for.

The week set's tuning half (``data/week_dev``: a skip hire, a hot-tub supplier, a photography
studio, a garage-door installer) showed misreadings that any trade meets: laughter told as
harm, "mugged off" read as a mugging, a loyal customer's move to a rival told flatly, the same
sum shown "again", a suggestion or a job advert read by the n-grams as a complaint or praise,
a calm question about a card hold read as a complaint. Written here in other trades' words (a
dog walker, a piano teacher, a removal firm, a bike courier, a printer), each beside its near
miss.
"""

from __future__ import annotations

import pytest

from listener.scoring.classify import prepare, sure_intent
from listener.scoring.sentiment import get_scorer
from listener.scoring.urgency import urgency_classes

NO_ALARM = [
    # laughter and a fright at a price told as harm
    "nearly died laughing at the video @pawpatrolwalks sent of Bruno in the stream 😂",
    "@keysandcleffs my daughter cried laughing all through the recital rehearsal, brilliant",
    "nearly had a heart attack when I saw the quote from @boxmoveremovals, anyone cheaper?",
    # "mugged off" is slang for ripped off
    "£40 for a 10 minute job? feel like I've been mugged off by @printpointuk",
    # a van that left, not a customer who left and was still charged
    "@pedalpost charged the rush fee and the parcel was still on the desk after the rider left",
    # "banking app now" is a bank's app, not banking elsewhere now
    "@boxmoveremovals deposit shows in my banking app now, thanks, see you saturday",
    # a harm long ago and elsewhere, told as the reason for caution or praise
    "Back in 2012 a removal van from another firm dropped a wardrobe on my dad's foot, so I"
    " watched @boxmoveremovals like a hawk. They were brilliant",
    "Legionella at a holiday lodge years ago (nothing to do with this firm) made me paranoid,"
    " @splashswimclub walked me through their water testing",
]

ALARM = [
    ("safety", "my son nearly drowned in your pool yesterday @splashswimclub, no lifeguard"),
    ("safety", "he nearly choked on a bone in the @hookline fish, scary"),
    # long ago, but our own work, or happening again now
    (
        "safety",
        "back in 2019 @warmhold fitted our boiler and now the CO alarm keeps going off",
    ),
    (
        "safety",
        "back in 2015 my son broke his arm at your trampoline park @bouncehq and it's happened"
        " again today to my daughter",
    ),
    (
        "payment",
        "@printpointuk paid £86 for the flyers on monday, app shows the same £86 to you again"
        " today, same order number",
    ),
    (
        "churn",
        "Seven years of Saturday lessons with @keysandcleffs. This term we booked Harmony Hub"
        " instead. Fees went up twice in a year.",
    ),
    (
        "churn",
        "after 6 years of @pedalpost doing our courier runs we've signed with Swiftspoke from next"
        " month. response times went off a cliff",
    ),
    (
        "security",
        "PSA: fake 'Box Mover Removals' page on Facebook taking deposits. My neighbour sent £150."
        " The real Box Mover office said it's nothing to do with them.",
    ),
]

NOT_CHURN = [
    "been with @keysandcleffs for 10 years, the 4pm was full so booked the 5pm instead",
    "5 years with you lot @boxmoveremovals, booked our next move with you instead of the big firm",
    "my son is 3 years old and we're going elsewhere for half term @splashswimclub",
]


@pytest.mark.parametrize("text", NO_ALARM)
def test_hyperbole_and_slang_raise_no_urgency(text: str) -> None:
    assert urgency_classes(text) == ()


@pytest.mark.parametrize(("name", "text"), ALARM)
def test_the_same_harms_said_plainly_still_raise_their_class(name: str, text: str) -> None:
    assert name in urgency_classes(text)


@pytest.mark.parametrize("text", NOT_CHURN)
def test_a_slot_moved_or_a_booking_kept_with_the_brand_is_no_churn(text: str) -> None:
    assert "churn" not in urgency_classes(text)


def test_the_same_sum_again_at_renewal_is_no_payment_alarm() -> None:
    assert urgency_classes("@printpointuk renewed, the same £10 again next year is fine") == ()


SURE = [
    (
        "suggestion",
        "Idea for @pedalpost: a live map of the rider. I had no clue where my parcel was until he"
        " rang from the wrong street.",
    ),
    ("suggestion", "Suggestion for Keys & Cleffs: a make-up lesson slot on Fridays"),
    (
        "other",
        "Box Mover Removals are hiring drivers with a C1 licence, £14/hr, apply via their website",
    ),
    (
        "question",
        "hi @boxmoveremovals there's a pending £120 on my card from the booking, does that come off"
        " the balance or get released? no rush, just doing my budget",
    ),
]

NOT_SURE = [
    # "apply" about a price, a suggestion said in passing, a hold still wrong
    "does the student price apply at weekends @keysandcleffs",
    "my suggestion is you answer the phone",
    "there's still a pending £120 on my card 3 weeks later @boxmoveremovals, no rush my foot",
]


@pytest.mark.parametrize(("intent", "text"), SURE)
def test_a_post_that_says_what_it_is_keeps_that_intent(intent: str, text: str) -> None:
    assert sure_intent(prepare(text)[0]) == intent
    score = get_scorer().score(text)
    assert score.intent == intent
    assert not score.is_complaint
    assert score.mood in ("neutral", "warm", "delighted")


@pytest.mark.parametrize("text", NOT_SURE)
def test_the_same_words_in_passing_are_no_sure_intent(text: str) -> None:
    assert sure_intent(prepare(text)[0]) == ""


def test_a_sure_intent_never_hides_a_grave_report() -> None:
    text = (
        "Suggestion for @pedalpost: check your bikes. The brakes you serviced on mine failed on a"
        " hill yesterday and I ended up in A&E."
    )
    score = get_scorer().score(text)
    assert "safety" in score.urgency_reasons
    assert score.is_complaint
