"""Payment concepts of rules-12: what was agreed or promised, and what the money did instead.

Why a module of its own: the sixth urgency dev set's tuning half (a swim school, a kitchen
fitter, a climbing wall, a home care agency) missed payment problems that no phrase names
but the *terms* do: a refund "back within 14 days" and "that was six weeks ago", a contract
ended in writing and "two more direct debits have gone out since", a surcharge "not in the
contract", two invoices for one week "both already gone", a dishwasher invoiced and paid
that was never fitted, a consultation cancelled inside the free window and the fee taken
anyway, a final invoice "£2,340 more than the written quote". Each concept below has its
word families and, where the cue is language-bound, Spanish, French, German and Portuguese
wordings. A promise and a time since are compared as numbers (``promised_then_longer``),
so "back within 14 days … that was 5 days ago" stays calm.

``PAID_BACK_AT_ONCE`` extends the guard ``urgency_guards.PAYMENT_RESOLVED``: a double charge
the staff put back "there and then", or that was "back in my account that afternoon", is
thanks for how it was handled, not an alert (unless anything says it is still wrong).
The fragments follow the rules of ``urgency_cues`` (whole words on the word view, no
leading or trailing space, fixed-width lookbehinds, short windows).
"""

from __future__ import annotations

import re

from listener.scoring.urgency_words import DIGIT as _DIGIT

# a sum in any currency and word order ("£5", "22 £", "90 libras")
_SUM = (
    rf"(?:£\S*|\$\S*|€\S*|{_DIGIT}\S* (?:£|\$|€|euros?|libras|livres|pfund|pounds|quid"
    r"|dollars|reais))"
)
# an extra on top of the price, in the five languages
_EXTRA = (
    r"(?:fee|fees|surcharge|surcharges|supplement|supplements|add-on|add-ons|frais|supplément"
    r"|majoration|gebühr|gebühren|zuschlag|aufpreis|recargo|suplemento|comisión|taxa|taxas"
    r"|sobretaxa|comissão)"
)
# words inside the window that make the sum a saving, not an extra ("the £10 voucher")
_NOT_A_SAVING = (
    r"(?:(?!(?:voucher|vouchers|discount|discounts|off|offer|offers|refund|credit|cashback"
    r"|saving|savings|deal)(?![\w']))\S+ )"
)
# money that left: for "the fee taken anyway", not "took ages" or "will be charged"
_TOOK = (
    r"(?<!be )(?<!get )(?<!are )(?<!re )(?<!is )(?<!if )(?:took|taken|charged|billed|debited"
    r"|kept|deducted|withheld|invoiced)(?! (?:ages|forever|a while|time|a long time|nothing"
    r"|no|(?:\S+ )?(?:days|weeks|hours|minutes|months))(?![\w']))"
)

