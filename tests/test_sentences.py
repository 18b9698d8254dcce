from newsdigest.digest.ingest.sentences import split_sentences


def test_abbreviations_and_initials_do_not_end_sentences():
    text = "Alibaba Group Holding Ltd. said on Feb. 24 that J. K. Rowling met Mr. Wu. Shares fell."
    assert split_sentences(text) == [
        "Alibaba Group Holding Ltd. said on Feb. 24 that J. K. Rowling met Mr. Wu.", "Shares fell."]


def test_company_suffix_at_sentence_end_splits_before_a_new_sentence():
    text = "The race is led by Microsoft Corp. and Alphabet Inc. The company declined to comment."
    assert split_sentences(text) == ["The race is led by Microsoft Corp. and Alphabet Inc.",
                                     "The company declined to comment."]


def test_prices_and_decimals_stay_whole():
    assert split_sentences("Shares closed at HK$131.20. Volume was 2.5 times normal.") == [
        "Shares closed at HK$131.20.", "Volume was 2.5 times normal."]


def test_closing_quote_stays_with_its_sentence():
    assert split_sentences('He said: "We will build it." Then he left.') == [
        'He said: "We will build it."', "Then he left."]


def test_acronym_mid_sentence_does_not_split():
    assert split_sentences("U.S. sanctions limit access to chips made in the U.S. by Nvidia.") == [
        "U.S. sanctions limit access to chips made in the U.S. by Nvidia."]


def test_text_without_punctuation_is_one_sentence():
    assert split_sentences("no punctuation at all here just words") == ["no punctuation at all here just words"]
