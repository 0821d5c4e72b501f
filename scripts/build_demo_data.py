#!/usr/bin/env python3
# ruff: noqa: E501  -- hand-written text pools keep one post per line
"""Build Rapport's bundled demo data for "Bramble", a coffee-and-sandwich counter in Leeds.

Writes, deterministically (stdlib only, fixed seed, no network):

* ``config/demo/customers.csv``       -- a 30-row CRM export
* ``config/demo/mentions_x.jsonl``    -- X API v2 ``GET /2/tweets/search/recent`` response
  pages, one page per line, oldest page first (inside a page the tweets are newest first,
  as the real API returns them)
* ``config/demo/mentions_reddit.jsonl`` -- Reddit listing children (``t1`` comments and
  ``t3`` submissions), one thing per line, oldest first
* ``config/demo/README.md``           -- what the files are, plus the category table

Run from the repository root::

    .venv/bin/python scripts/build_demo_data.py            # writes config/demo/*
    .venv/bin/python scripts/build_demo_data.py --check    # also validates what it wrote
    .venv/bin/python scripts/build_demo_data.py --labels /tmp/labels.jsonl
                                                            # optional ground-truth labels

Intended quirks, kept on purpose to exercise the readers' robustness:

* **Pagination overlap.** About ten tweets appear a second time, same id and text, at the
  start of the next (newer) page, as happens when ``search/recent`` pages overlap.
* **Missing users in includes** (three pages; numbers are 1-based lines of the file and
  ``--check`` fails if they move, see ``EXPECTED_GAP_PAGES``):
  - page 11 has no ``includes`` key at all;
  - page 5 omits a suspended user (``crypt0_alerts_9``) from ``includes.users`` and
    carries the real API's ``errors`` array ("Could not find user with id: [...]");
  - page 17 omits the same suspended user with no ``errors`` array.
* **HTML entities.** Like the real APIs, X ``text`` and Reddit ``body``/``selftext``
  escape ``&``, ``<`` and ``>`` as ``&amp;``, ``&lt;``, ``&gt;`` (``ESCAPE_ENTITIES``);
  Reddit ``body_html``/``selftext_html`` are escaped HTML, so their text is escaped twice.
  One tweet carries ``<script>alert(1)</script>``; one Reddit post has the new-editor
  artefact ``&amp;#x200B;``.
* A Reddit comment by a deleted account (``author`` ``"[deleted]"``, no
  ``author_fullname``); an account ``bramblecounter_gift`` that impersonates the brand;
  a dog account whose display name is "Bramble"; tweets with ``lang`` ``und``.
"""

from __future__ import annotations

import argparse
import csv
import html
import io
import json
import random
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from datetime import UTC, datetime, timedelta
from pathlib import Path

SEED = 20261122
ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "config" / "demo"

START = datetime(2026, 10, 26, tzinfo=UTC)  # a Monday; the UK is on GMT (= UTC)
END = datetime(2026, 11, 22, 20, 0, 0, tzinfo=UTC)
SPAN_DAYS = (END - START).total_seconds() / 86400

ESCAPE_ENTITIES = True
TWITTER_EPOCH_MS = 1288834974657
PAGE_MAX = 20
# 1-based page (line) numbers in mentions_x.jsonl with includes gaps; see the docstring.
EXPECTED_GAP_PAGES = {
    5: "suspended user missing, with errors",
    11: "no includes",
    17: "suspended user missing, no errors",
}

BRAND_X = {
    "id": "1500000000000000001",
    "username": "bramblecounter",
    "name": "Bramble Coffee & Sandwiches",
    "verified": False,
    "followers": 3412,
    "following": 388,
    "tweets": 2197,
    "listed": 41,
    "likes": 5120,
}
BRAND_REDDIT = {"author": "bramble_counter", "author_fullname": "t2_bramble01"}

CATEGORIES = (
    "praise",
    "complaint",
    "urgent",
    "question",
    "suggestion",
    "neutral",
    "sarcasm",
    "spam",
    "not_brand",
    "own_post",
    "retweet",
    "foreign_language",
)

# Sliding "hour of day" weights (GMT): mornings busy, lunch bump, quiet nights.
HOUR_WEIGHTS = [
    1.0,
    0.5,
    0.3,
    0.2,
    0.2,
    0.4,
    1.5,
    5.0,
    7.0,
    6.0,
    4.0,
    4.0,
    6.0,
    5.0,
    3.0,
    3.0,
    3.0,
    3.0,
    3.0,
    3.0,
    3.0,
    2.5,
    2.0,
    1.5,
]

# Menu, for light composition of a few texts.
COFFEES = ["flat white", "oat latte", "cortado", "filter coffee", "chai", "hot chocolate"]
FOODS = ["Hedgerow", "Forager", "BLT", "vegan sausage roll", "almond croissant", "cinnamon bun"]
SITES = ["Headrow", "Kirkstall"]

# fmt: off
# ---------------------------------------------------------------------------------------
# CRM: 30 people. "x_api"/"reddit_api" are the usernames the platforms report (the CRM
# column may carry a leading @ / u/ and different case). "posts" is only documentation;
# the real number is computed from the posts below.
# ---------------------------------------------------------------------------------------
CUSTOMERS = [
    dict(key="jo", full="Joanne Baker", goes="Jo", email="jo.baker84@gmail.com",
         x="@JoBakes", x_api="jobakes", reddit="", reddit_api=None,
         likes="oat latte;Hedgerow toastie", dislikes="",
         notes="Comes in every morning before her shift at the LGI", tier="platinum",
         dnc="no", followers=612),
    dict(key="shiv", full="Siobhán Murphy", goes="Shiv", email="siobhan.murphy@btinternet.com",
         x="shivmurphy", x_api="ShivMurphy", reddit="u/shiv_murphy", reddit_api="shiv_murphy",
         likes="flat white;almond croissant;cinnamon bun", dislikes="oat milk",
         notes="Ran the charity bake sale with us (raised £1,240 for Candlelighters)",
         tier="gold", dnc="no", followers=1893),
    dict(key="dave", full="Okafor, David", goes="Dave", email="dave.okafor@gmail.com",
         x="@DaveOk_LS5", x_api="DaveOk_LS5", reddit="daveokafor", reddit_api="DaveOkafor",
         likes="filter coffee;Forager;soup of the day", dislikes="cold food",
         notes="Regular since the Kirkstall opening in 2021. Likes the window seat",
         tier="silver", dnc="no", followers=233),
    dict(key="priya", full="Priya Raman", goes="Priya", email="priya.raman@raman-design.co.uk",
         x="@priyaraman", x_api="priyaraman", reddit="", reddit_api=None,
         likes="oat latte;Forager;cinnamon bun", dislikes="waiting",
         notes="Orders ahead on the app for her office (8–10 drinks) most Fridays",
         tier="gold", dnc="no", followers=2740),
    dict(key="zoe", full="Zoë Hartley", goes="Zoë", email="zoe.hartley@outlook.com",
         x="zoehartley_", x_api="zoehartley_", reddit="u/zoeh_leeds", reddit_api="zoeh_leeds",
         likes="chai;cinnamon bun", dislikes="queues;loud music",
         notes="Works at Central Library round the corner, brings her own KeepCup",
         tier="silver", dnc="no", followers=404),
    dict(key="jose", full="José Martínez", goes="José", email="j.martinez@leeds.ac.uk",
         x="@josemtz", x_api="JoseMtz", reddit="jmartinez_lds", reddit_api="jmartinez_lds",
         likes="cortado;Forager", dislikes="",
         notes="PhD student at the uni, works from Kirkstall most afternoons — asked about more plugs",
         tier="bronze", dnc="no", followers=187),
    dict(key="gosia", full="Małgorzata Nowak", goes="Gosia", email="gosia.nowak@wp.pl",
         x="@gosia_nowak", x_api="gosia_nowak", reddit="", reddit_api=None,
         likes="filter coffee;soup of the day", dislikes="",
         notes="Prefers Gosia. Asked if we could stock Polish pastries",
         tier="bronze", dnc="no", followers=96),
    dict(key="aisha", full="Aisha Khan", goes="Aisha", email="aisha.khan@gmail.com",
         x="@aishakhan_", x_api="aishakhan_", reddit="u/aishak", reddit_api="aishak",
         likes="hot chocolate;vegan sausage roll", dislikes="dairy",
         notes="Vegan — let her know about new plant-based items", tier="silver", dnc="no",
         followers=1120),
    dict(key="ben", full="Ben Whitaker", goes="Ben", email="ben.whitaker@yahoo.co.uk",
         x="", x_api=None, reddit="benwhitaker88", reddit_api="benwhitaker88",
         likes="Forager;soup of the day", dislikes="",
         notes="Reviews us on r/Leeds — fair but honest", tier="bronze", dnc="no", followers=0),
    dict(key="chloe", full="Chloe Sutcliffe", goes="Chlo", email="chloe.sutcliffe@hotmail.co.uk",
         x="@chlo_sutcliffe", x_api="chlo_sutcliffe", reddit="", reddit_api=None,
         likes="cinnamon bun;hot chocolate", dislikes="",
         notes="Comes with her dog Biscuit — loves the water bowl at Kirkstall", tier="bronze",
         dnc="no", followers=355),
    dict(key="niamh", full="Niamh O'Connor", goes="Niamh", email="niamh.oconnor@gmail.com",
         x="", x_api=None, reddit="u/niamh_oc", reddit_api="niamh_oc",
         likes="chai;almond croissant", dislikes="cold food",
         notes="Teacher in Kirkstall, buys for the staff room on Fridays", tier="silver",
         dnc="no", followers=0),
    dict(key="tom", full="Tom Hirst", goes="Tom", email="tom.hirst@gmail.com",
         x="tomhirst", x_api="tomhirst", reddit="", reddit_api=None,
         likes="BLT;filter coffee", dislikes="oat milk",
         notes="Builder — in at 7:30 sharp on weekdays", tier="bronze", dnc="no", followers=148),
    dict(key="marcus", full="Marcus Bell", goes="Marcus", email="marcus@leedsrunners.org",
         x="@marcusbell", x_api="MarcusBell", reddit="u/mbell_lds", reddit_api="mbell_lds",
         likes="flat white;cinnamon bun", dislikes="",
         notes="Runs the Sunday run club from Kirkstall Abbey — group order around 10:30",
         tier="silver", dnc="no", followers=876),
    dict(key="hannah", full="Hannah Lee", goes="Hannah", email="hannah.lee@nhs.net",
         x="@hannahlee_x", x_api="hannahlee_x", reddit="", reddit_api=None,
         likes="cortado;BLT", dislikes="almond croissant",
         notes="Allergic to nuts — always double check.\nCarries an EpiPen; tell her if any recipe changes",
         tier="silver", dnc="no", followers=290),
    dict(key="sam", full="Sam Greenwood", goes="Sam", email="sam.greenwood@proton.me",
         x="@samgreenwood", x_api="samgreenwood", reddit="", reddit_api=None,
         likes="filter coffee", dislikes="",
         notes="GDPR request Aug 2026: no marketing and no replies on social", tier="bronze",
         dnc="yes", followers=61),
    dict(key="liam", full="Liam Walsh", goes="Liam", email="liamwalsh@gmail.com",
         x="", x_api=None, reddit="LiamW_Leeds", reddit_api="LiamW_Leeds",
         likes="BLT;hot chocolate", dislikes="price rise", notes="", tier="", dnc="",
         followers=0),
    dict(key="kwame", full="Kwame Mensah", goes="Kwame", email="kwame.mensah@gmail.com",
         x="@KwameMensah", x_api="kwamemensah", reddit="u/kwame_m", reddit_api="kwame_m",
         likes="flat white;Hedgerow toastie", dislikes="",
         notes="Music teacher; played at our summer open mic", tier="gold", dnc="no",
         followers=1544),
    dict(key="fatima", full="Fatima Begum", goes="Fatima", email="fatima.begum@outlook.com",
         x="fatimabegum_", x_api="fatimabegum_", reddit="", reddit_api=None,
         likes="chai;vegan sausage roll", dislikes="",
         notes="Halal — asked about the sausage roll ingredients", tier="", dnc="no",
         followers=421),
    dict(key="emily", full="Emily Thornton", goes="Em", email="emily.thornton@icloud.com",
         x="@emthornton", x_api="emthornton", reddit="", reddit_api=None,
         likes="hot chocolate;almond croissant", dislikes="",
         notes="Birthday 14 Nov — free cake slice on the card", tier="bronze", dnc="no",
         followers=318),
    dict(key="grace", full="Grace Holroyd", goes="Grace", email="grace.holroyd@gmail.com",
         x="", x_api=None, reddit="u/gracie_h", reddit_api="gracie_h",
         likes="oat latte;cinnamon bun", dislikes="", notes="Student at Leeds Beckett",
         tier="bronze", dnc="no", followers=0),
    dict(key="ana", full="Ana Sousa", goes="Ana", email="ana.sousa@gmail.com",
         x="@anasousa_pt", x_api="anasousa_pt", reddit="", reddit_api=None,
         likes="flat white;almond croissant", dislikes="",
         notes="Portuguese, sometimes posts in PT", tier="silver", dnc="no", followers=502),
    # --- people with no mentions in the period --------------------------------------------
    dict(key="peggy", full="Margaret Ackroyd", goes="Peggy", email="peggy.ackroyd@talktalk.net",
         x="", x_api=None, reddit="", reddit_api=None,
         likes="filter coffee;soup of the day", dislikes="loud music",
         notes="Doesn't do social media — prefers a phone call. Comes Tuesdays with her sister",
         tier="platinum", dnc="no", followers=0),
    dict(key="olly", full="Oliver Brennan", goes="Olly", email="o.brennan@gmail.com",
         x="@ollybrennan", x_api="ollybrennan", reddit="", reddit_api=None,
         likes="flat white", dislikes="", notes="Asked to be removed from all contact (Sept 2026)",
         tier="", dnc="yes", followers=0),
    dict(key="rhys", full="Rhys Evans", goes="Rhys", email="rhys.evans@gmail.com",
         x="rhysevans_", x_api="rhysevans_", reddit="u/rhys_e", reddit_api="rhys_e",
         likes="cortado", dislikes="", notes="", tier="bronze", dnc="no", followers=0),
    dict(key="meilin", full="Mei-Lin Chen", goes="Mei", email="meilin.chen@gmail.com",
         x="@meilinchen", x_api="meilinchen", reddit="", reddit_api=None,
         likes="chai;cinnamon bun", dislikes="", notes="Exchange student, here until June",
         tier="bronze", dnc="", followers=0),
    dict(key="bjorn", full="Björn Andersson", goes="Björn", email="bjorn.andersson@gmail.com",
         x="", x_api=None, reddit="bjorn_a", reddit_api="bjorn_a",
         likes="filter coffee;Forager", dislikes="", notes="Works at the brewery in Kirkstall",
         tier="", dnc="no", followers=0),
    dict(key="lucy", full="Lucy Fairbairn", goes="Lucy", email="lucy.fairbairn@gmail.com",
         x="@LucyFairbairn", x_api="lucyfairbairn", reddit="", reddit_api=None,
         likes="oat latte;almond croissant", dislikes="",
         notes="Asked about a wedding order — passed to Ellie", tier="gold", dnc="no",
         followers=0),
    dict(key="ahmed", full="Ahmed Hassan", goes="Ahmed", email="ahmed.hassan@gmail.com",
         x="ahmedhassan_lds", x_api="ahmedhassan_lds", reddit="", reddit_api=None,
         likes="hot chocolate;Hedgerow toastie", dislikes="queues", notes="", tier="silver",
         dnc="no", followers=0),
    dict(key="katie", full="Katie Brooke", goes="Katie", email="katie.brooke@gmail.com",
         x="", x_api=None, reddit="", reddit_api=None, likes="vegan sausage roll", dislikes="",
         notes="Signed up at the Kirkstall till", tier="bronze", dnc="no", followers=0),
    dict(key="connor", full="Connor McAllister", goes="Con", email="connor.mcallister@gmail.com",
         x="@ConMcA", x_api="conmca", reddit="u/con_mca", reddit_api="con_mca",
         likes="BLT;filter coffee", dislikes="queues", notes="", tier="", dnc="no",
         followers=0),
]

# ---------------------------------------------------------------------------------------
# Text tags. A text may start with tags, e.g. "[after:7.5][re:price] @bramblecounter ...":
#   after / before  day offsets from START (floats) bounding the post time
#   hour            the hour of day (GMT) the post is made in, when the text implies it
#   re / qt         reply to / quote the tweet with that key (own posts, keyed posts)
#   by              fixed author key (special strangers)
#   key             name this post so others can reply to it
#   lang            language code (default "en")
# Placeholders {link} {site} {coffee} {food} {mins} are filled deterministically.
# ---------------------------------------------------------------------------------------

