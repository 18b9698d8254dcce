"""The actors of a story: which capitalised names can own a figure, and which is the main one.

News copy capitalises more than names: the word that opens a sentence ("Specifically",
"Households", "No ACT buses ..."), peoples ("Chinese AI", "seven Portuguese"), measures and
periods ("GAAP net income", "Q4 revenue") and outlets that only report a figure ("Moyle FM
reported that ..."). None of those owns a figure, so a name is an actor only once they are set
aside. The word lists are general English (``data/vocabulary.yaml``); which words a story only
capitalises at a sentence's start is learnt from the story itself.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from ...model import Story
from ..summary.openers import ORGANISATION_WORDS, story_people
from ..text.entities import PLACE_NAMED, PLACE_NOUNS, canonical, fold_names, lowercase_words, names_in, rank_names
from ..text.entities import adjective_of as _adjective_of
from ..text.words import find_acronyms, vocabulary
from .currencies import currency_table
from .folds import acronym_folds, body_folds, case_folds, initial_folds
from .kinds import actor_kinds, of_kind
from .quantities import find_quantities
from .storyevent import NAME as _NAME
from .storyevent import story_event
from .takeover import deal_parties

CURRENCY_PREFIXES = frozenset(currency_table().prefixes())
"""Currency codes and signs written before a number ("Rp", "DKK"): never an actor, even apart from it."""
NATIONALITIES = frozenset(vocabulary()["nationalities"].split())
FURNITURE = frozenset(vocabulary()["furniture_words"].split())
NOT_ACTORS = frozenset(vocabulary()["not_actors"].split()) | FURNITURE
OUTLET_WORDS = frozenset(vocabulary()["outlet_words"].split())
ACTOR_NOUNS = frozenset(vocabulary()["actor_nouns"].split()) | PLACE_NOUNS
REPORTING_VERBS = frozenset(vocabulary()["reporting_verbs"].split())
ROLES = frozenset(vocabulary()["roles"].split())
_CODE = re.compile(r"^(?:[QH][1-4]|FY\s?\d{2,4}|\d+[A-Za-z]*|[A-Z]{1,2}-?\d+[A-Z]?)$")
"""Quarter, half-year and fiscal-year codes ("Q4", "FY25") and model numbers: not actors."""
_PLURAL_POSSESSIVE = re.compile(r"^[A-Z][a-z]+s[’']\s+")
"""ʺAnalysts' Q4 estimate": a plural possessive opening a run of capitals is no part of a name."""
_DETERMINERS = frozenset("no not none every each all any both several few one two three four five six seven eight "
                         "nine ten eleven twelve dozens hundreds thousands".split())
_OPENING = re.compile(r"^\W*([A-Z][\w’'&-]*)")
MAIN_MARGIN = 1.25
"""The main actor opens this many times as many sentences as the next organisation, in as many articles, or the
story has none: a figure no sentence gives an owner is then not stated rather than a guess between two."""


