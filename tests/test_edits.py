"""edits.yaml: each kind of correction reaches every page, the feed and the exports; stale ids are named."""

from __future__ import annotations

import csv
import io
import json

import pytest

from conftest import make_project, tree_hash
from newsdigest.content.story import story_content
from newsdigest.errors import InputError

EDITS = """\
title: Mira, one day on
dek: What the storm did to Beira
facts:
  world-bank-150m-usd: {entity: World Bank Group, period: 2024-2026}
  european-union-20m-eur: {period: "2024", value: 200000000}
  cyclone-mira-41-deaths: {value: 38}
events:
  2024-03-11-cyclone-mira-slammed-into-mozambique: {date: 2024-03-10, text: Cyclone Mira made landfall south of Beira}
hide: [cyclone-idai-600-people, c-forecasters-warned-storm-strengthen-rapidly-warm]
claims:
  c-government-declared-state-emergency-sofala-province:
    text: Mozambique declared a state of emergency in Sofala province on Tuesday.
    sources: [s-01, s-02]
add_events:
  - {date: 2024-03-13, text: Relief flights reach Beira, sources: [s-02]}
"""


@pytest.fixture(scope="module")
def edited(tmp_path_factory):
    """The cyclone story built, then built again with EDITS."""
    project = make_project(tmp_path_factory.mktemp("edited") / "p", "cyclone-mira")
    assert project.run("build", "--quiet").code == 0
    before = {name: (project.site / "cyclone-mira" / name).read_text(encoding="utf-8")
              for name in ("compare/index.html", "compare.csv")}
    (project.content / "cyclone-mira" / "edits.yaml").write_text(EDITS, encoding="utf-8")
    result = project.run("build")
    assert result.code == 0, result.err
    assert result.err == ""  # every id in EDITS exists: no warning
    return project, before


def page(project, name: str) -> str:
    return (project.site / name).read_text(encoding="utf-8")


def test_title_and_dek_reach_the_summary_the_feed_and_the_exports(edited):
    project, _ = edited
    assert "<h1>Mira, one day on</h1>" in page(project, "cyclone-mira/index.html")
    feed = page(project, "feed.xml")
    assert "<title>Mira, one day on</title>" in feed and "<summary>What the storm did to Beira</summary>" in feed
    assert json.loads(page(project, "cyclone-mira/facts.json"))["title"] == "Mira, one day on"
    assert json.loads(page(project, "cyclone-mira/timeline.json"))["title"]["text"]["headline"] == "Mira, one day on"


def test_a_corrected_owner_and_period_reach_the_summary_comparison_and_exports(edited):
    project, _ = edited
    assert "World Bank Group: emergency financing, 2024-2026" in page(project, "cyclone-mira/index.html")
    assert "US$50 million a year" in page(project, "cyclone-mira/compare/index.html")
    rows = {r["fact_id"]: r for r in csv.DictReader(io.StringIO(page(project, "cyclone-mira/compare.csv")))}
    assert (rows["world-bank-150m-usd"]["entity"], rows["world-bank-150m-usd"]["years"]) == ("World Bank Group", "3")
    facts = {f["id"]: f for f in json.loads(page(project, "cyclone-mira/facts.json"))["facts"]}
    assert facts["world-bank-150m-usd"]["entity"] == "World Bank Group"
    assert facts["world-bank-150m-usd"]["corrected"] == ["entity", "period"]


def test_a_corrected_value_moves_the_figure_on_the_comparison_page(edited):
    project, before = edited
    assert "European Union" not in before["compare.csv"]  # it had no period: nothing to put per year
    rows = list(csv.DictReader(io.StringIO(page(project, "cyclone-mira/compare.csv"))))
    assert [r["entity"] for r in rows] == ["European Union", "World Bank Group"]  # now the larger, so first
    assert rows[0]["original_value"] == "2e+08" and float(rows[0]["per_year_USD"]) > 2e8
    chart = page(project, "cyclone-mira/compare/index.html")
    assert chart.index("European Union") < chart.index("World Bank Group")
    assert "€20 million" not in chart  # the articles' conversion of the old figure is gone with it


def test_a_value_corrected_to_agree_ends_the_disagreement(edited):
    project, _ = edited
    for name in ("cyclone-mira/index.html", "cyclone-mira/compare/index.html"):
        assert "Where sources disagree" not in page(project, name)
    assert json.loads(page(project, "cyclone-mira/facts.json"))["discrepancies"] == []


