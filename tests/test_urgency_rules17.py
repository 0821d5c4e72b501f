"""rules-17: everyday wordings of known urgent cases, and the near misses beside them.

Written for these tests in wordings of our own, in trades no corpus or urgency file uses (a
go-kart track, a golf club, a pottery studio, a farm shop, a bridal shop, a piano teacher,
an aquarium, a boiler installer), after the eighth urgency set's tuning half
(``data/urgency_dev8``: a ferry, a pub, a soft play centre, a tyre fitter) showed the rules
missing money out after "no extra cost", money out "anyway", a charge for what the booking
already held, a charge nobody mentioned, money promised back in days and weeks gone,
debits in the months after cancelling, two takings told as "both have left my account" or as
two statement lines, a stranger filming children, and the same concepts in other languages.
"""

from __future__ import annotations

import pytest

from listener.scoring.urgency import security_kind, urgency_classes

PAYMENT = [
    "the go-kart app said 'no extra cost' to move our heat and now £22 has gone out of my account",
    "my lesson plan covers cancellations and £15 came out for it anyway",
    "charged £12 at the golf club desk for a buggy that was already on the booking",
    "the pottery studio added a 10% 'materials' charge to the bill and nobody mentioned it",
    "the farm shop said the deposit would be back on my card within 3 days. it's been two weeks",
    "cancelled the golf membership in january. £45.50 has left my account in february and march",
    "cancelled the piano lessons in may. june £30. july £30.",
    "paid for the fitting online, then on the shop's card machine. Both have now left my account"
    " for the same order",
    "bank app this morning: 10:02 -£48.00 AQUARIUM 10:03 -£48.00 AQUARIUM, one family ticket",
    "the till showed £4.50 and my statement now says £45.00",
    "cancelei as aulas e continuam a sair 20 euros da minha conta todos os meses",
    "di de baja la cuota y siguen cobrando 30 € cada mes",
    "Die Kaution von 100 € für den Saal: drei Wochen später kein Geld, keine Antwort",
    "paguei a limpeza do tapete em março e até hoje ninguém fez nada",
]

CALM_MONEY = [
    "moved our heat in the app, it said no extra cost and it really didn't cost a penny",
    "the buggy was already on the booking so nothing to pay at the desk, lovely",
    "added a mug to my order, nobody mentioned it was the last one so that was a nice surprise",
    "they said it'd be back on my card within 3 days and it was back in 2, great service",
    "cancelled the lessons in may, last payment was april as agreed, thanks",
    "the double payment for the aquarium is already back in my account, thanks Jo",
    "the shop took my deposit twice but had the second one back on my card in minutes",
    # the review of rules-17: calm posts in the same words
    "Paid by card, £12 came out this morning, great coffee anyway!",
    "We weren't charged for the towels as they were already included in the package, lovely touch",
    "Charged £5 for parking but that was already on the booking as I'd read, fair enough",
    "I put my name down for the class and nobody said anything, just let me in",
    "Ordered a bottle of wine and was charged for it, nobody said anything about corkage, class",
    "They said it would go back on my card in 3-5 days, never had a problem with them before.",
    "Deposit and final balance paid, both have now left my account, can't wait for the wedding!",
    "Paid the deposit and a week later we had the keys, smoothest move ever.",
    "Great deal today: student discount -£5, loyalty card -£5, total £20",
    # older pieces the review found too broad (rules-11): another firm cancelled, then us joined
    "Cancelled my old gym and joined you in march, £20 has come out of my account every month"
    " since and worth every penny.",
]

STILL_PAYMENT = [
    # the brand's word that the money is back is not the customer's
    "Charged twice £45 for one ticket. Support says the money is already back in my account. It"
    " isn't.",
    "I was double charged £89, you told me it's already back on my card. Checked my statement,"
    " nothing there",
]

SAFETY = [
    "a man was filming the kids at the pottery class on his phone, no child with him",
    "the kart's brake went and nearly put me into the barrier at the hairpin",
    "helmet sold as new, strap is cracking and the date code says 2015",
    "me instalaron la caldera ayer y hoy está echando humo en la cocina",
]

