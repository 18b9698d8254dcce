"""An article pasted as a full HTML page brings its own title, outlet, address and date; story.yaml wins."""

from __future__ import annotations

import datetime as dt
import shutil

import yaml

from conftest import FIXTURES
from newsdigest.digest.ingest.htmltext import read_html

PAGES = FIXTURES / "pages"


def meta(name: str):
    return read_html((PAGES / name).read_text(encoding="utf-8"))[1]


def test_a_news_page_gives_its_preview_tags_canonical_address_and_publication_date():
    page = meta("mira-full.html")
    assert page.title == "Beira counts the cost of Cyclone Mira"
    assert page.outlet == "Indian Ocean Times"
    assert page.url == "https://iotimes.example/africa/2024/03/13/beira-cyclone-mira"  # canonical, not og:url
    assert page.published == dt.date(2024, 3, 13)  # published, not modified


def test_a_plain_page_gives_its_headline_and_its_time_element():
    page = meta("mira-plain.html")
    assert (page.title, page.outlet, page.url, page.published) == \
        ("Mira leaves Beira under water", None, None, dt.date(2024, 3, 12))


def test_a_title_element_loses_the_site_name_it_ends_with():
    html = ('<html><head><title>Mira: the morning after - Coastal Herald</title>'
            '<meta property="og:site_name" content="Coastal Herald"></head><body><p>Text.</p></body></html>')
    assert read_html(html)[1].title == "Mira: the morning after"
    assert read_html("<title>Mira - the morning after</title><p>Text.</p>")[1].title == "Mira - the morning after"


def test_json_ld_fills_in_what_the_meta_tags_leave_out():
    html = ('<script type="application/ld+json">{"@context": "https://schema.org", "@graph": [{"@type": "NewsArticle", '
            '"headline": "Mira weakens inland", "datePublished": "2024-03-14T08:00:00Z", '
            '"publisher": {"@type": "Organization", "name": "Sofala Courier"}}]}</script><p>Text.</p>')
    page = read_html(html)[1]
    assert (page.title, page.outlet, page.published) == ("Mira weakens inland", "Sofala Courier", dt.date(2024, 3, 14))


def sources(project) -> dict[str, dict]:
    text = (project.content / "cyclone-mira" / "sources.yaml").read_text(encoding="utf-8")
    return {s["file"]: s for s in yaml.safe_load(text)["sources"]}


def test_a_pasted_page_is_credited_to_its_own_outlet_with_its_own_address_and_date(project):
    shutil.copy(PAGES / "mira-full.html", project.seeds / "cyclone-mira" / "04.html")
    assert project.run("build").code == 0
    source = sources(project)["04.html"]
    assert (source["outlet"], source["url"], source["published"], source["title"]) == (
        "Indian Ocean Times", "https://iotimes.example/africa/2024/03/13/beira-cyclone-mira", dt.date(2024, 3, 13),
        "Beira counts the cost of Cyclone Mira")
    page = (project.site / "cyclone-mira" / "sources" / "index.html").read_text(encoding="utf-8")
    assert "Indian Ocean Times" in page and "Unnamed source" not in page


def test_story_yaml_wins_over_what_the_page_says(project):
    shutil.copy(PAGES / "mira-full.html", project.seeds / "cyclone-mira" / "04.html")
    manifest = project.seeds / "cyclone-mira" / "story.yaml"
    manifest.write_text(manifest.read_text(encoding="utf-8") +
                        "  04.html: {outlet: \"IOT Weekend\", published: 2024-03-16}\n", encoding="utf-8")
    assert project.run("build").code == 0
    source = sources(project)["04.html"]
    assert (source["outlet"], source["published"]) == ("IOT Weekend", dt.date(2024, 3, 16))
    assert source["url"] == "https://iotimes.example/africa/2024/03/13/beira-cyclone-mira"  # story.yaml gave none
