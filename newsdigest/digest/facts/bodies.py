"""A body or group written in common nouns ("the water ministry", "crew") owns the money of the clause it opens.

Reporters name many institutions without capitals: "the agriculture department put damage at ...",
"the regional government released €40 million", "as the health ministry estimated losses at ...".
No story name carries such a phrase, so owners.py, finding no name in the clause, used to fall back
on the actor the previous sentence was about (a storm, a company), and stated a wrong owner with
confidence. The phrase is the owner itself: a modifier and an institution's head noun ("water" +
"ministry") describe one body, where "the tech giant" or "the company" point back to a named actor.
People named as a group ("The islanders' lawyers have asked for €2.4 million", "In 2022, crew accepted
a 4.5% pay rise") are the subject of their clause too, with or without a modifier, and own its money
or percentage; a share price's move is its stock's, whoever sent it ("Investors sent shares 5% lower").

Money and percentages (a rate a central bank sets), and the votes a body casts: a count is of what is counted,
not of the body that counts or limits it. And only when nothing else is named between the phrase and the figure,
and the phrase does not only report
it ("the ministry said Aqualis would spend ..."; what it says it will do is its own): then owners.py reads on.
Unions and associations are bodies too ("The farmers' union estimated crop losses at €210 million").
"""

from __future__ import annotations

import re

from ..text.clauses import PREDICATE
from ..text.words import vocabulary
from .actors import StoryActors
from .estimates import REPORTED
from .pointing import actor_names
from .quantities import Quantity

INSTITUTION_NOUNS = frozenset("government ministry department agency authority commission council board office "
                              "bureau regulator police parliament assembly army navy coastguard".split())
"""Heads of public bodies. A company's heads ("company", "giant", "utility") are left out: "the state utility"
or "the tech giant" usually describes an actor the story has named."""
GROUP_NOUNS = frozenset(vocabulary()["group_nouns"].split())
"""People who act as a group: "staff", "residents", "the plaintiffs' lawyers"."""
_NOT_MODIFIERS = frozenset("new same other former current previous latest whole entire own first second last "
                           "said".split())
"""Words before a head that pick out an actor already met ("the new government"), not a body of its own."""
_INTRO = r"^\W*(?:[A-Z][^,]{0,30},\s+)?(?:(?:and|as|while|after|when|but|whereas)\s+)?"
"""An opening phrase ("In 2022, ") or a joining word before the clause's subject."""
_ASSOCIATIONS = frozenset("union association federation alliance coalition".split())
"""Bodies people form to act together: "The association said it would bring a class action" is the association's."""
_BODY = re.compile(_INTRO + r"[Tt]he\s+(?P<mods>(?:[a-z][a-z-]*[’']?\s+){1,2}?)(?P<noun>" +
                   "|".join(sorted(INSTITUTION_NOUNS | _ASSOCIATIONS | {"bank"})) + r")\b(?![’'-])")
_PUBLIC_BANK = frozenset("central national reserve federal".split())
"""The only banks a common noun names as a body ("The central bank raised its main rate to 4.5%"): "the investment
bank" describes a named actor."""
_ITSELF = re.compile(r"\s*(?:that\s+)?it\s+(?:would|will|could|plans|expects|intends|is|was|has|had)\b")
"""What a body "said it would" do is its own doing: "The agriculture ministry said it would set aside €60 million"."""
_GROUP = re.compile(_INTRO + r"(?:[Tt]he\s+)?(?P<mods>(?:[A-Za-z][a-z-]*[’']?\s+){0,2}?)(?P<noun>(?i:" +
                    "|".join(sorted(GROUP_NOUNS)) + r"))\s+"
                    r"(?:(?:in|across|around|near|from)\s+(?:the\s+)?(?:[a-z]+\s+){1,3}?)?(?=(?:has|have|had|is|are|was|were|will|would|can|could|may|might|must|did|do|[a-z]+ed)\b)")