CALM_SAFETY = [
    "the photographer was filming the kids at the party for the parents, lovely keepsake",
    "that brownie nearly put me into a food coma 😂",
    "my daughter broke her wrist at football so we missed the pottery class, can we rebook?",
    "staff were like paramedics with the plasters and hot chocolate after the kids' race, legends",
    "Our yoga teacher is a lovely woman, she was recording the kids class so parents could watch",
    "Fitted my bike with brand new brakes and pads, they even checked the date code 2023",
]

STILL_SAFETY = [
    # hurt at a sport, told against the club or its staff
    "Oscar broke his wrist at rugby on Saturday and nobody from the club has even called us",
    "Our daughter sprained her ankle at netball, your coach left her on the cold floor for an hour",
]

SECURITY_ACCESS = [
    "opened the golf club app and it loaded someone else's booking with their phone number",
    "recebi o email de confirmação com a lista de todas as famílias, nomes e telefones",
]

SECURITY_SCAM = [
    "the barman wrote my card number and the 3 digits on a napkin by the till",
    "Jemand gab sich am Telefon als euer Golfclub aus und wollte meine Kartennummer",
    "quelqu'un a changé l'adresse mail de mon compte cette nuit",
]

LEGAL = [
    "I've started ACAS early conciliation against the golf club over my unpaid holiday",
    "complaint now lodged with the Civil Aviation Authority about the cancelled flight",
]

CALM_LEGAL = [
    "complaint lodged with the shop on monday and they sorted it by tuesday",
    "Claim submitted with the agency on Monday and paid by Friday, brilliant",
]

CALM_SECURITY = [
    "I wrote down the long number from the gift card so I don't lose it",
    "I had written the card number wrong at checkout, support fixed it",
    "Quelqu'un a changé l'adresse de livraison pour moi au téléphone, service au top",
    "Der Pub hat eine Tabelle mit allen Allergien auf der Speisekarte, super",
    "Opened somebody else's present by mistake at the party, the card had their full name on it",
    # rules-12's es piece: a shop's phone number changed on a map is no account takeover
    "Alguien cambió el teléfono de la tienda en Google, llamé y no era el vuestro",
]


@pytest.mark.parametrize("text", PAYMENT)
def test_money_out_after_no_cost_cancel_or_a_promise_is_a_payment_alert(text: str) -> None:
    assert "payment" in urgency_classes(text)


@pytest.mark.parametrize("text", CALM_MONEY)
def test_the_same_money_words_in_a_calm_or_settled_post_raise_no_payment_alert(text: str) -> None:
    assert "payment" not in urgency_classes(text)


@pytest.mark.parametrize("text", SAFETY)
def test_a_stranger_filming_children_a_near_crash_or_an_old_part_sold_as_new_is_safety(
    text: str,
) -> None:
    assert "safety" in urgency_classes(text)


@pytest.mark.parametrize("text", CALM_SAFETY)
def test_a_party_photographer_a_food_coma_or_a_sports_injury_raise_no_safety_alert(
    text: str,
) -> None:
    assert "safety" not in urgency_classes(text)


@pytest.mark.parametrize("text", SECURITY_ACCESS)
def test_another_customers_data_shown_or_sent_is_an_access_alert(text: str) -> None:
    assert "security" in urgency_classes(text)
    assert security_kind(text) == "access"


@pytest.mark.parametrize("text", SECURITY_SCAM)
def test_card_details_written_down_an_impersonator_or_a_changed_email_is_security(
    text: str,
) -> None:
    assert "security" in urgency_classes(text)


@pytest.mark.parametrize("text", LEGAL)
def test_acas_or_a_complaint_lodged_with_an_authority_is_legal(text: str) -> None:
    assert "legal" in urgency_classes(text)


@pytest.mark.parametrize("text", CALM_LEGAL)
def test_a_complaint_lodged_with_the_business_is_not_legal(text: str) -> None:
    assert "legal" not in urgency_classes(text)


@pytest.mark.parametrize("text", STILL_PAYMENT)
def test_the_brands_word_that_money_is_back_does_not_settle_it(text: str) -> None:
    assert "payment" in urgency_classes(text)


@pytest.mark.parametrize("text", STILL_SAFETY)
def test_a_sports_injury_told_against_the_club_stays_safety(text: str) -> None:
    assert "safety" in urgency_classes(text)


@pytest.mark.parametrize("text", CALM_SECURITY)
def test_ones_own_notes_a_delivery_address_or_an_allergen_table_raise_no_security_alert(
    text: str,
) -> None:
    assert "security" not in urgency_classes(text)