@dataclass(frozen=True)
class StoryActors:
    """Story-wide knowledge for resolving actors: the main actor, name folding, what is no actor."""

    main: str | None
    fold: dict[str, str]
    concepts: frozenset[str]
    lower: frozenset[str]
    openers: frozenset[str] = frozenset()
    """Capitalised words the story writes only at the start of a sentence: ordinary words."""
    outlets: frozenset[str] = frozenset()
    """The outlets the articles name as their own (``story.yaml``): they report figures, never own them."""
    people: frozenset[str] = frozenset()
    """Names that are people's (full names and the surnames that stand for them)."""
    described: dict[str, str] = field(default_factory=dict, compare=False)
    """What "the fryers" or "the midfielder" means: the one story name written with that noun (see
    :func:`_descriptors`)."""
    event: str | None = None
    """The event the story is about, when it writes one name with an event noun most ("the Tarn floods")."""
    treated: frozenset[str] = frozenset()
    """Acronyms the story spells out in lower case right before a treatment noun ("the measles, mumps and
    rubella (MMR) vaccine"): a treatment named by its acronym, which owns its efficacy (subjects.py)."""
    kinds: dict[str, frozenset[str]] = field(default_factory=dict, compare=False)
    """The actor nouns the story writes beside each actor ("union" for IG Metall: :mod:`.kinds`)."""
    deal: tuple[str, str] | None = None
    """The buyer and the company bought, in a story about a takeover (:mod:`.takeover`)."""
    _names: dict[str, str | None] = field(default_factory=dict, compare=False, repr=False)
    """:meth:`name`'s answers: every stage asks about the same few names many times."""
    _outlet: dict[str, bool] = field(default_factory=dict, compare=False, repr=False)
    _spelled: dict[tuple[str, ...], str | None] = field(default_factory=dict, compare=False, repr=False)
    _person: dict[str, bool] = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def of(cls, story: Story, codes: frozenset[str] = frozenset()) -> StoryActors:
        """The story's actors; ``codes`` are the currency codes it teaches (newcodes.py): never an actor, nor main."""
        texts = [(s.source, s.text) for a in story.articles for s in a.sentences]
        plain = [t for _, t in texts]
        acronyms = find_acronyms(" ".join(plain))
        # An acronym spelled out in lower case ("artificial intelligence (AI)") is a concept, not an actor.
        joined = " ".join(plain)  # find_acronyms lower-cases each phrase: look for it as written
        concepts = frozenset(short.upper() for phrase, short in acronyms.items()
                             if f"{phrase} ({short.upper()})" in joined or f"{phrase} ({short})" in joined) | codes
        counts = Counter(canonical(n) for t in plain for n in names_in(t))
        fold = fold_names(counts)
        fold.update({n: n for t in plain for n in PLACE_NAMED.findall(t)  # "in Sorvano" is no surname of Acque Sorvano
                     if " " not in n and fold.get(n, n).endswith(" " + n)})
        fold.update(case_folds(counts, fold))
        fold.update(acronym_folds(plain, counts))
        fold.update(initial_folds(counts, fold))
        outlets = frozenset(canonical(a.outlet) for a in story.articles if a.outlet)
        outlets |= {short.upper() for phrase, short in acronyms.items()  # "Polymer Markets Weekly (PMW)"
                    if any(w in OUTLET_WORDS for w in phrase.split()) or any(phrase == o.lower() for o in outlets)}
        found = story_people(plain)
        persons = {n for n in found.names if not _opens_organisation(n, counts)}
        people = frozenset(persons | {s for s, full in found.surnames.items()
                                      if full in persons and not _opens_organisation(s, counts)})
        actors = cls(None, fold, concepts, lowercase_words(plain), _only_opening(texts), outlets, people)
        from .pointing import only_speaks  # pointing builds on this module; only this needs it back

        subject_of: dict[str, set[str]] = {}
        subject_count: Counter[str] = Counter()
        for source, text in texts:  # the actor a sentence opens on is what it is about
            opening = next((n for n in names_in(text) if text.find(n) < 60 and actors.name(n)), None)
            if opening and (name := actors.name(opening)) and not actors.is_outlet(name):
                subject_of.setdefault(name, set()).add(source)
                subject_count[name] += 1
        countries = {fold.get(c, c) for c in ("US", "UK", "EU")}
        ranked = [name for n, _sources in rank_names(texts) if (name := actors.name(n))
                  and name not in countries and not actors.is_outlet(name) and not only_speaks(n, plain)]
        order = {name: k for k, name in reversed(list(enumerate(ranked)))}
        by_rank = sorted(order, key=lambda n: (-len(subject_of.get(n, ())), -subject_count[n], order[n]))
        main = by_rank[0] if by_rank else None
        rival = next((n for n in by_rank[1:] if not actors.is_person(n)), None)
        if main and rival and len(subject_of.get(rival, ())) == len(subject_of.get(main, ())) \
                and subject_count[main] < MAIN_MARGIN * subject_count[rival]:
            main = None  # a lender's index and a website's, each in every article: the story has no one main actor
        treated = frozenset(_TREATED.findall(joined))
        kinds: dict[str, frozenset[str]] = {}
        for written, nouns in actor_kinds(plain, ACTOR_NOUNS).items():
            if (name := actors.name(written)) is not None:
                kinds[name] = kinds.get(name, frozenset()) | nouns
        return cls(main, body_folds(fold), concepts, actors.lower, actors.openers, outlets, people,
                   _descriptors(plain, actors), story_event(plain, actors), treated, kinds, deal_parties(plain, actors))

    def called(self, noun: str) -> str | None:
        """The one actor the story writes with ``noun`` beside it ("the city of Sorvano" for "the city"), if one."""
        found = [name for name, kinds in self.kinds.items() if noun in kinds]
        return found[0] if len(found) == 1 else None

    def of_kind(self, name: str, noun: str) -> bool:
        """Whether "the ``noun``" may mean the actor ``name``, by what the story calls it (:func:`.kinds.of_kind`)."""
        return of_kind(noun, self.kinds.get(name, frozenset()))

    def name(self, raw: str) -> str | None:
        """The canonical actor for a name found in text, or None when it is no actor (see the module doc)."""
        if raw not in self._names:
            self._names[raw] = self._name(raw)
        return self._names[raw]

    def _name(self, raw: str) -> str | None:
        raw = raw.rstrip("’'")  # "Keel Analytics' revenue"
        plain = _PLURAL_POSSESSIVE.sub("", raw)
        if plain != raw and plain.split()[-1].lower() in ORGANISATION_WORDS:
            plain = raw  # "Workers' Alliance" is the name of an organisation
        name = self._bare(plain)
        name = self._bare(self.fold.get(name, name)) if name else None
        if not name or name.upper() in self.concepts or (" " not in name and not name.isupper() and (
                name.lower() in self.lower or _adjective_of(name, self.fold))):
            return None  # a word the story writes in lower case, or a place's adjective ("the Ardalian coast")
        if all(w.lower() in NOT_ACTORS or _CODE.match(w) for w in name.split()):
            return None
        if any(q.start == 0 for q in find_quantities(name)) or name.lower() in CURRENCY_PREFIXES:
            return None  # "Rp1.85 trillion", "US$114m", the "Rp" of "Rp 38 billion": a figure, not an actor
        return name

    def _bare(self, raw: str) -> str | None:
        """A name without the opening word, people or number that is no part of it ("Seven Portuguese")."""
        words = raw.split()
        while words and (words[0].lower() in _DETERMINERS or (
                (words[0] in self.openers or words[0].lower() in NATIONALITIES or words[0].lower() in FURNITURE)
                and (len(words) == 1 or " ".join(words[1:]) in self.fold))):
            words.pop(0)  # "No ACT" and "Chinese Alibaba" when the story names them alone too; not "State Farm"
        if words and all(w.lower() in NATIONALITIES for w in words):
            return None  # "Israeli", "Portuguese": a people, not an actor ("European Union" is one)
        return canonical(" ".join(words)) if words else None

    def is_person(self, name: str) -> bool:
        """Whether a name is a person's ("analyst Alicia Yap", "Wilson" for Campbell Wilson)."""
        if name not in self._person:
            self._person[name] = self._is_person(name)
        return self._person[name]

    def _is_person(self, name: str) -> bool:
        if name in self.people:
            return True
        words = name.split()
        roles = [k for k, w in enumerate(words[:-2]) if w.lower() in ROLES]
        if roles and all(w[:1].isupper() and w.lower() not in ORGANISATION_WORDS for w in words[roles[-1] + 1:]):
            return True  # "County Executive Joan Pritchard", "Health Minister Petar Ilic": a role, then a name
        if " " not in name and len(self._full_names(name)) > 1:
            return False  # "Free Vesterø", "Statistics Vesterø": a place two names end with is no one's surname
        return any(name == p.split()[-1] or p.endswith(" " + name) or name.endswith(" " + p)
                   for p in self.people)  # "Cllr Ruairí Dempsey": a role before the name

    def _full_names(self, word: str) -> set[str]:
        """The people's names of several words that end with ``word``, one per person ("Whether Free Vesterø"
        is "Free Vesterø" read with the word before it)."""
        ending = {p for p in self.people if " " in p and p.split()[-1] == word}
        return {p for p in ending if not any(p != other and p.endswith(" " + other) for other in ending)}

    def is_outlet(self, name: str) -> bool:
        """Whether a name is a news outlet (the articles' own, or one with "News", "FM", "Times" in it)."""
        if name not in self._outlet:
            self._outlet[name] = self._is_outlet(name)
        return self._outlet[name]

    def _is_outlet(self, name: str) -> bool:
        if name in self.outlets or any(o in name for o in self.outlets if len(o) > 3):
            return True
        return any(w.lower().strip("’'s.") in OUTLET_WORDS for w in name.split())

    def by_descriptor(self, noun: str) -> str | None:
        """The story name a common noun describes ("the fryers": AeroChef XL), when only one has it."""
        return self.described.get(noun[:-1] if noun.endswith("s") and noun[:-1] in self.described else noun)

    def by_noun(self, noun: str) -> str | None:
        """The actor a common noun points back to: the one story name with that word in it ("the council"), as
        its head (last word, or the word before "of": "the bank" is the Bank of Lazaria, "the stock" no New York
        Stock Exchange); a place noun anywhere in it ("the city" is Ardmoyle City Council)."""
        word = noun[:1].upper() + noun[1:]
        found = {self.fold.get(n, n) for n in self.fold
                 if (word in n.split() if noun in PLACE_NOUNS else word in _heads(n))}
        found = {n for n in found if self.name(n) == n}
        return next(iter(found)) if len(found) == 1 else None


    def spelled(self, words: tuple[str, ...]) -> str | None:
        """The one organisation a lower-case phrase writes out, as a later mention does ("the coast guard" for
        Valdmark Coast Guard, "the bird protection society" for the Valdish Society for Bird Protection): each
        word is one of its name's and the last is its head. Two words at least: "the guard" alone is no name."""
        if words not in self._spelled:
            found = {self.fold.get(n, n) for n in self.fold if _spells(words, self.fold.get(n, n))}
            found = {n for n in found if self.name(n) == n and not self.is_person(n) and not self.is_outlet(n)}
            self._spelled[words] = next(iter(found)) if len(found) == 1 and len(words) >= 2 else None
        return self._spelled[words]