def test_a_corrected_event_and_an_added_one_reach_the_timeline_and_its_export(edited):
    project, _ = edited
    timeline = page(project, "cyclone-mira/timeline/index.html")
    corrected = '<time datetime="2024-03-10">10 Mar 2024</time>\n<p>Cyclone Mira made landfall south of Beira</p>'
    assert corrected in timeline
    assert "Relief flights reach Beira" in timeline
    assert "slammed into Mozambique" not in timeline
    events = json.loads(page(project, "cyclone-mira/timeline.json"))["events"]
    landfall = next(e for e in events if e["unique_id"] == "2024-03-11-cyclone-mira-slammed-into-mozambique")
    assert landfall["start_date"] == {"year": "2024", "month": "3", "day": "10"}
    assert landfall["text"]["headline"] == "Cyclone Mira made landfall south of Beira"


def test_a_corrected_claim_and_a_hidden_one_reach_the_summary_and_the_sources_page(edited):
    project, _ = edited
    summary = page(project, "cyclone-mira/index.html")
    brief = summary.split('id="brief-heading"', 1)[1].split("</section>", 1)[0]
    account = summary.split('id="account-heading"', 1)[1]
    for part in (brief, account):
        assert "Mozambique declared a state of emergency in Sofala province on Tuesday." in part
        assert "appealed for international help" not in part
    assert "Forecasters had warned" not in summary
    assert "Forecasters had warned" not in page(project, "cyclone-mira/sources/index.html")


def test_a_hidden_fact_leaves_every_page_and_export(edited):
    project, _ = edited
    assert "cyclone-idai-600-people" not in page(project, "cyclone-mira/facts.json")
    assert "600 people" not in page(project, "cyclone-mira/compare/index.html")


FILES = {
    "summary.md": "---\ntitle: Old\ndek: Old dek\nbrief: []\n---\n\n## What happened\n\nIt rained. [@s-a]\n",
    "facts.yaml": "facts:\n- {id: beira-70pct, kind: percent, value: 70, unit: '%', sources: [s-a]}\n",
    "timeline.yaml": "events:\n- {id: 2024-03-11-landfall, date: 2024-03-11, text: Landfall., sources: [s-a]}\n",
    "sources.yaml": "sources:\n- {id: s-a, file: a.txt, outlet: Daily, published: 2024-03-12, words: 3, removed: []}\n",
}


def test_a_stale_id_is_named_with_its_line_and_the_closest_id(tmp_path):
    path = tmp_path / "edits.yaml"
    text = "title: T\nhide:\n  - beira-72pct\nfacts:\n  2024-03-11-landfall: {entity: X}\nconfirm: [nothing-alike]\n"
    path.write_text(text, encoding="utf-8")
    edits = {"title": "T", "hide": ["beira-72pct"], "facts": {"2024-03-11-landfall": {"entity": "X"}},
             "confirm": ["nothing-alike"]}
    content = story_content("s", FILES, edits, str(path))
    assert content.stale == [
        f"{path}:3: warning: no fact, event or claim 'beira-72pct' (did you mean 'beira-70pct'?)",
        f"{path}:5: warning: '2024-03-11-landfall' is an event, not a fact: correct it under 'events:'",
        f"{path}:6: warning: no fact, event or claim 'nothing-alike'",
    ]


def test_a_correction_citing_a_source_the_story_lacks_is_an_error_at_its_line(tmp_path):
    path = tmp_path / "edits.yaml"
    path.write_text("events:\n  2024-03-11-landfall:\n    sources: [s-a, s-zz]\n", encoding="utf-8")
    with pytest.raises(InputError, match="source 's-zz' does not exist") as err:
        story_content("s", FILES, {"events": {"2024-03-11-landfall": {"sources": ["s-a", "s-zz"]}}}, str(path))
    assert err.value.line == 3


STALE = "facts:\n  world-bank-150m-usd: {entity: World Bank Group}\n  beira-71pct: {entity: EDM}\n"


