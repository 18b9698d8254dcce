"""Fact and event ids come from what each states, so an editor's edits keep pointing at the right thing."""

from __future__ import annotations

import yaml

from conftest import make_project
from newsdigest.digest.dedupe import cluster_claims
from newsdigest.digest.facts.facts import extract_facts
from newsdigest.digest.timeline import build_timeline
from storybuild import story

NEW_ARTICLE = """Malawi counts the cost of Cyclone Mira

LILONGWE – Cyclone Mira killed 41 goats and flattened maize fields in southern Malawi on Tuesday, farmers said.

The storm reached Mozambique's neighbour Malawi on Monday as a weakened depression, bringing heavy rain to Blantyre.
"""


def _ids(project) -> dict[str, tuple[object, ...]]:
    """Each fact's, event's and claim's id, with what it names."""
    folder = project.content / "cyclone-mira"
    facts = yaml.safe_load((folder / "facts.yaml").read_text(encoding="utf-8"))["facts"]
    events = yaml.safe_load((folder / "timeline.yaml").read_text(encoding="utf-8"))["events"]
    claims = yaml.safe_load((folder / "claims.yaml").read_text(encoding="utf-8"))["claims"]
    return {f["id"]: (f["value"], f["unit"], f["entity"]) for f in facts} | \
        {e["id"]: (str(e["date"]), e["text"]) for e in events} | {c["id"]: (c["text"],) for c in claims}


def test_adding_an_article_keeps_every_other_fact_event_and_claim_id(tmp_path):
    # The new article sorts first and states events on the days of existing ones, opening on the same
    # words ("Cyclone Mira killed 41 ...", "The storm reached Mozambique's ..."): numbering by order
    # gave the old events a "-2".
    project = make_project(tmp_path / "p", "cyclone-mira")
    assert project.run("build", "--quiet").code == 0
    before = _ids(project)
    article = project.seeds / "cyclone-mira" / "00-malawi.txt"
    article.write_text(NEW_ARTICLE, encoding="utf-8")
    assert project.run("build", "--quiet").code == 0
    after = _ids(project)
    assert len(after) > len(before)
    assert before.items() <= after.items()
    article.unlink()
    assert project.run("build", "--quiet").code == 0
    assert _ids(project) == before


def test_colliding_event_ids_do_not_depend_on_the_order_of_the_articles():
    first = "Winds of up to 190 km/h tore roofs off schools and clinics in Beira on Tuesday, officials said."
    second = "Winds of up to 190 km/h were also measured over southern Malawi on Tuesday, meteorologists said."

    def ids(texts: dict[str, str]) -> dict[str, str]:
        s = story(texts)
        return {e.text: e.id for e in build_timeline(s, cluster_claims(s))}

    one = ids({"a.txt": first, "b.txt": second})
    other = ids({"a.txt": second, "b.txt": first})
    assert len(one) == 2 and len(set(one.values())) == 2
    assert one == other


def test_a_fact_id_says_whose_figure_and_how_much_not_how_a_source_worded_it():
    lead = "The World Bank said it would provide $150 million in emergency financing over two years."
    other = "The World Bank also pledged $150 million to rebuild roads and clinics."
    alone = extract_facts(story({"a.txt": lead})).facts
    joined = extract_facts(story({"a.txt": lead, "b.txt": other, "c.txt": other.replace("also ", "")})).facts
    assert len(alone) == len(joined) == 1
    assert joined[0].sources == ("s-a", "s-b", "s-c")
    assert joined[0].id == alone[0].id
