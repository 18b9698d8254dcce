"""Furniture from any outlet goes, with its reason; the story's own lines never do (issue 15, item 4)."""

import datetime as dt
from pathlib import Path

import pytest

from newsdigest.digest.ingest.ingest import StoryFiles, clean_story, raw_article
from newsdigest.digest.ingest.lineshape import shape_reason
from newsdigest.model import ArticleMeta, Manifest

# A regional water-rationing story, three outlets.
RATION_A = ("Valmera's water board ordered a 20 per cent cut in household use from Monday as the Sorrel "
            "reservoir fell to 31 per cent of capacity.\n\nHosepipes and car washes are banned until October, "
            "board chair Ines Caldeira said.")
RATION_B = ("Households in Valmera must use 20 per cent less water from Monday, the water board said, after the "
            "Sorrel reservoir dropped to 31 per cent.\n\nBoard chair Ines Caldeira said a hosepipe ban would run "
            "until October.")
RATION_C = ("The Sorrel reservoir is at 31 per cent of capacity, and Valmera's water board has ordered a 20 per "
            "cent cut in household use starting Monday.\n\nIrrigation for farms is exempt for now.")


def cleaned(texts: dict[str, str], outlets: dict[str, str] | None = None):
    outlets = outlets or {}
    articles = tuple(raw_article(Path("s") / name, text.encode("utf-8"),
                                 ArticleMeta(name, outlet=outlets.get(name), published=dt.date(2025, 7, 1)))
                     for name, text in texts.items())
    return clean_story(StoryFiles("s", "s", Manifest(), articles))


def removed_from(story, file: str) -> dict[str, str]:
    return {r.text: r.reason for r in next(a for a in story.articles if a.file == file).removed}


def kept_in(story, file: str) -> str:
    return next(a.text for a in story.articles if a.file == file)


@pytest.mark.parametrize("line", [
    "This article is part of our Drought Watch series.",
    "Disclosure: the author holds no shares in Valmera Water.",
    "Published Saturday, July 5, 2025 at 7:00 a.m.",
    "Related guides: Saving water at home | Best water butts of 2025 | How to read your meter",
    "Join 40,000 readers and get our free weekly Water Bulletin email.",
    "Market data delayed by at least 15 minutes.",
    "(c) Valmera Evening Post 2025",
    "COPYRIGHT 2025 NORTHSHORE MEDIA",
    "Follow Valmera Post Environment on X for drought updates",
    "(Reporting by Ana Sousa in Valmera and Rui Matos in Lisbon; writing by Joana Reis; editing by Pedro Alves)",
    "Want explainers like this in your inbox? Join the Nutshell Weekly - it's free.",
    "Water Wise is editorially independent. We may earn a commission when you click links to some products.",
    "Prices are correct at the time of writing. This guide is for information only and is not financial advice.",
    "The Sorrel reservoir at dusk on Thursday, its banks cracked by the drought © Lena Varga/Valmera Post",
    "Opinion pieces reflect the views of their authors, not of the Valmera Post.",
    "The views expressed in this column are the author's own.",
    "All quotes delayed a minimum of 15 minutes.",
    "(c) The Valmera Post 2025 | Privacy | Cookies | Contact us | Advertise with us",
    "The Post is published by the Valmera Press Trust, a charity. © 2025 The Post. | About us | Privacy | Contact",
    "VPTV will broadcast a special programme on the drought at 21:00 on VPTV1.",
    "Data is a real-time snapshot *Data is delayed at least 15 minutes.",
    "[Photo: Tankers queue at the Sorrel pumping station on Monday. Photo: Ana Sousa / Valmera Post]",
    "Valley Water News is an editorially independent publication of the Valley Water Trust, a charity.",
    "Get the Valley Weekly: the five water stories every gardener needs, every Friday.",
    "Our editors' pick of the week's most important drought stories, every Saturday morning.",
])
def test_lines_about_the_page_not_the_story_are_furniture(line):
    assert shape_reason(line) is not None


@pytest.mark.parametrize("line", [
    "(c) the board may extend the ban to 2026 if the reservoir stays low.",
    "Farmers follow the board's advice on Facebook groups, where 3,000 members swapped tips this week, the union said.",
    "Residents will find the letters in their inbox next week.",
    "The board said its staff had given households no legal advice on the hosepipe ban.",
    "Caldeira said the 2025 ban was the first since the board was set up in 1998.",
    "Farmers say the ban does not reflect the views of the authors of the 1998 water law.",
    "Police said the stories of hosepipe thefts were heard every week.",
    "The board publishes new reservoir figures every Monday.",
])
def test_story_lines_that_look_like_notices_are_kept(line):
    assert shape_reason(line) is None


def test_an_on_topic_closing_paragraph_with_new_words_is_kept():
    closing = ("Garden centres in the valley reported a run on rain barrels over the weekend, and one "
               "nursery owner said she had sold a month's stock in two days.")
    story = cleaned({"a.txt": RATION_A + "\n\n" + closing, "b.txt": RATION_B, "c.txt": RATION_C})
    assert closing in kept_in(story, "a.txt")
    assert closing not in removed_from(story, "a.txt")


