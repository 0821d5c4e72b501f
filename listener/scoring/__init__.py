"""Scoring: what each mention means, decided from its text and the brand's settings.

Owns relevance and own-account detection (``relevance.py``), VADER sentiment with brand
lexicon overrides (``sentiment.py``), the rule-based intent, complaint, urgency and spam
labels (``classify.py``, cue lists in ``cues.py``), scoring in worker processes
(``pool.py``), a human's label corrections and the rescoring they trigger (``labels.py``),
and measuring the rules against labelled data (``evaluate.py``).
"""
