"""Who owns a figure: the actor the sentence says spends, earns, pays, owns, loses or counts it.

A figure belongs to the name nearest before it in its clause (appositives and brackets set
aside, a possessive right before it wins, "Hong Kong shares" is a market, not an actor); a
pronoun or "the company" points to the story's main actor. How the words before a figure point
(appositives, pronouns, speakers, prepositions) is read in pointing.py.
"""

from __future__ import annotations

import re

from ..text.clauses import CLAUSE_BOUNDARY
from ..text.entities import names_in
from ..text.words import vocabulary
from .actors import ACTOR_NOUNS, NATIONALITIES, StoryActors
from .bodies import body_owner
from .estimates import REPORTED, according_to, employer, estimator
from .folds import BODY_HEADS
from .opening import opening_subject, pointing_noun
from .pointing import (
    BACKREF,
    BRACKETS,
    NOUN_BACKREF,
    PARTICIPLE_APPOSITIVE,
    actor_names,
    after_preposition,
    buyer,
    drop_appositives,
    qualifies_a_name,
    resolve_nouns,
    set_aside,
    speaker,
)
from .quantities import Quantity, find_quantities
from .series import respectively
from .subjects import own_clause_owner
from .takeover import deal_owner
from .things import counted_thing, currency_move, undertaking
from .tolls import harm_owner, is_harm, is_toll

_POSSESSIVE = re.compile(r"([A-Z][\w&.\-]*(?:\s+[A-Z][\w&.\-]*)*)[’']s\s+(?:[\w-]+\s+){0,2}$")
_PARTICIPLE = re.compile(r"^\s*(?:and\s+)?(?!(?:in|ex)cluding\b)\w+ing\b", re.I)
"""A participle phrase after a clause ("..., killing at least 38") is the clause subject's; "including"
and "excluding" are not one: the parts they list belong to the nearest owner of the whole."""
_RELATIVE = re.compile(r"^\s*(?:which|who|whose)\b", re.I)
_WITH = re.compile(r"^\s*(?:with|as|after)\b", re.I)
WINDOW = 400
"""A figure's owner and period are looked for this many characters around it, at most."""


def clause_bounds(text: str, at: int) -> tuple[int, int]:
    """The clause around position ``at``: between ", while"/";"/": " style boundaries, never wider than WINDOW."""
    start, end = max(0, at - WINDOW), min(len(text), at + WINDOW)
    for m in CLAUSE_BOUNDARY.finditer(text, start, end):
        if m.end() <= at:
            start = m.end()
        elif m.start() >= at:
            end = m.start()
            break
    return start, end


def owner_of(text: str, q: Quantity, clause: tuple[int, int], context: StoryActors, previous_actor: str | None,
             previous_person: str | None = None) -> tuple[str | None, bool]:
    """Who owns the figure ``q`` and whether the sentence names them outright (else it points back or
    says nothing and the previous sentence's actor is assumed).

    A toll the sentence credits to no one is the event's: the one an earlier toll of the sentence was
    counted in ("killed in the Palisades Fire, though officials confirmed two deaths"), else the story's.
    A body the story writes only in lower case ("the finance ministry") is written so, as bodies.py writes it.
    """
    owner, named = _owner_of_figure(text, q, clause, context, previous_actor, previous_person)
    if owner and owner not in context.fold and owner.split()[-1].lower() in BODY_HEADS:
        owner = owner.lower()
    return owner, named