def _spells(words: tuple[str, ...], name: str) -> bool:
    """Whether lower-case ``words`` write the name out: all of them its words, the last its head."""
    own = name.lower().split()
    heads = {h.lower() for h in _heads(name)} | ({own[own.index("for") - 1]} if "for" in own[1:] else set())
    return words[-1] in heads and all(w in own for w in words)


def _heads(name: str) -> tuple[str, ...]:
    """The words a name is a kind of: its last, and the one before its first "of" ("Bank of England")."""
    words = name.split()
    return (words[-1], words[words.index("of") - 1]) if "of" in words[1:] else (words[-1],)


_NAME_NOUN = re.compile(r"(?<![\w’'-])(?P<name>" + _NAME + r")\s+(?:(?!(?:the|an?|its|their|his|her|our|this|"
                        r"that|these|those|and|or|of|in|on|at|to|for|by|with|from|is|are|was|were|has|have|had)\s)[a-z][\w-]*\s+)?"
                        r"(?P<noun>[a-z]{3,})(?=[\s,.;:)])")
_ROLE_NAME = re.compile(r"(?<![\w’'-])(?P<noun>" + "|".join(sorted(ROLES, key=len, reverse=True)) + r")\s+(?P<name>" +
                        _NAME + ")")
_FUNCTION_WORDS = r"(?:from|near|in|of|on|at|to|for|by|with|into|over|under|and|or|but|than|as|says|said)"
_NOUN_NAMED = re.compile(r"\b[Tt]he\s+(?P<noun>[a-z]{2,}[a-rt-z]),\s+(?:called\s+|named\s+|known\s+as\s+)?(?P<name>" +
                         _NAME + r"),|(?:\b[Tt]he|\bits|"
                         r"\btheir|[’']s)\s+(?:new\s+|[a-z][a-z-]+\s+(?=[a-z]{2,}[a-rt-z]\s+[A-Z]))?"
                         r"(?!" + _FUNCTION_WORDS + r"\s)"
                         r"(?P<own>[a-z]{2,}[a-rt-z])\s+(?P<owned>" + _NAME + ")")
