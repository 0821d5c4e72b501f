# ruff: noqa: E501  -- hand-written text pools keep one post per line
"""Demo Reddit threads: submissions with their comment trees (pure data)."""

# fmt: off
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
# fmt: on
