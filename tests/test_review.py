"""``newsdigest review``: what an editor should check, the lines it rests on, the edits that settle it."""

from __future__ import annotations

import json

import jsonschema
import pytest

from conftest import FIXTURES, make_project
from newsdigest.content.yamlfile import load_yaml

WARD = {
    "story.yaml": "published: 2025-06-10\narticles:\n  01.txt: {outlet: Valley Gazette}\n"
                  "  02.txt: {outlet: Valley Radio}\n",
    "01.txt": "Protest over maternity ward\n\nMore than 3,000 people marched through the town centre on Tuesday "
              "against plans to close the maternity ward.\n\nOrganisers said it was the largest protest in a decade. "
              "The health board will decide in July.\n",
    "02.txt": "Protest over maternity ward\n\nMore than 3,000 people joined the march against the closure of the "
              "maternity ward, organisers said.\n\nThe health board will decide in July.\n",
}
"""A story whose one figure has no owner: nothing in it says whose 3,000 people they are. The march is on the
article's own weekday, so its date needs no review either; both outlets say when the board decides, so no
claim is one outlet's alone."""


@pytest.fixture
def ward(tmp_path):
    project = make_project(tmp_path / "p")
    folder = project.seeds / "ward-march"
    folder.mkdir(parents=True)
    for name, text in WARD.items():
        (folder / name).write_text(text, encoding="utf-8")
    return project


def review(project, *args: str) -> list[dict]:
    result = project.run("review", *args, "--json")
    assert result.code == 0, result.err
    return json.loads(result.out)


def confirm(project, item: dict) -> None:
    line = next(f for f in item["fix"] if f.startswith("confirm:"))
    (project.content / "ward-march").mkdir(parents=True, exist_ok=True)
    (project.content / "ward-march" / "edits.yaml").write_text(line + "\n", encoding="utf-8")


def test_review_lists_a_figure_with_no_owner_and_stops_once_confirmed(ward):
    built = ward.run("build")
    assert built.code == 0 and "1 item waits for review" in built.out
    [item] = review(ward)
    assert (item["id"], item["story"], item["kind"]) == ("3000-people", "ward-march", "no-owner")
    assert item["sources"] == ["seeds/ward-march/01.txt:3", "seeds/ward-march/02.txt:3"]
    text = ward.run("review")
    assert "3,000 people has no owner" in text.out and "rests on: seeds/ward-march/01.txt:3" in text.out
    assert item["fix"][-1] in text.out
    confirm(ward, item)
    assert review(ward) == []
    assert "nothing to review" in ward.run("review").out
    rebuilt = ward.run("build")
    assert rebuilt.code == 0 and rebuilt.err == "" and "for review" not in rebuilt.out


def test_a_confirmed_item_is_listed_again_when_what_was_checked_changes(ward):
    [item] = review(ward)
    confirm(ward, item)
    article = ward.seeds / "ward-march" / "01.txt"
    article.write_text(article.read_text(encoding="utf-8").replace("town centre", "high street"), encoding="utf-8")
    [again] = review(ward)
    assert again["id"] == item["id"]
    assert again["message"].endswith("(changed since it was confirmed)")


def test_a_bare_confirm_settles_an_item_whatever_it_becomes(ward):
    [item] = review(ward)
    (ward.content / "ward-march").mkdir(parents=True)
    (ward.content / "ward-march" / "edits.yaml").write_text(f"confirm: [{item['id']}]\n", encoding="utf-8")
    article = ward.seeds / "ward-march" / "01.txt"
    article.write_text(article.read_text(encoding="utf-8").replace("town centre", "high street"), encoding="utf-8")
    assert review(ward) == []


def test_correcting_the_owner_settles_the_item_and_shows_on_the_pages(ward):
    (ward.content / "ward-march").mkdir(parents=True)
    (ward.content / "ward-march" / "edits.yaml").write_text(
        'facts:\n  3000-people: {entity: "Save Our Ward", what: marchers}\n', encoding="utf-8")
    assert review(ward) == []
    assert ward.run("build").code == 0
    assert "Save Our Ward" in (ward.site / "ward-march" / "compare" / "index.html").read_text(encoding="utf-8")


REVIEW_SCHEMA = json.loads((FIXTURES / "schemas" / "review.json").read_text(encoding="utf-8"))


def test_review_json_validates_against_its_schema_and_every_fix_is_a_valid_edit(tmp_path):
    project = make_project(tmp_path / "p", "cyclone-mira", "northwind-job-cuts")
    items = review(project)
    jsonschema.validate(items, REVIEW_SCHEMA)
    assert {"uncertain-owner", "discrepancy", "weekday-date"} <= {i["kind"] for i in items}
    # the toll of 38 on Monday and 41 on Tuesday is an update series, not a disagreement; the 38 dead
    # "the disaster agency INGD counts" are the cyclone's, which that sentence does not name
    assert [i["kind"] for i in items if i["story"] == "cyclone-mira"][:3] == ["uncertain-owner", "uncertain-owner",
                                                                               "update"]
    path = tmp_path / "edits.yaml"
    for item in items:
        for fix in item["fix"]:
            path.write_text(fix + "\n", encoding="utf-8")
            assert load_yaml(path, "edits"), fix  # raises InputError on anything edits.yaml may not hold
    assert {i["story"] for i in review(project, "cyclone-mira")} == {"cyclone-mira"}


def test_a_discrepancy_is_settled_by_the_correction_it_offers(tmp_path):
    project = make_project(tmp_path / "p", "northwind-job-cuts")
    [item] = [i for i in review(project) if i["kind"] == "discrepancy"]
    assert "2,300 jobs (Reuters, AP) against 2,500 jobs (Manchester Evening Standard)" in item["message"]
    (project.content / "northwind-job-cuts").mkdir(parents=True)
    (project.content / "northwind-job-cuts" / "edits.yaml").write_text(item["fix"][0] + "\n", encoding="utf-8")
    assert item["id"] not in {i["id"] for i in review(project)}


