"""Sentences that point back: rewrite them with what they point at, drop the connective, or leave them out.

A digest moves each sentence away from the one before it in its article, so a sentence that opens
on "He", "Its", "This payment", "However," or "Also" reads as an orphan. Each is handled by what
its article's previous sentence says, never by the words of one story:

* a **connective** ("However,", "Meanwhile,", "Also", "Despite this setback,") is dropped when
  what is left is a sentence;
* **he / she / his / her** become the one person the previous sentence names (a person is a name
  written after a role, "Governor Gavin Newsom", or one the story calls by surname alone);
* **it / its / they / their** become the previous sentence's subject when that is a name
  ("Kelderhof said ... . It added"), unless "it" is followed by a copula ("It is the first ..."
  points at an event, not at a name);
* **this / these + noun** become "the + noun" when the previous sentence names that noun;
* a **quote** that opens on a pointing word gets its speaker first ("Odell said: “This verdict ...”");
* anything else pointing back, and any fragment (no subject, a gerund opening), is left out.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from ..text.entities import PLACE_NAMED, lowercase_words, names_in
from ..text.words import STOPWORDS, stem, vocabulary

_CONNECTIVE = re.compile(
    r"^(?:however|but|and|also|meanwhile|moreover|furthermore|nevertheless|nonetheless|still|yet|instead|likewise|"
    r"similarly|besides|additionally|otherwise|then|in addition|at the same time|even so|on the other hand|"
    r"as a result|consequently|therefore|thus|indeed|in turn|separately|elsewhere|notably|importantly|crucially|"
    r"by contrast|in contrast|on top of that|what is more|in fact|of course|as such|after all|"
    r"(?:despite|after|because of|given|following|amid|in spite of)\s+(?:this|that|these|those|it|them)"
    r"(?:\s+[\w’'-]+){0,3})(?:\s*,\s*|\s+(?=[a-zA-Z“\"‘']))", re.I)
_NEEDS_COMMA = re.compile(r"^(?:despite|after|because|given|following|amid|in spite)\b", re.I)
_PERSONAL = re.compile(r"^(he|she|his|her)\b(?!-)", re.I)
_THING = re.compile(r"^(it|its|they|their)\b(?![-’'])", re.I)
_DEMONSTRATIVE = re.compile(r"^(this|these|that|those|such)\b(?!-)\s*", re.I)
_POINTING = re.compile(r"^(?:it|its|it’s|it's|they|them|their|he|she|his|her|this|these|those|that|such|however|"
                       r"but|and|also|meanwhile|moreover|furthermore|nevertheless|still|yet|instead|likewise|"
                       r"similarly|besides|additionally|otherwise|then)\b", re.I)
_COPULA = re.compile(r"^(?:is|was|are|were|’s|'s|would\s+be|will\s+be|has\s+been|had\s+been|may\s+be|could\s+be|"
                     r"might\s+be|seems?|appears?|remains?|means|marks?|comes|came|follows|followed|translates?|"
                     r"represents?|reflects?|includes?|underscores?|highlights?|signals?|suggests?)\b", re.I)
_VERBISH = re.compile(r"^(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|does|did|do|"
                      r"said|says|told|tells|added|adds|announced|reported|estimated|expects|plans|argued|"
                      r"fell|rose|won|lost|took|made|came|went|got|saw|ran|hit|cut|put|set|led|left|paid|sold|"
                      r"bought|grew|began|became|fled|struck|gave|kept|held|met|shut|spent|sent|built|drew|threw|"
                      r"flew|broke|spoke|chose|wrote|drove|fought|sought|caught|[a-z]+ed)$")
_GERUND_START = re.compile(r"^[A-Z][a-z]+ing\b")
_FRONTED = re.compile(r"^(?:(?:on|in|at|over|during|after|before|since|by|for|last|this|earlier|later)\b"
                      r"[^,]{0,40},\s*)")
_QUOTE_FIRST = re.compile(r"^(?P<open>[\"“‘'])(?P<quote>.+?)(?P<end>[,.!?…]?)(?P<close>[\"”’'])[,]?\s+"
                          r"(?P<speaker>.+?)\s*[.]?$")
_SUBORDINATE = re.compile(r"^\W*(?:this|that|it|these|those)\b(?:\s+[\w’'-]+){0,5}?"
                          r"\s+(?:when|after|as|because|since)\s+", re.I)
"""A pointing opening that frames a clause: "This comes after", "This concern was highlighted when"."""
_CLOSING = {'"': '"', "“": "”", "‘": "’", "'": "'"}
_SPEECH = re.compile(r"\b(?:said|says|told|added|asked|wrote|explained|insisted|warned|argued|noted|stated)\b")
_SPEECH_FIRST = re.compile(r"^(?:said|says|told|added|wrote|explained|insisted|warned|argued|noted|stated)\b\s*")
_WORD = re.compile(r"[A-Za-z][\w’'-]*")

_ROLES = frozenset(vocabulary()["roles"].split())
_NAME_WORD = re.compile(r"(?:[A-Z][a-z\u00C0-\u024F’'-]+|[A-Z]\.|de|da|van|von|der|bin|al|el|la|le)")
"""A word of a person's name: capitalised then lower case ("Ruairí", "O’Brien"), an initial or a particle."""
_NOT_A_NOUN = frozenset("also only just even still further again now then so too already ever".split())
ORGANISATION_WORDS = frozenset(vocabulary()["organisation_words"].split())


