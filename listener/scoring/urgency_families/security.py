"""Security word families (strangers wanting secrets, fake pages) and their guards (rules-7).

rules-11 adds, in five languages: someone "saying they were from" the brand who wants a
secret or money; a message asking for a secret, "not yours", or wanting a code sent back; new
bank details named by an invoice or email; a page in the brand's clothes. Guards extended:
login how-to questions (``OWN_APP_ASKS``) and the brand's own scam warnings
(``FRAUD_AWARENESS``). rules-12 adds a caller wanting a code read back, a site that "looks
exactly like yours", a real address said to differ, someone else changing the login email in
es/fr/pt, and to the awareness guard the brand's own warning retweeted or passed on ("we will
never ask for card details", "passing it on"). The guards themselves are in
``security_guards``.
"""

from __future__ import annotations

from listener.scoring.urgency_words import (
    W as _W,
)

_ASKED_FOR = (
    r"(?:code|codes|passcode|one[- ]time (?:pass)?code|otp|verification code|security code|pin"
    r"|password|passwords|login|log-?in details|memorable (?:word|information|answer)|security"
    r" answer|secret answer|card number|card"
    r" details|long card number|cvv|cvc|bank details|sort code|account number|online banking"
    r"|2fa|two[- ]factor)"
)
# rules-11 word pieces. A claim to come from the brand, in five languages.
_CLAIMED_FROM = (
    r"(?:(?:saying|claiming|pretending|said|says|claimed|claims) (?:that )?(?:they were|they'?re"
    r"|he was|she was|he'?s|she'?s|to be|it was|it'?s|it is) (?:from|with|calling from)"
    r"|(?:en disant|disant|prétendant|en prétendant|se présentant comme|qui disait) (?:être"
    r"|venir|qu'il était|qu'elle était|appeler) (?:de|du|de la|des|de chez|comme)"
    r"|(?:diciendo|dijo|decía|afirmando|asegurando) (?:que )?(?:ser|era|eran|venir|llamar|llamaba)"
    r" (?:de|del|desde)"
    r"|(?:dizendo|disse|afirmando|a dizer) (?:que )?(?:ser|era|eram|vir|ligar|ligava) (?:da|do|de)"
    r"|(?:behauptete|behauptet|angeblich|gab an) (?:\S+ ){0,3}?(?:von|vom|bei))"
)
# what such a caller or message wants: a code, a card number, a password, money up front
_WANT = (
    r"(?:wanted|wants|asked for|asking for|asks for|demanded|voulait|veut|demandait|demandé"
    r"|quería|pedía|pidió|pidiendo|queria|pedia|pediu|a pedir|pedindo|wollte|verlangte"
    r"|fragte nach)"
)
# secrets nobody asks for on the phone or by text; "the code" only as the one a bank or the
# app "just sent" ("a pedir o código que o meu banco me acabou de enviar")
_ASKED_BY_SCAMS = (
    r"(?:\d+ (?:digits|chiffres|dígitos|ziffern)|card number|card details|long number"
    r"|pin|otp|password|passcode|bank details|cash (?:up front|upfront|first|deposit|in advance)"
    r"|numéro de (?:ma |la )?carte|\d+ chiffres|mot de passe|coordonnées bancaires"
    r"|número de (?:mi |la )?tarjeta|contraseña|datos bancarios|número do cartão|senha"
    r"|dados bancários|passwort|kartennummer|bankdaten|tan|verification code|security code"
    r"|one[- ]time code|code de (?:ma |la )?carte|código de (?:mi |la )?tarjeta|código do cartão"
    r"|(?:code|código|codigo) (?:de|da|do) (?:verificação|verificación|vérification|confirmação"
    r"|confirmación|confirmation|segurança|seguridad|sécurité)|bestätigungscode|sicherheitscode"
    r"|(?:the|o|el|le|den|das) (?:\S+ )?(?:code|código|codigo) (?:that|which|que|qui|den|das"
    r"|from|del|do|de la|de mon|de mi|do meu|von))"
)
_WANTS_IT = rf"{_WANT} (?:\S+ ){{0,4}}?{_ASKED_BY_SCAMS}"
# a message or call, in five languages
_A_MESSAGE = (
    r"(?:text|texts|sms|email|e-?mail|mail|message|whatsapp|call|caller|link|website|site"
    r"|page|domain|number|app|correo|mensaje|llamada|enlace|web|dominio|mensagem|chamada"
    r"|ligação|página|domínio|appel|lien|courriel|domaine|nachricht|anruf|seite|webseite)"
)
_ASKING = r"(?:a pedir|pedindo|pidiendo|demandant|verlangt|asking for|asked for|asks for)"
# "not yours / not theirs" in five languages, as a question or a warning
_NOT_YOURS = (
    r"(?:(?:isn'?t|is not|wasn'?t|was not|aren'?t|are not) (?:yours|theirs|from you|from them"
    r"|one of yours|one of theirs|your (?:real |official )?(?:site|website|page|number|domain"
    r"|email)|their (?:real |official )?(?:site|website|page|number|domain|email))"
    r"|(?:isto|isso|este|esta|esse|essa) não é (?:vosso|vossa|de vocês|seu|sua)"
    r"|não é (?:o|a) (?:vosso|vossa|seu|sua)"
    r"|(?:el|la|lo) (?:vuestro|vuestra|suyo|suya|tuyo|tuya) no es|no es (?:vuestro|vuestra"
    r"|el vuestro|la vuestra|de ustedes|de vosotros|suyo)"
    r"|(?:ce n'est pas|c'est pas|ça n'est pas|ce n'était pas) (?:vous|le vôtre|la vôtre|votre"
    r"|de chez vous)|n'est pas (?:le vôtre|la vôtre|de vous|de chez vous)"
    r"|(?:das|die|dies|diese) (?:ist|sind|war) nicht (?:von euch|von ihnen|eure|ihre|euer))"
)
# a code, a PIN or a birth date to be sent back to the message
_SEND_BACK = (
    r"(?:reply|respond|text back|send it back|answer|responder"
    r"|répondre|antworten) (?:\S+ )?(?:with|con|avec|mit|com) (?:\S+ ){0,4}?(?:code|codes|pin"
    r"|digits|password|passcode|date of birth|card number|código|contraseña|fecha de nacimiento"
    r"|mot de passe|date de naissance|passwort|geburtsdatum|senha|data de nascimento)"
)
# an invoice, letter or message that can carry bank details
_A_BILL = (
    r"(?:invoice|bill|letter|email|e-?mail|text|message|factura|recibo|correo|carta|facture"
    r"|courrier|courriel|lettre|rechnung|brief|nachricht|fatura|mensagem)"
)
# new bank details named by the payee, not the customer's own new account
_NEW_BANK = (
    r"(?:(?:new|changed|different|updated) (?:bank|payment) details|new bank account|new sort"
    r" code|new iban|(?:our|your|their|the) bank (?:has|have) changed|(?:we'?ve|we have|they'?ve"
    r"|they have) (?:changed|moved|switched) banks?|change of bank|datos bancarios nuevos"
    r"|nuevos datos bancarios"
    r"|cambio de (?:banco|cuenta bancaria)|nueva cuenta bancaria|nouvelles coordonnées bancaires"
    r"|coordonnées bancaires (?:ont changé|modifiées)|nouveau rib|changement de (?:banque|rib)"
    r"|neue bankverbindung|neue kontodaten|neue iban|bankverbindung (?:hat sich )?geändert"
    r"|neues bankkonto|novos dados bancários|dados bancários novos|novo iban|mudança de banco"
    r"|nova conta bancária|mudámos de banco|mudamos de banco)"
)
# rules-15 (the seventh urgency set): someone got into an account, a card to be
# "reconfirmed" by reply, a look-alike address written out, a message wanting the code or the
# card in Spanish, Portuguese, French, German
_RULES15 = (
    # someone else in an account: "someone has got into a gleam club account"
    r"(?:someone|somebody) (?:has |had |'s )?(?:got|gotten|been|broken|logged|hacked) into"
    r" (?:a|an|my|his|her|our|their) (?:\S+ ){0,3}?account"
    # a message that wants the card "reconfirmed" by reply
    r"|(?:re-?confirm\w*|verify|confirm\w*) (?:the |my |your )?card (?:on file|details)"
    r" (?:\S+ ){0,4}?(?:by )?(?:replying|reply|sending)"
    # a look-alike address written out: "goes to brand-billing-pay dot com"
    r"|\S+-\S+ dot (?:com|co uk|co dot uk|net|org|info)"
    # Spanish, Portuguese, French, German: a message that wants the code or the card
    r"|(?:responda|responde|responder|envíe|envía|mande|manda|envoyez|répondez|antworten|senden)"
    r" (?:\S+ ){0,3}?(?:con el|com o|avec le|mit dem) (?:\S+ )?(?:código|code)"
    r"|pide (?:\S+ ){0,3}?(?:número de la tarjeta|datos de la tarjeta|código de seguridad)"
)

