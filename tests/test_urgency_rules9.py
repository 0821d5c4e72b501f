"""Payment, security and legal concepts added with rules-9, in wordings of our own.

Written for these tests, in the voices of trades none of the urgency sets use (a dog
groomer, a music school, a storage unit, a car wash, a printing shop), after the third
urgency dev set's tuning half showed which concepts were missing: money taken on several
dates, a promised refund past its own deadline, a sum on the statement nobody ordered, a
displayed total and a different sum taken, the brand's name used by others, a look-alike
address asked about, "is this from you?" in other languages, many people's data left
public, a stranger who knew a secret, regulators by name, legal steps in Spanish, French,
German and Portuguese. The near misses share the words.
"""

from __future__ import annotations

import pytest

from listener.scoring.urgency import urgency_classes

CASES = {
    "payment": [
        "@pawsparlour 3 pending lines on my card for the same £38 groom, one dog, one visit",
        "paying @storeitbox for the same unit twice this month, lovely",
        "and now a second £64 has gone out of my account for one lesson",
        "@musicbox took £45 off my card on the 3rd 5th and 9th. I have one child doing piano",
        (
            "they said the £120 deposit would be back in my account within 10 working days. "
            "it's now been seven weeks"
        ),
        "£18.40 on my bank statement from SPARKLE WASH, never booked a wash, no receipt",
        "what's this £22 on my card statement from @printhaus? I didn't order anything",
        "charged £9.99 a month for an 'insurance add-on' I never ticked @storeitbox",
        "the basket said £31, my card has been hit for £46 @printhaus",
        "J'ai annulé le cours et vous m'avez quand même prélevé 60 €",
        "Ich habe gekündigt und trotzdem wurden 39 € abgebucht",
        "vendi os bilhetes pela app e nunca recebi o dinheiro",
        "todavía no me ha llegado el reembolso de la clase cancelada",
    ],
    "security": [
        "someone on facebook is using your logo and selling 'lifetime memberships' @musicbox",
        "is storeitbox-offers.co your site? they want payment by bank transfer only",
        "j'ai reçu un SMS avec un lien pour payer les frais de livraison, c'est vous ?",
        "recebi um email sobre a minha encomenda com um link para pagar, são vocês?",
        (
            "the class WhatsApp group export has names and home addresses of every pupil, and "
            "it's been posted on facebook"
        ),
        (
            "a woman rang the school claiming to be my sister and she knew our code word. "
            "how did she get that?"
        ),
        "someone logged in from a new device in Lagos, not me",
        "new device added to my account yesterday that I didn't add",
        "locked out of my account after someone changed the email",
        "got a text saying the app needs my pin to verify, is this you?",
        "the app asked for my code and then someone called asking for it too",
    ],
    "legal": [
        "reported @pawsparlour to environmental health after the flea outbreak",
        "we've raised it with the CQC and they are investigating",
        "filed a small claim against @printhaus for the ruined wedding invites",
        "mi abogado os va a escribir esta semana",
        "nous allons porter plainte et envoyer une mise en demeure",
        "ich werde euch verklagen, mein Anwalt ist informiert",
        "apresentei queixa no livro de reclamações",
        "I have contacted the CQC about my nan's care home",
        "we've notified ofsted",
    ],
}
NEAR_MISSES = [
    "said a manager would call me back within 48 hours. that was 9 days ago",
    "the sign said £10 a wash and that's what I paid, bargain",
    "two pending tasks on my list today: wash the car and book @sparklewash",
    "can I pay for the same slot twice a week?",
    "art deco frames at @printhaus are gorgeous",
    "Gericht des Tages bei euch war super lecker",
    "hay mucha demanda para las clases de guitarra, reservad pronto",
    "Ofsted rated @littlelearners outstanding again, well done team",
    "is the new website yours? looks great",
    "do you use my email address for anything else?",
    "paid £30 on the 1st for the month, see you thursday",
    # the brand's own app asking for a login code is how logging in works
    "I added a new device and now the app wants a code, how do I do it?",
    "the app logged me out and now asks for my pin every time, annoying",
    "new phone, how do I move my banking app over? it wants a code from the old one",
    "locked out of my account after 3 wrong passwords, how long until it unlocks",
    "your fraud team blocked my card abroad, took ages on the phone to unblock it",
    # found in review: ordinary sentences the rules-9 families first caught
    "I can see other people's complaints about this too",
    "other users report the same bug",
    "I didn't change my address so the parcel went to my old flat",
    "people are using this site to complain",
    "woke up to a charge I can't remember making",
    "courier pressed the buzzer at the front door and left",
    "the back door was locked so we walked round",
    "the lid popped open in transit and sauce went all over the floor",
    "got in touch to ask why my bill doubled and got a nasty shock",
    "can someone explain why something was added in my basket",
    "you sent me the wrong face cream",
    "the wire is sticking out of my new bra",
    "booked and paid for the same class again next term, can't wait",
    "a second £5 off voucher taken at the till, brilliant",
    "our ofsted report says outstanding",
    "just had our ofsted inspection, outstanding",
]


@pytest.mark.parametrize(("cls", "text"), [(c, t) for c, ts in CASES.items() for t in ts])
def test_rules9_concepts_are_found_in_new_wordings(cls: str, text: str) -> None:
    assert cls in urgency_classes(text)


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_rules9_near_misses_stay_calm(text: str) -> None:
    found = set(urgency_classes(text)) & {"safety", "payment", "security", "legal"}
    assert not found
