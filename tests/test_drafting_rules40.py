"""rules-40 of drafting, from reading drafts of the eighteenth week set next to their mentions.

A staff member's name was thanked as a thing ("It's great to hear the dean worked out", "your
words about the dean") when the post told what he did ("Dean has done every car of ours",
"when Dean went 'oh dear'"), and a fault was named as what pleased ("Glad the nightmare admin
did the job for you"). Each beside what must still be named.
"""

from __future__ import annotations

import pytest

from responders.drafting.topic import keyphrase


@pytest.mark.parametrize(
    ("text", "not_named"),
    [
        ("Dean has done every car of ours for six years. Mentioned the nearside CV boot today",
         "dean"),
        ("my heart actually stopped when Dean went 'oh dear' from under the car. brakes done",
         "dean"),
        ("Megan drew me a little picture of the lash map, so kind @browco", "megan"),
        ("great mechanic, nightmare admin. I'll keep using them, the work is spot on",
         "nightmare"),
    ],
)  # fmt: skip
def test_the_drafts_of_the_eighteenth_week_name_no_such_thing(text: str, not_named: str) -> None:
    assert not_named not in keyphrase(text)


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Dean has done every car of ours for six years. Mentioned the nearside CV boot today",
         "nearside"),
        ("the Halo thermostat has been brilliant since the update @homeco", "halo"),
    ],
)  # fmt: skip
def test_the_thing_itself_is_still_named(text: str, named: str) -> None:
    assert named in keyphrase(text)