_AGREED_TERMS = (
    # an extra billed that was never mentioned, quoted or agreed: "invoice came through …
    # £24 'equipment surcharge' that was never mentioned when we booked" (not a price told
    # before anything is billed: "the textbook costs £42 … not mentioned when I enrolled")
    r"(?:invoice|invoiced|bill|billed|charged|charging|took|taken|added|debited|statement"
    rf"|receipt|came to) (?:\S+ ){{0,10}}?(?:{_SUM}|{_EXTRA}) {_NOT_A_SAVING}{{0,6}}?"
    r"(?:that |which )?(?:was |were |had been |has been |is |are )?(?:never|not) (?:once |ever"
    r" |been )?(?:mentioned|quoted|discussed|agreed|explained|on the quote|in the quote|on the"
    r" booking|in the booking|on the website|advertised)(?! (?:\S+ ){0,4}?(?:waived|refunded"
    r"|taken off|removed|because)(?![\w']))"
    # an extra billed that the contract or quote does not hold: "invoice has a £3.50 travel
    # supplement on every visit … not in the contract"
    r"|(?:invoice|invoices|invoiced|bill|billed|charged|charging|took|taken|added|debited"
    rf"|statement) (?:\S+ ){{0,12}}?(?:{_SUM}|{_EXTRA}) (?:\S+ ){{0,8}}?(?:not|isn'?t|wasn'?t"
    r"|aren'?t|weren'?t|never|nowhere) (?:\S+ )?(?:in|on|part of|mentioned in|listed in|written"
    r" in) (?:the |my |our |any )?(?:\S+ )?(?:contract|agreement|quote|terms|paperwork|price"
    r" list|care plan|estimate)(?! (?:\S+ ){0,6}?(?:i|we) (?:asked|agreed|wanted|chose"
    r"|requested|added)(?![\w']))"
    # an extra nobody asked or rang about: "£98 … nobody rang, nobody asked", "sundries £450.
    # Nobody asked us about any of it" (not "nobody asked how the meal was")
    rf"|(?:{_SUM}|{_EXTRA}) (?:\S+ ){{0,10}}?(?:nobody|no one|noone|no-one) (?:ever |even |once"
    r" |had |has )?(?:asked|rang|called|phoned|checked|consulted|warned) (?:(?:me|us|with me"
    r"|with us) )?(?:about (?:it|this|that|them|any of (?:it|this|that|them)|the (?:fee|charge"
    r"|cost|extra|extras|supplement|surcharge|price|lines))|first|beforehand|nobody|no one"
    r"|before (?:adding|charging|billing|booking))"
    # a bill above the quote: "final invoice is £2,340 more than the written quote"
    r"|(?:invoice|bill|charged|billed|took|taken|debited|came to|came in at|total|paid)"
    rf" (?:\S+ ){{0,4}}?{_SUM} (?:more|higher|over|above) (?:than )?(?:the |our |my |what )?"
    r"(?:\S+ )?(?:quote|quoted|estimate|agreed|contract price|advertised price)(?! (?:\S+ ){0,8}?"
    r"(?:i|we) (?:agreed|asked|approved|okayed|added|chose|upgraded|wanted)(?![\w']))"
    # two invoices for one period, both paid: "two invoices for w/c 3 March, both £412.80,
    # both already gone by direct debit", "paid both bills for the same month"
    r"|(?:two|2|three|3|duplicate|double|identical) (?:\S+ )?(?:invoices|bills|statements"
    r"|invoice|bill) (?:\S+ ){0,4}?(?:for|covering|dated) (?:\S+ ){0,6}?(?:(?:both|each|all"
    r" three|all 3) (?:\S+ ){0,4}?(?:paid|gone|taken|debited|collected|charged|settled|came"
    r" out|went out)"
    r"|(?:paid|settled|taken|debited) (?:them )?(?:both|twice|each))"
    r"|(?:dos|tres|deux|trois|zwei|drei|duas|três) (?:facturas|factures|rechnungen|faturas)"
    r" (?:\S+ ){0,5}?(?:el mismo|la misma|le même|la même|denselben|dieselbe|den gleichen|die"
    r" gleiche|o mesmo|a mesma) (?:\S+ ){0,8}?(?:pagadas|cobradas|pagué|cobraron|payées"
    r"|prélevées|payé|prélevé|bezahlt|abgebucht|beglichen|pagas|paguei|cobradas|debitadas"
    r"|cobraram)"
    # invoiced for something never fitted or delivered: "the invoice has the dishwasher on it,
    # £429. there is no dishwasher", "paid in full … the worktop was never fitted"
    rf"|(?:invoice|invoiced|billed) (?:\S+ ){{0,10}}?{_SUM} (?:\S+ ){{0,4}}?"
    r"(?:there is no|there'?s no|there was no|there isn'?t (?:a|an|any)|there wasn'?t (?:a|an"
    r"|any)|(?:i|we) never (?:got|had|received)|never (?:fitted|installed|delivered|supplied"
    r"|arrived|turned up|put in)|(?:was|were|has|have) never been (?:fitted|installed|delivered"
    r"|supplied|put in|done)|(?:wasn'?t|weren'?t|hasn'?t been|haven'?t been) (?:fitted|installed"
    r"|delivered|supplied|put in))(?! (?:rush|need|hurry|problem|issue|way|point|charge|fee|extra"
    r"|vat|catch|pressure|deadline|doubt|question)(?![\w']))"
    r"|paid (?:\S+ )?in full (?:\S+ ){0,10}?(?:never|not|wasn'?t|weren'?t|isn'?t|aren'?t"
    r"|hasn'?t|haven'?t) (?:been |even |yet )?(?:fitted|installed|delivered|supplied|put in"
    r"|built|connected)"
    # a fee taken after a free cancellation: "cancelled two days ahead, which their own email
    # says is free. They took the £75 fee anyway"
    r"|(?:cancel\w*|rescheduled) (?:\S+ ){0,14}?(?:free|free of charge|no charge|no fee|without"
    r" (?:a |any )?(?:charge|fee|penalty)|penalty-free|within the (?:terms|policy|window|rules"
    r"|notice period)|inside the (?:terms|policy|window)|in good time|in plenty of time)"
    rf" (?:\S+ ){{0,14}}?{_TOOK} (?:\S+ ){{0,5}}?(?:{_SUM}|fee|fees|charge|deposit|money|payment"
    r"|full|anyway|regardless)"
    r"|(?:free cancellation|free to cancel|cancel for free|cancel free|no cancellation fee"
    rf"|cancellation (?:is|was) free) (?:\S+ ){{0,20}}?{_TOOK} (?:\S+ ){{0,5}}?(?:{_SUM}|fee|fees"
    r"|charge|deposit|anyway|regardless|full)"
    r"|(?:cancelación|anulación) (?:gratuita|gratis|sin coste) (?:\S+ ){0,16}?(?:cobraron"
    r"|cobrasteis|cobró|cargaron|quedaron con)|annulation (?:gratuite|sans frais) (?:\S+ ){0,16}?"
    r"(?:prélevé|facturé|débité|ont pris|ont gardé|gardé)|(?:kostenlos|kostenfrei|gratis)"
    r" (?:\S+ ){0,3}?(?:storniert|stornieren|abgesagt|stornierbar) (?:\S+ ){0,16}?(?:berechnet"
    r"|abgebucht|einbehalten|belastet)|cancelamento (?:gratuito|grátis|sem custo)"
    r" (?:\S+ ){0,16}?(?:cobraram|cobrou|debitaram|ficaram com)"
)