def test_a_date_read_from_a_weekday_names_the_words_and_offers_the_other_week(tmp_path):
    project = make_project(tmp_path / "p", "cyclone-mira")
    item = next(i for i in review(project) if i["id"] == "2024-03-11-cyclone-mira-slammed-into-mozambique")
    assert item["kind"] == "weekday-date" and "\u201con Monday\u201d was read as 11 Mar 2024" in item["message"]
    assert item["sources"] == ["seeds/cyclone-mira/01.txt:5"]
    assert item["fix"][0] == "events:\n  2024-03-11-cyclone-mira-slammed-into-mozambique: {date: 2024-03-18}"


def test_review_of_a_story_that_does_not_exist_names_the_closest(tmp_path):
    project = make_project(tmp_path / "p", "cyclone-mira")
    result = project.run("review", "cyclone-mir")
    assert result.code == 1
    assert "no story 'cyclone-mir' (did you mean 'cyclone-mira'?)" in result.err


FILES = {
    "summary.md": "---\ntitle: Strike\ndek: d\nbrief: []\n---\n\n## What happened\n\n"
                  "Drivers at Ardmoyle Bus walked out. [@s-a]\n",
    "facts.yaml": "facts:\n- {id: ardmoyle-bus-640-drivers, kind: count, value: 640, unit: drivers,"
                  " entity: Ardmoyle Bus, what: drivers, claim: 'About 640 drivers at Ardmoyle Bus walked out.',"
                  " sources: [s-a]}\n"
                  "updates:\n- what: drivers on strike\n  kind: count\n  values:\n"
                  "  - {value: 640, unit: drivers, as_of: 2025-11-27, sources: [s-a]}\n"
                  "  - {value: 700, unit: drivers, as_of: 2025-11-28, sources: [s-b]}\n",
    "timeline.yaml": "events: []\n",
    "sources.yaml": "sources:\n- {id: s-a, file: a.txt, outlet: Herald, published: 2025-11-27, words: 9, removed: [\n"
                    "    {text: 'Ardmoyle Bus timetables: plan your journey', reason: off-topic (page furniture around"
                    " the article), line: 30},\n"
                    "    {text: 'Weather: rain later', reason: off-topic (page furniture around the article),"
                    " line: 31},\n"
                    "    {text: 'Ardmoyle Bus newsletter', reason: call to action, line: 32}]}\n"
                    "- {id: s-b, file: b.txt, outlet: Radio, published: 2025-11-28, words: 9, removed: []}\n",
}


def test_an_off_topic_line_that_names_an_actor_and_an_update_series_are_listed():
    from newsdigest.content.story import story_content
    from newsdigest.findings import findings

    found = {f.kind: f for f in findings(story_content("strike", FILES), {})}
    assert set(found) == {"update", "removed-actor"}
    removed = found["removed-actor"]
    assert removed.id == "removed-s-a-30" and "names Ardmoyle Bus" in removed.message
    assert "640 drivers (2025-11-27) then 700 drivers (2025-11-28)" in found["update"].message
    confirmed = {"confirm": [removed.fix[-1].removeprefix("confirm: [").rstrip("]")]}
    assert findings(story_content("strike", FILES), confirmed) == [found["update"]]


def test_a_rewritten_sentence_and_a_claim_one_outlet_carries_are_listed_until_settled():
    from newsdigest.content.edits import merge_edits
    from newsdigest.content.story import Claim, story_content
    from newsdigest.findings import findings

    content = story_content("strike", FILES)
    claim = Claim("Ardmoyle Bus drivers walked out.", ("s-a",), "c-drivers-walked-out")
    content.sections = [("What happened", [claim])]
    content.wordings = {claim.id: [{"source": "s-a", "line": 4, "text": "They walked out at dawn."}]}
    found = {f.kind: f for f in findings(content, {}) if f.id == claim.id}
    assert set(found) == {"rewritten", "single-source"}
    assert found["rewritten"].refs[0].line == 4 and "They walked out at dawn." in found["rewritten"].message
    assert found["rewritten"].corrections == ('claims:\n  c-drivers-walked-out: {text: "They walked out at dawn."}',)
    assert found["single-source"].message.startswith("only Herald reports")
    fix = {"text": "Drivers walked out at dawn.", "sources": ["s-a", "s-b"]}
    fixed = merge_edits(content, {"claims": {claim.id: fix}}, "edits.yaml")
    assert [f for f in findings(fixed, {}) if f.id == claim.id] == []
    assert [f for f in findings(content, {"confirm": [claim.id]}) if f.id == claim.id] == []


def test_the_text_review_names_the_schema_once_and_counts_items_by_kind(tmp_path):
    project = make_project(tmp_path / "p")
    folder = project.seeds / "ward-march"
    folder.mkdir(parents=True)
    story = dict(WARD)
    story["01.txt"] += "\nA second march drew 2,000 people to the hospital gates.\n"
    for name, text in story.items():
        (folder / name).write_text(text, encoding="utf-8")
    assert project.run("build").code == 0
    items = review(project)
    assert len(items) >= 2
    text = project.run("review").out
    assert text.count("$schema=") == 1
    kinds = {i["kind"]: sum(1 for j in items if j["kind"] == i["kind"]) for i in items}
    assert text.rstrip().endswith(", ".join(f"{n} {k}" for k, n in sorted(kinds.items())))
    (project.content / "ward-march" / "edits.yaml").write_text("confirm: []\n", encoding="utf-8")
    assert "$schema=" not in project.run("review").out