"""A noun the story names outright: "The drug, Calvexa, was approved", "The trial, called NORA-3,", "Halvern's
vaccine Zenoma", "the tanker Sinar Bahari", "the container ship Kestrel Horizon" (one modifier may stand
before the noun): "the drug" is Calvexa, "the container ship's 21 crew" the Kestrel Horizon's. One thing is
named so, in the singular ("the talks, Heggland said" names no talks); an adjective before a name is no such noun
("the broader Los Angeles area"), nor is a preposition ("the estimates from AccuWeather")."""
_ADJECTIVES = frozenset(vocabulary()["adjectives"].split())
_TREATED = re.compile(r"[a-z],?\s+\(([A-Z]{2,6})\)\s+(?:" + "|".join(sorted(vocabulary()["treatment_nouns"].split())) +
                      r")\b")
_ADJECTIVE_SHAPE = re.compile(r"(?:al|ic|ive|ous|ary|ern)$")
_NOT_DESCRIPTOR = re.compile(r"(?:ed|ing|ly)$")


def _descriptors(texts: list[str], actors: StoryActors) -> dict[str, str]:
    """Nouns the story writes with one actor's name: "AeroChef XL air fryers" (twice or more) makes "the
    fryers" the AeroChef XL, "Portuguese midfielder Tiago Meireles" makes "the midfielder" him. A noun
    seen with two names describes neither; a name led by a classifier ("Premier League club") is no such
    name; verbs ("Kelderhof said", "Kelderhof recalled") are not nouns."""
    found: dict[str, Counter[str]] = {}
    plural: set[str] = set()
    for pattern, text in ((p, t) for p in (_NAME_NOUN, _ROLE_NAME, _NOUN_NAMED) for t in texts):
        for m in pattern.finditer(text):
            noun = m.group("noun") or m.group("own")
            if pattern is _NAME_NOUN and noun.endswith("s") and not noun.endswith(("ss", "us", "is", "its")):
                noun = noun[:-1]
                plural.add(noun)
            elif pattern is not _NAME_NOUN:
                plural.add(noun)
            named = m.group("name") or m.group("owned")
            names = names_in(named)
            name = actors.name(names[-1]) if names and named.endswith(names[-1]) else None
            if name is None or actors.is_outlet(name):
                continue
            if pattern is _NOUN_NAMED and (noun in ACTOR_NOUNS or noun in ROLES or noun in _ADJECTIVES
                                           or _NOT_DESCRIPTOR.search(noun)
                                           or (m.group("own") and _ADJECTIVE_SHAPE.search(noun))):
                continue  # "the company, Halvern": an actor noun points back on its own
            if pattern is _ROLE_NAME and any(w.lower() in ORGANISATION_WORDS for w in names[-1].split()):
                continue  # "survivor Air India" is a misreading: a role is a person's
            if pattern is _NAME_NOUN and (_NOT_DESCRIPTOR.search(noun) or noun in REPORTING_VERBS or noun in ACTOR_NOUNS
                                          or noun in ROLES or name.split()[-1].lower() in ORGANISATION_WORDS):
                continue
            found.setdefault(noun, Counter())[name] += 1 if pattern is _NAME_NOUN else 2
    return {noun: next(iter(names)) for noun, names in sorted(found.items())
            if len(names) == 1 and sum(names.values()) >= 2 and noun in plural}


