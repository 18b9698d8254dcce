import pytest

from newsdigest.digest.ingest.boilerplate import shape_reason, split_credit
from storybuild import story

BODY_A = ("The city council approved a 40 million euro budget for the new harbour bridge on Monday. "
          "Mayor Ana Ruiz said construction would start in the spring.")
BODY_B = ("Councillors voted to spend 40 million euros on the harbour bridge, Mayor Ana Ruiz said after "
          "the Monday vote. Construction of the bridge starts in spring.")
BODY_C = "The harbour bridge will cost 40 million euros, the council decided on Monday after a long debate."


def kept(text_by_file: dict[str, str], file: str) -> str:
    s = story(text_by_file)
    return next(a.text for a in s.articles if a.file == file)


def removed(text_by_file: dict[str, str], file: str) -> dict[str, str]:
    s = story(text_by_file)
    return {r.text: r.reason for r in next(a for a in s.articles if a.file == file).removed}


@pytest.mark.parametrize("line, reason", [
    ("Sign up now: Get our newsletters delivered to your inbox", "call to action"),
    ("Follow topic:", "call to action"),
    ("Do Follow: The Daily LinkedIn | The Daily Facebook | The Daily Twitter", "social media links"),
    ("PHOTO: AFP", "photo caption or credit"),
    ("REUTERS", "photo caption or credit"),
    ("Luxury brand raises prices as tariffs bite… Read More", "teaser for another article"),
    ("Want to trade like a pro? Get real-time alerts and exclusive tools trusted by traders!",
     "advertisement or promotion"),
    ("<script>alert('x')</script>", "code or markup"),
])
def test_furniture_shapes_are_recognised(line, reason):
    assert shape_reason(line) == reason


@pytest.mark.parametrize("line", [
    "The council approved a 40 million euro budget for the harbour bridge.",
    "Follow-up talks with the unions are planned for next week, officials said.",
    "Readers of the report will find that prices rose 3% in March.",
])
def test_story_sentences_are_not_furniture(line):
    assert shape_reason(line) is None


def test_a_trailing_wire_credit_is_split_off_the_paragraph():
    assert split_credit("Apple is using its AI in China, a vote of confidence. BLOOMBERG") == \
        ("Apple is using its AI in China, a vote of confidence.", "BLOOMBERG")


def test_paragraph_broken_across_lines_is_rejoined():
    text = (BODY_A + "\n\nMayor Ruiz joined a select group of officials at a televised\n\n"
            "meeting convened last week by the regional president\n\n– signalling a thaw in relations.")
    article = kept({"a.txt": text, "b.txt": BODY_B}, "a.txt")
    assert ("at a televised meeting convened last week by the regional president – signalling a thaw "
            "in relations.") in article


def test_about_us_block_is_removed_to_the_end_with_its_reason():
    text = BODY_A + "\n\nAbout us:\nThe Harbour Times is a premier platform for local news since 1990."
    gone = removed({"a.txt": text, "b.txt": BODY_B}, "a.txt")
    assert gone["About us:"] == "about the outlet"
    assert gone["The Harbour Times is a premier platform for local news since 1990."] == "about the outlet"


def test_promotional_list_after_a_promotion_goes_with_it():
    text = (BODY_A + "\n\nStay Ahead of the Market with Pro Desk!\n- Breaking stories before anyone else\n"
            "- Live audio squawk for hands-free updates")
    gone = removed({"a.txt": text, "b.txt": BODY_B}, "a.txt")
    assert "Breaking stories before anyone else" in gone
    assert "Live audio squawk for hands-free updates" in gone


def test_off_topic_line_after_the_article_is_removed_but_the_story_is_kept():
    teaser = "Pension directorate disburses arrears to 137,897 retired teachers across the region"
    s = story({"a.txt": BODY_A + "\n\n" + teaser, "b.txt": BODY_B, "c.txt": BODY_C})
    article = s.articles[0]
    assert any(r.text == teaser and r.reason.startswith("off-topic") for r in article.removed)
    assert "40 million euro budget" in article.text


def test_every_removed_line_keeps_its_line_number():
    text = "Sign up for our newsletter\n\n" + BODY_A
    s = story({"a.txt": text, "b.txt": BODY_B})
    assert [(r.line, r.reason) for r in s.articles[0].removed] == [(1, "call to action")]


def test_headline_becomes_the_title_not_a_sentence():
    s = story({"a.txt": "Council backs harbour bridge plan\n\n" + BODY_A, "b.txt": BODY_B})
    article = s.articles[0]
    assert article.title == "Council backs harbour bridge plan"
    assert all(sent.kind == "heading" for sent in article.sentences if sent.text == article.title)


