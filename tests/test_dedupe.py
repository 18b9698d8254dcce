from newsdigest.digest.dedupe import cluster_claims, similar_pairs
from newsdigest.digest.text.clauses import split_clauses
from newsdigest.digest.text.words import content_terms
from storybuild import story

MICROSOFT_A = "Microsoft anticipates spending $80 billion on AI data centers this fiscal year."
MICROSOFT_B = "Microsoft has allocated $80 billion for AI-related data centers this fiscal year."
UNRELATED = "The company's Qwen model performed well in benchmark tests run by independent researchers."


def clusters_of(texts: dict[str, str]) -> list[set[str]]:
    s = story(texts)
    result = cluster_claims(s)
    return [{s.sentence(sid).text for sid in c.sentences} for c in result.clusters]


def test_paraphrases_with_the_same_figure_are_one_claim():
    groups = clusters_of({"a.txt": MICROSOFT_A + " " + UNRELATED, "b.txt": MICROSOFT_B})
    assert {MICROSOFT_A, MICROSOFT_B} in groups


def test_different_claims_stay_apart():
    groups = clusters_of({"a.txt": MICROSOFT_A, "b.txt": UNRELATED})
    assert not any(MICROSOFT_A in g and UNRELATED in g for g in groups)


def test_a_sentence_joining_two_claims_is_split_into_clauses():
    joined = "Microsoft expects to spend $80 billion this fiscal year, while Meta has earmarked $65 billion for 2025."
    assert split_clauses(joined) == ["Microsoft expects to spend $80 billion this fiscal year",
                                     "Meta has earmarked $65 billion for 2025."]


def test_the_second_half_of_a_joined_sentence_matches_its_own_paraphrase():
    joined = "Microsoft expects to spend $80 billion this fiscal year, while Meta has earmarked $65 billion for 2025."
    meta = "Meta plans to spend $65 billion in 2025 on data centres."
    s = story({"a.txt": joined, "b.txt": meta})
    result = cluster_claims(s)
    meta_id = next(x.id for x in s.articles[1].sentences)
    joined_id = s.articles[0].sentences[0].id
    assert set(result.by_sentence[joined_id]) & set(result.by_sentence[meta_id])


def test_similarity_prefers_shared_figures_and_names_over_common_words():
    terms = [set(content_terms(t)) for t in (
        "Alibaba will invest 380 billion yuan in AI over three years.",
        "Alibaba pledged 380 billion yuan for AI infrastructure.",
        "Alibaba said AI demand would grow over three years.")]
    pairs = similar_pairs(terms)
    assert pairs.get((0, 1), 0) > pairs.get((0, 2), 0)


def test_a_relative_clause_is_a_claim_of_its_own():
    from newsdigest.digest.text.clauses import claim_units

    assert claim_units("The Christian Union, which has governed Westerland since 1994, slumped to 24.1 per cent.") == [
        (0, "The Christian Union slumped to 24.1 per cent."),
        (0, "The Christian Union has governed Westerland since 1994")]


def test_a_relative_clause_after_a_possessive_is_read_with_the_whole_antecedent():
    from newsdigest.digest.text.clauses import claim_units

    units = claim_units("Halvard’s shipping arm, which runs 40 container vessels, lost $2.1 billion last year.")
    assert (0, "Halvard’s shipping arm runs 40 container vessels") in units


def test_a_relative_clause_running_to_the_end_of_the_sentence_leaves_a_whole_main_clause():
    from newsdigest.digest.text.clauses import claim_units

    units = claim_units("The orchestra cancelled its tour after delays in building the new hall, which have forced it "
                        "to rehearse in older, smaller rooms.")
    assert units[0] == (0, "The orchestra cancelled its tour after delays in building the new hall.")


def test_a_relative_clause_runs_past_a_thousands_comma():
    # the account may state the main clause alone: "... in Poland400 people by 2028." once stood in a digest
    from newsdigest.digest.text.clauses import claim_units

    units = claim_units("The company plans to build a second factory in Poland, which it says will employ 1,400 "
                        "people by 2028.")
    assert units[0] == (0, "The company plans to build a second factory in Poland.")
    assert all("1,400 people" in text for _, text in units[1:])


def test_two_claims_about_the_same_actor_are_not_one_claim():
    groups = clusters_of({"a.txt": "The Social Democrats came third with 19.8 per cent of the vote.",
                          "b.txt": "She said coalition talks with the Social Democrats would begin next week."})
    assert all(len(g) == 1 for g in groups)


def test_minhash_lsh_finds_the_same_close_pairs_as_all_pairs():
    texts = [f"Company {n} will invest {n} billion yuan in data centres over three years" for n in range(40)]
    texts += ["Company 7 plans to invest 7 billion yuan in data centres over the next three years",
              "The weather in the capital was sunny and warm on Monday afternoon"]
    terms = [set(content_terms(t)) for t in texts]
    exact = {p for p, s in similar_pairs(terms, use_lsh=False).items() if s >= 0.6}
    approximate = set(similar_pairs(terms, use_lsh=True))
    assert (7, 40) in exact
    assert exact <= approximate
