"""Safety, security and legal concepts of rules-12, in wordings of our own, and the near misses
they must leave calm.

Written for these tests in the voices of trades no urgency set uses (a riding school, a dance
studio, a surf school, a scout group, a respite care home, an ice rink, a soft play, a music
school, a wedding venue, a tutoring agency), after the sixth urgency dev set's tuning half (a
swim school, a climbing wall, a home care agency, a kitchen fitter) showed which concepts
were missing: a child going under in water or out alone, a limb swollen "the size of a
grapefruit" or gone down a gap in a floor, frayed life-safety gear, grip bruises on a person
in care; a caller wanting a code read back, a site that looks exactly like the brand's, a
real address said to differ, everyone's records sent to a group; a court claim by its
service's name. The near misses are an injury told as the reason to pause, hyperbole, the
brand's own scam warning retweeted or passed on, and a question about power of attorney.
"""

from __future__ import annotations

import pytest

from listener.scoring.urgency import keeps_learned, urgency_classes

SAFETY = {
    "water": [
        "my son went under at the deep end during the surf school taster and nobody noticed",
        "the lifeguard at the ice rink's leisure pool was on his phone the whole session",
        "she was coughing up water in the car on the way home from her lesson",
        "another dad had to jump in fully clothed to pull her out at the splash session",
        "Mon fils a bu la tasse et a coulé pendant le cours, le moniteur regardait son portable",
        "Mi hija se hundió en la piscina del campamento y tosió agua toda la tarde",
        "Unser Sohn ist im Becken untergegangen, die Trainerin war am Handy",
        "A minha filha afundou na aula e tiveram de a tirar da água, tossiu água a noite toda",
    ],
    "out_alone": [
        "my 3 year old toddled out of the soft play by herself and ended up by the exit barrier",
        "a dog walker found my little girl outside the dance studio on her own",
        "nobody checked who was picking him up after scouts, he just left with whoever was there",
        "Mon petit est sorti tout seul du club, personne n'a vérifié qui venait le chercher",
        "Mein Kleiner ist allein rausgelaufen, niemand hat kontrolliert wer ihn abholt",
        "O meu filho saiu sozinho do clube e ninguém verificou quem o ia buscar",
    ],
    "swelling_and_gaps": [
        "her knee is the size of a tennis ball after the riding lesson fall off the mounting block",
        "his wrist swelled up like a balloon after the ice rink barrier trapped it",
        "my foot went straight through the rotten decking by your wedding venue's lake",
        "there's a gap in the stage floor that opens up when you land on it, a dancer twisted her "
        "ankle",
    ],
    "worn_gear": [
        "the riding hat harness was completely frayed and the stable still lent it to my daughter",
        "the rope on the high ropes course was visibly frayed near the top carabiner",
        "Der Klettergurt am Hochseilgarten war total durchgescheuert",
        "La corde de l'accrobranche était effilochée sur un mètre",
        "El arnés del parque de aventura estaba deshilachado",
        "O arnês do slide estava todo desfiado",
    ],
    "grip_bruises": [
        "dad has finger-shaped bruises on his upper arms since the respite home started his care",
        "mum has bruises on her wrists every time the night carer has been in",
        "the new support worker is rough with her when she won't get dressed",
        "she's terrified of the evening carer and cries when he's due",
        "Mon père a des hématomes en forme de doigts sur les bras",
        "Mi madre tiene moratones desde que la nueva cuidadora viene por las noches",
        "Meine Oma hat blaue Flecken an den Armen seit der neue Pfleger kommt",
        "A minha avó tem nódoas negras desde que a nova cuidadora começou",
    ],
}
SECURITY = {
    "read_back": [
        "someone rang as the music school's office, said they'd text a code and I should read it "
        "back to confirm my account",
        "a caller from 'the tutoring agency' wanted me to say the six digit code back to him",
        "J'ai eu un appel de la soi-disant école de danse, ils voulaient que je relise le code "
        "reçu par SMS",
        "Recibí una llamada de la academia pidiendo que les dictara el código que me llegó",
    ],
    "lookalike": [
        "got an email from 'the riding school' and the site looks exactly like yours, is it real?",
        "the link in the text went to scoutcamp-renewpay.com, that can't be you",
        "the email linked to a booking page but your real site is at a different address",
    ],
    "everyones_data": [
        "the dance studio sent all parents a list with every child's date of birth and medical "
        "notes",
        "the ice rink app shows all the other members' home addresses and phone numbers",
        "l'école de musique a envoyé les dates de naissance de tous les élèves à tout le monde",
    ],
    "someone_changed": [
        "Alguien ha cambiado el correo de mi cuenta de la escuela de surf",
        "Quelqu'un a changé le mot de passe de mon compte du club",
        "Jemand hat gestern die Handynummer in meinem Konto bei der Tanzschule geändert",
    ],
}
LEGAL = [
    "I've put in a Money Claim Online against the wedding venue for the deposit",
    "filled in the court claim form against the tutoring agency this morning",
    "we'll be issuing court proceedings if the riding school won't refund",
    "the venue now has a county court claim from me for £900",
    "J'ai saisi le tribunal contre l'école de danse, injonction de payer déposée",
    "Hemos iniciado un proceso monitorio contra la academia",
]
NEAR_MISSES = {
    "safety": [
        "sprained my wrist at netball so can I pause my riding lessons for a month?",
        "Tore my achilles playing football in January (nothing to do with you!) - can I freeze my "
        "dance classes?",
        "the price of the wedding package nearly gave me a heart attack",
        "the surf school went under last year and we lost our deposit",
        "my phone cable is frayed, does the ice rink cafe have chargers?",
        "the scones at the wedding venue are the size of a grapefruit, amazing",
        "the teacher was on the phone with a parent when I arrived, had to wait",
        "my son went under the table to find his toy in the ice rink cafe",
        "the dance instructor was on her phone the whole warm-up",
        "a passer-by found her purse outside the riding school and handed it in",
        "nobody checked if anyone was collecting the parcel for the music school",
        "there are finger marks all over the new glass doors at the wedding venue",
        "my daughter is scared of the new piano teacher, any tips?",
        "the conference lanyard was frayed",
    ],
    "security": [
        "RT @dancestudio: There's a fake page offering free classes. We will never ask for card "
        "details by message. Please report it",
        "The riding school shared a warning today: someone is sending fake invoices. Passing it on",
        "we're aware of texts claiming to be from the tutoring agency, we'll never ask for your "
        "password",
    ],
    "legal": [
        "does the care home need my power of attorney papers before the assessment?",
        "can you do a payment plan for people with a CCJ?",
        "I submitted the insurance claim form for my lost surfboard",
    ],
}


