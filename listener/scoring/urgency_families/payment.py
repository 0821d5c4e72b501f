"""Payment word families: money taken again, the wrong sum, money kept back (rules-7), and
(rules-9) money taken on several dates, a promised refund past its own deadline, a sum on a
statement nobody ordered, a displayed total and a different sum taken, and the same concepts
in Spanish, French, German and Portuguese. Rules-11 (``_RULES11``): an extra fee nobody
mentioned, a sum "too much" wanted back, one sum taken several times for one thing, an add-on
never signed for, money still leaving after notice, a refund promised by a date now past.
Rules-15 (``_RULES15``): money held told sum first, still leaving after the customer left, a
total above the booking or quote, a payout that never turns up, paid up front and nothing
since, an add-on paid for and not given, a fee for the brand's own no-show, a misread meter.
Rules-12's concepts (what was agreed or promised, and what the money did instead) are in
``payment_terms``."""

from __future__ import annotations

from listener.scoring.urgency_families.payment_lines import RULES19 as _RULES19
from listener.scoring.urgency_families.payment_lines import RULES20 as _RULES20
from listener.scoring.urgency_families.payment_terms import PAYMENT_TERMS
from listener.scoring.urgency_words import (
    DIGIT as _DIGIT,
)
from listener.scoring.urgency_words import FEW as _FEW
from listener.scoring.urgency_words import MONEY_BACK as _BACK
from listener.scoring.urgency_words import (
    MONTH as _MONTH,
)
from listener.scoring.urgency_words import SINCE as _SINCE
from listener.scoring.urgency_words import SUM as _SUM
from listener.scoring.urgency_words import (
    W as _W,
)

