"""Urgency word families (rules-7): one concept in many wordings, and the near misses.

Written for these tests, before and while the families in
``listener.scoring.urgency_families`` were built, in the voices of trades the rules were
not written for (a car wash, a soft play, a launderette, a physio, a parking app...) and in
Spanish, French and German; not copied from the corpus or either urgency dev set. The near
misses share the words and are not urgent: slang ("the new trampolines are SICK"), a wobbly
table, a password how-to, a refund-policy question, a checkout asking twice for a card number,
"do you need my bank details again?", pain after a workout.
"""

from __future__ import annotations

import pytest

from listener.scoring.urgency import is_urgent, urgency_classes

SAFETY = [
    (
        "Bad experience at a pottery class (long, sorry) Went with my sister for her "
        "birthday. Teacher was lovely, studio was cosy. But halfway through, the kiln in "
        "the corner started making a popping noise and there was a strong smell of "
        "burning plastic, and nobody seemed to care. My sister has asthma and had to use "
        "her inhaler twice. We left early."
    ),
    (
        "@mowerco the blade guard on the mower you serviced fell off and a stone flew out "
        "and hit my neighbour's window, inches from her head"
    ),
    "the whipped cream canister from your shop exploded in my hand, my fingers are numb",
    "our hamster died two days after eating your 'natural' bedding, vet thinks it was toxic",
    "the bouncy castle company didn't peg it down and the wind lifted it with kids inside",
    "the massage chair in your salon trapped my arm and wouldn't release, I've got huge bruises",
    (
        "bought a hoverboard from you for my son's birthday, the battery started smoking "
        "in his bedroom at 3am"
    ),
    "physio used a heat pad that left me with second degree burns on my back",
    "the nail technician cut my cuticle so deep it won't stop bleeding and now it's throbbing",
    (
        "my daughter is covered in lice after the sleepover club, and one of the kids "
        "there had ringworm"
    ),
    (
        "just been told by A&E my son's arm is fractured after your soft play slide, "
        "staff said he was being silly"
    ),
    (
        "there's asbestos in the ceiling tiles your builders drilled through, no masks, "
        "dust everywhere"
    ),
    "el tatuador no usó guantes y ahora tengo el brazo rojo e hinchado con pus",
    "die Elektriker haben die Steckdose falsch angeschlossen, es hat geraucht und gefunkt",
    (
        'love that your "child-safe" paint had my toddler coughing and wheezing all night '
        "after we painted his room"
    ),
    "the heated seat in the car you sold me got so hot it burnt through my trousers",
    (
        "wow thanks @kettleco, the handle snapped off mid-pour and I've got boiling water "
        "all over my foot. great design"
    ),
    "the gym's sauna thermostat is broken and it hit 120 degrees, a guy collapsed in there today",
    "my nan's stairlift stopped halfway and she was stuck for 2 hours, she's 91",
    "the electrician left the cover off the fuse box and my kids can reach it",
    "the cot you sold us has a gap where the side meets the base, my baby's leg got stuck in it",
    "our dog got really sick after the new food, vet says kidney failure",
    "my son swallowed one of the magnets from the building set, we're at the hospital",
    "the hairdresser left the bleach on too long and my scalp is covered in sores",
    (
        "the kitchen fitter drilled into a water pipe behind the socket and now water is "
        "pouring out of the plug"
    ),
    "one of the trampoline springs flew off and hit a kid in the face",
    "Mi perro vomitó sangre después de comer vuestro pienso",
    "la escalera que nos vendisteis se dobló y mi marido se cayó desde dos metros",
    "le siège auto n'était pas bien fixé et il a basculé dans le virage avec mon bébé dedans",
    "die Leiter ist unter mir zusammengebrochen, ich habe mir das Handgelenk gebrochen",
    "a cadeirinha partiu-se e o meu filho caiu de cara no chão",
    (
        "@pestpro the poison your guy put down was left in an open tray where my cat "
        "could reach it, she's now drooling and shaking"
    ),
    (
        "is it normal that the new blinds cord is long enough to reach my baby's cot? "
        "your fitter put it right there"
    ),
    (
        "Chimney sweep came Tuesday. Lit the fire Friday and the room filled with smoke, "
        "the CO alarm went off at 2am. Is that on them?"
    ),
    (
        "the boat you hired us had a fuel leak, we could smell petrol the whole trip with "
        "the kids on board"
    ),
    (
        "your car hire gave us a car with a warning light for the brakes and said 'it's "
        "fine'. it wasn't, pedal went soft on the A road"
    ),
    (
        "@escapebox the emergency release on the room didn't work when my friend had a "
        "panic attack, we were stuck for 10 minutes"
    ),
    "dog groomer nicked my dog's ear, it wouldn't stop bleeding, had to go to the emergency vet",
    (
        "thanks @dryclean for returning my wedding dress with a pin still in it. "
        "scratched my arm open. lovely."
    ),
    (
        "My 6yo got a splinter the size of a matchstick in her hand from your garden "
        "centre play area decking, needed the nurse to get it out"
    ),
    "the e-bike battery you sold me swelled up and is hissing, it's in my hallway, what do I do??",
    (
        "after your pool cleaner visited the water turned cloudy and my son's skin came "
        "up in red welts"
    ),
    "the holiday cottage had no smoke alarm and the wood burner door doesn't close",
    (
        "coffee machine at your branch spat boiling water all over the barista's arm, she "
        "was screaming"
    ),
    "sandwich from your meal deal had a blue plastic shard in it, cut the inside of my cheek",
    "my daughter had a reaction to the face paint at your kids club, her cheeks are all swollen",
    "the lid on your takeaway soup came off in the bag and scalded my leg through my jeans",
    (
        "the climbing frame at your garden centre has a nail sticking out at head height, "
        "my son has a gash on his forehead"
    ),
    "your bus driver closed the doors on my mum's arm and drove off, she's bruised badly",
    "found a needle in the hotel bed, nearly stuck myself",
    "@kidsclub left my 4 year old at the wrong pick up point, we found her alone in the car park",
    "the tumble dryer you repaired caught fire last night, fire brigade came out",
    "la niña se cortó con un cristal que había en la piscina de vuestro hotel",
    "il y avait un morceau de verre dans le yaourt, mon fils s'est coupé la lèvre",
    "im Brot war ein Stück Draht, meine Tochter hat sich am Gaumen verletzt",
    "o fio que vocês instalaram está a soltar faíscas",
    (
        "the heater in the changing room at @poolco was too hot to touch and my son burnt "
        "his hand on it"
    ),
    (
        "there's a live wire hanging out of the wall socket at your pizza place, kids "
        "walking right past"
    ),
    'my little boy had an anaphylactic reaction to the "nut free" ice cream, epipen and ambulance',
    "found a shard of glass in my salad from @greenbowl, cut my gum",
    (
        "the massage therapist used an oil my skin reacted to, I'm covered in welts and "
        "my throat feels tight"
    ),
    "after the gym's treadmill belt jammed I was thrown off and hit my head, still dizzy",
    "@sparkle_cleaners mixed bleach and ammonia in my bathroom, the fumes made me sick and dizzy",
    "the car wash brush smashed my windscreen while I was inside, glass all over me",
    "the new kettle from @homeshop started smoking and the plug melted",
    "smelt gas the minute the kitchen fitter left, cooker hose wasn't even connected properly",
    "my daughter's ear piercing is red, swollen and oozing pus, they didn't sterilise anything",
    "got food poisoning from your sushi, been up all night",
    "the swing frame at the soft play wobbles and a bolt is missing, my kid was on it",
    "the e-scooter's brakes stopped working going downhill, I had to jump off",
    "there was a dead mouse in the bag of flour I bought from you",
    "the hair dye burned my scalp, it's blistering and weeping",
    "the nursery left my 2 year old unattended near the pond",
    "chemical burn from the peel at @glowclinic, my face is raw",
    "the hot tub at the spa left us with a nasty rash all over, pseudomonas according to the GP",
    "the tattoo aftercare cream gave me an infection, my arm is hot and red streaks going up",
    "@boilerfix your engineer capped the flue wrong and the co detector keeps going off",
    "my dog was vomiting blood after eating your chews",
    "the stair lift jolted and threw my dad forward, he's got a cut on his head",
    "smoke pouring out of the dryer at the launderette, nobody there to help",
    "your courier dropped a heavy box on my foot, broken toe",
    "the zipline harness buckle came undone mid ride, could have fallen 20 metres",
    "sparks flying out of the toaster I bought last week",
    "the window cleaner's ladder slid and he fell onto our patio, ambulance called",
    "the protein bar had a piece of metal in it, nearly broke my tooth",
    "the climbing wall hold spun and I fell awkwardly, ankle is twice the size",
    "plug on the lamp from @lightco got so hot it's scorched the socket",
    "the waxing strip took off a layer of skin, it's bleeding",
    "el monitor dejó a mi hijo solo en la piscina, casi se ahoga",
    "la crème m'a brûlé la peau, j'ai des plaques rouges partout",
    "die Heizdecke ist geschmolzen und hat fast gebrannt",
    (
        "@cinemaco the seat collapsed under my nan halfway through the film, she's "
        "bruised all down her side"
    ),
    (
        'so the "hypoallergenic" shampoo at the groomers has left my dog scratching '
        "himself raw and his eyes are puffed up"
    ),
    "my lad's been up all night being sick after your chicken nuggets, anyone else?",
    (
        "Kids party at @bouncezone yesterday. One of the inflatables deflated with 10 "
        "kids inside and a boy got his arm twisted under it. Staff just stood there."
    ),
    (
        "the electric blanket I bought from you last month gave off a burning smell and "
        "now there's a brown mark on the sheet"
    ),
    (
        "ordered a vegan meal, it had prawns in it, I'm allergic to shellfish and my lips "
        "started tingling"
    ),
    "bit into the sandwich and there was a staple in it, I've chipped a tooth",
    "the pool at your hotel had so much chlorine my kids' eyes were streaming and red for hours",
    (
        "the gas hob you installed clicks but the flame doesn't catch and it smells, "
        "we've turned it off at the meter"
    ),
    (
        "the mechanic forgot to put the oil cap back on, engine light came on on the "
        "motorway and smoke from the bonnet"
    ),
    "rider knocked me off my bike at the junction and just carried on",
    "the physio cracked my neck way too hard and now I've got pins and needles down my arm",
    "the lash glue got in my eye and it's burning, can't open it",
    "the heated rollers from @beautyco scorched my hair and left a burn on my ear",
    "tiny magnets came loose from the toy, found one in my baby's mouth",
    "your delivery driver reversed into me in the car park, hurt my hip",
    "the loft ladder your guy fitted came away from the hatch as I was climbing it",
    "after the dentist my jaw is swollen like a golf ball and I've got a fever",
    (
        "the gym's cable machine pulley snapped and the weight stack came crashing down "
        "next to my head"
    ),
    "kebab from @grillhouse had me on the toilet all night and my husband too, something was off",
    "manicure at @nailbar and now my nail bed is throbbing and there's yellow stuff under it",
    "la puerta del ascensor se cerró sobre mi hija y le hizo un corte en la cabeza",
    "le chauffagiste est parti et ça sent le gaz dans toute la maison",
    "nach dem Essen bei euch hatte ich die ganze Nacht Erbrechen und Fieber",
]

