"""Concepts added with rules-10, in wordings of our own, and the near misses they must leave.

Written for these tests in the voices of trades no urgency set uses (a building society, a
ferry line, a wedding venue, a scooter hire, a storage company, a tyre fitter), after the
fourth urgency dev set's tuning half (a car dealer, a coach operator, a credit union, a
garden centre) showed which concepts were missing: money that "came out" or "went out"
after it was stopped, a refund with "nothing yet", a fee nobody mentioned, a payment
recorded as missed; one's papers handed to a stranger, many people's details left "for
anyone to read", another customer's order in other languages, a caller "as the finance
department"; a customer in crisis, a person coerced at the counter, a blocked emergency
exit, a driver texting, a vehicle part giving way at speed, a fuel smell, belts that would
not fasten. The near misses are what the first TRAIN false alarms were: an injury told as
the writer's circumstance, glass as a part being repaired, a discount "knocked off", fraud
-awareness news, a repairer asking for a device's passcode.
"""

from __future__ import annotations

import pytest

from listener.scoring.urgency import urgency_classes

CASES = {
    "payment": [
        "closed my isa with the building society in june and the £50 still went out in july",
        "the storage unit direct debit is still coming out three months after i cancelled",
        "stopped the ferry season pass at the desk, it's come out again this month",
        "refund for the scooter hire was due by friday. nothing yet",
        "tyre place took £35 off my card for a 'disposal charge' and nobody mentioned it",
        "the arrangement fee is not in the agreement anywhere",
        "paid the venue balance by transfer on the 3rd and the portal has it down as overdue",
        "me han vuelto a cobrar la cuota del trastero después de darme de baja",
        "vous m'avez facturé l'assurance alors que je n'ai rien demandé",
        "paid the deposit and then the full amount, so you've got £60 extra of mine",
        "you took £40 twice and still haven't sorted it quickly enough",
        "thanks for sorting the delivery, but you've charged me twice",
    ],
    "security": [
        "the new tenant got a letter with my bank statement inside, so my details are with a "
        "stranger",
        "the guest list with names, phone numbers and dietary notes was left on the bar for "
        "anyone to read",
        "recebi um email com a encomenda de outra cliente, com morada e telefone",
        "someone rang me as the ferry company's fraud team and wanted the code from my text",
        "jemand hat angerufen, angeblich vom kundendienst, und wollte meine kartennummer",
        "somebody made three purchases on my debit card in another country overnight",
        "il y a un compte instagram avec vos photos qui vend des places à moitié prix, "
        "c'est vous ?",
    ],
    "safety": [
        "told the advisor i didn't see the point in carrying on any more and she just read the "
        "balance again",
        "a man at the counter was telling her what to say and she looked terrified the whole time",
        "bags were piled against the emergency exit on the ferry lounge deck",
        "the emergency hammer was missing from the window on the coach",
        "the minibus driver was texting the whole way down the a38",
        "the bonnet flew up at 60 on the dual carriageway after your service",
        "strong smell of petrol in the cabin since you fitted the new pump",
        "es roch stark nach benzin nach der inspektion",
        "half the seatbelts wouldn't fasten on the shuttle bus",
    ],
}

NEAR_MISSES = [
    "you moved my lessons online when i broke my leg, thank you",
    "can i still take the ferry with a broken ankle in a boot?",
    "was in a cast with a broken arm so the venue set up a ramp for me, lovely",
    "is the back glass done in the shop or sent away?",
    "he knocked a tenner off the price because the scratch was there",
    "knocked a day off the hire for the late start, fair play",
    "can i move my booking without paying the fee again?",
    "can i cancel paperless billing and get paper statements?",
    "do you need my passcode for the screen repair or can i leave it locked?",
    "this month's newsletter is all about spotting fake texts, printed it for my nan",
    "i want to die 😂 this cake is too good",
    "someone put a drink on my card table at the party",
    "thank you so much for sorting my double charge so quickly!",
]


@pytest.mark.parametrize(("cls", "text"), [(c, t) for c, ts in CASES.items() for t in ts])
def test_rules10_concepts_are_found_in_new_wordings(cls: str, text: str) -> None:
    assert cls in urgency_classes(text)


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_rules10_near_misses_stay_calm(text: str) -> None:
    found = set(urgency_classes(text)) & {"safety", "payment", "security", "legal"}
    assert not found


@pytest.mark.parametrize(
    "text",
    [
        "i broke my wrist when i slipped on your wet floor",
        "when i broke my leg on your trampoline nobody came",
        "since i hurt my back in the gym changing room i can't work",
    ],
)
def test_an_injury_that_happened_at_the_business_stays_safety(text: str) -> None:
    assert "safety" in urgency_classes(text)
