import re
from pathlib import Path

from newsdigest.digest.dedupe import cluster_claims
from newsdigest.digest.facts.facts import extract_facts
from newsdigest.digest.summary.account import BRIEF_WORDS
from newsdigest.digest.summary.summarize import summarize
from storybuild import story

A = ("Harbor City will spend 40 million euros on a new bridge over the next three years, the council said on Monday. "
     "Mayor Ana Ruiz called the vote historic. The old bridge was closed in 2019 after inspectors found cracks.")
B = ("The council approved 40 million euros for the new harbour bridge, to be spent over three years. "
     "Mayor Ana Ruiz described the decision as historic. Construction is expected to employ 300 workers.")
C = ("Councillors backed a 40 million euro plan for the bridge on Monday. Inspectors had closed the old bridge in 2019 "
     "because of cracks. Opposition leader Tom Berg said the project would cost far more than planned.")


def digest():
    s = story({"a.txt": A, "b.txt": B, "c.txt": C})
    clustering = cluster_claims(s)
    return s, summarize(s, clustering, extract_facts(s, clustering).discrepancies)


def sentences(d):
    return [c for _, cs in d.sections for c in cs]


def test_a_claim_every_source_carries_is_stated_once_citing_all_of_them():
    _, d = digest()
    budget = [c for c in sentences(d) if "40 million" in c.text]
    assert len(budget) == 1
    assert budget[0].sources == ("s-a", "s-b", "s-c")


def test_a_claim_only_one_source_carries_is_kept_when_it_is_concrete():
    _, d = digest()
    assert any("300 workers" in c.text and c.sources == ("s-b",) for c in sentences(d))
    assert any("Tom Berg" in c.text for c in sentences(d))


def test_every_sentence_carries_at_least_one_citation():
    _, d = digest()
    assert all(c.sources for name, cs in d.sections if name != "Where sources disagree" for c in cs)


def test_the_lead_claim_comes_first():
    _, d = digest()
    assert "40 million" in d.sections[0][1][0].text


def test_the_short_version_is_under_the_word_budget_and_drawn_from_the_account():
    _, d = digest()
    words = sum(len(c.text.split()) for c in d.brief)
    assert 0 < words <= BRIEF_WORDS
    assert {c.text for c in d.brief} <= {c.text for c in sentences(d)}


def test_the_title_comes_from_the_manifest_or_a_headline():
    s = story({"a.txt": "Council backs 40 million euro bridge\n\n" + A, "b.txt": B})
    d = summarize(s, cluster_claims(s))
    assert d.title == "Council backs 40 million euro bridge"


def test_the_account_is_shorter_than_its_sources():
    _s, d = digest()
    source_words = sum(len(x.split()) for x in (A, B, C))
    account_words = sum(len(re.findall(r"\S+", c.text)) for c in sentences(d))
    assert account_words < source_words


def test_a_sentence_cut_off_by_the_paste_appears_only_up_to_its_last_complete_clause():
    cut = ("Councillors will vote on the final design of the harbour bridge in April, when Mayor Ana Ruiz will "
           "present the costs, which critics say will rise beyond the")
    s = story({"a.txt": A + "\n\n" + cut, "b.txt": B, "c.txt": C})
    d = summarize(s, cluster_claims(s))
    texts = [c.text for c in sentences(d)]
    assert ("Councillors will vote on the final design of the harbour bridge in April, when Mayor Ana Ruiz will "
            "present the costs.") in texts
    assert not any(t.endswith("beyond the") for t in texts)


def test_an_intact_wording_is_preferred_to_one_glued_back_from_a_broken_paragraph():
    broken = A + ("\n\nMayor Ana Ruiz joined a select group of regional leaders at a televised\n\n"
                  "meeting convened last week by the regional president, signalling a thaw in relations.")
    intact = B + (" Mayor Ana Ruiz joined a select group of regional leaders at a televised meeting convened "
                  "last week by the regional president, a sign of a thaw in relations.")
    s = story({"a.txt": broken, "b.txt": intact, "c.txt": C})
    assert [x.rejoined for x in s.articles[0].sentences if "televised" in x.text] == [True]
    clustering = cluster_claims(s)
    d = summarize(s, clustering, extract_facts(s, clustering).discrepancies)
    meeting = [c for c in sentences(d) if "televised" in c.text]
    assert len(meeting) == 1 and "a sign of a thaw" in meeting[0].text
    assert meeting[0].sources == ("s-a", "s-b")


