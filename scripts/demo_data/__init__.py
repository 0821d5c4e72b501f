"""Pieces of the demo data generator (scripts/build_demo_data.py).

Pure data (people.py, posts.py, threads.py) is kept apart from the code that turns it
into platform-shaped JSON (engine.py, reddit.py), writes it (writers.py) and checks it
(checks.py), so the text pools can be edited without reading the engine.
"""