def _owner_of_figure(text: str, q: Quantity, clause: tuple[int, int], context: StoryActors,
                     previous_actor: str | None, previous_person: str | None) -> tuple[str | None, bool]:
    if _COMPARED_FROM.search(text, 0, q.start) and (figures := [f for f in find_quantities(text)
                                                               if f.kind == q.kind and f.end <= q.start]):
        first = figures[-1]  # "Turnout was 71.4%, the board said, down from 76.8%": the earlier figure's owner
        return _owner_of(text, first, clause_bounds(text, first.start), context, previous_actor)
    if q.kind == "percent" and (held := _HELD_BY.match(text, q.end)) and (found := names_in(held.group("name"))) \
            and (by := context.name(found[0])) and not context.is_person(by):
        return by, True  # "the two hold 49.3% of the market, ..., against 36% for AverTel": AverTel's 36%
    if (moved := currency_move(text, q))[0]:
        return moved[1], False  # "The thaler rose 1.1% against the U.S. dollar": the thaler's move
    if thing := counted_thing(text, q, clause, context) or undertaking(text, q, context):
        return thing, True  # "recalling 1.4 million AeroChef XL air fryers"; "Sarvenna, a city of 310,000 people"
    if body := body_owner(text, q, clause, context):
        return body, True  # "The water ministry put the cost at €120 million": the ministry, not the last actor
    if own := opening_subject(text[:clause[0] or q.start], context, previous_actor):
        previous_actor = own  # "Vesterø has no cap ..., but donations above 20,000 kroner must be declared";
        # "Halberd shares closed up 11.6%, giving the company a market value of $6.4 billion": Halberd's
    elif (clause_says := own_clause_owner(text, q, clause, context, previous_actor, previous_person)) is not None:
        return clause_says  # "there have been four outbreaks"; "his nine caps"; "Efficacy ... was 63.8%"
    owner, named = _owner_of(text, q, clause, context, previous_actor)
    owner = deal_owner(text, q, owner, context)  # "The deal is worth €15.2bn once Norda's debt is included"
    if is_toll(q) and not named:
        owner = _earlier_event(text, q, context) or context.event or context.main or owner
    if _of_a_people(text, q, clause, owner, context):
        return None, False  # "a team of 40 Danish rescue specialists": no other name of the sentence has them
    if is_harm(text, q) and (event := harm_owner(
            text, owner, context, _counted_in(text, q, context) or _earlier_event(text, q, context))) != owner:
        return event, False  # "The Fire Service's evening update: 12 dead": the event's toll, not the reporter's
    if not named and q.kind == "percent" and _SHARE_OF_GROUP.match(text, q.end) and not BACKREF.search(text) \
            and not pointing_noun(text) \
            and not actor_names(BRACKETS.sub(" ", text[:clause[1]]), context, markets=True):
        return None, False  # "Headaches were reported by 38% of recipients": a share of a group, not the last actor's
    if owner and (firm := employer(text, owner, context)):
        return firm, named  # "Pieter Vahl, an analyst at Strand & Meyer, who estimates the cost at ...": the firm's
    return owner, named


_SHARE_OF_GROUP = re.compile(r"\s+of\s+(?:all\s+|the\s+)?[a-z]+")


def _of_a_people(text: str, q: Quantity, clause: tuple[int, int], owner: str | None, context: StoryActors) -> bool:
    """Whether a count of people a nationality describes ("40 Danish rescue specialists") would go to a
    name that is not the subject before it: a place, a speaker or the previous sentence's actor."""
    if q.kind != "count" or is_toll(q) or not any(w.lower() in NATIONALITIES for w in q.text.split()[1:]):
        return False
    before = text[clause[0]:q.start]
    return owner not in [n for n in actor_names(before, context) if not after_preposition(before, n)
                         and not speaker(before, n)]


def _earlier_event(text: str, q: Quantity, context: StoryActors) -> str | None:
    """The event an earlier toll of the sentence was counted in ("killed in the Palisades Fire, though ...")."""
    earlier = [context.name(found[0]) for m in _EARLIER_TOLL.finditer(text, 0, q.start)
               if (found := names_in(m.group("name")))]
    return next((e for e in reversed(earlier) if e), None)