# rules-17 (the eighth urgency set): card details written down where others see them, a
# caller "posing as" the brand in German, someone changing the account's email in French,
# Spanish, German, Portuguese
_RULES17 = (
    r"(?:he|she|they|staff|barman|barmaid|bartender|waiter|waitress|receptionist|cashier|server"
    r"|manager|guy|lad|girl|bloke|man|woman|someone|somebody) (?:\S+ ){0,3}?(?:wrote|written"
    r"|writing|jotted|scribbled|noted) (?:down )?(?:\S+ ){0,3}?(?:card number|card details"
    r"|(?:the )?(?:3|three) digits|security code|cvv|cvc)"
    r"|(?:card number|card details|cvv|cvc|security code|(?:3|three) digits) (?:\S+ ){0,4}?"
    r"(?:written|scribbled|jotted) (?:down )?on (?:a|the) (?:post-?it|napkin|sticky note|note|pad"
    r"|piece of paper|receipt|whiteboard|board|till roll)"
    r"|(?:sich als|gab sich als|gaben sich als|gibt sich als) (?:\S+ ){0,8}?aus\w* (?:\S+ ){0,24}?"
    r"(?:kartennummer|kartendaten|ziffern|pin|tan|code|passwort|bankdaten|iban)"
    r"|(?:quelqu'un|quelqu un) a (?:changé|modifié) (?:l'adresse (?:mail|e-mail|email"
    r"|électronique)|le mot de passe|mon mot de passe|l'e-mail|l'email|le mail|mon e-mail)"
    r"|alguien (?:ha )?(?:cambiado|cambió) (?:el correo|mi correo|el email|la contraseña|mi"
    r" contraseña) (?:de|en) (?:mi|la) cuenta"
    r"|jemand hat (?:meine|die|mein|das) (?:\S+ )?(?:e-mail|email|passwort|telefonnummer|adresse)"
    r" (?:\S+ )?geändert"
    r"|alguém (?:mudou|alterou|trocou) (?:o e-mail|o email|a senha|minha senha|a minha senha)"
)