"""People who act as a group opening the clause, perhaps with where they are ("Farmers in the surrounding province have
lost an estimated €75 million"), then a verb."""
VOTING_NOUNS = INSTITUTION_NOUNS | frozenset("jury panel committee court senate cabinet bench".split())
"""Bodies that vote: their votes are theirs whether or not a modifier picks them out ("The jury voted 7-1")."""
_VOTERS = re.compile(_INTRO + r"[Tt]he\s+(?P<mods>(?:[a-z][a-z-]*\s+){0,2}?)(?P<noun>" +
                     "|".join(sorted(VOTING_NOUNS)) + r")\b(?![’'-])")
_SIZE = re.compile(r"^[\w]+-(?:member|strong|person|seat)$")
_TRADED = re.compile(r"\b(?:shares?|stocks?|index|price)\b", re.I)


def body_owner(text: str, q: Quantity, clause: tuple[int, int], context: StoryActors) -> str | None:
    """The body or group the figure's clause opens on ("water ministry", "crew"), or the story's name for a
    body when one name carries its words ("Ministry of Water"); None when the clause opens otherwise."""
    before = text[clause[0]:q.start]
    group = _GROUP.match(before) if q.kind in ("money", "percent") and not _TRADED.search(before) else None
    m = group or (_BODY.match(before) if q.kind in ("money", "percent") else None)
    if m is None and q.kind == "count" and q.unit in ("votes", "vote"):
        m = _VOTERS.match(before)  # "The eight-member jury voted 7-1": the jury's votes, not the defendant's
    if m is None:
        return None  # "The port authority reopened the channel to vessels shorter than 150 metres": a count is
        # of what is counted; money is spent, estimated or released by the clause's subject
    mods = [w for w in m.group("mods").split() if not _SIZE.match(w)]  # "the eight-member jury" is the jury
    if m.group("noun") == "bank" and not {w.lower() for w in mods} <= _PUBLIC_BANK:
        return None
    if _NOT_MODIFIERS & {w.lower() for w in mods} or any(w[:1].isupper() and context.name(w) for w in mods) \
            or any(context.by_noun(w) for w in mods if w.isalpha()):
        return None  # "the new government"; "Halberd staff": a name in the phrase is owners.py's to read, and so
        # is a noun that points to one ("the museum board" of the Aldermoor Museum)
    rest = before[m.end():]
    said = REPORTED.search(rest)
    if (said and not _ITSELF.match(rest, said.end())) or actor_names(rest, context):
        return None  # "the ministry said Aqualis would spend ...": another actor, or only a report
    named = None if group else context.by_noun(m.group("noun"))
    if named and ({w.lower() for w in named.split()} >= set(mods) or m.group("noun") == "bank"):
        return named  # "the water ministry" in a story that names the "Water Ministry"; "the central bank", the
        # Bank of Nordvik
    return " ".join([*mods, m.group("noun").lower()])


_OPENING_BODY = re.compile(_INTRO + r"[Tt]he\s+(?P<mods>(?:[a-z][a-z-]*\s+){0,2}?)(?P<noun>" +
                           "|".join(sorted(VOTING_NOUNS | _ASSOCIATIONS)) +
                           r")\s+" + PREDICATE.pattern)


def opening_body(text: str, context: StoryActors) -> str | None:
    """The body a sentence opens on in common nouns when the story names none with its words ("The student union
    plans a day of action"): a following "it" means that body ("Last year, it organised a rent strike in which
    1,200 students took part" is the union's), not the story's main actor. None when the story names the body."""
    m = _OPENING_BODY.match(text)
    if m is None:
        return None
    mods = [w for w in m.group("mods").split() if not _SIZE.match(w)]
    if _NOT_MODIFIERS & {w.lower() for w in mods} or context.by_noun(m.group("noun")):
        return None  # "the new government", "the council" of Marlow District Council: owners.py resolves them
    return " ".join([*mods, m.group("noun")])