def _owner_of(text: str, q: Quantity, clause: tuple[int, int], context: StoryActors, previous_actor: str | None
              ) -> tuple[str | None, bool]:
    """:func:`owner_of` before a toll is given to its event.

    An estimate belongs to whoever made it ("analysts' estimates of $41.8 billion"); a figure
    someone reports ("Moyle FM reported that the council will spend ...") to the actor of what
    is reported, and to the reporter only when that is an organisation speaking of itself.
    """
    if made_by := estimator(text, q, clause, context):
        return made_by, True
    if each := respectively(text, q, context):
        return each, True
    start, end = clause
    reported = None
    for m in REPORTED.finditer(text, start, q.start):
        reported = m
    if reported is not None:
        owner, named = _owner_in(text, q, (reported.end(), end), context, previous_actor)
        said = text[reported.end():q.start]
        if _SELF_SUBJECT.match(said) and not _POSSESSIVE.search(said) and not _NEW_SUBJECT.search(said) and (
                itself := _speaks_of_itself(text[start:reported.start()], said, context, previous_actor)):
            return itself, True  # "Halberd said it would list the vaccine at $185": Halberd does what it says
        if not named and (itself := _speaks_of_itself(text[start:reported.start()], said, context, previous_actor)):
            return itself, True  # "The authority has said it is losing Rp38bn a day": the authority's
        if named or BACKREF.search(said) or any(m.group("noun") in ACTOR_NOUNS for m in NOUN_BACKREF.finditer(said)):
            return owner, named  # "..., confirmed that the company would pay": the company's, not the speaker's
        if _PERSON_SAYS.fullmatch(text[start:reported.start()].strip()) and not said.strip() and not is_toll(q):
            return None, False  # "He said 17 households still rely on filters": a person says it, owns nothing
        if is_toll(q):  # "Sheriff Luna said three more victims were found in the rubble of the Eaton Fire"
            event = _counted_in(text, q, context)
            return (event or owner, True) if named or event else (context.main, False)
        # "Turnout was 71.4%, the board said"; "The lender says around 160,000 ...": the lender before
        reporting = resolve_nouns(text[start:reported.start()], context, previous_actor, text[:start])[0]
        reporters = [n for n in actor_names(reporting, context) if not after_preposition(reporting, n)]
        if reported.group("verb").startswith("according"):
            reporters = actor_names(text[reported.end():q.start], context)[:1]
        if reporters and not context.is_person(reporters[-1]) and \
                not speaker(text[start:reported.end()], reporters[-1]):
            return reporters[-1], True  # "Nvidia reported revenue of $39.3 billion"
        if source := according_to(text, q, context):
            return source, True  # "Harbour Radio reported ... $2 million a day, according to the Chamber"
        return owner, False
    if q.kind == "percent" and (to := _SHARE_TO.match(text, q.end)) and (share := context.name(to.group("name"))):
        return share, True  # "85% of the fault to Kessling and the remaining 15% to Brightwater Disposal"
    if q.kind == "count" and not is_toll(q) and not actor_names(text[clause[0]:q.start], context) and (
            _TALLIED.match(text, q.end) or any(w in _COUNTING_VERBS for w in q.text.lower().split())):
        return None, False  # "A total of 29,417 ballots were counted": by whom the sentence does not say
    owner, named = _owner_in(text, q, clause, context, previous_actor)
    counter = _COUNTER.search(text[clause[0]:q.start]) if is_toll(q) else None
    if counter and owner and context.name(counter.group("who")) == owner and not names_in(text[counter.end():q.start]):
        return _counted_in(text, q, context) or context.main, False  # "Basarnas counted 6 dead": the toll's
    credited = bool(names_in(text[clause[0]:q.start]) or BACKREF.search(text[clause[0]:q.start]))
    if q.kind == "count" and not (named and credited) and (event := _counted_in(text, q, context)):
        return event, True  # "five people have been killed in the Palisades Fire"; "Eight of the deaths were
        # attributed to the Palisades Fire, the coroner's office said": not a name further on
    if q.kind == "count" and owner and any(context.name(n) == owner for n in names_in(text[clause[0]:q.start])):
        return owner, True  # "The outbreak began in Gaines County, with 80 cases confirmed ..."
    if not named and _FORECAST.search(text, clause[0], clause[1]) and (source := according_to(text, q, context)):
        return source, True  # "losses could hit $50 billion, according to JPMorgan analyst Jimmy Bhullar"
    return owner, named


_OF_OWNERS = re.compile(r"\s+of\s+([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*)[’']s?\s+[a-z]")
_FORECAST = re.compile(r"\b(?:could|may|might|would|will|expected|projected|estimated|forecast|predicted|likely)\b",
                       re.I)
"""A forecast is its forecaster's ("losses could hit $50 billion, according to JPMorgan"); a level an index or a
survey reports is not ("The average home now costs €312,400, according to Hartwell's index")."""
_JOINT = re.compile(r"\W*(?:[Tt]he\s+(?:two|three|four|five)|[Bb]oth(?:\s+the)?)\s+[a-z]+s\b")
_PERSON_SAYS = re.compile(r"(?:[Hh]e|[Ss]he)(?:\s+[a-z]+ly)?")
"""A person the sentence calls "he" or "she" reports a figure that opens what is said: the figure is unstated,
not the previous sentence's actor (who was that person)."""
_SELF = re.compile(r"^\s*(?:that\s+)?(?:it|its)\b")
_SELF_SUBJECT = re.compile(r"^\s*(?:that\s+)?it\s+(?:\w+ly\s+)?(?:would|will|could|should|may|might|can|had|has|have|"
                           r"was|is|plans|expects|intends|aims|hopes|wants|agreed|planned|expected|intended)\b")