def test_a_stale_id_fails_the_strict_build_and_leaves_the_site_as_it_was(tmp_path):
    project = make_project(tmp_path / "p", "cyclone-mira")
    assert project.run("build", "--quiet").code == 0
    edits = project.content / "cyclone-mira" / "edits.yaml"
    edits.write_text(STALE, encoding="utf-8")
    site = tree_hash(project.site)
    strict = project.run("build", "--strict")  # renders the story again, then refuses to publish it
    assert strict.code == 1
    assert strict.err.startswith(f"{edits}:3: ") and "'beira-71pct'" in strict.err and "beira-70pct" in strict.err
    assert tree_hash(project.site) == site
    loose = project.run("build")
    assert loose.code == 0
    assert f"{edits}:3: warning: no fact, event or claim 'beira-71pct' (did you mean 'beira-70pct'?)" in loose.err
    site = tree_hash(project.site)
    again = project.run("build", "--strict")  # finds nothing changed: the warning still stands
    assert again.code == 1 and "'beira-71pct'" in again.err
    assert tree_hash(project.site) == site


def test_check_lists_every_stale_edit_of_every_story_and_fails(tmp_path):
    project = make_project(tmp_path / "p", "cyclone-mira", "northwind-job-cuts")
    assert project.run("check").code == 0
    (project.content / "cyclone-mira").mkdir()
    (project.content / "cyclone-mira" / "edits.yaml").write_text(STALE, encoding="utf-8")
    (project.content / "northwind-job-cuts").mkdir()
    (project.content / "northwind-job-cuts" / "edits.yaml").write_text("hide: [no-such-thing]\n", encoding="utf-8")
    content = tree_hash(project.content)
    result = project.run("check")
    assert result.code == 1
    assert result.err.splitlines() == [
        f"{project.content / 'cyclone-mira' / 'edits.yaml'}:3: no fact, event or claim 'beira-71pct' "
        "(did you mean 'beira-70pct'?)",
        f"{project.content / 'northwind-job-cuts' / 'edits.yaml'}:1: no fact, event or claim 'no-such-thing'",
    ]
    assert "2 stale edits" in result.out
    assert tree_hash(project.content) == content and not project.site.exists()


def _with_claims():
    from newsdigest.content.story import Claim

    content = story_content("s", FILES)
    claims = [Claim("It rained.", ("s-a",), "c-rain"), Claim("The river rose.", ("s-a",), "c-river")]
    content.sections, content.brief = [("What happened", claims)], claims[:1]
    return content


def test_a_claim_is_corrected_or_hidden_by_its_id_in_the_account_and_the_short_version(tmp_path):
    from newsdigest.content.edits import merge_edits

    path = tmp_path / "edits.yaml"
    edits = {"claims": {"c-rain": {"text": "Heavy rain fell on Beira.", "sources": ["s-a"]}}, "hide": ["c-river"]}
    merged = merge_edits(_with_claims(), edits, str(path))
    assert [(c.text, c.sources) for _, cs in merged.sections for c in cs] == [("Heavy rain fell on Beira.", ("s-a",))]
    assert [c.text for c in merged.brief] == ["Heavy rain fell on Beira."]
    assert merged.stale == []
    path.write_text("claims:\n  c-rian: {text: x}\n", encoding="utf-8")
    stale = merge_edits(_with_claims(), {"claims": {"c-rian": {"text": "x"}}}, str(path)).stale
    assert stale == [f"{path}:2: warning: no fact, event or claim 'c-rian' (did you mean 'c-rain'?)"]


def test_a_corrected_basis_and_as_of_reach_the_exports_and_the_comparison_page(tmp_path):
    project = make_project(tmp_path / "p", "cyclone-mira")
    assert project.run("build", "--quiet").code == 0
    (project.content / "cyclone-mira" / "edits.yaml").write_text(
        "facts:\n  world-bank-150m-usd: {basis: one-off, as_of: 2024-03-12}\n", encoding="utf-8")
    result = project.run("build")
    assert result.code == 0 and result.err == "", result.err
    facts = {f["id"]: f for f in json.loads(page(project, "cyclone-mira/facts.json"))["facts"]}
    assert (facts["world-bank-150m-usd"]["basis"], facts["world-bank-150m-usd"]["as_of"]) == ("one-off", "2024-03-12")
    # it was a total over two years, charted at US$75 million a year; a one-off is never divided into years
    rows = {r["fact_id"]: r for r in csv.DictReader(io.StringIO(page(project, "cyclone-mira/compare.csv")))}
    assert "world-bank-150m-usd" not in rows or rows["world-bank-150m-usd"]["basis"] == "one-off"
    row = next(line for line in page(project, "cyclone-mira/compare/index.html").splitlines()
               if line.startswith('<tr><th scope="row">World Bank</th>'))
    assert "<td>one-off<" in row and "<td>12 Mar 2024</td>" in row, row  # it was "in total", "not stated"
