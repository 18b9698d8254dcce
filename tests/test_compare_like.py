"""The comparison page compares like with like, in the story's currency, and charts only what compares.

Invented stories: a takeover price next to a rival's yearly spending, a euro-only budget story, a
story whose story.yaml asks for pounds, and a page built from facts with no stated owner.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import yaml

from conftest import make_project
from newsdigest.content.story import StoryContent
from newsdigest.site.render import SiteConfig, make_environment, story_pages

ROOT = Path(__file__).resolve().parent.parent


def build(tmp_path: Path, slug: str, texts: dict[str, str], manifest: str = "published: 2024-05-02\n"):
    project = make_project(tmp_path / "p")
    folder = project.seeds / slug
    folder.mkdir(parents=True)
    for name, text in texts.items():
        (folder / name).write_text(text + "\n", encoding="utf-8")
    (folder / "story.yaml").write_text(manifest, encoding="utf-8")
    result = project.run("build", "--quiet")
    assert result.code == 0, result.err
    return project


def read(project, slug: str, name: str) -> str:
    return (project.site / slug / name).read_text(encoding="utf-8")


TAKEOVER = {
    "01.txt": "Halvorsen Energy agreed to buy the wind developer Skarv for $32 billion, the largest deal the "
              "sector has seen.\n\nTindra Power, a rival, spends $20 billion a year on new turbines.",
    "02.txt": "Halvorsen will pay $32 billion for Skarv, the companies said on Thursday.\n\n"
              "Tindra Power spends $20 billion a year on new turbines, its annual report shows.",
}


def test_a_one_off_price_is_never_shown_a_year_nor_charted_beside_a_yearly_spend(tmp_path):
    project = build(tmp_path, "wind-takeover", TAKEOVER)
    page = read(project, "wind-takeover", "compare/index.html")
    assert "US$32 billion a year" not in page and "<svg" not in page  # one yearly figure: nothing to chart
    assert "US$32 billion" in page and "US$20 billion" in page
    assert "Prices, fees and values" in page and "Spending, a year" in page


EURO_BUDGET = {
    "01.txt": "The city of Varnholm will spend €48 million a year on its tram network, the council said.\n\n"
              "Neighbouring Ostrand spends €31 million a year on its buses.",
    "02.txt": "Varnholm's council approved spending of €48 million a year on trams on Tuesday.\n\n"
              "Ostrand spends €31 million a year on buses, according to its budget.",
}


def test_a_euro_story_is_compared_in_euros_with_nothing_converted(tmp_path):
    project = build(tmp_path, "tram-budget", EURO_BUDGET)
    page = read(project, "tram-budget", "compare/index.html")
    assert "<svg" in page and "€48 million a year" in page and "€31 million a year" in page
    assert "USD" not in page and "US$" not in page and "Rates:" not in page
    rows = list(csv.DictReader(io.StringIO(read(project, "tram-budget", "compare.csv"))))
    assert {(r["basis"], r["currency"]) for r in rows} == {("per-year", "EUR")} and "per_year_EUR" in rows[0]
    assert json.loads(read(project, "tram-budget", "facts.json"))["currency"] == "EUR"


def test_story_yaml_currency_chooses_the_currency_of_the_comparison(tmp_path):
    project = build(tmp_path, "tram-budget", EURO_BUDGET, "published: 2024-05-02\ncurrency: GBP\n")
    doc = yaml.safe_load((project.content / "tram-budget" / "facts.yaml").read_text(encoding="utf-8"))
    assert doc["currency"] == "GBP"
    page = read(project, "tram-budget", "compare/index.html")
    assert "per year in GBP" in page.lower() or "Spending per year in GBP" in page
    assert "1 EUR = " in page  # the conversion names its rate
    rows = list(csv.DictReader(io.StringIO(read(project, "tram-budget", "compare.csv"))))
    assert "per_year_GBP" in rows[0] and {r["currency"] for r in rows} == {"GBP"}


def test_every_figure_is_listed_with_its_owner_basis_date_and_sources_and_an_unknown_owner_is_not_stated():
    facts = [
        {"id": "fee-a", "kind": "money", "value": 4e6, "unit": "EUR", "qualifier": None, "entity": None,
         "period": None, "what": "transfer fee", "claim": "", "sources": ["s-a"], "same_as": None, "date": "2024-07-01",
         "basis": "one-off"},
        {"id": "wage-b", "kind": "money", "value": 2e6, "unit": "EUR", "qualifier": None, "entity": "Lutra FC",
         "period": "a year", "what": "wages", "claim": "", "sources": ["s-a", "s-b"], "same_as": None, "date": None},
    ]
    sources = [{"id": f"s-{x}", "file": f"{x}.txt", "outlet": outlet, "url": None, "published": None, "title": None,
                "words": 100, "removed": []} for x, outlet in (("a", "Kicker Weekly"), ("b", "Sport Daily"))]
    content = StoryContent("club-deal", "Club deal", "", [], [], facts, [], [], sources)
    env = make_environment((ROOT / "templates",), strict=True)
    page = story_pages(env, content, SiteConfig())["compare/index.html"].decode("utf-8")
    fee = page[page.index("Prices, fees and values"):]
    fee = fee[:fee.index("</table>")]
    assert "not stated" in fee and "one-off" in fee and "1 Jul 2024" in fee and "Kicker Weekly" in fee
    assert "€4 million a year" not in page
    assert json.loads(story_pages(env, content, SiteConfig())["facts.json"])["facts"][1]["basis"] == "per-year"
