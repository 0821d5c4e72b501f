"""rules-19: the same money taken twice, impersonators and failures after our own work, told
in everyday words, and the near misses beside them.

Written for these tests in wordings of our own, in trades no corpus or urgency file uses (a
dance school, a boat hire, a cattery, a golf simulator, a bouncy castle hire, a cake shop, a
piercing studio, a cobbler, a glazier, a hot tub hire), after the ninth urgency set's tuning
half (``data/urgency_dev9``: a bowling alley, a van hire, a chimney sweep, a nail bar) showed
the rules missing two statement lines for one thing, both cards taken, the difference asked
back, money off a card with nothing booked, callers claiming a "team", messages claiming to be
the brand with a link in Portuguese or Spanish, a prize that wants a fee, an account someone
"has been in", a look-alike address doubted, a chimney fire, a carbon monoxide alarm in
French, smoke in a bedroom, a wound going bad, and equipment failing with people near it.
"""

from __future__ import annotations

import pytest

from listener.scoring.urgency import urgency_classes

PAYMENT = [
    "two identical £32.00 lines from STEPWELL DANCE on my statement, one term, one child",
    "@tidewayboats two lines on my statement, both TIDEWAY BOAT HIRE £120.00, one boat, one day",
    "three lines on my bank statement for the cattery stay, same amount, same minute",
    "card said declined so I used my debit card. both cards were charged £64 for one bay session",
    "£85 came off both my cards for the bouncy castle, the first one 'failed' apparently",
    "les 45 euros sont passés sur mes deux cartes pour un seul gâteau",
    "website said £40 for the resole. card machine took £58. I'd like the other £18 back please",
    "why has £30 come off my card?? no booking, haven't been in since the summer",
    "they said the deposit would be back on my card in 3-5 working days. that was five weeks ago",
    "the glazier agreed to give me my £60 back for the wrong size pane. that was 2 May, still"
    " nothing",
]

CALM_MONEY = [
    # two lines that are two things
    "two lines on my statement, one for the deposit and one for the balance, all as agreed",
    # half on each card, on purpose
    "paid half on both cards to split it with my sister, easy at the till",
    # a question, not a claim
    "can I get the other £10 back if I don't use the voucher by june?",
    "£20 came off my card for the patch test deposit, no appointment needed for it apparently",
    # a calm question about a hold
    "bank app shows £50 pending and £50 paid for the hot tub, is one of them just a hold?",
    "there's a £1 pending from you after I saved my card, does that drop off by itself?",
    # put right by a day
    "charged twice for the dance show tickets but the money was back in my account on monday,"
    " thanks Jo",
    # the second reader's near misses
    "two lines on my statement with the same reference, one for the deposit and one for the"
    " balance, makes sense now",
    "£50 came off both cards as we went 50/50 on the meal",
    "will I get the remaining £100 back at the end of my tenancy?",
    "£5 came off my card this morning, no booking fee though which is nice",
    "the manager offered to give me my £15 back for the cold pizza, that was really kind",
]

STILL_WRONG = [
    # a hold question or a refund by a day that the rest of the post says is still wrong
    "charged twice for one night £89 each. is that a hold?? my account is now overdrawn",
    "I asked the desk, is one of them a hold? they said no it's a double charge",
    "£60 came out twice, is that a pre-auth? it has been 10 days",
    "charged twice for my haircut, £30 and £30, manager says they are back on monday to sort it",
]

SECURITY = [
    "a man rang saying he was the cattery's accounts team and wanted the long card number to"
    " keep our booking",
    "caller claiming to be from the piercing studio asked mum to read out the 3 digits on the"
    " back of her card",
    "recebi uma mensagem de um número que dizia ser da escola de dança com um link para pagar",
    "me escribió alguien diciendo ser de la tienda de tartas con un enlace para el depósito",
    "@tidewayboats.deals is NOT them, it's taking deposits for boats that don't exist",
    "DM said I'd won a free bouncy castle day, just pay £3.50 admin by card",
    "someone has been in my golf sim app account and booked four bays on my card",
    "my email on the cobbler's loyalty app was changed to some random gmail overnight",
    "is tideway-boat-bookings.co.uk anything to do with you? took my card details",
    "there's a copy of the cattery's site on google ads that asks for your online banking login",
    "is 'Stepwell Dance Classes' on the play store the real stepwell app? it wants my bank card",
]

