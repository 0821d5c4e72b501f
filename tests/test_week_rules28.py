"""rules-28 from the eighth week of mentions (``data/week_dev8``), in other trades' words.

The eighth week set (a car-park operator, a chiropodist, a recording studio, a fishmonger, a
window tinter, an alterations tailor, an e-scooter scheme, a podcast host) was measured once as
it came on the shipped state (intent 0.875, every urgent case found, false urgent 3.4%) and
then read. Its false alarms were concepts any trade meets: an old harm "in a council car park
(won't name it)", "a nail bar in Leeds", "whoever had the shop before them"; a thing knocked
over; a tailor's "used to charge, back in 5 days"; a wish ("even if it still charged a reduced
rate"); what a GP says a service "only" covers; a blade's nick in the trim; and praise for how
a collapse was handled ("most courteous", "I should like to record"), or for the one who fixed
what "nobody could sort". Beside them, fans' openings the turn rule now knows: "you're a
genius", "my go-to", "Love Skerry's".
"""

from __future__ import annotations

import pytest

from listener.scoring.classify import fond_but_fault, prepare
from listener.scoring.urgency import urgency_classes
from listener.text import normalize

NO_ALARM = [
    "years back I broke my ankle on black ice in a council car park (won't name it), so the"
    " gritting at @parkwiseuk this morning is appreciated",
    "In 2012 a tattoo parlour in Hull gave me an infection that took months to clear, so"
    " @inkwellstudio's single-use needles sold me",
    "food poisoning from oysters in '97 - was that this shop or whoever had the shop before"
    " them? just curious, I buy from @harbourfish every week",
    "some kid knocked my bike over outside and @cyclehubuk fined me for bad parking",
    "what they used to charge, back in 3 days. that's why I moved @stitchandmend",
    "idea: a pause button. even if it still charged a reduced rate while paused @zipwheels",
    "my GP says NHS physio is only for post-op patients, so is @bendandmendphysio worth it?",
    "the film looks fine but there's a blade nick in the door trim @clearviewtint",
    "I should like to record that the staff at @parkwiseuk were most courteous when my wife"
    " collapsed on Saturday. She is recovering well. Thank you.",
    "two dentists and nobody could sort my jaw. @smileworks finally fixed it, Dr Rao is an"
    " absolute star",
]

ALARM = [
    # the guards' near misses: the same harm told as now, or at the brand
    ("safety", "I broke my ankle on black ice in your car park this morning @parkwiseuk"),
    ("safety", "someone knocked my son over on a scooter in your car park and he hit his head"),
    ("safety", "my husband collapsed at the till and the staff just stood there @harbourfish"),
    ("payment", "you still charged me after I cancelled the pass @zipwheels"),
]


@pytest.mark.parametrize("text", NO_ALARM)
def test_old_harms_elsewhere_things_knocked_over_wishes_and_praised_handling_raise_no_urgency(
    text: str,
) -> None:
    assert urgency_classes(normalize(text)) == ()


@pytest.mark.parametrize(("name", "text"), ALARM)
def test_the_same_harms_told_plainly_raise_their_class(name: str, text: str) -> None:
    assert name in urgency_classes(normalize(text))


FAN_THEN_FAULT = [
    "Anika you're a genius and I'll keep coming back, but please check your emails, I've sent"
    " three and heard nothing @stitchandmend",
    "@clearviewtint are my go-to, lovely people. But the new booking page is broken, 3 goes and"
    " it still won't take my date",
    "Love Harbour Fish's crab, best in the county. But I've been waiting 3 weeks for a refund on"
    " the box that never came",
]


@pytest.mark.parametrize("text", FAN_THEN_FAULT)
def test_more_fans_openings_turned_onto_a_fault(text: str) -> None:
    assert fond_but_fault(prepare(normalize(text))[0])


def test_a_fans_opening_with_only_praise_after_the_turn_is_not_a_fault() -> None:
    text = "@clearviewtint are my go-to, though I'd never tint the windscreen, not legal"
    assert not fond_but_fault(prepare(normalize(text))[0])