def test_a_short_closing_sentence_that_counts_what_was_done_is_kept():
    closing = "The town has opened 40 cooling stations in libraries and schools."
    story = cleaned({"a.txt": RATION_A + "\n\n" + closing + "\n\nRelated: How to keep cool without air conditioning",
                     "b.txt": RATION_B, "c.txt": RATION_C})
    assert closing in kept_in(story, "a.txt")


def test_a_caption_above_a_photo_credit_is_removed_as_a_caption():
    caption = "Ines Caldeira at the Sorrel dam during last summer's inspection"
    text = RATION_A + "\n\n" + caption + "\nPhoto: Tomas Reis / Valley Images\n\nIrrigation for farms is exempt."
    story = cleaned({"a.txt": text, "b.txt": RATION_B, "c.txt": RATION_C})
    assert removed_from(story, "a.txt")[caption] == "photo caption or credit"


def test_a_story_sentence_above_a_credit_that_carries_its_own_caption_is_kept():
    line = "The water minister is expected to visit the Sorrel dam on Saturday."
    credit = "Photo: Tankers queue to fill up at the Sorrel pumping station. Photo courtesy of Valley Water"
    text = RATION_A + "\n\n" + line + "\n\n" + credit + "\n\nIrrigation for farms is exempt."
    story = cleaned({"a.txt": text, "b.txt": RATION_B, "c.txt": RATION_C})
    assert line in kept_in(story, "a.txt")
    assert removed_from(story, "a.txt")[credit] == "photo caption or credit"


def test_the_outlet_describing_itself_is_its_blurb():
    blurb = "The Valley Courier has served the towns of the Sorrel valley since 1921."
    story = cleaned({"a.txt": RATION_A + "\n\n" + blurb, "b.txt": RATION_B, "c.txt": RATION_C},
                    {"a.txt": "The Valley Courier"})
    assert removed_from(story, "a.txt")[blurb] == "about the outlet"
    about = "About us: Radio Sorrel has been the valley's voice since 1988."
    story = cleaned({"a.txt": RATION_A, "b.txt": RATION_B + "\n\n" + about, "c.txt": RATION_C})
    assert removed_from(story, "b.txt")[about] == "about the outlet"


def test_a_section_label_above_the_headline_is_not_the_title():
    text = "Environment\n\nValmera orders 20 per cent cut in water use as reservoir runs low\n\n" + RATION_A
    story = cleaned({"a.txt": text, "b.txt": RATION_B, "c.txt": RATION_C})
    article = story.articles[0]
    assert article.title == "Valmera orders 20 per cent cut in water use as reservoir runs low"
    assert removed_from(story, "a.txt")["Environment"] == "section label or navigation"


def test_a_byline_does_not_swallow_the_paragraph_after_it():
    text = "date 2025-07-01 By Marta Silva, Valley Courier\n\n(VC) — " + RATION_A
    story = cleaned({"a.txt": text, "b.txt": RATION_B, "c.txt": RATION_C})
    assert removed_from(story, "a.txt")["date 2025-07-01 By Marta Silva, Valley Courier"] == "byline"
    assert "Marta Silva" not in kept_in(story, "a.txt")


def test_readers_comments_after_the_story_go_but_a_comment_count_in_the_header_is_no_section():
    header = "By Ana Sousa | 37 comments\n\n"
    comments = ("\n\n142 comments\nSort by: Newest\n\nriver_rat · 2 hours ago\nThe board should have acted in "
                "March, when the reservoir was already low.\nReply · 12 likes")
    extra = ("\n\nThe board said farmers would be told of any change to the irrigation exemption by letter.\n\n"
             "Reservoir levels are checked every morning by the board's engineers at the dam.")
    story = cleaned({"a.txt": header + RATION_A + extra + comments, "b.txt": RATION_B, "c.txt": RATION_C})
    kept = kept_in(story, "a.txt")
    assert "Hosepipes and car washes are banned until October, board chair Ines Caldeira said." in kept
    removed = removed_from(story, "a.txt")
    assert removed["The board should have acted in March, when the reservoir was already low."] == "readers' comments"


def test_a_most_read_list_runs_on_through_a_labelled_item():
    teasers = ("\n\nMOST READ\n1. Roadworks on the bypass to last until September\n2. PICTURES: Valley show "
               "returns with record entries\n3. Valmera water board chair leaves 2 million to Sorrel village hall in "
               "will\n\n")
    story = cleaned({"a.txt": RATION_A.replace("\n\n", teasers), "b.txt": RATION_B, "c.txt": RATION_C})
    removed = removed_from(story, "a.txt")
    assert "Valmera water board chair leaves 2 million to Sorrel village hall in will" in removed
    assert "Hosepipes and car washes are banned until October, board chair Ines Caldeira said." in kept_in(story,
                                                                                                        "a.txt")
