"""What a figure measures when the figure is what its clause says of a noun phrase further back.

:mod:`.nounphrases` reads the words right before a figure ("net profit was $1.2 billion"). News copy
often puts more between the measure and its value: a prepositional phrase or an apposition after the
subject ("Repair costs from the storm are projected to hit £40 million", "The vaccination rate in the
county, the lowest in the state, is closer to 80 percent"), or an estimator's verb between an object and
"at" ("Kerrow Rail estimated the cost of the closure at £85 million"). The measure is then the subject or
the object, read by its shape:

* the clause opens on a noun phrase (after an optional determiner or possessive), that phrase is
  followed only by a prepositional phrase or an apposition (no verb), and the words between it and the
  figure are a chain of value verbs ("is", "could reach", "are projected to hit", "rose to", "was lower,
  at") — a chain that only *changes* a level ("rose 4%") leaves the figure a change, not the level;
* an estimator's verb ("estimated", "put", "valued") takes the measure as its object, then "at" or
  "to reach" the figure.

A clause that opens on anything else ("In the final count the Greens have 29.4 per cent") says nothing
here, and the other readings decide. A capitalised first word counts as an ordinary word only when the
story writes it in lower case elsewhere (``common``), so a name ("Varro was ...") is never a measure.
"""

from __future__ import annotations

import re

_WORD = re.compile(r"[A-Za-z][\w’'-]*,?|\S+")
_COPULAS = frozenset("is are was were be been being remains remained stands stood".split())
_REACH = frozenset("""reach reaches reached reaching hit hits hitting top tops topped surpass surpasses surpassed
exceed exceeds exceeded total totals totalled totaled amount amounts amounted come comes came""".split())
_CHANGE = frozenset("""rise rises rose risen rising fall falls fell fallen falling climb climbs climbed grow grows grew
grown drop drops dropped jump jumps jumped slip slips slipped decline declines declined increase increases
increased decrease decreases decreased slide slides slid edge edges edged""".split())
_AUX = frozenset("""will would could should may might can must has have had to be been expected projected forecast
estimated set likely seen""".split())
_APPROX = frozenset("""about around nearly almost roughly some more than less over under up as much many just close
closer lower higher now still already only""".split())
_LEVEL_PREPOSITIONS = frozenset({"to", "at"})
""""rose to", "closed at", "came in at": after a verb of change, the figure is the level, not the change."""
_ESTIMATE = frozenset("""estimated estimates estimate estimating put puts putting valued values valuing pegged pegs
pegging set sets""".split())
_DETERMINERS = frozenset("the a an its their his her our this that these those".split())
_PREPOSITIONS = frozenset("""from in of at for on against among across between after over under with within near
since during including""".split())
_NOT_HEAD = frozenset("""said says say told was were is are be been has have had will would could should may might
can also only just more less most than about and or but as if that which who it they he she we there here
not no""".split())
_COMPARATIVE = re.compile(r"\s+(?:higher|lower|more|less|fewer|greater|smaller|bigger|larger|up|down|above|below|"
                          r"ahead|behind|better|worse|cheaper|dearer)\b", re.I)
_CLAUSE_START = re.compile(r"(?:^|[;:]\s+|,\s+(?:and|but|while|whereas)\s+|\s+(?:while|whereas)\s+)")
_SHARES = frozenset("shares stock stocks".split())
_FIGURE = re.compile(r"\d[\d.,]*%|per|cent|percent")
_CHAIN = _COPULAS | _REACH | _CHANGE | _AUX | _APPROX | _LEVEL_PREPOSITIONS | {"in"}
"""The words between a measure and its value: "is", "could reach", "are projected to hit", "came in at"."""


def subject_measure(text: str, start: int, end: int, kind: str, common: frozenset[str]) -> str | None:
    """The measure a figure at ``start``..``end`` is the value of, read from its clause's subject or an
    estimator's object (see the module doc), or ``None`` when the clause does not have that shape. A
    comparative after it ("was 48% higher than forecast") makes the figure a difference, not the level."""
    if kind not in ("money", "percent") or _COMPARATIVE.match(text, end):
        return None
    clause_at = [m.end() for m in _CLAUSE_START.finditer(text, 0, start)]
    words = _WORD.findall(text[clause_at[-1] if clause_at else 0:start])
    if not words:
        return None
    return _estimated(words, common) or _moved(words, common) or _subject(words, kind, common)


def _subject(words: list[str], kind: str, common: frozenset[str]) -> str | None:
    k = len(words)
    while k and (_plain(words[k - 1]) in _CHAIN or (_FIGURE.fullmatch(words[k - 1]) and k < len(words))):
        k -= 1  # a figure inside the chain: "slipped 2% to $14.20"
    chain = [_plain(w) for w in words[k:]]
    if not any(w in _COPULAS or w in _REACH or w in _CHANGE for w in chain):
        return None
    if any(w in _CHANGE for w in chain) and _last_word(chain) not in _LEVEL_PREPOSITIONS:
        return None  # "rose 4%" is a change of the level, not the level
    phrase = _opening_phrase(words[:k], common)
    if phrase is None:
        return None
    if phrase.lower() in _SHARES:
        return "share price" if kind == "money" else None
    return phrase


def _last_word(chain: list[str]) -> str:
    """The chain's last word before its approximations ("rose to about" -> "to")."""
    return next((w for w in reversed(chain) if w not in _APPROX), "")