# Regular customers on X: (customer, category, day_lo, day_hi, text).
REGULAR_X = [
    # Jo — long-time happy regular (nurse at the LGI) whose first bad visit comes at the end.
    ("jo", "praise", 0.2, 2, "[hour:7]7:10am, oat latte from @bramblecounter in hand, ready to face ward 18. let's go"),
    ("jo", "praise", 2, 4, "@bramblecounter the hedgerow toastie after a 12 hr shift was exactly what I needed 🥹"),
    ("jo", "praise", 4, 6, "the bramble headrow team know my order before I reach the till now and honestly it's the nicest part of my morning"),
    ("jo", "suggestion", 6, 8, "@bramblecounter please bring the pumpkin loaf back, ward 18 is in mourning"),
    ("jo", "praise", 8, 9.5, "[key:jo_pos]treated the night team to @bramblecounter cinnamon buns. none left in 4 minutes. a record"),
    ("jo", "neutral", 9.5, 10.5, "price going up at bramble is fair enough tbh, everything's gone up. still cheaper than the hospital costa"),
    ("jo", "praise", 10.5, 13.5, "even in the great oat milk drought @bramblecounter found me an oat latte from the 'emergency stash'. heroes 💚"),
    ("jo", "praise", 14, 17, "3 years of bramble oat lattes and I'm still not bored. can't say that about most relationships"),
    ("jo", "praise", 19.5, 21, "the new hot chocolate at bramble. oh my days."),
    ("jo", "praise", 21, 23.5, "Kirkstall bramble for a change on my day off, same lovely vibe 🥰"),
    ("jo", "complaint", 24, 25, "[key:jo_bad][hour:7]first time in 3 years I've walked out of @bramblecounter annoyed. waited 20 mins, my oat latte went to someone else, then I got handed a cow's milk one. now late for handover 😞"),
    ("jo", "complaint", 24.4, 25.6, "feel bad moaning about bramble cos they're usually perfect but this morning really wasn't it. hoping it's a one off"),
    # Siobhán — gold, all happy.
    ("shiv", "praise", 0.3, 3, "flat white and an almond croissant at @bramblecounter. the breakfast of someone who has stopped pretending"),
    ("shiv", "praise", 3, 6, "Can't believe it's a year since the @bramblecounter charity bake sale. £1,240 for Candlelighters. What a day 💚"),
    ("shiv", "praise", 6, 9, "bramble headrow is my happy place. that's it, that's the tweet"),
    ("shiv", "praise", 9, 13, "@bramblecounter the cinnamon buns today were extra gooey and I need you to know I noticed"),
    ("shiv", "neutral", 13, 17, "sat in bramble people watching. a man just ordered 'a coffee, just a normal coffee' and the barista didn't even blink. professionals"),
    ("shiv", "praise", 17, 21, "defended @bramblecounter's price rise in the group chat. you're worth every penny x"),
    ("shiv", "question", 21, 27, "@bramblecounter are you doing the bake sale again this year? I'll bring my lemon drizzle"),
    # Dave — long-time happy regular, first bad visit at the end (X part; more on Reddit).
    ("dave", "praise", 3, 9, "[hour:12]Forager and a filter at @bramblecounter Kirkstall. Window seat. Rain outside. Perfect."),
    ("dave", "praise", 14, 20, "@bramblecounter the filter this week is something else. whatever that bean is, keep it"),
    ("dave", "complaint", 25.55, 25.95, "@bramblecounter cold Forager and no soup today at Kirkstall. Never had a bad one in 5 years so I'll let you off, but not great"),
    # Priya — gold tier, let down.
    ("priya", "praise", 4.3, 4.5, "Friday office order via the @bramblecounter app — 9 drinks, 4 cinnamon buns, ready in 10 mins. The team think I'm a hero. I'm not. Bramble is."),
    ("priya", "praise", 6, 9, "oat latte + Forager from @bramblecounter. gold card life 💛"),
    ("priya", "complaint", 11.3, 11.6, "@bramblecounter I'm a gold member, 3 years a regular, and today I was told my stamp card 'wasn't valid' because the stamps looked 'different'. Really embarrassing in front of a client."),
    ("priya", "complaint", 15.43, 15.7, "[key:priya_double]@bramblecounter the app has charged me TWICE for this morning's office order. £68.40 x 2. Please sort it, it's a company card."),
    ("priya", "complaint", 17, 18.5, "Still waiting on the refund @bramblecounter. 3 emails, no reply. Not what I'd expect after years of ordering for the whole office."),
    ("priya", "urgent", 20, 21.5, "[key:priya_done]That's it, I'm done. Stamp card refused, double charged, no reply to 3 emails. Switching the office order to Costa from Monday. Really sad to say it @bramblecounter"),
    # Zoë
    ("zoe", "praise", 0.3, 6, "chai from @bramblecounter + library shift = a good day 📚☕"),
    ("zoe", "praise", 6, 11, "brought my keepcup to bramble and the barista complimented it. small wins"),
    ("zoe", "complaint", 12, 18, "bramble queue this morning went out the door, had to leave without my chai 😭 @bramblecounter please hire more people"),
    ("zoe", "praise", 18, 27, "the cinnamon bun at @bramblecounter is the reason I get out of bed on a wednesday"),
    # José
    ("jose", "foreign_language", 1, 12, "[lang:es]Otra tarde de tesis en Bramble Kirkstall. Cortado número tres. Ayuda 😅"),
    ("jose", "praise", 12, 26, "the Forager at @bramblecounter has fuelled at least two chapters of my thesis. will be thanking them in the acknowledgements"),
    # Gosia
    ("gosia", "foreign_language", 0.5, 6, "[lang:pl]Najlepsza zupa dnia w Leeds jest w Bramble na Headrow. Polecam! 🍲"),
    ("gosia", "praise", 6, 12, "filter coffee at @bramblecounter is the only english coffee my dad approved of when he visited. that's saying something"),
    ("gosia", "complaint", 12, 19, "@bramblecounter soup ran out again before 1pm 😢 please make more, it is the best in Leeds"),
    ("gosia", "suggestion", 19, 27, "@bramblecounter have you ever thought about pączki? I can give you my babcia's recipe 😄"),
    # Aisha
    ("aisha", "question", 0.5, 6, "@bramblecounter is the hot chocolate vegan if i get it with oat? the chocolate itself i mean"),
    ("aisha", "praise", 6, 9, "vegan sausage roll at @bramblecounter is the best in leeds and i've tried them ALL 🌱"),
    ("aisha", "complaint", 10, 13.5, "bramble out of oat milk AND vegan sausage rolls. vegan life is suffering today"),
    # Chloe
    ("chloe", "praise", 0.5, 7, "took Biscuit to @bramblecounter kirkstall and they gave her a water bowl and a biscuit (for biscuit). she's never leaving 🐶"),
    ("chloe", "praise", 7, 14, "hot chocolate with cream and marshmallows at bramble, because it's november and i'm an adult who makes her own choices"),
    ("chloe", "question", 14, 20, "@bramblecounter is headrow dog friendly too or just kirkstall? biscuit wants to go into town"),
    ("chloe", "praise", 20, 27.5, "cinnamon bun, hot choc and a sleepy dog under the table. bramble kirkstall sundays are the best 🥹🐾"),
    # Tom
    ("tom", "praise", 0.2, 8, "[hour:7]7:30am. BLT and a filter from @bramblecounter. best way to start a day on site"),
    ("tom", "complaint", 10, 14, "no oat milk at bramble, fine by me, never touch the stuff. but the BLT was cold today lads 👎"),
    ("tom", "praise", 16, 27, "bramble BLT remains undefeated. 7 weeks straight"),
    # Marcus
    ("marcus", "praise", 6.44, 6.55, "Sunday run club 🏃 finished at @bramblecounter as always. 14 flat whites, 11 cinnamon buns. Thanks for putting up with us sweaty lot"),
    ("marcus", "question", 15, 19, "@bramblecounter can we pre-order for 15 via the app for sunday 10:30? group order seems to cap at 10"),
    # Hannah (nut allergy; the swap incident is on day ~17)
    ("hannah", "question", 1, 8, "@bramblecounter has the cinnamon bun recipe changed? just checking for nuts, I'm allergic. thank you for always being so careful x"),
    ("hannah", "praise", 8, 16, "cortado at bramble headrow. the staff always double check allergens for me without me even asking. means a lot 💚"),
    ("hannah", "complaint", 17.8, 19.5, "Just seen the post about the nut label mix-up at @bramblecounter. As someone with a nut allergy I'm really worried. Please tell us what you're changing."),
    # Sam (do not contact)
    ("sam", "complaint", 2, 9, "@bramblecounter third app order this month that wasn't ready at the pickup time"),
    ("sam", "neutral", 9, 18, "filter coffee at bramble. quiet day. good"),
    ("sam", "question", 18, 27, "does bramble kirkstall still close at 4 on saturdays?"),
    # Kwame
    ("kwame", "praise", 1, 10, "hedgerow toastie + flat white at @bramblecounter before teaching. my students have no idea how much of my mood is down to this"),
    ("kwame", "suggestion", 10, 24, "@bramblecounter open mic again soon? I'll bring the guitar 🎸"),
    # Fatima
    ("fatima", "question", 2, 2.6, "[key:fatima_q]@bramblecounter is the vegan sausage roll halal-friendly? i.e. no alcohol in any of the ingredients? thanks!"),
    ("fatima", "praise", 3, 5, "thank you @bramblecounter for checking with your baker and getting back to me so quickly 🙏 vegan sausage roll + chai it is"),
    # Emily (birthday 14 Nov = day 19)
    ("emily", "praise", 19.3, 19.9, "birthday treat from @bramblecounter — free slice on the stamp card and they SANG 😭 best team"),
    ("emily", "praise", 20, 24, "almond croissant + hot chocolate at bramble, my post-birthday recovery plan"),
    # Ana
    ("ana", "foreign_language", 2, 14, "[lang:pt]Melhor galão de Leeds? O flat white do @bramblecounter, sem dúvida ☕🇵🇹"),
    ("ana", "praise", 14, 27, "almond croissant from @bramblecounter tastes like the ones from the padaria near my avó's house. emotional"),
]

# Our own tweets, at fixed day offsets.
OWN_X = [
    ("soup1", 0.32, "Morning Leeds ☀️ Soup of the day at both counters is roasted squash & sage. Headrow open from 7:30, Kirkstall from 8. See you soon 💚"),
    ("price", 7.41, "A quick note from us: from Monday 9 Nov our coffees go up by 30p. Milk, beans & energy have all gone up this year and we've held off as long as we could. Stamp cards stay exactly as they are. Thank you for sticking with us 💚"),
    ("oatback", 14.30, "Oat milk is back at both counters 🎉 Our supplier had a nightmare fortnight — thanks for bearing with us (and for trying soy, brave souls)"),
    ("appsorry", 16.36, "Some of you were charged twice on the Bramble app yesterday between 8 and 10am. We're so sorry. Every duplicate payment is being refunded automatically within 3–5 working days. Not seen yours by Monday? DM us and we'll sort it."),
    ("hotchoc", 19.40, "Hot chocolate season is officially open 🍫 Proper 54% chocolate, and oat at no extra cost until Christmas (yes, we heard you)"),
    ("fatima_a", None, "[re:fatima_q]@fatimabegum_ Hi Fatima! Checked with our baker: no alcohol in anything in the vegan sausage roll (the glaze is maple, not wine). Hope to see you soon 🌱"),
    ("jo_reply", None, "[re:jo_bad]@JoBakes Oh Jo, that's not the Bramble we want you to have, we're so sorry. Your next oat latte is on us — just mention this at the till x"),
]

# Plain retweets of our own tweets: (own key, retweeter). Retweeter "cust:<key>" or None
# (a stranger).
RETWEETS = [
    ("soup1", None), ("price", "cust:shiv"), ("price", None), ("oatback", None),
    ("appsorry", None), ("hotchoc", "cust:kwame"), ("hotchoc", None), ("hotchoc", None),
]

# Strangers on X, by category.
X_POOLS: dict[str, list[str]] = {}

X_POOLS["praise"] = [
    "the hedgerow toastie at @bramblecounter is genuinely unreal. blackberry and brie should not work and yet",
    "Bramble Headrow flat white >>> every chain in this city. no notes",
    "first time at bramble kirkstall today, staff were so lovely and the cinnamon bun was still warm 🥹 {link}",
    "Shoutout to the lad at @bramblecounter Headrow who remembered my order after one visit. that's how you keep customers",
    "cortado from bramble + 20 mins of sun on the library steps. Leeds you're alright sometimes ☀️",
    "If you're in Leeds and haven't had the Forager from @bramblecounter you are living wrong #LeedsEats",
    "@bramblecounter your soup of the day (spiced parsnip??) saved my whole tuesday",
    "honestly the vegan sausage roll at bramble is better than most meat ones ive had. flaky as anything",
    "Got my 8th stamp at @bramblecounter and cashed it in on a hot chocolate with all the trimmings. Winter arc begins ☕❄️",
    "almond croissant from bramble is the size of my head and I have no complaints {link}",
    "Popped into Bramble on the Headrow between meetings. Quick, friendly, excellent filter coffee. Recommended.",
    "the chai at bramble actually tastes of spices and not just sugar?? who knew",
    "ok the bramble app is actually good. ordered on the bus, walked in, cup had my name on it, out in 30 secs",
    "@bramblecounter kirkstall staff absolute legends for letting me charge my phone behind the counter when i was stranded x",
    "Big love to @bramblecounter for giving the leftover buns to the shelter on Vicar Lane every night. Support the good ones 💚",
    "blt from bramble is a proper blt. thick bacon, real tomatoes, not that watery rubbish",
    "Third day in a row at bramble. at this point they should just give me a key",
    "Can confirm the hype about the @bramblecounter Hedgerow is real. Crispy, melty, jammy. 10/10 {link}",
    "Best oat latte in Leeds is at Bramble and I will not be taking questions",
    "dragged my mum to bramble kirkstall, she's now asking when we can go back. high praise from a woman who thinks costa is 'fancy'",
    "nothing beats the smell when you walk into @bramblecounter on a cold morning",
    "Bramble's cinnamon buns are dangerous. Bought one for the office, ate it on the walk there. Sorry Kev",
    "flat white art at @bramblecounter today was a little hedgehog 🦔 i'm not crying you're crying",
    "the barista at bramble headrow with the green hair gave me a free refill on my filter coz I looked 'knackered'. accurate. thank you",
    "Really impressed by @bramblecounter. Asked about allergens and they got the folder out and went through it with me, no fuss. More places should do this.",
    "forager melt + soup at bramble for lunch is elite value tbh, full til tea",
    "Leeds friends: Bramble on the Headrow. Go. Get the Hedgerow. Thank me later.",
    "Whoever did the playlist at @bramblecounter kirkstall this morning — nice one, proper sunday vibes",
    "@bramblecounter love that you do a suspended coffee board. bought two today. what a lovely idea",
    "me: i'm saving money this month. also me, at bramble, for the 4th time this week: one almond croissant please",
    "Kirkstall Bramble staff dealt with a v shouty man so calmly this morning. Respect, that's not in the job description",
    "Ordered ahead on the Bramble app from the train and it was ready when I walked in. Why can't everything work like this",
    "bramble soup of the day was tomato & red pepper and it came with a massive hunk of bread. can't argue",
    "@bramblecounter just wanted to say the new Kirkstall seating is lovely. Much easier with a pram too",
    "the cinnamon bun at bramble has ruined all other cinnamon buns for me",
    "Grabbed a vegan sausage roll and a chai from @bramblecounter before the match. Perfect pre-game fuel #LUFC",
    "just had the best filter coffee of my life at bramble?? some ethiopian thing with blueberry notes. i get it now",
    "@bramblecounter hedgerow toastie is my personality now",
    "Brought my laptop to bramble kirkstall, stayed 3 hrs, bought 2 drinks and a bun, nobody gave me the side eye. that's a good café",
    "Took my visiting American friends to Bramble for a BLT. They have been converted. 🇬🇧🥓",
    "@bramblecounter the almond croissant today was still warm. what did I do to deserve this",
    "🥐☕💚 bramble morning 💚☕🥐 kirkstall never misses 🙌✨ #LeedsEats",
    "[lang:und]@bramblecounter ☕☕☕🥐🥐💚💚💚🔥🔥🔥",
    "☕🥐 bramble saturdays 🥐☕ hedgerow 🧀🫐 + oat latte 💚 + sunshine ☀️ = 😍😍 #Leeds #coffee {link}",
    "[re:soup1]@bramblecounter squash & sage is my favourite. on my way 🏃‍♀️",
    "[after:7.5][qt:price]respect to @bramblecounter for actually explaining it instead of sneaking it onto the board",
    "[re:price]@bramblecounter totally fair, you're still cheaper than the chains. see you tomorrow",
    "[re:oatback]@bramblecounter the oat milk is back and so am I",
    "[re:appsorry]@bramblecounter appreciate the honesty. refund came through this morning 👍",
    "[qt:hotchoc]OAT AT NO EXTRA COST. @bramblecounter listened!! 😭",
    "[by:blogger]NEW REVIEW: @bramblecounter's Hedgerow toastie is my sandwich of the year. Blackberry, brie, sourdough, a whisper of thyme. Full write-up on the blog 👇 {link} #LeedsEats #LeedsFood",
    "[by:blogger][after:15]Doing a Leeds coffee crawl this weekend? Start at @bramblecounter Headrow (flat white + almond croissant)... honestly you could just stay there. {link}",
    "[re:jo_pos]@JoBakes @bramblecounter this is the most wholesome thing on my timeline today",
]