_AFTER_THE_END = (
    # debits still going out after a contract ended or written notice: "we ended his contract
    # the same day, in writing. Two more weekly direct debits have gone out since"
    r"(?:ended|cancel\w*|terminated|closed|gave notice|given notice|served notice|in writing"
    r"|written notice|stopped) (?:\S+ ){0,20}?(?:two|three|four|2|3|4|another|more|further"
    r"|a further|extra|\d+ more) (?:more )?(?:\S+ )?(?:direct debits?|debits?|dds?|payments?"
    r"|charges?|instalments?|installments?|collections?) (?:(?!(?:will|would|should|shall|to"
    r"|are|is|may|might|due)(?![\w']))\S+ ){0,2}?(?:have |has |had )?"
    r"(?:gone out|come out|went out|came out|been taken|been collected|been charged|been"
    r" debited|left)"
    r"|(?:di de baja|dimos de baja|rescindí|rescindimos|cancelé el contrato) (?:\S+ ){0,16}?"
    r"(?:siguen|sigue|han seguido|seguís|continúan) (?:\S+ )?(?:cobrando|cargando|pasando"
    r"|domiciliando)|(?:résilié|résiliation) (?:\S+ ){0,16}?(?:continuent|continue|ont continué)"
    r" (?:à|de) (?:\S+ )?(?:prélever|débiter|facturer)|(?:gekündigt|kündigung) (?:\S+ ){0,16}?"
    r"(?:weiter|weiterhin|trotzdem|noch) (?:\S+ ){0,3}?(?:abgebucht|eingezogen|belastet)"
    r"|(?:cancelei|rescindi|cancelámos) (?:\S+ ){0,16}?(?:continuam|continua|continuaram)"
    r" (?:a |de )?(?:\S+ )?(?:cobrar|debitar|descontar)"
)

