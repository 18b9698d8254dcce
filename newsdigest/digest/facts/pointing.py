"""What the words before a figure point at: names set aside, pronouns and descriptors, speakers.

The owner rules in owners.py read a clause through these: an appositive or a bracket is set
aside, "its" or "the council" is written as the actor it points back to, a titled person who
only says a figure is a speaker and not its owner, and a name after a preposition ("in
Westerland") is where something happened rather than who did it.
"""

from __future__ import annotations

import re

from ..summary.openers import ORGANISATION_WORDS
from ..text.entities import PLACE_NOUNS, names_in
from ..text.words import vocabulary
from .actors import ACTOR_NOUNS, StoryActors
from .folds import BODY_HEADS, short_forms
from .takeover import MERGED

_PHRASE = r"(?:[^,]|,(?=\d{3}))*,(?!\d{3})"  # to the next comma that is no thousands separator ("1,400")
_APPOSITIVE = re.compile(r"(?P<name>\b[A-Z][\w&.’'-]*),\s+(?:the|a|an|its)\b" + _PHRASE + r"|,\s+(?:which|who)\b"
                         + _PHRASE)
"""An appositive after a name ("State Farm, the state's largest insurer,") or a relative clause: set aside.
"For comparison, the 2018 Camp Fire ..., caused" opens on no name, so its "the" phrase is the subject."""


def drop_appositives(text: str) -> str:
    return _APPOSITIVE.sub(lambda m: (m.group("name") or "") + ",", text)


PARTICIPLE_APPOSITIVE = re.compile(r"(?<=[a-z]),\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en)\s+(?:in|by|from|at|on|with|to)\b"
                                   r"[^,]*,")
"""A participle set off by commas between a subject and its verb ("The outbreak, rooted in a community in
Gaines County, has grown to over 130 cases"): the names in it own nothing of the clause's figure."""
BRACKETS = re.compile(r"\([^()]*\)")
_DEFINING = re.compile(r"(?<![\w’'&-])(?P<word>[a-z][a-z-]*)\s+\((?P<short>[A-Z]{2,6})\)")


def set_aside(text: str) -> str:
    """``text`` without its brackets, except an acronym that names the lower-case words before it: "coverage
    for measles, mumps and rubella (MMR) vaccinations" is MMR's; "the Alliance (TGWA)" only repeats a name."""
    return BRACKETS.sub(" ", _DEFINING.sub(lambda m: m.group("word") + " " + m.group("short"), text))
BACKREF = re.compile(r"\b(?:its|it|their|they|the\s+(?:company|firm|group|business|government|party|team|"
                          r"agency|bank|country|ministry|club))\b", re.I)
NOUN_BACKREF = re.compile(r"\b[Tt]he\s+(?:(?:[a-z][a-z-]*(?:al|ic|ive|ous|ary|ern|ese|ish|ian|ed|est)|new|former|main|"
                          r"top|largest|biggest|leading)\s+){0,2}?(?P<noun>"
                          + "|".join(sorted(ACTOR_NOUNS, key=len, reverse=True)) + r")(?P<poss>[’']s)?\b")
"""A common noun after "the" and up to two adjectives ("the council", "the central bank's", "the regional
government"): an actor's, when it is an actor noun. Only adjectives: in "the most common side effect" no side
(team) is meant."""


_SPEAKS = re.compile(r"^(,[^,]{0,80},)?\s*(?:said|says|told|added|warned|noted|explained|argued|predicted|"
                     r"estimated|confirmed|announced|stated|wrote|reported)\b")
_TITLE = (r"\b(?:Mr|Mrs|Ms|Dr|Prof|[Cc]hief\s+(?:executive|financial\s+officer|economist)|CEO|CFO|[Pp]resident|"
          r"[Cc]hair(?:man|woman)?|[Ff]ounder|[Aa]nalyst|[Ss]pokes(?:man|woman|person)|[Mm]inister|[Dd]irector|"
          r"[Ll]eader|[Gg]overnor|[Mm]ayor)\b")
_TITLE_BEFORE = re.compile(_TITLE + r"\.?\s+$")
_TITLE_ANYWHERE = re.compile(_TITLE)
_PREPOSITIONS = frozenset("in of at for from near to with by on into across over under against among within "
                          "during throughout inside outside behind beyond "
                          "like including versus than".split())


_TITLE_WORDS = frozenset("incumbent former outgoing premier president minister leader".split())
_ADJECTIVES = frozenset(vocabulary()["adjectives"].split())
_POSSESSIVE_DETERMINERS = frozenset("its their his her our".split())
_MARKET_WORDS = re.compile(r"^[\s-]*(?:listed|shares?|stocks?|stock\s+exchange|markets?|index|dollars?)\b", re.I)


