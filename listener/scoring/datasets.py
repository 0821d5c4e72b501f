"""The labelled sets Rapport learns from and measures on: where they are and which trades.

Why a module of its own: the list of sets grows with every week set written (one folder, its
trades and whether it is taught, read or only measured), while ``train`` is how the model is
fitted; ``week``, ``measure``, the tests and the CLI read the sets without the fitting code.
Each set's README (``data/<set>/README.md``) says how it was made and measured.
"""

from __future__ import annotations

from pathlib import Path

CORPUS_DIR = Path(__file__).resolve().parent / "data" / "corpus"
TRAIN_TRADES = (
    "airline",
    "bike_shop",
    "cafe",
    "car_rental",
    "cinema",
    "delivery_app",
    "energy",
    "event_ticketing",
    "fashion",
    "florist",
    "gym",
    "hardware_store",
    "home_cleaning_service",
    "language_school",
    "online_course_platform",
    "phone_repair",
    "pizza_takeaway",
    "salon",
    "software",
    "supermarket",
    "telecom",
    "theatre",
    "vet",
)
EVAL_TRADES = ("bank", "bookshop", "car_repair", "hotel")
DATA_DIR = CORPUS_DIR.parent
URGENCY_DEV_TRADES: dict[str, tuple[str, ...]] = {
    # every trade of the first urgency dev set; the tuning halves of the second to
    # seventh (their held-out halves only measure, see their READMEs)
    "urgency_dev": (
        "bakery", "dentist", "driving_school", "electrician", "insurance", "letting_agent",
        "pet_food", "pharmacy", "plumber", "removals", "skincare", "toy_shop",
    ),
    "urgency_dev2": ("butcher", "locksmith", "optician", "trampoline_park"),
    "urgency_dev3": ("appliance_repair", "childcare_nursery", "event_ticketing", "pharmacy_online"),
    "urgency_dev4": ("car_dealership", "coach_operator", "credit_union", "garden_centre"),
    "urgency_dev5": ("brewery_taproom", "pest_control", "roofing_contractor", "self_storage"),
    "urgency_dev6": ("climbing_wall", "home_care_agency", "kitchen_fitter", "swim_school"),
    "urgency_dev7": ("campsite", "car_wash", "music_venue", "water_utility"),
    # urgency_dev8's and urgency_dev9's tuning halves are in URGENCY_DEV_HEADS instead
}  # fmt: skip
"""Urgency dev sets that teach the urgency heads (and only them: intent, mood and sentiment
are learnt from the corpus's TRAIN trades alone)."""
URGENCY_DEV_HEADS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    # (tuning trades, the heads they teach). Taught to every head, these halves raised the
    # safety and security heads' out-of-fold thresholds and lowered their out-of-fold recall
    # on the other tuning trades; taught to the payment and legal heads alone, they raised
    # those heads' recall (payment 104 → 113 of 212, legal 54 → 60 of 72) and left the others
    # as they were (docs/classification.md, rules-19). rules-17 and rules-19 were written on
    # them.
    "urgency_dev8": (("ferry_operator", "pub", "soft_play_centre", "tyre_fitter"),
                     ("payment", "legal")),
    "urgency_dev9": (("bowling_alley", "chimney_sweep", "nail_bar", "van_hire"),
                     ("payment", "legal")),
}  # fmt: skip
"""Urgency dev sets whose tuning half teaches only some urgency heads."""
WEEK_DIR = DATA_DIR / "week_dev"
WEEK_TRADES = ("garage_door_installer", "hot_tub_supplier", "photography_studio", "skip_hire")
"""The week set's tuning half (``data/week_dev``, its README): a week of mentions of a brand
in each of four trades, taught to the four tasks (intent, complaint, mood, sentiment) and not
to the urgency heads. The other four trades of the set (double_glazing, computer_shop,
pool_maintenance, music_school) only measure."""
WEEK2_DIR = DATA_DIR / "week_dev2"
WEEK2_TRADES = (
    "aquarium_shop",
    "bridal_boutique",
    "event_catering",
    "landscape_gardener",
    "mobility_scooter_shop",
    "print_shop",
    "windscreen_repair",
    "wine_merchant",
)
"""The second week set (``data/week_dev2``, its README): eight more trades, written blind like
the first, measured once as they came (a fresh unseen week) and then all taught to the four
tasks. What measures afterwards is the first set's held-out half, still never read."""
WEEK3_DIR = DATA_DIR / "week_dev3"
WEEK3_TRADES = (
    "bouncy_castle_hire",
    "farm_shop",
    "flooring_fitter",
    "horse_riding_school",
    "lawnmower_repair",
    "paintball_centre",
    "pet_sitter",
    "pottery_studio",
)
"""The third week set (``data/week_dev3``, its README), made and used like the second."""
WEEK4_DIR = DATA_DIR / "week_dev4"
WEEK4_TRADES = (
    "bathroom_fitter",
    "blinds_and_shutters",
    "boat_hire",
    "camera_shop",
    "fitness_equipment_shop",
    "gutter_cleaning",
    "party_supplies_shop",
    "scaffolding_firm",
)
"""The fourth week set (``data/week_dev4``, its README), made and used like the second."""
WEEK5_DIR = DATA_DIR / "week_dev5"
WEEK5_TRADES = (
    "ev_leasing",
    "firewood_supplier",
    "golf_driving_range",
    "home_brew_shop",
    "martial_arts_club",
    "sewing_machine_repair",
    "ski_shop",
    "vintage_clothing_store",
)
"""The fifth week set (``data/week_dev5``, its README), made and used like the second."""
WEEK6_DIR = DATA_DIR / "week_dev6"
WEEK6_TRADES = (
    "bus_tour_operator",
    "campervan_hire",
    "dance_school",
    "driving_instructor_agency",
    "meal_prep_delivery",
    "tile_shop",
    "towbar_fitter",
    "website_builder_app",
)
"""The sixth week set (``data/week_dev6``, its README), made and used like the second."""
WEEK7_DIR = DATA_DIR / "week_dev7"
WEEK7_TRADES = (
    "board_game_cafe",
    "cobbler_key_cutting",
    "drain_unblocking",
    "piano_tuner",
    "surf_school",
    "tree_surgeon",
    "tutoring_agency",
    "upholsterer",
)
"""The seventh week set (``data/week_dev7``, its README): measured as it came, read for
rules-27, then taught at half weight (``WEEK_WEIGHTS``)."""
WEEK8_DIR = DATA_DIR / "week_dev8"
WEEK8_TRADES = (
    "alterations_tailor",
    "car_park_operator",
    "chiropodist",
    "escooter_rental",
    "fishmonger",
    "podcast_hosting_app",
    "recording_studio",
    "window_tinting",
)
"""The eighth week set (``data/week_dev8``, its README): measured as it came on rules-27 and
model 149b1758, then read for rules-28; not taught."""
WEEK9_DIR = DATA_DIR / "week_dev9"
WEEK9_TRADES = (
    "cake_maker",
    "charity_shop",
    "coworking_space",
    "funeral_director",
    "ice_cream_parlour",
    "shed_builder",
    "wedding_dj",
    "yarn_shop",
)
"""The ninth week set (``data/week_dev9``, its README): measured as it came on rules-29, then
read for rules-31; not taught."""
WEEK10_DIR = DATA_DIR / "week_dev10"
WEEK10_TRADES = (
    "accountancy_firm",
    "bin_cleaning_service",
    "clear_aligner_brand",
    "curry_house",
    "food_truck",
    "guitar_shop",
    "kids_party_entertainer",
    "mattress_retailer",
)
"""The tenth week set (``data/week_dev10``, its README): measured as it came on rules-30 and
again on rules-31, then read for rules-32; not taught."""
WEEK11_DIR = DATA_DIR / "week_dev11"
WEEK11_TRADES = (
    "antique_shop",
    "comic_book_shop",
    "dive_centre",
    "indoor_skydiving",
    "insulation_installer",
    "laser_clinic",
    "stationery_shop",
    "vineyard_tours",
)
"""The eleventh week set (``data/week_dev11``, its README): measured as it came on rules-31
and again on rules-32, then read for rules-33; not taught."""
WEEK12_DIR = DATA_DIR / "week_dev12"
WEEK12_TRADES = (
    "dog_walker",
    "go_kart_track",
    "ink_cartridge_retailer",
    "jewellery_repair",
    "model_railway_shop",
    "piercing_studio",
    "shoe_shop",
    "sports_massage",
)
"""The twelfth week set (``data/week_dev12``, its README): measured as it came on rules-33
and again on rules-34, then read for rules-35; not taught."""
WEEK13_DIR = DATA_DIR / "week_dev13"
WEEK13_TRADES = (
    "aerial_installer",
    "archery_range",
    "audiobook_app",
    "farrier",
    "fireworks_retailer",
    "heritage_railway",
    "pawnbroker",
    "stairlift_installer",
)
"""The thirteenth week set (``data/week_dev13``, its README): measured as it came on rules-34
and again on rules-35, then read for rules-36; not taught."""
WEEK14_DIR = DATA_DIR / "week_dev14"
WEEK14_TRADES = (
    "cattery",
    "clock_repair",
    "fencing_contractor",
    "karaoke_bar",
    "password_manager_app",
    "septic_tank_service",
    "signwriter",
    "tanning_salon",
)
"""The fourteenth week set (``data/week_dev14``, its README): measured as it came on rules-35;
its septic tank firm was then read for rules-36 (a false urgent rate of 34%), the other seven
trades (``WEEK14_LATE_READ``) were measured again on rules-36 and read for rules-37; not
taught."""
WEEK14_LATE_READ = tuple(t for t in WEEK14_TRADES if t != "septic_tank_service")
"""The fourteenth set's trades first read for rules-37."""
WEEK15_DIR = DATA_DIR / "week_dev15"
WEEK15_TRADES = (
    "borehole_water_supply",
    "grease_trap_cleaning",
    "portable_toilet_hire",
    "water_softener_installer",
)
"""The fifteenth week set (``data/week_dev15``, its README): four trades of the septic tank
firm's kind, written blind to find out whether their everyday words are read as harm;
measured as it came on rules-35, then read for rules-36; not taught."""
WEEK16_DIR = DATA_DIR / "week_dev16"
WEEK16_TRADES = (
    "cheese_shop",
    "costume_hire",
    "mobile_hairdresser",
    "sailing_school",
    "sauna",
    "snooker_hall",
    "trailer_hire",
    "veg_box_delivery",
)
"""The sixteenth week set (``data/week_dev16``, its README): written blind at the end of the
fourteenth session and measured as it came on rules-36 and again on rules-37, then read for
rules-38; not taught."""
WEEK17_DIR = DATA_DIR / "week_dev17"
WEEK17_TRADES = (
    "climbing_wall",
    "dry_cleaner",
    "escape_room",
    "locksmith",
    "minicab_firm",
    "optician",
    "removals_firm",
    "solar_panel_installer",
)
"""The seventeenth week set (``data/week_dev17``, its README): written blind at the start of
the fifteenth session, while the fourteenth set's seven unread trades were read for rules-37,
and measured as it came on rules-37 and again on rules-38, then read for rules-39; not
taught."""
WEEK18_DIR = DATA_DIR / "week_dev18"
WEEK18_TRADES = (
    "art_supplies_shop",
    "coffee_roaster",
    "dog_training_school",
    "eyebrow_lash_bar",
    "mobile_mechanic",
    "motorcycle_dealer",
    "smart_home_device_brand",
    "vape_shop",
)
"""The eighteenth week set (``data/week_dev18``, its README): written blind at the start of
the sixteenth session, while the sixteenth set was read for rules-38, and measured as it came
on rules-37 and again on rules-39, then read for rules-40; not taught."""
WEEK19_DIR = DATA_DIR / "week_dev19"
WEEK19_TRADES = (
    "cocktail_bar",
    "ebike_subscription",
    "loft_conversion_builder",
    "oven_cleaning_service",
    "picture_framer",
    "private_gp_clinic",
    "tool_hire_shop",
    "wildlife_park",
)
"""The nineteenth week set (``data/week_dev19``, its README): written blind in the sixteenth
session, while the seventeenth set was read for rules-39, and measured as it came on rules-39
and again on rules-40; neither read nor taught."""
WEEK_SETS = {
    WEEK_DIR.name: WEEK_TRADES,
    WEEK2_DIR.name: WEEK2_TRADES,
    WEEK3_DIR.name: WEEK3_TRADES,
    WEEK4_DIR.name: WEEK4_TRADES,
    WEEK7_DIR.name: WEEK7_TRADES,
}
"""Every week set's taught trades, by folder. The fifth and sixth sets are read for rules but
not taught: teaching them read plain outage complaints ("can I cancel my plan? the internet
has been down for 3 days", "the heating didn't come on at all this morning") as a question
and as chatter (``tests/test_understanding_idioms.py``), though intent on the first set's
held-out half rose from 0.817 to 0.838."""
READ_ONLY_WEEK_SETS = {
    WEEK5_DIR.name: WEEK5_TRADES,
    WEEK6_DIR.name: WEEK6_TRADES,
    WEEK8_DIR.name: WEEK8_TRADES,
    WEEK9_DIR.name: WEEK9_TRADES,
    WEEK10_DIR.name: WEEK10_TRADES,
    WEEK11_DIR.name: WEEK11_TRADES,
    WEEK12_DIR.name: WEEK12_TRADES,
    WEEK13_DIR.name: WEEK13_TRADES,
    WEEK14_DIR.name: WEEK14_TRADES,
    WEEK15_DIR.name: WEEK15_TRADES,
    WEEK16_DIR.name: WEEK16_TRADES,
    WEEK17_DIR.name: WEEK17_TRADES,
    WEEK18_DIR.name: WEEK18_TRADES,
    WEEK19_DIR.name: WEEK19_TRADES,
}
"""Week sets that are never taught: read for rules (the fifth to eighteenth but the seventh,
each after its unread measurements) or only measured (the nineteenth)."""
WEEK_WEIGHTS = {WEEK7_DIR.name: 0.5}
"""A week set's weight beside the corpus rows (1 when not named). The seventh set at full
weight raised intent on the never-taught fifth and sixth sets (0.856 → 0.865, 0.827 → 0.833)
but read a short café complaint ("the app logged me out and lost my stamp card, useless",
``tests/test_digest.py``) as praise: the week sets' problem-first praise had taught that a
negative VADER score beside "and", "me" and "lost" leans to praise. At half weight it reads
the fifth and sixth sets 0.865 and 0.829 and that complaint as one."""