X_POOLS["complaint"] = [
    "@bramblecounter my forager was stone cold in the middle. like fridge cold. not great for £8.25",
    "Hedgerow toastie from bramble was cold by the time I got it, sat on the pass for ages while staff chatted 🙄",
    "{mins} minute queue at bramble headrow this morning and only one person on the machine. missed my train",
    "[hour:8]why is the queue at @bramblecounter kirkstall always out the door at 8:30 but they only have 2 staff on",
    "ordered an oat latte, got a full fat cow's milk latte. I'm lactose intolerant @bramblecounter. going to be a fun afternoon",
    "asked for a BLT no tomato, got a BLT extra tomato. how @bramblecounter",
    "[after:15.3][before:19]@bramblecounter your app charged me twice for one flat white. £3.90 x2. where do I get a refund",
    "[after:15.3][before:17]the bramble app took my money then said 'order failed'. then took it again when i retried. cheers",
    "Barista at Bramble Headrow rolled her eyes when I asked for extra hot. It's a coffee, not a personal insult",
    "staff at bramble kirkstall were really short with me today when I asked about gluten. Not the usual vibe",
    "[after:14]£3.90 for a flat white now at @bramblecounter?? it was £3.60 a month ago. love you but come on",
    "[after:14]30p price rise at bramble and the cups look smaller. could be imagining it. could not be",
    "@bramblecounter my stamp card had 7 stamps and the guy said they 'don't take the old cards'. since when??",
    "bramble wouldn't honour my stamp card because it was 'a bit soggy'. it's been in my pocket in Leeds. everything is soggy",
    "[hour:12]soup of the day at bramble ran out at 12:10. TWELVE TEN. lunch hasn't even started",
    "[hour:12]went to bramble specifically for the soup. 'sorry we've run out'. it's 12:30 on a weekday 🙃",
    "[after:9][before:14.3]no oat milk at @bramblecounter headrow again. third time this week. what's going on",
    "[after:9][before:14.3]bramble out of oat milk so had to have soy and I'm sorry but no",
    "the tables at bramble kirkstall were sticky with crumbs everywhere. usually so clean",
    "@bramblecounter the music at headrow this morning was SO loud. couldn't hear my friend across the table",
    "my flat white tasted burnt today at bramble, like the milk had been steamed to death",
    "bramble closed 30 mins early yesterday with nothing on google. walked there in the rain for nothing",
    "wifi at bramble kirkstall has been down for a week and nobody seems bothered",
    "Waited 15 mins for an app order at @bramblecounter that was meant to be 'ready in 5'. The whole point of the app is skipping the queue??",
    "bramble gave my app order to someone else and I had to wait again. third time this month",
    "the almond croissant at bramble today was stale. like yesterday's stale. £3.40",
    "[before:19.4]@bramblecounter why do you still charge 45p for oat milk in 2026. it's the default at half the places in Leeds",
    "half my bramble Hedgerow was burnt black on one side. I still ate it. I'm not happy about it",
    "bramble hot chocolate was lukewarm. sent it back, second one was also lukewarm. gave up",
    "the new bramble cups leak at the seam. coffee all down my coat this morning",
    "cortado at bramble was basically a small latte today. if I wanted a latte I'd have ordered one",
    "They got my order wrong at bramble again. Asked for decaf, got full strength. I will now be awake until Thursday",
    "@bramblecounter queue for app pickup is now longer than the normal queue. what is happening",
    "someone at bramble headrow told me to 'hurry up and decide' when there were 2 people in the queue. ok then",
    "1 hr 10 min 'estimated wait' on the bramble app for a cinnamon bun. i'll just go without",
    "bramble vegan sausage roll was raw-ish in the middle today. pastry still pale. not ideal",
    "Paid for a large, got a regular at @bramblecounter. Small thing but it adds up",
    "[after:14]used to love bramble but £4.35 for an oat latte is pushing it. might have to cut back",
    "@bramblecounter my app says I have 0 stamps but I had 6 last week. where did they go?",
    "the bramble app logged me out and now won't let me back in, password reset email never arrives",
    "[after:9][before:14.3][hour:13]no soup, no oat milk, no almond croissants. bramble headrow at 1pm is a ghost town menu",
    "[hour:8]bramble kirkstall: ordered a cortado at 8:05, got it at 8:27. the café was half empty",
    "whoever makes the toasties at bramble needs to learn what 'melted' means. cold brie is not the vibe",
    "Why did @bramblecounter stop doing the bring-your-own-cup discount? was the one thing keeping me guilt free",
    "drink went all over me because the lid wasn't on properly. asked for napkins, got a shrug. bramble what",
    "The Forager at bramble used to be loaded with mushrooms, now it's mostly bread. Shrinkflation has reached Leeds toasties",
    "asked for my filter black, got milk in it. bramble u had one job",
    "[after:16.5][before:22]@bramblecounter I've emailed about my double charge twice and no reply. Can someone DM me please",
    "Really disappointed with my visit to Bramble today. Long wait, wrong drink, and the staff didn't seem to care. Not what I expected from the reviews.",
    "soup ran out, so I got the BLT, BLT came with no B. bramble are you ok",
    "[after:14]price went up AND the almond croissants got smaller? @bramblecounter that's a double whammy",
    "the guy at bramble kirkstall was on his phone the whole time i was waiting to order. 3 mins of me just standing there",
    "@bramblecounter app charged me for an order I cancelled. it said refund in 3-5 days, it's been 9",
    "[after:11][before:14.3]oat milk situation at bramble is beyond a joke now. just say if you've changed supplier",
    "bramble's heating at headrow is either off or broken, sat in my coat the whole time",
    "bramble, my chai was 80% milk foam. bit of a con tbh",
    "[hour:16]got to bramble at 4:45, door locked, sign says open til 5. ok",
    "ordered a Hedgerow on the app, got a Forager. i hate mushrooms @bramblecounter",
    "the queue at bramble headrow moves at the speed of continental drift",
    "not to be dramatic but the cinnamon buns at bramble have got smaller AND more expensive this month",
    "[after:16][before:22]@bramblecounter you've double charged me AGAIN through the app. second time in 2 weeks. keeping screenshots",
    "cold toastie, lukewarm coffee, {mins} min wait. Not bramble's finest hour",
    "barista at bramble told my mate his oat milk request was 'a faff'. he's allergic to dairy mate",
    "bramble is great when it's quiet but the lunchtime rush is chaos. no system whatsoever",
    "hey @bramblecounter your app shows the soup as available, I paid for it, then got told it ran out an hour ago. refund please",
    "[after:14]price rise is one thing but the flat whites at bramble have been inconsistent for weeks",
    "🥶🥶 cold toastie 😤 {mins} min wait ⏳ @bramblecounter 👎👎 sort it out",
    "the 'new and improved' bramble app is neither. 4 taps to reorder something that used to take 1",
    "my stamp card got refused at bramble kirkstall because it was stamped at headrow?? it's the same café lads",
    "@bramblecounter <script>alert(1)</script> is what I typed in your app feedback box and it popped up. please get someone to look at that (also my cortado was cold)",
    "[re:price]@bramblecounter 30p is a lot when you come in twice a day tbh 😬",
    "[qt:price]30p?? on top of 45p for oat? sorry bramble but that's a £4.35 latte",
    "[re:appsorry]@bramblecounter still no refund and it's been 5 days, who do I DM",
]

X_POOLS["urgent"] = [
    "[by:allergy_mum][after:17.3][before:17.6]@bramblecounter my son had an anaphylactic reaction to a cinnamon bun labelled NUT FREE from your Headrow counter. It tasted of almond, the labels must be swapped with the almond croissants. EpiPen used, we're in A&E at the LGI. Check your labels NOW",
    "[by:burn][after:11][before:12]lid popped off my hot chocolate at @bramblecounter Kirkstall and it went all over my hand. proper blistered, been told to go to minor injuries. your lids are not fitting, someone else is going to get hurt {link}",
    "[by:burn][after:18][before:19]Still no reply from @bramblecounter about the burn from their loose lid. I'll be contacting trading standards on Monday and my solicitor has the photos. Don't ignore me.",
    "[by:glass][after:20][before:21]found a shard of GLASS in my BLT from @bramblecounter Headrow. bit down on it. lip is bleeding. absolutely not ok {link}",
    "[by:charges][after:15.3][before:15.6]@bramblecounter there are 4 charges from BRAMBLE APP on my card this morning that I did NOT make. £6.40, £6.40, £12.80, £25.60. I've frozen my card. What is going on with your app??",
    "[by:journalist][after:24.0][before:25.0]Has anyone been unwell after eating at @bramblecounter in Leeds this week? Looking into several reports. DMs open, in confidence.",
]

X_POOLS["question"] = [
    "@bramblecounter what time do you open on sundays? google says 9 but your insta says 10",
    "is bramble headrow open on bank holidays?",
    "does anyone know if bramble kirkstall does the hedgerow or is it just headrow?",
    "@bramblecounter do you do anything gluten free? coeliac friend visiting this weekend",
    "@bramblecounter are dogs allowed inside at kirkstall? wee cockapoo, very well behaved (lie)",
    "@bramblecounter is the vegan sausage roll actually vegan or just veggie? asking for my sister who WILL check",
    "is the bramble app down for anyone else? won't load past the splash screen",
    "@bramblecounter do you still take cash?",
    "does bramble do oat milk for free or is it extra? thinking of switching from my usual",
    "what's the soup today at bramble? @bramblecounter",
    "@bramblecounter do you do catering? need sandwiches for 25 at an office do next friday",
    "anyone know if there's parking near bramble kirkstall?",
    "@bramblecounter is there step-free access at headrow? wheelchair user, want to plan ahead",
    "how late is bramble kirkstall open on a thursday?",
    "@bramblecounter do you have decaf? pregnant and missing my flat whites",
    "Are @bramblecounter gift cards a thing? want one for my coffee-obsessed dad for Christmas",
    "does bramble have wifi? need somewhere to work for a couple of hours near the station",
    "@bramblecounter is the Forager suitable for vegetarians? (rennet in the cheese?)",
    "can you use the bramble stamp card at both sites or just one?",
    "@bramblecounter are you hiring? 3 years barista experience and moving to Leeds in Jan",
    "anyone know if bramble does a student discount? 🙏",
    "@bramblecounter do you sell your beans? the filter this week was amazing",
    "Is Bramble on the Headrow the one near the Art Gallery? never been, meeting someone there",
    "@bramblecounter how do I delete my app account? can't find it in settings",
    "Do @bramblecounter have halal options? the BLT is obviously out lol",
    "@bramblecounter is the almond croissant made in house?",
    "what are the quietest times at bramble headrow? trying to avoid the queue",
    "@bramblecounter do you have high chairs at kirkstall?",
    "bramble people: chai latte or dirty chai? first visit tomorrow",
    "@bramblecounter can I book a table for 8 on saturday morning or is it first come first served?",
    "@bramblecounter what's the allergen info for the cinnamon bun? egg allergy in the house",
    "[after:17]is bramble kirkstall doing the christmas stuff too or just town?",
    "@bramblecounter will you be open over christmas? home for 2 weeks and need my fix",
    "can you order ahead on the bramble app for kirkstall or only headrow?",
    "@bramblecounter do you have plugs at headrow? laptop on 6%",
    "are there toilets at bramble headrow?",
    "@bramblecounter do you do soy, almond or just oat?",
    "Where do I report lost property at bramble? left my scarf (grey, very sad looking) at kirkstall on tues",
    "@bramblecounter does the soup of the day come with bread? and is it ever vegan?",
    "do bramble do a loyalty thing in the app or is it still the paper card?",
    "@bramblecounter hiya, is the hot chocolate made with real chocolate or powder? for science",
    "is it worth going to bramble for breakfast or is it more of a lunch place?",
    "@bramblecounter are the cups compostable?",
    "what's the wifi password at bramble kirkstall, it's changed again",
    "[re:price]@bramblecounter does the 30p apply to the soup too?",
]

X_POOLS["suggestion"] = [
    "[after:6]@bramblecounter please bring back the pumpkin loaf. i'm begging. it's november, it's still pumpkin season",
    "bramble should do a mini hedgerow for kids. my 6yo stole half of mine",
    "@bramblecounter more plugs at kirkstall please 🙏 there's like 2 and they're always taken",
    "[before:19.4]oat milk at no extra cost would make bramble perfect tbh @bramblecounter",
    "someone tell @bramblecounter to put the stamp card in the app, I lose the paper ones constantly",
    "@bramblecounter idea: a quiet hour with the music off in the mornings. would be so nice",
    "bramble should open at 7 not 7:30. some of us start at 8 and need a coffee first",
    "@bramblecounter hot take: the Forager would be even better with a drizzle of truffle oil. just saying",
    "would love a bigger cup size at bramble. one regular flat white is not enough on a monday",
    "please @bramblecounter do a soup loyalty card, I'd be on my 40th stamp",
    "@bramblecounter can the app show when the soup has run out? saves the walk",
    "bramble, if you're listening: a standing counter by the window would be ace for quick coffees",
    "@bramblecounter a 10p discount for bringing your own cup would get me to actually bring my own cup",
    "petition for bramble to do the hedgerow + soup as a meal deal",
    "@bramblecounter do a bramble latte!! you've already got the jam in the hedgerow, it's right there",
    "bramble kirkstall should open later on sundays. nowhere in kirkstall does decent coffee after 4",
    "@bramblecounter could you label the nut free pastries more clearly? the little cards are tiny",
    "honestly @bramblecounter should do a vegan Hedgerow. vegan brie exists now and it's good",
    "bramble: please put a bin by the door at headrow. people keep leaving cups on the window sill",
    "@bramblecounter let us order the soup ahead on the app pls, it'd stop the 12:30 heartbreak",
    "dear @bramblecounter, more cinnamon buns after 2pm. they're always gone. signed, an afternoon person",
]

X_POOLS["neutral"] = [
    "at bramble waiting for a friend. it's raining. of course it is",
    "meeting @tashb_ at bramble headrow at 10 if anyone wants to say hi",
    "bramble kirkstall is the new place with the green door right? walked past it for weeks",
    "the bramble on the headrow used to be a phone shop. leeds changes so fast",
    "me and the lads at bramble planning the stag do. pray for us",
    "working from bramble today, come say hi if you're about",
    "[after:17][before:18]bramble have put their christmas lights up already. it's the 12th of november",
    "bramble's queue is all students with macbooks today, must be reading week",
    "anyone else at bramble kirkstall rn? the guy in the corner is on his 5th call",
    "Coffee at Bramble then shopping at Trinity. Standard Saturday",
    "Interview today at bramble. wish me luck 🤞",
    "[hour:7]walked past bramble headrow at 7:30, already a queue. leeds runs on caffeine",
    "bramble headrow has changed the menu board. the hedgerow is at the top now",
    "had a coffee at bramble, went to the art gallery, came back for another. day sorted",
    "apparently bramble is run by two sisters from Headingley. TIL",
    "heading to bramble to pick up the office order. 11 drinks. wish me luck",
    "Tried Bramble today, it was fine. Nothing special but nothing wrong either.",
    "[by:journalist][after:8][before:12]Writing about how Leeds indies are coping with rising costs. If you run or regularly use a café like @bramblecounter and want to chat, my DMs are open. #Leeds",
    "[re:priya_done]@priyaraman @bramblecounter noooo not costa 😭",
]

X_POOLS["sarcasm"] = [
    "love waiting 25 min for a cortado, truly the highlight of my day @bramblecounter",
    "[after:9][before:14.3]oh great, bramble's out of oat milk again. what a lovely surprise. never happened before",
    "[after:15.3][before:18]really appreciate @bramblecounter charging me twice for my flat white, it's like a loyalty scheme but in reverse",
    "[after:14]Nothing says 'we value you' like a 30p price rise and a smaller cup. cheers bramble 👍",
    "[hour:12]so glad i got to bramble at 12:15 so i could experience the soup running out first hand. immersive",
    "wow @bramblecounter, a toastie that's cold in the middle. very avant-garde. hot AND cold. innovation",
    "amazing how the bramble app can take my money in 0.2 seconds but needs 25 minutes to make a latte",
]

X_POOLS["spam"] = [
    "[by:coffeedeals]☕ HUGE COFFEE DEALS ☕ Get 70% OFF premium beans TODAY ONLY!! Better than @bramblecounter 👉 {link} #coffee #leeds #deals",
    "[by:coffeedeals]🔥 FREE COFFEE FOR A YEAR 🔥 Just click & enter ur details 👉 {link} #bramble #flatwhite #giveaway",
    "[by:coffeedeals]Leeds coffee lovers!! 😍☕ best deals on cafes near you, @bramblecounter fans check this 👇 {link}",
    "[by:maxgains]@bramblecounter imagine if you took $BTC 🚀🚀 1000x incoming. Join our free signals group 👉 {link}",
    "[by:maxgains]Turned $200 into $14,000 in 3 weeks with this one trick. DM me 'COFFEE' 📈 @bramblecounter @JoBakes",
    "[by:followback]follow back @bramblecounter 🙏 #followback #f4f #teamfollowback",
    "[by:followback]#F4F #followtrain 🚂 @bramblecounter @ShivMurphy @theleedsplate follow everyone who likes & RTs!!",
    "[by:sarah]hey @bramblecounter check my profile i think you'll like what you see 😘💋",
    "[by:growth]Want more customers @bramblecounter? We grow X & Instagram accounts by 10k real followers/month. DM for prices 📈 {link}",
    "[by:seo]@bramblecounter Hi, I noticed your website isn't ranking on Google page 1. I can fix this for £99. Reply YES",
    "[by:crypt0][after:8.5][before:9.5]🚨 $BRAMBLE token launching NOW 🚨 presale live, 100x potential {link} #crypto #memecoin",
    "[by:crypt0][after:22][before:23]$BRAMBLE airdrop for early holders!! connect wallet 👉 {link} 🔥🔥🔥",
    "[by:fakegift]🎉 CONGRATS! You've been selected for a £100 @bramblecounter voucher 🎉 claim before midnight 👉 {link}",
]

X_POOLS["not_brand"] = [
    "[by:annie]the brambles on plot 14 have officially won. i surrender. bring me a flamethrower",
    "[by:jam]made 6 jars of bramble jam from the hedge behind the house. toast game strong this week 🫐 {link}",
    "[by:bar]Friday special at ours: the Bramble 🍸 gin, lemon, sugar, crème de mûre. Simple, perfect. #cocktails #Leeds",
    "[by:dog]Bramble has discovered the sofa and now refuses to get off it. send help 🐶 {link}",
    "[by:dog]took bramble to roundhay park and she rolled in something unspeakable. bath time 🛁",
    "[by:annie]anyone know how to get rid of brambles without killing everything else in the border? #gardening",
    "Bramble cocktail > espresso martini. fight me",
    "scratched to bits picking blackberries in the brambles by the canal. worth it for the crumble",
    "Bramble (the cat) has knocked my coffee onto the laptop. again.",
]

X_POOLS["foreign_language"] = [
    "[by:lucia][lang:es]El mejor flat white que he probado en Leeds es en @bramblecounter 😍 y el sándwich de mora y brie, increíble",
    "[by:camille][lang:fr]Petit café chez Bramble à Leeds ce matin, le cortado était parfait ☕ et le personnel adorable",
    "[by:jonas][lang:de]Kurzer Stopp bei @bramblecounter in Leeds – der Zimtschnecke kann man nicht widerstehen. Kaffee war top!",
    "[by:yuki][lang:ja]リーズのBrambleでオーツラテ☕ めちゃくちゃ美味しかった！シナモンロールもおすすめ @bramblecounter",
    "[by:marie][lang:fr]Attendu 20 minutes pour un café chez @bramblecounter… et il était tiède. Dommage.",
    "[by:lena][lang:de]Hat jemand Erfahrung mit @bramblecounter in Kirkstall? Gibt es dort glutenfreie Optionen?",
    "[by:haruka][lang:ja]イギリスのリーズにあるカフェ、Brambleでブラックベリーとブリーのトーストを食べた🥪 #リーズ #留学",
    "[by:omar][lang:ar]أفضل قهوة جربتها في ليدز من @bramblecounter ☕ الموظفون لطيفون جدًا",
]

