"""No orphans: sentences that point back are rewritten with what they point at, lose the connective, or go
(issue 15, item 3)."""

import re

from newsdigest.digest.dedupe import cluster_claims
from newsdigest.digest.summary.openers import is_fragment, stand_alone, story_people
from newsdigest.digest.summary.summarize import summarize
from storybuild import story

POINTING = re.compile(r"^[\"'“‘(]?\s*(?:it|its|they|their|he|she|his|her|this|these|those|that|such|however|but|"
                      r"and|also|meanwhile|moreover|furthermore|nevertheless|still|yet|instead|additionally)\b", re.I)

# A mine collapse, three outlets.
MINE_A = ("Rescuers pulled 14 miners alive from the collapsed Kestrel Ridge coal mine in Boreland on Tuesday, "
          "the regional emergency service said. Mine manager Piet Vosloo said ventilation had held. "
          "He said six workers were still missing. However, rescuers expect to reach them by Thursday. "
          "Also raising fears of a second collapse.")
MINE_B = ("Fourteen miners were rescued from the Kestrel Ridge mine on Tuesday after a roof collapse, and six are "
          "still missing. Delvane Mining said it had suspended work at its other two pits. It added that "
          "inspectors had approved the mine in March. This is the third accident at the site since 2019.")
MINE_C = ('"This is the worst day of my career," Piet Vosloo said at the pit head on Tuesday. Six of the '
          'Kestrel Ridge workers are missing after the collapse, and 14 were rescued. The regional emergency '
          'service said rescuers hoped to reach the missing men by Thursday.')


def account():
    s = story({"a.txt": MINE_A, "b.txt": MINE_B, "c.txt": MINE_C})
    d = summarize(s, cluster_claims(s))
    return [c.text for name, cs in d.sections if name != "Where sources disagree" for c in cs]


def test_no_sentence_of_the_account_opens_on_a_word_pointing_back():
    texts = account()
    assert texts and not [t for t in texts if POINTING.match(t)]


def test_a_fragment_is_never_stated():
    assert not any(t.startswith(("Raising", "Also raising")) for t in account())


def test_he_becomes_the_one_person_the_previous_sentence_names():
    people = story_people([MINE_A, MINE_B, MINE_C])
    assert stand_alone("He said six workers were still missing.", "Mine manager Piet Vosloo said ventilation "
                       "had held.", people) == "Piet Vosloo said six workers were still missing."
    two = "Piet Vosloo and inspector Ana Brandt met on Tuesday."
    assert stand_alone("He said six workers were still missing.", two, story_people([two, "Brandt spoke."])) is None


def test_it_becomes_the_subject_the_previous_sentence_names_but_not_before_a_copula():
    people = story_people([MINE_B])
    previous = "Delvane Mining said it had suspended work at its other two pits."
    assert stand_alone("It added that inspectors had approved the mine in March.", previous, people) == \
        "Delvane Mining added that inspectors had approved the mine in March."
    assert stand_alone("It is the third accident at the site since 2019.", previous, people) is None


def test_a_connective_goes_and_the_sentence_stays():
    assert stand_alone("However, rescuers expect to reach them by Thursday.", None, story_people([])) == \
        "Rescuers expect to reach them by Thursday."
    assert stand_alone("Meanwhile, the death toll rose to 24 over the weekend.", None, story_people([])) == \
        "The death toll rose to 24 over the weekend."


def test_a_quote_that_opens_on_a_pointing_word_gets_its_speaker_first():
    assert stand_alone('"This is the worst day of my career," Piet Vosloo said at the pit head.', None,
                       story_people([])) == 'Piet Vosloo said at the pit head: "This is the worst day of my career."'


def test_this_noun_becomes_the_noun_only_when_the_previous_sentence_names_it():
    previous = "The airline said it will make an interim payment of Rs 25 lakh to each family."
    assert stand_alone("This payment is in addition to compensation from Tata Sons.", previous,
                       story_people([])) == "The payment is in addition to compensation from Tata Sons."
    assert stand_alone("This concern grew over the weekend.", previous, story_people([])) is None


def test_what_a_pointing_sentence_only_frames_is_stated_on_its_own():
    assert stand_alone("This comes after Rovers lost their captain to a knee injury in May.", None,
                       story_people([])) == "Rovers lost their captain to a knee injury in May."


def test_fragments_are_recognised():
    assert is_fragment("Raising fears of a second collapse.")
    assert is_fragment("Will need at least one partner to govern, a preliminary count showed on Friday.")
    assert not is_fragment("Should the vote fail, the council will meet again in May.", frozenset({"fail"}))
    assert is_fragment("A dark plume of smoke.")
    assert not is_fragment("Kessling said it would appeal the verdict.", frozenset({"said"}))


def test_it_reporting_after_a_body_named_by_its_kind_is_that_body():
    """"The tribunal rejected the appeal. It said ..." reads on its own as "The tribunal said ..."; "it" beside a
    thing that cannot speak stays unresolved."""
    people = story_people(["The Harbour Tribunal met on Friday."])
    assert stand_alone("It said the operator had ignored 14 warnings from the pilots.",
                       "The tribunal rejected the appeal on Friday, a week after the hearing.", people) \
        == "The tribunal said the operator had ignored 14 warnings from the pilots."
    assert stand_alone("It said the operator had ignored 14 warnings from the pilots.",
                       "The fine was upheld on Friday.", people) is None


def test_he_after_a_role_of_a_place_is_the_person_not_the_place():
    """'Harlow County Sheriff Maria Delgado said ...' names Maria Delgado: the county is what her role is of."""
    previous = "Harlow County Sheriff Maria Delgado said on Friday that 11 bodies had been identified."
    people = story_people([previous])
    assert stand_alone("She said the count could rise as crews search the riverbanks.", previous, people) == \
        "Maria Delgado said the count could rise as crews search the riverbanks."