def test_a_note_on_where_sources_disagree_is_the_measure_and_its_values_only():
    # the section's heading says reports differ: each note's words are the measure, the values and their sources
    s = story({"a.txt": "Harlow Foods said its gross margin fell to 31.5% in the second quarter from 33% a year ago.",
               "b.txt": "Harlow Foods expects its gross margin to fall to 30% in the third quarter.",
               "c.txt": "Harlow Foods reported a gross margin of 31% in the second quarter, down from 33%."})
    clustering = cluster_claims(s)
    account = summarize(s, clustering, extract_facts(s, clustering).discrepancies)
    [notes] = [cs for name, cs in account.sections if name == "Where sources disagree"]
    # "from 33% a year ago" dates the 33%, not the 31.5%: both margins hold now, so the facts stage lists them;
    # no source says a day for them, so the note gives none (the articles' date is no second quarter's)
    assert [n.text for n in notes if "31.5%" in n.text] == [
        "Harlow Foods gross margin: 31% [@s-c] against 31.5% [@s-a]."]


def test_a_sentence_with_a_relative_clause_after_a_figure_is_never_cut_inside_the_figure():
    # "$4.2 billion, which marks a 12% increase": the clause is said of the revenue, not of "2 billion"
    s = story({"a.txt": "Harlow Foods reported strong results on Tuesday, highlighting a record revenue of "
                        "$4.2 billion, which marks a 12% increase from the same period a year ago.",
               "b.txt": "Harlow Foods reported strong results on Tuesday. Its chief executive Maria Lund said demand "
                        "for frozen meals kept rising across Europe.",
               "c.txt": "Harlow Foods results on Tuesday were strong, the company said. Chief executive Maria Lund "
                        "said demand for frozen meals kept rising."})
    clustering = cluster_claims(s)
    texts = [c.text for c in sentences(summarize(s, clustering, extract_facts(s, clustering).discrepancies))]
    assert any("12% increase" in t for t in texts), texts
    assert not any(re.match(r"\d", t) for t in texts), texts


def test_a_value_the_account_states_as_another_claim_is_not_noted_as_a_disagreement():
    # 'data centre revenue of $3.1 billion' is its own claim: it is no other reading of revenue's $4.2 billion
    from newsdigest.digest.summary.candidates import Candidate
    from newsdigest.digest.summary.disagree import claim_disagreements
    from newsdigest.digest.summary.restates import Conflict
    from newsdigest.digest.summary.support import figures
    from newsdigest.model import Citation, Sentence

    def unit(sid, source, text):
        return Candidate(Sentence(sid, source, text, 0.0, 0, 1), text, frozenset({1}), frozenset(), True)

    total = unit("a1", "s-a", "Harlow Foods revenue rose to $4.2 billion in the quarter.")
    part = unit("b1", "s-b", "Frozen meals revenue rose 40% to $3.1 billion.")
    other = unit("c1", "s-c", "Harlow Foods revenue rose to $3.1 billion.")
    conflict = Conflict(figures(total.text)[0], figures(other.text)[0])

    def cited(u):
        return Citation(u.text, (u.sentence.source,), u.sentence.id)

    assert claim_disagreements([(total, other, conflict)], [total], (), cited)  # alone, the note stands
    assert claim_disagreements([(total, other, conflict)], [total, part], (), cited) == ()