_PROMISE_BROKEN = (
    # a sum promised back, and it has not come: "was told £186 would come back to me. it
    # hasn't", "they said the deposit will be returned, it never was"
    rf"(?:{_SUM}|refund|deposit|money|credit|bond|difference|overpayment|balance)"
    r" (?:\S+ ){0,4}?(?:would|will|was going to|were going to|was meant to|was supposed to"
    r"|was due to|should) (?:be |come |go |get )?(?:back|refunded|returned|credited|repaid"
    r"|reimbursed|paid back|put back|sent back) (?:\S+ ){0,8}?(?:it|they|that|this|the money"
    r"|the refund|which) (?:still )?(?:hasn'?t|haven'?t|has not|have not|never (?:did|has|have"
    r"|came|arrived|was|were)|didn'?t|did not|wasn'?t|weren'?t)(?! (?:even |yet |quite )?been"
    r" (?:long|a (?:day|week|while)|\S+ (?:days?|hours?|weeks?)))"
    # Spanish, French, German, Portuguese: promised back, and a time gone since ("me
    # prometisteis devolver las 90 libras. Ha pasado un mes")
    r"|(?:prometisteis|prometieron|prometió|prometido|dijeron que|dijisteis que|m'avait promis"
    r"|m'a promis|m'ont promis|promis de|versprochen|zugesagt|prometeram|prometeu|disseram que"
    r"|garantiram) (?:\S+ ){0,12}?(?:devolver|devolverían|devolvería|reembolsar|reembolso"
    r"|rembourser|remboursement|rembourseraient|rendre|zurück\w*|erstatten|erstattung"
    r"|devolvido|devolução|reembolsad\w*) (?:\S+ ){0,14}?(?:ha pasado|han pasado|hace (?:un|una"
    r"|dos|tres|cuatro|cinco|seis|varias|\d+) (?:mes|meses|semanas)|ça fait|cela fait|il y a"
    r" (?:un|une|deux|trois|quatre|cinq|six|\d+) (?:mois|semaines)|depuis (?:un|une|deux|trois"
    r"|quatre|\d+) (?:mois|semaines)|seit (?:einem|einer|zwei|drei|vier|fünf|sechs|\d+)"
    r" (?:monat|monaten|wochen)|vor (?:einem|zwei|drei|vier|\d+) (?:monat|monaten|wochen)"
    r"|(?:ist|sind) (?:\S+ ){0,3}?(?:her|vergangen)|já passou|passaram|passou um|faz (?:um|uma"
    r"|duas|três|quatro|\d+) (?:mês|meses|semanas)|há (?:um|uma|duas|três|quatro|\d+) (?:mês"
    r"|meses|semanas))"
)