@dataclass(frozen=True)
class People:
    """The names in a story that are people, and the full name each lone surname stands for."""

    names: frozenset[str]
    surnames: dict[str, str]
    lower: frozenset[str] = frozenset()
    """Words the story writes in lower case: a capitalised one opening a sentence is no name."""

    def is_person(self, name: str) -> bool:
        name = _without_roles(name)
        return name in self.names or name in self.surnames

    def is_name(self, name: str) -> bool:
        return " " in name or name.lower() not in self.lower


def story_people(texts: Iterable[str]) -> People:
    """Which names are people: written after a role ("analyst Alicia Yap"), or called by surname alone.

    An organisation is called by its first word ("Kelderhof" for Kelderhof Home), a person by the
    last ("Newsom" for Gavin Newsom). A name with a word like "Council", "Airlines" or "Southern"
    in it, with a word in capitals ("SC Valdoura", "Chinese AI"), or opening on a word the story
    also writes in lower case ("Seven Portuguese") is not a person's.
    """
    texts = list(texts)
    lower = lowercase_words(texts)
    counts: Counter[str] = Counter()
    titled: set[str] = set()
    for text in texts:
        for raw in names_in(text):
            name = _without_roles(raw)
            if not name:
                continue
            counts[name] += 1
            at = text.find(raw) + len(raw) - len(name)
            before = _WORD.findall(text[max(0, at - 30):at])
            if name != raw or (before and before[-1].lower().rstrip(".") in _ROLES):
                titled.add(name)
    places = {n for text in texts for n in PLACE_NAMED.findall(text)}
    alone = {n for n in counts if " " not in n} - places  # "in Sorvano": a place, no one's surname
    people = set()
    for name in counts:
        words = name.split()
        if not 2 <= len(words) <= 4 or not all(_NAME_WORD.fullmatch(w) for w in words) \
                or any(w.lower().strip(".") in ORGANISATION_WORDS for w in words):
            continue
        if name in titled or (surname(name) in alone and words[0] not in alone and words[0].lower() not in lower):
            people.add(name)
    by_surname: dict[str, list[str]] = {}
    for name in sorted(people):
        by_surname.setdefault(surname(name), []).append(name)
    surnames = {s: ns[0] for s, ns in by_surname.items() if len(ns) == 1}
    return People(frozenset(people), surnames, lower)


_SUFFIXES = frozenset("Jr Sr Jnr Snr".split())


def surname(name: str) -> str:
    """The word a person is called by alone: the last, or the one before "Jr" ("Robert F. Kennedy Jr": Kennedy)."""
    words = name.split()
    return words[-2] if len(words) > 1 and words[-1].rstrip(".") in _SUFFIXES else words[-1]