def test_the_writers_own_aside_in_the_first_person_is_not_stated_as_a_claim():
    """A columnist's "My thoughts are with the growers first" reports nothing; a quoted "I" still can."""
    from newsdigest.digest.summary.candidates import NOT_A_CLAIM

    column = ("Frost destroyed most of the apricot harvest in the Tavel valley this week, growers said. "
              "My thoughts are with the growers and their families first. "
              "Our view: the region's fruit prices will stay high into the autumn. "
              "\"I have never seen a spring like it,\" said orchard owner Lea Voss, who lost 30 hectares.")
    report = ("A late frost wiped out most of the apricot crop in the Tavel valley, the growers' cooperative said. "
              "Orchard owner Lea Voss said she had lost 30 hectares of trees to the cold.")
    s = story({"a.txt": column, "b.txt": report})
    clustering = cluster_claims(s)
    d = summarize(s, clustering, extract_facts(s, clustering).discrepancies)
    assert not any("My thoughts" in c.text or "Our view" in c.text for c in sentences(d))
    assert ("s-a", NOT_A_CLAIM) in [(source, r.reason) for source, r in d.omitted if "My thoughts" in r.text]


def test_a_trailing_clause_the_account_states_elsewhere_is_cut_from_the_sentence_it_ends():
    """"Shares fell 6%, after the firm recalled its heaters" once the recall has a sentence of its own: the
    account keeps "Shares fell 6%" and spends the words elsewhere; a tail with news of its own stays."""
    s = story({
        "a.txt": ("Heating maker Orvane said on Monday it was recalling 200,000 Brisa wall heaters sold in Spain. "
                  "Shares in Orvane fell 6% in Madrid on Monday, after the company said it was recalling its "
                  "Brisa wall heaters. The heaters can overheat, the company said."),
        "b.txt": ("Orvane is recalling 200,000 Brisa wall heaters, the company said on Monday. "
                  "Orvane's chief executive Rosa Ibarra apologised to customers, as regulators opened an inquiry "
                  "into the Madrid factory that made them."),
    })
    clustering = cluster_claims(s)
    d = summarize(s, clustering, extract_facts(s, clustering).discrepancies)
    texts = [c.text for c in sentences(d)]
    assert any(t.startswith("Shares in Orvane fell 6% in Madrid on Monday.") for t in texts), texts
    assert any("regulators opened an inquiry" in t for t in texts), texts


def test_a_relative_clause_is_not_read_with_the_tail_of_its_noun_phrase():
    """"... the cheap Korvo AI chatbot from Korea, which previously wiped $50 billion off the company's value"
    must not give "Chatbot from Korea previously wiped ..." (a noun phrase cut in half)."""
    from newsdigest.digest.summary.candidates import candidate_units

    s = story({"a.txt": ("Shares in the chipmaker Veltra fell 4% on Monday. The results came amid the release of the "
                         "cheap Korvo AI chatbot from Korea, which previously wiped $50 billion off the company's "
                         "market value in one day. Veltra said demand was strong."),
               "b.txt": "Veltra shares fell 4% on Monday after its results, which beat forecasts of $2.1 billion."})
    texts = [u.text for u in candidate_units(s, cluster_claims(s)).units]
    assert not any(t.lower().startswith("chatbot from korea") for t in texts), texts
    assert any(t.startswith("Veltra shares fell 4% on Monday") for t in texts), texts



def test_two_outlets_wordings_that_each_state_the_others_claim_are_stated_once():
    """Citing found each chosen wording among the sentences stating the other's claim: one claim, said once,
    in the wording more sources carry; a wording with a figure nothing else gives stays."""
    from newsdigest.digest.summary.candidates import Candidate
    from newsdigest.digest.summary.mutual import drop_mutual
    from newsdigest.digest.text.words import content_terms
    from newsdigest.model import Citation, Sentence, Wording

    def unit(sid, text):
        return Candidate(Sentence(sid, sid.split(".")[0], text, 0.3, 1, 1), text, frozenset({2}),
                         frozenset(content_terms(text)), True, (sid,))

    gala = unit("s-a.2", "Orchestra founder Pavel Dunn attended a gala dinner hosted by culture minister Sara Holm.")
    select = unit("s-c.2", "Mr Dunn joined a select group of artists at a televised dinner given by Sara Holm.")
    grant = unit("s-d.4", "Mr Dunn joined the dinner a week after the ministry cut the orchestra's grant by 12%.")
    stating = {"s-a.2": ("s-a.2", "s-b.2", "s-c.2", "s-d.4"), "s-c.2": ("s-c.2", "s-a.2"), "s-d.4": ("s-d.4", "s-a.2")}
    sources = {"s-a.2": ("s-a", "s-b"), "s-c.2": ("s-c",), "s-d.4": ("s-d",)}

    def cited(u):
        sid = u.sentence.id
        return Citation(u.text, sources[sid], sid, "", tuple(Wording(w.split(".")[0], u.text, 1, True, w)
                                                              for w in stating[sid]))

    chosen, reasons = [select, gala, grant], {}
    drop_mutual(chosen, cited, reasons)
    assert chosen == [gala, grant]
    assert "s-c.2" in reasons


