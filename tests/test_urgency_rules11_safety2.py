"""Safety concepts of rules-11 round 2: equipment failing dangerously, often after our work.

Written for these tests in the voices of trades no urgency set uses (a boiler engineer, an
electrician, a mechanic, a window fitter, a lift engineer, a gym, a cider maker, a phone
repairer, a carpet cleaner, a cladding firm), in English, Spanish, French, German and
Portuguese, after the fifth urgency dev set's tuning half (a brewery, a pest controller, a
roofer, a storage site) showed the concepts were missing. The near misses are what a rule
for each concept could take by mistake: a shopping question about one's own battery, an
alarm test or an evacuation told as praise, slang ("the bomb", "blown me away", "bitten by
the bug"), a smoke machine, a burnt smell of food, a tidy job told as thanks.
"""

from __future__ import annotations

import pytest

from listener.scoring.urgency import urgency_classes

URGENT = {
    "container_or_battery_swelling_or_bursting": [
        "the replacement battery you put in my phone last month has puffed up and is pushing"
        " the screen out",
        "the laptop battery you fitted is swelling and the case won't close",
        "half the cans of cider in the box are bulging at the ends",
        "a jar of your kimchi exploded in the fridge overnight with a bang",
        "the power bank you sold me swelled up and burst in my bag",
        "the gas cylinder you delivered is bulging at the bottom",
        "la batería que me cambiasteis está hinchada y levanta la pantalla",
        "les canettes de votre bière sont toutes gonflées",
        "der Akku, den ihr eingebaut habt, ist aufgebläht",
        "die Flaschen aus eurem Bierabo sind geplatzt",
        "as latas de cerveja chegaram estufadas",
        "as garrafas do kit explodiram no armário",
    ],
    "gas_alarm_staff_said_to_ignore_or_co_alarm_going": [
        "the gas alarm in the plant room keeps going off and the manager said to ignore it,"
        " it's just faulty",
        "the smoke alarm in the kitchen went off and the chef told us to ignore the alarm",
        "the boiler engineer left yesterday and the CO alarm in the kitchen has been going off"
        " all morning",
        "the CO detector in the hallway started beeping the night after the boiler service",
        "l'alarme de gaz a sonné et le guide nous a dit de l'ignorer, qu'elle sonne tout le temps",
        "l'alarme incendie a sonné et le responsable nous a dit de l'ignorer",
        "der CO2-Melder im Keller piept und der Chef meinte, wir sollen ihn ignorieren",
        "o alarme de gás tocou e disseram para ignorar",
    ],
    "people_ill_after_a_treatment_spray_or_fumes": [
        "after they sprayed the offices for ants we all felt sick and two of us had a headache",
        "the fumigation was on friday, they said fine to go back in after an hour, my daughter"
        " couldn't breathe properly that night",
        "after the carpet cleaning the kids were coughing all night and the baby couldn't"
        " breathe properly - the chemicals were so strong",
        "after you varnished the floors we were all dizzy and had headaches for two days",
        "tras la fumigación volvimos a casa y los niños estaban mareados",
        "après la fumigation on est rentrés et j'avais des vertiges",
        "nach der Begasung durften wir rein und alle waren schwindelig",
    ],
    "the_pest_they_were_paid_to_remove_now_hurting_someone": [
        "you did the bedbug treatment last week and my daughter got bitten all over again",
        "the bed bug treatment didn't work and my daughter is covered in bites",
        "my toddler was stung by a bee in the soft play",
        "a mi hijo le picaron las avispas tres veces después del tratamiento",
        "mon fils s'est fait piquer par les guêpes dans sa chambre",
        "mein Sohn wurde dreimal gestochen, das Nest war angeblich behandelt",
        "o meu filho foi picado pelas vespas no quarto",
    ],
    "installation_part_falling_where_people_are": [
        "a slate from the roof you did last month fell onto the pavement outside the school",
        "the sign you put up over the shop door came down onto the pavement this morning",
        "the window you fitted on the second floor, the pane fell out and landed on the pavement",
        "a brick from the chimney you repointed came down onto the drive where my car is parked",
        "a panel of the cladding you fitted blew off in the storm and landed in the playground",
        "the guttering you put up came crashing down onto the front door step",
        "una teja se soltó y cayó en la acera justo delante de la puerta",
        "une tuile est tombée sur le trottoir devant l'école",
        "ein Ziegel ist vom Dach auf den Gehweg gefallen",
        "uma telha caiu no passeio ontem",
    ],
    "water_onto_electrics": [
        "since you fixed the shower the water runs down through the ceiling into the light fitting",
        "rain is coming in round the new window and dripping onto the sockets",
        "since the electrician was here water drips from the bathroom fan into the light switch",
        "el agua gotea sobre la lámpara del pasillo desde que arreglasteis el tejado",
        "l'eau coule dans la prise depuis votre intervention",
        "seit der Reparatur tropft Wasser auf die Lampe im Flur",
        "desde a obra pinga água na tomada da cozinha",
    ],
    "smoke_indoors_burnt_smell_in_the_building_or_heat_after_hot_work": [
        "after the flue was fitted the living room fills with smoke whenever we light the stove",
        "there's a grey haze in the bedroom every evening since the new boiler",
        "there's a burning smell coming from the wall where you put the new socket",
        "the lads were welding the gate yesterday and the post is still warm and smoking",
        "the plumber soldered the pipe behind the wall and now the wall is still hot",
        "after the mechanic's visit there's a burnt smell under the floor",
    ],
    "near_miss_measured_on_a_person": [
        "the garage door you serviced slammed down and missed my son by inches",
        "the barrier came down like a guillotine",
        "the gym's cable machine pulley came loose and the weight stack missed my head by inches",
        "the shutter you repaired dropped seconds after my daughter walked under it",
        "la persiana cayó como una guillotina, a pocos centímetros de mi cabeza",
        "le rideau métallique est tombé à quelques centimètres de ma tête",
        "das Rolltor ist knapp an meinem Kopf vorbei runtergekracht",
    ],
    "person_at_risk_or_open_flame_indoors": [
        "there's a man sleeping in the stairwell with a candle lit on the floor",
        "the guy in the car park looked in a really bad way, shaking",
        "there's a woman sleeping in the bin store, she looked in a bad way",
        "había un hornillo encendido en el suelo del trastero",
        "quelqu'un a un réchaud allumé par terre dans le box d'à côté",
    ],
}

