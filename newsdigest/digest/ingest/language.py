"""Which articles are not in English: newsdigest digests English, and says so of any other language.

A Chinese article among English ones used to be dropped line by line as page furniture, and a
Chinese-only story refused as "not news articles". Now an article in another language is left
out whole, with that reason on the sources page, and a story with no English article says so.

Telling languages apart is py3langid's (langid.py's model, shipped inside the package, 97
languages; a short text is classified in about 0.2 ms, the model loads in under 0.1 s). Most
articles never reach it: a cheap look at the first words settles that a text is plainly English
(mostly ASCII letters, and a normal share of words such as "the", "of" and "said"), so a cold
build of ten thousand English articles does not load the model at all.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import Any

_WORD = re.compile(r"[^\W\d_]+")
_STOPWORDS = frozenset(
    "a about after against also an and are as at be been before but by could for from had has have he her his "
    "in into is it its more not of on or over said says she than that the their there they this to was were "
    "what when which while who will with would".split())
SAMPLE = 1500
"""Characters of an article looked at: enough to judge its language, few enough to cost nothing."""
CONFIDENCE = 0.9
"""How sure the model must be that a text is in another language before its article is left out."""


def plainly_english(text: str) -> bool:
    """True when a glance shows ``text`` is English: most letters ASCII, a usual share of English
    function words. False means "ask the model", never "not English"."""
    words = _WORD.findall(text[:SAMPLE])
    letters = sum(len(w) for w in words)
    if letters < 40:
        return True  # too little to judge: keep it, as before
    ascii_words = [w.lower() for w in words if w.isascii()]
    if sum(len(w) for w in ascii_words) < 0.9 * letters:
        return False
    return sum(w in _STOPWORDS for w in ascii_words) >= 0.15 * len(ascii_words)


def other_language(text: str) -> str | None:
    """The name of the language ``text`` is in when it is surely not English ("Chinese"), else None."""
    if plainly_english(text):
        return None
    code, probability = _identifier().classify(text[:SAMPLE * 4])
    if code == "en" or float(probability) < CONFIDENCE:
        return None
    return str(language_names().get(code, code))


@cache
def _identifier() -> Any:
    """py3langid's classifier with probabilities, loaded once per process and only when needed."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier  # type: ignore[import-untyped]

    load = getattr(LanguageIdentifier, "from_pickled_model", None) or LanguageIdentifier.from_model_file
    return load(MODEL_FILE, norm_probs=True)


@cache
def language_names() -> dict[str, str]:
    """ISO 639-1 code -> English name, from ``data/languages.yaml``."""
    import yaml

    text = (Path(__file__).parents[2] / "data" / "languages.yaml").read_text(encoding="utf-8")
    return {str(k): str(v) for k, v in yaml.safe_load(text).items()}