# rules-19 (the ninth urgency set): a caller claiming a "team" and wanting the card, a message
# claiming to be the brand with a link (pt/es/fr/de), "@x is NOT them",
# a prize that wants a fee, someone "been in" an account, a look-alike address doubted, a copy
# of the site wanting a login, the real app asked about on the Play Store
_SECRET = rf"(?:{_ASKED_FOR}|long number|(?:3|three) digits|digits on the back)"
_RULES19 = (
    # a caller claiming a team who wants the card: "someone saying they were Cobbleway's 'damage
    # team' … asked for the long number" (not "the lady said she was from the billing team and
    # updated my card expiry")
    r"(?:saying|claiming|claimed) (?:that )?(?:they were|they'?re|he was|she was|it was|to be)"
    r" (?:\S+ ){1,3}?(?:team|department|dept|office|accounts|billing|customer service)"
    rf" (?:\S+ ){{0,40}}?{_SECRET}"
    rf"|{_CLAIMED_FROM} (?:\S+ ){{0,40}}?(?:read|reading) (?:out|off|back) (?:\S+ ){{0,6}}?"
    rf"{_SECRET}"
    r"|(?:dizia ser|dizendo ser|diciendo ser|decía ser|dijo ser|disant être|prétendant être)"
    r" (?:\S+ ){0,40}?(?:link|enlace|lien)"
    # "@brand.giveaways is NOT them" (not "@thegreenbean is not real, best brownie")
    # (rules-35: "@tidewell.sportstherapy (with the dot) is NOT the real clinic")
    r"|@\S+ (?!(?:the|your|my|our|this|that|his|her)(?![\w']))(?:\S+ ){0,4}?(?:is not|isn'?t"
    r"|are not|aren'?t|was not|wasn'?t) (?:them|you|the real"
    r" (?:\S+ )?(?:one|them|you|us|clinic|shop|studio|account|page|profile|company|firm|business"
    r"|team|brand|store|app|site|website|salon|garage|centre|center|gym|@\S+))(?![\w'])"
    # a prize that wants a fee: "DM'd me saying I'd won a year of free nails, just pay £2.99
    # 'admin' by card" (not a raffle's postage or a quiz's entry fee)
    r"|(?:won|winner|win) (?:\S+ ){0,12}?(?:pay|paid|send|cover) (?:\S+ ){0,3}?(?:£|\$|€)\S*"
    r" (?:\S+ )?(?:admin|release|processing|unlock|claim|activation)(?![\w'])"
    r"|(?:won|winner) (?:\S+ ){0,12}?(?:admin|release|processing|unlock|activation) fee"
    # someone in the account: "someone has been in my app account", "someone's logged in to my
    # account", "email changed to some random gmail"
    r"|(?:someone|somebody|someone'?s|somebody'?s) (?:has |had )?(?:been|got|gotten|logged) in"
    r" (?:to )?(?:my|our|his|her) (?:\S+ ){0,3}?account(?! (?:\S+ ){0,8}?(?:for me|fixed|sorted"
    r"|to help|helped|lovely|brilliant)(?![\w']))"
    r"|(?:email|e-mail|password|phone number|mobile number) (?:\S+ ){0,6}?(?:was |has been |got )?"
    r"changed to (?:some|a|an) (?:random|strange|unknown|weird|foreign)"
    # a look-alike address doubted: "is brandvans-returns.co.uk anything to do with you", "a link
    # to brandcert-uk.com … is that actually you", "is brand-returns.co.uk actually you?"
    r"|[a-z0-9]+-[a-z0-9-]+ (?:com|co|net|org|info|uk|io)(?: uk)?(?: \S+){0,12}? (?:anything"
    r" to do with (?:you|u)|is (?:that|this|it) (?:actually |really )?(?:you|yours|real|legit))"
    r"|is [a-z0-9]+-[a-z0-9-]+ (?:com|co|net|org|info|uk|io)(?: uk)? (?:actually |really"
    r" |genuinely )?(?:you|yours|real|legit)"
    r"|(?:copy|clone|replica) of (?:\S+ ){0,4}?(?:site|website|page|app) (?:\S+ ){0,25}?(?:login"
    r"|log-?in|banking|card (?:number|details)|password)"
    # "is 'X' on the Play Store the real X app?" (a question, not "the real app is better")
    r"|(?:play store|app store|google play|apple store) (?:\S+ ){0,3}?the (?:real|official"
    r"|genuine|actual) (?:\S+ ){0,3}?app(?= ?\?)"
)