@pytest.mark.parametrize(
    ("concept", "text"), [(c, t) for c, texts in SAFETY.items() for t in texts]
)
def test_rules12_safety_concepts_are_found(concept: str, text: str) -> None:
    assert "safety" in urgency_classes(text), concept


@pytest.mark.parametrize(
    ("concept", "text"), [(c, t) for c, texts in SECURITY.items() for t in texts]
)
def test_rules12_security_concepts_are_found(concept: str, text: str) -> None:
    assert "security" in urgency_classes(text), concept


@pytest.mark.parametrize("text", LEGAL)
def test_rules12_court_claims_are_legal(text: str) -> None:
    assert "legal" in urgency_classes(text)


@pytest.mark.parametrize(
    ("name", "text"), [(n, t) for n, texts in NEAR_MISSES.items() for t in texts]
)
def test_rules12_near_misses_stay_calm(name: str, text: str) -> None:
    assert name not in urgency_classes(text)


@pytest.mark.parametrize(
    "text",
    [
        "Broke my collarbone on a skiing trip, can I put my surf lessons on hold?",
        "RT @ridingschool: We will never ask for your bank details by text. Passing it on",
    ],
)
def test_learned_heads_may_not_add_what_the_guards_drop(text: str) -> None:
    name = "safety" if "collarbone" in text else "security"
    assert not keeps_learned(text, name)


@pytest.mark.parametrize(
    "text",
    [
        "broke my ankle on your ice rink's broken barrier, can I freeze my pass?",
        "got a text claiming to be the dance studio asking for my card number, I know you'd "
        "never ask for that",
        "a man rang claiming to be the riding school wanting my PIN - the school says it will "
        "never ask",
        "your site says 'we will never ask for your PIN' but someone claiming to be you just did",
        "got scammed by a fake dance studio page, passing it on so nobody else pays",
    ],
)
def test_the_guards_keep_real_reports(text: str) -> None:
    found = urgency_classes(text)
    assert "safety" in found or "security" in found
