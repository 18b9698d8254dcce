"""`newsdigest init`: a new project holds seeds/ and a commented content/site.yaml, and nothing is overwritten."""

from __future__ import annotations

import json
import re
import urllib.parse
from pathlib import Path

from conftest import ROOT, newsdigest, tree_hash
from newsdigest.content.config import SiteConfig, load_site_config


def test_init_makes_seeds_with_a_readme_and_a_site_yaml_and_says_what_to_do_next(tmp_path):
    result = newsdigest(tmp_path, "init", "news")
    assert result.code == 0, result.err
    project = tmp_path / "news"
    assert sorted(p.relative_to(project).as_posix() for p in project.rglob("*")) == [
        "content", "content/README.txt", "content/site.yaml", "seeds", "seeds/README.txt"]
    assert "one folder per story" in (project / "seeds" / "README.txt").read_text(encoding="utf-8")
    assert "seeds/my-story/" in result.out and "cd news && newsdigest build" in result.out


def test_site_yaml_names_and_explains_every_setting_and_reads_back(tmp_path):
    assert newsdigest(tmp_path, "init", "city-news").code == 0
    text = (tmp_path / "city-news" / "content" / "site.yaml").read_text(encoding="utf-8")
    keys = json.loads((ROOT / "newsdigest/content/schemas/site.json").read_text(encoding="utf-8"))["properties"]
    for key in keys:
        line = re.search(rf"^(# )?{key}: ", text, re.M)
        assert line, key
        before = text[:line.start()].rstrip("\n").rsplit("\n", 1)[-1]
        assert before.startswith("# ") and ":" not in before.split()[1], (key, before)  # an explanation above it
    config = load_site_config(tmp_path / "city-news" / "content")
    assert config.title == "city news" and config.currency == SiteConfig().currency


def test_init_refuses_a_folder_that_already_holds_a_project(tmp_path):
    assert newsdigest(tmp_path, "init").code == 0
    (tmp_path / "content" / "site.yaml").write_text("title: Mine\n", encoding="utf-8")
    before = tree_hash(tmp_path)
    result = newsdigest(tmp_path, "init")
    assert result.code == 1
    assert len(result.err.strip().splitlines()) == 1 and "already holds a newsdigest project" in result.err
    assert tree_hash(tmp_path) == before


def test_a_folder_with_only_site_yaml_is_a_project_too(tmp_path: Path):
    (tmp_path / "content").mkdir()
    (tmp_path / "content" / "site.yaml").write_text("title: Mine\n", encoding="utf-8")
    assert newsdigest(tmp_path, "init").code == 1
    assert not (tmp_path / "seeds").exists()


def test_building_a_new_project_before_adding_articles_says_what_is_missing(tmp_path):
    assert newsdigest(tmp_path, "init").code == 0
    result = newsdigest(tmp_path, "build")
    assert result.code == 1
    assert result.err.startswith("seeds: holds no story folders")


def test_init_names_the_shipped_schemas_for_the_hand_written_files(tmp_path):
    """An editor with a YAML language server completes site.yaml's and edits.yaml's keys: init names the
    package's JSON Schemas, and the schemas it names exist."""
    assert newsdigest(tmp_path, "init").code == 0
    site = (tmp_path / "content" / "site.yaml").read_text(encoding="utf-8").splitlines()[0]
    readme = (tmp_path / "content" / "README.txt").read_text(encoding="utf-8")
    edits = next(line for line in readme.splitlines() if line.startswith("# yaml-language-server: $schema="))
    for line, name in ((site, "site.json"), (edits, "edits.json")):
        uri = line.split("$schema=", 1)[1]
        assert uri.startswith("file://") and uri.endswith(name)
        assert Path(urllib.parse.unquote(uri[len("file://"):])).is_file()
