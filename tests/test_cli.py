import shutil
import subprocess
import sys

from conftest import ROOT, make_project, tree_hash


def test_build_writes_content_and_every_page(project):
    result = project.run("build")
    assert result.code == 0, result.err
    assert "built 1 story" in result.out
    for path in ("index.html", "404.html", "feed.xml", "sitemap.xml", "static/style.css",
                 "cyclone-mira/index.html", "cyclone-mira/timeline/index.html", "cyclone-mira/compare/index.html",
                 "cyclone-mira/sources/index.html", "cyclone-mira/facts.json", "cyclone-mira/compare.csv",
                 "cyclone-mira/timeline.json"):
        assert (project.site / path).is_file(), path
    for name in ("summary.md", "facts.yaml", "timeline.yaml", "sources.yaml"):
        assert (project.content / "cyclone-mira" / name).is_file()
    assert f"{len(list(project.site.rglob('*.html')))} pages in" in result.out  # the summary line counts true


def test_no_command_means_build_with_the_defaults(project):
    assert project.run().code == 0
    assert (project.site / "cyclone-mira" / "index.html").is_file()


def test_bad_usage_exits_2(project):
    assert project.run("build", "--no-such-flag").code == 2


def test_bad_input_is_one_line_naming_the_file_and_line_with_exit_1(project):
    (project.seeds / "cyclone-mira" / "story.yaml").write_text("title: X\ntitel: Y\n", encoding="utf-8")
    result = project.run("build")
    assert result.code == 1
    assert "Traceback" not in result.err
    assert result.err.strip().splitlines() == [
        f"{project.seeds / 'cyclone-mira' / 'story.yaml'}:2: unknown key 'titel' (did you mean 'title'? "
        "expected one of: articles, currency, published, title)"]


def test_two_builds_of_the_same_input_are_byte_identical(tmp_path):
    first = make_project(tmp_path / "one", "cyclone-mira")
    second = make_project(tmp_path / "two", "cyclone-mira")
    assert first.run("build", env={"PYTHONHASHSEED": "1"}).code == 0
    assert second.run("build", env={"PYTHONHASHSEED": "2"}).code == 0
    assert tree_hash(first.site) == tree_hash(second.site)
    assert tree_hash(first.content) == tree_hash(second.content)


def test_the_feed_uses_source_date_epoch_not_the_clock(project):
    assert project.run("build", env={"SOURCE_DATE_EPOCH": "1700000000"}).code == 0
    assert "<updated>2023-11-14T22:13:20Z</updated>" in (project.site / "feed.xml").read_text(encoding="utf-8")


def test_a_build_that_fails_midway_leaves_site_and_content_untouched(project):
    assert project.run("build").code == 0
    before = tree_hash(project.site), tree_hash(project.content)
    # The sources page is rendered after the summary, timeline and comparison pages.
    sources = project.root / "templates" / "sources.html"
    sources.write_text(sources.read_text(encoding="utf-8").replace("{{ s.words }}", "{{ s.words_kept_typo }}"),
                       encoding="utf-8")
    (project.seeds / "cyclone-mira" / "01.txt").write_text("Changed text about Cyclone Mira in Beira.\n" * 3,
                                                           encoding="utf-8")
    result = project.run("build", "--strict")
    assert result.code == 1
    assert "words_kept_typo" in result.err
    assert (tree_hash(project.site), tree_hash(project.content)) == before
    assert not list(project.root.glob(".site.*")), "the staging folder was left behind"


def test_an_undefined_template_value_is_a_warning_without_strict(project):
    sources = project.root / "templates" / "sources.html"
    sources.write_text(sources.read_text(encoding="utf-8").replace("{{ s.words }}", "{{ s.words_kept_typo }}"),
                       encoding="utf-8")
    result = project.run("build")
    assert result.code == 0
    assert "warning: undefined value" in result.err


def test_edits_yaml_changes_the_pages_and_is_never_overwritten(project):
    assert project.run("build").code == 0
    facts = (project.content / "cyclone-mira" / "facts.yaml").read_text(encoding="utf-8")
    fact_id = facts.split("- id: ", 1)[1].split("\n", 1)[0]
    edits = project.content / "cyclone-mira" / "edits.yaml"
    edits.write_text(f"title: Mira, one day on\nhide: [{fact_id}]\n"
                     "add_events:\n  - {date: 2024-03-10, text: 'Warnings issued for Sofala', sources: [s-01]}\n",
                     encoding="utf-8")
    before = edits.read_bytes()
    assert project.run("build").code == 0
    page = (project.site / "cyclone-mira" / "index.html").read_text(encoding="utf-8")
    timeline = (project.site / "cyclone-mira" / "timeline" / "index.html").read_text(encoding="utf-8")
    exported = (project.site / "cyclone-mira" / "facts.json").read_text(encoding="utf-8")
    assert "<h1>Mira, one day on</h1>" in page
    assert "Warnings issued for Sofala" in timeline
    assert f'"id": "{fact_id}"' not in exported
    assert edits.read_bytes() == before


def test_check_validates_without_writing(project):
    result = project.run("check")
    assert result.code == 0 and "no problems" in result.out
    assert not project.site.exists() and not (project.content / "cyclone-mira").exists()
    (project.content / "cyclone-mira").mkdir()
    (project.content / "cyclone-mira" / "edits.yaml").write_text("hide: [a\n", encoding="utf-8")
    assert project.run("check").code == 1


def test_a_story_folder_name_with_spaces_is_published_at_its_slug(project):
    shutil.move(project.seeds / "cyclone-mira", project.seeds / "Cyclone Mira 2025")
    result = project.run("build")
    assert result.code == 0, result.err
    assert (project.site / "cyclone-mira-2025" / "timeline" / "index.html").is_file()


def test_build_options_work_without_the_build_command(project):
    result = project.run("--quiet")
    assert result.code == 0 and result.out == ""
    assert (project.site / "index.html").is_file()


def test_builds_agree_whatever_the_hash_seed_even_when_two_wordings_tie(tmp_path):
    """Python orders sets differently in every process. In this synthetic story two outlets word one
    claim equally well, and which wording the account chose once changed from build to build."""
    corpus = tmp_path / "corpus"
    subprocess.run([sys.executable, str(ROOT / "bench" / "corpus.py"), "10", "10", str(corpus)], check=True,
                   capture_output=True)
    contents = set()
    for seed in ("1", "2", "3", "4"):
        project = make_project(tmp_path / seed)
        shutil.copytree(corpus / "story-0009", project.seeds / "story-0009")
        assert project.run("build", "--quiet", env={"PYTHONHASHSEED": seed}).code == 0
        contents.add(tree_hash(project.content))
    assert len(contents) == 1


def test_usage_and_version_name_the_program_newsdigest_even_through_build_py(project):
    from newsdigest import __version__

    assert project.run("--help").out.startswith("usage: newsdigest ")
    assert project.run("build", "--no-such-flag").err.startswith("usage: newsdigest ")
    assert project.run("--version").out.strip() == f"newsdigest {__version__}"


def test_an_unknown_command_names_the_commands_and_the_closest_one(project):
    result = project.run("biuld")
    assert result.code == 2
    assert "unknown command 'biuld' (did you mean 'build'?)" in result.err
    assert "build, serve, check, review, init" in result.err
    assert not project.site.exists()
