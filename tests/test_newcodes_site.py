"""A whole story in a currency the table lacks (tests/fixtures/currency/solvara-copper-loan, invented: a
central bank lending to a state copper miner) is built like any other: its amounts are money in that
currency, shown with the code, and the story's counts stay counts."""

import shutil
from pathlib import Path

import yaml

from conftest import FIXTURES, make_project

STORY = "solvara-copper-loan"


def built(tmp_path: Path):
    project = make_project(tmp_path / "p")
    shutil.copytree(FIXTURES / "currency" / STORY, project.seeds / STORY)
    result = project.run("build", "--quiet")
    assert result.code == 0, result.err
    facts = yaml.safe_load((project.root / "content" / STORY / "facts.yaml").read_text(encoding="utf-8"))
    return project, facts["facts"]


def test_a_story_in_a_currency_the_table_lacks_keeps_its_amounts_and_its_counts(tmp_path):
    project, facts = built(tmp_path)
    money = {(f["value"], f["unit"]) for f in facts if f["kind"] == "money"}
    assert {(20_000_000_000, "SVM"), (1_200_000_000, "SVM"), (1_500_000_000, "SVM"), (4_500_000_000, "SVM"),
            (300_000_000, "SVM"), (1_400_000_000, "USD")} <= money
    loan = next(f for f in facts if f["kind"] == "money" and f["value"] == 20_000_000_000)
    assert loan["sources"] == ["s-01", "s-02", "s-03"]
    counts = {(f["value"], f["unit"]) for f in facts if f["kind"] == "count"}
    assert {(12_000, "workers"), (40, "vessels"), (55, "vessels"), (3_000_000, "households")} <= counts
    assert not any(f["unit"] in ("marks", "QTX") for f in facts)
    assert not any(f["entity"] == "SVM" for f in facts)  # a currency's code owns no figure
    page = (project.site / STORY / "compare" / "index.html").read_text(encoding="utf-8")
    assert "20 billion SVM" in page