"""What "X said it would ..." reports is X's doing: "it" is the speaker and the subject of the reported clause
and of a verb joined to it ("and expects to ship"); a name after its verb is the object, never the subject."""
_NEW_SUBJECT = re.compile(r"(?:\band|,)\s+(?:the\s+)?[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*\s+"
                          r"(?:would|will|has|had|have|is|was|[a-z]+ed|[a-z]+s)\b|\b[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*\s+to\s+[a-z]+\s+$")
"""Another subject in what is said ("and Marlowe will pay", "expects Marlowe to pay"): the figure is not the
speaker's own doing."""


def _speaks_of_itself(reporter_text: str, said: str, context: StoryActors, previous_actor: str | None) -> str | None:
    """The organisation that reports a figure about "it": in "X said it is losing ...", "it" is X
    (English takes the speaker for the pronoun that opens what it says), never a person or an outlet."""
    if not _SELF.match(said):
        return None
    resolved, _ = resolve_nouns(drop_appositives(reporter_text), context, previous_actor)
    if resolved == reporter_text and not names_in(reporter_text):
        return None
    names = [n for n in actor_names(resolved, context) if not after_preposition(resolved, n)]
    if not names or context.is_person(names[-1]) or speaker(resolved, names[-1]):
        return None
    return names[-1]


_SHARE_TO = re.compile(r"\s+(?:of\s+(?:the\s+|its\s+|their\s+)?(?:[a-z][\w-]*\s+){0,3}?)?to\s+(?:the\s+)?"
                       r"(?P<name>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*)(?![\w’'$€£¥])")
"""A share handed to someone: "pass on 10% of the transfer value to CD Ribeira Alta" is Ribeira Alta's; "jumped
27% to C$6.21" hands nothing to "C" (a currency's prefix)."""
_COUNTER = re.compile(r"(?P<who>[A-Z][\w&.’'-]*(?:\s+[A-Z][\w&.’'-]*)*)\s+(?:has\s+|had\s+|have\s+)?"
                      r"(?:" + "|".join(vocabulary()["counting_verbs"].split()) + r")\b")
_COUNTING_VERBS = frozenset(vocabulary()["counting_verbs"].split()) | {"cast"}
_TALLIED = re.compile(r"\s+(?:[\w-]+\s+){0,3}?(?:were|was|are|is|have\s+been|had\s+been|has\s+been)\s+(?:"
                      + "|".join(sorted(_COUNTING_VERBS)) + r")\b(?!\s+by\s+(?:the\s+)?[A-Z])")
"""A count the sentence says was counted, cast or registered, by no one it names: whose tally it is is
unstated, never the previous sentence's actor. Who counts a toll ("Basarnas counted 6 dead and 21 injured")
only keeps the tally: the count is the event's (its phrase's place or event, else the story's main actor)."""


_EACH = re.compile(r"\s+each\b(?!\s+(?:of|year|month|week|day)\b)")
"""A figure each of several subjects has: the first subject named, one fact for the value they share."""
_HELD_BY = re.compile(r"\s+for\s+(?:the\s+)?(?P<name>[A-Z][\w&.’'-]*(?:\s+[A-Z][\w&.’'-]*)*)(?![\w’'-])")
"""A percentage "for" a name right after it is that name's, whoever the sentence opens on or cites."""
_COMPARED_FROM = re.compile(r",\s+(?:down|up)\s+(?:sharply\s+|slightly\s+)?"
                            r"(?:(?:by\s+)?\d[\d.,]*\s*(?:%|per\s*cent)\s+)?(?:from\s+)?$")
"""A tail that compares a figure with an earlier one (", down from 76.8%", ", down 9.3% from OSK 412"): the change and
the earlier value are the figure's before it, of its own kind."""
_SHARED_SUBJECT = re.compile(r"\band\s+(?:has|have|had|will|would|is|are|was|were|also|then)\s+[a-z]+[^,;]*$")
_EARLIER_TOLL = re.compile(r"\b(?:killed|dead|died|deaths?|injured|hurt|missing|victims)\b[^.;]{0,40}?\b(?:in|from|"
                           r"attributed\s+to|caused\s+by)\s+(?:the\s+)?(?P<name>[A-Z][\w&.’'-]*(?:\s+[A-Z][\w&.’'-]*)*)")
