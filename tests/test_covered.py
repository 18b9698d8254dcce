"""A wording the rest of the account states piece by piece is stated once (covered.py), on invented stories."""

import datetime as dt

from newsdigest.digest.summary.candidates import Candidate
from newsdigest.digest.summary.choice import REPEATS, Choice
from newsdigest.digest.summary.covered import drop_covered, state_once
from newsdigest.digest.text.words import content_terms
from newsdigest.model import Citation, Sentence


def unit(sid, text):
    return Candidate(Sentence(sid, sid.split(".")[0], text, 0.3, 1, 1), text, frozenset({int(sid[-1])}),
                     frozenset(content_terms(text)), True, (sid,))


def weights(*units):
    return {t: 1.0 for u in units for t in u.terms}


LEAD = unit("s-a.1", "The health agency approved the shingles shot for adults over 65 on Friday.")
SUPPLY = unit("s-b.2", "For now, supplies of the shot are limited, the agency said.")
AGAIN = unit("s-c.3", "For now only adults over 65 can have the shot.")
PRICE = unit("s-c.4", "For now only adults over 65 can have the shot, at $140 a dose.")
QUOTE = unit("s-c.5", '"For now only adults over 65 can have the shot," the agency said.')


def test_a_wording_whose_every_term_the_account_states_goes():
    chosen, reasons = [LEAD, SUPPLY, AGAIN], {}
    drop_covered(chosen, weights(LEAD, SUPPLY, AGAIN), reasons)
    assert chosen == [LEAD, SUPPLY]
    assert "s-c.3" in reasons


def test_a_wording_with_a_figure_or_a_quotation_of_its_own_stays():
    for own in (PRICE, QUOTE):
        chosen = [LEAD, SUPPLY, own]
        drop_covered(chosen, weights(LEAD, SUPPLY, own), {})
        assert chosen == [LEAD, SUPPLY, own]


def test_two_wordings_that_state_each_other_lose_only_one_and_the_lead_stays():
    twin = unit("s-d.6", "The health agency approved the shingles shot for adults over 65 on Friday.")
    chosen = [LEAD, twin]
    drop_covered(chosen, weights(LEAD, twin), {})
    assert chosen == [LEAD]


def test_a_claim_cut_for_length_that_the_account_now_states_cannot_come_back():
    kept = unit("s-e.7", "Pharmacies will start giving the shot in October.")
    choice = Choice(chosen=[LEAD, SUPPLY], cut=[AGAIN, kept], weight=weights(LEAD, SUPPLY, AGAIN, kept))
    state_once(choice, lambda u: Citation(u.text, (u.sentence.source,), u.sentence.id))
    assert choice.cut == [kept]
    assert choice.reasons["s-c.3"] == REPEATS


# A satellite launch told by two reports on different days: one says "on Thursday", the other, two days
# later, "on June 10"; read against each report's own date they are the same day.
LAUNCH = unit("s-l.1", "The Arlo-2 weather satellite reached orbit after the Vessa rocket lifted off from the "
                       "Kessa spaceport on Thursday.")
RETOLD = unit("s-m.2", "The Vessa rocket lifted off from the Kessa spaceport on June 10.")
LAUNCH_DAYS = {"s-l": dt.date(2027, 6, 11), "s-m": dt.date(2027, 6, 12)}


def test_a_day_another_wording_gives_in_other_words_keeps_nothing():
    chosen, reasons = [LAUNCH, RETOLD], {}
    drop_covered(chosen, weights(LAUNCH, RETOLD), reasons, published=LAUNCH_DAYS)
    assert chosen == [LAUNCH]
    assert "s-m.2" in reasons


def test_another_day_or_a_day_read_without_its_report_s_date_keeps_a_wording():
    other_day = unit("s-m.3", "The Vessa rocket lifted off from the Kessa spaceport on June 8.")
    chosen = [LAUNCH, other_day]
    drop_covered(chosen, weights(LAUNCH, other_day), {}, published=LAUNCH_DAYS)
    assert chosen == [LAUNCH, other_day]
    chosen = [LAUNCH, RETOLD]
    drop_covered(chosen, weights(LAUNCH, RETOLD), {})
    assert chosen == [LAUNCH, RETOLD]


# A school inspection: an official who only reports a claim the account states adds no claim of her own.
INSPECTION = unit("s-i.1", "Inspectors rated the Harrow Lane primary school inadequate after a two-day visit.")
READING = unit("s-j.2", "The report found that reading at the school lagged behind national levels.")


def test_a_wording_that_only_attributes_a_claim_the_account_states_goes():
    reported = unit("s-k.3", "Council education chief Mara Olsen said the inspectors rated the school inadequate.")
    chosen, reasons = [INSPECTION, READING, reported], {}
    drop_covered(chosen, weights(INSPECTION, READING, reported), reasons)
    assert chosen == [INSPECTION, READING]
    assert "s-k.3" in reasons


def test_a_name_that_acts_or_says_something_new_keeps_its_wording():
    claimed = unit("s-k.4", "Mara Olsen claimed the inspectors rated the school inadequate.")
    appeal = unit("s-k.5", "Council education chief Mara Olsen said the school would appeal the rating in court.")
    for own in (claimed, appeal):
        chosen = [INSPECTION, READING, own]
        drop_covered(chosen, weights(INSPECTION, READING, own), {})
        assert chosen == [INSPECTION, READING, own]