_CLASSIFIED = re.compile(r"\b[Tt]he\s+(?P<name>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})\s+(?P<noun>[a-z]+)"
                         r"(?P<poss>[’']s)?\b")
"""A descriptor led by an organisation's name, "the Premier League club", "the Labour Party councillor": the
name classifies the actor (a club in a league) and the phrase points at the story's actor of that kind."""


NAME_NEXT = re.compile(r"\s+(?:of\s+)?[A-Z][a-z]")
"""A name right after a common noun ("the insurer Brenna Mutual", "the city of Sorvano"): the noun points nowhere."""


def resolve_nouns(before: str, context: StoryActors, previous_actor: str | None, earlier: str = ""
                  ) -> tuple[str, set[str]]:
    """``before`` with "the council", "the chipmaker's" written as the actor they point back to, and
    which of those actors were only assumed (the previous sentence's, no name with that word). ``earlier``
    is the sentence before ``before``: a bare "the bank" there means the nearest bank it names ("Baltra Bank
    rose 3.2%, after the bank reported", though the story has a central bank too)."""
    assumed: set[str] = set()

    def swap(m: re.Match[str]) -> str:
        noun = m.group("noun")
        if context.deal and MERGED.match(m.group(0)):
            return context.deal[0] + (m.group("poss") or "")  # "The enlarged group would hold 49.3%": the buyer
        if noun not in ACTOR_NOUNS or (not m.group("poss") and NAME_NEXT.match(m.string, m.end())):
            return m.group(0)  # "the insurer Brenna Mutual" points nowhere: the name follows
        bare = m.group(0).split()[1].lower().rstrip("’'s") == noun and noun not in PLACE_NOUNS
        actor = (bare and nearest_of_kind(earlier + " " + m.string[:m.start()], noun, context)) or \
            context.by_noun(noun) or (context.called(noun) if noun in PLACE_NOUNS else None)
        if actor is None and noun in PLACE_NOUNS:
            return m.group(0)  # "the state's largest insurer": a place, only when a name has the word or is
            # written with it ("the city of Sorvano")
        if actor is None:
            actor = previous_actor or context.main
            if actor is not None and any(w.lower() in PLACE_NOUNS for w in actor.split()[1:]):
                actor = context.main  # "the company" after "in Merritt County": no place is a company
            if actor is not None and context.main and not context.of_kind(actor, noun) \
                    and context.of_kind(context.main, noun):
                actor = context.main  # "the company" after a sentence about "the IG Metall union"
            if actor is None or context.is_person(actor):
                return m.group(0)  # "the company" is no person: the judge named before is not meant
            assumed.add(actor)
        return actor + (m.group("poss") or "")

    def classified(m: re.Match[str]) -> str:
        kind = m.group("name").split()[-1].lower()
        if kind not in ORGANISATION_WORDS or kind == m.group("noun") or m.group("noun") not in ACTOR_NOUNS:
            return m.group(0)  # "the Valdoura club" is Valdoura; "the Kessling plant" names Kessling
        pointed = swap(m)
        return m.group(0) if pointed == m.group(0) or pointed.startswith(m.group("name")) else pointed

    def persons(m: re.Match[str]) -> str:
        names = names_in(m.group("name") + "’s")
        person = bool(names) and context.is_person(names[-1]) and m.group("noun") in ACTOR_NOUNS
        return "the " + m.group("noun") + (m.group("poss") or "") if person else m.group(0)

    def employer(m: re.Match[str]) -> str:
        actor = nearest_of_kind(earlier + " " + m.string[:m.start()], m.group("noun"), context)
        return actor + (m.group("poss") or "") if actor else m.group(0)

    before = _HIS_BODY.sub(employer, _SPELLED.sub(lambda m: spelled_out(m, context), before))
    before = _CLASSIFIED.sub(classified, _PERSONS_KIND.sub(persons, PLACE_ADJECTIVE.sub("", before)))
    return _DESCRIBED.sub(lambda m: described(m, context), NOUN_BACKREF.sub(swap, before)), assumed


_HIS_BODY = re.compile(r"(?<![\w’'-])(?:[Hh]is|[Hh]er)\s+(?P<noun>"
                       + "|".join(sorted(ACTOR_NOUNS, key=len, reverse=True)) + r")(?P<poss>[’']s)?\b")
""""his firm", "her company": the body the person works for, the nearest one the sentence names before ("Rafael
Domnik, chief economist at Harwick & Rowe, thinks ...: his firm forecasts growth of just 1.2%")."""
PLACE_ADJECTIVE = re.compile(r"(?<![\w’'-])[A-Z][\w.’']*(?:\s+[A-Z][\w.’']*)*-(?:based|headquartered)\s+")
""""The Ohio-based company": a place used as an adjective says where an actor is, it owns nothing; set
aside, "the company" points back to the actor it describes."""
_PERSONS_KIND = re.compile(r"(?P<name>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*)[’']s\s+(?:[a-z][\w-]*\s+){0,2}?"
                           r"(?P<noun>[a-z]+)(?P<poss>[’']s)?\b")