PAYMENT = [
    (
        "Need advice: gym keeps charging after I moved abroad I cancelled in writing in "
        "May, they acknowledged it, and I've still had £45 taken on the 1st of June, July "
        "and August."
    ),
    (
        "@ticketco your site crashed at checkout, I tried again and now there are three "
        "payments of £86 pending"
    ),
    "cashier rang up £105 instead of £10.50, I didn't check the receipt until I got home",
    (
        "my holiday deposit was meant to be refundable, it's been two months since the "
        "cancellation and not a penny"
    ),
    "I paid the invoice by bank transfer and you've also taken it by direct debit",
    "I returned the shoes unworn and you refunded £5 out of £80",
    "thanks for charging my card for an annual renewal I switched off last year 🙃",
    "on m'a facturé deux nuits alors que je n'en ai passé qu'une",
    "you've charged me for a delivery slot I rebooked, so I've paid for delivery twice now",
    "cancelled within the cooling off period and you still took the full £2,000",
    "got an email saying my refund was processed, bank says nothing's come in, 3 weeks on",
    "you charged £89.99 for a £8.99 item, that's a typo I'd like fixing",
    "the pre-auth from my stay in June is still sitting on my card in August",
    "les frais d'annulation ont été prélevés alors que j'ai annulé dans les délais",
    "me cobraron el doble por la misma cita",
    "Ihr habt mir 120 € berechnet, obwohl ich nur 12 € bestellt habe",
    "cobraram-me duas vezes a mesma encomenda",
    (
        "Streaming service still taking money 3 months after I closed the account. How do "
        "I get it back?"
    ),
    (
        "@cardeals deposit of £500 paid in March for a car that you then sold to someone "
        "else, still not returned"
    ),
    "the car rental place kept my £300 security deposit for a scratch that was already there",
    (
        "your app took payment for my ticket but no ticket was issued, and now I've been "
        "charged again when I retried"
    ),
    "ordered 1 bag of compost, banking app says I paid for 10",
    "£12.99 went out on the 1st and again on the 3rd for the same subscription",
    "the tip I left was £2, you took £20",
    "was told the refund would take 3-5 days, we're on day 40",
    "booked one room, checked my statement, you charged for two rooms",
    "chargeback time I think, @flightco never refunded our cancelled flight",
    "they took the money for the whole year even though I chose monthly",
    "my direct debit went up from £30 to £300 without a word",
    "hotel charged my card for the minibar when we didn't touch it",
    "@parcelco you charged me a redelivery fee for a parcel that was never attempted",
    "el reembolso que me prometisteis hace dos meses sigue sin llegar",
    "on m'a débité 3 fois la même commande",
    "Sie haben meine Kaution nach 8 Wochen immer noch nicht zurückgezahlt",
    "@gymco you've taken my membership fee twice this month",
    "I was charged £45 for a class I cancelled 48 hours ahead, that's against your own policy",
    "cancelled my subscription in March and you've taken £12.99 every month since",
    "still waiting on my deposit to be returned, it's been 6 weeks since I moved out",
    "the pre-authorisation of £200 for the car hire still hasn't been released",
    "two identical transactions of £23.50 on my statement from your shop",
    "you charged my card for an order I never placed",
    "paid for a large, got charged for three larges",
    "the card machine declined so I paid cash, but the card payment went through too",
    "my account shows a payment to you of £340 and I've never even been to your shop",
    "refund was promised within 5 days, it's been a month and nothing",
    "the hold on my card from check-in is still there a fortnight later",
    "you've debited me £89 instead of £8.90",
    "I got billed for the premium plan when I'm on the basic one",
    "they kept my £50 deposit even though I cancelled in time",
    "the app charged me a second time after I reloaded the page",
    "money taken for a delivery that never turned up and no refund",
    "paid the invoice and then got charged again by direct debit for the same thing",
    "you took the full amount rather than the 20% deposit we agreed",
    "me cobraron la clase dos veces",
    "j'ai été prélevé deux fois pour la même commande",
    "sie haben mir den Betrag doppelt abgebucht",
    "still no sign of the £30 you said you'd credit back to my card",
    "the charge for the cancelled booking is still on my card",
    "@streamco cancelled last month, you still billed me this month. not ok",
    "I was refunded £20 but you'd taken £60, where's the rest?",
    "paid the deposit by card and then your staff made me pay it again in cash",
    "I see two pending amounts of £72 on my banking app from your restaurant",
    "you've been taking £4.99 a month off me for a trial I never signed up to",
    "the refund you said was processed 3 weeks ago hasn't turned up",
    "charged a cancellation fee even though you cancelled on me",
    "you charged the old card I removed from my account",
    "returned the sofa in October, your warehouse signed for it, still no money",
    "took my money and the tickets never came through",
    "the self checkout scanned everything twice and I didn't notice till I got home",
    "voucher worth £50 was rejected but you still charged my card the full amount",
    "got billed for 12 months up front instead of monthly",
    "the 'free' trial charged me £39 on day one",
    "refund? what refund. six weeks and counting",
    "deposit for the flat still hasn't come back, landlord says the agency has it",
    "me han cobrado una reserva que cancelé hace un mes",
    "ihr habt mir eine Bestellung berechnet, die ich storniert hatte",
]

