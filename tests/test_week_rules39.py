"""rules-39 from the seventeenth week set read at last, in other trades' words.

Urgency: a refund promised "in 5-7 days" and told the same day is not yet due (no payment from
the rules or the learned head), unless the days have passed or the money was taken twice; the
difference "back on my card same afternoon" is money put right; a car door that "swung open
going round the roundabout" is safety; "nearly died … 10/10 would suffer again" and "tetanus
jab booked" are not; a harm at "a different firm" on the "last time I moved" is told long ago
and elsewhere. Churn: after years, "from 1st May it's all going to X", "signed with X for the
new barn". Intent: "how does a … lose…", "or does it just ring out", "or is it just the
voicemail", "emailed on the 4th, the 11th and the 19th", "coming this year or next", "what's
X actually for if…" are complaint cues; "a crease you could cut yourself on", "sound bloke",
"you listened", "number's saved", "grafters, the lot of them", "earned a pint", "can't
complain" are praise slang; "DRIVERS WANTED" is a job advert; three sarcasm cues. Each beside
its near miss.
"""

from __future__ import annotations

import pytest

from listener.scoring.classify import _PRAISE_SLANG_RE, complaint_points, sure_intent
from listener.scoring.sarcasm import sarcasm_cues
from listener.scoring.urgency import keeps_learned
from listener.text import normalize
from tests.reading import classes as _classes
from tests.reading import view as _view


def test_a_refund_promised_days_ahead_today_is_no_payment_even_from_the_learned_head() -> None:
    text = (
        "turned up to find the class cancelled, nobody told us, kids in tears. Refund 'in 5-7"
        " days'. Bloody shambles, never again @gymco"
    )
    assert "payment" not in _classes(text)
    assert not keeps_learned(normalize(text), "payment")


@pytest.mark.parametrize(
    "text",
    [
        "cancelled my order, they said refund in 3-5 working days. that was 3 weeks ago and"
        " nothing @shopco",
        "@shopco charged twice for one order, they said the refund will take 5 days",
    ],
)
def test_a_refund_overdue_or_a_double_charge_keeps_payment(text: str) -> None:
    assert "payment" in _classes(text)
    assert keeps_learned(normalize(text), "payment")


def test_the_difference_back_on_the_card_the_same_afternoon_is_no_payment() -> None:
    text = (
        "billing mix-up on my plan (still taking the old £30 after I'd dropped to £20). Rang"
        " @gymco, difference back on my card same afternoon + an apology 👏"
    )
    assert "payment" not in _classes(text)


def test_a_car_door_swinging_open_on_a_roundabout_is_safety() -> None:
    text = (
        "@cabco the back door of the car you sent swung open going round the roundabout, my"
        " son was sat right next to it"
    )
    assert "safety" in _classes(text)


@pytest.mark.parametrize(
    "text",
    [
        "the door swung open and the whole team waved us in, lovely welcome @cabco",
        "nearly died on the hill sprints tonight, legs are gone. 10/10 would suffer again"
        " @gymco 😂",
        "tetanus jab booked for the allotment season, TIL what lockjaw is",
        "Will @moveco move a piano? Last time I moved (different firm, 2016) they dropped it on"
        " the stairs and it crushed my dad's foot",
    ],
)
def test_a_welcome_a_workout_a_jab_or_a_harm_long_ago_elsewhere_is_not_safety(text: str) -> None:
    assert "safety" not in _classes(text)


@pytest.mark.parametrize(
    "text",
    [
        "nearly died when the brakes went on the hire bike, would never ride again @bikeco",
        "last time I moved, @moveco's lads dropped the wardrobe on my foot and broke two toes",
    ],
)
def test_a_near_death_or_a_harm_with_the_brand_keeps_safety(text: str) -> None:
    assert "safety" in _classes(text)


@pytest.mark.parametrize(
    "text",
    [
        "Every service on our 12 vans has gone to @garageco for 7 yrs. From 1st June it's all"
        " going to Fleetcare. Sorry lads",
        "After 5 years of @cleanco doing our offices, we've signed with Sparkle Bros for the new"
        " building",
    ],
)
def test_the_custom_of_years_going_to_a_rival_is_churn(text: str) -> None:
    assert "churn" in _classes(text)