# rules-18: a look-alike address whose path, not its name, says what it wants: "confirm
# payment at tarnhill-fitting.co/pay" in a text the customer doubts. The name alone is any
# firm's ("smith-tyres.co.uk"), so the address counts only beside a message that brought it
# (``LINK_SENT``) and a doubt about it (``LINK_DOUBTED``); see ``urgency.classes_in_view``.
# rules-20 (the second reader's misses of rules-19): two apps in a store under the brand's
# name, asked which is the real one (not "two apps, one for banking and one for investing,
# which is better?")
# rules-22 (the third week set): a prize that only needs a small fee paid by card ("DM'd me
# saying I'd won a free wheel course, just pay £4.99 for 'clay kit postage'"), and an account
# "called" like the brand that messaged the customer ("an insta account called slipway.clay.
# studio DM'd me"); not the brand's own "@handle" messaging back
_RULES22 = (
    # told by the one it happened to ("saying I'd won"), not the giveaway post itself
    r"(?:i'?d|i had|i'?ve|we'?d|we had|we'?ve|she'?d|he'?d|mum'?d) (?:\S+ )?(?:won|been selected"
    r"|been chosen) (?:\S+ ){0,8}?(?:just |only )?(?:pay|cover|paid|pay for)"
    r" (?:\S+ )?(?:£|\$|€)\S* (?:\S+ ){0,4}?(?:postage|p&p|shipping|delivery|admin|processing"
    r"|handling|release|courier)(?![\w'])"
    r"|(?:account|page|profile|number) (?:called|named) (?!@)\S+(?: \S+){0,3}? (?:dm'?d|dmed"
    r"|messaged|texted|contacted|whatsapped) (?:me|us|my \S+)(?![\w'])"
)
_RULES27 = (
    # rules-27 (the seventh week set): a page in the brand's name that took the money ("a
    # facebook page called 'Oakfell Tree Care & Landscaping' took £300 off my mum")
    r"(?:a|an|this|that|some|fake|another) (?:facebook |fb |insta |instagram |tiktok )?(?:page"
    r"|profile|account|site|website|number) (?:called|named|calling (?:itself|themselves)"
    r"|pretending to be|posing as|claiming to be) (?:\S+ ){0,8}?(?:took|taken|had|scammed|stole"
    r"|conned|charged|got) (?:(?:£|\$|€)\S*|(?:my|her|his|our|their|me|us|him) \S+)(?![\w'])"
)
_RULES20 = (
    r"(?:two|2|three|3|several|multiple) (?:\S+ ){0,3}?apps (?:\S+ ){0,6}?(?:google play|play"
    r" store|app store|apple store) (?:\S+ ){0,8}?(?:which (?:\S+ ){0,3}?(?:genuine|real"
    r"|official|yours|legit)|(?:one|which) (?:is|looks) fake|(?:one|either) (?:of them )?(?:is"
    r" )?(?:fake|a scam|a copy))"
)
LINK_PATHS = (
    r"pay|payment|payments|verify|verification|login|log-?in|signin|sign-in|refund|refunds"
    r"|claim|secure|billing|confirm|update|account|unlock|release|rebook"
)
LOOKALIKE_LINK = (
    r"[a-z0-9]+(?:-[a-z0-9]+)+ (?:com|co|net|org|info|shop|site|online|top|xyz|app|uk|help"
    rf"|support)(?: uk)?/(?:{LINK_PATHS})"
)
# rules-20: the same address pasted as a link ("https://tarnhill-fitting.co/pay?id=3"). The
# word view drops URLs, so ``classify.prepare`` keeps a link's hyphenated host and first path
# segment when that segment is one of ``LINK_PATHS``: the rules then read it as typed.
KEPT_LINK = (
    r"(?:https?://|www\.)(?:www\.)?([a-z0-9]+(?:-[a-z0-9]+)+(?:\.[a-z]{2,}){1,2}"
    rf"/(?:{LINK_PATHS}))(?![a-z0-9-])\S*"
)
LINK_SENT = (
    r"texts?|texted|sms|emails?|emailed|e-mails?|dms?|dmed|messages?|messaged|whatsapp|links?"
    r"|mensaje|correo|courriel|nachricht|mensagem"
)
LINK_DOUBTED = (
    r"(?:is|was|isn'?t) (?:this|that|it) (?:\S+ )?(?:you|yours|real|legit|legitimate|genuine"
    r"|official|from you)|not (?:you|yours|legit|genuine)|(?:haven'?t|hasn'?t|didn'?t|never)"
    r" (?:\S+ )?(?:booked|ordered|bought|signed up)|scam\w*|phishing|phishy|dodgy|suspicious"
    r"|fake (?:text|texts|email|emails|link|links|message|messages|site|website|page)"
    r"|estafa|arnaque|betrug|golpe|(?:legit|legitimate|genuine|real|you)\?"
)