_PAID_FOR_NOTHING = (
    # money still leaving after cancelling, in plain words: "cancelled in August, still paying
    # in October", "cancelled my order within 2 minutes. money still taken", "cancelled in
    # September, they took the monthly fee again in October" (not "still paying for the other
    # one", not after re-booking)
    r"(?:cancel\w*|terminated) (?:(?!(?:rebooked|re-booked|rejoined|resubscribed|renewed"
    r"|reactivated)(?![\w']))\S+ ){0,12}?(?:still (?:paying|being charged|being billed|taken"
    r"|debited|collected)(?! for (?:the|my|our) (?:other|main|rest|remaining)(?![\w']))"
    r"|(?:took|taken|charged|billed|debited|collected) (?:\S+ ){0,4}?again (?:in|on|this|last"
    rf"|for (?:{_DIGIT}|january|february|march|april|may|june|july|august|september|october"
    r"|november|december)))"
    # money taken for a thing cancelled or never carried out: "took payment for a cancelled
    # order", "took £120 for the exam entry, which the board says was never registered"
    r"|(?:took|taken|charged|billed|debited|kept) (?:\S+ ){0,3}?for (?:a|an|the|my|our) (?:\S+ )?"
    r"(?:cancelled|canceled|refused|rejected) (?:order|booking|delivery|appointment|class"
    r"|lesson|session|item|ticket|job|visit|trip|course)"
    r"|(?:took|taken|charged|billed|paid|debited) (?:\S+ ){0,8}?(?:which|that) (?:\S+ ){0,4}?"
    r"(?:was|were|has|have|had) never (?:been )?(?:registered|booked|entered|submitted"
    r"|processed|placed|lodged|filed|arranged|carried out)"
    # a sum that left beside a flat "never booked a thing"
    rf"|(?:left my account|came out|went out|took|taken|charged|debited|{_SUM}) (?:\S+ ){{0,16}}?"
    r"never (?:booked|ordered|bought|used|authori[sz]ed|signed up for|agreed to) (?:a thing"
    r"|anything|a single|any)"
    # a refund the policy promised, and nothing received; no sign of the money back
    r"|(?:refund|money back|deposit back) (?:\S+ ){0,8}?(?:i|we) (?:have |'ve )?(?:received"
    r"|had|got|seen) nothing|(?:took|taken|charged|paid|debited|cancelled|canceled|refund)"
    r" (?:\S+ ){0,14}?no sign of (?:the|my|our|any|a) (?:money|refund|deposit|credit)"
    r"(?! (?:policy|option|button|info)(?![\w']))"
    # a refund approved on one date, and a later date now: "approved on the 2nd. it's the 19th"
    r"|(?:refund|deposit|money|credit) (?:\S+ ){0,8}?(?:approved|processed|issued|confirmed"
    rf"|promised|sent) (?:\S+ ){{0,3}}?on the {_DIGIT}\S*(?:st|nd|rd|th) (?:\S+ ){{0,4}}?"
    rf"(?:it'?s|it is|today is|now) the {_DIGIT}\S*(?:st|nd|rd|th)(?! (?:\S+ ){{0,4}}?(?:landed"
    r"|arrived|came|cleared|showed)(?![\w']))"
    # the wrong sum, written with a thousands separator (the view splits "£1,240" in two):
    # "took £1,240 instead of £12.40" (not "charged": a dearer service, not a slip)
    r"|(?:took|taken|debited|deducted|withdrew|withdrawn|rang up|put through) (?:me |us )?"
    rf"(?:£|\$|€)\S* \d\d\d (?:instead of|rather than|not|when it should have been)"
    rf" (?:the )?{_SUM}"
    # the price of a plan not chosen: "chose monthly … took £129, which is the annual price"
    rf"|(?:took|taken|charged|billed|debited) (?:me |us )?{_SUM}(?: \d+)? (?:\S+ )?(?:which is"
    r"|that'?s|is) (?:the )?(?:annual|yearly|full year|premium|family|double) (?:price|amount"
    r"|fee|rate|plan)(?! (?:\S+ ){0,2}?(?:i|we) (?:picked|chose|wanted|asked|selected|expected"
    r"|agreed)(?![\w']))"
    # paid for more than the booking holds: "paid £42 for 3 tickets and the confirmation only
    # lists 2"
    r"|(?:paid|charged|ordered|bought|booked) (?:\S+ ){0,12}?(?:confirmation|receipt|booking"
    r"|email|app|ticket|order) (?:only )?(?:lists|shows|has|says|includes|gave) (?:only )?"
    r"(?:one|two|three|1|2|3|half)(?![\w'])"
)

PAYMENT_TERMS = f"{_AGREED_TERMS}|{_AFTER_THE_END}|{_PROMISE_BROKEN}|{_PAID_FOR_NOTHING}"
"""The rules-12 payment concepts, joined into ``urgency_families.PAYMENT_FAMILIES``."""