def _opens_organisation(name: str, counts: Counter[str]) -> bool:
    """Whether a name opens an organisation's ("Tanjung Seruni" of "Tanjung Seruni Port Authority"): a place
    that bodies are named after, not a person called by surname ("Seruni General Hospital")."""
    return any(n.startswith(name + " ") and any(w.lower() in ORGANISATION_WORDS for w in n.split()[len(name.split()):])
               for n in counts)


_WORD_SHAPE = re.compile(r"^[A-Z][a-z]+(?:ly|ing|ings|ed)$|^[A-Z]{4,}$")
"""The shape of an ordinary word (an adverb, a participle) or a shouted label ("UPDATE"), not a name's."""


def _only_opening(texts: list[tuple[str, str]]) -> frozenset[str]:
    """Capitalised words seen only as a sentence's first word, in one source: "Specifically", "Part".

    A name opens sentences too, but some source also writes it inside one, or several sources use
    it. A story of one article cannot tell, so there only words shaped like an adverb or a
    participle ("Looking") or a shouted label ("UPDATE") count: few names end in -ly or -ing.
    A title-case headline ("Inspectors Find Serious Failures") capitalises every word, so it is no
    evidence that a word is written inside a sentence as a name.
    """
    first: dict[str, set[str]] = {}
    inside: set[str] = set()
    for source, text in texts:
        opening = _OPENING.match(text)
        if opening and _GIVES.match(text, opening.end()):
            inside.add(opening.group(1))  # "Norway on Tuesday pledged NOK 50 million": the subject of giving
        elif opening:
            first.setdefault(opening.group(1), set()).add(source)
        if not _title_case(text):  # "Inspectors Find Serious Failures": a headline's style, not names
            inside.update(_inside_words(text, opening.end() if opening else 0))
    several = len({source for source, _ in texts}) > 1  # with one article there is no telling
    return frozenset(w for w, sources in first.items()
                     if len(sources) == 1 and w not in inside and w.rstrip(".") not in inside
                     and (several or _WORD_SHAPE.search(w)))