CALM = [
    # an alarm test or an evacuation told as praise
    "Reminder: test your CO alarm monthly, press the button till it beeps",
    "the fire alarm went off and staff had everyone out in two minutes, well handled",
    "our guide said the fire alarm test is every tuesday at 11, ignore it then",
    "the smoke alarm went off when I burnt the toast, all good",
    "loved the brewery tour, the co2 alarm demo was interesting",
    # the customer's own battery and a shopping question; slang
    "my phone battery is swelling, which model should I buy next?",
    "my old phone battery is swelling, time for a new phone, any recommendations",
    "my battery is swelling, what phone should I get?",
    "this beer is the bomb",
    "the queue was killing me",
    "prices are ballooning every month",
    "the bottles of red we had were bursting with flavour",
    "the cans of your IPA blew me away, best beer this year",
    "my cans of beans are bulging out of the cupboard, too many bought, lol",
    "the bottle of prosecco popped with a bang and everyone cheered",
    "the balloon popped at the party and the kids laughed",
    "so stung by the price rise",
    "got bitten by the travel bug after our trip with you",
    "the kids got bitten by the football bug at your camp",
    "the wasps are gone, thanks, not one sting all summer",
    # work done well, a past incident told as praise
    "the chimney sweep came and it's drawing beautifully now",
    "ridge tiles replaced, great job, no more rattling",
    "a year ago a tile slid off during a storm and you came out the same day, best roofer",
    "the scaffolders were brilliant, took it all down and swept the yard",
    "the window fitters were tidy, no glass left on the patio",
    "the gas torch work on the roof was tidy and quick",
    "the cladding looks great, the garden is clear and the kids are playing out again",
    "the lads dropped the tiles off on the drive ready for monday",
    "the gutters were cleared and everything came down into the bags, not a leaf on the path",
    "the pest guy sprayed and the ants are gone, we felt great to be rid of them",
    "Both kids came out of the treatment room happy, nobody was sick",
    # ordinary smells, smoke on purpose, questions with no harm
    "it smells of new paint",
    "the toast had a burnt smell and the coffee was cold",
    "we had a smoke machine at the party and the room filled with smoke, amazing",
    "the boiler is making a funny noise, can I book a service?",
    "the leaves came down onto the path all autumn, can you quote for gutter guards?",
    "water is running into the drain fine now, thanks for clearing it",
    "rain coming down on the terrace but the heaters kept us warm",
    "we lit the bbq on the patio and it was a great evening",
    "the candles lit on the tables were lovely",
    "torch batteries ran out during the tour",
    "I missed my train by a minute, can I change the ticket",
    "missed my bus by a minute",
    "he looked in a bad mood all day",
    "my lids are heavy, long week, need this beer",
    "the jar lids are hard to open",
    "our energy bill has gone through the roof",
]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(text, id=f"{concept}-{i}")
        for concept, texts in URGENT.items()
        for i, text in enumerate(texts)
    ],
)
def test_equipment_failing_dangerously_is_safety(text: str) -> None:
    assert "safety" in urgency_classes(text)


@pytest.mark.parametrize("text", CALM)
def test_near_miss_stays_calm(text: str) -> None:
    assert urgency_classes(text) == ()
