"""Compositional urgency rules: a concept near a concept, in wordings no cue list spelled out.

Written for these tests in the voices of small businesses the rules were not written for
(a cobbler, a boiler engineer, a print shop, a driving school...), with near misses that
share the words but are not urgent: a hypothetical, a quality problem, a fixed double charge,
slang. Not copied from the labelled corpus or the urgency dev set.
"""

from __future__ import annotations

import pytest

from listener.scoring.classify import classify
from listener.scoring.urgency import urgency_classes

PAYMENT = [
    "Got charged two times for one order??",
    "@inkspot_print the money came out of my account three times for one poster",
    "@cabco the fare was taken twice from my account last night",
    "@lampworks just looked at my statement and you've double-charged me",
    "@kiteshop two identical payments for the same kite, please refund one",
    "@sparkleclean I was charged for a clean that never happened",
    "@studio_nine money taken without my permission while my membership was paused",
    "@fixmyphone you took £79 on Tuesday and £79 again on Wednesday. one repair",
    "@boxofbooks cancelled in October and it still comes out every month",
    "@bloomflorist you still owe me £45 for the wreath you never delivered",
    "@tilehub refund promised for the broken tiles, that was five weeks ago",
    "@paws_and_co a payment to you showed up on my card today, never ordered anything",
]

PAYMENT_NEAR_MISSES = [
    "@inkspot_print I'd happily pay twice the price for prints this good",
    "@cabco the journey took twice as long as the app said",
    "@kiteshop my payment failed twice so I paid cash in the end",
    "@cabco do you charge twice for a return trip?",
    "@tilehub can I still get a refund if I've opened the box?",
    "@tilehub how long do refunds usually take?",
    "@fixmyphone had a double charge last month, they refunded it the same day. still my go-to",
    "@boxofbooks asked for my direct debit to be lowered 3 times, still the same amount",
]

SECURITY = [
    "An account pretending to be @tinytots_toys messaged me and I gave them my card details",
    "got phished by a fake @lakeside_dental page, they took £200",
    "there's a copycat @potterybarnyard account DMing followers about a prize",
    "@gymflow someone's in my account, my bookings have all changed",
    "@tallyapp my login changed itself overnight and there's a new address on the account",
    "got an email from 'the cobbler' saying my invoice is due to new bank details. not them!",
    "@corner_deli is 'cornerdeli.official' on insta you? they want my card for a prize",
    "your 'support' account DM'd me a link and now I'm locked out of my email @plumbright",
    "someone messaged me saying they're from @drivewell support and wanted the code I was sent",
    "I was phished by an account pretending to be @acme_plumbing, they took my card details",
    "@acme a profile using your name messaged me about a refund and took my card number",
    "@acme got a DM from 'acme support' asking me to verify my card, did it and lost £300",
]

SECURITY_NEAR_MISSES = [
    "hacked together a bird feeder with bits from @diyden, works a treat",
    "hacking my morning routine with the @brewbuddy cold brew kit",
    "@insureco is the accidental damage add-on a scam?",
    "@bankly how do I reset my password?",
    "@printpal the new app keeps logging me out, annoying",
]

SAFETY = [
    "@heatright the boiler you repaired on Monday started leaking gas last night",
    "2 days after @bikedoc serviced my bike the handlebars came loose on a descent",
    "@sparkyelec the socket you installed started smoking this morning",
    "@mowerfix after the service the blade flew off the mower. nobody hurt but it could have been",
    "@scooterfix the brakes you replaced don't work, nearly went under a bus",
    "@hangitright the TV fell off the wall a day after your fitter put it back up",
    "got a proper shock off the shower rail after @tapsandtiles redid the bathroom",
    "moved into the flat @keyhomes let us and there are no working smoke alarms",
    "@littletots a button battery fell out of the musical bear, my 2yo had it in her hand",
    "@corner_deli found a staple in my sandwich and nearly swallowed it",
    "Le chauffagiste de @chaudpro est passé hier et depuis il y a une odeur de gaz",
    "@gatesmith the electric gate you serviced closed on my hand",
    "@washfix the washing machine you repaired caught fire this morning",
]

