"""Security concepts added with rules-11, in wordings of our own, and the near misses they
must leave calm.

Written for these tests in the voices of trades no urgency set uses (a florist, a dentist, a
wine club, a plumber, a gym, an estate agent, a courier, a language school), after the fifth
urgency dev set's tuning half (a brewery taproom, a pest controller, a roofer, a storage
company) showed which concepts were missing: a message or caller "saying they were from" the
brand who wants a code, card digits or cash, in five languages; "this isn't yours, is it?"
about a message or a look-alike site; an invoice or email naming new bank details; other
customers' papers sent to the writer; everyone's data sent to everyone. The near misses are
login how-to questions, the brand's own scam warnings, praise of anti-fraud practice, the
customer's own details and ordinary invoices.
"""

from __future__ import annotations

import pytest

from listener.scoring.urgency import keeps_learned, urgency_classes

CASES = {
    "impersonation": [
        "a woman rang saying she was from the dental practice and wanted the long number on my "
        "card to hold the appointment",
        "got a whatsapp claiming it's from the wine club, asking for the code my bank just sent",
        "Me llamó un hombre diciendo que era de la academia y quería los 16 dígitos de mi tarjeta",
        "Quelqu'un m'a appelé en prétendant être du fleuriste et voulait mon code de carte",
        "Ein Mann hat angerufen, angeblich vom Installateur, und wollte meine Kartennummer",
        "Ligou-me um senhor a dizer que era do ginásio e pediu o código que recebi por SMS",
        "Recebi um email a pedir o código de verificação do meu banco, em nome da transportadora",
        "Me llegó un SMS pidiendo el código que me mandó el banco para liberar un paquete",
        "a man at the door saying he was from the plumbers wanted £200 cash deposit first",
    ],
    "not_yours": [
        "the text about my parcel had a link to a tracking page, that isn't yours is it?",
        "heads up, the estate agent 'lettings' site on facebook marketplace isn't theirs",
        "Me ha llegado un correo de la autoescuela con otro dominio, el vuestro no es ese",
        "J'ai reçu un mail de la salle de sport avec un lien, ce n'est pas vous ?",
        "Recebi uma mensagem da florista com um link estranho, isto não é vosso, pois não?",
        "Die SMS mit dem Link zur Nachzahlung, das ist nicht von euch, oder?",
    ],
    "new_bank_details": [
        "the invoice for the kitchen fit came with new bank details and a note we changed banks",
        "an email 'from the lettings team' says your bank has changed, pay the deposit to a new "
        "account, it came from a hotmail address",
        "La factura de la mudanza trae nuevos datos bancarios, ¿es correcto?",
        "Nous avons reçu une facture avec un nouveau RIB et un avis de changement de banque",
        "Die Rechnung vom Gärtner hat eine neue Bankverbindung, stimmt das?",
        "Chegou uma fatura do ginásio com novos dados bancários, é vosso?",
    ],
    "others_data_to_me": [
        "my dental referral letter came with two other patients' letters attached",
        "the gym sent me another member's contract by mistake, with her address and bank details",
        "the survey pdf had a second page that was for a different household: full name and mobile",
        "El informe de la inspección traía el informe de otro cliente con su dirección",
        "Dans le mail il y avait le devis d'un autre client, avec son adresse et son téléphone",
        "Im Anhang war die Rechnung eines anderen Kunden mit Adresse und Telefonnummer",
        "Recebi o relatório de outro cliente junto com o meu, com morada e telefone",
    ],
    "everyones_data_to_all": [
        "the language school's newsletter went out with all the parents in the cc field",
        "the florist's email went out with everyone in the to line, I can see 150 customers' "
        "email addresses",
        "i've got everyone's door codes now, your update email had the whole list",
        "Habéis enviado a todos los socios una hoja de cálculo con nombres, teléfonos y DNI",
        "Vous avez envoyé à tous les membres un fichier excel avec noms et téléphones",
        "Ihr habt an alle Kunden eine Tabelle mit Namen und Telefonnummern geschickt",
        "Tenho agora os códigos de todos os clientes, vieram no email",
    ],
    "account_used_or_reset_elsewhere": [
        "my florist account has been used by someone, two bouquets sent to an address in leeds",
        "Alguien ha usado mi cuenta del gimnasio para reservar clases que no son mías",
        "Quelqu'un a utilisé mon compte de l'école de langues, mes infos ont changé",
        "the password reset for the dentist portal went to an email address that isn't mine",
    ],
    "page_in_the_brands_clothes": [
        "there's an instagram account called 'Bloom & Stem Deals' using your shop photos and "
        "asking for deposits by transfer",
        "someone's advert on marketplace is using photos of your vans and offering half price",
        "Hay una página en facebook usando vuestras fotos y pidiendo transferencias",
    ],
    "reply_with_the_code": [
        "got a text saying my membership is expiring, reply with the code you just sent + my "
        "date of birth",
        "Un SMS me dit de répondre avec le code reçu pour garder mon créneau",
        "Recebi uma mensagem para responder com o código que chegou por SMS",
    ],
}