# Special X strangers referenced by [by:...].
X_SPECIAL_USERS = {
    "blogger": dict(username="theleedsplate", name="The Leeds Plate 🍽️", followers=48000, following=1203, verified=True, tweets=18432, listed=312),
    "journalist": dict(username="rdunmore_yep", name="Rachel Dunmore | YEP", followers=21000, following=2410, verified=True, tweets=30211, listed=407),
    "coffeedeals": dict(username="CoffeeDeals247", name="CoffeeDeals247 ☕💰", followers=38, following=4988, tweets=51234, listed=0),
    "maxgains": dict(username="maxgains_btc", name="Max | Crypto King 🚀", followers=212, following=4211, tweets=9021, listed=1),
    "followback": dict(username="followback_uk_", name="FOLLOW BACK 💯 UK", followers=1893, following=4999, tweets=77123, listed=3),
    "sarah": dict(username="sarah_x91737", name="Sarah 💋", followers=4, following=1021, tweets=37, listed=0),
    "growth": dict(username="growthhackr_io", name="GrowthHackr | Social Growth", followers=512, following=3310, tweets=12005, listed=2),
    "seo": dict(username="seo_rankfast", name="RankFast SEO", followers=87, following=2210, tweets=6610, listed=0),
    "crypt0": dict(username="crypt0_alerts_9", name="CRYPTO ALERTS 🚨", followers=9, following=3002, tweets=20443, listed=0),
    "fakegift": dict(username="bramblecounter_gift", name="Bramble Coffee Giveaway", followers=17, following=640, tweets=212, listed=0),
    "annie": dict(username="allotmentannie", name="Annie — Plot 14 🌱", followers=1450, following=980, tweets=8841, listed=22),
    "jam": dict(username="hedgerowharvest", name="Hedgerow Harvest Preserves", followers=2210, following=430, tweets=3310, listed=15),
    "bar": dict(username="thebarbackleeds", name="The Barback", followers=6120, following=701, tweets=5120, listed=48),
    "dog": dict(username="bramblethecockapoo", name="Bramble 🐾", followers=3302, following=410, tweets=1022, listed=9),
    "lucia": dict(username="lucia_gm", name="Lucía G.M.", followers=640, following=512, tweets=2290, listed=4),
    "camille": dict(username="camille_dbs", name="Camille", followers=388, following=301, tweets=1543, listed=2),
    "jonas": dict(username="jonas_reist", name="Jonas Reist", followers=255, following=190, tweets=870, listed=1),
    "yuki": dict(username="yuki_in_leeds", name="ゆき🇬🇧留学中", followers=812, following=640, tweets=4410, listed=6),
    "marie": dict(username="marie_voyage", name="Marie ✈️", followers=930, following=702, tweets=3120, listed=5),
    "lena": dict(username="lena_travels_de", name="Lena", followers=412, following=388, tweets=990, listed=2),
    "haruka": dict(username="haruka_uk", name="はるか", followers=286, following=310, tweets=1502, listed=1),
    "omar": dict(username="omar_alrashid", name="عمر الراشد", followers=1320, following=356, tweets=2988, listed=7),
    "allergy_mum": dict(username="louiseparkinson_", name="Louise Parkinson", followers=530, following=611, tweets=4122, listed=2),
    "burn": dict(username="kelly_m_1987", name="Kelly M", followers=215, following=340, tweets=1876, listed=0),
    "glass": dict(username="gazza_lufc", name="Gaz 💛💙", followers=877, following=1002, tweets=15521, listed=3),
    "charges": dict(username="nadia_h", name="Nadia H", followers=342, following=297, tweets=2304, listed=1),
}

# Generic X strangers: hand-written handles first, then a few combined from name parts.
X_HANDLES = [
    ("tykeonabike", "Stu 🚲"), ("leedslass_92", "Leanne"), ("northernmonkeyx", "Ste"),
    ("yorkshire_tea_addict", "Claire ☕"), ("ls6_dan", "Dan"), ("pudseypete", "Pete"),
    ("headingleyhannah", "Hannah H"), ("meanwood_mum", "Kirsty | Meanwood"),
    ("LUFC_Gav", "Gav 💛💙"), ("coffeesnob_lds", "coffee snob"), ("kirkstallkate", "Kate"),
    ("roundhayrunner", "Rich"), ("dr_ellie_codes", "Ellie (she/her)"), ("thatleedsgirl", "jess"),
    ("notabarista", "Not A Barista"), ("chapelallerton_cat", "Cat"),
    ("mancunian_in_leeds", "Lou"), ("wfh_wendy", "Wendy"), ("tom_tramlines", "Tom"),
    ("leedsuni_sam", "Sam ✨"), ("sourdough_sean", "Sean"), ("beckett_bex", "bex"),
    ("armley_andy", "Andy"), ("horsforth_hols", "Hols"), ("gingerlatte_", "em 🍂"),
    ("yorks_foodie_mike", "Mike | Yorkshire Eats"), ("leedswalks", "Leeds Walks"),
    ("the_real_dazza", "Daz"), ("nat_draws_stuff", "Nat 🎨"), ("kxrtney", "kourtney"),
    ("hxllie_", "hollie"), ("ollie_p__", "ollie"), ("jamesw1994", "James W"),
    ("x_rachel_x", "rach"), ("mattsmithleeds", "Matt Smith"), ("tashb_", "Tash"),
    ("bikeshedbarry", "Barry"), ("otley_run_survivor", "Survived the Otley Run"),
    ("elland_rd_ella", "Ella"), ("kingsmill_kid", "Josh"),
]
FIRST_NAMES = [
    "Amy", "Becky", "Callum", "Dan", "Ellie", "Fran", "Gemma", "Harry", "Izzy", "Jack",
    "Katie", "Lewis", "Megan", "Nathan", "Olivia", "Phil", "Rosie", "Ryan", "Sophie", "Will",
    "Yasmin", "Zach", "Beth", "Ciaran", "Danielle", "Ed", "Faye", "George", "Holly", "Imran",
    "Jade", "Kieran", "Lauren", "Mo", "Naomi", "Owen", "Paige", "Rob", "Sadia", "Tyler",
    "Vicky", "Wes", "Abdul", "Craig", "Dom", "Erin", "Freya", "Harpreet", "Joel", "Kasia",
]
SURNAMES = [
    "Ackroyd", "Barker", "Crowther", "Dyson", "Earnshaw", "Firth", "Garside", "Haigh",
    "Illingworth", "Jowett", "Kaye", "Lockwood", "Mitchell", "Naylor", "Oldroyd", "Pickles",
    "Ramsden", "Sykes", "Taylor", "Uttley", "Varley", "Womersley", "Yates", "Ali", "Hussain",
    "Kaur", "Singh", "Nowicki", "Murphy", "Kelly", "Brown", "Wood", "Shaw", "Hall", "Walker",
]


# ---------------------------------------------------------------------------------------
# Reddit: threads. A thread's submission is written to the file only when it has a
# category (``cat``); otherwise only its comments were found by the search and appear.
# Authors: None = a random stranger, "cust:<key>", "brand", "op" (the submitter),
# "deleted", or "r:<username>" for a fixed stranger.
# ---------------------------------------------------------------------------------------


def C(cat, text, author=None, key=None, parent=None, hours=(0.2, 20.0)):
    return dict(cat=cat, text=text, author=author, key=key, parent=parent, hours=hours)


def T(key, sub, title, window, comments=(), *, cat=None, author=None, selftext="", url=None,
      flair=None, score=None, extra=0, distinguished=None, stickied=False):
    return dict(key=key, sub=sub, title=title, window=window, comments=list(comments), cat=cat,
                author=author, selftext=selftext, url=url, flair=flair, score=score, extra=extra,
                distinguished=distinguished, stickied=stickied)


BEN_REVIEW = """Bit of background: I've spent the last month working through every toastie and sandwich at both Bramble sites (for science, and because my office is between them). Scores out of 10, prices are Headrow prices as of this week.

## The Hedgerow (blackberry & brie) — £7.95

**9/10.** The famous one. Bramble jam, properly runny brie, sourdough, a bit of thyme. Sounds like a gimmick, isn't. Only loses a point because Kirkstall sometimes under-toasts it.

## The Forager (mushroom melt) — £8.25

**8/10.** Garlicky mushrooms, two cheeses, caramelised onion. Huge. The bread can't quite hold it all, so eat it with a fork or accept your fate.

## BLT — £7.50

**7.5/10.** Thick-cut bacon, actual ripe tomatoes (in November!), good mayo. Nothing clever, just done right.

## Vegan sausage roll — £3.60

**8/10.** Not a sandwich, I know. Included because it's better than it has any right to be.

## The rest

* **Soup of the day** (£5.20 with bread): consistently great, but gone by half 12 most days
* **Almond croissant:** criminally underrated
* **Cinnamon bun:** you already know

## Overall

1. Hedgerow
2. Forager / vegan sausage roll (tie)
3. BLT

Service has been mostly good; the only miss was a 20 minute wait at Kirkstall one Saturday. Would recommend, especially Headrow before 11.

*Not sponsored, I paid for all of it, my bank app is concerned.*"""

PRICE_MEGATHREAD = """Hi all — Pat and Ellie here, the two of us behind Bramble.

From **Monday 9 November** our coffees go up by 30p. We wanted to explain why rather than just changing the board.

**Why?**

* Beans are up 22% since January
* Milk is up about 15%
* The energy bill at Headrow has doubled
* Everyone on the team moved to the Real Living Wage this autumn

**What isn't changing:**

* Stamp cards — still 8 stamps for a free drink, old cards still count
* Soup of the day stays at £5.20
* The suspended coffee board stays

We held off as long as we could. Ask us anything below and we'll answer everything we can.

Thanks for sticking with us 💚"""

APP_REVIEW = """Been using the app since launch. Overall I like it but a few things:

### The good
- Ordering ahead actually works (most of the time)
- Saved favourites
- Apple Pay

### The not so good
- No stamp card in the app, still paper??
- No way to see if the soup has run out
- Group orders cap at 10 items
- "Ready in 5 min" is more like 15 at lunchtime

### Requests
1. Digital stamp card
2. Live stock for soup and croissants
3. Bigger group orders
4. Let us add a note to the order ("extra hot", "no lid")

&#x200B;

Thanks, keep up the good work 👍"""

KIRKSTALL_RANT = """Long one, sorry. I've been going to Bramble Kirkstall pretty much every weekday since it opened. I've recommended it to literally everyone I know, I've bought gift cards for family, I've defended the prices in this very sub. So this isn't coming from someone who's out to get them.

But the last three weeks have been genuinely bad and I need to get it off my chest.

**Week one:** oat milk "out" four days running. Fine, supply issues happen. But nobody told you until you'd queued for ten minutes, and there was no sign on the door or in the app. The app happily let me pay for an oat latte, then at the pickup counter I got a "sorry, no oat" and a cow's milk one handed over like I should be grateful.

**Week two:** the price rise. I don't even mind the 30p, honestly. What I mind is that the same week the price went up, Kirkstall switched to the new cups that leak at the seam, and nobody seems to have noticed. I've had coffee down my sleeve three times. Three. I asked for extra napkins and was told they "only have what's out".

**Week three:** the app charged me twice (along with half of Leeds, judging by this sub), and the refund took nine working days. Nine. Meanwhile my "ready in 5 minutes" orders have been taking fifteen to twenty, because app orders now seem to go into a pile behind the walk-ins.

And then today. Got in at 12:20, asked for the soup, gone. Asked for a Forager instead, it came out with the cheese still solid in the middle. Mentioned it politely and got a sigh and "we're really busy". I know you're busy. I'm in the queue. I can see.

To be clear, this isn't about the young lads and lasses behind the counter. They're clearly run ragged and a couple of them looked close to tears on Thursday. It's about whoever decides how many of them are on.

What gets me is that it used to be the opposite of this. The staff knew your name, the toasties were always perfect, the soup was worth planning your day around. I don't know if they've lost staff, or the owners are stretched across two sites, or what, but something has clearly changed and it doesn't feel like anyone's in charge at Kirkstall any more.

I'm not going to pretend I'm boycotting or anything dramatic. I'll probably be back on Monday because I'm weak and the filter coffee is still great. But if anyone from Bramble reads this sub (I know you do, you answered the app thread): please, please look at Kirkstall. Your regulars are noticing. We're not angry, we're just sad.

**TL;DR:** oat milk chaos, leaky cups, double charges, slow app orders, soup gone by lunch, a cold toastie and a sigh. Please fix it, I miss the old Bramble."""

COCKTAIL_POST = """Dick Bradsell's Bramble is my go-to once the clocks go back. Dead simple:

* 50ml gin (something juniper-heavy)
* 25ml fresh lemon juice
* 12.5ml sugar syrup
* 15ml crème de mûre

Shake the gin, lemon and syrup, strain over crushed ice in a rocks glass, then drizzle the crème de mûre over the top so it bleeds down through the ice. Garnish with a blackberry and a lemon slice.

**Tip:** if you can't find crème de mûre, a spoon of good blackberry jam shaken in works surprisingly well."""