SECURITY = [
    (
        "@shopco got a message from an account called shopco_support_team saying I'd won "
        "a voucher, just needed my card number and expiry to claim"
    ),
    "someone rang pretending to be from your fraud team and talked my mum into moving her savings",
    "my email's been used to sign up to your rewards and someone's spent my points",
    "there's a cloned version of your website at shopco-sale dot net taking orders",
    "your payment link in the WhatsApp chat goes to a site that isn't yours",
    "I received your newsletter but the 'unsubscribe' button asked for my bank password",
    (
        "heads up, there's a fake @burgerbar page running a 'free meal' giveaway that "
        "asks for your card to 'verify age'"
    ),
    "someone emailed pretending to be your CEO asking our finance team to pay an urgent invoice",
    "got a letter saying your company owes me a refund, just call this number and give your card",
    "I think someone's got my login, there are orders on my account going to Manchester",
    "a guy at my door with your uniform asked for my PIN to 'test the card machine'",
    (
        "your official-looking text told me to download an app to track my parcel, now my "
        "phone's acting weird"
    ),
    "Alguien se hizo pasar por vuestro servicio técnico y me pidió acceso remoto al ordenador",
    "j'ai reçu un SMS soi-disant de votre part avec un lien pour payer des frais de livraison",
    "jemand hat mein Konto übernommen und meine Adresse geändert",
    "recebi um email falso com o vosso logótipo a pedir os dados do cartão",
    "got a text from 'Royal Parcel' with your logo asking me to pay a £2.99 fee, is this yours?",
    (
        "someone has been ringing your customers pretending to be your accounts team "
        "asking for card details"
    ),
    "an ad on facebook using your name is selling your furniture at 80% off, the site looks fake",
    "my account on your app now shows someone else's name and address, not mine",
    "I got a password reset email from you that I never asked for, then a login from Lagos",
    "the delivery guy asked for the one-time code from my banking app to 'confirm delivery'",
    "your supplier's invoice came with a note that their bank has changed, looks dodgy",
    "someone hijacked your whatsapp number and is messaging all your customers",
    "alguien ha creado una web clonada de vuestra tienda y está cobrando a la gente",
    "jemand gibt sich am Telefon als euer Support aus und will meine Kartennummer",
    "someone texted me pretending to be @parcelco asking for a £1.45 redelivery fee via a link",
    (
        "got an email with your logo saying my account is suspended and to log in and "
        "confirm my card details"
    ),
    (
        "a guy rang saying he was from the gym and asked for my bank details to 'update "
        "the direct debit'"
    ),
    (
        "there's an Instagram account with your name offering 90% off, asking people to "
        "pay by bank transfer"
    ),
    "someone's logged into my account and changed the delivery address, orders going to a stranger",
    "I got an invoice from you with new bank details, is that legit? it looks off",
    "a QR code sticker has been stuck over the real one on your parking machine",
    'the "support" account that replied to me asked for my one time passcode',
    "someone's been using my loyalty account to buy stuff, I didn't make those orders",
    "a caller knew my booking reference and wanted my card number to 'confirm' it",
    "your website popped up a form asking for my online banking password",
    "got a whatsapp from 'your team' wanting the code they just sent me",
    "my account got taken over and they spent all my points",
    "le faux service client m'a demandé mon code de vérification",
    "alguien entró en mi cuenta y cambió la contraseña",
    "jemand hat sich als euer Kundendienst ausgegeben und nach meiner PIN gefragt",
    'anyone else get a call from "@courierco" asking you to read back a code from a text?',
    "had a message saying my parcel was held and I needed to pay a customs fee on a weird site",
    "someone set up a page called Brightline Gym Official offering lifetime memberships for £99",
    (
        "someone's using my email to order from you, I've had 3 confirmation emails for "
        "things I didn't buy"
    ),
    "your 'security team' emailed me a zip file to open about my account",
    (
        "a man in a hi-vis said he was from the water company and wanted to come in, then "
        "asked for my bank card"
    ),
    (
        "guy in your store's car park handing out flyers with a QR code to a 'refund "
        "portal', is that you?"
    ),
    (
        "the builder's invoice came from a slightly different email address with new bank "
        "details, I nearly paid it"
    ),
    (
        "got a call from my 'bank' who already knew my last purchase from your shop, how "
        "did they get that?"
    ),
    "i can't log into my account and the email on it has been changed to one I don't know",
    "my card was used at your other branch while it was in my wallet",
    "l'application m'a envoyé un lien bizarre pour \"vérifier mon identité\"",
]