def _estimated(words: list[str], common: frozenset[str]) -> str | None:
    """ "X estimated the cost of the closure at £85 million", "estimated insured losses to surpass £8
    billion": the object of the estimate is the measure."""
    k = len(words)
    while k and _plain(words[k - 1]) in _APPROX:
        k -= 1
    if k >= 2 and _plain(words[k - 2]) == "to" and _plain(words[k - 1]) in _REACH | {"be"}:
        k -= 2
    elif k >= 1 and _plain(words[k - 1]) == "at":
        k -= 1
    else:
        return None
    verb = next((j for j in range(k - 1, -1, -1) if _plain(words[j]) in _ESTIMATE), None)
    if verb is None or verb == k - 1:
        return None
    phrase = _opening_phrase(words[verb + 1:k], common, opening=False)
    return phrase if phrase and len(phrase.split()) <= 3 else None


_MOVING = frozenset("""raised raises raise increased increases lifted lifts cut cuts lowered lowers reduced reduces
trimmed trims hiked hikes boosted boosts revised revises""".split())
_OWN = frozenset("its their his her the".split())


def _moved(words: list[str], common: frozenset[str]) -> str | None:
    """ "raised its main policy rate by a quarter point to 4.25%", "cut its growth forecast for this year to 0.8%":
    the object a verb moves to the figure is what the figure is the level of (not a "change")."""
    k = len(words)
    while k and _plain(words[k - 1]) in _APPROX:
        k -= 1
    if not k or _plain(words[k - 1]) != "to":
        return None
    verb = next((j for j in range(k - 2, max(-1, k - 14), -1) if _plain(words[j]) in _MOVING), None)
    if verb is None or verb + 1 >= k - 1 or _plain(words[verb + 1]) not in _OWN:
        return None
    phrase = []
    for word in words[verb + 2:k - 1]:  # the nouns after "its", up to "by a quarter point", "for this year"
        if _plain(word) in _PREPOSITIONS or _plain(word) in ("by", "to") or _capitalised(word):
            break
        phrase.append(_plain(word))
    return " ".join(phrase) if 1 <= len(phrase) <= 4 else None


def _opening_phrase(words: list[str], common: frozenset[str], opening: bool = True) -> str | None:
    """The noun phrase a clause opens on, when everything after it is a prepositional phrase or an
    apposition (no verb): "Repair costs from the storm", "The vaccination rate in the county, the ...,"."""
    if not words:
        return None
    first = words[0].rstrip(",")
    if _capitalised(first) and (not opening or (first.lower() not in _DETERMINERS and first.lower() not in common)):
        return None  # a name, or a word the story never writes in lower case
    head = _head(words)
    if not head:
        return None
    end = _head_end(words)
    rest = words[end:]
    if rest and not (_plain(rest[0]) in _PREPOSITIONS or words[end - 1].endswith(",")):
        return None
    if any(_verb_like(w) for w in rest):
        return None
    return " ".join(head)


def _head_end(words: list[str]) -> int:
    """Where the opening noun phrase ends: past its determiners and possessives, then its nouns, up to
    and with the first word that carries a comma (an apposition follows)."""
    k = _head_start(words)
    while k < len(words) and _noun_word(words[k]):
        k += 1
        if words[k - 1].endswith(","):
            break
    return k


def _head_start(words: list[str]) -> int:
    """Past the determiners and any possessive phrase: "The ferry operator's shares" -> "shares"."""
    k = j = 0
    while j < len(words) and (_plain(words[j]) in _DETERMINERS or _possessive(words[j]) or _noun_word(words[j])):
        if _plain(words[j]) in _DETERMINERS or _possessive(words[j]):
            k = j + 1
        elif k < j and words[j - 1].endswith(","):
            break
        j += 1
    return k


def _head(words: list[str]) -> list[str]:
    """The opening noun phrase's own words, as a reader would write them mid-sentence."""
    start, end = _head_start(words), _head_end(words)
    head = [w.rstrip(",") for w in words[start:end]]
    if not head or any(_capitalised(w) for j, w in enumerate(head, start) if j > 0):
        return []  # "the Greens" is who, not what
    if head[-1].lower().endswith(("ly", "ing")) or head[-1].lower() in _NOT_HEAD:
        return []
    return [_case(w) for w in head]


def _capitalised(word: str) -> bool:
    return word[:1].isupper() and not any(c.isupper() for c in word[1:])


def _case(word: str) -> str:
    """Lower-case a sentence's first word ("Repair costs" -> "repair costs"); keep "GAAP", "Non-GAAP", "Q4"."""
    return word if any(c.isupper() or c.isdigit() for c in word[1:]) else word.lower()


def _noun_word(word: str) -> bool:
    low = _plain(word)
    return bool(re.fullmatch(r"[A-Za-z][\w’'-]*", low)) and not (
        low in _NOT_HEAD or low in _PREPOSITIONS or low in _DETERMINERS or low in _COPULAS or low in _AUX
        or _possessive(word))


def _verb_like(word: str) -> bool:
    low = _plain(word)
    return low in _NOT_HEAD - {"more", "less", "most", "than", "about", "and", "or", "as", "not", "no"} or (
        low in _COPULAS | _REACH | _CHANGE) or (low.endswith("ed") and len(low) > 4)


def _possessive(word: str) -> bool:
    return word.rstrip(",").endswith(("’s", "'s", "s’", "s'"))


def _plain(word: str) -> str:
    return word.rstrip(",").lower()