REDDIT_THREADS = [
    T("hype", "Leeds", "Is Bramble on the Headrow worth the hype?", (2.3, 2.6), cat="question",
      flair="Food & Drink", score=87, extra=23,
      selftext="Keep seeing it on my feed and my coworkers won't shut up about the \"Hedgerow\". Is it actually good or is it an Instagram thing?\n\nAlso is it always rammed?",
      comments=[
          C("praise", "It's genuinely good. The Hedgerow sounds weird (blackberry and brie??) but it works. Go after 10 and you'll miss the worst of the queue.", key="h1"),
          C("praise", "Yes. Best flat white in town imo, and I've tried most of them."),
          C("complaint", "It's fine but overpriced. £8 for a toastie is a lot however good the brie is.", key="h3"),
          C("neutral", "£8 for a toastie is pretty standard in town now tbf. Have you seen what Pret charges?", parent="h3"),
          C("praise", "The cinnamon buns are the real star. Don't sleep on them."),
          C("question", "Is the Kirkstall one any quieter? I'd rather drive than queue"),
          C("complaint", "Went twice, both times the queue was 20 minutes+. Coffee was good but not *20 minutes* good."),
          C("spam", "Great thread!! If you like Bramble you'll LOVE [CoffeeBox UK](https://coffeebox-deals.co/ref=xx9) — use code LEEDS50 for 50% off your first box!!! ☕☕", hours=(2, 10)),
          C("neutral", "Thanks all, going to try it tomorrow and report back", author="op", parent="h1", hours=(1, 4)),
          C("praise", "Update: had the Hedgerow. You were all right. I'm annoyed at how good it was.", author="op", hours=(24, 28)),
      ]),
    T("bestcoffee", "Leeds", "Best coffee in Leeds city centre? (2026 edition)", (0.4, 0.9), extra=140,
      comments=[
          C("praise", "Bramble for me. The Headrow one. Consistently good and the staff actually seem to like their jobs."),
          C("praise", "Bramble or Laynes, depending which side of the station I'm on."),
          C("complaint", "Bramble used to be my answer but the queues have got silly since they went viral on TikTok."),
          C("neutral", "Surprised nobody's said Bramble yet. Not saying it's the best, just surprised."),
          C("question", "Is Bramble the one that does the blackberry toastie? Been meaning to try it"),
      ]),
    T("price", "bramblecounter", "Our prices are going up on 9 November — here's why", (7.45, 7.5),
      cat="own_post", author="brand", distinguished="moderator", stickied=True, score=64, extra=9,
      selftext=PRICE_MEGATHREAD,
      comments=[
          C("praise", "Appreciate the transparency. Most places just quietly change the board. Happy to pay it.", hours=(0.3, 3)),
          C("complaint", "30p on every coffee is a lot when you're in every day. That's like £75 a year for me. Might have to start making my own.", key="p2"),
          C("question", "Does the price rise apply to app prices too or just at the counter?"),
          C("complaint", "Real Living Wage is great, genuinely, but can oat milk be included then? Paying 45p extra on top of a £4 drink is rough."),
          C("suggestion", "Any chance of a bring-your-own-cup discount to soften it a bit?"),
          C("praise", "Living wage for staff? Take my 30p. Take 50p."),
          C("complaint", "Wish you'd announced this more than a week in advance tbh"),
          C("sarcasm", "Oh brilliant, another price rise. Can't wait to pay £4.35 for the privilege of standing in a 20 minute queue. Truly living the dream."),
          C("neutral", "For context, the Costa by the station is £3.95 for a flat white now. So you're still under.", parent="p2"),
          C("complaint", "Fair enough, but then please fix the app. If I'm paying more I don't want to wait 20 minutes for an order that's meant to be \"ready in 5\"."),
          C("complaint", "This place has gone so corporate. Used to be a proper local spot.", author="deleted"),
          C("praise", "Honestly it's 30p. They pay properly, they give leftovers to the shelter, they ran a bake sale that raised over a grand for Candlelighters. I'll happily pay it.", author="cust:shiv"),
          C("praise", "Been coming since the Kirkstall opening. 30p is fine. Prices have gone up everywhere and these two have held out longer than most.", author="cust:dave", hours=(10, 40)),
          C("complaint", "£4.35 for an oat latte is mad. Not just Bramble, everywhere, but it's still mad.", author="cust:liam", hours=(20, 60)),
      ]),
    T("review", "Leeds", "I reviewed every sandwich at Bramble so you don't have to", (12.4, 12.7),
      cat="praise", author="cust:ben", flair="Food & Drink", score=412, extra=61, selftext=BEN_REVIEW,
      comments=[
          C("praise", "This is the content I come to r/Leeds for. Agree the almond croissant is criminally underrated."),
          C("praise", "Agree with all of this except the Forager should be a 10. Fight me.", author="cust:dave", key="rv2"),
          C("praise", "Ha, fair. The Forager's let down by the bread for me but the filling is a 10.", author="op", parent="rv2", hours=(0.5, 6)),
          C("neutral", "Saving this. Off to try the Forager on Friday."),
          C("complaint", "Good review but you were way too kind about the BLT. Mine had two sad rashers last week."),
          C("question", "Do they do the Hedgerow at Kirkstall too or is it Headrow only?"),
      ]),
    T("appcharges", "Leeds", "Anyone else had weird charges from the Bramble app?", (15.35, 15.45),
      cat="urgent", flair="Ask Leeds", score=156, extra=41,
      selftext="Woke up to **four** payments to \"BRAMBLE APP\" on my debit card, none of which I made. £6.40, £6.40, £12.80 and £25.60. I've had the app a year and only ever order one oat latte.\n\nI've frozen the card and called the bank. Has anyone else had this? Their support email just sends an auto-reply.",
      comments=[
          C("complaint", "Yes! Charged twice for a flat white on Tuesday. Still waiting on the refund.", hours=(0.2, 2)),
          C("complaint", "Same, £7.40 twice. Emailed them, nothing back yet.", hours=(0.3, 3)),
          C("urgent", "Mine's worse. Someone got into my Bramble app account, changed the email address and ordered £48 of stuff from Kirkstall on my saved card. My bank is involved now. Has anyone else had their account taken over??", key="hacked", hours=(1, 5)),
          C("question", "Is it safe to use the app at the moment or should I just pay at the till?", hours=(2, 8)),
          C("own_post", "Hi everyone, Ellie from Bramble here. We're really sorry. An update to our payment system on Tuesday morning caused some orders between about 8 and 10am to be charged twice. Every duplicate charge is being refunded automatically and should show in 3–5 working days.\n\nIf you think someone else has got into your account (u/{hacked_author}, please do this now), email help@bramblecounter.co.uk and we'll lock it straight away. We'll post an update here as soon as we know more.", author="brand", hours=(20, 24)),
          C("neutral", "Update for anyone following: my refund came through this morning.", hours=(60, 80)),
          C("complaint", "Good that they responded, but they should have emailed everyone affected rather than relying on Reddit and X.", hours=(30, 50)),
      ]),
    T("pumpkin", "bramblecounter", "Bring back the pumpkin loaf", (8.6, 9.2), cat="suggestion", score=48, extra=6,
      selftext="It's November. It's dark at 4pm. I need the pumpkin loaf. Who's with me?\n\n(Seriously though, it was the best thing on the menu last autumn)",
      comments=[
          C("suggestion", "Seconded. And with the cream cheese icing this time please."),
          C("praise", "The pumpkin loaf was the only good thing about last October"),
          C("suggestion", "Make it a permanent autumn thing, Sept to Nov. I'd buy one every day."),
          C("own_post", "It's coming back! Week of 30 November, both sites. Ellie is already testing a version with a maple glaze 🎃", author="brand", key="pk4", hours=(20, 30)),
          C("praise", "Best news I've had all week", parent="pk4", hours=(1, 6)),
      ]),
    T("rant", "Leeds", "Rant: what has happened to Bramble Kirkstall?", (21.56, 21.7), cat="complaint",
      flair="Rant", score=203, extra=54, selftext=KIRKSTALL_RANT,
      comments=[
          C("complaint", "Honestly agree. Was in on Thursday and it felt like nobody was in charge."),
          C("neutral", "Sounds like they're short staffed. Headrow has been fine for me, for what it's worth."),
          C("question", "Did you tell them any of this in person? Genuinely asking, they're usually good if you flag things.", key="rt3"),
          C("complaint", "I did, twice. Got a \"sorry about that\" and nothing changed.", author="op", parent="rt3", hours=(0.5, 4)),
          C("complaint", "The Kirkstall cups leaking is so real. Ruined a white shirt last week."),
          C("sarcasm", "Nothing like a lukewarm Forager to really make you appreciate the simple things in life. Like warmth."),
      ]),
    T("dogs", "bramblecounter", "Is Kirkstall dog friendly?", (3.6, 4.0), cat="question", score=12, extra=1,
      selftext="Want to bring my spaniel on Saturday. She's well behaved. Mostly.",
      comments=[
          C("question", "Yes! Dogs welcome at Kirkstall, there's even a water bowl by the door. I *think* Headrow is dogs outside only?"),
          C("praise", "Kirkstall is. Usually at least two dogs in on a Sunday morning, yours will make friends."),
          C("neutral", "Be warned the staff will fuss over her and she'll never want to leave"),
      ]),
    T("poisoning", "Leeds", "Anyone else ill after eating at Bramble Headrow on Tuesday?", (23.55, 23.85),
      cat="urgent", flair="Ask Leeds", score=118, extra=37,
      selftext="Me and two colleagues all had the Forager from Bramble on the Headrow on Tuesday lunchtime and all three of us were violently ill that night. Same symptoms, same timing.\n\nNot trying to start a pile-on, I've always liked it there. I genuinely want to know if it's just us before I report it.",
      comments=[
          C("urgent", "Same here. Had the Forager on Tuesday, off work Wednesday and Thursday. I've reported it to environmental health at the council and I'll be speaking to a solicitor if I end up losing pay over this.", hours=(40, 56)),
          C("neutral", "Could be a bug going round? My kids' school has had norovirus all week."),
          C("question", "Has anyone contacted Bramble directly? What did they say?"),
          C("question", "Did any of you have the soup as well, or just the Forager?"),
          C("complaint", "Had the Forager Wednesday and was fine, for what it's worth. But not great if true."),
          C("neutral", "Been eating there for years and never had an issue. Hope it's a coincidence but fair to report it."),
      ]),
    T("vegan", "Leeds", "Vegan food recommendations in Leeds?", (5.0, 5.5), extra=88,
      comments=[
          C("praise", "Bramble's vegan sausage roll is the best in the city. The hot chocolate is vegan with oat too (I asked). Only downside is the charge for oat milk.", author="cust:aisha"),
          C("praise", "Second the Bramble sausage roll. Get there early, they sell out."),
          C("question", "Does Bramble do vegan cheese for the toasties? Would love to try the Forager without the dairy."),
      ]),
    T("laptop", "Leeds", "Where can I work from with a laptop in Leeds?", (9.2, 9.6), extra=52,
      comments=[
          C("complaint", "Bramble Kirkstall is my office at this point. Good cortado, staff don't mind you staying. Only problem is there are about two plugs and they're always taken.", author="cust:jose"),
          C("complaint", "Bramble Kirkstall is nice but the wifi has been rubbish lately and there are barely any sockets."),
          C("praise", "Upstairs at Bramble on the Headrow is great for a couple of hours if you buy something every so often."),
      ]),
    T("gems", "Leeds", "What's your Leeds hidden gem?", (10.3, 10.8), extra=210,
      comments=[
          C("praise", "Bramble on the Headrow. The flat white is the best in town and the staff are genuinely kind. Get an almond croissant, thank me later.", author="cust:shiv"),
          C("praise", "Bramble's BLT is the best in Leeds. Proper thick bacon. Fight me.", author="cust:liam"),
          C("praise", "Bramble, before it got famous. Still good, just busier."),
          C("neutral", "I was going to say Bramble but apparently it's not hidden any more lol"),
      ]),
    T("daily1", "Leeds", "Daily Discussion Thread — Wednesday 4 November 2026", (9.0, 9.05), extra=180,
      comments=[
          C("neutral", "Sat in Bramble watching the rain. The Headrow is basically a river.", hours=(1, 10)),
          C("complaint", "Queued 15 mins at Bramble to be told there's no oat milk. Again.", hours=(1, 10)),
      ]),
    T("daily2", "Leeds", "Daily Discussion Thread — Monday 16 November 2026", (21.0, 21.05), extra=160,
      comments=[
          C("neutral", "Bramble Headrow has its Christmas tree up. It's happening, people.", hours=(1, 12)),
          C("question", "Anyone know if the Bramble on Kirkstall Road is open yet this morning? Sign says 8 but it's dark", hours=(7.9, 8.1)),
      ]),
    T("daily3", "Leeds", "Daily Discussion Thread — Friday 30 October 2026", (4.0, 4.05), extra=150,
      comments=[
          C("praise", "Small win: the lad at Bramble gave me a free cinnamon bun because it was \"the last one and it looked lonely\".", hours=(2, 10)),
      ]),
    T("photo", "Leeds", "The Hedgerow from Bramble. 10/10, no notes.", (6.4, 6.6), cat="praise",
      url="https://i.imgur.com/Qm4Tz8b.jpeg", flair="Food & Drink", score=301, extra=22,
      comments=[
          C("praise", "That cheese pull is obscene"),
          C("question", "Is that the one with blackberry? Looks unreal"),
          C("complaint", "Mine never looks like that. Always about half that much brie."),
      ]),
    T("satqueue", "Leeds", "Bramble Kirkstall queue on Saturdays is insane — any tips?", (18.4, 18.6),
      cat="complaint", flair="Ask Leeds", score=34, extra=14,
      selftext="Tried three Saturdays in a row, never less than 25 minutes. Is there a quiet time or is it rammed all day now? Is ordering on the app any quicker?",
      comments=[
          C("neutral", "Bramble Kirkstall have added a second till this week, queue seemed better today.", author="cust:ben", hours=(30, 50)),
          C("question", "Before 9 or after 2 in my experience. The app is hit and miss at weekends."),
          C("complaint", "Don't bother with the app on a Saturday, app orders just sit behind the walk-in queue anyway."),
          C("complaint", "Went at 9:15 last Saturday, 30 minute wait, and they'd run out of cinnamon buns by the time I got to the front."),
      ]),
    T("gf", "Leeds", "Gluten free cafés in Leeds?", (13.2, 13.6), extra=34,
      comments=[
          C("neutral", "Bramble does a GF brownie and will do any toastie on GF bread, but it goes on the same press, so not great if you're coeliac."),
          C("question", "Does anyone know if Bramble's soup is gluten free? Never thought to ask"),
      ]),
    T("appreview", "bramblecounter", "Bramble app review: good but needs work", (11.2, 11.6), cat="suggestion",
      score=29, extra=5, selftext=APP_REVIEW,
      comments=[
          C("suggestion", "+1 for the digital stamp card. I've lost three paper ones this year."),
          C("suggestion", "Also: please let us save more than one card. Work card and personal card."),
          C("complaint", "The group order cap is the worst bit. Our office order is always 12-14 drinks so we have to split it."),
      ]),
    T("soup", "bramblecounter", "What's the soup this week?", (15.6, 15.9), cat="question", score=8, extra=2,
      selftext="Title. Planning my lunches around it like a normal person.",
      comments=[
          C("neutral", "Monday was leek and potato, Tuesday was a spicy tomato. I think it changes daily?"),
          C("praise", "Whatever it is, it'll be good. The soup is the best thing they do and I'll die on that hill"),
      ]),
    T("xmas", "bramblecounter", "Opening hours over Christmas?", (19.5, 20.5), cat="question",
      author="cust:jose", score=6, extra=1,
      selftext="Does anyone know if Kirkstall is open on the 24th and 25th? Staying in Leeds over the holidays for the first time and I will need coffee.",
      comments=[
          C("neutral", "They were open Christmas Eve morning last year but closed Christmas Day and Boxing Day I think."),
      ]),
    T("plugs", "bramblecounter", "Suggestion: more plugs at Kirkstall?", (12.6, 13.0), cat="suggestion",
      author="cust:jose", score=22, extra=3,
      selftext="I (and half the university, apparently) work from Kirkstall in the afternoons. There are two sockets and they're both by the door.\n\nA couple of extension points along the bench by the window would make a lot of people very happy. Happy to buy more cortados in return.",
      comments=[
          C("suggestion", "Yes please. Even a USB strip would do."),
          C("neutral", "Fair, but I kind of like that it's not wall to wall laptops."),
      ]),
    T("shoutout", "bramblecounter", "Shout out to the Headrow team", (17.3, 17.5), cat="praise", score=41, extra=3,
      selftext="Lost my purse at Headrow on Saturday, got a call on Monday that someone had handed it in with everything still in it. The staff had kept it behind the till and recognised me as soon as I walked in.\n\nWhoever handed it in, thank you. Bramble team, you're stars 💚",
      comments=[
          C("praise", "Love this. Good people both sides of the counter."),
      ]),
    T("stamp", "bramblecounter", "Stamp card not accepted at Kirkstall?", (12.2, 12.4), cat="complaint", score=15, extra=4,
      selftext="Went to cash in a full card at Kirkstall and was told they can't accept cards stamped at Headrow. Is that a new rule? Nobody mentioned it when I got the card and the price rise post says old cards still count.",
      comments=[
          C("complaint", "Happened to me too last week. Was told it's \"because of the new stamps\". Felt a bit fobbed off."),
          C("neutral", "Headrow took my Kirkstall one no problem, so maybe it's just one staff member?"),
          C("complaint", "Same thing at Headrow last month. The lad said my stamp \"looked homemade\". It was *their* stamp!"),
      ]),
    T("croissants", "bramblecounter", "The almond croissants this week 🥐", (16.2, 16.5), cat="praise", score=19, extra=2,
      author="cust:niamh",
      selftext="Just wanted to say the almond croissants this week have been incredible. Whoever's baking, thank you.",
      comments=[
          C("praise", "🥐🥐🥐 🔥🔥 honestly 10/10 💚☕😍"),
          C("praise", "They really have been next level. Flaky all the way through."),
      ]),
    T("student", "Leeds", "Student discounts in Leeds worth knowing about?", (5.6, 6.0), extra=67,
      comments=[
          C("question", "Does Bramble do a student discount? Leeds Beckett student, living on oat lattes and hope.", author="cust:grace", key="st1"),
          C("neutral", "Bramble don't do one as far as I know, but the stamp card is basically the same thing if you go a lot.", parent="st1"),
      ]),
    T("smallthing", "CasualUK", "What's a small thing that made your day today?", (14.5, 14.8), extra=900,
      comments=[
          C("praise", "The barista at my local café (Bramble, in Leeds) drew a little hedgehog in my flat white. I'm 43."),
      ]),
    T("davebad", "Leeds", "First bad visit to Bramble Kirkstall in 5 years — just me?", (25.53, 25.8),
      cat="complaint", author="cust:dave", flair="Food & Drink", score=57, extra=19,
      selftext="Genuinely not a moan post, I love this place. But today: got there at 12:15, the soup had already run out, the Forager came out cold in the middle, and when I mentioned it the lad behind the counter just said \"it's busy mate\".\n\nFirst time in five years I've left there disappointed. Hoping it was an off day. Anyone else noticed things slipping lately?",
      comments=[
          C("complaint", "Not just you. Thursday was chaotic at Kirkstall too, cold toastie and the queue was nuts. Still love them but something's up.", author="cust:niamh"),
          C("neutral", "Saw a hiring sign in the window last week so probably short staffed."),
          C("praise", "Headrow is still brilliant if you can get into town. Give it a couple of weeks?"),
          C("complaint", "The soup running out at noon has been going on for weeks at Kirkstall. Make more soup, it's not complicated."),
      ]),
    T("bestsoup", "Leeds", "Best soup in Leeds?", (1.3, 1.8), extra=44,
      comments=[
          C("praise", "Bramble at Kirkstall, no contest. Been going since they opened in 2021 and the soup of the day has never once been bad. Get there before 12:30 though.", author="cust:dave"),
          C("neutral", "To be fair to Bramble, the soup runs out because it's made fresh each morning. I'd rather that than reheated tins. But yeah, make more.", author="cust:ben"),
          C("praise", "Bramble's spiced parsnip last week was unreal."),
      ]),
    T("staffroom", "Leeds", "Cake for the staff room — where do you order from?", (3.2, 3.5), extra=26,
      comments=[
          C("praise", "Bramble Kirkstall will do a box of 12 cinnamon buns if you ask the day before. Our staff room devoured them in ten minutes.", author="cust:niamh"),
      ]),
    T("chai", "Leeds", "Who does a proper chai in Leeds?", (7.8, 8.2), extra=31,
      comments=[
          C("praise", "Bramble's chai is properly spiced, not syrup. I have one every morning before school.", author="cust:niamh"),
          C("praise", "Seconding Bramble. Ask for it with oat, it's even better."),
      ]),
    T("running", "Leeds", "Running clubs in Leeds for a slow beginner?", (8.8, 9.3), extra=39,
      comments=[
          C("neutral", "We run from Kirkstall Abbey on Sundays at 9, 5k or 10k, all paces welcome, and finish at Bramble for coffee. Come along!", author="cust:marcus"),
      ]),
    T("quiet", "Leeds", "Quiet places to read in town?", (4.6, 5.0), extra=48,
      comments=[
          C("praise", "Bramble on the Headrow after 2pm is lovely and quiet. Get a chai and a cinnamon bun and sit upstairs.\n\nAvoid 8-9am like the plague though, the queue is wild.", author="cust:zoe"),
          C("neutral", "Library itself, obviously. Or Bramble if you need caffeine, it's opposite."),
      ]),
    T("quiethour", "bramblecounter", "Quiet hour with no music?", (14.2, 14.6), cat="suggestion",
      author="cust:zoe", score=17, extra=2,
      selftext="Any chance of a quiet hour with the music off? Mornings especially, before 9. I'd come in even more than I already do (which is a lot).",
      comments=[
          C("suggestion", "Yes! Or at least turn it down a bit. Some of us are fragile before 9."),
          C("neutral", "I quite like the music tbh, but an hour wouldn't hurt."),
          C("suggestion", "Or a quiet corner upstairs at Headrow, like a library zone. I'd live there."),
      ]),
    T("veganhedgerow", "bramblecounter", "Vegan Hedgerow please? 🌱", (18.7, 19.1), cat="suggestion",
      author="cust:aisha", score=23, extra=4,
      selftext="Please can you do a vegan version of the Hedgerow? Vegan brie has come a long way and the bramble jam is already vegan. I'd buy one every day.",
      comments=[
          C("suggestion", "Seconded. Even as a Friday special."),
          C("question", "Is the sourdough vegan? Asking because that'd be step one"),
      ]),
    T("openmic", "Leeds", "Live music in Leeds this month?", (11.6, 12.0), extra=29,
      comments=[
          C("neutral", "Bramble did an open mic in the summer and it was really good. Hoping they do another one.", author="cust:kwame"),
      ]),
    T("hotchoc", "Leeds", "Best hot chocolate in Leeds for winter?", (20.2, 20.5), extra=58,
      comments=[
          C("question", "Is the hot chocolate at Bramble worth it? Seen it all over my feed.", author="cust:liam", key="hc1"),
          C("praise", "Yes. Proper chocolate, not powder, and they do oat for free at the moment.", parent="hc1"),
          C("praise", "Bramble's is the best I've had. The cinnamon bun on the side is mandatory.", author="cust:grace"),
      ]),
    T("psa", "Leeds", "PSA: Bramble Headrow now opens at 7:30 on weekdays", (1.8, 2.1), cat="neutral",
      flair="PSA", score=64, extra=8,
      selftext="For the early shift crowd. Was 8 before. Kirkstall still 8.",
      comments=[
          C("praise", "This is huge for us hospital lot. Thanks for the heads up."),
      ]),
    T("xmasmarket", "Leeds", "Christmas Market 2026 megathread", (17.0, 17.3), extra=240,
      comments=[
          C("neutral", "Tip: get a coffee at Bramble on the Headrow first, the market coffee is £4.50 and tastes like a radiator."),
          C("question", "Do Bramble have a stall at the market this year or was that a different Bramble?"),
      ]),
    T("worklunch", "Leeds", "Decent lunch near Park Square for under a tenner?", (10.0, 10.4), extra=41,
      comments=[
          C("complaint", "Bramble used to be my go-to but with the price rise a toastie and a coffee is nearly £12 now."),
          C("praise", "Bramble soup and bread is £5.20 and it's massive. Best value in town."),
      ]),
    T("appaccount", "bramblecounter", "How do I change the email on my app account?", (22.0, 22.4), cat="question",
      score=5, extra=1,
      selftext="New job, new email. Can't see it anywhere in settings. Do I have to make a new account and lose my order history?",
      comments=[
          C("neutral", "You have to email them, there's no option in the app. Took a day for them to do mine."),
      ]),
    T("lostheadrow", "Leeds", "Anyone lost a kid's blue glove near the Headrow?", (23.3, 23.5), extra=4,
      comments=[
          C("neutral", "Handed one in at Bramble yesterday, blue with a dinosaur on it? Ask at the counter."),
      ]),
    T("queueskip", "Leeds", "Unpopular opinion: coffee queues in Leeds are getting ridiculous", (16.5, 16.9), extra=120,
      comments=[
          C("complaint", "Bramble Headrow at 8:30 is like queuing for a ride at Alton Towers. Except the ride is a flat white."),
          C("sarcasm", "Love that the stamp card at Bramble is now a \"digital experience\". By which I mean it doesn't work. Very modern."),
          C("neutral", "It's because everyone's back in the office Tue-Thu. Bramble on a Monday is empty."),
      ]),
    T("versus", "Leeds", "Bramble Headrow vs Kirkstall?", (23.6, 23.9), cat="question", flair="Ask Leeds",
      score=14, extra=9,
      selftext="Visiting family in Kirkstall next week but staying in town. Which Bramble is better? Never been to either.",
      comments=[
          C("praise", "Headrow for the buzz, Kirkstall for the space and the dogs. Same menu, same coffee."),
          C("complaint", "Kirkstall is slower but at least you get a seat. At Headrow you'll be stood by the bins."),
      ]),
    # --- not about the brand ---------------------------------------------------------------
    T("garden", "GardeningUK", "How do I get rid of brambles on a new allotment?", (3.7, 4.2), cat="not_brand", score=143, extra=58,
      selftext="Just taken on a half-plot in Leeds and about a third of it is brambles, some of the stems are thumb-thick. Do I need to dig the roots out or will repeated cutting do it? Really don't want to use weedkiller.\n\nPhoto: https://imgur.com/a/k7Pq2Rm"),
    T("cocktail", "cocktails", "The Bramble — my go-to autumn cocktail", (9.6, 10.0), cat="not_brand", score=522, extra=77,
      selftext=COCKTAIL_POST),
    T("dog", "dogs", "Bramble turned one today! 🎂", (13.7, 14.0), cat="not_brand", url="https://i.redd.it/8x2kq0v7c1zd1.jpeg",
      score=1873, extra=96),
    T("jam", "UKFood", "What's the most underrated jam?", (19.0, 19.4), extra=300,
      comments=[C("not_brand", "Bramble jam, no contest. Hedgerow picking every September with my nan, then a whole Sunday of jam making. Nothing in the shops comes close.")]),
    T("shed", "CasualUK", "What's slowly taking over your garden?", (20.6, 20.9), extra=410,
      comments=[C("not_brand", "We've got a bramble that has basically eaten the shed at this point. I think it's load bearing now.")]),
    T("meanwood", "Leeds", "Nice autumn walks near Leeds?", (1.0, 1.5), extra=71,
      comments=[C("not_brand", "Meanwood Valley trail. Loads of bramble picking along the way if you go in September, we got two tubs this year.")]),
    # --- other languages -------------------------------------------------------------------
    T("polska", "Polska", "Praca i życie w Leeds — pytania", (6.2, 6.7), extra=54,
      comments=[C("foreign_language", "Mieszkam w Leeds od 4 lat. Jak będziesz w centrum, to polecam kawiarnię Bramble na Headrow — dobra kawa i zupa dnia, trochę drogo, ale warto.")]),
    T("de", "de", "Auslandssemester in Leeds – Tipps?", (11.0, 11.5), extra=39,
      comments=[C("foreign_language", "Unbedingt ins Bramble in Kirkstall gehen! Der Toastie mit Brombeere und Brie klingt komisch, ist aber genial. Und die Zimtschnecken erst…")]),
    T("france", "france", "Des conseils pour un week-end à Leeds ?", (15.0, 15.5), extra=22,
      comments=[C("foreign_language", "Pour le café, allez chez Bramble sur le Headrow. Le flat white est excellent et le personnel est super sympa. Évitez juste l'heure du déjeuner, c'est la queue.")]),
    T("portugal", "portugal", "Portugueses em Leeds?", (18.0, 18.5), extra=31,
      comments=[C("foreign_language", "Estou em Leeds há dois anos. Para matar saudades, o croissant de amêndoa do Bramble é o mais parecido que encontrei com a nossa pastelaria 😅")]),
    T("es", "bramblecounter", "¿Opciones sin gluten?", (21.8, 22.2), cat="foreign_language", score=4, extra=1,
      selftext="Hola! ¿Alguien sabe si Bramble tiene opciones sin gluten? Mi novia es celíaca y vamos a estar en Leeds la semana que viene. ¡Gracias!"),
    # --- spam ------------------------------------------------------------------------------
    T("crypto", "Leeds", "Leeds meetups for small business owners?", (16.0, 16.4), extra=17,
      comments=[C("spam", "Great question! Also check out my crypto course, financial freedom in 30 days 🚀 link in bio. Bramble is nice for meetups too.", author="r:Financial_Freedom_Coach_88")]),
]