NEAR_MISSES = [
    # login how-to
    "where do i change the password for my gym app? can't find it in settings",
    "how do i turn on two-factor for my wine club account?",
    "¿Dónde cambio la contraseña de mi cuenta de la academia?",
    "Comment changer mon mot de passe sur l'appli ?",
    "Wie ändere ich mein Passwort im Kundenportal?",
    # the brand's own warnings, praise of anti-fraud practice
    "the dental practice has posted a warning about people ringing and claiming to be their "
    "reception asking for card details. they never ask for payment over the phone",
    "the courier shared a heads up about fake delivery texts asking for a redelivery fee",
    "La autoescuela ha publicado un aviso sobre llamadas falsas en su nombre",
    "love that the plumbers always send the invoice from their own domain and never change "
    "bank details by email",
    # the customer's own details, an ordinary invoice
    "the estate agent emailed me my invoice and my tenancy contract, all looks right",
    "I have new bank details, can you update my direct debit for the gym?",
    "the florist's email showed my own name and address on the order, perfect",
    "the quote from another company was half the price, to be honest",
    "got another quote from a different roofer, cheaper",
    "the receipt was for a different amount than the menu said",
    "the parcel went to an address that isn't mine, can you resend?",
    "my card has been used by someone else before, at another shop, so i'm careful",
    "the text said reply with YES to confirm the appointment",
    "i can see 3 people's names on the waitlist, are we next?",
    "a man came round saying he was from the council, wanted to check the meter",
    "Me llamó diciendo que era de la academia para confirmar la cita",
    "the letter said our account has changed to the new direct debit date",
]


@pytest.mark.parametrize(("concept", "text"), [(c, t) for c, ts in CASES.items() for t in ts])
def test_rules11_security_concepts_are_found_in_new_wordings(concept: str, text: str) -> None:
    assert "security" in urgency_classes(text), concept


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_rules11_security_near_misses_stay_calm(text: str) -> None:
    assert "security" not in urgency_classes(text)


@pytest.mark.parametrize(
    "text",
    [
        "where do i reset my password? the app says it can't find my email",
        "the wine club has posted a warning about fake texts in their name, good to know",
    ],
)
def test_learned_security_is_dropped_for_how_to_and_brand_warnings(text: str) -> None:
    assert not keeps_learned(text, "security")


@pytest.mark.parametrize(
    "text",
    [
        "how do i change my password? someone logged into my account and ordered stuff",
        "they posted a warning about fake texts, but someone rang me pretending to be them and i "
        "already gave my card number",
    ],
)
def test_a_how_to_or_warning_with_a_real_contact_stays_security(text: str) -> None:
    assert "security" in urgency_classes(text)
