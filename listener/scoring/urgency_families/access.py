"""Security word families for access and privacy: the wrong person let in, or let see (rules-9).

Why a family of its own: the security cues were written for the online kinds (phishing, a
fake page, a caller wanting a code, an account taken over). A customer of a hotel, a bank, a
garage, a pharmacy or a school reports the same harm in the physical and paper world: the
desk gave *their* room key to a stranger, the garage handed *their* car to someone who only
knew their name, a letter held *another customer's* statement, the app showed *someone
else's* orders, a payee or a device appeared that they *never added*. None of these names a
scam, a link or a code, so no earlier layer saw them; each is a security incident a
community team must pass on the same day (data protection, a stolen car, a guest at risk).

Three concepts, each needing two parts close together, so ordinary sentences stay out:

- **someone else's data shown to me**: an other-person owner ("someone else's", "another
  customer's", "a stranger's") right before a record word (invoice, statement, order,
  prescription, booking, details...). "I bought someone else's old bike" has no record word.
- **my access given to a stranger**: a handing-over verb in the past tense, a key (any
  owner) or *my* car, prescription, account or documents, and a person who was not me ("a
  man", "someone else", "a stranger") in a short window; or a stranger let into our room,
  or one who changed or cancelled my booking. A room, table or "the car I booked" given to
  another guest is an overbooking, not security.
- **a change I never made**: a new payee, device, login, address, phone number or direct
  debit with "I never added / didn't set up / don't recognise".

rules-11 adds other customers' papers sent to me ("came with three other restaurants'
reports attached", "for a different customer: full name, address"), everyone's data sent to
everyone ("everyone in the To: line", a spreadsheet sent to all customers), and my account
used by someone else or my reset sent to an address that is not mine. rules-12 adds every
child's or customer's personal details (date of birth, address, medical notes) sent to a
group or shown on a portal.

Fragments follow ``urgency_cues``' rules (whole words on the word view, no leading or
trailing space).
"""

from __future__ import annotations

_OTHER_OWNER = (
    r"(?:someone else'?s|somebody else'?s|some(?:one|body) elses|another (?:customer|guest"
    r"|patient|person|client|member|passenger|user|family|tenant|student|parent)'?s"
    r"|other (?:customers|guests|patients|people|clients|members|users|tenants)'|other people'?s"
    r"|a stranger'?s"
    r"|a random (?:person|guy|man|woman)'?s|a different (?:customer|person|guest|patient)'?s)"
)
_RECORD = (
    r"(?:invoice|invoices|statement|statements|bank statement|order history|prescription"
    r"|prescriptions|medication|details|personal details|address|addresses|phone number|emails"
    r"|account|accounts|data|records|record|file|files|documents|paperwork|passport|id"
    r"|transactions|payslip|payslips|results|test results|notes|medical notes|card details|card"
    r"|bank card|bill|bills|letter|letters|post|policy|claim|report|reports|photos|key|keys"
    r"|key card|keycard|login|booking details|account details|quote|quotes|estimate|estimates"
    r"|contract|contracts|survey|plans)"
)
# past tense only: "can I give my spare key to someone else?" is the customer's own question
_HANDED = (
    r"(?:gave|given|handed|released|let|issued|sent|posted|emailed|showed|shown|read out|passed"
    r"|signed (?:it |them )?over)"
)
# what opens a door or names a person; a room, table or booking given to another guest is
# an overbooking, and "the car I booked" given away is a hire mix-up: neither is security
_KEY = r"(?:key|keys|spare key|spare keys|key card|keycard|keycards|room key|door code|alarm code)"
_MINE = (
    r"(?:car|van|vehicle|bike|motorbike|prescription|medication|account|locker|safe|details"
    r"|address|documents|passport|personal details|phone number|records|keys)"
)
_NOT_ME = (
    r"(?:a stranger|strangers|a random (?:man|guy|woman|person|bloke)|some random (?:man|guy"
    r"|woman|person|bloke)|someone else|somebody else|some(?:one|body) i don'?t know|a man"
    r"|a woman|a guy|a bloke|another (?:guest|customer|person|patient|man|woman|guy|family)"
    r"|the wrong (?:person|man|woman|guy|guest|customer|family|people)|someone who (?:said|claimed"
    r"|pretended)|somebody who (?:said|claimed|pretended)|a person who (?:said|claimed))"
)
_NEVER_MADE = (
    r"(?:i|we) (?:never|didn'?t|did not|have never|haven'?t) (?:\S+ )?(?:add|added|set up|make"
    r"|made|authorise|authorised|authorize|authorized|request|requested|recognise|recognize"
    r"|create|created|link|linked|register|registered)"
    r"|(?:i|we) don'?t recognise|(?:i|we) do not recognise|(?:i|we) don'?t recognize|not mine"
    r"|nothing to do with me"
)
_NEW_THING = (
    r"(?:new payee|payee|new device|device|new login|login|sign-?in|new address|address|new phone"
    r"|phone number|mobile number|new email|email address|new card|linked account|new user"
    r"|authorised user|additional user|trusted device)"
)