# Reddit strangers with fixed names (authors of comments that say they are the same person).
REDDIT_FIXED = {"Financial_Freedom_Coach_88": "t2_11xq0f9k2a"}

REDDIT_HANDLES = [
    "throwaway_ls6_2026", "leeds_lurker", "yorkshire_grit", "HeadingleyHermit", "MrBrightside_LS2",
    "not_a_leeds_student", "kirkstall_abbey_ghost", "cobbled_streets", "LS11_lad",
    "GrumpyGeordieInLeeds", "tealeaf_tasha", "otley_run_veteran", "bus_51_survivor",
    "ChapelAllertonChap", "Dr_Pigeon", "purlwise_knits", "bikeshed_ed", "ElectricPenguin42",
    "the_real_slim_tykey", "roundhay_rambler", "MeanwoodMarauder", "sheepscar_sue",
    "crumpet_enthusiast", "pints_and_pastries", "WestYorksWanderer", "beeston_bex",
]
REDDIT_ADJ = ["Gloomy", "Brave", "Curious", "Hungry", "Silly", "Fluffy", "Wise", "Lazy", "Spare",
              "Pleasant", "Witty", "Odd", "Jolly", "Mundane", "Tasty", "Dizzy", "Quiet", "Soggy"]
REDDIT_NOUN = ["Parsnip", "Badger", "Kettle", "Pigeon", "Crumpet", "Teacake", "Heron", "Toastie",
               "Puffin", "Otter", "Spoon", "Turnip", "Ferret", "Biscuit", "Scone", "Mole"]


# fmt: on

# =======================================================================================
# Engine
# =======================================================================================

TAG_RE = re.compile(r"^\[(after|before|hour|re|qt|by|key|lang):([^\]]*)\]")
PLACEHOLDER_RE = re.compile(r"\{(link|site|coffee|food|mins)\}")
ALNUM = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
B36 = "0123456789abcdefghijklmnopqrstuvwxyz"


def parse_tags(text: str) -> tuple[str, dict[str, str]]:
    tags: dict[str, str] = {}
    while m := TAG_RE.match(text):
        tags[m.group(1)] = m.group(2)
        text = text[m.end() :]
    return text, tags


def esc(text: str) -> str:
    """Escape like the platforms do: only &, < and >."""
    return html.escape(text, quote=False) if ESCAPE_ENTITIES else text


def b36(n: int) -> str:
    out = ""
    while n:
        n, r = divmod(n, 36)
        out = B36[r] + out
    return out or "0"