_OFF_THE_PHRASE = re.compile(r"\s[a-z]+ed\s+(?:for|in|on|at|by|to|from|with|until)\s")
"""A participle and its preposition after "of" ("35% of outpatient appointments scheduled for Monday"): the name
is no longer what the share is of, as it is in "80% of homes in Upper Malvar"."""
_NEXT_CLAUSE = re.compile(r",\s+(?:and|but|while|whereas|so)\s")
_SAID_AFTER = re.compile(r",[’'\"”]?\s+(?P<who>[^;.]{2,80}?)\s+"
                         r"(?:said|says|told(?:\s+(?:reporters|analysts|investors|journalists|lawmakers|"
                         r"parliament|staff|employees|shareholders))?|reported|confirmed|announced|stated|added)"
                         r"(?:\s+(?:the\s+)?[A-Z][\w&’'-]*(?:\s+[A-Z][\w&’'-]*)*)?(?:\s+(?:on|in|at|late|early|this|last)\b"
                         r"[^,;.]*)?\s*(?:[,.;\"”]|$)")
"""A closing ", the board said", "...,' Yancey told The Hill" or ", Jonas Brandt told analysts on a call": who
reports a figure whose clause names no owner before it."""
_COUNTED_IN = re.compile(r"[^,;:()—–]{0,60}?\b(?:in|from|within|at|during|attributed\s+to|blamed\s+on|caused\s+by)\s+"
                         r"(?:the\s+)?(?:[a-z]+\s+of\s+(?:the\s+)?)?"
                         r"(?P<name>[A-Z][\w&.’'-]*(?:\s+[A-Z][\w&.’'-]*)*)")


def _counted_in(text: str, q: Quantity, context: StoryActors) -> str | None:
    """The event or place a count is of, named in its own phrase: "killed in the Palisades Fire",
    "missing from the Eaton Fire zone", "cases in Gaines County", "found in the rubble of the Eaton Fire"."""
    m = _COUNTED_IN.match(text, q.end)
    if m is None:
        return None
    name = names_in(m.group("name"))
    return context.name(name[0]) if name else None


def _owner_in(text: str, q: Quantity, clause: tuple[int, int], context: StoryActors, previous_actor: str | None
              ) -> tuple[str | None, bool]:
    """The owner as the clause from ``clause[0]`` to the figure names it (see :func:`owner_of`)."""
    if referent := _pronoun_referent(text, q, clause, context):
        return referent, False  # "Whitlock has blasted his old club after they agreed to pay €55m": the club's
    before = PARTICIPLE_APPOSITIVE.sub(",", drop_appositives(text[clause[0]:q.start]))
    before, assumed = resolve_nouns(before, context, previous_actor, text[:clause[0]])
    owner, named = _owner_named(text, q, before, clause, context, previous_actor)
    if owner in assumed and owner not in names_in(text[clause[0]:q.start]):
        return owner, False
    return owner, named


_PRONOUN_SUBJECT = re.compile(r"\b(?:after|before|when|because|as|since|while|although|though|until|once|if|"
                              r"and|but|so)\s+(?:they|it)\s+(?=[a-z])", re.I)
"""A clause of its own whose subject is "it" or "they" ("..., after they agreed to pay €55m"): the figure is
what the pronoun means, an organisation or thing, never the person named before it."""


def _pronoun_referent(text: str, q: Quantity, clause: tuple[int, int], context: StoryActors) -> str | None:
    """The name "it" or "they" means when it is the subject of the figure's part of the clause and no name
    follows it: the nearest name before it that is no person and no place after a preposition."""
    pronoun = next(reversed(list(_PRONOUN_SUBJECT.finditer(text, clause[0], q.start))), None)
    if pronoun is None or names_in(text[pronoun.end():q.start]):
        return None
    earlier = BRACKETS.sub(" ", drop_appositives(text[:pronoun.start()]))
    bodies = [n for n in actor_names(earlier, context) if not context.is_person(n)
              and not after_preposition(earlier[:earlier.rfind(n) + len(n)], n) and not speaker(earlier, n)]
    return bodies[-1] if bodies else None