# rules-15 (the seventh urgency set): another customer's details on one's own screen or in
# one's inbox, told with "showing" or "for somebody else entirely", and a list of people
# emailed to everyone on it
_RULES15 = (
    # another customer's details in one's own account or inbox: "my bookings is showing
    # someone else's. full name, mobile …", "a confirmation email for somebody else entirely"
    r"(?:showing|shows|showed|has|had|got|sent me|getting|see|saw|seeing|loaded|loads"
    r"|pulled up|brought up) (?:\S+ ){0,2}?"
    r"(?:(?:someone|somebody|some one) else|another (?:customer|person|family|guest|client"
    r"|member|user)|a stranger)'?s(?! (?:\S+ ){0,3}?on (?:the|my|our) (?:box|bag|cup|order|label"
    r"|parcel|receipt|ticket))(?! (?:order|food|parcel|delivery|shopping|bag|coffee|drink|pizza"
    r"|meal|takeaway|item|items|clothes|coat|luggage|suitcase|shoes|box|car|dog)(?![\w']))"
    r" (?:\S+ ){0,8}?(?:details|full name|address|booking"
    r"|bookings|account|data|info|information|phone|mobile|email|bill|invoice|payment history"
    r"|bank|card|records?|notes|medical|dashboard|date of birth|reg)"
    r"|(?:account|app|portal|dashboard|login|profile) (?:\S+ ){0,4}?(?:is |it'?s )?(?:showing"
    r"|shows) (?:someone|somebody) else'?s(?! (?:reviews?|posts?|photos?|pics?|comments?"
    r"|playlists?|recommendations?|feed|likes?|ads?|adverts?)(?![\w']))"
    r"|for (?:somebody|someone) else (?:entirely )?(?:\S+ ){0,6}?(?:full name|home address"
    r"|address|mobile|phone number|date of birth|bank details|card)"
    # a list of people sent to all of them: "emailed their access list to everyone on it …
    # names, mobile numbers, who has epilepsy"
    r"|(?:emailed|sent|cc'?d|copied|shared) (?:\S+ ){0,6}?to (?:everyone|everybody|every"
    r" (?:\S+ )?(?:customer|member|guest|parent)|all (?:the )?(?:\S+ )?(?:customers|members"
    r"|guests|parents|attendees)) (?:\S+ ){0,30}?(?:names|addresses|mobile numbers|phone numbers"
    r"|medical|email addresses|dates of birth)"
)

# rules-17 (the eighth urgency set): a sheet of every customer's personal data sent with a
# confirmation, in Portuguese, Spanish, French, German
_RULES17 = (
    r"(?:anexo|em anexo|anexada|anexado|adjunt\w*|recebi|mandaram|enviaram|attached|sent|received"
    r"|reçu|envoyé|joint|pièce jointe|anhang|erhalten|geschickt|mitgeschickt) (?:\S+ ){0,6}?"
    r"(?:planilha|lista|tabela|folha|hoja|tabla|liste|tableau|fichier|tabelle) (?:\S+ ){0,4}?"
    r"(?:de |com |con |avec |mit )?(?:todas|todos|todas las|todos los|toutes|tous|aller|allen)"
    r" (?:\S+ ){0,8}?(?:nomes?|nombres?|noms?|namen|data de nascimento|fecha de nacimiento|date de"
    r" naissance|geburtsdat\w*|endereços?|direcciones|dirección|adresses?|adressen|telefones?"
    r"|teléfonos?)"
)

