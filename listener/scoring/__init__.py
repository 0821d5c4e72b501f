"""Scoring: what each mention means, decided from its text and the brand's settings.

Owns relevance and own-account detection (``relevance.py``), VADER sentiment with brand
lexicon overrides (``sentiment.py``), language (``language.py``) and non-English sentiment
(``multilingual.py``), the rule-based spam, intent and complaint labels (``classify.py``,
cue lists in ``cues.py``), urgency classes (``urgency.py``) and sarcasm cues
(``sarcasm.py``), the learned model (``model.py`` at run time, ``train.py`` to build it from
the corpus in ``data/corpus``), how the model and the rules combine (``decide.py``) over a
batch (``understand.py``), scoring in worker processes (``pool.py``), a human's label
corrections and the rescoring they trigger (``labels.py``), learning from them
(``corrections.py``), and measuring against labelled data (``evaluate.py`` for a file,
``measure.py`` per trade of the corpus).
"""