def _inside_words(text: str, start: int) -> list[str]:
    """The capitalised words inside a sentence, a possessive name without its "'s" ("approved Telvia's takeover":
    Telvia); not the last word of a longer name ("Covenant Children's Hospital" says nothing of "Children")."""
    out = []
    for m in _INSIDE.finditer(text, start):
        word = m.group(1)
        out.append(word)
        before = text[:m.start(1)].split()[-1:]
        if word.endswith(("’s", "'s")) and not (before and before[0][:1].isupper()):
            out.append(word[:-2])
    return out


def _title_case(text: str) -> bool:
    """Whether a line is written in title case: every word of four letters or more capitalised, three or more."""
    words = [w for w in re.findall(r"[^\W\d_][\w’'-]*", text) if len(w) >= 4]
    return len(words) >= 3 and all(w[0].isupper() for w in words)


_GIVES = re.compile(r"\s+(?:(?:on|this|last|late|early)\s+[A-Z]?[a-z]+\s+|(?:has|have|had|will|also|already|"
                    r"now|again|then)\s+)*(?:" + "|".join(sorted(vocabulary()["giving_verbs"].split())) + r")\b")
"""A giving or spending verb right after a sentence's opening word: that word is its subject, a name (a
country or an organisation), however seldom the story writes it elsewhere."""
_INSIDE = re.compile(r"(?<![.!?:\"'“‘(\s])\s+[\"'“‘(]*(?<![.!?:]\s)([A-Z][\w’'&-]*?)\.?(?![\w’'&-])")
"""A capitalised word inside a sentence: not after a full stop, a colon or an opening quotation mark."""
