"""rules-22 from the third week of mentions (``data/week_dev3``), in other trades' words.

The third week set (a bouncy-castle hire, a farm shop, a flooring fitter, a riding school, a
mower repairer, a paintball centre, a pet sitter, a pottery studio) was measured once as it
came and then read. What any trade meets: "stalking the app", "like a stalker", "knocked
three months off", the writer's own planned hospital stay, "I nearly died 😂", a banknote held
up to the light, a calm question about a pre-authorisation, a harm long ago at a school fair or
from a takeaway; and, the other way, the same sum "then again at 10:16", a prize that needs a
small fee by card, an account "called" like the brand that messaged the customer, and a rival
booked after years ("not this year", "that's where they'll go from now on").
"""

from __future__ import annotations

import pytest

from listener.scoring.churn_direction import directed, own_names
from listener.scoring.urgency import urgency_classes

NO_ALARM = [
    "been stalking the tracking page all morning waiting for my sofa @oakandlinen",
    "@tyretowne text me when it's ready pls, I've rung every day like a stalker",
    "@pawsandsuds sorted the mix-up and knocked two months off the grooming plan. legends",
    "I'm going into hospital for two nights next week, can @pawsandsuds board my rabbit?",
    "the groomer gave our poodle a mohawk and I nearly died 😂😂",
    "cashier at @crumbandcoil held my £20 note up to the light like I'd forged it 🙄",
    "@tyretowne you took a £200 pre-authorisation for the van, does that get released when I"
    " return it? not worried, just budgeting",
    "Broke my arm on a trampoline in 1997, school fair, nobody watching. Booked @bouncehq for"
    " my son anyway, I'll be the one shouting 'one at a time'",
    "Food poisoning from a takeaway back in 2014 put me off chicken for years, but"
    " @crumbandcoil's roast is the first I trust",
]

ALARM = [
    (
        "payment",
        "@pawsandsuds my £45 groom went out at 09:10 and then again at 11:32. same amount, same"
        " reference. one groom",
    ),
    (
        "security",
        "an insta account called oak.and.linen.sale DM'd me saying I'd won a free armchair, just"
        " pay £6.99 for delivery. Card details in, £410 gone.",
    ),
    (
        "churn",
        "6 summers running we've had our works do at @bouncehq. not this year. booked Jumpzone"
        " Leeds, they answer emails",
    ),
    (
        "churn",
        "9 years of taking the car to @tyretowne. Fast Fit did it in a day, so that's where I'll"
        " go from now on",
    ),
    # a harm long ago, but today's fault after our own work is still a report
    (
        "safety",
        "in 1998 my dad fitted our first gas fire; last week @warmhold serviced it and now it"
        " smells of gas and the CO alarm went off",
    ),
]

NOT_ALARM_BUT_SPAM = [
    # the giveaway scam itself, posted as spam: no victim tells of it
    "🎁 WIN a FREE sofa from @oakandlinen!! pay £2.99 p&p here 👉 bit.ly/sofa-w1n",
]


@pytest.mark.parametrize("text", NO_ALARM)
def test_everyday_words_and_old_harms_raise_no_urgency(text: str) -> None:
    assert urgency_classes(text) == ()


@pytest.mark.parametrize(("name", "text"), ALARM)
def test_the_same_cases_told_plainly_raise_their_class(name: str, text: str) -> None:
    assert name in urgency_classes(text)


@pytest.mark.parametrize("text", NOT_ALARM_BUT_SPAM)
def test_a_giveaway_post_is_no_security_report(text: str) -> None:
    assert "security" not in urgency_classes(text)


def test_years_of_taking_custom_to_the_brand_is_no_move_to_it() -> None:
    text = (
        "9 years of taking the car to @tyretowne. Fast Fit did it in a day, so that's where I'll"
        " go from now on"
    )
    names = own_names(["tyretowne"], ["Tyre Towne"])
    assert "churn" in directed(text, urgency_classes(text), names)
    moved_here = "moving our fleet over to @tyretowne from next month"
    assert "churn" not in directed(moved_here, ("churn",), names)