"""A person's party, club or company ("Premier Lundgaard's party lost three of its 11 seats") is that
party, not the person: read as "the party"."""


_DESCRIBED = re.compile(r"\b[Tt]he\s+(?P<words>(?:[a-z][\w-]*\s+){0,2})(?P<noun>[a-z][\w-]*)(?P<poss>[’']s)?(?![\w-])")


_SPELLED = re.compile(r"\b[Tt]he\s+(?P<words>[a-z][a-z-]*(?:\s+[a-z][a-z-]*){1,3})(?P<poss>[’']s)?(?![\w-])")


def spelled_out(m: re.Match[str], context: StoryActors) -> str:
    """"the coast guard now estimates" written as "Valdmark Coast Guard now estimates": the longest run of the
    lower-case words after "the" that writes out one organisation's name (StoryActors.spelled)."""
    words = m.group("words").split()
    for end in range(len(words), 1, -1):
        name = context.spelled(tuple(words[:end]))
        if name is None and words[end - 1] in BODY_HEADS and not _NOT_A_NAME & set(words[:end]):
            name = " ".join(w.capitalize() for w in words[:end])  # "the finance ministry", named no other way
        if name:
            tail = " ".join(words[end:])
            poss = m.group("poss") or ""
            return name + (" " + tail + poss if tail else poss)
    return m.group(0)


_NOT_A_NAME = frozenset("same new former other main whole entire first last previous current local with of for and or "
                        "in on at to by from its their his her this that own".split())
"""Words no body's name is written with: "the same agency", "the town with police" name none."""


def nearest_of_kind(text: str, noun: str, context: StoryActors) -> str | None:
    """The last actor ``text`` names that "the ``noun``" may mean: by its head word or what the story calls it."""
    for raw in reversed(names_in(text)):
        name = context.name(raw)
        if name and not context.is_person(name) and (noun.capitalize() in name.split() or context.of_kind(name, noun)):
            return name
    return None


def described(m: re.Match[str], context: StoryActors) -> str:
    """"the fryers" written as the one name the story writes that noun with (StoryActors.by_descriptor)."""
    words = (m.group("words") + m.group("noun")).split()
    for k, word in enumerate(words):
        if word not in ACTOR_NOUNS and (name := context.by_descriptor(word)):
            tail = " ".join(words[k + 1:])
            return name + ("" if tail else (m.group("poss") or "")) + (" " + tail + (m.group("poss") or "")
                                                                      if tail else "")
    return m.group(0)


def only_speaks(name: str, texts: list[str]) -> bool:
    """Whether every mention of a name is a titled person reporting something: never the story's actor."""
    mentions = [t for t in texts if name in t]
    return bool(mentions) and all(speaker(t, name) for t in mentions)


def speaker(text: str, name: str) -> bool:
    """Whether a name is a person reporting the figure ("Chief executive Helen Marsh said the cuts would
    save £150 million", "Helen Marsh, who became chief executive in March, said ..."): the figure is
    the organisation's, not the spokesperson's."""
    at = _where(text, name)
    said = _SPEAKS.match(text[at + len(name):]) if at >= 0 else None
    return said is not None and bool(_TITLE_BEFORE.search(text[:at]) or _TITLE_ANYWHERE.search(said.group(1) or ""))


_OBJECT_APPOSITION = re.compile(r"\b(?:" + "|".join(sorted(_PREPOSITIONS - {"by"})) + r")\s+"
                                r"(?:(?:the|a|an|his|her|its|their)\s+)?(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*,\s*$")
"""A name set beside a preposition's object ("from his boyhood club, CD Ribeira Alta,") is that object too;
not after "by", whose object does what the passive verb says ("announced by the parent company, Tata Sons")."""


def _where(text: str, name: str) -> int:
    """Where a name last stands in ``text``, as written: names_in reads "U.S." as "US"."""
    at = text.rfind(name)
    for short in [name] if at < 0 and name.isupper() and len(name) <= 4 else []:
        at = text.rfind(".".join(short) + ".")
    for short in short_forms(name) if at < 0 else []:  # "United States" written "U.S.", "CDC"
        found = [m.start() for m in re.finditer(r"(?<![\w.])(?:" + short + "|" + re.escape(".".join(short) + ".") +
                                                 r")(?![\w])", text)]
        if found:
            return found[-1]
    return at


