"""Safety concepts of rules-9: harms in trades the rules were not written for.

Each concept (glass that bursts near people, an electric shock, a dose that does not match,
an emergency call, cold medicine arriving warm, a head knock with a warning sign, a child
missing or shut in a vehicle, chemicals in a child's reach, a rig falling on people, a fire
exit chained, a spiked drink) is pinned here in voices of many trades and in Spanish, French,
German and Portuguese, written for these tests and not copied from any data set. The near
misses share the words and are not safety: a phone screen that cracked, a price that gave
someone a shock, the right dose confirmed, an emergency-number notice, warm weather, a child
found by the staff at home time, a fire drill, prices that spiked.
"""

from __future__ import annotations

import pytest

from listener.scoring.urgency import urgency_classes

SAFETY = [
    # glass or parts that burst with people near
    "the shower screen you fitted exploded last night, glass all over the bathroom floor",
    "the glass lid of the pan just shattered, my daughter was standing right next to the hob",
    "blade flew off the mower they serviced and missed my son by a foot",
    "the microwave door glass burst and bits everywhere, I was stood in front of it",
    # electric shock, live parts
    "my husband got a shock off the washing machine door after your engineer's visit",
    "touched the metal casing of the kettle and got a tingle up my arm",
    "the electrician left exposed wires in the hallway at toddler height",
    "tingling from the taps when the dishwasher is running, is that normal?",
    "my son got an electric shock from the hand dryer in your toilets",
    "the sparky left the live cables sticking out of the wall in the kids' room",
    # a dose that does not match, someone else's medicine, a double dose
    "label says 10mg but dad is on 2.5mg, he's taken two already",
    "the vet sent 50mg tablets, the dog is prescribed 5mg",
    "they gave my son someone else's inhaler at the school trip pharmacy stop",
    "the carer gave mum a double dose of her evening tablets",
    "the dispenser gave me the wrong strength of my blood pressure pills",
    "her medicine bottle came without a child-proof cap and we have a toddler",
    # calling for help
    "my grandad collapsed in your store and we had to call 999 ourselves",
    "called 111 after he ate two of the tablets from the sample pack",
    "we are on the phone to poison control now, your sachet split open",
    # cold medicine warm
    "my son's growth hormone was delivered lukewarm, the cool bag was just water",
    "the vaccines sat on the doorstep in the heat all day, no ice pack",
    # head knocks with warning signs
    "she banged her head on the soft play frame and was drowsy all evening",
    "my boy fell at the trampoline park, bump on his head, now throwing up",
    "nobody told us about the bumped head, we found the lump at bath time",
    # a child lost, out, or shut in a vehicle
    "my son was found in the car park by a shopper while the club staff were on their phones",
    "staff didn't notice he had gone until his mum turned up",
    "the holiday club let my daughter go home with a man we've never met",
    "the dog walker left my puppy locked in the van for three hours",
    "the coach driver forgot a child inside the bus at the depot",
    # chemicals or batteries in reach or swallowed
    "the cleaning products are on the bottom shelf in the toddler room",
    "my daughter swallowed a button battery from your musical card",
    "the paint stripper was left within reach of the children at the holiday club",
    # rigging, crowds
    "a speaker stack toppled onto the crowd during the encore",
    "a piece of the ceiling came down on a woman in the front row",
    "we were crushed against the barrier and people couldn't breathe",
    # fire exits
    "the fire exit at the back of the club was padlocked the whole night",
    "the emergency exits were blocked with crates of stock",
    # spiked drinks
    "my drink was spiked at your bar and staff did nothing",
    "had one cocktail and woke up with no memory of the night",
    "I'm sure something was slipped into my drink, my friend found me on the floor",
    # other languages
    "el cristal del horno estalló y mi hija estaba al lado",
    "la machine à laver m'a donné une décharge électrique",
    "der Techniker hat blanke Kabel an der Wand gelassen, Stromschlag beim Anfassen",
    "a farmácia mandou a dose errada para a minha mãe",
    "la salida de emergencia estaba cerrada con candado",
    "Notausgang verschlossen während des Konzerts",
    "la sortie de secours était bloquée par des cartons",
    "a estrutura caiu sobre o público no show",
    "alguien me echaron algo en la bebida en el concierto",
    "mon fils a avalé une pile bouton",
    "deixaram o meu filho dentro do carro ao sol",
    "la insulina llegó caliente, sin hielo",
    "got zapped by the fridge handle after the repair",
    "the label has someone else's name on my tablets",
    "my son wandered out of the after-school club onto the main road",
    "found the bleach under the sink unlocked at the holiday club, kids everywhere",
    "the scaffold pole fell onto a passer-by outside the venue",
    "my drink tasted weird and then I couldn't stand, I'd had one drink",
    "se le cayó la pantalla encima a mi hijo",
    "the oven door exploded while my wife was cooking, glass in her hair",
    "the childminder left the baby asleep in the car while she shopped",
]
NOT_SAFETY = [
    "my phone screen shattered when I dropped it, can you fix it by friday?",
    "got a shock when I saw the bill, £180 for a callout",
    "touched the new sofa and got a static shock, funny",
    "the dose is 5mg, she takes 5mg, thanks for checking with us",
    "wrong colour of the kettle arrived, want the white one",
    "in an emergency call 999, for everything else use the app",
    "the parcel arrived warm because of the heatwave, chocolate melted a bit",
    "my son was found by his teacher at home time, he'd been hiding in the den giggling",
    "we had a fire drill today, all exits clear, well done team",
    "prices spiked again this week for the concert",
    "the lights fell silent and the crowd went wild, what a gig",
    "the band's energy was a shock to the system, in the best way",
    "staff didn't notice the parcel was missing from the order",
    "asked if the insulin needs to go in the fridge, they explained clearly",
    "one drink and I was dancing all night, great DJ",
    "the speakers were so loud my ears are ringing lol",
    "the door was locked when we arrived at 8, opened at 9 as advertised",
    "is it safe to use my card on your website?",
    "small graze on her elbow at football, coach cleaned it and phoned me, perfect",
    "the cleaner said it was the wrong colour of tablets for the dishwasher, ordered new ones",
    "la factura me dio un susto, qué cara",
    "my kid was seen outside the cinema with friends, fine",
    "left my daughter in the car park to grab a coffee, back in two minutes",
    "nobody noticed he had left the meeting early lol",
    "the screen just went black, my kid was next to it watching cartoons",
    "the bottle burst in my bag and got everywhere, sticky mess",
    "glass everywhere after the courier dropped the box, nobody hurt",
    "one drink and I woke up the next day with a hangover",
    "bumped my head on the low beam lol, sick venue though",
    "the app unlocked my detergent subscription discount",
    "got shocked by the price of the tickets",
    "someone else's name on the booking confirmation, can you fix",
    "the cinema screen exploded with colour, amazing film",
    "live music was electric, a real jolt of energy",
    "the nursery keeps the medicine locked in a high cupboard, good",
    "the glass cabinet door cracked in transit, can you send a new one",
]
# a past incident told to say how well it was put right (guards in ``urgency_cues``)
HANDLED_WELL = [
    "last winter their fitter left a wire loose and the socket got scorched; they came back "
    "within the hour, rewired it free and followed up a week later. That's why we use them.",
    "the plumber refused to light the boiler until the flue was fixed, not their fault, "
    "would use them again",
    "they once sent the wrong strength of my tablets, rang the same day to check I hadn't "
    "taken any and sent the right ones. Staying with them.",
]


@pytest.mark.parametrize("text", SAFETY)
def test_new_trade_harms_are_safety(text: str) -> None:
    assert "safety" in urgency_classes(text)


@pytest.mark.parametrize("text", NOT_SAFETY)
def test_near_misses_that_share_the_words_are_not_safety(text: str) -> None:
    assert "safety" not in urgency_classes(text)


@pytest.mark.parametrize("text", HANDLED_WELL)
def test_a_past_harm_put_right_and_praised_is_not_safety(text: str) -> None:
    assert "safety" not in urgency_classes(text)
