"""Safety and churn concepts added with rules-11, in wordings of our own, and their near misses.

Written for these tests in the voices of trades no urgency set uses (a cider maker, a
bakery, a pub, a car park, a warehouse, a van hire, a tree surgeon, a gardener, a cinema),
after the fifth urgency dev set's tuning half (a brewery taproom, a pest controller, a
roofer, a self-storage firm) showed which concepts were missing: a foreign object named by
how it feels ("a sliver of something hard"), a person the staff put at risk (served until
they could not stand, let out onto a road), an animal caught in a trap the business laid, a
gate or barrier closing on a car, a lift that drops with someone in it, a fault right after
the business's own service or in its own hire vehicle, and a customer already with another
firm. The near misses are what the first false alarms were: an injury told as the reason the
customer could not do a job, a past incident told to praise how it was handled, a question
about a guarantee, and the slang a safety cue must not take literally.
"""

from __future__ import annotations

import pytest

from listener.scoring.urgency import keeps_learned, urgency_classes

CASES = {
    "safety": [
        # a foreign object by what it feels like
        "bit into the sourdough and there was a shard of something sharp and metallic in it",
        "found a sliver of something clear and hard in my son's yoghurt, pretty sure it's glass",
        "there were splinters at the bottom of my pint glass after the refill",
        "había un trozo de algo duro y afilado en la sidra",
        "un morceau de quelque chose de dur dans la compote de ma fille",
        # a person put at risk by staff
        "the pub kept serving my brother when he could barely stand and then sent him home alone",
        "bouncers let him stagger off on his own and he wandered straight into the traffic",
        "we had to pull her back off the road outside the club, the door staff just watched",
        "siguieron sirviéndole aunque no se tenía en pie",
        "ils ont continué à le servir alors qu'il ne tenait plus debout",
        # an animal caught in a trap the business laid
        "the gardener left netting down and a hedgehog got tangled in the netting overnight",
        "our dog got stuck on a glue trap your technician left behind the fridge",
        "rushed the cat to the vets, the fur on her leg was ripped off by the sticky board",
        "mi gato se quedó pegado en una trampa de pegamento que dejaron en el garaje",
        "unser Hund ist in eine Klebefalle geraten, die der Kammerjäger ausgelegt hat",
        # a gate, barrier or door that closes on a car or a person
        "the car park barrier came down onto my windscreen as I drove under it",
        "warehouse shutter closed on my dad's van while he was still reversing in",
        "the automatic door shut on her while she was pushing the pram through",
        "el portón se cerró sobre el coche de mi padre cuando todavía estaba entrando",
        "o portão fechou em cima do carro do meu pai",
        # a lift that drops with someone in it, "I hurt my knee" in other languages
        "the goods lift dropped about a foot with me and the trolley inside",
        "l'ascenseur a chuté d'un coup avec nous dedans",
        "der Lastenaufzug sackte plötzlich ab, ich habe mir das Knie weh getan",
        "o elevador despencou meio andar, magoei o joelho",
        # a fault right after the business's own service, or in its own hire vehicle
        "rented a minibus for the wedding, brakes squealing and pulling to the right all the way",
        "car came back fresh from its service with the abs light on and the brakes grinding",
        "collected the courtesy car and the steering pulls hard left at anything over 40",
        "the bike we hired had brakes squealing and pulling to the left",
        "the lifeguard let my 6 year old wander off on his own by the deep end",
    ],
    "churn": [
        "we've had you for our office cleaning since 2015. from next month we're with another "
        "company",
        "as of Monday I'm with a new agency, thanks for everything",
        "desde el lunes nos pasamos a otra empresa de limpieza",
        "à partir de janvier on passe chez un autre fournisseur",
        "a partir de segunda mudamos para outra empresa",
    ],
}

NEAR_MISSES = [
    # slang and ordinary uses of the new words
    "that cider is lethal, two pints and I was anyone's",
    "the new burger is fire, killer fries too",
    "the glass of house red was a bit thin for the price",
    "bit of something crunchy on top of the cake, lovely",
    "the barrier at the car park was down for ages, we waited ten minutes",
    "doors closed on the dot at 11, no last orders",
    "the shop closed on me at 4.55, so annoying",
    "lift was out of order again so we took the stairs",
    "we're with another customer right now, will call you back",
    "estamos com outro problema na fatura",
    "from tomorrow I'm using the new app for bookings",
    "I'm going with a different one this time, the lemon flavour",
    "off to the vets now for her boosters",
    "de golpe se puso a llover y cancelamos la terraza",
    "the barrier gates closed on the car park at 10 sharp, had to get a taxi",
    "the door swung open into the car park and let the cold in",
    "pulled my van off the road for a week while the garage waited for parts",
    "rental car smelt of smoke and had crumbs everywhere",
    "the van we rented was filthy and the radio was broken",
    "rushing to the vets, we're late for her jabs",
    "the cat caught a mouse in one of the traps, good girl",
    "les prix ça fait mal au portefeuille",
    "turn left out of the car park and go straight onto the main road",
    "they kept giving us free samples until we could barely walk 😂",
    # praise of safety practice, a past incident handled well
    "the tree surgeon stopped work when the wind picked up and I respect that",
    "the kitchen had a small fire last year and the staff had everyone out in a minute, "
    "calm and quick",
    "cinema fire alarm went off mid film, staff got everyone outside and handled it really well",
    # an injury told as circumstance
    "sprained ankle so no dancing for me but the band were great",
    "broke my arm skiing in february so couldn't paint the fence, you did a lovely job",
    "can I pause my membership while I'm injured?",
    "could you freeze my plan until I'm recovering from the operation",
    # questions about a guarantee
    "if the bedbugs come back within the month do I get a free visit?",
    "do bed bugs come back after one treatment or does it usually need two?",
]

STILL_SAFETY = [
    # the injury happened at the business: it stays an alert
    "broke my wrist on your wet floor so couldn't work for six weeks",
    "can I pause my membership because I got injured on your rowing machine?",
    # a handled incident with something still wrong
    "smoke was pouring out of the kitchen, staff got everyone out but nobody checked the toilets",
    # the lift drop in Spanish is safety, not a scam ("de golpe" is "suddenly")
    "el ascensor bajó de golpe dos pisos conmigo dentro y me hice daño en la espalda",
]


@pytest.mark.parametrize(("cls", "text"), [(c, t) for c, ts in CASES.items() for t in ts])
def test_rules11_concepts_are_found_in_new_wordings(cls: str, text: str) -> None:
    assert cls in urgency_classes(text)


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_rules11_near_misses_stay_calm(text: str) -> None:
    assert urgency_classes(text) == ()


@pytest.mark.parametrize("text", STILL_SAFETY)
def test_harm_at_the_business_or_still_wrong_stays_safety(text: str) -> None:
    classes = urgency_classes(text)
    assert "safety" in classes
    assert "security" not in classes


@pytest.mark.parametrize(
    "text",
    [
        "sprained my knee running in june so couldn't do the hedges myself, you did them in an "
        "hour",
        "the alarm went off at the gym last week, staff had everyone out in two minutes, "
        "really well run",
        "they called off the job because of the storm, cost us a day, but I'd much rather "
        "that than anyone falling",
    ],
)
def test_learned_safety_is_not_kept_for_context_or_praised_handling(text: str) -> None:
    assert not keeps_learned(text, "safety")