def test_a_sentence_the_paste_cut_off_is_kept_to_a_whole_clause_never_to_a_name_and_its_description():
    # cut back to its last comma, "Norvik Ferries, the island's largest operator." states nothing
    cut = (" Norvik Ferries, the island's largest operator, cancelled nearly 40 percent of its winter sailings on "
           "the routes to the northern islands and s")
    s = story({"a.txt": A + cut, "b.txt": B, "c.txt": C})
    clustering = cluster_claims(s)
    texts = [c.text for c in sentences(summarize(s, clustering, extract_facts(s, clustering).discrepancies))]
    assert not any(t.startswith("Norvik Ferries, the island's largest operator.") for t in texts)
    assert ("Norvik Ferries, the island's largest operator, cancelled nearly 40 percent of its winter sailings on the "
            "routes to the northern islands.") in texts


def test_a_reporters_lead_is_told_first_though_the_other_outlets_report_it_last():
    """The recall opens one article and closes the two others: it is still what happened first, before another
    article's lead about the shares."""
    s = story({"a.txt": "Velta Motors said on Monday it was recalling 240,000 electric scooters sold in nine "
                        "countries. The company said refunds would start next month. Dealers were told to stop sales.",
               "b.txt": "Shares in Velta fell 6% on Monday. Analysts said the cost was manageable. Rival makers "
                        "gained. Velta is recalling 240,000 scooters in nine countries.",
               "c.txt": "Regulators welcomed the move. Consumer groups asked for faster refunds. Insurers raised "
                        "premiums. Velta's recall covers 240,000 scooters in nine countries."})
    clustering = cluster_claims(s)
    d = summarize(s, clustering, extract_facts(s, clustering).discrepancies)
    first, second = sentences(d)[:2]
    assert "recalling 240,000" in first.text
    assert second.text.startswith("Shares in Velta fell 6%")



def test_a_clause_cut_from_its_subject_is_never_a_sentence_of_the_account():
    s = story({"a.txt": "The Green Party won the most votes in Thursday's election to the regional assembly, but will "
                        "need at least one partner to govern, a preliminary count showed on Friday.",
               "b.txt": "The Greens took 31.2% of the vote on Thursday. Their leader Mia Holm said talks would "
                        "start on Monday.",
               "c.txt": "The Green Party came first with 31.2% in Thursday's vote. Holm thanked voters."})
    clustering = cluster_claims(s)
    d = summarize(s, clustering, extract_facts(s, clustering).discrepancies)
    assert not any(c.text.startswith("Will ") for c in sentences(d))



def test_a_lead_is_stated_though_a_detail_chosen_before_it_gives_its_figure():
    """In a launch story (three invented outlets, pasted with their furniture) the lead tells what happened: the
    satellite's value it gives again, which a later detail states, is no reason to leave it out."""
    folder = Path(__file__).parent / "fixtures" / "launch"
    s = story({p.name: p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))})
    clustering = cluster_claims(s)
    d = summarize(s, clustering, extract_facts(s, clustering).discrepancies)
    assert any("broke apart" in c.text for c in sentences(d))


def test_an_ordinal_standing_for_a_noun_said_before_does_not_open_a_sentence_of_the_account():
    s = story({"a.txt": "The Helion 3 rocket broke apart on Tuesday, destroying a weather satellite. It was the "
                        "rocket's second flight. The first, in March, reached orbit without problems.",
               "b.txt": "Altavia grounded its Helion 3 rocket on Wednesday after Tuesday's failure."})
    clustering = cluster_claims(s)
    d = summarize(s, clustering, extract_facts(s, clustering).discrepancies)
    assert not any(c.text.startswith("The first,") for c in sentences(d))
