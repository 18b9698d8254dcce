import json
import re
from html.parser import HTMLParser
from pathlib import Path

from conftest import make_project

HOSTILE = ("The council approved the harbour bridge budget on Monday after a long debate about costs.\n\n"
           "Mayor Ana Ruiz said <img src=x onerror=alert(1)> the vote was <script>alert('x')</script> historic "
           "for the harbour bridge.\n\n"
           "See [the plan](javascript:alert(2)) for the harbour bridge budget approved on Monday.\n")
OTHER = "Councillors approved the harbour bridge budget on Monday, Mayor Ana Ruiz said after the debate."


class _Collector(HTMLParser):
    def __init__(self):
        super().__init__()
        self.scripts: list[str] = []
        self.hrefs: list[str] = []
        self.handlers: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "script":
            self.scripts.append(attrs.get("type", ""))
        for name, value in attrs.items():
            if name.startswith("on"):
                self.handlers.append(name)
            if name in ("href", "src") and value:
                self.hrefs.append(value)


def parse(path: Path) -> _Collector:
    collector = _Collector()
    collector.feed(path.read_text(encoding="utf-8"))
    return collector


def test_article_markup_never_reaches_the_page_as_markup(tmp_path):
    project = make_project(tmp_path / "p")
    story = project.seeds / "bridge"
    story.mkdir(parents=True)
    (story / "a.txt").write_text(HOSTILE, encoding="utf-8")
    (story / "b.txt").write_text(OTHER, encoding="utf-8")
    assert project.run("build", "--quiet").code == 0
    for page in project.site.rglob("*.html"):
        found = parse(page)
        assert found.scripts in ([], ["application/ld+json"]), page
        assert not found.handlers, page
        assert not any(h.lower().startswith("javascript:") for h in found.hrefs), page


def test_citation_markers_link_to_the_sources_page_and_name_the_outlet(built_cyclone):
    html = (built_cyclone.site / "cyclone-mira" / "index.html").read_text(encoding="utf-8")
    marker = re.search(r'<sup class="cites"><a [^>]*>', html).group(0)
    assert 'href="sources/index.html#s' in marker
    assert re.search(r'aria-label="(Coastal Herald|Africa Wire|Relief Notes)"', marker)


def test_every_internal_link_is_relative_and_names_a_file_that_exists(built_cyclone):
    for page in built_cyclone.site.rglob("*.html"):
        for href in parse(page).hrefs:
            if href.startswith(("http://", "https://", "mailto:")):
                continue
            target = href.split("#")[0]
            assert not target.startswith("/"), (page, href)
            if target:
                resolved = (page.parent / target).resolve()
                assert resolved.is_file(), (page, href)


def test_story_pages_carry_newsarticle_json_ld(built_cyclone):
    html = (built_cyclone.site / "cyclone-mira" / "index.html").read_text(encoding="utf-8")
    data = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1))
    assert data["@type"] == "NewsArticle" and data["headline"] == "Cyclone Mira hits central Mozambique"
    assert data["url"] == "https://example.org/news/cyclone-mira/"


def test_a_comparison_page_with_one_yearly_figure_draws_no_chart_but_lists_every_amount(built_cyclone):
    # the World Bank's financing over two years and the EU's one release: nothing to set side by side per year
    html = (built_cyclone.site / "cyclone-mira" / "compare" / "index.html").read_text(encoding="utf-8")
    assert "<svg" not in html
    assert "<table" in html and "World Bank" in html and "European Union" in html


def test_feed_and_sitemap_list_the_story(built_cyclone):
    feed = (built_cyclone.site / "feed.xml").read_text(encoding="utf-8")
    sitemap = (built_cyclone.site / "sitemap.xml").read_text(encoding="utf-8")
    assert "<title>Cyclone Mira hits central Mozambique</title>" in feed
    assert "https://example.org/news/cyclone-mira/timeline/index.html" in sitemap


def test_a_long_index_is_split_into_linked_pages_of_fifty(tmp_path):
    from newsdigest.site.render import SiteConfig, make_environment, site_pages

    cards = [{"slug": f"story-{n:03d}", "title": f"Story {n}", "dek": "", "published": f"2025-01-{n % 28 + 1:02d}",
              "sources": 3} for n in range(120)]
    env = make_environment((Path(__file__).resolve().parent.parent / "templates",), strict=True)
    pages = {k: v.decode("utf-8") for k, v in site_pages(env, cards, SiteConfig(), "2025-02-01T00:00:00Z",
                                                         single=False).items()}
    listed = {name: re.findall(r'href="(story-\d+)/index.html"', pages[name])
              for name in ("index.html", "index-2.html", "index-3.html")}
    assert [len(v) for v in listed.values()] == [50, 50, 20]
    assert sorted(s for v in listed.values() for s in v) == sorted(c["slug"] for c in cards)  # each once
    assert 'href="index-2.html" rel="next"' in pages["index.html"] and "rel=\"prev\"" not in pages["index.html"]
    assert 'href="index.html" rel="prev"' in pages["index-2.html"] and 'href="index-3.html"' in pages["index-2.html"]
    assert "rel=\"next\"" not in pages["index-3.html"]
    assert "index-3.html</loc>" in pages["sitemap.xml"]
    assert "index-4.html" not in pages


