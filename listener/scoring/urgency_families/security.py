"""Security word families (strangers wanting secrets, fake pages) and their guards (rules-7)."""

from __future__ import annotations

from listener.scoring.urgency_words import (
    W as _W,
)

_ASKED_FOR = (
    r"(?:code|codes|passcode|one[- ]time (?:pass)?code|otp|verification code|security code|pin"
    r"|password|passwords|login|log-?in details|memorable (?:word|information)|card number|card"
    r" details|long card number|cvv|cvc|bank details|sort code|account number|online banking"
    r"|2fa|two[- ]factor)"
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
    r"|(?:konto|account|profil) (?:\S+ ){0,2}?übernommen|jemand hat (?:\S+ ){0,3}?(?:geändert"
    r"|übernommen|eingeloggt|angemeldet)"
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
)

# A report the customer says is not about the brand ("my insta got hacked, nothing to do with
# you lot"): ``urgency`` drops ``security`` for it.
NOT_ABOUT_THE_BRAND = r"nothing to do with (?:you|u|your|yous|\S+)"

# Requests for card or bank details that are ordinary: the brand's own checkout asking twice,
# or the customer asking the brand whether it needs them. ``urgency`` drops ``security`` when
# one of these matches and nothing names a stranger or a secret (ORDINARY_BUT_STRANGE).
ORDINARY_DETAILS = (
    r"(?:checkout|check-out|check out|the till|till|payment page|payment screen|payment form"
    r"|card machine|card reader|terminal|the app|your app|the website|your website|the site"
    r"|your site|booking form|booking page) (?:\S+ ){0,3}?(?:asked|asks|asking|wanted|wants"
    r"|needed|needs|made me (?:re-?)?enter|kept asking) (?:\S+ ){0,3}?(?:card (?:number|details"
    r"|info)|card|bank details|cvv|cvc|security code|postcode|billing address)"
    r"|(?:do|does|will|would|should|shall|can|could) (?:you|i|we|it|they) (?:\S+ ){0,2}?(?:need"
    r"|have|take|give|send|provide|use|keep|want|still have) (?:\S+ ){0,3}?(?:card (?:number"
    r"|details|info)|bank details|account details|card|sort code|account number)"
    r"|(?:you'?ll|you will|you'?d|you would) (?:\S+ )?need (?:\S+ ){0,2}?(?:card (?:number"
    r"|details|info)|bank details|account details|card)"
    r"|(?:asked|asks|asking|wanted|needed) (?:for )?(?:my |the )?(?:card (?:number|details)|card"
    r"|bank details|cvv|postcode) (?:\S+ ){0,3}?(?:at|on|during|in) (?:the )?(?:checkout|check-out"
    r"|till|payment page|booking)"
    r"|is it (?:safe|ok|okay|fine|secure) to (?:give|send|share|pay|enter|read out)"
)
# what no checkout or login screen does: a stranger, a message, a scam word
_STRANGER = (
    r"someone|somebody|stranger|scam\w*|fake|phish\w*|fraud\w*|pretend\w*|claiming|posing"
    r"|impersonat\w*|legit|genuine|dodgy|suspicious|weird|hack\w*|dm|dms|dmed|whatsapp|texted"
    r"|text message|a text|an email|emailed|a call|rang|caller|called me|link|popped up|pop-?up"
    r"|is (?:this|that|it) (?:you|real|yours)"
)
# The brand's (or anyone's) fraud-awareness news: "this month's newsletter is all about
# spotting fake texts and doorstep cons" names scams, reports none. ``urgency`` drops
# ``security`` for it unless the post tells of a contact with the writer (AWARE_BUT_CONTACTED).
FRAUD_AWARENESS = (
    r"(?:newsletter|article|blog|leaflet|talk|session|webinar|guide|tips|campaign|poster|video"
    r"|workshop|event|feature|piece) (?:\S+ ){0,8}?(?:about|on|for|covering) (?:\S+ ){0,2}?"
    r"(?:spotting|avoiding|how to spot|recognising|recognizing|staying safe from|protecting"
    r" (?:\S+ )?from|beating|fraud awareness|scam awareness)"
)
AWARE_BUT_CONTACTED = (
    r"(?:rang|called|phoned|texted|messaged|emailed|contacted|dmed|dm'?d) (?:me|us|my)"
    r"|(?:i|we) (?:just )?(?:got|received|clicked|gave|lost|entered|read out|sent)"
    r"|(?:someone|somebody) (?:\S+ )?(?:rang|called|took|used|got)"
)
ORDINARY_BUT_STRANGE = (
    rf"{_STRANGER}|password|passcode|pin|otp|one[- ]time|verification code|2fa|memorable"
    r"|online banking|login|log-?in"
)

# The brand's own app or website asking for a login code, PIN or password ("the app logged me
# out and now asks for my pin", "new phone, the app wants a code from the old one") is how
# logging in works: ``urgency`` drops ``security`` for it unless a stranger, a message or a
# scam word is named (STRANGER_OR_MESSAGE; the secrets themselves are not strange here).
OWN_APP_ASKS = (
    r"(?:the|your|my|ur|this) (?:\S+ )?(?:app|website|site|online banking|banking app|portal"
    r"|login page|log-?in screen) (?:\S+ ){0,6}?(?:asks|asked|asking|wants|wanted|needs|needed"
    r"|keeps asking|kept asking|is asking|requires|required) (?:me )?(?:for )?(?:\S+ )?(?:code"
    r"|pin|password|passcode|verification code|security code|fingerprint|face id|2fa|otp)"
    # a repairer asking for the device's own passcode: "do you need my passcode for a
    # battery swap or can I leave it locked"
    r"|(?:do|does|will|would|should|shall) (?:you|u|they|the (?:\S+ )?(?:shop|tech|technician"
    r"|engineer|repairer|team|staff)) (?:\S+ ){0,2}?(?:need|want|require) (?:my|the) (?:\S+ )?"
    r"(?:passcode|password|pin|unlock code|screen lock)(?! (?:\S+ ){0,4}?(?:by|over|via) (?:text"
    r"|email|phone|dm|whatsapp))"
)
STRANGER_OR_MESSAGE = rf"{_STRANGER}|not me|wasn'?t me|i didn'?t|i never"