def test_an_article_cut_off_mid_sentence_marks_its_last_sentence():
    s = story({"a.txt": BODY_A + " The second phase of the project, which the council will debate in", "b.txt": BODY_B})
    assert s.articles[0].sentences[-1].truncated
    assert not s.articles[1].sentences[-1].truncated


def test_about_heading_after_the_story_removes_the_outlet_blurb_without_a_colon():
    text = BODY_A + "\n\nAbout Harbour Times\nHarbour Times is an independent newsroom covering the coast since 1990."
    gone = removed({"a.txt": text, "b.txt": BODY_B, "c.txt": BODY_C}, "a.txt")
    assert gone.get("Harbour Times is an independent newsroom covering the coast since 1990.") == "about the outlet"


def test_an_about_heading_inside_the_story_keeps_the_story():
    text = ("About the harbour bridge\n\n" + BODY_A + "\n\nAbout the Costs\n\n"
            "The council said the 40 million euro harbour bridge budget includes a reserve for overruns.")
    s = story({"a.txt": text, "b.txt": BODY_B, "c.txt": BODY_C})
    assert "includes a reserve for overruns" in s.articles[0].text


@pytest.mark.parametrize("line, reason", [
    ("By Anna Keller, political correspondent", "byline"),
    ("Anna Keller is the Daily Ledger's political correspondent, based in Hamburg.", "about the author"),
    ("We use cookies to improve your experience on our site. Accept all", "cookie notice"),
])
def test_bylines_bios_and_cookie_banners_are_furniture(line, reason):
    assert shape_reason(line) == reason


def test_html_blocks_are_never_glued_to_the_next_block():
    html = ("<p>The council approved the harbour bridge budget of 40 million euros on Monday after a debate "
            "about whether the bridge would be finished in</p><div>Advertisement</div>")
    s = story({"a.html": html, "b.txt": BODY_B})
    assert "finished in Advertisement" not in s.articles[0].text


def test_a_line_repeated_on_other_stories_pages_is_furniture():
    from newsdigest.build.inputs import StoryInput, line_keys, shared_lines
    from newsdigest.digest.ingest.ingest import clean_story
    from storybuild import story_files

    furniture_line = "Get the Harbour Times app for breaking local news alerts"
    texts = {"bridge": BODY_A + "\n\n" + furniture_line + "\n" + BODY_B,
             "ferry": "The ferry strike entered its third day on Tuesday, the union said.\n\n" + furniture_line}
    inputs = [StoryInput(slug, None, "", "", frozenset(line_keys(text.encode()))) for slug, text in texts.items()]
    furniture = shared_lines(inputs)
    first = story_files({"a.txt": BODY_A + "\n\n" + furniture_line, "b.txt": BODY_B})
    cleaned = clean_story(first, furniture)
    assert any(r.text == furniture_line for r in cleaned.articles[0].removed)


def test_captions_from_html_and_markdown_are_removed():
    s = story({"a.html": "<figure><img src=x.jpg alt='Workers count ballots'><figcaption>Workers count ballots "
                         "in Norden. PHOTO: WIRE</figcaption></figure><p>" + BODY_A + "</p>",
               "b.md": "![The harbour at dawn](h.jpg)\n\n" + BODY_B})
    assert all("ballots" not in x.text for x in s.articles[0].sentences)
    assert [r.reason for r in s.articles[1].removed] == ["photo caption or credit"]


def test_nothing_of_the_story_is_lost_when_furniture_surrounds_it():
    text = ("Sign up for our newsletter\n\nPHOTO: AFP\n\n" + BODY_A + "\n\nRead more: Ferry strike enters "
            "third day… Read More\n\nShare this article: WhatsApp | Facebook | X")
    s = story({"a.txt": text, "b.txt": BODY_B})
    assert s.articles[0].text == BODY_A
    assert len(s.articles[0].removed) == 4


def test_a_list_label_becomes_a_heading_and_the_sentence_stays_clean():
    s = story({"a.txt": BODY_A + "\n\nData Centers: A significant portion of the bridge budget will go to the approach "
                        "roads, the council said.", "b.txt": BODY_B})
    texts = [(x.kind, x.text) for x in s.articles[0].sentences]
    assert ("heading", "Data Centers") in texts
    sentence = "A significant portion of the bridge budget will go to the approach roads, the council said."
    assert ("body", sentence) in texts