def iso(t: datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%S.000Z")


def day_of(t: datetime) -> float:
    return (t - START).total_seconds() / 86400


class Gen:
    def __init__(self, seed: int = SEED) -> None:
        self.rng = random.Random(seed)
        self.cust = {c["key"]: c for c in CUSTOMERS}

    # -- small helpers -----------------------------------------------------------------
    def tco(self) -> str:
        return "https://t.co/" + "".join(self.rng.choice(ALNUM) for _ in range(10))

    def fill(self, text: str) -> str:
        def sub(m: re.Match[str]) -> str:
            name = m.group(1)
            if name == "link":
                return self.tco()
            if name == "site":
                return self.rng.choice(SITES)
            if name == "coffee":
                return self.rng.choice(COFFEES)
            if name == "food":
                return self.rng.choice(FOODS)
            return str(self.rng.choice([15, 18, 20, 22, 25, 25, 30, 35]))

        return PLACEHOLDER_RE.sub(sub, text)

    def sample_time(self, lo: float, hi: float, hour: int | None = None) -> datetime:
        lo, hi = max(0.0, lo), min(SPAN_DAYS, hi)
        if hi <= lo:
            hi = min(SPAN_DAYS, lo + 0.05)
        fixed_hour = hour
        for _ in range(2000):
            d0 = int(self.rng.uniform(lo, hi))
            hour = (
                fixed_hour
                if fixed_hour is not None
                else self.rng.choices(range(24), HOUR_WEIGHTS)[0]
            )
            secs = d0 * 86400 + hour * 3600 + self.rng.randrange(3600)
            if lo * 86400 <= secs < hi * 86400:
                return START + timedelta(seconds=secs)
        return START + timedelta(seconds=int(self.rng.uniform(lo, hi) * 86400))

    def x_user_id(self) -> str:
        if self.rng.random() < 0.45:
            return str(self.rng.randint(14_000_000, 3_300_000_000))
        ms = self.rng.randint(1_430_000_000_000, 1_760_000_000_000)  # 2015..2025
        return str(((ms - TWITTER_EPOCH_MS) << 22) | self.rng.getrandbits(22))

    def lognorm(self, mu: float, sigma: float, lo: int, hi: int) -> int:
        return max(lo, min(hi, int(self.rng.lognormvariate(mu, sigma))))

    # -- X users -----------------------------------------------------------------------
    def build_x_users(self) -> None:
        self.x_users: dict[str, dict] = {}
        b = BRAND_X
        self.x_users["brand"] = dict(
            id=b["id"],
            name=b["name"],
            username=b["username"],
            verified=b["verified"],
            public_metrics=dict(
                followers_count=b["followers"],
                following_count=b["following"],
                tweet_count=b["tweets"],
                listed_count=b["listed"],
                like_count=b["likes"],
            ),
        )
        for c in CUSTOMERS:
            if c["x_api"]:
                f = c["followers"] or self.lognorm(5.5, 1.0, 20, 3000)
                self.x_users["cust:" + c["key"]] = self._x_user(
                    c["full"] if "," not in c["full"] else "Dave Okafor", c["x_api"], f
                )
        self.x_users["cust:jose"]["name"] = "José M. 🇪🇸"
        self.x_users["cust:gosia"]["name"] = "Gosia Nowak"
        self.x_users["cust:zoe"]["name"] = "zoë ☕📚"
        self.x_users["cust:shiv"]["name"] = "Siobhán 🍀"
        for key, s in X_SPECIAL_USERS.items():
            u = self._x_user(s["name"], s["username"], s["followers"])
            u["verified"] = s.get("verified", False)
            pm = u["public_metrics"]
            pm["following_count"] = s["following"]
            pm["tweet_count"] = s["tweets"]
            pm["listed_count"] = s["listed"]
            self.x_users["sp:" + key] = u
        generic = list(X_HANDLES)
        used = {h.lower() for h, _ in generic}
        while len(generic) < 80:
            first, last = self.rng.choice(FIRST_NAMES), self.rng.choice(SURNAMES)
            style = self.rng.randrange(5)
            if style == 0:
                h = f"{first}{last}".lower()
            elif style == 1:
                h = f"{first.lower()}_{last.lower()}{self.rng.randint(1, 99)}"
            elif style == 2:
                h = f"{first.lower()}{last[0].lower()}{self.rng.randint(84, 2005)}"
            elif style == 3:
                h = f"{first}{last}"
            else:
                h = f"{first.lower()}{self.rng.choice(['_lds', '_leeds', 'xo', '__', '_uk'])}"
            h = h[:15]
            if h.lower() in used:
                continue
            used.add(h.lower())
            name = self.rng.choice([f"{first} {last}", first, f"{first} {last[0]}.", first.lower()])
            generic.append((h, name))
        self.x_generic = []
        for h, n in generic:
            u = self._x_user(n, h, self.lognorm(5.3, 1.2, 3, 9000))
            self.x_users["gx:" + h] = u
            self.x_generic.append("gx:" + h)
        self.rng.shuffle(self.x_generic)
        self._generic_cursor = 0

    def _x_user(self, name: str, username: str, followers: int) -> dict:
        return dict(
            id=self.x_user_id(),
            name=name,
            username=username,
            verified=False,
            public_metrics=dict(
                followers_count=followers,
                following_count=self.lognorm(5.6, 0.9, 10, 5000),
                tweet_count=self.lognorm(7.2, 1.3, 12, 90000),
                listed_count=self.lognorm(0.5, 1.2, 0, 60) if followers > 100 else 0,
                like_count=self.lognorm(7.5, 1.5, 5, 150000),
            ),
        )

    def next_generic_x(self) -> str:
        """Each generic stranger posts at least once before anyone posts twice."""
        if self._generic_cursor < len(self.x_generic):
            k = self.x_generic[self._generic_cursor]
            self._generic_cursor += 1
            return k
        return self.rng.choice(self.x_generic)

    # -- X tweets ----------------------------------------------------------------------
    def build_x(self) -> None:
        self.build_x_users()
        specs: list[dict] = []

        def add(author: str, cat: str, raw: str, lo=0.0, hi=SPAN_DAYS, fixed=None):
            text, tags = parse_tags(raw)
            lo = float(tags.get("after", lo))
            hi = float(tags.get("before", hi))
            specs.append(
                dict(
                    author=author,
                    cat=cat,
                    text=self.fill(text),
                    tags=tags,
                    lo=lo,
                    hi=hi,
                    fixed=fixed,
                    key=tags.get("key"),
                    lang=tags.get("lang", "en"),
                    hour=int(tags["hour"]) if "hour" in tags else None,
                    ref_type=None,
                    ref_key=None,
                    time=None,
                )
            )

        for okey, at, raw in OWN_X:
            add("brand", "own_post", raw, fixed=at)
            specs[-1]["key"] = okey
        for ckey, cat, lo, hi, raw in REGULAR_X:
            add("cust:" + ckey, cat, raw, lo, hi)
        for cat, pool in X_POOLS.items():
            for raw in pool:
                _, tags = parse_tags(raw)
                author = "sp:" + tags["by"] if "by" in tags else None
                add(author, cat, raw)
        for okey, who in RETWEETS:
            specs.append(
                dict(
                    author=who,
                    cat="retweet",
                    text=None,
                    tags={"rt": okey},
                    lo=0,
                    hi=SPAN_DAYS,
                    fixed=None,
                    key=None,
                    lang="en",
                    ref_type="retweeted",
                    ref_key=okey,
                    time=None,
                )
            )
        for s in specs:
            if "re" in s["tags"]:
                s["ref_type"], s["ref_key"] = "replied_to", s["tags"]["re"]
            elif "qt" in s["tags"]:
                s["ref_type"], s["ref_key"] = "quoted", s["tags"]["qt"]
        # strangers in a fixed order so that everyone posts once before anyone twice
        for s in specs:
            if s["author"] is None:
                s["author"] = self.next_generic_x()

        # times: independent ones first, then dependants once their target has a time
        by_key = {s["key"]: s for s in specs if s["key"]}
        pending = list(specs)
        while pending:
            rest = []
            for s in pending:
                if s["fixed"] is not None:
                    s["time"] = START + timedelta(days=s["fixed"], seconds=self.rng.randrange(60))
                elif s["ref_key"]:
                    tgt = by_key[s["ref_key"]]
                    if tgt["time"] is None:
                        rest.append(s)
                        continue
                    t0 = day_of(tgt["time"])
                    if s["author"] == "brand":
                        s["time"] = tgt["time"] + timedelta(minutes=self.rng.randint(25, 170))
                    else:
                        lo = max(s["lo"], t0 + 0.01)
                        hi = min(s["hi"], t0 + (1.5 if s["ref_type"] != "retweeted" else 3.0))
                        s["time"] = self.sample_time(lo, hi)
                else:
                    s["time"] = self.sample_time(s["lo"], s["hi"], s.get("hour"))
            if len(rest) == len(pending):
                raise SystemExit("unresolvable reply chain: " + str([s["ref_key"] for s in rest]))
            pending = rest

        # ids from time (snowflakes), unique and increasing with time
        specs.sort(key=lambda s: s["time"])
        seen: set[str] = set()
        for s in specs:
            ms = int(s["time"].timestamp() * 1000) + self.rng.randrange(1000)
            while True:
                tid = str(((ms - TWITTER_EPOCH_MS) << 22) | self.rng.getrandbits(22))
                if tid not in seen:
                    break
            seen.add(tid)
            s["id"] = tid
        self.x_specs = specs
        self.x_by_key = by_key

        # tweet objects
        for s in specs:
            user = self.x_users[s["author"]]
            tw: dict = {"id": s["id"]}
            conv = s["id"]
            extra: dict = {}
            if s["ref_type"] == "retweeted":
                orig = by_key[s["ref_key"]]
                body = orig["text"]
                if len(body) > 120:
                    body = body[:117].rstrip() + "…"
                text = f"RT @{BRAND_X['username']}: {body}"
                extra["referenced_tweets"] = [{"type": "retweeted", "id": orig["id"]}]
            elif s["ref_type"] == "replied_to":
                tgt = by_key[s["ref_key"]]
                text = s["text"]
                conv = tgt.get("conv", tgt["id"])
                extra["in_reply_to_user_id"] = self.x_users[tgt["author"]]["id"]
                extra["referenced_tweets"] = [{"type": "replied_to", "id": tgt["id"]}]
            elif s["ref_type"] == "quoted":
                tgt = by_key[s["ref_key"]]
                text = s["text"] + " " + self.tco()
                extra["referenced_tweets"] = [{"type": "quoted", "id": tgt["id"]}]
            else:
                text = s["text"]
            s["conv"] = conv
            s["plain"] = text
            tw["text"] = esc(text)
            tw["author_id"] = user["id"]
            tw["created_at"] = iso(s["time"])
            tw["conversation_id"] = conv
            tw.update(extra)
            tw["lang"] = s["lang"]
            tw["edit_history_tweet_ids"] = [s["id"]]
            tw["public_metrics"] = self.tweet_metrics(s, user)
            s["tweet"] = tw
        # a retweet shows the original's retweet_count
        for s in specs:
            if s["ref_type"] == "retweeted":
                orig = by_key[s["ref_key"]]["tweet"]["public_metrics"]
                s["tweet"]["public_metrics"]["retweet_count"] = orig["retweet_count"]

    def tweet_metrics(self, s: dict, user: dict) -> dict:
        r = self.rng
        followers = user["public_metrics"]["followers_count"]
        if s["ref_type"] == "retweeted":
            return dict(
                retweet_count=0,
                reply_count=0,
                like_count=0,
                quote_count=0,
                bookmark_count=0,
                impression_count=0,
            )
        boost = {"urgent": r.uniform(6, 30), "own_post": r.uniform(1.5, 3), "spam": 0.2}.get(
            s["cat"], 1.0
        )
        imp = int((followers * r.uniform(0.04, 0.3) + r.randint(3, 70)) * boost)
        likes = int(imp * r.uniform(0.0, 0.035 if s["cat"] != "spam" else 0.002))
        rts = int(likes * r.uniform(0.0, 0.25 if s["cat"] != "urgent" else 0.9))
        replies = int(likes * r.uniform(0.0, 0.3)) + (
            r.randint(3, 40) if s["cat"] == "urgent" else 0
        )
        quotes = int(rts * r.uniform(0.0, 0.3))
        bookmarks = int(likes * r.uniform(0.0, 0.2))
        return dict(
            retweet_count=rts,
            reply_count=replies,
            like_count=likes,
            quote_count=quotes,
            bookmark_count=bookmarks,
            impression_count=imp,
        )

    # -- X pages -----------------------------------------------------------------------
    def page_x(self) -> list[dict]:
        r = self.rng
        tweets = self.x_specs  # chronological
        # page index -> number of tweets of the previous page repeated at its start. An
        # overlap that would repeat the suspended account's tweet moves to the next page.
        overlap_plan = {2: 3, 5: 2, 8: 3, 12: 2}
        pages: list[list[dict]] = []
        self.dup_pages = {}
        carry = 0
        i = 0
        while i < len(tweets):
            d = (overlap_plan.get(len(pages), 0) + carry) if pages else 0
            carry = 0
            if d and any(s["author"] == "sp:crypt0" for s in pages[-1][-d:]):
                carry, d = d, 0
            new = min(r.randint(15, PAGE_MAX - d), len(tweets) - i)
            page = (pages[-1][-d:] if d else []) + tweets[i : i + new]
            if d:
                self.dup_pages[len(pages)] = d
            pages.append(page)
            i += new
        self.x_duplicates = [s for p, d in self.dup_pages.items() for s in pages[p][:d]]
        self.x_pages = pages

        crypt0 = self.x_users["sp:crypt0"]
        crypt0_pages = [
            n for n, p in enumerate(pages) if any(s["author"] == "sp:crypt0" for s in p)
        ]
        assert len(crypt0_pages) == 2, crypt0_pages
        candidates = [n for n in range(3, len(pages) - 2) if n not in crypt0_pages]
        no_includes = candidates[len(candidates) // 2]
        self.x_gaps = {
            no_includes: "no includes",
            crypt0_pages[0]: "suspended user missing, with errors",
            crypt0_pages[1]: "suspended user missing, no errors",
        }

        out = []
        for n, page in enumerate(pages):
            data = [s["tweet"] for s in sorted(page, key=lambda s: s["tweet"]["id"], reverse=True)]
            users, seen = [], set()
            for s in sorted(page, key=lambda s: s["tweet"]["id"], reverse=True):
                u = self.x_users[s["author"]]
                if u["id"] in seen:
                    continue
                seen.add(u["id"])
                if n in crypt0_pages and u["id"] == crypt0["id"]:
                    continue
                users.append(u)
            body: dict = {"data": data}
            if n != no_includes:
                body["includes"] = {"users": users}
            if n == crypt0_pages[0]:
                body["errors"] = [
                    {
                        "value": crypt0["id"],
                        "detail": f"Could not find user with id: [{crypt0['id']}].",
                        "title": "Not Found Error",
                        "resource_type": "user",
                        "parameter": "id",
                        "resource_id": crypt0["id"],
                        "type": "https://api.twitter.com/2/problems/resource-not-found",
                    }
                ]
            meta = {
                "newest_id": data[0]["id"],
                "oldest_id": data[-1]["id"],
                "result_count": len(data),
            }
            if n != len(pages) - 1:
                meta["next_token"] = "b26v89c19zqg8o3f" + "".join(r.choice(B36) for _ in range(29))
            body["meta"] = meta
            out.append(body)
        return out

    # -- Reddit ------------------------------------------------------------------------
    def build_reddit_users(self) -> None:
        r = self.rng
        self.r_users: dict[str, dict] = {"brand": dict(BRAND_REDDIT)}
        for c in CUSTOMERS:
            if c["reddit_api"]:
                self.r_users["cust:" + c["key"]] = dict(
                    author=c["reddit_api"],
                    author_fullname="t2_"
                    + "".join(r.choice(B36) for _ in range(r.choice([5, 8, 8]))),
                )
        for name, full in REDDIT_FIXED.items():
            self.r_users["r:" + name] = dict(author=name, author_fullname=full)
        names = list(REDDIT_HANDLES)
        while len(names) < 48:
            n = f"{r.choice(REDDIT_ADJ)}-{r.choice(REDDIT_NOUN)}-{r.randint(100, 9999)}"
            if n not in names:
                names.append(n)
        self.r_generic = []
        for n in names:
            k = "gr:" + n
            self.r_users[k] = dict(
                author=n,
                author_fullname="t2_"
                + "".join(r.choice(B36) for _ in range(r.choice([6, 8, 8, 9]))),
            )
            self.r_generic.append(k)
        r.shuffle(self.r_generic)
        self._r_cursor = 0

    def next_generic_r(self, avoid: set[str]) -> str:
        while self._r_cursor < len(self.r_generic):
            k = self.r_generic[self._r_cursor]
            self._r_cursor += 1
            if k not in avoid:
                return k
        choices = [k for k in self.r_generic if k not in avoid]
        return self.rng.choice(choices)

    def reddit_id(self, t: datetime, kind: str) -> str:
        secs = (t - START).total_seconds()
        if kind == "t3":
            n = int("1qa0000", 36) + int(secs * 0.45) + self.rng.randrange(3)
        else:
            n = int("nk00000", 36) + int(secs * 31) + self.rng.randrange(31)
        while b36(n) in self._r_ids:
            n += 1
        self._r_ids.add(b36(n))
        return b36(n)

    def build_reddit(self) -> None:
        self.build_reddit_users()
        self._r_ids: set[str] = set()
        items: list[dict] = []
        for th in REDDIT_THREADS:
            sub = th["sub"]
            op = th["author"] or self.next_generic_r(set())
            t_sub = self.sample_time(*th["window"])
            link_id = self.reddit_id(t_sub, "t3")
            slug = make_slug(th["title"])
            permalink = f"/r/{sub}/comments/{link_id}/{slug}/"
            in_thread = {op}
            thread_items: list[dict] = []
            # authors first (so texts can refer to them), then times
            for c in th["comments"]:
                if c["author"] is None:
                    c["_who"] = self.next_generic_r(in_thread)
                elif c["author"] == "op":
                    c["_who"] = op
                else:
                    c["_who"] = c["author"]
                in_thread.add(c["_who"])
            keyed = {c["key"]: c for c in th["comments"] if c["key"]}
            for c in th["comments"]:
                parent = keyed[c["parent"]] if c["parent"] else None
                base = parent["_time"] if parent else t_sub
                t = base + timedelta(hours=self.rng.uniform(*c["hours"]))
                if t >= END:
                    t = base + (END - base) * self.rng.uniform(0.3, 0.9)
                c["_time"] = t.replace(microsecond=0)
            for c in sorted(th["comments"], key=lambda c: c["_time"]):
                cid = self.reddit_id(c["_time"], "t1")
                c["_id"] = cid
                parent = keyed[c["parent"]] if c["parent"] else None
                text = c["text"]
                if "{hacked_author}" in text:
                    text = text.replace(
                        "{hacked_author}", self.r_users[keyed["hacked"]["_who"]]["author"]
                    )
                who = c["_who"]
                data: dict = {"id": cid, "name": "t1_" + cid}
                if who == "deleted":
                    data["author"] = "[deleted]"
                else:
                    data["author"] = self.r_users[who]["author"]
                    data["author_fullname"] = self.r_users[who]["author_fullname"]
                score = self.comment_score(c["cat"])
                data.update(
                    {
                        "body": esc(text),
                        "body_html": esc('<div class="md">' + md_to_html(text) + "\n</div>"),
                        "created_utc": float(int(c["_time"].timestamp())),
                        "permalink": f"{permalink}{cid}/",
                        "link_id": "t3_" + link_id,
                        "parent_id": ("t1_" + parent["_id"]) if parent else ("t3_" + link_id),
                        "subreddit": sub,
                        "subreddit_name_prefixed": "r/" + sub,
                        "score": score,
                        "ups": score,
                        "link_title": th["title"],
                        "is_submitter": who == op,
                        "distinguished": "moderator"
                        if who == "brand" and sub == "bramblecounter"
                        else None,
                        "stickied": False,
                    }
                )
                thread_items.append(
                    dict(
                        kind="t1",
                        data=data,
                        cat=c["cat"],
                        who=who,
                        text=text,
                        time=c["_time"],
                        thread=th["key"],
                    )
                )
            if th["cat"]:
                data = {
                    "id": link_id,
                    "name": "t3_" + link_id,
                    "author": self.r_users[op]["author"],
                    "author_fullname": self.r_users[op]["author_fullname"],
                    "title": th["title"],
                    "selftext": esc(th["selftext"]),
                    "selftext_html": (
                        esc(
                            '<!-- SC_OFF --><div class="md">'
                            + md_to_html(th["selftext"])
                            + "\n</div><!-- SC_ON -->"
                        )
                        if th["selftext"]
                        else None
                    ),
                    "created_utc": float(int(t_sub.timestamp())),
                    "permalink": permalink,
                    "url": th["url"] or ("https://www.reddit.com" + permalink),
                    "subreddit": sub,
                    "subreddit_name_prefixed": "r/" + sub,
                    "score": th["score"] if th["score"] is not None else self.rng.randint(3, 60),
                    "upvote_ratio": round(self.rng.uniform(0.78, 0.99), 2),
                    "num_comments": len(th["comments"]) + th["extra"],
                    "is_self": th["url"] is None,
                    "over_18": False,
                    "link_flair_text": th["flair"],
                    "distinguished": th["distinguished"],
                    "stickied": th["stickied"],
                }
                text = th["title"] + ("\n\n" + th["selftext"] if th["selftext"] else "")
                thread_items.append(
                    dict(
                        kind="t3",
                        data=data,
                        cat=th["cat"],
                        who=op,
                        text=text,
                        time=t_sub,
                        thread=th["key"],
                    )
                )
            items.extend(thread_items)
        items.sort(key=lambda it: (it["data"]["created_utc"], it["data"]["name"]))
        self.r_items = items

    def comment_score(self, cat: str) -> int:
        r = self.rng
        if cat == "spam":
            return -r.randint(2, 9)
        if cat in ("urgent", "own_post"):
            return r.randint(15, 120)
        return max(
            -3,
            int(r.lognormvariate(1.6, 1.0)) - (2 if cat == "complaint" and r.random() < 0.2 else 0),
        )


def make_slug(title: str) -> str:
    s = (
        unicodedata.normalize("NFKD", title)
        .encode("ascii", "ignore")
        .decode()
        .lower()
        .replace("'", "")
    )
    words = [w for w in re.split(r"[^a-z0-9]+", s) if w]
    out: list[str] = []
    for w in words:
        if len("_".join([*out, w])) > 50:
            break
        out.append(w)
    return "_".join(out) or "post"


def _inline(text: str) -> str:
    t = html.escape(text, quote=False).replace("&amp;#x200B;", "&#x200B;")
    t = re.sub(r"\[([^\]]+)\]\((https?://[^)\s]+)\)", r'<a href="\2">\1</a>', t)
    t = re.sub(r'(?<!href=")(?<!">)(https?://[^\s<)]+)', r'<a href="\1">\1</a>', t)
    t = re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", t)
    t = re.sub(r"(?<![*\w])\*(?!\s)(.+?)(?<!\s)\*(?![*\w])", r"<em>\1</em>", t)
    return t


def md_to_html(md: str) -> str:
    """The small subset of Reddit markdown the demo uses: headings, lists, emphasis, links."""
    blocks: list[str] = []
    for para in re.split(r"\n\s*\n", md.strip()):
        # group lines into (kind, payload) runs: "p" paragraph lines, "ul"/"ol" items, "hN"
        runs: list[tuple[str, list[str]]] = []
        for line in para.split("\n"):
            m_h = re.match(r"^(#{1,6})\s+(.*)$", line)
            m_ul = re.match(r"^[*-]\s+(.*)$", line)
            m_ol = re.match(r"^\d+\.\s+(.*)$", line)
            if m_h:
                runs.append((f"h{len(m_h.group(1))}", [m_h.group(2)]))
                continue
            kind, payload = (
                ("ul", m_ul.group(1)) if m_ul else ("ol", m_ol.group(1)) if m_ol else ("p", line)
            )
            if runs and runs[-1][0] == kind:
                runs[-1][1].append(payload)
            else:
                runs.append((kind, [payload]))
        for kind, lines in runs:
            if kind == "p":
                blocks.append("<p>" + "\n".join(_inline(x) for x in lines) + "</p>")
            elif kind in ("ul", "ol"):
                lis = "\n".join(f"<li>{_inline(x)}</li>" for x in lines)
                blocks.append(f"<{kind}>\n{lis}\n</{kind}>")
            else:
                blocks.append(f"<{kind}>{_inline(lines[0])}</{kind}>")
    return "\n\n".join(blocks)


# =======================================================================================
# Writers
# =======================================================================================

CSV_HEADER = [
    "Full name",
    "Goes by",
    "Email",
    "X handle",
    "Reddit username",
    "Likes",
    "Dislikes",
    "Notes",
    "Loyalty tier",
    "Do not contact",
]


def write_csv(path: Path) -> None:
    buf = io.StringIO(newline="")
    w = csv.writer(buf)  # QUOTE_MINIMAL, \r\n line ends, like most CRM exports
    w.writerow(CSV_HEADER)
    for c in CUSTOMERS:
        w.writerow(
            [
                c["full"],
                c["goes"],
                c["email"],
                c["x"],
                c["reddit"],
                c["likes"],
                c["dislikes"],
                c["notes"],
                c["tier"],
                c["dnc"],
            ]
        )
    path.write_text(buf.getvalue(), encoding="utf-8", newline="")


def tally(g: Gen) -> dict:
    x = Counter(s["cat"] for s in g.x_specs)
    rd = Counter(it["cat"] for it in g.r_items)
    per_person: dict[str, Counter] = defaultdict(Counter)
    for s in g.x_specs:
        if s["author"].startswith("cust:"):
            per_person[s["author"][5:]]["x"] += 1
    for it in g.r_items:
        if str(it["who"]).startswith("cust:"):
            per_person[it["who"][5:]]["reddit"] += 1
    strangers_x = {s["author"] for s in g.x_specs if not s["author"].startswith(("cust:", "brand"))}
    strangers_r = {
        it["who"] for it in g.r_items if not str(it["who"]).startswith(("cust:", "brand"))
    }
    emoji = sum(
        1
        for t in [s["plain"] for s in g.x_specs] + [it["text"] for it in g.r_items]
        if emoji_count(t) >= 5
    )
    return dict(
        x=x,
        reddit=rd,
        per_person=per_person,
        strangers_x=len(strangers_x),
        strangers_r=len(strangers_r),
        emoji_heavy=emoji,
    )


def emoji_count(text: str) -> int:
    return sum(
        1 for ch in text if unicodedata.category(ch) == "So" or 0x1F300 <= ord(ch) <= 0x1FAFF
    )


def category_table(t: dict, dups: int) -> str:
    rows = ["| category | X | Reddit | total | share |", "| --- | ---: | ---: | ---: | ---: |"]
    total = sum(t["x"].values()) + sum(t["reddit"].values())
    for cat in CATEGORIES:
        a, b = t["x"].get(cat, 0), t["reddit"].get(cat, 0)
        rows.append(f"| {cat} | {a} | {b} | {a + b} | {100 * (a + b) / total:.1f}% |")
    rows.append(
        f"| **distinct items** | {sum(t['x'].values())} | {sum(t['reddit'].values())} | {total} | 100% |"
    )
    rows.append(f"| duplicate (page overlap, same id) | {dups} | 0 | {dups} | |")
    return "\n".join(rows)


def people_table(g: Gen, t: dict) -> str:
    rows = [
        "| CRM name | X username (API) | Reddit username (API) | tier | X | Reddit | story |",
        "| --- | --- | --- | --- | ---: | ---: | --- |",
    ]
    stories = {
        "jo": "long-time happy regular, first bad visit near the end",
        "dave": "long-time happy regular, first bad visit near the end",
        "priya": "gold tier, let down (stamp card, double charge) and leaves for Costa",
        "sam": "Do not contact = yes, still posts",
        "hannah": "nut allergy (CRM note); worried after the label mix-up",
    }
    for c in CUSTOMERS:
        pp = t["per_person"].get(c["key"])
        if not pp:
            continue
        rows.append(
            f"| {c['full']} | {c['x_api'] or ''} | {c['reddit_api'] or ''} | {c['tier'] or '(blank)'} | "
            f"{pp['x']} | {pp['reddit']} | {stories.get(c['key'], 'mostly happy regular')} |"
        )
    return "\n".join(rows)


README_TEMPLATE = """# Demo data: Bramble (Leeds)

Bundled, generated demo data for Rapport. **Bramble** is a small coffee-and-sandwich counter
in Leeds with two sites (Headrow and Kirkstall), a paper stamp card and an order-ahead
"Bramble app". Its own accounts are X `@bramblecounter` (user id `1500000000000000001`,
"Bramble Coffee & Sandwiches") and Reddit `u/bramble_counter` (`t2_bramble01`), and it
moderates r/bramblecounter. The period covered is {start} to {end}.

Everything here is fiction written for the demo; any resemblance to real people is accidental.

## Regenerate

```
.venv/bin/python scripts/build_demo_data.py           # rewrites the four files below
.venv/bin/python scripts/build_demo_data.py --check   # ...and validates them
```

The generator uses only the standard library, a fixed seed ({seed}) and hand-written text
pools, so the output is byte-for-byte the same on every run. It prints the table below.
`--labels PATH` additionally writes the ground-truth category of every item (not bundled).

## Files

### `customers.csv`: CRM export

UTF-8, comma separated, `\\r\\n` line ends, one header row:

`{header}`

{n_customers} people. `Likes`/`Dislikes` are `;`-separated menu items. `Loyalty tier` is
`bronze`/`silver`/`gold`/`platinum` or blank; `Do not contact` is `yes`/`no`/blank. As in a
real export the handles are messy: `X handle` with or without a leading `@`, `Reddit
username` with or without `u/`, and the case may differ from what the platforms report
(CRM `@JoBakes`, X username `jobakes`). Some people have only X, some only Reddit, some
both, two neither. One name contains a comma (quoted field) and one note contains a line
break (quoted field).

### `mentions_x.jsonl`: X (Twitter) mentions

One **X API v2 `GET /2/tweets/search/recent`** response page per line, as returned with
`expansions=author_id`, `tweet.fields=created_at,conversation_id,in_reply_to_user_id,referenced_tweets,lang,public_metrics,author_id`
and `user.fields=username,name,public_metrics,verified` (see the X API v2 docs: "Search
Posts", "Post object", "User object", "Pagination"):

```
{{"data": [tweet, ...],
 "includes": {{"users": [user, ...]}},
 "meta": {{"newest_id": "...", "oldest_id": "...", "result_count": N, "next_token": "..."}}}}
```

* {n_pages} pages of at most {page_max} tweets. Pages are ordered **oldest page first**; inside
  a page tweets are **newest first**, like the API. The last page has no `next_token`.
* A tweet has `id` (19-digit snowflake string, increasing with `created_at`), `text`,
  `author_id`, `created_at` (`2026-11-09T08:14:03.000Z`), `conversation_id`, `lang`,
  `edit_history_tweet_ids`, `public_metrics` (retweet/reply/like/quote/bookmark/impression
  counts), and where relevant `in_reply_to_user_id` and `referenced_tweets`
  (`retweeted`, `quoted`, `replied_to`). Retweets read `RT @bramblecounter: ...`.
* `text` is HTML-escaped as the API does (`&amp;`, `&lt;`, `&gt;`): unescape before use.
* `lang` is a BCP 47 code (`en`, `es`, `fr`, `de`, `pt`, `pl`, `ja`, `ar`) or `und`.

Intended irregularities, to exercise the reader:

* **Page overlap:** {n_dups} tweets appear again, same id and text, at the start of the next
  page (pages {dup_pages}). De-duplicate by id.
* **Users missing from `includes`:** {gap_list}. The missing user is a suspended spam
  account; the "errors" variant carries the API's `Not Found Error` object.
* An account named `bramblecounter_gift` impersonates the brand, and a dog account's display
  name is "Bramble".

### `mentions_reddit.jsonl`: Reddit mentions

One Reddit **thing** per line, exactly as the children of a Reddit API listing (see the
Reddit API docs: "listings", "comment" (`t1`) and "link" (`t3`) objects), oldest first:

```
{{"kind": "t1", "data": {{"id", "name", "author", "author_fullname", "body", "body_html",
                       "created_utc", "permalink", "link_id", "parent_id", "subreddit",
                       "subreddit_name_prefixed", "score", "ups", "link_title",
                       "is_submitter", "distinguished", "stickied"}}}}
{{"kind": "t3", "data": {{"id", "name", "author", "author_fullname", "title", "selftext",
                       "selftext_html", "created_utc", "permalink", "url", "subreddit",
                       "subreddit_name_prefixed", "score", "upvote_ratio", "num_comments",
                       "is_self", "over_18", "link_flair_text", "distinguished", "stickied"}}}}
```

* `body` and `selftext` escape `&`, `<`, `>` like the API; `body_html`/`selftext_html` are
  escaped HTML (so their text is escaped twice). One post has the `&amp;#x200B;` artefact.
* Threads: several comments often share one `link_id`; `parent_id` is `t3_...` for top-level
  comments and `t1_...` for replies. Where only the comments matched the search, the
  submission itself is not in the file (its title is in `link_title`).
* One comment's account was deleted: `author` is `"[deleted]"` and there is no
  `author_fullname`. Our own posts in r/bramblecounter are `distinguished: "moderator"`;
  the price-rise post is `stickied`.
* Markdown-heavy long posts (a sandwich review, an app review, a cocktail recipe, the price
  post) and one rant of {rant_len} characters.

## Mix produced

{category_table}

Categories: `praise`, `complaint` (cold food, queues, wrong orders, double charges, rude
staff, the price rise, stamp card refused, soup gone, no oat milk...), `urgent` (nut-allergy
reaction after a label swap, food poisoning, a burn from a loose lid, glass in a sandwich,
unauthorised app charges, a hacked app account, trading standards / solicitor, "switching to
Costa", a journalist asking about illness), `question`, `suggestion`, `neutral`, `sarcasm`,
`spam` (bots, crypto, follow-back, promo links), `not_brand` ("bramble" the plant, jam,
cocktail, a dog, a cat), `own_post` (ours), `retweet` (plain retweets of ours),
`foreign_language` (every non-English text: Spanish, French, German, Portuguese, Polish,
Japanese, Arabic). Plain retweets of the same post share their text, as on X. Also: {emoji_heavy} emoji-heavy
posts, one `<script>alert(1)</script>` text, {n_replies} X replies and {n_quotes} quote tweets.

Authors: {n_regulars} CRM customers post ({n_regular_posts} items); {strangers_x} other X
accounts and {strangers_r} other Reddit accounts (including a food blogger with 48,000
followers and a Yorkshire Evening Post journalist with 21,000).

### Regulars

{people_table}

Storyline, in order: pumpkin loaf gone after Halloween; price rise announced Mon 2 Nov, in
force Mon 9 Nov; oat milk shortage Wed 4 – Mon 9 Nov; burn from a loose lid Fri 6 Nov; app
double-charging Tue 10 Nov (apology Wed 11); nut-label swap Thu 12 Nov; new hot chocolate with
free oat from Sat 14 Nov; glass in a BLT Sun 15 Nov; the Kirkstall rant Mon 16 Nov;
food-poisoning reports from Wed 18 Nov (Tuesday lunch) and a journalist asking Thu 19 Nov;
Jo's and Dave's first bad visits Thu 19 / Fri 20 Nov.
"""


def write_readme(g: Gen, t: dict, pages: list[dict], path: Path) -> None:
    gap_names = {
        "no includes": "no `includes` key at all",
        "suspended user missing, with errors": "a user absent from `includes.users`, with an `errors` array",
        "suspended user missing, no errors": "a user absent from `includes.users`, no `errors`",
    }
    gap_list = "; ".join(f"page {n + 1}: {gap_names[v]}" for n, v in sorted(g.x_gaps.items()))
    dup_pages = ", ".join(str(n + 1) for n, _ in sorted(g.dup_pages.items()))
    rant = next(it for it in g.r_items if it["thread"] == "rant" and it["kind"] == "t3")
    n_replies = sum(1 for s in g.x_specs if s["ref_type"] == "replied_to")
    n_quotes = sum(1 for s in g.x_specs if s["ref_type"] == "quoted")
    text = README_TEMPLATE.format(
        start=iso(START),
        end=iso(END),
        seed=SEED,
        header=",".join(CSV_HEADER),
        n_customers=len(CUSTOMERS),
        n_pages=len(pages),
        page_max=PAGE_MAX,
        n_dups=len(g.x_duplicates),
        dup_pages=dup_pages,
        gap_list=gap_list,
        rant_len=len(html.unescape(rant["data"]["selftext"])),
        category_table=category_table(t, len(g.x_duplicates)),
        emoji_heavy=t["emoji_heavy"],
        n_replies=n_replies,
        n_quotes=n_quotes,
        n_regulars=len(t["per_person"]),
        n_regular_posts=sum(sum(c.values()) for c in t["per_person"].values()),
        strangers_x=t["strangers_x"],
        strangers_r=t["strangers_r"],
        people_table=people_table(g, t),
    )
    path.write_text(text, encoding="utf-8")


def write_jsonl(path: Path, objs: list[dict]) -> None:
    with path.open("w", encoding="utf-8", newline="\n") as f:
        for o in objs:
            f.write(json.dumps(o, ensure_ascii=False, separators=(", ", ": ")) + "\n")


# =======================================================================================
# Checks
# =======================================================================================


def check(out: Path, g: Gen) -> list[str]:
    problems: list[str] = []

    def bad(msg: str) -> None:
        problems.append(msg)

    # CSV
    with (out / "customers.csv").open(encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    if rows[0] != CSV_HEADER:
        bad(f"csv header {rows[0]}")
    body = rows[1:]
    if not 28 <= len(body) <= 32:
        bad(f"csv has {len(body)} rows")
    if any(len(r) != len(CSV_HEADER) for r in body):
        bad("csv row with wrong field count")
    if {r[8] for r in body} - {"bronze", "silver", "gold", "platinum", ""}:
        bad("bad tier")
    if sum(r[9] == "yes" for r in body) != 2:
        bad("do-not-contact count")
    if not any("," in r[0] for r in body) or not any("\n" in r[7] for r in body):
        bad("missing comma name or multi-line note")

    # X
    pages = [
        json.loads(line)
        for line in (out / "mentions_x.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    seen: dict[str, dict] = {}
    repeats = []
    crypt0_id = g.x_users["sp:crypt0"]["id"]
    for n, page in enumerate(pages):
        data = page["data"]
        meta = page["meta"]
        if meta["result_count"] != len(data) or len(data) > PAGE_MAX:
            bad(f"page {n + 1}: result_count")
        if meta["newest_id"] != max(d["id"] for d in data) or meta["oldest_id"] != min(
            d["id"] for d in data
        ):
            bad(f"page {n + 1}: newest/oldest")
        if ("next_token" in meta) != (n != len(pages) - 1):
            bad(f"page {n + 1}: next_token")
        users = {u["id"] for u in page.get("includes", {}).get("users", [])}
        for tw in data:
            if tw["id"] in seen:
                repeats.append(tw["id"])
                if seen[tw["id"]] != tw:
                    bad(f"duplicate {tw['id']} differs")
            seen[tw["id"]] = tw
            if tw["author_id"] not in users:
                ok = (g.x_gaps.get(n) == "no includes") or (
                    n in g.x_gaps and tw["author_id"] == crypt0_id
                )
                if not ok:
                    bad(f"page {n + 1}: author {tw['author_id']} not in includes")
            plain = html.unescape(tw["text"])
            limit = 140 if tw["lang"] == "ja" else 280
            if len(plain) > limit:
                bad(f"tweet too long ({len(plain)}): {plain[:60]}")
            for ref in tw.get("referenced_tweets", []):
                if ref["id"] not in {s["id"] for s in g.x_specs}:
                    bad(f"dangling reference {ref}")
        if n > 0 and min(d["id"] for d in data) < pages[n - 1]["meta"]["oldest_id"]:
            bad(f"page {n + 1} is older than page {n}")
    if sorted(repeats) != sorted(s["id"] for s in g.x_duplicates):
        bad(f"unexpected repeats {len(repeats)}")
    uniq = sorted(seen.values(), key=lambda t: int(t["id"]))
    if [t["created_at"] for t in uniq] != sorted(t["created_at"] for t in uniq):
        bad("tweet ids do not increase with time")
    for t in uniq:
        if not (iso(START) <= t["created_at"] <= iso(END)):
            bad(f"tweet out of period {t['created_at']}")

    if {n + 1: v for n, v in g.x_gaps.items()} != EXPECTED_GAP_PAGES:
        bad(f"includes gaps moved to {g.x_gaps}; update EXPECTED_GAP_PAGES and the docstring")

    # Reddit
    things = [
        json.loads(line)
        for line in (out / "mentions_reddit.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    names = [t["data"]["name"] for t in things]
    if len(names) != len(set(names)):
        bad("reddit duplicate names")
    present = set(names)
    for t in things:
        d = t["data"]
        if t["kind"] == "t1":
            p = d["parent_id"]
            if p.startswith("t1_") and p not in present:
                bad(f"reddit parent {p} missing")
            if d["author"] == "[deleted]" and "author_fullname" in d:
                bad("deleted author has fullname")
        if not START.timestamp() <= d["created_utc"] <= END.timestamp():
            bad(f"reddit item out of period {d['name']}")
    if not any(t["data"]["author"] == "[deleted]" for t in things):
        bad("no deleted author")

    # texts distinct
    texts = [s["plain"] for s in g.x_specs if s["cat"] != "retweet"] + [
        it["text"] for it in g.r_items
    ]
    dupe_texts = [t for t, c in Counter(texts).items() if c > 1]
    if dupe_texts:
        bad(f"identical texts: {dupe_texts[:3]}")
    return problems


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", type=Path, default=OUT, help="output directory (default config/demo)")
    ap.add_argument("--check", action="store_true", help="validate the written files")
    ap.add_argument("--labels", type=Path, help="also write ground-truth labels (JSONL) here")
    args = ap.parse_args(argv)

    g = Gen()
    g.build_x()
    pages = g.page_x()
    g.build_reddit()
    args.out.mkdir(parents=True, exist_ok=True)
    write_csv(args.out / "customers.csv")
    write_jsonl(args.out / "mentions_x.jsonl", pages)
    write_jsonl(
        args.out / "mentions_reddit.jsonl",
        [{"kind": it["kind"], "data": it["data"]} for it in g.r_items],
    )
    t = tally(g)
    write_readme(g, t, pages, args.out / "README.md")

    print(f"wrote {args.out}/customers.csv ({len(CUSTOMERS)} rows)")
    print(
        f"wrote {args.out}/mentions_x.jsonl ({len(pages)} pages, {len(g.x_specs)} tweets + {len(g.x_duplicates)} repeats)"
    )
    print(f"wrote {args.out}/mentions_reddit.jsonl ({len(g.r_items)} things)")
    print(f"wrote {args.out}/README.md\n")
    print(category_table(t, len(g.x_duplicates)))
    print(
        f"\nregular customers posting: {len(t['per_person'])}; other X authors {t['strangers_x']}, "
        f"other Reddit authors {t['strangers_r']}; emoji-heavy {t['emoji_heavy']}"
    )
    print(
        "X pages with includes gaps: "
        + ", ".join(f"{n + 1} ({v})" for n, v in sorted(g.x_gaps.items()))
    )
    print(
        "X pages starting with repeats: "
        + ", ".join(f"{n + 1} (x{d})" for n, d in sorted(g.dup_pages.items()))
    )

    if args.labels:
        with args.labels.open("w", encoding="utf-8") as f:
            for s in g.x_specs:
                f.write(
                    json.dumps(
                        {
                            "platform": "twitter",
                            "id": s["id"],
                            "category": s["cat"],
                            "author": g.x_users[s["author"]]["username"],
                            "customer": s["author"][5:]
                            if s["author"].startswith("cust:")
                            else None,
                        },
                        ensure_ascii=False,
                    )
                    + "\n"
                )
            for it in g.r_items:
                who = it["who"]
                f.write(
                    json.dumps(
                        {
                            "platform": "reddit",
                            "id": it["data"]["name"],
                            "category": it["cat"],
                            "author": it["data"]["author"],
                            "customer": who[5:] if str(who).startswith("cust:") else None,
                        },
                        ensure_ascii=False,
                    )
                    + "\n"
                )
        print(f"wrote labels to {args.labels}")

    if args.check:
        problems = check(args.out, g)
        for p in problems:
            print("CHECK FAILED:", p)
        print("checks: " + ("OK" if not problems else f"{len(problems)} problem(s)"))
        return 1 if problems else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