@pytest.mark.parametrize(
    "text",
    [
        "7 yrs with @garageco and from Monday it's all going to our portal, no more phone calls",
        "After 5 years we've signed with you for the next contract @cleanco",
    ],
)
def test_a_move_to_our_own_app_or_to_us_is_not_churn(text: str) -> None:
    assert "churn" not in _classes(text)


@pytest.mark.parametrize(
    "text",
    [
        "How does a 'specialist' bike shop lose the wheel off my bike?",
        "Is anyone ever on the phone at @vetco, or does it just ring out?",
        "is anyone actually on the 24hr line @plumbco or is it just the voicemail on a loop",
        "Emailed @roofco on the 2nd, the 9th and the 16th about the leak",
        "is my refund coming this year or next @shopco?",
        "what's the £5/month 'premium support' actually for if nobody answers? @appco",
    ],
)
def test_rhetorical_questions_and_chasing_dates_are_complaint_cues(text: str) -> None:
    assert complaint_points(_view(text), compound=0.0) >= 1.0


@pytest.mark.parametrize(
    "text",
    [
        "how does the app lose my settings if I log out? @appco",
        "Emailed @roofco on the 2nd and they came on the 3rd, brilliant",
        "what's the premium plan actually for? thinking of upgrading @appco",
    ],
)
def test_a_how_to_a_quick_answer_or_a_plain_question_is_no_complaint(text: str) -> None:
    assert complaint_points(_view(text), compound=0.0) < 1.0


@pytest.mark.parametrize(
    "text",
    [
        "shirts come back with a crease you could cut yourself on @laundryco",
        "took it over the phone and knocked a fiver off. sound bloke @garageco",
        "moaned last month about the changing rooms. went back today: all new. ok @gymco, you"
        " listened 🫡",
        "in and out in 40 mins, fair price, no upselling. Number's saved. @plumbco",
        "in at 8, done by 3. Grafters, the lot of them @moveco",
        "electric bill £9. NINE QUID. @solarco lads you've earned a pint 🍺",
        "New hearing aids from @hearco. Can hear the telly. Can't complain.",
    ],
)
def test_praise_slang_of_the_seventeenth_week(text: str) -> None:
    assert _PRAISE_SLANG_RE.search(_view(text))


@pytest.mark.parametrize(
    "text",
    [
        "not a sound from the engine after the service @garageco",
        "nobody listened when I said the tap was dripping @plumbco",
        "I can't complain to anyone because nobody answers @appco",
        "the number's saved on the form but nobody ever rings @plumbco",
        "grafters wanted, ring the yard @moveco",
    ],
)
def test_look_alikes_are_not_the_new_praise_slang(text: str) -> None:
    assert not _PRAISE_SLANG_RE.search(_view(text))


def test_a_things_wanted_post_is_a_job_advert() -> None:
    assert sure_intent(_view("DRIVERS WANTED 🚕 @cabco. Own car or rent one of ours")) == "other"


def test_no_drivers_wanted_to_stay_is_no_job_advert() -> None:
    assert sure_intent(_view("the drivers wanted to go home early so my parcel sat there")) == ""


@pytest.mark.parametrize(
    "text",
    [
        "The 'family swim' at @poolco is a lovely idea\nIn theory. Went Sunday: lanes roped off"
        " for the club.",
        "paid £60 for a man to tell me the boiler is 'a bit old'. insightful stuff @heatco, truly",
        "highlight of my week was paying £45 to be told the lock is stiff @lockco",
    ],
)
def test_sarcasm_of_the_seventeenth_week(text: str) -> None:
    assert sarcasm_cues(text)


@pytest.mark.parametrize(
    "text",
    [
        "good idea in theory, can't wait to try it next week @poolco",
        "insightful stuff, truly useful for a first-time buyer @mortgageco",
        "the highlight of my week was the tasting menu @bistroco",
    ],
)
def test_sincere_lines_are_not_the_new_sarcasm(text: str) -> None:
    assert sarcasm_cues(text) == ()