# rules-40 (the eighteenth week set): money paid to a message in the brand's name, then the
# brand says it takes no such payment ("got a text from 'Spanner&Van Bookings' … asking for a
# £75 parts deposit by bank transfer. paid it. rang Dean … he's never taken deposits and
# doesn't know the number"); not "paid £50 on the day, they never take deposits" (no message)
_RULES40 = (
    r"(?:text|texts|texted|message|messaged|email|emailed|dm|dmed|whatsapp|call|called|link)"
    # (and the money called lost: "£75 gone", a scam, a warning)
    r"(?= (?:\S+ ){0,60}?(?:gone|lost|scam\w*|fake|warning|heads up|beware|not (?:them|him|her"
    r"|real)|wasn'?t (?:them|him|her|real))(?![\w']))"
    r" (?:\S+ ){0,30}?(?:paid|sent|transferred) (?:it|that|them|the money|the deposit"
    r"|(?:£|\$|€)\S*)"
    r" (?:\S+ ){0,30}?(?:never|doesn'?t|don'?t|didn'?t|does not|do not) (?:\S+ )?(?:take|takes"
    r"|taken|ask for|asks for|asked for|know|recognise|recognize|use|send|sent) (?:a |any |the"
    r" |that |those )?(?:deposits?|number|bank transfers?|payment links?|texts like that"
    r"|messages like that)(?![\w'])"
)
SECURITY_FAMILIES = (
    # a stranger wanting a secret
    rf"(?:wanting|demanding|demanded|insisting on|insisted on|chasing|pushing for|fishing for)"
    rf" {_W}{{0,5}}?{_ASKED_FOR}"
    r"|(?:code|codes|otp|passcode) (?:\S+ ){0,4}?(?:they|he|she|someone) (?:just )?(?:sent|texted"
    r"|messaged)"
    # a page set up in the brand's name, a file to open, a caller who knows too much
    r"|(?:someone|somebody|scammers?|people|fraudsters?) (?:has |have |'s |is |are )?(?:set up"
    r"|made|created|opened|started|running|set) (?:up )?(?:a |an )?(?:\S+ )?(?:page|account"
    r"|profile|site|website|shop|group) (?:\S+ ){0,2}?(?:called|named|pretending|using|with your"
    r"|in your|as you|offering|selling)"
    r"|(?:emailed|sent|texted|messaged) (?:me|us) (?:a |an )?(?:zip|file|attachment|apk|app to"
    r" install|download|program)|(?:zip file|attachment|apk) (?:\S+ ){0,4}?(?:to )?(?:open|install"
    r"|download|run)"
    r"|(?:call|caller|text|email|message|someone|scammers?|they|he|she) (?:\S+ ){0,6}?(?:already"
    r" )?knew (?:my|about my|all my|what i|where i)"
    r"|how did (?:they|he|she|the scammers?|these people) (?:get|know|find out|have|obtain)"
    r" (?:that|my|this|about)"
    r"|(?:email|password|phone number|mobile number|address|login|pin|details) (?:\S+ ){0,5}?"
    r"(?:changed|updated|switched) (?:\S+ ){0,6}?(?:i don'?t|i didn'?t|we don'?t|i do not|i never"
    r"|i'?ve never|i have never"
    r"|not mine|without me|without my)"
    r"|card (?:\S+ ){0,2}?(?:was|got|been|has been|is being) used (?:\S+ ){0,8}?(?:while|when it"
    r"|but|though|i was|i wasn'?t|i didn'?t|i never|still in)"
    r"|(?:lien|enlace|link|liga) (?:\S+ ){0,1}?(?:bizarre|suspect|douteux|frauduleux|étrange|raro"
    r"|sospechoso|extraño|komisch\w*|seltsam\w*|verdächtig\w*|estranho|suspeito)"
    r"|(?:vérifier mon identité|verificar (?:mi|minha) identidad\w*|identität (?:zu )?(?:bestätigen"
    r"|verifizieren))"
    r"|is (?:this |that )?(?:@\S+|this account|that account|this page|this number|this email)"
    r" (?:really |actually |even )?(?:yours|you|legit|real|official|genuine|one of yours)"
    r"|(?:photo|picture|pic|copy) of (?:my|your) (?:\S+ )?(?:key|keys|card|passport|licence"
    r"|license|id|bank card)"
    r"|(?:email|text|sms|message|link|login page|site|page|dm) (?:\S+ ){0,12}?(?:confirm|verify"
    r"|update|re-?enter|validate|unlock) (?:your|my) (?:\S+ )?(?:card|account|payment|identity"
    r"|details)|(?:a |fake |dodgy |with a |plus a |\+ )login page"
    r"|(?:usando|utilisant|unter|usando) (?:el |le |dem |eurem |o )?(?:nombre|nom|namen|nome)"
    r"|(?:pidiéndome|pidiéndonos|me pidió|me pidieron|m'a demandé|m'ont demandé|fragte nach"
    r"|wollte (?:\S+ )?(?:meine|meinen)|pediu-me|me pediu|pedindo) (?:\S+ ){0,5}?(?:código"
    r"|code|contraseña|mot de passe|passwort|senha|pin|tan|tarjeta|carte|karte|cartão"
    r"|kartennummer|kartendaten|bankdaten|iban|numéro de carte|número de tarjeta"
    r"|número do cartão)"
    # rules-10: a caller in the brand's name ("someone rang as the dealer's 'finance
    # department'"), a page asked about in another language ("une page … c'est vous ?")
    r"|(?:rang|called|phoned|texted|messaged|emailed|contacted) (?:me |us |my \S+ )?(?:as"
    r"|pretending to be|claiming to be|saying they were|said they were|saying (?:he|she) was)"
    r" (?:from )?(?:the |your |a )?(?:\S+ ){0,2}?(?:finance|fraud|security|bank|dealer|support"
    r"|team|department|office|company|manager|head office|claims)"
    # someone else spending on my card or account ("someone made purchases on my card in
    # another country")
    r"|(?:someone|somebody|a stranger|strangers|a random person|some(?:one|body) else)"
    r" (?:\S+ )?(?:made|making|used|using|spent|spending|bought|ordered|put) (?:\S+ ){0,3}?"
    r"(?:purchases?|payments?|transactions?|orders?|charges?|money|£\S*|\$\S*|€\S*)? ?(?:on|with"
    r"|using|from) my (?:card|cards|account|debit card|credit card|bank card|details)(?! (?:table"
    r"|tables|game|games|trick|tricks)(?![\w']))"
    # a caller "saying they were from" the brand who knew or wanted a secret
    r"|(?:rang|called|phoned|texted|messaged|emailed|contacted) (?:me |us |my \S+ )?(?:saying"
    r"|claiming|pretending) (?:they were|to be|he was|she was|they'?re|it was) from (?:\S+ ){0,12}?"
    r"(?:code|codes|digits|card|pin|password|details|account number|member number|read out"
    r"|knew|know)"
    # the real address named beside a link that is not it; a redelivery fee asked by text
    r"|(?:your|the) (?:real|actual|proper|official) (?:site|website|web address|address|domain"
    r"|page|url) is"
    r"|(?:pay|paying) (?:\S+ ){0,3}?(?:redelivery|re-delivery|customs|release|handling) (?:fee"
    r" |charge )?(?:at|on|via) \S+"
    r"|(?:page|compte|profil|cuenta|página|perfil|seite|konto|facebook|instagram) (?:\S+ ){0,30}?"
    r"(?:c'est vous|c'est bien vous|est-ce vous|sois vosotros|son ustedes|é vocês|são vocês|sao"
    r" voces|seid ihr das|sind sie das)"
    r"|(?:call|ring|text|phone) (?:this|the|a|their) number (?:\S+ ){0,4}?(?:give|read|confirm"
    r"|provide) (?:\S+ )?(?:card|bank|details|pin|code)"
    r"|(?:someone|somebody)(?:'s| has| have)? got (?:my|our) (?:login|password|details|account)"
    r"|orders? (?:\S+ ){0,4}?(?:on|from|in) my account (?:\S+ ){0,4}?(?:i didn'?t|i never|not mine)"
    r"|(?:there are|there'?s|i see|i can see|seeing|found) (?:\S+ ){0,2}?orders?"
    r" (?:\S+ ){0,4}?(?:on|in) my account"
    r"|(?:text|email|message|sms|caller|link|letter) (?:\S+ ){0,6}?(?:download|install) (?:an |a "
    r"|the |this |their )?(?:\S+ )?(?:app|apk|file|software|program)"
    r"|se hizo pasar|se hicieron pasar|se hacía pasar|s'est fait passer|se fizeram passar"
    r"|se fez passar|acceso remoto|accès à distance|fernzugriff|fernwartung|acesso remoto"
    r"|(?:soi-disant|supuestamente|angeblich|supostamente|prétendument) (?:\S+ ){0,3}?(?:de votre"
    r"|de vuestra|von euch|von ihnen|de vocês|da vossa|de la part|de parte|de vous)"
    r"|(?:konto|account|profil) (?:\S+ ){0,2}?übernommen|jemand hat (?:\S+ ){0,6}?(?:geändert"
    r"|übernommen|eingeloggt|angemeldet)"
    # rules-12: someone else changed my email, password or number, in de/es/fr/pt (German
    # puts the verb last: "jemand hat gestern die Handynummer in meinem Konto … geändert")
    r"|jemand hat (?:\S+ ){0,8}?(?:e-mail-adresse|email-adresse|mail-adresse|e-mail|passwort"
    r"|kennwort|handynummer|telefonnummer|zugangsdaten|pin) (?:\S+ ){0,6}?geändert"
    # (a phone number only when it is the customer's: not "alguien cambió el teléfono de la
    # tienda en Google")
    r"|alguien (?:ha |me ha )?(?:cambiado|cambió|modificado|modificó) (?:\S+ ){0,4}?(?:correo"
    r"|email|e-mail|contraseña|datos de acceso|mi (?:número de )?(?:teléfono|móvil))"
    r"|quelqu'un (?:m'a |a )?(?:changé|modifié) (?:\S+ ){0,4}?(?:e-?mail|mot de passe|adresse"
    r" (?:e-?)?mail|mon numéro|mes coordonnées)"
    r"|alguém (?:\S+ )?(?:mudou|alterou|trocou) (?:\S+ ){0,4}?(?:e-?mail|senha|(?:o )?meu"
    r" número|dados de acesso)"
    r"|(?:email|e-mail|correo|sms|mensagem|mensaje|site|página|web|conta|cuenta|perfil|compte"
    r"|profil|konto|seite|anruf|llamada|appel|chamada) (?:\S+ )?(?:falso|falsa|falsos|faux|fausse"
    r"|falsch\w*|gefälscht\w*)"
    r"|(?:a pedir|pidiendo|demandant|verlangt) (?:\S+ ){0,2}?(?:os dados|los datos|mes coordonnées"
    r"|les coordonnées|daten)"
    r"|(?:someone|somebody)(?:'s| has| had)? (?:\S+ )?(?:spent|used|redeemed|taken|stolen|drained"
    r"|cashed in|transferred) (?:all )?my (?:points|balance|credit|vouchers?|gift card|rewards"
    r"|miles|loyalty)"
    r"|(?:my )?(?:email|details|name|card|identity|address)(?:'s| has| have)? been used (?:to|for)"
    r"|(?:that|which) (?:isn'?t|is not|wasn'?t|was not) (?:yours|you|your (?:real |official )?"
    r"(?:site|website|page|account|number|domain))"
    # rules-12: a caller who will send a code and wants it read back ("she'd text me a six
    # digit number to read back to prove who I was"), in five languages
    r"|(?:call|caller|rang|phoned|called|calling|someone|somebody|man|woman|voice|voicemail"
    r"|appel|appelé|llamada|llamó|anruf|angerufen|chamada|ligou|ligaram) (?:\S+ ){0,20}?(?:code"
    r"|codes|number|digits|pin|passcode|código|chiffres|dígitos|ziffern) (?:\S+ ){0,3}?(?:to |and"
    r" )?(?:read|say|repeat|give|tell|quote) (?:it |them |that |this )?back"
    r"|(?:appel|appelé|llamada|llamó|anruf|angerufen|chamada|ligou|ligaram) (?:\S+ ){0,20}?"
    r"(?:(?:relire|relise|lire|lise|répéter|répète|donner|donne|communiquer|communique|dicter"
    r"|dicte) (?:\S+ )?(?:le|ce) code|(?:leer|lea|leyera|dictar|dicte|dictara|repetir|repita"
    r"|decir|diga|dijera|dar|diera) (?:\S+ )?(?:el|ese) código|code (?:\S+ ){0,2}?(?:vorlesen"
    r"|durchgeben|nennen|vorlese|durchsagen)|(?:ler|lesse|dizer|dissesse|ditar|ditasse|repetir"
    r"|repetisse|dar|desse) (?:\S+ )?o código)"
    # a site or message that copies the real one ("site looks exactly like yours, logo and
    # all"), a link to an address the customer knows is not the brand's
    r"|(?:site|website|page|email|e-?mail|text|message|app|login page|form|portal|account"
    r"|profile) (?:\S+ ){0,2}?(?:looks?|looked|looking|is|was) (?:\S+ )?(?:exactly|just"
    r"|identical|identically|the same|spot on) (?:like|as|to) (?:yours|you|the real (?:one|thing"
    r"|site|page)|your (?:real|actual|official|proper) (?:one|site|website|page|app))"
    r"|(?:ours|yours|the real one|the real (?:site|portal|page|website|address|link)|the proper"
    r" one|(?:your|the|our) (?:real|actual|usual|normal|proper) (?:\S+ )?(?:site|portal|address"
    r"|website|page|link|domain)) (?:\S+ ){0,2}?(?:lives|is|sits|are|was|used to be) (?:at|on)"
    r" (?:a |an )?(?:totally |completely )?(?:different|another|other) (?:address|url|domain"
    r"|site|link|web address)"
    # a QR code swapped or stuck over
    r"|(?:qr code|qr codes|qr|sticker|stickers) (?:\S+ ){0,8}?(?:stuck over|stuck on top|over the"
    r" (?:real|original|top)|on top of the (?:real|original)|tampered|covering the|replaced)"
    r"|(?:fake|dodgy|scam|suspicious|tampered|fraudulent|counterfeit) (?:\S+ )?(?:qr|qr code"
    r"|qr codes|sticker|stickers|parking app|payment page|payment link|invoice|invoices|receipt)"
    # an invoice or a payee that changed
    r"|(?:bank details|account details|payment details|payee|sort code|account number)"
    r" (?:\S+ ){0,6}?(?:changed|different|have changed|has changed|updated|don'?t match|didn'?t"
    r" match|not the same)(?! (?:\S+ ){0,3}?(?:when|after) i moved)"
    # Spanish, French, German, Portuguese: accounts broken into, impersonators, secrets asked
    r"|(?:entró|entraron|accedió|accedieron|hackearon|hackeó|hackead[oa]|piratead[oa]|pirat\w+"
    r"|gehackt|invadiram|invadiu|hackearam|hackeada|hackeado) (?:\S+ ){0,3}?(?:en |à |in |na |no"
    r" )?(?:mi|mon|ma|mein\w*|minha|meu)? ?(?:cuenta|compte|konto|conta|account)"
    r"|(?:mi |mon |ma |mein\w* |minha |meu )?(?:cuenta|compte|konto|conta) (?:\S+ ){0,3}?"
    r"(?:hackead[oa]|piratée|piraté|gehackt|hackeada|hackeado|invadida)"
    r"|(?:cambió|cambiaron|cambiado) (?:la|mi) contraseña|changé (?:le|mon) mot de passe"
    r"|passwort (?:\S+ ){0,2}?geändert|(?:mudou|mudaram|alterou|alteraram) (?:a|minha) senha"
    r"|(?:sich|hat sich|haben sich) (?:\S+ ){0,1}?als (?:\S+ ){0,3}?ausgegeben"
    r"|nach (?:meiner|meinem|meinen|der|dem|den) (?:\S+ )?(?:pin|tan|passwort|kartennummer|code"
    r"|bankdaten|iban|zugangsdaten) (?:gefragt|verlangt)"
    r"|(?:me |nos )?(?:pidió|pidieron|pedía|pedían) (?:\S+ ){0,3}?(?:el código|la contraseña|el pin"
    r"|los datos|la tarjeta|mi tarjeta)"
    r"|(?:m'a|m'ont|nous a|nous ont) demandé (?:\S+ ){0,3}?(?:code|mot de passe|numéro|carte"
    r"|coordonnées)"
    r"|(?:pediu|pediram) (?:\S+ ){0,3}?(?:o código|a senha|o pin|os dados|o cartão|número do"
    r" cartão)"
    r"|hameçonnage|phishing|web clonada|página clonada|sitio clonado|site cloné|page clonée"
    r"|geklont\w*|site clonado|página falsa|web falsa|perfil clonado|cuenta clonada"
    # rules-9: the brand's name used by others; "is this site yours?" about a look-alike
    # address; "is this from you?" about a message, in the four other languages
    r"|(?:people|someone|somebody|scammers?|fraudsters?|they|accounts?|pages?|sites?|groups?)"
    r" (?:are |is |have been |has been |been |keep |keeps )?(?:using|pretending to be|posing as"
    r"|copying|cloning) (?:your|the brand'?s|@\S+|\S+'s) (?:\S+ )?(?:name|logo|brand|branding"
    r"|photos|pictures|page|site|identity|account)"
    r"|(?:ist|is|est|es|é|c'est) \S+-\S+ (?:com|co|net|info|eu|de|fr|es|pt|org|shop|uk|site"
    r"|online|app|store) (?:\S+ )?(?:eure|ihre|deine|euer|votre|vos|vuestra|vuestro|su|tu|o vosso"
    r"|a vossa|o seu|a sua|your|ur) (?:\S+ )?(?:seite|webseite|site|página|web|page|website|shop"
    r"|tienda|boutique|loja|konto|compte|cuenta|conta)"
    r"|(?:sms|e-?mail|mail|nachricht|anruf|link|lien|enlace|mensaje|mensagem|appel|llamada"
    r"|chamada|texto|correo|whatsapp|brief|lettre|carta) (?:\S+ ){0,24}?(?:ist das von euch"
    r"|ist das von ihnen|kommt das von euch|seid ihr das|sind sie das|c'est vous|est-ce vous"
    r"|est-ce que c'est vous|ça vient de vous|ca vient de vous|vient-il de vous|es vuestro"
    r"|es vuestra|sois vosotros|son ustedes|es de ustedes|es de vosotros|é de vocês|são vocês"
    r"|foram vocês|é vosso|é vossa|é mesmo de vocês)"
    # rules-11: a caller or message "saying they were from" the brand, in any language, who
    # wants a secret or money ("m'a appelé en disant être de chez …, il voulait les 16 chiffres
    # de ma carte", "a SMS 'from the brand' asking for the code my bank just sent")
    rf"|{_CLAIMED_FROM} (?:\S+ ){{0,30}}?{_WANTS_IT}"
    # a message that asks for a secret, that "isn't yours, is it?", or that wants a code sent
    # back ("reply with the 6 digit code you just sent me")
    rf"|{_A_MESSAGE} (?:\S+ ){{0,16}}?(?:{_ASKING} (?:\S+ ){{0,4}}?{_ASKED_BY_SCAMS}|{_NOT_YOURS}"
    rf"|{_SEND_BACK})"
    # a new bank account named by an invoice, letter or message: "datos bancarios nuevos y un
    # aviso de cambio de banco", "saying your bank has changed and to send it to a new account"
    rf"|{_A_BILL} (?:\S+ ){{0,16}}?{_NEW_BANK}"
    r"|(?:send|pay|transfer|move|enviar|pagar|transferir|ingresar|virer|payer|verser"
    r"|überweisen|zahlen|depositar) (?:\S+ ){0,6}?(?:to|into|a|à|sur|auf|para|na|en) (?:a |une |un "
    r"|una |uma |ein |eine |the )?(?:new|different|nueva|otra|nouveau|nouvelle|autre|neue|neues"
    r"|andere|anderes|nova|outra) (?:bank )?(?:account|cuenta|compte|konto|conta|iban|rib"
    r"|bankverbindung)(?= (?:\S+ ){0,30}?(?:logo|gmail|hotmail|outlook|is this|is it|genuine"
    r"|legit|real|scam|fake|c'est vous|es vuestro|sois vosotros|é vosso|são vocês|seid ihr"
    r"|haven'?t paid|not paid|\?))"
    # a page, profile or advert in the brand's clothes ("a facebook page called … using your van
    # photos", "une page … utilisant vos photos")
    r"|(?:a|an|this|that|some|another|fake) (?:facebook |fb |insta |instagram |tiktok )?(?:page"
    r"|profile|account|site|website|advert|ad|listing|group|app) (?:\S+ ){0,8}?(?:using|copying"
    r"|stealing|nicking|nicked|stole|with all) (?:your|their|the firm'?s|the company'?s) (?:\S+ )?"
    r"(?:photos|pictures|pics|images|logo|branding|reviews|van photos|livery)"
    r"|(?:using|copying|stole|stealing|nicked) (?:the )?(?:photos|pictures|pics|images)"
    r" of (?:your|their) (?:\S+ )?(?:vans?|work|jobs|shop|staff|team|premises|lorries|trucks)"
    r"|(?:página|perfil|anuncio|page|profil|annonce|seite|profil|anzeige|anúncio) (?:\S+ ){0,8}?"
    r"(?:usando|utilisant|avec|mit|a usar|com) (?:vuestras|sus|vos|eure|euren|ihre|ihren|as"
    r" vossas|suas) (?:\S+ )?(?:fotos|photos|logo|bilder|imágenes|images|furgonetas)"
    # "is the app on the play store yours?" about a look-alike
    r"|(?:on|in) (?:the )?(?:play store|app store|google play|apple store|facebook|instagram"
    r"|tiktok|marketplace) (?:\S+ ){0,2}?(?:yours|really you|legit|real|official|genuine)"
    r"(?= ?\?)"
    "|"
    + _RULES15
    + "|"
    + _RULES17
    + "|"
    + _RULES19
    + "|"
    + _RULES20
    + "|"
    + _RULES22
    + "|"
    + _RULES27
    + "|"
    + _RULES40
)