def _without_roles(name: str) -> str:
    """ "Managing Director Campbell Wilson" -> "Campbell Wilson": roles before a name are not part of it,
    nor what the role is of ("Los Angeles County Sheriff Robert Luna" -> "Robert Luna")."""
    words = name.split()
    last_role = max((k for k, w in enumerate(words[:-2]) if w.lower().rstrip(".") in _ROLES), default=-1)
    if last_role > 0:
        words = words[last_role:]
    while len(words) > 1 and (words[0].lower().rstrip(".") in _ROLES or words[0] in ("Managing", "Executive",
                                                                                        "Financial", "Former")):
        words.pop(0)
    return " ".join(words)


def points_back(text: str) -> bool:
    """Whether a sentence opens on a pronoun, a demonstrative or a connective (quotes aside), or on an ordinal
    that stands for a noun said before ("The first, in March, reached orbit": the first what?)."""
    bare = text.lstrip("\"'“‘( ")
    return bool(_POINTING.match(bare) or _ORDINAL_ALONE.match(bare))


_ORDINAL_ALONE = re.compile(r"the\s+(?:first|second|third|fourth|last|latter|former|other|others)(?=\s*,|\s+(?:is|was|"
                            r"are|were|has|had|have|will|would|can|could|said|says|[a-z]+ed)\b)", re.I)


def stand_alone(text: str, previous: str | None, people: People, resolved: str | None = None) -> str | None:
    """``text`` rewritten so that it reads without the sentence before it, or None when it cannot.

    ``previous`` is the sentence before it in its article; ``resolved`` is the person the
    previous sentence's own "He" or "She" was found to mean, so a run of them keeps its subject.

    >>> people = story_people(["Governor Gavin Newsom spoke.", "Newsom said more."])
    >>> stand_alone("He signed executive orders.", "Governor Gavin Newsom said crews were ready.", people)
    'Gavin Newsom signed executive orders.'
    >>> stand_alone("However, the council has no role in the dispute.", None, people)
    'The council has no role in the dispute.'
    >>> stand_alone("It is the first strike since 2019.", "Drivers walked out at City Transport.", people) is None
    True
    """
    text = text.strip()
    for _ in range(3):  # "However, despite this strong performance, ..." loses both
        stripped = _strip_connective(text, people.lower)
        if stripped == text:
            break
        if stripped is None:
            return None
        text = stripped
    if text[:1] in "\"“‘'" and points_back(text):
        return _speaker_first(text)
    if not points_back(text):
        return None if is_fragment(text, people.lower) else text
    personal = _PERSONAL.match(text)
    if personal:
        named = _people_named(previous, people)
        who = (named[0] if len(named) == 1 else None) if named else resolved
        return _replace(text, personal, who) if who else None
    thing = _THING.match(text)
    if thing:
        rest = text[thing.end():].lstrip()
        subject = None
        if not (thing.group(1).lower() == "it" and _COPULA.match(rest)):
            subject = _subject_name(previous, people, thing.group(1).lower() in ("they", "their"))
        if subject is None and thing.group(1).lower() == "it" and _REPORTS.match(rest):
            subject = _body_subject(previous)
        return _replace(text, thing, subject) if subject else _subordinate_claim(text, people)
    demonstrative = _DEMONSTRATIVE.match(text)
    if demonstrative and demonstrative.group(1).lower() in ("this", "these") and previous \
            and _names_noun(previous, text[demonstrative.end():]):
        return "The " + text[demonstrative.end():]
    return _subordinate_claim(text, people)


def _subordinate_claim(text: str, people: People) -> str | None:
    """ "This concern was highlighted when TD Cowen analysts reported that ..." -> "TD Cowen analysts reported
    that ...": when the part that points back only frames it, the clause after "when", "after" or "as" is
    the claim, stated by the source as a fact. None when that clause has no subject and verb of its own.
    """
    match = _SUBORDINATE.search(text)
    if not match:
        return None
    clause = text[match.end():].strip()
    words = clause.split()
    if len(words) < 6 or points_back(clause) or not (clause[:1].isupper() or words[0].lower() in ("the", "a", "an")):
        return None
    if not any(_VERBISH.match(w.lower().strip(",;:")) for w in words[1:7]):
        return None
    sentence = clause[:1].upper() + clause[1:]
    return None if is_fragment(sentence, people.lower) else sentence