def test_asterisks_backticks_and_list_markers_in_an_article_are_shown_as_written(tmp_path):
    project = make_project(tmp_path / "p")
    story = project.seeds / "bridge"
    story.mkdir(parents=True)
    marked = ("Mayor Ana Ruiz said the *temporary* harbour bridge span would be 2*3*4 metres and the "
              "`fast` option was dropped on Monday.")
    (story / "a.txt").write_text(OTHER + "\n\n" + marked + "\n", encoding="utf-8")
    (story / "b.txt").write_text(marked + "\n\n" + OTHER + "\n", encoding="utf-8")
    assert project.run("build", "--quiet").code == 0
    assert "*temporary*" in (project.content / "bridge" / "summary.md").read_text(encoding="utf-8")
    html = (project.site / "bridge" / "index.html").read_text(encoding="utf-8")
    assert "the *temporary* harbour bridge span would be 2*3*4 metres and the `fast` option" in html
    assert "<em>" not in html and "<code>" not in html


def test_the_rate_note_names_the_reference_rate_once_without_nested_brackets(tmp_path):
    project = make_project(tmp_path / "p", "westerland-election")
    manifest = project.seeds / "westerland-election" / "story.yaml"  # a euro story, compared in dollars on request
    manifest.write_text("currency: USD\n" + manifest.read_text(encoding="utf-8"), encoding="utf-8")
    assert project.run("build", "--quiet").code == 0
    page = (project.site / "westerland-election" / "compare" / "index.html").read_text(encoding="utf-8")
    assert "1 EUR = 1.04 USD (reference rate for February 2025)." in page
    assert "))" not in page.split("Rates:", 1)[1].split("</figcaption>", 1)[0]


def test_the_front_page_shows_story_yaml_s_date_even_when_an_article_is_dated_later(tmp_path):
    project = make_project(tmp_path / "p", "cyclone-mira")
    manifest = project.seeds / "cyclone-mira" / "story.yaml"  # published: 2024-03-12; one report comes days later
    manifest.write_text(manifest.read_text(encoding="utf-8").replace(
        '03.md: {outlet: "Relief Notes"}', '03.md: {outlet: "Relief Notes", published: 2024-03-15}'), encoding="utf-8")
    assert project.run("build", "--quiet").code == 0
    one_story = (project.site / "index.html").read_text(encoding="utf-8")
    assert '<time datetime="2024-03-12">12 Mar 2024</time>' in one_story
    project.add_story("northwind-job-cuts")
    assert project.run("build", "--quiet").code == 0
    listing = (project.site / "index.html").read_text(encoding="utf-8")
    assert '<time datetime="2024-03-12">12 Mar 2024</time>' in listing and "2024-03-15" not in listing


def test_a_yearly_figure_in_the_chart_is_not_said_to_run_over_one_years(tmp_path):
    project = make_project(tmp_path / "p")
    story = project.seeds / "rail-budgets"
    story.mkdir(parents=True)
    (story / "a.txt").write_text(
        "Nordbahn will spend €4 billion this year on new track, the operator said on Monday. "
        "Its rival Südlink plans to spend €12 billion over the next three years on signalling.", encoding="utf-8")
    (story / "b.txt").write_text(
        "Nordbahn's budget for track this year is €4 billion, while Südlink will spend €12 billion over three "
        "years, both operators said.", encoding="utf-8")
    assert project.run("build", "--quiet").code == 0
    page = (project.site / "rail-budgets" / "compare" / "index.html").read_text(encoding="utf-8")
    assert "over 3 years" in page  # the three-year total, divided by its years
    assert "over 1 years" not in page


def test_one_sources_range_is_one_reading_where_sources_disagree(tmp_path):
    # "$50-60 billion" listed as "$50 billion against $60 billion" would read as the outlet disagreeing with itself
    project = make_project(tmp_path / "p")
    story = project.seeds / "storm-losses"
    story.mkdir(parents=True)
    (story / "a.txt").write_text("Storm losses put at up to $60 billion\n\nForecaster Skyline estimates economic "
                                 "losses from the storm at $50-60 billion.\n", encoding="utf-8")
    (story / "b.txt").write_text("Bank sees storm losses of $12 billion\n\nEconomic losses from the storm are "
                                 "projected to hit $12 billion, according to an analyst at Varden Bank.\n",
                                 encoding="utf-8")
    assert project.run("build", "--quiet").code == 0
    page = (project.site / "storm-losses" / "index.html").read_text(encoding="utf-8")
    aside = page[page.index('<aside class="disagree"'):]
    readings = re.findall(r"<strong>([^<]+)</strong>", aside[:aside.index("</aside>")])
    assert len(readings) == 2 and any(" to " in r and "60" in r and "50" in r for r in readings), readings


def test_two_forecasters_one_source_gives_are_named_where_sources_disagree(tmp_path):
    # both values cite the one outlet: without the forecasters' names the reader cannot tell the sides apart
    project = make_project(tmp_path / "p")
    story = project.seeds / "flood-losses"
    story.mkdir(parents=True)
    (story / "a.txt").write_text("Flood losses could pass €12 billion\n\nLosses from the floods are projected to hit "
                                 "€12 billion, according to Rosmark Bank. The amount includes insured losses exceeding "
                                 "€4 billion. Ratings firm Castell Partners estimated insured losses to surpass €2 "
                                 "billion.\n", encoding="utf-8")
    (story / "b.txt").write_text("River bursts its banks\n\nThe Varn river burst its banks on Sunday, flooding the "
                                 "valley towns.\n", encoding="utf-8")
    assert project.run("build", "--quiet").code == 0
    page = (project.site / "flood-losses" / "index.html").read_text(encoding="utf-8")
    aside = page[page.index('<aside class="disagree"'):]
    readings = re.findall(r"<strong>([^<]+)</strong>", aside[:aside.index("</aside>")])
    assert [r.split(" by ")[-1] for r in readings] == ["Castell Partners", "Rosmark Bank"], readings