ACCESS_FAMILIES = (
    # someone else's data shown or sent to me
    rf"{_OTHER_OWNER} (?:\S+ )?{_RECORD}(?! (?:\S+ ){{0,2}}?(?:by mistake|for them|to them)"
    r" (?:and|but) (?:it'?s|all) (?:fine|sorted))"
    r"|(?:can see|could see|showing|shows|showed|shown|seeing|displays|displaying|visible)"
    r" (?:\S+ ){0,3}?(?:other people'?s|other customers'?|other guests'?|other"
    r" patients'?|someone else'?s|somebody else'?s|another (?:customer|person|guest|patient)'?s)"
    rf" (?:\S+ )?(?:{_RECORD}|orders|order|bookings|addresses)"
    # my room, car, parcel or key handed to someone who was not me
    rf"|{_HANDED} (?:(?:a|the|my|our|a spare|another|a second|a copy of (?:my|our|the)) )?{_KEY}"
    rf" (?:\S+ ){{0,4}}?to {_NOT_ME}"
    rf"|{_HANDED} (?:my|our) (?:\S+ ){{0,3}}?{_MINE} (?:\S+ ){{0,4}}?to {_NOT_ME}"
    rf"|{_HANDED} {_NOT_ME} (?:(?:a|the|my|our|a spare|a copy of (?:my|our)) )?{_KEY}"
    rf"|{_HANDED} {_NOT_ME} (?:my|our) (?:\S+ )?{_MINE}"
    rf"|(?:let|letting|lets) {_NOT_ME} (?:\S+ ){{0,2}}?(?:in|into|in to) (?:my|our|the) (?:hotel )?"
    r"(?:room|flat|house|home|apartment|cabin|building|car|van|locker)"
    rf"|{_NOT_ME} (?:\S+ ){{0,3}}?(?:walked|came|got|let (?:himself|herself|themselves)) (?:\S+ )?"
    r"(?:in|into) (?:my|our) (?:room|flat|house|home|car|van|locker|apartment|cabin)"
    rf"|{_NOT_ME} (?:\S+ ){{0,6}}?(?:changed|cancelled|canceled|moved|collected|picked up|took)"
    r" (?:\S+ )?(?:my|our) (?:booking|reservation|prescription|car|van|key|keys|appointment"
    r"|tickets?|account|details|password|address)"
    # a payee, device or address the customer never added
    rf"|{_NEW_THING} (?:\S+ ){{0,7}}?(?:{_NEVER_MADE})"
    rf"|(?:{_NEVER_MADE}) (?:\S+ ){{0,3}}?{_NEW_THING}"
    # many people's data left public: "names and photos of every child", "all guests' emails
    # in the cc"
    r"|(?:names|full names|photos|pictures|addresses|home addresses|details|records|data|phone"
    r" numbers|emails|email addresses|dates of birth|medical notes|notes) (?:and (?:\S+ ){1,2}?)?"
    r"of (?:every|all|all the|other|each|the other|loads of|hundreds of) (?:\S+ )?(?:child"
    r"|children|kid|kids|customer|customers|patient|patients|guest|guests|member|members|pupil"
    r"|pupils|student|students|parent|parents|client|clients|family|families|resident|residents)"
    r"(?= (?:\S+ ){0,24}?(?:public|online|visible|anyone can|open to|leaked|exposed|published"
    r"|shared|posted|cc'?d|in the cc|on facebook|on the website|without consent|no consent"
    r"|consent form))"
    r"|(?:all|every|everyone'?s|other (?:people|customers|guests|parents)'?s?) (?:\S+ )?(?:email"
    r" addresses|emails|addresses|phone numbers|names) (?:\S+ ){0,3}?(?:in the cc|cc'?d|visible"
    r"|in the to field|on show)"
    # a stranger who knew a secret only we should know
    rf"|(?:{_NOT_ME}|he|she|they|the caller|the man|the woman|someone|somebody) (?:\S+ ){{0,6}}?"
    r"(?:knew|had|gave|quoted|said|used) (?:my|our|the) (?:\S+ )?(?:password|passcode"
    r"|collection password|code word|safe word|secret word|pin|security answer|memorable word"
    r"|booking reference|reference number|account number)"
    r"(?= (?:\S+ ){0,20}?(?:how did|where did|who gave|how does|how do they|never (?:told|gave"
    r"|shared)|only (?:we|i) know|collecting|wrong day|stopped|not (?:him|her|them|us|me)"
    r"|stranger|pretend\w*|claim\w*|said (?:he|she) was|saying (?:he|she) was))"
    # rules-10: my own papers or details with a stranger ("the buyer of my old car got the
    # logbook paperwork with MY bank statement stapled to it")
    r"|(?:my|our) (?:\S+ )?(?:bank statements?|account details|bank details|passport|driving"
    r" licence|payslips?|personal details|medical notes|documents) (?:\S+ ){0,10}?(?:with|to"
    r"|sent to|given to|handed to) (?:a stranger|strangers|someone else|another customer|the"
    r" buyer|the wrong person|a random)"
    r"|(?:the buyer|a stranger|someone else|another customer) (?:\S+ ){0,6}?(?:got|has|received"
    r"|was given|was sent) (?:\S+ ){0,8}?(?:my|our) (?:bank statements?|account details|bank"
    r" details|passport|payslips?|personal details|documents)"
    # many people's details left for anyone to read
    r"|(?:names|addresses|phone numbers|mobile numbers|dates of birth|medical notes|bank details"
    r"|passenger list|customer list|guest list|client list) (?:\S+ ){0,30}?(?:for anyone to"
    r" (?:read|see|take|pick up)|anyone (?:\S+ ){0,4}?could (?:read|see|pick it up|take it"
    r"|access|have taken))"
    r"|(?:left|lying|sat|pinned|stuck) (?:\S+ ){0,8}?for anyone to (?:read|see|take|pick up)"
    r" (?:\S+ ){0,12}?(?:names|addresses|phone numbers|mobile numbers|dates of birth|medical)"
    # an account of mine that now holds someone else's email or phone
    r"|(?:account|app|profile|login) (?:\S+ ){0,8}?(?:has|had|shows|showed|with|now has|linked"
    r" to) (?:someone else'?s|a stranger'?s|somebody else'?s|another person'?s|an unknown"
    r"|a random) (?:email|phone|number|name|address|card)"
    # another customer's order or details sent to me, in Portuguese, Spanish, French, German
    r"|(?:encomenda|dados|pedido|datos|commande|données|bestellung|daten) (?:de |d'|du |eines "
    r"|einer )"
    r"(?:outr[oa]|otr[oa]|un autre|une autre|anderen) (?:cliente|client|cliente|kunden|kundin)"
    # rules-11: other people's papers sent to me ("the report came with three other
    # restaurants' reports attached", "the other PDF was for a different customer: full name,
    # address, mobile"), in five languages
    r"|(?:came with|attached|included|enclosed|sent (?:me|us)|emailed (?:me|us)|received"
    r"|contained|containing) (?:\S+ ){0,3}?(?:other|another|a different) (?:\S+ ){0,2}?"
    rf"(?:customers|clients|people|businesses|companies|households|families|members|tenants"
    rf"|patients|residents|restaurants|shops|homeowners|neighbours|\S+s) {_RECORD}"
    r"|(?:for|belonged to|belongs to|addressed to|about|meant for) (?:a different|another|some"
    r" other|the wrong|someone else|somebody else) (?:customer|client|person|household|family"
    r"|member|tenant|patient|resident|homeowner|business|company)?"
    r"(?= (?:\S+ ){0,6}?(?:full name|names?|home address|address|addresses|mobile|phone"
    r"|number|email|date of birth|key|notes))"
    r"|(?:devis|facture|factures|rapport|rapports|dossier|relevé|presupuesto|factura|facturas"
    r"|informe|informes|expediente|angebot|rechnung|rechnungen|bericht|berichte|unterlagen"
    r"|orçamento|fatura|faturas|relatório|relatórios|ficha) (?:de |d'|du |des |eines |einer"
    r" |anderer |von )?(?:outr[oa]s?|otr[oa]s?|un autre|une autre|d'autres|autres|anderen"
    r"|anderer|fremden) (?:clientes?|clients?|kunden|kundin|personnes|personas|pessoas)"
    # everyone's data sent to all: "everyone in the To: line", "a spreadsheet sent to all
    # customers with names, phones and gate codes", "j'ai le code de tout le monde"
    r"|(?:everyone|everybody|all (?:the )?(?:customers|clients|members|parents|guests|tenants))"
    r" (?:\S+ ){0,2}?(?:in|on) the (?:to|cc|to cc) (?:line|field|box|list)"
    r"|(?:can see|could see|i have|i'?ve got|we have|got) (?:about |around |over |nearly )?"
    r"(?:\d+|hundreds of|dozens of|everyone'?s|everybody'?s|all the other) (?:other )?"
    r"(?:people'?s|customers'?|members'?|clients'?|parents'?|guests'?)? ?(?:email addresses"
    r"|emails|home addresses|phone numbers|mobile numbers|codes|gate codes|door codes|pins"
    r"|passwords|dates of birth|bank details)"
    r"|(?:to all|to every|à tous les|à toutes les|a todos los|a todas las|a todos os|a todas as"
    r"|an alle) (?:\S+ )?(?:customers|clients|members|tenants|clientes|socios|sócios|membres"
    r"|locataires|kunden|mitglieder|mieter|inquilinos) (?:\S+ ){0,12}?(?:spreadsheet|tableur"
    r"|fichier excel|hoja de cálculo|excel|planilha|folha de cálculo|tabelle|liste|list|lista)"
    r"(?= (?:\S+ ){0,12}?(?:names|noms|nombres|nomes|namen|phone|téléphones|teléfonos|telefones"
    r"|telefonnummern|addresses|adresses|direcciones|moradas|adressen|codes|códigos|code))"
    r"|(?:code|codes|numéros|adresses|téléphones|données|código|códigos|datos|direcciones"
    r"|teléfonos|dados|moradas|telefones|daten|adressen|nummern|telefonnummern) (?:\S+ ){0,2}?"
    r"(?:de tout le monde|de tous les clients|de todo el mundo|de todos los clientes|de toda a"
    r" gente|de todos os clientes|aller kunden|von allen kunden|von allen)"
    # rules-12: every child's or customer's personal details sent to a group or shown to me
    # ("emailed the parents a spreadsheet with every kid's date of birth, home address and
    # medical conditions", "the portal shows every child in her group: full name, date of
    # birth"), and the same in es/fr/de/pt ("les dates de naissance de tous les enfants")
    r"|(?:emailed|sent|shared|posted|circulated|forwarded|attached|cc'?d|published|uploaded"
    r"|showing|shows|showed|displays|displaying|can see|could see|spreadsheet|list)"
    r" (?:\S+ ){0,10}?(?:every |all (?:the )?(?:other )?|each |other (?:people'?s )?)(?:\S+ )?"
    r"(?:kid|kids|child|children|customer|customers|patient|patients|client|clients|member"
    r"|members|pupil|pupils|student|students|parent|parents|resident|residents|guest|guests"
    r"|family|families)(?:'s|s'|')? (?:\S+ ){0,5}?(?:date of birth|dates of birth|dob|home"
    r" address|home addresses|medical (?:conditions|notes|details|info|information|records)"
    r"|phone numbers?|mobile numbers?|emergency contacts?|bank details|passport|full names?)"
    r"|(?:dates? de naissance|adresses|dossiers médicaux|fechas? de nacimiento|direcciones"
    r"|geburtsdat(?:en|um)|adressen|datas? de nascimento|moradas) (?:\S+ ){0,3}?(?:de tous les"
    r"|de toutes les|de chaque|de todos los|de todas las|de cada|aller|von allen|de todos os"
    r"|de todas as) (?:\S+ )?(?:enfants|élèves|clients|patients|membres|niños|alumnos|clientes"
    r"|pacientes|socios|kinder|schüler|kunden|patienten|mitglieder|crianças|alunos|utentes"
    r"|sócios)"
    # my account used by someone else, or my reset sent to an address that is not mine
    r"|(?:account|login|card|details|profile)(?:'s| has| have| was| had)? been used by (?:someone"
    r"|somebody|a stranger|strangers|another person)(?! (?:\S+ )?before)"
    r"|(?:alguien|quelqu'un|jemand|alguém) (?:ha |a |hat )?(?:usado|utilisé|benutzt|verwendet"
    r"|usou|utilizou|utilizado) (?:\S+ ){0,1}?(?:mi|mon|ma|mein|meine|meinen|a minha|minha|o meu"
    r"|meu) (?:cuenta|compte|konto|conta|tarjeta|carte|karte|cartão)"
    r"|(?:reset|code|link|verification|login) (?:\S+ ){0,6}?(?:goes|went|sent|going|gone) to"
    r" (?:an? )?(?:email|e-?mail address|email address|number|phone number|phone|mobile)"
    r" (?:\S+ ){0,3}?(?:that|which)? ?(?:isn'?t|is not|wasn'?t|was not) (?:mine|ours)"
    "|" + _RULES15 + "|" + _RULES17
)
