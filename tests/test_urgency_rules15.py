"""rules-15: everyday wordings of known urgent cases, and the near misses beside them.

Written for these tests in wordings of our own, in trades no corpus or urgency file uses (a
ski hire, an ice rink, a bowling alley, a marina, a print shop, a taxi firm, a funfair, a
dance school), after the seventh urgency set's tuning half (``data/urgency_dev7``) showed
the rules missing money held on a card or still leaving after the customer left, totals
above the booking or quote, payouts that never arrive, a person followed home, a headlock, a
wound "gashed open", a crowd crush, embers let loose, sewage where children play, loose
wheel nuts, another customer's details in one's own account, and leaving told without a
rival's name. Each concept has its near miss: what a calm customer says in the same words.
"""

from __future__ import annotations

import pytest

from listener.scoring.classify import classify
from listener.scoring.urgency import keeps_learned, security_kind, urgency_classes

PAYMENT = [
    "the ice rink's £40 hold is still sitting on my card a fortnight later",
    "my bank app still shows a £12 pending from the bowling alley, it's been ten days",
    "cancelled my marina berth in March and I'm still being debited every month",
    "closed my account with the print shop in May and the £15 came out anyway",
    "the final total was £35 over the quote for the garden clearance",
    "quoted £40 for the airport run, the meter was showing £72 when we got there",
    "£25 of add-ons nobody mentioned until the end of the lesson",
    "the goodwill payment they promised never arrived",
    "paid the funfair £300 up front for a stall in May, since then not a word",
    "paid for the sauna upgrade and the sauna was closed all weekend",
    "they put a £50 call-out fee on my invoice and the technician never turned up",
    "meter reads 01200 but the bill says 12000 and wants £900",
    "la web ponía 30 euros y me han cobrado 55 en la tarjeta",
    "je n'ai toujours pas reçu les 40 € promis",
    "cancelei o plano e continuaram a cobrar 10 euros por mês",
    "I cancelled my membership and you're still taking £20 a month",
    # the hold named first, told with "sat" (the rules-15 review widened that piece)
    "the ski hire put a £200 security hold on my card when I collected the skis, returned"
    " them on the Sunday with no damage noted, and the hold is still sat there",
]

CALM_MONEY = [
    "quoted £180 for the service, came to £172, lovely job",
    "the £20 hold dropped off my card the next day, all good",
    "is the £50 deposit hold released automatically after the skates come back?",
    "paid £100 up front and the job was done in two days, no fuss",
    "cancelled my lesson online in two clicks, no charge, brilliant",
]

SAFETY = [
    "a driver from the taxi firm followed me home after I got out of his cab",
    "one of your staff asked my daughter whether she lived alone",
    "a steward put my son in a headlock at the funfair for filming",
    "the ice rink barrier gave way and my friend's shin is gashed open",
    "there was a crush at the exit after the fireworks, people falling over each other",
    "the patio heater you set up tipped over, embers everywhere",
    "a branch came down on the path by the stalls, more luck than judgement nobody was under it",
    "raw sewage coming up in the beer garden next to the kids' play area",
    "boil water notice on our street since Monday and we only found out today",
    "my dog swam in the marina by the algae and has been sick since",
    "after the tyre change two of the wheel nuts turned with my fingers",
    "put my drink down for a second at the bar and ten minutes later my legs gave way",
    "the trench outside the school has been left open with no fence for a week",
    "my son went blue in the face and couldn't breathe",
    "raw sewage coming up in the bathroom again",
]

CALM_SAFETY = [
    "this song has been following me around all week",
    "the crush on the new barista is real",
    "dog came home from the lake tired and happy",
    "sat by the embers of the fire pit all evening, perfect night",
    "the wheel nuts were torqued and checked twice, proper job",
    "he followed me to my car to hand over the umbrella I'd left, such a gent",
    "the shop is literally a step from our door, so handy",
    "I went blue in the face waiting on hold",
    "the sewage works next to my house smells in summer",
    "the app works fine but there are no lights on the dashboard",
]

SECURITY = [
    "the bowling app is showing someone else's bookings, their name and phone number",
    "got a receipt email meant for someone else entirely with their full name and address",
    "the dance school emailed the class list to all the parents with everyone's addresses",
    "somebody has got into my ski school account and booked lessons",
    "a text asked me to confirm my card details by replying to it",
    "the letter's QR code goes to marina-pay-now dot com",
]

CALM_SECURITY = [
    "my pizza came with someone else's name on the box",
    "the app asks for a code every single time I open it, can it remember this device?",
    "it's someone else's turn to book the lanes this week",
    "my account is showing someone else's reviews? weird glitch",
    "I got someone else's order and my card was charged for it",
]