NEAR_MISSES = [
    (
        "Long post, sorry Booked a pottery class with my sister for her birthday. Teacher "
        "lovely, studio cosy, glazing was fun. Only gripe is the parking, we got a "
        "ticket. Would go again."
    ),
    "the new flavour is a crime, way too sweet",
    "my arm is killing me from carrying all those bags from your sale 😂",
    "the burger was so hot it burnt my tongue, my own fault for not waiting",
    "I had an allergic reaction to the price lol",
    "how long does a refund take to come through?",
    "we got a full refund within a day, thank you",
    "the driver was a bit rude and the car smelled of smoke",
    "the app is so slow it's a hazard to my mental health",
    "nearly fell asleep in the cinema, film was that boring",
    "the lock on the toilet door is broken, slightly awkward",
    "the delivery van blocked my drive for 10 minutes",
    "my card got declined because I forgot to move money over, my bad",
    "the tattoo is a bit swollen on day 2, is that normal?",
    "I'd like to report a lost card",
    "can you confirm you received my bank transfer?",
    "the soft play was heaving, too many kids",
    (
        "my 2 year old got a bump on the head from falling over his own feet, staff were "
        "great with the ice pack"
    ),
    "the smell of fresh bread in your shop is dangerous for my diet",
    "got charged a £5 late fee, fair enough I was late",
    "the queue for the slide was criminal, 45 minutes",
    "this coffee slaps, absolutely lethal dose of caffeine",
    "my kids were sick of waiting, the service was so slow",
    "you guys saved my life with that late opening, needed milk",
    "how do I add my partner to my account so they can book too?",
    "I was overcharged by 20p, not a big deal but thought you'd want to know",
    "can you send me a new card reader? mine's broken",
    "the new sofa is so comfy I fell asleep on it",
    "is it safe to use the pool if I'm pregnant?",
    "your fries are addictive, it's dangerous",
    "the driver was lovely and helped with my bags",
    "the hotel room was freezing and the heater didn't work",
    "my son fell asleep on the way home, thanks for a great day",
    "the paint colour is nothing like the sample, very disappointed",
    "can I get my deposit back if I find a buyer for my slot?",
    "the tattoo is sore but healing well, following the aftercare",
    "I lost my card at your bar last night, has anyone handed it in?",
    "I need to update my card, the old one expired",
    "the app charged my card correctly this time, thanks for sorting",
    "fire service did a great safety talk at your shop today",
    "your new playground is a death trap for my wallet lol",
    "the fire exit sign is a bit dim, might want to check the bulb",
    "does the hotel have a fire safety policy for guests with disabilities?",
    "refund came through today, took ages but it's here",
    "can I get a refund on a sale item?",
    "I want to change my bank details for the direct debit, what's the process?",
    "how do I enable two factor on my account?",
    "the spicy wings nearly killed me 🔥🔥 10/10",
    "the cake was so good it's criminal",
    "the staff are absolute legends, saved my bacon today",
    "this heat is killing me, any chance of aircon?",
    "my order came with a dent in the box, contents fine",
    "the bath was a bit slippery but no harm done, maybe add a mat",
    "the chair squeaks every time I sit down",
    "charged my laptop in your lounge, great plugs",
    "can you take a card payment over the phone for the deposit?",
    "I paid twice as much at the other place, you're great value",
    "my payment didn't go through, can I try again?",
    "does the pre-authorisation come off when I check out?",
    "the tattoo took forever but it looks amazing",
    "got a scam text today, nothing to do with you lot, just a warning to everyone",
    "the driver was going a bit fast but got me there on time",
    "the smoke from your BBQ smells amazing from the street",
    "lost my glasses somewhere in your shop, anyone handed them in?",
    "the knife set I bought is lethal, sharpest I've ever had",
    "this deal is criminal, 3 pizzas for a tenner",
    "the new menu is fire 🔥",
    "that workout was sick, legs are dead",
    "charged my phone at your cafe, love the plugs at every table",
    "how do I reset my password? the app keeps saying it's wrong",
    "what's your refund policy if I can't make the class?",
    "checkout asked for my card number twice, bit annoying but went through fine",
    "do you need my bank details again?",
    "the coffee was scalding hot, lovely",
    "the boiler engineer fixed the leak, great job",
    "killer deals this weekend",
    "the queue was a nightmare, I nearly died of boredom",
    "I'd happily pay twice the price for this cake",
    "your staff were a bit rude when I asked about the refund",
    "can I pay in two instalments?",
    "the class was so hard I thought I'd die 😂",
    "this burger is so good it should be illegal",
    "my card was declined twice, is your machine broken?",
    "the gas bill is scary this month, any tips?",
    "brakes on my bike were squeaky so I took it in, sorted in 10 min",
    "great service, they fixed the sparks plug on my mower",
    "will I get a refund if my flight is cancelled?",
    "is there a charge for a second key?",
    "the smoke machine at the party was amazing",
    "the hot chocolate burned my tongue haha my fault",
    "this chilli is so hot it's dangerous 🌶️",
    "the fire pit at your terrace was lovely",
    "you'll need my card number to book, right?",
    "is it safe to give my card details over the phone to you for the deposit?",
    "my dog loves your treats, he'd eat the whole bag",
    "the price is a robbery, £6 for a coffee",
    "I've been waiting ages for my order, where is it?",
    "this pizza is a crime against Italy lol",
    "the new coach is an absolute killer, my legs are gone",
    "your prices are daylight robbery",
    "the fries are hot as hell, love it",
    "how do I change my password?",
    "my card got declined, is it because it expired?",
    "can you refund me if I cancel more than 24 hours before?",
    "what happens to my deposit if I move out early?",
    "the barista burnt the milk again smh",
    "the instructor nearly killed us with that circuit 😂",
    "staff were cold and unhelpful",
    "the delivery was late and the food was lukewarm",
    "i'm dying to try the new menu",
    "bombed the exam but your coffee saved me",
    "they charged me £3 for oat milk, ridiculous",
    "the cake was to die for",
    "the website is so slow I want to throw my laptop out of the window",
    "who do I send my bank details to for the refund? your email said to reply",
    "I got charged the right amount this time, thanks for fixing it",
    "the tattoo healed perfectly, zero infection, thanks!",
    "was I charged twice? no, my bank just shows the pending and the final, all good",
    "my son fell in love with the place",
    "great gig, the band set the stage on fire 🔥",
    "this hot sauce nearly blew my head off, in a good way",
    "is there a fee to cancel?",
    "I'd like to update the card on my account, how?",
    "lost my keys at your gym, has anyone handed them in?",
    "the music was so loud my ears were ringing, turn it down a bit",
    "the shower in room 12 is freezing cold",
    "the kids loved the slide, it's so fast!",
    "the new burger is criminally good",
    "that chilli sauce is lethal, in the best way",
    "the team are killing it this season",
    "this sofa is dangerously comfy, I'll never get up",
    "the new trampolines are SICK",
    "the dining table arrived wobbly, one leg is shorter, please send a fix",
    "the frames came scratched out of the box",
    "the delivery was 3 hours late and the driver was rude",
    "what's your refund policy on made to measure curtains?",
    "can I get a refund if I change my mind within 14 days?",
    "charged my EV at your car park, the charger was quick",
    "my phone charged fully in the lounge, handy",
    "how do I turn on 2-step verification on the app?",
    "forgot my password, how do I reset it?",
    "love that the wardrobe came with anti-tip straps, peace of mind with a toddler",
    "the share-my-trip feature made my mum feel so much better about me getting home",
    "the arc-fault detection you fitted tripped exactly like it should, great install",
    "someone tried to break in last night and the new lock held, thank you!",
    "tattoo hurt like hell but I'd do it again tomorrow",
    "the piercing stung a bit but healed lovely",
    "prices are criminal for a pound of mince",
    "the driver took the long way round and it cost me £4 more",
    "the panels are producing less than you promised",
    "my eyes are a bit tired after the new lenses, is that normal for the first week?",
    "is it normal for a new tattoo to be a bit red and sore the first two days?",
    "the bouncy castle was a bit deflated by the end of the party, still fun",
    "the lock is stiff, can someone come and oil it?",
    "the charger on the scooter stopped working, can I get a replacement?",
    "I got charged £2 extra for a card payment, is that allowed?",
    "do you take card payments or only cash?",
    "the invoice says £450, the quote said £420, can you explain the difference?",
    "my deposit came back today, thanks!",
    "got my refund, cheers",
    "lol the instructor was brutal, my abs are on fire today",
    "my legs are burning after that class 😂",
    "the drive was a bit bumpy but fine",
    "driver had the music way too loud",
    "you guys are fire 🔥🔥",
    "can I pay in instalments for the sofa?",
    "will the pre-authorisation on my card be released automatically?",
    "what happens to my deposit if I cancel?",
    "the steak was a bit tough",
    "the solar panels look a bit dirty, do you clean them?",
    "the tattoo artist was running 40 minutes late",
    "my kid loved the foam pit, didn't want to leave",
    "can I bring my own glasses case?",
    "the new glasses give me a slight headache, is that normal?",
    "I need a spare key cut, how much?",
    "is your website safe to put my card details in?",
    "you asked for my card number twice at checkout, is that normal?",
]


@pytest.mark.parametrize("text", SAFETY)
def test_harm_in_any_wording_is_safety(text: str) -> None:
    assert "safety" in urgency_classes(text)


@pytest.mark.parametrize("text", PAYMENT)
def test_money_taken_wrongly_in_any_wording_is_payment(text: str) -> None:
    assert "payment" in urgency_classes(text)


@pytest.mark.parametrize("text", SECURITY)
def test_impersonation_or_a_stolen_secret_in_any_wording_is_security(text: str) -> None:
    assert "security" in urgency_classes(text)


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_near_misses_that_share_the_words_are_not_urgent(text: str) -> None:
    assert not is_urgent(urgency_classes(text))