# Money put back at once, said as thanks: "she put it back on my card there and then", "it
# was back in my account that afternoon", "me lo devolvieron en el acto". Not a promise
# ("said it would be back in my account that afternoon") and not when anything after it
# says it went wrong again ("but", "still", "again").
_AT_ONCE = (
    r"(?:there and then|then and there|on the spot|right away|straight away|immediately"
    r"|at once|that (?:same )?(?:afternoon|morning|evening|day)|(?:the )?same (?:day|afternoon"
    r"|morning|evening)|the next (?:day|morning)|within (?:the|an|a few|\d+) (?:hour|minutes"
    r"|mins)|before i (?:\S+ )?(?:noticed|left|got home)|while i (?:waited|was there|stood"
    r" there)|by lunchtime|by (?:the )?end of the day)"
)
_MONEY_BACK = (
    r"(?:it|them|that|the money|the (?:refund|charge|payment|deposit|difference|fee|amount"
    r"|duplicate|extra|second one))"
)
PAID_BACK_AT_ONCE = (
    r"(?<!to )(?<!'d )(?<!would )(?<!will )(?<!should )(?<!could )"
    rf"(?:(?:put|paid|gave|sent|had|got) {_MONEY_BACK} back|(?:refunded|reversed|credited"
    rf"|voided) (?:{_MONEY_BACK}|me|us)) (?:(?:on|in|into|to) (?:my|our|the) (?:\S+ )?(?:card"
    rf"|account|bank) )?{_AT_ONCE}(?! (?:\S+ ){{0,8}}?(?:but|still|again|yet|however)(?![\w']))"
    # (rules-39: "difference back on my card same afternoon + an apology")
    r"|(?<!would )(?<!will )(?<!should )(?<!to )(?:(?:was|were|it'?s|money|refund|it|all"
    r"|difference) back"
    r"|(?:refund|money|credit) (?:was|were|landed|arrived)(?: back)?) (?:in|on) (?:my|our|the)"
    rf" (?:\S+ )?(?:account|card|bank) {_AT_ONCE}"
    r"(?! (?:\S+ ){0,8}?(?:but|still|again|yet|however)(?![\w']))"
    r"|(?:me lo|nos lo|me la|nos la) (?:devolvieron|devolvió|reembolsaron) (?:en el acto|al"
    r" momento|enseguida|ese mismo día|el mismo día)|(?:remboursé|remboursée|recrédité)"
    r" (?:\S+ )?(?:sur-le-champ|sur le champ|immédiatement|le jour même|dans l'heure)"
    r"|(?:sofort|gleich|am selben tag|noch am selben tag) (?:\S+ )?(?:zurückerstattet"
    r"|zurückgebucht|erstattet|gutgeschrieben)|(?:devolveram|devolveu|reembolsaram)"
    r" (?:\S+ )?(?:na hora|no mesmo dia|logo)"
    # rules-17: the money already back, said by the customer ("the double payment … is
    # already back in my account"), not the brand's word for it ("support says the money is
    # already back", "you told me it's already back"); put right in one call; the second
    # taking handed back on the spot ("had the second one back on my card")
    r"|(?<!says )(?<!said )(?<!told me )(?<!told us )(?<!claims )(?<!apparently )(?<!supposedly )"
    r"(?<!me )(?<!that )(?:it'?s|it is|it was|(?:the |my |our )?(?:money|payment|refund|double"
    r" payment|charge|deposit|duplicate)(?: \S+){0,6}? (?:is|was|are|were))(?: now)? already back"
    r" (?:in|on|into) (?:my|our|the) (?:\S+ )?(?:account|card|bank)(?! (?:\S+ ){0,8}?(?:but|still"
    r"|again|yet|however|isn'?t|not|nothing|no sign)(?![\w']))"
    r"|(?:sorted|fixed|resolved|refunded) (?:it |them |this )?(?:in|on) (?:one|a single|the"
    r" first) (?:phone )?call(?! (?:\S+ ){0,8}?(?:but|still|again|yet|however|isn'?t|not)(?![\w']))"
    r"|(?<!said )(?<!says )(?<!claims )(?:had|got|put) the (?:second|extra|duplicate|other)"
    r" (?:one|payment|charge|taking) back on (?:my|our|the) (?:card|account)(?! (?:\S+ ){0,8}?"
    r"(?:but|still|again|yet|however|isn'?t|not|nothing|no sign)(?![\w']))"
)