def _owner_named(text: str, q: Quantity, before: str, clause: tuple[int, int], context: StoryActors,
                 previous_actor: str | None) -> tuple[str | None, bool]:
    text = text[:clause[1]]
    if m := _POSSESSIVE.search(before):
        name = context.name(names_in(m.group(1) + "’s")[-1]) if names_in(m.group(1) + "’s") else None
        if name:
            return name, True
    cleaned = set_aside(drop_appositives(before))
    head, _, phrase = cleaned.rpartition(",")
    if head and _WITH.match(phrase) and (in_phrase := actor_names(phrase, context)):
        return in_phrase[-1], True  # "..., with firms like ByteDance reportedly planning a 150 billion yuan ..."
    if head and _RELATIVE.match(phrase):
        owners = actor_names(head, context)  # "the Social Democrats, who won 19.8 per cent"
        if owners and phrase.lstrip().startswith("which") and re.search(r"\b[a-z]+\s*$", head) \
                and not BACKREF.search(head):
            return None, False  # "offers the SDP a grand coalition, which would have 18 seats": the coalition's
        if not owners and (of := _OF_OWNERS.match(text, q.end)) and (owner := context.name(of.group(1))):
            return owner, True  # "The deal, which includes $1.1 billion of Pellar's debt": Pellar's debt
        return (owners[-1], True) if owners else (previous_actor or context.main, False)
    candidates = [n for n in actor_names(cleaned, context) if not speaker(BRACKETS.sub(" ", before), n)]
    candidates = [n for n in candidates if not qualifies_a_name(cleaned, n)]
    subjects = [n for n in candidates if not after_preposition(cleaned, n)]
    if paying := buyer(cleaned, subjects):
        return paying, True
    if head and _PARTICIPLE.match(phrase):  # "Mira slammed into Beira on Monday, killing at least 38"
        owners = subjects or actor_names(cleaned, context, markets=True) or candidates
        if owners:  # the subject's figure; "Northwind shares fell 7% in London, taking losses to 30%"
            return owners[0], True
    if subjects and _EACH.match(text, q.end):
        return subjects[0], True  # "The Social Democrats and the Liberal Union will sit ... with nine seats each"
    shared = _SHARED_SUBJECT.search(cleaned)
    if subjects and shared and not actor_names(cleaned[shared.start():], context):
        return subjects[0], True  # "Meireles joined Valdoura ... and has made 118 appearances": the first subject's
    if subjects:
        return subjects[-1], True  # not "in Westerland", not "of incumbent premier Jonas Albrecht"
    if candidates:  # a count's name after a preposition may be where it was counted: see _counted_in
        return candidates[0], q.kind != "count"
    market = actor_names(cleaned, context, markets=True)
    if market:
        return market[-1], True  # "Northwind shares fell 7%": a market name, when nothing else before owns it
    if BACKREF.search(before):
        return previous_actor or context.main, False  # "Its market value, which peaked at $850 billion"
    if _JOINT.match(before):
        return None, False  # "The two companies together control about 38%": both, whoever reports it
    rest = BRACKETS.sub(" ", text[q.end:clause[1]])
    share_of = re.match(r"\s+of\s+(?:the\s+)?(?:[a-z\d][\w,-]*\s+){0,4}?([A-Z][\w’'&.-]*(?:\s+[A-Z][\w’'&.-]*)*)",
                        rest)
    if share_of and not share_of.group(1).endswith(("’s", "'s")) and names_in(share_of.group(1)) \
            and not _OFF_THE_PHRASE.search(share_of.group(0)[:share_of.start(1)]) \
            and (owner := context.name(share_of.group(1))):
        return owner, True  # "70 per cent of Beira": a share of the name that follows; not of "Europe's market"
    if said := _SAID_AFTER.search(rest):
        if is_toll(q) or is_harm(text, q, True):  # "None of the ship's 21 crew were hurt, its operator said":
            # the event's, not the operator's; so is any count of a harm sentence a closing speaker reports
            return _counted_in(text, q, context) or context.main, False
        back = NOUN_BACKREF.match(said.group("who").strip())
        head = back.group("noun").capitalize() if back else ""
        named_so = previous_actor if previous_actor and head in previous_actor.split() else None
        # "Brennmark Bank is paying out. ... will get an OSK 150 credit, the bank says": that bank
        who = resolve_nouns(said.group("who"), context, named_so)[0]  # "Turnout was 71.4%, the board said"
        reporters = [n for n in actor_names(who, context) if not context.is_person(n)]
        if reporters:
            return reporters[-1], True
        if not actor_names(text[clause[0]:q.start], context):
            return None, False  # the sentence says who reports it and nobody who owns it: not another's actor
        rest = rest[:said.start()]  # a person who says a figure does not own it
    rest = _NEXT_CLAUSE.split(rest, maxsplit=1)[0]  # "..., and chairman Geoff Tanner was said to be furious"
    after = [n for n in actor_names(rest, context) if not after_preposition(rest, n)]
    if after:
        return after[0], True  # "Despite regaining $100 billion in market value, Alibaba is still ..."
    return previous_actor or context.main, False