SAFETY_NEAR_MISSES = [
    "@bikedoc brakes squealing since the service. not dangerous, just embarrassing",
    "@netlink the wifi keeps cutting out since you installed the new router",
    "@burgerbarn the new menu is fire 🔥",
    "@gymflow that workout killed me 😂",
    "@shoeshack killer deal on the trainers",
    "@bakehouse these brownies are a health hazard for my wallet",
    "@heatright boiler fixed in an hour, lovely engineer",
]


@pytest.mark.parametrize("text", PAYMENT)
def test_money_moved_with_a_repeat_or_anomaly_is_payment(text: str) -> None:
    assert "payment" in urgency_classes(text), urgency_classes(text)


@pytest.mark.parametrize("text", PAYMENT_NEAR_MISSES)
def test_hypotheticals_slowness_failed_attempts_and_fixed_charges_are_not_payment(
    text: str,
) -> None:
    assert "payment" not in urgency_classes(text), urgency_classes(text)


@pytest.mark.parametrize("text", SECURITY)
def test_impersonation_credential_requests_and_takeover_are_security(text: str) -> None:
    assert "security" in urgency_classes(text), urgency_classes(text)


@pytest.mark.parametrize("text", SECURITY_NEAR_MISSES)
def test_hacks_as_tips_and_scam_as_a_price_complaint_are_not_security(text: str) -> None:
    assert "security" not in urgency_classes(text), urgency_classes(text)


@pytest.mark.parametrize("text", SAFETY)
def test_a_dangerous_failure_after_the_business_work_is_safety(text: str) -> None:
    assert "safety" in urgency_classes(text), urgency_classes(text)


@pytest.mark.parametrize("text", SAFETY_NEAR_MISSES)
def test_noise_slang_and_praise_are_not_safety(text: str) -> None:
    assert "safety" not in urgency_classes(text), urgency_classes(text)


@pytest.mark.parametrize(
    "text",
    [
        "@phoneco can I cancel my plan and switch to annual?",
        "@streambox switching to the family plan next month",
        "@gymflow how do I switch to premium?",
    ],
)
def test_changing_plan_with_the_same_brand_is_not_churn(text: str) -> None:
    assert "churn" not in urgency_classes(text), urgency_classes(text)


def test_leaving_for_a_competitor_is_still_churn() -> None:
    assert urgency_classes("@phoneco switching to giffgaff, cheaper and they answer") == ("churn",)


def test_a_scam_text_the_customer_quotes_is_security_not_spam() -> None:
    text = (
        "got a text 'Inkspot: your £50 refund is ready, claim at inkspot-refunds.com' "
        "with a link. scam right? @inkspot_print"
    )
    result = classify(text, compound=0.0)
    assert not result.is_spam and "security" in result.urgency_reasons


def test_a_phishing_promotion_nobody_reports_stays_spam() -> None:
    text = "🎁 FREE vouchers from Inkspot! just enter your bank details at inkspot-rewards.co 🎁"
    result = classify(text, compound=0.0)
    assert result.is_spam and result.urgency_reasons == ()


@pytest.mark.parametrize(
    ("text", "urgency_class"),
    [
        ("@imprenta me habéis cobrado dos veces el mismo pedido", "payment"),
        ("@druckerei Ihr habt doppelt abgebucht, eine Bestellung", "payment"),
        ("Quelqu'un se fait passer pour @boulangerie sur Facebook", "security"),
        ("@fahrschule Jemand gibt sich als euer Support aus", "security"),
        ("@panaderia había un trozo de vidrio en el pan", "safety"),
    ],
)
def test_the_same_concepts_are_found_in_other_languages(text: str, urgency_class: str) -> None:
    assert urgency_class in urgency_classes(text), urgency_classes(text)