_TAKEN = (
    r"(?:charged|charging|charge|billed|billing|debited|debiting|deducted|took|taken|taking"
    r"|take|withdrawn|withdrew|collected|claimed|pulled|paid|payment|transaction|money|funds)"
)
_FEE = (
    r"(?:fee|fees|payment|money|subscription|membership|deposit|rent|fare|premium|instalment"
    r"|installment|amount|sum|balance|cost|charge|bill|invoice|total|booking|order)"
)
_KEPT = (
    r"(?:hold|holds|pre-?auth\w*|pre-?authori[sz]ations?|authori[sz]ation hold|reserved amount"
    r"|blocked amount|security deposit|deposit|bond|holding deposit|ring-?fenced)"
)
# rules-11: a sum in any currency and word order ("£5", "22 £", "90 libras")
_SUM11 = (
    rf"(?:£\S*|\$\S*|€\S*|{_DIGIT}\S* (?:£|\$|€|euros?|libras|livres|pfund|pounds|quid"
    r"|dollars|reais))"
)
# an extra on top of the price, in the five languages (not "line" or "extra": "the line
# was long and nobody told us", "waited an extra hour")
_EXTRA = (
    r"(?:fee|fees|surcharge|surcharges|supplement|add-on|add-ons|frais|supplément|majoration"
    r"|gebühr|gebühren|zuschlag|aufpreis|recargo|suplemento|comisión|taxa|taxas|sobretaxa"
    r"|comissão)"
)
_RULES11 = (
    # an extra nobody mentioned: "invoice came in at £95 … a call-out supplement, nobody ever
    # mentioned it", "6 £ Servicegebühr abgebucht, die nirgendwo stand", "me cobraron 90 libras
    # … que nadie me mencionó", "des frais dont personne ne m'a parlé"
    # (not "nobody mentioned that I could buy it cheaper online": a price, not an extra)
    rf"(?:{_SUM11}|{_EXTRA}) (?:\S+ ){{0,14}}?(?:nobody|no one|noone|no-one) (?:ever |had |has"
    r" |once |even )?(?:mentioned|told|said|warned|explained|flagged) (?:(?:me|us) )?(?:(?:it"
    r"|this)(?! (?:\S+ )?(?:comes|came|was|is|expires|expired|would|will|has|had|does|did"
    r"|could|can|needs|includes|gets|goes)(?![\w']))|that(?! (?:i|we|you|they|there|he|she)"
    r"(?![\w']))|any of (?:it|that|this)|anything|a word"
    r"|about|the (?:fee|charge|cost|price|extra|extras|supplement|surcharge))"
    rf"|(?:{_SUM11}|{_EXTRA}|abgebucht|berechnet|belastet|verlangt|cobraron|cobró|cobrado"
    r"|cargaron|facturé|facturés|prélevé|prélevés|débité|cobraram|cobrou) (?:\S+ ){0,12}?"
    r"(?:(?:(?:die|der|das|was|den) )?(?:nirgendwo|nirgends) (?:\S+ )?(?:stand|stehen|steht"
    r"|erwähnt|angegeben|genannt)|(?:niemand|keiner) (?:hat )?(?:\S+ )?(?:erwähnt|gesagt"
    r"|mitgeteilt)|(?:que )?nadie (?:me |nos )?(?:mencionó|mencionaron|dijo|dijeron|avisó"
    r"|avisaron|habló|explicó|había mencionado)"
    r"|personne ne (?:m'|nous )?(?:en )?(?:a|avait) (?:\S+ )?(?:parlé|dit|mentionné|prévenu"
    r"|signalé)|ninguém (?:me |nos )?(?:disse|mencionou|falou|avisou|explicou)"
    r"|(?:nunca|jamais) (?:foi |été |a été )?(?:mencionad[oa]s?|mentionnée?s?|annoncée?s?"
    r"|avisad[oa]s?))"
    # a surprise or mystery extra on the receipt: "the surprise £5 'chilled delivery' line",
    # "mystery extras on the receipt", not a "surprise £5 voucher"
    rf"|(?:surprise|mystery|random|sneaky|unexplained) (?:{_SUM11} )?(?:\S+ ){{0,3}}?"
    r"(?:fee|fees|charge|charges|surcharge|supplement|extra|extras|line|lines|add-on|add-ons"
    r"|item|items)(?! (?:free|off)(?![\w']))"
    # a sum "too much" that the customer wants back: "about £65 too much … I'd like it back"
    rf"|{_SUM11} (?:\S+ )?(?:too much|more than (?:it|i|we) should|over the (?:quote|price"
    r"|agreed)) (?:\S+ ){0,24}?(?:like|want|need|get|have) (?:it|that|this|the money|my money"
    r"|them|the difference) back"
    # someone else's order on the customer's bill: "someone else's round went on my tab"
    r"|someone else'?s (?:\S+ ){0,2}?(?:went|was put|got put|ended up|been put|was added|got"
    r" added|was charged) (?:\S+ )?(?:on|to) (?:my|our) (?:tab|bill|card|account|invoice"
    r"|statement)"
    # the full sum taken where a deduction was due: "taken … the full £1,480 with no deduction"
    r"|(?:taken|took|charged|debited|billed|came out|paid) (?:\S+ ){0,8}?full (?:\S+ ){0,2}?(?:with"
    r" no |without (?:the |any |a )?)(?:deduction|discount|reduction|credit|funding)"
    # less paid out than agreed: "agreed £3,200 for my old car … they only paid £2,700"
    r"|(?:agreed|promised|offered|valued|quoted) (?:\S+ ){0,6}?(?:£|\$|€)\S* (?:\S+ ){0,12}?"
    r"(?:they|you|he|she) only (?:paid|gave|sent|transferred|credited|refunded)"
    r"|(?:£|\$|€|euros?|libras|livres|pfund) (?:\S+ )?(?:de trop|en trop|zu viel|de más|a mais"
    r"|em excesso)|zu viel (?:abgebucht|berechnet|belastet|verlangt|kassiert)"
    # one sum taken several times for one thing: "two lots of £42.50 … for one case",
    # "deux prélèvements de 120 £", "dois débitos de 112 £", "zwei Abbuchungen", "dos cargos"
    rf"|(?:two|three|2|3) lots of {_SUM11} (?:\S+ ){{0,8}}?(?:(?:on|from|off|out of) (?:my|our)"
    r"|taken|came out|went out|charged|debited|for (?:one|a single|the same|only one))"
    r"|(?<!en )(?<!em )(?<!in )(?:deux|trois|dos|tres|dois|duas|três|zwei|drei) (?:\S+ )?"
    r"(?:prélèvements|débits|paiements|transactions|cargos|cobros|pagos|débitos|cobranças"
    r"|pagamentos|transações|abbuchungen|belastungen|zahlungen) (?:\S+ ){0,8}?(?:le même|la même"
    r"|el mismo|la misma|lo mismo|o mesmo|a mesma|no mesmo|na mesma|pelo mesmo|pela mesma"
    r"|denselben|dieselbe|derselben|gleichen|gleiche|identiques|idénticos|idênticos|iguais"
    r"|(?:sur|en|no|na|auf) (?:ma|mi|mon|meu|minha|meiner|meinem) (?:carte|tarjeta|compte|cuenta"
    r"|cartão|conta|karte|konto)|pour (?:un|une) seule?|por (?:un|una) sol[oa]|para (?:um|uma) só"
    r"|für (?:eine?n?) einzige)"
    # an add-on never signed for: "turns out I've been on a £19/month plan … never signed
    # anything", "£9.50 a month for cover on my statements … never ticked it"
    rf"|{_SUM11} (?:\S+ ){{0,16}}?(?:never|didn'?t|did not) (?:ever )?(?:signed (?:anything"
    r"|it|that|this|for|up|off|a thing|any)|ticked|agreed to (?:it|that|this|any)|consented"
    r"|opted in|authori[sz]ed (?:it|that|this|any))"
    r"|turns out (?:i'?ve|we'?ve|i have|we have|i'?d|we'?d|i was|we were|i'?m|we'?re) (?:been )?"
    r"(?:on|signed up to|enrolled in|subscribed to|paying for|charged for|billed for) (?:a |an"
    r" |the )?(?:(?:£|\$|€)\S* )?(?:\S+ ){0,3}?(?:plan|subscription|membership|cover|insurance"
    r"|add-on|package|scheme|contract|warranty|policy|service|protection)"
    r"|(?:just )?noticed (?:£|\$|€)\S* (?!(?:off|cashback|discount|refund|credit)(?![\w']))"
    r"(?:\S+ ){0,8}?(?:on|in) (?:my|our) (?:\S+ )?(?:statement|statements|bank|account|card)"
    rf"|{_SUM11} (?:\S+ ){{0,12}}?(?:nunca|jamais|nie|nunca) (?:\S+ )?(?:firmé|acepté|marqué"
    r"|signé|coché|accepté|unterschrieben|zugestimmt|angekreuzt|assinei|aceitei|marquei)"
    # money still leaving after notice was given or the thing was ended: "gave 30 days notice
    # … the quarterly £240 still came out", "took it AGAIN this month when it came down in june"
    r"|(?:gave|given|handed in|served|sent) (?:\S+ ){0,3}?notice (?:\S+ ){0,20}?(?:still|again"
    r"|also) (?:\S+ )?(?:came out|come out|went out|gone out|taken|took|charged|debited|billed"
    r"|collected|coming out|being taken)"
    r"|(?:took|taken|charged|debited|billed|collected|came out|went out) (?:\S+ ){0,8}?again"
    r" (?:\S+ ){0,4}?(?:when|after|since|though|even though) (?:\S+ ){0,3}?(?:came down|was"
    r" removed|were removed|was collected|were collected|went back|was returned|were returned"
    r"|ended|finished|moved out|cancelled|canceled|gave notice|closed)"
    r"|(?:cancel\w*|removed|returned) (?:\S+ ){0,24}?(?:£|\$|€)\S* (?:is |are )?still (?:part"
    r" of|on|in|showing on|included in) (?:the|my|our) (?:\S+ )?(?:balance|finance|bill"
    r"|statement|account|invoice|loan|agreement)"
    r"|extra (?:months|weeks|years|month|week) of (?:paying|payments|being charged|charges"
    r"|direct debits)(?! (?:left|to go|remaining)(?![\w']))"
    r"|(?:préavis|preaviso|aviso prévio|kündigungsfrist|kündigung) (?:\S+ ){0,14}?(?:prélevé"
    r"|prélevés|débité|cobraron|cobrado|cobró|cobraram|cobrou|debitaram|abgebucht|berechnet"
    r"|eingezogen|belastet)"
    # a refund promised by a date now past: "you said the £720 would be back same week. it's
    # the 29th", "promised the refund by friday, still nothing"
    rf"|(?:said|promised|told (?:me|us)|was told|were told|assured (?:me|us)|confirmed)"
    rf" (?:\S+ ){{0,3}}?(?:{_SUM11}|refund|money|deposit|credit|payment|reimbursement)"
    r" (?:\S+ ){0,3}?(?:would|will|should|was going to|'d) (?:be )?(?:back|refunded|returned"
    r"|credited|repaid|paid back|in (?:my|our)) (?:\S+ ){0,10}?(?:(?:it'?s|it is|today is|we'?re"
    rf" on|now) (?:now |already )?(?:the )?(?:{_DIGIT}\S*|day \S+|week \S+|monday|tuesday"
    r"|wednesday|thursday|friday|saturday|sunday)(?! (?:\S+ ){0,4}?(?:landed|arrived|came|come"
    r"|there|here|through|cleared|showed)(?![\w']))|still (?:nothing|no sign|not back"
    r"|not arrived|waiting)"
    r"|nothing (?:yet|since|so far)|(?:weeks|months) later)"
    r"|(?:dijisteis|dijeron|dijo|prometieron|prometisteis|vous aviez dit|vous avez dit|on m'a dit"
    r"|ihr habt gesagt|sie sagten|versprochen|disseram|prometeram|disse) (?:\S+ ){0,12}?"
    r"(?:estamos a|seguimos sin|sigo sin|nous sommes le|on est le|toujours rien|heute ist der"
    r"|immer noch nichts|noch immer nichts|já estamos a|ainda nada|continuo sem)"
)
# rules-15 (the seventh urgency set's tuning half: a campsite, a car wash, a music venue, a
# water company): money held, still leaving after the customer left, above the booking or the
# quote, extras nobody mentioned, a payout that never turns up, paid up front and nothing
# since, an add-on paid and not given, a fee for the brand's own no-show, a misread meter
_CARD = r"(?:card|account|bank|statement|banking app|bank app|credit card|debit card)"
_PENDING = r"(?:pending|hold|on hold|held|blocked|reserved|ring-?fenced|pre-?auth\w*)"
_RULES15 = (
    # money held, the sum told first (the hold named first is the ``_KEPT`` piece below): "the
    # £100 is still sitting there as pending a week later", "my banking app still shows a £25
    # pending", "pending … ten days later"
    rf"{_SUM} (?:\S+ ){{0,3}}?(?:is |are )?still (?:sat|sitting|showing|there|held|blocked"
    rf"|stuck)(?: \S+){{0,3}}? (?:{_PENDING}|on (?:my|our|the) {_CARD})"
    rf"|still (?:shows|showing|has|have|got) (?:a |the |an )?{_SUM} (?:\S+ )?{_PENDING}"
    # (rules-27: not a drain "blocked again 9 days later")
    r"|(?:pending|on hold|held|(?<!sink )(?<!drain )(?<!drains )(?<!toilet )(?<!loo )(?<!pipe )"
    r"(?<!pipes )(?<!gutter )(?<!shower )(?<!road )blocked) (?:\S+ ){0,6}?(?:a week|a fortnight"
    r"|two weeks|three weeks"
    r"|\d+ weeks|weeks|a month|\d+ days|ten days) later"
    # money still leaving after the customer cancelled, moved out or closed the account
    # (rules-35: not a cancellation imagined, "if I cancel on the morning, is it still charged")
    r"|(?<!if i )(?<!if we )(?<!if you )(?<!if u )(?:cancel\w*|moved out|moved house|closed (?:my"
    r"|our|the) account|gave notice|terminated"
    r"|ended (?:my|our|the) (?:contract|membership|plan|subscription|tenancy)) (?:\S+ ){0,30}?"
    r"still (?:being |getting )?(?:debited|charged|billed|deducted|leaving (?:my|our)|coming out"
    r"|going out|taking (?:money|payments?|(?:£|\$|€)\S*)|collecting)"
    r"|(?<!if i )(?<!if we )(?<!if you )(?<!if u )(?:cancel\w*|moved out|closed (?:my|our|the)"
    r" account) (?:\S+ ){0,30}?(?:came out|went out"
    r"|was taken|were taken|got taken|debited|charged|billed|collected|left (?:my|our) account)"
    r" (?:\S+ ){0,8}?anyway"
    # a total above what was booked or quoted: "the card machine total was £46 over our
    # booking", "£30 more than the quote"
    # (not "£80 more than the quote because we added a second tier": a change the customer made)
    rf"|{_SUM} (?:over|above|more than) (?:our|my|the|what (?:we|i)) (?:\S+ )?(?:booking|booked"
    r"|quote|quoted|agreed|price (?:we|i) (?:booked|agreed|were quoted|was quoted)|were quoted"
    r"|was quoted)(?! (?:\S+ ){0,3}?(?:because|as|since|cos|cause|after|when) (?:we|i|my|our)"
    r" (?:\S+ )?(?:added|asked|changed|upgraded|chose|wanted|extended|ordered|went|booked|had)"
    r"(?![\w']))"
    rf"|quoted (?:me |us )?(?:\S+ )?{_SUM} (?:\S+ ){{0,10}}?(?:showing|showed|read|asking for"
    rf"|wanted|demanding|demanded) (?:\S+ )?{_SUM}"
    # extras nobody mentioned until the bill: "£53 of extras nobody mentioned until i was
    # holding my keys"
    rf"|(?:{_SUM}|extras|fees|surcharge|charges) (?:\S+ ){{0,6}}?(?:nobody|no one|noone|no-one)"
    r" (?:had |ever |even )?(?:mentioned|told (?:me|us)|said|warned (?:me|us)) (?:about )?"
    r"(?:until|till|before|beforehand|up ?front|at the time|when (?:i|we) booked)"
    # a payout, allowance or refund that never came: "leak allowance agreed, money never
    # turns up", "the payout still hasn't arrived"
    r"|(?:money|payment|payout|pay-?out|refund|allowance|credit|compensation|reimbursement"
    r"|transfer|deposit|rebate|cashback|goodwill payment) (?:\S+ ){0,2}?(?:never|still (?:hasn'?t"
    r"|has not|not|never)|hasn'?t|has not|not yet) (?:\S+ )?(?:turns? up|turned up|arrived"
    r"|arrives|come through|came through|comes through|landed|appeared|shown up|showed up)"
    # paid in advance and nothing since: "paid £250 up front in april … no survey, no date"
    rf"|paid (?:\S+ ){{0,3}}?{_SUM} (?:\S+ ){{0,2}}?(?:up ?front|in advance|upfront)"
    r" (?:\S+ ){0,24}?(?:nothing|no (?:survey|date|visit|word|contact|reply|response|update)"
    r"|never heard|still waiting|not a word)"
    # an add-on paid for and not given: "paid for a balcony upgrade, got sent to the floor",
    # "prebooked the firewood bundle … reception had no record of it"
    r"|(?:paid for|pre-?booked|pre-?paid|prepaid|bought) (?:the |a |an |our |my )?(?:\S+ ){0,4}?"
    r"(?:add-on|upgrade|bundle|extra|extras|package) (?:\S+ ){0,20}?(?:no record|never (?:got"
    r"|received|given|provided|delivered|happened|turned up)|didn'?t get|did not get|got sent"
    r"|was shut|was closed|wasn'?t (?:provided|available|open|there)|not provided)"
    # a fee for the brand's own no-show: "added a £60 'missed appointment charge' … the
    # engineer never turned up"
    r"|(?:missed appointment|no-?show|call-?out|wasted visit|failed visit|cancellation) (?:charge"
    r"|fee|penalty) (?:\S+ ){0,20}?(?:engineer|driver|technician|fitter|courier|installer|you"
    r"|they|your (?:guy|man|team|staff)) (?:never|didn'?t|did not|failed to) (?:turned up|turn up"
    r"|show|showed|come|came|arrive|arrived)"
    # a bill on a misread meter: "meter says 00412. your bill says 04120 and wants £1,137.55"
    r"|(?:meter|reading) (?:\S+ ){0,5}?(?:says|shows|reads|is|was) \d\S* (?:\S+ ){0,6}?(?:bill"
    r"|invoice|statement) (?:\S+ )?(?:says|shows|has|uses|used|reads) \d\S*"
    # Spanish, French, German, Portuguese: the site said one sum, another was taken; a
    # payout not seen; money promised back and nothing; still taking it after cancelling
    r"|(?:decía|ponía|anunciaba|marcaba|disait|affichait|indiquait|annonçait|stand|hieß es"
    r"|zeigte|dizia|indicava|anunciava|mostrava) (?:\S+ ){0,10}?(?:se han llevado|se llevaron"
    r"|me han cobrado|me cobraron|han cobrado|cobraron|ont prélevé|m'ont débité|ont débité"
    r"|ont pris|abgebucht|berechnet|abgezogen|tiraram|cobraram|levaram|debitaram) (?:\S+ )?\d\S*"
    r"|toujours pas (?:vu|reçu) (?:\S+ ){0,3}?(?:€|£|euros|livres|\d\S* ?(?:€|£))"
    r"|(?:prometeram|prometeu|prometieron|prometió|promis|promettait|versprochen|versprach)"
    r" (?:\S+ ){0,2}?(?:devolver|reembolsar|rembourser|rendre|zurück\w*|erstatten)"
    r" (?:\S+ ){0,14}?(?:nada|nichts|rien|nothing|ainda não|todavía no|toujours pas|noch nicht)"
    r"|(?:continuaram|continuam|continua|continuou|siguen|siguieron|sigue|continúan"
    r"|continuent|continuaient|ont continué) (?:a |à |de )?(?:tirar|cobrar|debitar|cargar"
    r"|prélever|débiter|facturer)"
)
# rules-17 (the eighth urgency set's tuning half: a ferry, a pub, a soft play centre, a tyre
# fitter): money out after being told it cost nothing, money out "anyway", a charge for what
# the booking already held, a charge nobody mentioned, money said to be going back on the card
# and not, money still leaving and a deposit not returned in other languages
_OUT = r"(?:gone out|come out|went out|came out|left|been taken|disappeared)"
_RULES17 = (
    # told it cost nothing, then money left: "screen said 'no price difference', and now £38
    # has gone out of my account"
    r"(?:no price difference|no difference in price|no (?:extra |additional )?(?:charge|cost|fee)"
    r"|free of charge|at no (?:extra |additional )?cost|wouldn'?t cost (?:anything|a penny|extra)"
    rf"|won'?t cost (?:anything|a penny|extra)) (?:\S+ ){{0,14}}?{_SUM} (?:has |had |have )?{_OUT}"
    # money out "anyway" after it was covered, cancelled or free: "I'm on the plan so punctures
    # are covered … £28 has come out of my account for it anyway" (not "£12 came out this
    # morning, great coffee anyway")
    r"|(?:covered|covers|cover|cancel\w*|plan|membership|included|free|waived|no charge|refunded)"
    rf" (?:\S+ ){{0,24}}?{_SUM} (?:\d\d )?(?:has |had |have )?(?:gone|come|went|came) out"
    r"(?: of (?:my|our) (?:\S+ )?account)?(?: for it| for that| for them)? anyway"
    # charged for what the booking already held: "£57 'over-height vehicle' … for a roof box
    # that is ALREADY ON THE BOOKING"
    r"|(?<!n't )(?<!not )(?<!never )(?<!no )(?:charged|charge|charging|fee|surcharge|supplement"
    r"|billed|made (?:me|us) pay) (?:\S+ ){0,14}?(?:already (?:on|in|part of) (?:the|my|our)"
    r" (?:booking|order|reservation|package|plan|invoice|ticket)|was already included|were already"
    r" included|already paid for)(?! (?:\S+ ){0,6}?(?:fair enough|as expected|as agreed|as i'?d"
    r" read|no problem|which is fine|lovely|nice touch)(?![\w']))"
    # a charge nobody mentioned: "charged 15% 'service' … not on the menu, nobody mentioned it"
    rf"|(?:charged|added|slapped|stuck) (?:on )?(?:\S+ ){{0,3}}?(?:{_SUM}|\d+%|fee|charge|surcharge"
    r"|supplement|service charge|service) (?:\S+ ){0,16}?(?:nobody|no one|no-one|noone)"
    r" (?:ever |even |once )?(?:mentioned|told (?:me|us) about|warned (?:me|us) about)"
    r" (?:it|that|this|anything)(?![\w'])(?! (?:\S+ )?(?:was|is|would|will|comes|came|has|had"
    r"|does|did|could|can|needs|includes|gets|goes)(?![\w']))"
    # money said to be going back on the card, and not: "said it'd be back on our cards within
    # the week … nothing"
    r"|(?:said|told (?:us|me)|promised|assured (?:us|me)) (?:\S+ ){0,3}?(?:be|go|come|put|going)"
    r" back (?:on|in|into|to) (?:my|our|the) (?:cards?|accounts?) (?:\S+ ){0,20}?(?:nothing"
    r" (?:there|yet|back|since|so far|has)|still (?:not|no|nothing|waiting)|never (?:came|arrived"
    r"|showed|appeared|got it|received|turned up|landed|seen)|not (?:yet|back|seen|there)|no sign"
    r"|hasn'?t (?:come|arrived|appeared|shown|landed)|haven'?t (?:had|got|seen|received)"
    r"|isn'?t (?:there|back))(?![\w'])"
    # money promised back within days, and weeks gone: "said it'd be back on our cards within
    # 5 days. it's been 3 weeks" (the unit grows, so no sums of days are compared; not "within
    # 14 days. that was 5 days ago")
    rf"|{_BACK} (?:\S+ ){{0,4}}?(?:within|in|by) (?:\S+ ){{0,2}}?{_FEW} (?:working )?days?"
    rf" (?:\S+ ){{0,3}}?{_SINCE} (?:\S+ )?{_FEW} (?:weeks|months)"
    rf"|{_BACK} (?:\S+ ){{0,4}}?(?:within|in|by) (?:\S+ ){{0,2}}?{_FEW} weeks?"
    rf" (?:\S+ ){{0,3}}?{_SINCE} (?:\S+ )?{_FEW} months"
    # cancelled, then money left in the months after: "cancelled our membership in march …
    # £24.99 has left my account in april, may AND june", "cancelled tyreguard in march. april
    # £7.99. may £7.99"
    rf"|cancel\w* (?:(?!joined |switched |moved |came )\S+ ){{0,30}}?(?:{_SUM} (?:\d\d )?|it'?s"
    r" |it has |it )(?:has |have |had )?"
    r"(?:left|come out of|gone out of"
    r"|been taken from|came out of|went out of) (?:my|our) (?:\S+ )?account (?:in|on|every|each"
    r"|again|since)"
    rf"|cancel\w* (?:\S+ ){{0,8}}?in {_MONTH} (?:\S+ ){{0,3}}?{_MONTH} {_SUM}"
    # two takings for one thing: "Both have now left my account. It's one set of tyres" (not a
    # deposit and a balance that both left)
    r"|both (?:have |had |of them )?(?:now |since |also )?(?:left|come out of|gone out of"
    r"|came out of|went out of|been taken from|gone through on) (?:my|our) (?:\S+ )?(?:account"
    r"|card|statement) (?:\S+ ){0,8}?(?:one|a single|the same|just one|only one) (?:\S+ )?(?:set"
    r"|order|booking|ticket|item|thing|job|visit|service|wash|meal|payment|purchase|bill"
    r"|transaction|crossing|class|session)"
    # still leaving in other languages: "continuam a sair €89 da minha conta", "siguen
    # saliendo 30 € de mi cuenta", "continuent de prélever"; a deposit not returned in German
    r"|(?:continuam|continua|continuaram|continuou) a sair|(?:siguen|sigue|siguieron) (?:saliendo"
    r"|pasando|cobrando|cargando)|(?:continuent|continue|continuaient) (?:à|de) (?:prélever"
    r"|débiter|sortir|facturer)|(?:kaution|pfand|anzahlung) (?:\S+ ){0,30}?(?:nicht|nie|noch nicht"
    r"|immer noch nicht|bis heute nicht|keine spur) (?:\S+ )?(?:zurück\w*|erstattet|überwiesen"
    r"|wiedergesehen|gesehen)|(?:kaution|pfand|anzahlung) (?:\S+ ){0,40}?(?:kein geld|keine"
    r" rückzahlung|keine erstattung|nichts zurück)"
    # paid for a service that was never done, in other languages: "paguei o alinhamento … ninguém
    # mexeu", "pagué la alineación … nadie la tocó"
    r"|(?:paguei|pagamos|pagué|pagamos|j'ai payé|nous avons payé|ich habe (?:\S+ )?bezahlt"
    r"|bezahlt) (?:\S+ ){0,30}?(?:ninguém (?:mexeu|fez|tocou)|nunca (?:foi )?feit[oa]"
    r"|nadie (?:la |lo )?(?:tocó|hizo)|nunca se hizo|personne n'a (?:touché|fait)|jamais fait"
    r"|nie gemacht|niemand hat (?:\S+ )?(?:angefasst|gemacht))"
)
_RULES27 = (
    # rules-27 (the seventh week set): a sum paid, then "the same £75 went out of my account
    # with it" (not "the same £10 again next year", a price said again)
    r"the same (?:£|\$|€)\S* (?:\S+ )?(?:went out|came out|was taken|got taken|was debited"
    r"|left (?:my|our) account|was charged|has gone out|has come out)(?![\w'])"
)
PAYMENT_FAMILIES = (
    "|".join((PAYMENT_TERMS, _RULES11, _RULES15, _RULES17, _RULES19, _RULES20, _RULES27)) + "|"
    # the same fee taken again: "taken my membership fee twice", "charged me a second time"
    rf"(?:charged|billed|debited|took|taken|collected|deducted) (?:me |us )?(?:for )?"
    rf"(?:my |the |our |his |her |this )?{_W}{{0,2}}?{_FEE} (?:\S+ ){{0,3}}?"
    r"(?:twice|two times|three times|double|a second time)"
    r"|(?:charged|billed|debited|took|taken|taking|collected|paid|deducted) (?:\S+ ){0,3}?"
    r"(?:a second|a 2nd|the second|a third|a 3rd|another) time"
    rf"|(?:second|2nd|another|extra|duplicate) (?:\S+ )?(?:charge|payment|debit|transaction"
    rf"|withdrawal) (?:\S+ ){{0,3}}?(?:for the same|same|identical|of the same)"
    rf"|(?:charged|billed|debited|taken|took|paid|payment|charge) again {_W}{{0,6}}?for the same"
    r"|(?:payment|charge|card|transaction|money|amount) (?:\S+ ){0,3}?(?:still |also )?(?:went"
    r" through|came out|was taken|got taken|was charged) (?:too|as well|anyway|regardless|also)"
    r"|(?:declined|failed|didn'?t work|did not work|wouldn'?t go through|rejected) (?:\S+ ){0,8}?"
    r"(?:but|yet|and) (?:\S+ ){0,4}?(?:still |also )?(?:took|taken|went through|came out|charged"
    r"|debited)"
    # the wrong sum: "debited £89 instead of £8.90", "the full amount rather than the deposit"
    rf"|(?:charged|billed|debited|took|taken|taking|deducted|collected|withdrew|withdrawn|paid)"
    rf" {_W}{{0,8}}?(?:instead of|rather than|not the) {_W}{{0,3}}?(?:quoted|agreed|advertised"
    rf"|deposit|quote)"
    rf"|(?:debited|took|taken|taking|deducted|withdrew|withdrawn) {_W}{{0,3}}?{_SUM} (?:instead of"
    rf"|rather than) {_SUM}"
    rf"|(?:débité|débitée|prélevé|prélevée|facturé|cobrado|cobraron|cobró|cargado|debitado"
    rf"|cobrou|cobraram) {_W}{{0,4}}?(?:au lieu de|au lieu des|au lieu du|en vez de|en lugar de"
    rf"|em vez de)"
    rf"|(?:charged|billed) (?:me |us )?for (?:the |a |an )?(?:\S+ )?(?:\S+ )?(?:plan|tier|package"
    r"|room|size|service|ticket|class|option|bundle|upgrade) (?:when|but|though|even though"
    r"|although|while) (?:i'?m|i am|we'?re|we are|i was|we were|i had|we had|i only|we only"
    r"|i booked|we booked|i ordered|we ordered|i picked|i chose|i asked)"
    # paid again in another way, scanned twice, refunded only part of it
    r"|(?:made|make|making) (?:me|us) pay (?:\S+ ){0,3}?(?:again|twice|a second time)"
    # not "can I change it without paying the fee again?"
    r"|(?<!without )(?<!avoid )(?:pay|paid|paying) (?:it|for it|them|this|that|the \S+)"
    r" (?:\S+ )?(?:again|twice)"
    r"(?! (?:next|this|in|when|if|tomorrow)(?![\w']))"
    r"|(?:scanned|rang up|rung up|put through|keyed in|swiped|tapped) (?:\S+ ){0,3}?(?:twice"
    r"|two times|double|three times)"
    r"|(?:two|2|three|3) (?:identical |separate |pending |duplicate |matching )+(?:charges"
    r"|payments|amounts|debits|transactions|holds|authori[sz]ations)"
    r"|(?:two|2|three|3) (?:pending )?(?:amounts|holds) of (?:£|\$|€)\S*"
    r"|only (?:\S+ )?(?:refunded|got back|received back|credited|gave back|paid back|returned)"
    r" (?:me |us )?(?:£\S*|\$\S*|€\S*|half|part|some)|where'?s the rest"
    r"|(?:rest|remainder|other half) of (?:my|the|our) (?:money|refund|deposit)"
    r"|(?:refunded|returned|credited) (?:£|\$|€)\S* (?:but|when|yet|and) (?:\S+ ){0,3}?(?:taken"
    r"|took|charged|paid|debited)"
    r"|(?:charged|billed|debited|used|took \S+ from|taken from) (?:\S+ ){0,3}?(?:old|expired"
    r"|removed|deleted|cancelled|canceled|previous|blocked) card|card (?:i|we) (?:had )?(?:removed"
    r"|deleted|cancelled|canceled|took off)"
    r"|(?:still|and still) (?:no|not had|not got|not seen|haven'?t had|haven'?t got) (?:my |the"
    r" |any |a )?(?:money|refund|credit|penny)(?! (?:for|to) (?:buy|spend))"
    r"|free (?:trial|month|week|sample|gift|delivery|upgrade) (?:\S+ ){0,4}?(?:charged (?:me|us"
    r"|my)|took (?:£|\$|€|money|my)|debited|billed (?:me|us)|charged (?:£|\$|€))"
    r"|(?:billed|charged|debited|took|taken) (?:\S+ ){0,6}?(?:instead of|rather than)"
    r" (?:monthly|weekly|yearly|annually|per month|in instalments|in installments|pay as you go)"
    # the figure agreed and the figure taken differ: "receipt says 140, bank says 410"
    rf"|(?:says|said|shows|showed|was|read|reads) (?:£|\$|€)?{_DIGIT}\S* (?:\S+ ){{0,8}}?(?:bank"
    r"|statement|monzo|revolut|banking app|bank app|card statement) (?:\S+ )?(?:says|said|shows"
    rf"|showed|took|taken|charged|debited) (?:£|\$|€)?{_DIGIT}\S*"
    r"|(?:that'?s|which is|and that'?s|which was) what (?:came off|was taken from|went out of|left"
    r"|got taken from|was charged to|came out of) (?:my|our) (?:card|account)"
    r"|(?:said|quoted|advertised|agreed|offer|deal|price was|was told|they said) (?:\S+ ){0,6}?"
    r"(?:£|\$|€)\S* (?:\S+ ){0,6}?(?:£|\$|€)\S* (?:taken|charged|debited|came out|went out"
    r"|left my|off my card)"
    r"|(?:£|\$|€)\S* (?:\S+ ){0,4}?(?:they said|you said|quoted|advertised|agreed|on the (?:board"
    r"|label|website|sign|menu|shelf)|was the price|the offer|the deal) (?:\S+ ){0,3}?(?:£|\$|€)\S*"
    r" (?:taken|charged|debited|came out|went out|left)"
    r"|(?:paid|ordered|bought|booked|asked) for (?:\S+ ){1,3}?(?:but |and |then |yet )?(?:got "
    r"|was |been |i was |they |you )?(?:charged|billed) for"
    r"|(?:two|2|three|3) (?:identical|duplicate|matching) (?:lines|entries|items)"
    r"|(?:charged|billed|debited|taken|took) (?:\S+ )?again (?:\S+ ){0,3}?(?:when|after) (?:i "
    r"|we )?"
    r"(?:retried|tried again|re-?tried|reloaded|refreshed|re-?submitted|paid again)"
    r"|(?:took|taken|charged|paid|payment|money) (?:\S+ ){0,6}?(?:but|and|yet) (?:no|never (?:got"
    r"|received)|didn'?t (?:get|receive)) (?:\S+ )?(?:ticket|tickets|order|booking|confirmation"
    r"|receipt|goods|item|delivery|food|voucher)"
    r"|(?:bank|banking app|statement|card statement|bank app) (?:\S+ )?(?:says|shows|showed)"
    r" (?:\S+ ){0,3}?(?:paid|charged|taken|debited)"
    r"|(?:went out|came out|left|taken|took|paid|charged|billed|debited|collected) (?:\S+ ){0,8}?"
    rf"(?:and|&|then) again (?:on|for|the|a|with|yesterday|today|this|last|{_DIGIT})"
    r"|refund (?:\S+ ){0,10}?(?:we'?re|i'?m|now|it'?s|today is) (?:on |at )?(?:day|week|month)"
    r" \S+"
    r"|(?:booked|ordered|bought|paid for|used|had) (?:one|1|a|an|single) (?:\S+ ){0,8}?(?:charged"
    r"|billed) (?:me |us )?for (?:two|2|three|3|four|4|both|double)"
    r"|(?:took|taken|charged|billed|debited) (?:\S+ ){0,8}?(?:even though|although|when|though"
    r"|but) (?:i|we) (?:chose|picked|selected|asked for|signed up for|opted for|booked)"
    r"|(?:went up|increased|jumped|rose|shot up) (?:\S+ ){0,2}?from (?:£|\$|€)\S* to (?:£|\$|€)\S*"
    r" (?:\S+ ){0,3}?(?:without|with no)"
    r"|paid for (?:the |my |our )?\S+ twice|(?:cobrado|cobraron|cobró|cobrou|cobraram|facturé"
    r"|berechnet|débité|prélevé|cobraram-me) (?:\S+ )?(?:el doble|le double|das doppelte|o dobro"
    r"|doppelt)"
    r"|(?:two|2|three|3|four|4) (?:\S+ )?(?:payments|charges|debits|transactions) (?:of|for)"
    r" (?:£|\$|€)\S*"
    r"|(?:and|but|still|yet) not a (?:penny|cent|single penny|pound|euro)"
    r"|(?:only )?(?:refunded|gave back|returned|credited) (?:me |us )?(?:£|\$|€)\S* (?:out of|of"
    r" the|of my|from) (?:£|\$|€)\S*"
    r"|(?:renewal|subscription|auto-?renew\w*|membership|plan) (?:i|we|i'd|we'd|i had|we had)"
    r" (?:already )?(?:switched|turned) off"
    r"|(?:still )?(?:waiting|waited|chasing) (?:on|for) (?:the |my |our |a |that )?(?:\S+ )?(?:£\S*"
    r"|\$\S*|€\S*)"
    r"|(?:hasn'?t|haven'?t|has not|have not|never|still not|not yet|yet to|didn'?t|did not"
    r"|won'?t|refus\w* to) (?:\S+ )?(?:returned|return|refunded|refund|given back|give back"
    r"|paid back|released|release|sent back) (?:\S+ ){0,2}?(?:the|my|our|a|that|any) (?:\S+ )?"
    r"(?:deposit|bond|money|£\S*|refund|hold|pre-?auth\w*)"
    rf"|(?:on|to|from|off|out of) (?:my|our) (?:card|account|bank) {_W}{{0,10}}?(?:i|we)"
    r" (?:explicitly |specifically |clearly |already |had |have )?"
    r"(?:said no to|refused|declined|turned down|didn'?t want|did not want|never agreed"
    r"|didn'?t agree|never asked for|didn'?t ask for|opted out)"
    r"|(?:charged|billed|fee|fined) (?:\S+ ){0,12}?(?:i|we) (?:did |have |had |already )?"
    r"(?:returned (?:it|them|the)|sent (?:it|them) back|posted (?:it|them) back)"
    # charged for a place never visited, an order never placed
    rf"|{_TAKEN} {_W}{{0,12}}?(?:i'?ve|we'?ve|i have|we have|i'?d|we'?d|i|we) (?:never|not)"
    r" (?:even |ever )?(?:been (?:to|in|near|inside)|visited|shopped|stayed|set foot|heard of"
    r"|used|ordered|booked|bought|signed up)"
    # money held back: a hold, a pre-authorisation, a deposit not returned
    rf"|(?<!on )(?<!put on )(?<!placed on )(?<!kept on )(?<!left on ){_KEPT} (?:\S+ ){{0,20}}?"
    r"(?:still (?:there|on|showing|pending|not|hasn'?t|taken|held|blocked|sitting|sat|stuck"
    r"|reserved)"
    r"|not (?:been )?(?:released"
    r"|returned|refunded|dropped off|given back|paid back)|never (?:released|returned|came back"
    r"|refunded|given back)|hasn'?t (?:been )?(?:released|returned|dropped off|gone|cleared"
    # (rules-25: not the customer's own "I kept the books at a mill for 31 years")
    r"|come back|been refunded)|haven'?t (?:had|got|received|seen) (?:it|my|the)"
    r"|(?<!i )(?<!we )kept|(?<!i'm )(?<!im )keeping"
    r"|withheld|withholding|a fortnight later|weeks later|days later)"
    r"|(?:kept|keeping|withheld|withholding|refus\w* to return|won'?t return|not returned|never"
    r" returned) (?:my |our |the |a )?(?:\S+ )?(?:deposit|bond|£\S*|\$\S*|€\S*)"
    r"|(?:still|yet|not) (?:waiting|seen|received|had|got|back)? ?(?:\S+ )?(?:no sign|nothing|not"
    r" seen|haven'?t seen|not received|haven'?t received|haven'?t had) (?:\S+ ){0,6}?(?:refund"
    r"|money|deposit|£\S*|\$\S*|€\S*|credit|reimbursement|payout|compensation|bond)"
    r"|(?:charge|payment|debit|transaction|hold|amount) (?:\S+ ){0,6}?(?:is |are )?still"
    r" (?:on|showing|there|pending|sitting|coming out) (?:on |in )?(?:my|our|the) (?:\S+ )?(?:card"
    r"|account|statement|app|banking)"
    r"|(?:never (?:arrived|came|turned up|showed up|happened|got delivered|delivered|took place)"
    r"|didn'?t (?:arrive|come|turn up|show up|happen)|cancelled|canceled) (?:\S+ ){0,5}?(?:and"
    r" |but |yet |with |still )?(?:still )?(?:no|not a|without a|without any) (?:penny|refund"
    r"|money back|sign of (?:a|my|the) refund)"
    # Spanish, French, German, Portuguese: the same money concepts
    r"|(?:abgebucht|berechnet|belastet) (?:\S+ ){0,3}?(?:das |der |die )?(?:angebot"
    r"|kostenvoranschlag"
    r"|preis|vereinbart\w*) (?:war|lag|betrug|sagte|waren)|statt (?:\S+ ){0,4}?(?:abgebucht"
    r"|berechnet|belastet|verlangt)|kaution (?:\S+ ){0,6}?(?:nicht|nie|immer noch)"
    r"|(?:fianza|depósito) (?:\S+ ){0,6}?(?:no (?:me )?(?:han|ha) devuelto|sin devolver|todavía"
    r"|aún)|(?:caution|dépôt de garantie) (?:\S+ ){0,6}?(?:pas (?:été )?rendu|toujours pas"
    r"|jamais rendu)|(?:caução|depósito) (?:\S+ ){0,6}?(?:não (?:foi )?devolvid\w*|ainda)"
    r"|(?:cobrado|cobraron|cobrasteis|cobró|cargado) (?:\S+ ){0,5}?(?:que )?(?:cancelé|anulé"
    r"|había cancelado|no (?:pedí|hice|reservé|compré))"
    r"|(?:berechnet|abgebucht|belastet) (?:\S+ ){0,5}?(?:storniert|gekündigt|nicht bestellt"
    r"|nie bestellt)|(?:débité|prélevé|facturé)e? (?:\S+ ){0,5}?(?:annulée?|résiliée?|jamais"
    r" commandé)"
    r"|(?:cobrado|cobraron|cobrasteis|cobró|cobrou|débité|prélevé|facturé|abgebucht|berechnet)"
    rf" (?:\S+ ){{0,10}}?(?:{_DIGIT} (?:fois|veces|vezes|mal)|tres veces|trois fois|dreimal"
    r"|três vezes|varias veces|plusieurs fois"
    r"|mehrfach|mehrmals|várias vezes)"
    r"|doble cargo|cobro doble|cobrado de más|débité deux fois|prélevé deux fois"
    r"|zweimal abgebucht|doppelt abgebucht|cobrad[oa] duas vezes|cobrança (?:duplicada|dupla)"
    # rules-9: two pending lines, the same thing paid for twice, a second sum leaving
    r"|(?:two|2|three|3|double|duplicate) (?:pending|charges|payments|debits|transactions|entries"
    r"|lines) (?:\S+ ){0,6}?(?:for|of|at) (?:the same|£\S*|\$\S*|€\S*|an identical|identical)"
    r"|(?:paid|paying|charged|charging|billed|billing) (?:\S+ ){0,4}?for the same (?:\S+ ){0,4}?"
    r"(?:twice|two times|double)"
    r"|(?:a second|another|a 2nd|a third|a 3rd) (?:£|\$|€)\S* (?:\S+ ){0,3}?(?:leaving|left|leave"
    r"|out of|came out|went out|gone out|coming out|from my account|from my card)"
    # one sum taken on several dates: "£29.99 out my account on the 1st 2nd and 4th"
    rf"|(?:took|taken|take|taking|charged|charging|debited|came out|went out|out (?:of )?my"
    rf" account|from my account|off my card) (?:\S+ ){{0,6}}?on (?:the )?{_DIGIT}\S*(?:st|nd|rd|th)"
    rf" (?:and |& )?(?:the )?{_DIGIT}\S*(?:st|nd|rd|th)"
    # a refund or deposit promised "within N days", and the deadline gone
    r"|(?:would|will|should|was meant to|were meant to|was supposed to|were supposed to|promised"
    r" to|said it'?d|said it would|said they'?d|told me it'?d) (?:\S+ ){0,3}?(?:be )?(?:refunded"
    r"|come back|returned|credited|paid back|released|reimbursed|back (?:in|on|to) (?:my|the|your"
    r"|our)"
    r" (?:account|card|bank)) (?:\S+ ){0,6}?within"
    r" (?:\S+ ){0,12}?(?:nothing|still|never|no sign|it'?s (?:\S+ ){0,3}?(?:weeks?"
    r"|months?|days?|november|december|january|february|march|april|may|june|july|august"
    r"|september|october)|that was|hasn'?t|haven'?t|not arrived|not come|not had|not received)"
    # a sum on the statement nobody ordered, agreed or was told about
    r"|(?:£|\$|€)\S* (?:\S+ ){0,6}?(?:on|in|from) (?:my|our|the|this) (?:\S+ ){0,2}?(?:statement"
    r"|bank|banking app|bank app|card|account) (?:\S+ ){0,10}?(?:no order|not ordered|never"
    r" ordered|didn'?t order|did not order|wasn'?t on the|not on the|no booking|never booked"
    r"|nobody told|no one told|never agreed|didn'?t agree|didn'?t authori[sz]e|never authori[sz]ed"
    r"|don'?t recognise|don'?t recognize|no idea what)"
    r"|what'?s (?:the|this|that) (?:£|\$|€)\S* (?:\S+ ){0,6}?(?:on|in) (?:my|our|the|this)"
    r" (?:\S+ ){0,2}?(?:statement|bank|banking app|card|account)"
    rf"|(?:charged|billed|debited|taken|took|(?:£|\$|€)\S*) {_W}{{0,12}}?(?:i|we|they) (?:never"
    r"|didn'?t|did not) (?:tick|ticked|select|selected|choose|chose|opt|opted|order|ordered"
    r"|agree|agreed to|add|added|request|requested|sign up|signed up|authori[sz]e|authori[sz]ed)"
    r"(?! (?:to|it|that) (?:be )?(?:cancel|renew))"
    # the total the checkout, app or receipt showed, and a different sum taken
    r"|(?:total|checkout|receipt|basket|booking|confirmation|quote|app|website|site|price) (?:\S+"
    r" ){0,3}?(?:said|says|showed|shows|was|read|reads) (?:£|\$|€)\S* (?:\S+ ){0,8}?(?:hit for"
    r"|charged|taken|debited|billed|came out as|went through as|took|been hit) (?:\S+ )?(?:£|\$"
    r"|€)\S*"
    # Spanish, French, German, Portuguese: charged after cancelling, a payout never received
    r"|(?:cancelei|cancelámos|cancelamos|cancelé|cancelamos|anulé|annulé|annulée|résilié"
    r"|storniert|gekündigt|storniere|abgesagt) (?:\S+ ){0,12}?(?:tiraram|tirou|cobraram|cobrou"
    r"|debitaram|debitou|cobraron|cobró|cobrasteis|cargaron|prélevé|prélevée|débité|débitée"
    r"|facturé|abgebucht|berechnet|belastet|eingezogen)"
    r"|(?:jamais|pas|toujours pas) reçu (?:l'argent|le paiement|le virement|mon argent|le"
    r" remboursement|mon remboursement)|nunca (?:recibí|he recibido|recebi) (?:el|mi|o|meu)"
    r" (?:dinero|reembolso|pago|dinheiro|pagamento)|(?:nie|nicht|kein|keine) (?:\S+ )?(?:geld"
    r"|erstattung|rückerstattung|auszahlung|zahlung) (?:\S+ )?(?:erhalten|bekommen|angekommen)"
    r"|(?:ainda )?não (?:recebi|chegou) (?:o|a|meu|minha) (?:reembolso|dinheiro|devolução)"
    r"|todavía no (?:he recibido|me ha llegado|llegó) (?:el|mi) (?:reembolso|dinero)"
    # rules-10: money still leaving after it was stopped, told with "came out" and "went out"
    # ("cancelled in February … March and April it still went out", "still coming out months
    # after I cancelled", "come out of my wages when I stopped it")
    # (not another firm cancelled before joining us: "cancelled my old gym and joined you")
    r"|(?:cancel\w*|closed|stopped|paused|ended|handed (?:\S+ ){0,2}?back)"
    r" (?:(?!joined |switched |moved |signed up )\S+ ){0,24}?(?:(?:it"
    r"|money|payment|payments|dd|debit|it'?s|has|have|that|£\S*|\d\S*) (?:\S+ )?(?:still|again"
    r"|also) (?:has |have )?(?:came|come|gone|went|coming|going|been coming|been going) out"
    r"|(?:came|come|gone|went|coming|going) out (?:of my (?:account|wages|card|bank|pay|salary)"
    r"|again|every month|each month|twice|monthly))"
    r"|(?:still|keeps?|kept) (?:\S+ )?(?:coming|going|being taken|taking) (?:out )?(?:\S+ ){0,8}?"
    r"(?:after|since|though|even though|despite|when) (?:i |we )?(?:\S+ )?(?:cancel\w*|stopped"
    r"|ended|paused)"
    r"|(?:came|come|gone|went) out (?:\S+ ){0,6}?(?:after|since|though|when) (?:i |we )?"
    r"(?:\S+ )?(?:cancel\w*|stopped|ended|paused)"
    # a refund promised for a date, and nothing since
    r"|refund (?:\S+ ){0,12}?(?:nothing yet|still nothing|nothing so far|nothing since|not a penny"
    r"|no money yet)"
    # the same sum twice under a shop name ("two separate 'TERRACE CAFE' payments … £12.60 each")
    r"|(?:two|2|three|3) (?:separate|identical|duplicate|matching) (?:\S+ ){1,3}?(?:payments"
    r"|charges|transactions|debits|entries) (?:\S+ ){0,6}?(?:each|both|identical|same amount)"
    # a fee taken that nobody mentioned or the agreement does not hold
    r"|(?:took|taken|charged|debited|added|billed|deducted|slapped on|kept back) (?:\S+ ){0,10}?"
    r"(?:fee|charge|surcharge) (?:\S+ ){0,12}?(?:nobody|no one|noone|never|nothing) (?:\S+ )?"
    r"(?:mentioned|told|said|explained|warned|agreed)"
    r"|(?:fee|charge|surcharge) (?:\S+ ){0,6}?(?:not|isn'?t|wasn'?t|never|nowhere) (?:\S+ )?(?:in"
    r"|on|mentioned in) (?:the |my |our )?(?:agreement|contract|quote|terms|paperwork)"
    # paid more than the price: a deposit and then the full amount, a sum "extra" kept
    r"|paid (?:the |a |my )?deposit (?:\S+ ){0,3}?(?:and|plus|then) (?:\S+ ){0,2}?(?:the )?full"
    r" (?:amount|price|balance|cost|total)"
    r"|(?:you'?ve|you have|you'?re|you are) (?:got|kept|holding|still got) (?:£|\$|€)\S* (?:\S+ )?"
    r"(?:extra|too much|more than|of mine)"
    # asked to pay again for what was paid ("charged me again for the same invoice?? already
    # paid it in march")
    r"|(?:charged|billed|invoiced|took|taken|debited) (?:me |us )?again (?:\S+ ){0,3}?for (?:the"
    r" |that |this )?same"
    r"|already paid (?:\S+ ){0,8}?(?:charged|billed|taken|debited|chased|chasing) (?:me |us )?"
    r"(?:again|twice|a second time|for it)"
    r"|(?:charged|billed|taken|debited|chased|chasing) (?:\S+ ){0,8}?(?:i|we|i'?d|we'?d|i had|we"
    r" had) (?:already|previously) paid"
    # paid, and recorded as missed or late with a charge on top
    r"|(?:paid|settled|cleared) (?:\S+ ){0,20}?(?:has it|have it|shows it|showing it|marked it"
    r"|recorded it|down) as (?:\S+ )?(?:missed|unpaid|late|outstanding|overdue)"
    # Spanish, French: taken again, charged for what was never asked, a price not the agreed one
    r"|(?:han|ha|habéis|volvieron a|vuelto a) (?:vuelto a )?(?:sacar|cobrar|cargar|descontar)"
    r"|(?:facturé|facturée|facturés|débité|prélevé) (?:\S+ ){0,14}?(?:alors que|sans que|mais)"
    r" (?:je n'ai|j'ai tout|je n'avais|nous n'avons|on n'a)"
    r"|(?:acordamos|acordado|pactamos|pactado|combinamos|combinado) (?:\S+ ){0,10}?(?:aparece"
    r"|pone|cobraron|cobrado|me cobran|aparecen)"
)