def verbish(word: str) -> bool:
    """Whether a word may be a clause's finite verb: an auxiliary, a common irregular past, any "-ed" or a
    third-person "-s" ("meets"; a plural noun passes too, so the check only rules out verbless phrases)."""
    w = word.lower().strip(",;:.\"'“”‘’()")
    return bool(_VERBISH.match(w)) or (w.endswith("s") and not w.endswith(("ss", "'s", "’s")) and w not in STOPWORDS)


_AUXILIARY_START = re.compile(r"(?:Will|Would|Can|Could|May|Might|Must|Shall|Should|Has|Have|Had|Is|Are|Was|Were|"
                              r"Did|Does|Do)\s+(?!(?:the|a|an|it|he|she|they|we|you|i|there|this|that|its|their)\b)"
                              r"(?:not\s+|also\s+|still\s+)?[a-z]")
"""A clause that opens on an auxiliary and a verb has lost its subject; one with a subject after it is a question or
an inversion ("Should the vote fail, ..."), which other rules read."""


def is_fragment(text: str, lower: frozenset[str] | None = None) -> bool:
    """No subject and main verb: a lower-case start, a gerund opening with no clause after it, a verbless line.

    ``lower`` are the words the story writes in lower case: "Kessling said" opens on a name, not on
    a gerund, because "kessling" is never written so.

    >>> is_fragment("Raising concerns about the merger."), is_fragment("Raising prices, the firm kept its margin.")
    (True, False)
    """
    bare = text.lstrip("\"'“‘( ")
    if not bare or bare[0].islower():
        return True
    gerund = _GERUND_START.match(bare)
    if gerund and "," not in bare and (lower is None or gerund.group(0).lower() in lower):
        return True
    if _AUXILIARY_START.match(bare):
        return True  # "Will need at least one partner to govern": a predicate cut from its subject
    words = [w.lower() for w in _WORD.findall(bare)]
    return len(words) < 6 and not any(_VERBISH.match(w) or (w.endswith("s") and i > 0 and w not in STOPWORDS)
                                      for i, w in enumerate(words))


def _strip_connective(text: str, lower: frozenset[str]) -> str | None:
    """The sentence without its opening connective; None when what is left is not a sentence."""
    match = _CONNECTIVE.match(text)
    if not match:
        return text
    if _NEEDS_COMMA.match(text) and "," not in match.group(0):
        return text
    rest = text[match.end():].lstrip()
    if len(rest.split()) < 4:
        return None
    rest = rest[:1].upper() + rest[1:]
    return None if is_fragment(rest, lower) else rest


def _replace(text: str, match: re.Match[str], name: str) -> str:
    """Put ``name`` in for the pronoun the match found, possessive for "his", "her", "its", "their"."""
    if match.group(1).lower() in ("his", "her", "its", "their"):  # "her" opening a sentence is possessive
        name += "’" if name.endswith("s") else "’s"
    return name + text[match.end():]


def _people_named(previous: str | None, people: People) -> list[str]:
    """The people the previous sentence names, as it writes them ("Newsom" stays "Newsom"), once each."""
    if not previous:
        return []
    found = list(dict.fromkeys(_without_roles(n) for n in names_in(previous) if people.is_person(n)))
    full = list(dict.fromkeys(people.surnames.get(n, n) for n in found))
    maybe = [n for n in names_in(previous) if _could_be_person(_without_roles(n)) and not people.is_person(n)
             and people.is_name(n)]
    if found and maybe:
        return [*full, *maybe]  # "Piet Vosloo and Ana Brandt": another name that may be a person's is ambiguity
    return found if len(found) == len(full) else full  # "Gavin Newsom ... Newsom" is one person


def _could_be_person(name: str) -> bool:
    """Two to four capitalised name words and no organisation or place word: perhaps a person's name."""
    words = name.split()
    return 2 <= len(words) <= 4 and all(_NAME_WORD.fullmatch(w) for w in words) \
        and not any(w.lower().strip(".") in ORGANISATION_WORDS for w in words)