CALM_SECURITY = [
    "the fake tan from your website is streaky, is that normal?",
    "got fake nails off your site and two fell off in a day",
    "Kittiwake-style cashback offers are basically fake. The app showed 10% and paid nothing",
    "the lady from your accounts team rang to say the new card machine is in, lovely",
    "won the raffle at the cake shop! picked up the hamper today",
    "someone has been in the queue for an hour, is the golf sim open?",
    # the second reader's near misses
    "the lady said she was from the billing team and updated my card expiry, so helpful",
    "@thegreenbean is not real, best brownie of my life",
    "won the raffle! just had to pay £3 postage for the hamper",
    "got my email changed to a different address in 2 minutes, brilliant support",
    "loved the drive-thru site on the A1, is that yours? best coffee stop",
    "downloaded from the Play Store, the real app is so much better than the website",
    "the email link to glow-salon.co.uk/rebook worked, booked my fake tan for friday",
    # older pieces the second reader found
    "the fake christmas tree from your shop is gorgeous",
    "fake candles all over the shop, so cosy",
]

SAFETY = [
    "chimney fire last night two weeks after the sweep, fire crew pulled out a nest",
    "le détecteur de monoxyde a sonné deux fois depuis que vous avez changé la chaudière",
    "smoke pouring into the back bedroom every time we light the stove you fitted",
    "the landing was thick with smoke by nine, the flue you relined is leaking somewhere",
    "piercing is a week old, swollen, throbbing and there's yellow oozing from it",
    "cut from the pedicure is red up to the ankle now and the GP is worried",
    "dad tripped over the rods your man left in the hall, wrist broken in two places",
    "hinge pin dropped out with the fire going and the stove door hung off",
    "the lamp you fitted over the pool table is hanging off one bracket and swings",
    "brake pedal on the hire van went nearly to the floor going down the hill, told it was normal",
    "the boat's winch slammed down with our cooler on it after your service",
    "the wheel trim flew off on the m62, the hire desk had just 'fixed' it",
    "the castle's blower dragged her hair into the fan housing, she's ok but shaken",
    "whole flat smells of smoke since the stove was refitted and I've had a headache all day",
]

CALM_SAFETY = [
    "my grandparents lost their thatch to a chimney fire in 1979, so I book every year",
    "fire crew were lovely at the open day, kids loved the engine",
    "smells like a bonfire in here in the best way, cosy night in",
    "the new fairy lights over the bar are hanging from one corner on purpose, very boho",
    "tripped over my own feet at the dance class, nothing broken thank god",
    "red velvet cake was swollen with jam and oozing, absolute heaven",
    # the second reader's near misses
    "head is throbbing after the 2 for 1 cocktails, the green one was lethal",
    "new tattoo is a bit swollen and weeping, totally normal the artist said, healing great",
    "my new red boots up to the knee are gorgeous",
    "went in for an MOT, told the wiper arm is broken, fixed in ten minutes",
    "the TV is hanging from a bracket on the wall now, looks great, thanks for fitting it",
    "booked the sweep to prevent a chimney fire, great job",
    "energy price cap came down this month, now on the road to paying less",
    # older pieces the second reader found
    "clutch pedal goes right to the floor in the hire car, took a while to get used to",
    "the fire engine came to the nursery open day, kids loved it",
]


@pytest.mark.parametrize("text", PAYMENT)
def test_the_same_money_twice_and_money_owed_are_payment(text: str) -> None:
    assert "payment" in urgency_classes(text)


@pytest.mark.parametrize("text", CALM_MONEY)
def test_money_told_calmly_is_no_payment_report(text: str) -> None:
    assert "payment" not in urgency_classes(text)


@pytest.mark.parametrize("text", STILL_WRONG)
def test_a_hold_question_or_refund_date_does_not_hide_money_still_wrong(text: str) -> None:
    assert "payment" in urgency_classes(text)


@pytest.mark.parametrize("text", SECURITY)
def test_impersonators_and_accounts_taken_over_are_security(text: str) -> None:
    assert "security" in urgency_classes(text)


@pytest.mark.parametrize("text", CALM_SECURITY)
def test_fake_nails_and_real_callers_are_no_security_report(text: str) -> None:
    assert "security" not in urgency_classes(text)


@pytest.mark.parametrize("text", SAFETY)
def test_fire_smoke_wounds_and_failing_kit_are_safety(text: str) -> None:
    assert "safety" in urgency_classes(text)


@pytest.mark.parametrize("text", CALM_SAFETY)
def test_old_fires_cosy_smoke_and_jam_are_no_safety_report(text: str) -> None:
    assert "safety" not in urgency_classes(text)