# --- a time promised and a longer time since, compared as numbers ---------------------------
_NUMBER = (
    r"(\d+(?:-\d+)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|fourteen|twenty|thirty|a couple of|a few|several)"
)
_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "fourteen": 14, "twenty": 20, "thirty": 30, "a couple of": 2, "a few": 3, "several": 3,
}  # fmt: skip
_UNIT = r"(working |business )?(days?|weeks?|months?)"
# a sum, refund or deposit promised back ("the £60 deposit would be back in 5-7 working
# days", "was due back within 14 days", "would go back on our cards within ten working days")
_PROMISED_RE = re.compile(
    rf" (?:{_SUM}|refund|deposit|money|credit|bond|difference|overpayment|balance)(?= )"
    r" (?:\S+ ){0,6}?(?:would|will|was meant to|were meant to|was supposed to|were supposed to"
    r"|was going to|were going to|was due|were due|is due|should)"
    r" (?:be |come |go |get |have been )?(?:back|refunded|returned|credited|repaid|reimbursed"
    r"|paid back|released|put back|sent back)(?= )"
    rf"(?: (?:\S+ ){{0,6}}?(?:within|in|inside|after) (?:the next |up to )?{_NUMBER} {_UNIT})?"
)
# a time since: "that was five weeks ago", "it's been nine weeks", "six weeks later" (not a
# bare "ordered 2 weeks ago": an earlier event, no time since the promise)
_SINCE_RE = re.compile(
    rf" (?:(?:that was|it'?s been|it has been|that'?s|now|we'?re at|we are at) (?:over |nearly"
    rf" |almost |more than |about |well over )?{_NUMBER} {_UNIT}|{_NUMBER} {_UNIT} (?:later"
    r"|on))(?= )"
)
# before the promise, only an end told with its time counts ("live-in care finished 9 weeks
# ago"): "booked 3 months ago" is no time since a promise
_ENDED_BEFORE_RE = re.compile(
    r" (?:finished|ended|cancelled|canceled|left|moved out|closed|returned|handed back|checked"
    rf" out|stopped) (?:\S+ )?{_NUMBER} {_UNIT} ago(?= )"
)
_ARRIVED_RE = re.compile(
    r" (?:arrived|landed|came through|came in|cleared|turned up|got it|received it|is back"
    r"|was back|now back|has come back|showed up)(?![\w'])"
)


def _days(number: str, working: str | None, unit: str) -> float:
    """Days in "5-7 working days" (the longest: 7 working days), "nine weeks", "a month"."""
    top = number.split("-")[-1]
    count = float(top) if top.isdigit() else _WORDS.get(top, 1)
    per = {"d": 1.0, "w": 7.0, "m": 30.0}[unit[0]]
    return count * per * (1.4 if working and per == 1.0 else 1.0)


def promised_then_longer(w: str) -> bool:
    """A sum promised back within a time, and a longer time since (or two weeks and more
    when no time was promised), unless it has arrived. Word view ``w``."""
    if " ago " not in w and " been " not in w and " later " not in w and " was " not in w:
        return False
    for promise in _PROMISED_RE.finditer(w):
        window = (
            _days(promise.group(1), promise.group(2), promise.group(3))
            if promise.group(1)
            else 13.0
        )
        after = w[promise.end() : promise.end() + 200]
        if _ARRIVED_RE.search(after):
            continue
        since = [_first_time(m.groups()) for m in _SINCE_RE.finditer(after)]
        before = w[max(0, promise.start() - 200) : promise.start() + 1]
        since += [m.groups() for m in _ENDED_BEFORE_RE.finditer(before)]
        if any(_days(*time) > window for time in since):
            return True
    return False


def _first_time(groups: tuple[str | None, ...]) -> tuple[str, str | None, str]:
    """The (number, working, unit) of whichever ``_SINCE_RE`` branch matched."""
    number, working, unit = groups[:3] if groups[0] is not None else groups[3:6]
    return str(number), working, str(unit)