def _subject_name(previous: str | None, people: People, plural: bool) -> str | None:
    """The previous sentence's subject when it opens on a name that is not a person's: "Kelderhof said ..." ->
    "Kelderhof"; "The Boeing 787-8 Dreamliner, Flight AI171, had ..." -> "The Boeing 787-8 Dreamliner".

    A fronted phrase ("On Monday, ...") is skipped; the subject runs to the first comma or verb and
    is at most six words. "They" needs a plural subject ("Rovers", "The Social Democrats").
    """
    if not previous:
        return None
    body = _FRONTED.sub("", previous.strip(), count=1)
    subject: list[str] = []
    for word in body.split()[:7]:
        bare = word.strip(",;:()“”\"'")
        if subject and (_VERBISH.match(bare.lower()) or bare.lower() in _NOT_A_NOUN):
            break
        subject.append(word)
        if word.endswith((",", ";", ":")):
            break
    phrase = " ".join(subject).rstrip(",;:")
    names = [n for n in names_in(phrase) if people.is_name(n)]
    if not subject or len(subject) > 6 or not names or phrase.endswith(("’s", "'s")):
        return None
    start = phrase.find(names[0])
    if start not in (0, 4) or (start == 4 and not phrase.startswith("The ")):
        return None  # the name must be the subject: "To attract business, ..." has none
    if any(people.is_person(n) for n in names) or (plural and not phrase.split()[-1].endswith("s")):
        return None
    return phrase


_REPORTS = re.compile(r"^(?:said|says|added|announced|reported|estimated|confirmed|stated|warned|told)\b")
def _body_subject(previous: str | None) -> str | None:
    """The previous sentence's subject when it is an organisation named by its kind ("The board certified the
    result on Monday."): "It said ..." after it is that body speaking, "The board said ...". A reporting
    verb makes "it" an agent, not the result or the day."""
    words = previous.split()[:4] if previous else []
    if not words or words[0] != "The":
        return None
    for end in (2, 3):  # "The board", "The election board"
        if len(words) <= end or not all(w.isalpha() and w.islower() for w in words[1:end]):
            continue
        verb = words[end]
        if words[end - 1] in ORGANISATION_WORDS and verb.isalpha() and verb.islower() \
                and (_VERBISH.match(verb) or verb.endswith(("ed", "s"))):
            return " ".join(words[:end])
    return None


def _names_noun(previous: str, rest: str) -> bool:
    """Whether the previous sentence names the noun after "this" ("This payment is" after "... a payment of").

    The noun phrase runs to its first verb (at most three words); its last word is the noun.
    """
    phrase: list[str] = []
    for word in _WORD.findall(rest)[:4]:
        low = word.lower()
        if _VERBISH.match(low) or (phrase and low.endswith("s") and not low.endswith("ss")):
            break
        if low in _NOT_A_NOUN or low in STOPWORDS:
            return False
        phrase.append(low)
    if not phrase or len(phrase) > 3:
        return False
    stems = {stem(w) for w in _WORD.findall(previous.lower())}
    return stem(phrase[-1]) in stems


def _speaker_first(text: str) -> str | None:
    """ “This is a big deal,” Dr Amy Thompson said. -> Dr Amy Thompson said: “This is a big deal.”

    The quote stays word for word; only where its speaker stands changes. None when the sentence
    does not end with who said it.
    """
    match = _QUOTE_FIRST.match(text)
    if not match or not _SPEECH.search(match.group("speaker")) \
            or (match.group("close") != _CLOSING[match.group("open")] and match.group("open") != "'"):
        return None
    speaker = match.group("speaker").rstrip(".")
    if _SPEECH_FIRST.match(speaker):  # "said Marcus Odell, the lead lawyer" -> "Marcus Odell, the lead lawyer, said"
        verb = _SPEECH_FIRST.match(speaker).group(0).strip()  # type: ignore[union-attr]
        speaker = speaker[len(verb):].strip() + ", " + verb if "," in speaker else speaker[len(verb):].strip() + \
            " " + verb
    if not speaker[:1].isupper() or points_back(speaker):
        return None
    end = match.group("end") if match.group("end") in "!?…" and match.group("end") else "."
    return f"{speaker}: {match.group('open')}{match.group('quote')}{end}{match.group('close')}"