@pytest.mark.parametrize("text", PAYMENT)
def test_money_held_kept_or_taken_beyond_the_agreement_is_a_payment_alert(text: str) -> None:
    assert "payment" in urgency_classes(text)


@pytest.mark.parametrize("text", CALM_MONEY)
def test_calm_money_in_the_same_words_raises_no_payment_alert(text: str) -> None:
    assert "payment" not in urgency_classes(text)


@pytest.mark.parametrize("text", SAFETY)
def test_a_person_followed_held_hurt_or_put_at_risk_is_a_safety_alert(text: str) -> None:
    assert "safety" in urgency_classes(text)


@pytest.mark.parametrize("text", CALM_SAFETY)
def test_the_same_words_in_a_calm_post_raise_no_safety_alert(text: str) -> None:
    assert "safety" not in urgency_classes(text)


@pytest.mark.parametrize("text", SECURITY)
def test_someone_elses_data_a_takeover_or_a_lookalike_is_a_security_alert(text: str) -> None:
    assert "security" in urgency_classes(text)


@pytest.mark.parametrize("text", SECURITY[:3])
def test_someone_elses_data_shown_or_sent_is_an_access_failure_not_a_scam(text: str) -> None:
    """The reply to an access failure apologises and investigates; the scam reply ("we never
    ask for card numbers") would be wrong and insulting (``urgency.security_kind``). The
    rules-15 review found these pieces among the scam families."""
    assert security_kind(text) == "access"


@pytest.mark.parametrize("text", SECURITY[3:])
def test_a_takeover_a_message_or_a_lookalike_is_answered_as_a_scam(text: str) -> None:
    assert security_kind(text) == "scam"


@pytest.mark.parametrize("text", CALM_SECURITY)
def test_someone_elses_name_on_a_box_or_a_sign_in_code_raises_no_security_alert(
    text: str,
) -> None:
    assert "security" not in urgency_classes(text)


@pytest.mark.parametrize(
    "text",
    [
        "reported the campsite to the council's licensing team today",
        "I've reported it to the police",
    ],
)
def test_a_report_to_an_authority_is_legal(text: str) -> None:
    assert "legal" in urgency_classes(text)


@pytest.mark.parametrize(
    "text",
    [
        "reported it to the front desk at 10:40 and they sorted it in minutes",
        "who do I even report this to?",
    ],
)
def test_a_report_to_the_brand_itself_is_not_legal(text: str) -> None:
    assert "legal" not in urgency_classes(text)


@pytest.mark.parametrize(
    "text",
    [
        "let my bowling league membership lapse, the new place is closer",
        "our account moves from you to another supplier next month",
        "cancelled today after the third no-show, going with a local firm",
        "found someone who'll do it for half the price",
        "cancelled the lessons, the other school is £5 a week cheaper",
        "moved my business to a local firm",
    ],
)
def test_leaving_told_without_a_rivals_name_is_churn(text: str) -> None:
    assert "churn" in urgency_classes(text)


@pytest.mark.parametrize(
    "text",
    [
        "let my membership lapse by accident, can I rejoin at the old price?",
        "honestly just going with the flow this season",
        "found a lost ring in the changing room, who do I give it to",
        "found a cheaper flight on your own app, nice",
        "after the update my account moved from the old app to the new one",
        "moving our bookings to next week please",
        "taking my team to lunch at yours friday",
        "switched to the annual plan, it's £3 a month cheaper",
    ],
)
def test_a_lapse_by_accident_or_an_idiom_is_not_churn(text: str) -> None:
    assert "churn" not in urgency_classes(text)


def test_a_site_survey_that_never_happened_is_no_freebie_spam() -> None:
    text = "paid £250 up front for a connection in April. since then: no survey, no date"
    verdict = classify(text, compound=-0.3)
    assert not verdict.is_spam
    assert "payment" in verdict.urgency_reasons


def test_a_freebie_with_no_survey_is_still_spam() -> None:
    assert classify("FREE robux generator no survey!!! link in bio", compound=0.5).is_spam


@pytest.mark.parametrize(
    "text",
    [
        "the fire alarm went off at the office and we stood in the rain, @bakery saved the day",
        "power cut at the venue, the staff came to the rescue with torches and hot drinks",
    ],
)
def test_a_harm_told_to_praise_the_rescue_gets_no_learned_safety_class(text: str) -> None:
    """The safety head (C 100) read "… @Pret saved the day" after a fire alarm as a report."""
    assert not keeps_learned(text, "safety")


def test_a_harm_with_a_complaint_beside_the_rescue_keeps_its_learned_safety_class() -> None:
    text = "the fire alarm went off and nobody told us where to go, a neighbour saved the day"
    assert keeps_learned(text, "safety")