def after_preposition(text: str, name: str) -> bool:
    """Whether a name is the object of a preposition ("in Westerland", "of premier Jonas Albrecht")."""
    at = _where(text, name)
    if _OBJECT_APPOSITION.search(text[:max(at, 0)]):
        return True  # "from his boyhood club, CD Ribeira Alta,": a name set beside a preposition's object
    words = re.findall(r"[\w’'-]+", text[:at])[-5:]
    if words and words[-1].lower() in _POSSESSIVE_DETERMINERS:
        return True  # "before its Europa League qualifier": what the name qualifies belongs to another
    for word in reversed(words):
        if word.lower() in _PREPOSITIONS:
            return True
        if word[:1].isupper() or word.lower() in ("the", "a", "an", "and", "or"):
            continue  # titles and articles inside the phrase: "of incumbent premier Jonas Albrecht"
        if word.lower() not in _TITLE_WORDS and word.lower() not in _ADJECTIVES:
            return False  # "in the new Lagting": an adjective inside the phrase keeps it the preposition's
    return False


def actor_names(text: str, context: StoryActors, markets: bool = False) -> list[str]:
    """Names that can own a figure: not concepts ("AI"), and not a name qualifying a market
    ("Hong Kong shares"), which is usually a place; ``markets=True`` returns only those."""
    out = []
    for name in names_in(text):
        at = text.find(name)
        if text.startswith(("-based", "-headquartered"), at + len(name)):
            continue  # "Texas-based": where an actor is, not who acts
        resolved = context.name(name)
        is_market = at >= 0 and bool(_MARKET_WORDS.match(text[at + len(name):]))
        if resolved and is_market == markets and not context.is_outlet(resolved):
            out.append(resolved)
    return out


def possessed(text: str, name: str, context: StoryActors) -> str | None:
    """The name a possessive's noun stands beside: "Halvern Pharma's drug Zenoma was approved" is about
    Zenoma, which a following "it" means; a person ("Alibaba's co-founder Jack Ma") is no such subject."""
    at = text.find(name)
    m = _POSSESSED.match(text, at + len(name)) if at >= 0 else None
    head = context.name(names_in(m.group("name"))[0]) if m and names_in(m.group("name")) else None
    return head if head and not context.is_person(head) and not context.is_outlet(head) else None


_POSSESSED = re.compile(r"[’']s\s+(?:new\s+)?[a-z]{3,},?\s+(?P<name>[A-Z][\w&’'-]*(?:\s+[A-Z][\w&’'-]*)*)")


_BUYS = re.compile(r"\b(?:buy|buys|bought|buying|acquire|acquires|acquired|acquiring|purchase|purchases|purchased|"
                   r"purchasing|(?:take|takes|took|taking)\s+over)\s+(?:the\s+)?$", re.I)
_PRICE = re.compile(r"[^,;]{0,30}?\b(?:for|at)\s+(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+)?$", re.I)
"""The price a buyer pays: "Kestrel agreed to buy Ulmo Copper for C$6.40 a share" is Kestrel's, not Ulmo's."""


_PAYS = re.compile(r"\b(?:pay|pays|paid|paying|owe|owes|owed|owing)\s+$", re.I)
_PAID = re.compile(r"\s+(?:(?:a|an|the|its|their)\s+)?(?:[a-z][\w-]*\s+){0,3}?(?:of\s+)?(?:about\s+|around\s+|"
                   r"roughly\s+|some\s+|nearly\s+|up\s+to\s+)?")
"""What a payer pays the one it names: "Telvia would have had to pay Norda a €600m break fee" is Telvia's fee."""


def buyer(text: str, subjects: list[str]) -> str | None:
    """The buyer, when the last subject before a price is what it buys: "Kestrel agreed to buy Ulmo Copper for
    C$6.40 a share" is Kestrel's price; the payer, when it is whom it pays ("would have had to pay Norda a break
    fee of €650m")."""
    if len(subjects) < 2 or (at := text.rfind(subjects[-1])) < 0:
        return None
    after = text[at + len(subjects[-1]):]
    bought = _BUYS.search(text[:at]) and _PRICE.fullmatch(after)
    return subjects[-2] if bought or (_PAYS.search(text[:at]) and _PAID.fullmatch(after)) else None


_QUALIFIED = re.compile(r"[’']s\s+[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*(?P<next>\s+[\w-]+)?")
_TRADED_WORDS = frozenset("shares share stock stocks bonds listing listings market markets".split())


def qualifies_a_name(text: str, name: str) -> bool:
    """Whether ``name`` is a possessive before another name ("Chile's Andes Ridge Resources", "Toronto's Redcliff"):
    the name qualified is the actor, not the place or parent before it. "Alibaba's Hong Kong shares" are
    Alibaba's: a name followed by "shares" is a market."""
    at = text.find(name)
    m = _QUALIFIED.match(text, at + len(name)) if at >= 0 else None
    return m is not None and (m.group("next") or "").strip().lower() not in _TRADED_WORDS
