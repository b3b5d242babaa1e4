"""`kehoach serve` in a real browser: Playwright driving Debian's Chromium (/usr/bin/chromium;
Playwright's own browser download is not reachable here). Clicks home -> decision 155/QĐ-TTg ->
a plan -> a task -> its source lines; runs a query in the editor and a saved query from its form;
checks the lineage picture. Screenshots go to $KEHOACH_ARTIFACTS (default: a pytest temp dir,
printed). Skipped only when the chromium binary is missing."""

import os
import shutil
from pathlib import Path

import pytest
from test_web_clients import Server

CHROMIUM = os.environ.get("KEHOACH_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
pytestmark = pytest.mark.skipif(not Path(CHROMIUM).exists(), reason=f"no chromium binary at {CHROMIUM}")


@pytest.fixture(scope="module")
def artifacts(tmp_path_factory):
    d = Path(os.environ.get("KEHOACH_ARTIFACTS") or tmp_path_factory.mktemp("browser-artifacts"))
    d.mkdir(parents=True, exist_ok=True)
    print(f"\nscreenshots: {d}")
    return d


@pytest.fixture(scope="module")
def server(seed_store):
    s = Server(seed_store, "--timeout", "20")
    yield s
    s.stop()


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
        yield b
        b.close()


@pytest.fixture
def page(browser):
    ctx = browser.new_context(viewport={"width": 1280, "height": 900}, locale="vi-VN")
    pg = ctx.new_page()
    errors: list[str] = []
    pg.on("pageerror", lambda e: errors.append(str(e)))
    pg.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    yield pg
    ctx.close()
    assert not errors, errors          # no script errors, no CSP violations


def test_click_from_home_to_the_source_lines_of_a_task(server, page, artifacts):
    page.goto(server.url + "/")
    page.screenshot(path=str(artifacts / "01-home.png"), full_page=True)
    page.locator('main a[href="/eli/vn/qd-ttg/2026/155"]').first.click()
    page.wait_for_url("**/eli/vn/qd-ttg/2026/155.html")
    assert "155/QĐ-TTg" in page.locator("h1").inner_text()
    page.screenshot(path=str(artifacts / "02-decision-155.png"), full_page=True)
    # down the lineage to the Gia Lai plan
    page.locator('#lineage a[href="/eli/vn/gia-lai/ke-hoach/2026/draft-adad9fd80c"]').first.click()
    page.wait_for_url("**/eli/vn/gia-lai/ke-hoach/2026/draft-adad9fd80c.html")
    assert "Gia Lai" in page.locator("h1").inner_text()
    page.screenshot(path=str(artifacts / "03-plan.png"), full_page=False)
    # a task of the plan, by its code
    page.locator("#tasks").get_by_role("link", name="1.1", exact=True).first.click()
    page.wait_for_url("**/task/1.1.html")
    assert "Sở Văn hóa, Thể thao và Du lịch" in page.content()
    page.screenshot(path=str(artifacts / "04-task.png"), full_page=True)
    # its source lines, with the text quoted
    page.locator("a.srclink").click()
    page.wait_for_url("**/task/1.1/source.html")
    quote = page.locator("#quote").inner_text()
    assert "1.1" in quote and "tuyên truyền" in quote.lower()
    assert "003_c94ae1e408b8e268.txt" in page.locator("h1").inner_text()
    page.screenshot(path=str(artifacts / "05-source-lines.png"), full_page=True)


def test_quoted_text_opens_inline_on_the_plan_page(server, page):
    page.goto(server.url + "/eli/vn/gia-lai/ke-hoach/2026/draft-adad9fd80c")
    details = page.locator("#tasks details.src").first
    assert not details.locator("blockquote").is_visible()
    details.locator("summary").click()
    assert details.locator("blockquote").is_visible()


def test_editor_runs_a_query(server, page, artifacts):
    page.goto(server.url + "/sparql")
    area = page.locator("#query")
    area.fill("SELECT ?number WHERE { ?plan a kh:Plan ; eli:id_local ?number } ORDER BY ?number")
    # highlighting follows the typing (the overlay is filled by editor.js)
    assert page.locator("#hl .k").first.inner_text() == "SELECT"
    area.press("Control+Enter")
    page.wait_for_selector("#results table")
    cells = page.locator("#results td").all_inner_texts()
    assert "12127/KH-UBND" in cells and "168/KH-UBND" in cells
    assert "query=" in page.url                                  # a shareable URL
    assert page.locator("#dl-csv").get_attribute("href").endswith("format=csv")
    page.screenshot(path=str(artifacts / "06-editor.png"), full_page=True)
    # the shared URL gives the same page to someone else
    page.goto(page.url)
    assert "168/KH-UBND" in page.locator("#results").inner_text()


def test_saved_query_from_its_form(server, page, artifacts):
    page.goto(server.url + "/sparql")
    page.get_by_role("link", name="tasks-by-agency").click()
    page.wait_for_url("**/queries/tasks-by-agency")
    page.fill("input[name=agency]", "so noi vu tinh gia lai")
    page.select_option("select[name=role]", "lead")
    page.click("#run-saved")
    page.wait_for_selector("#results table")
    text = page.locator("#results").inner_text()
    assert "Sở Nội vụ tỉnh Gia Lai" in text and "support" not in page.locator("#results td").all_inner_texts()
    page.screenshot(path=str(artifacts / "07-saved-query.png"), full_page=False)
    with page.expect_download() as dl:
        page.click("#dl-csv")
    assert Path(dl.value.path()).read_text(encoding="utf-8").startswith("agency_label,")


def test_lineage_picture_shows_the_seed_plans(server, page, artifacts):
    page.goto(server.url + "/lineage/eli/vn/qd-ttg/2026/155")
    svg = page.locator("#lineage-svg svg")
    assert svg.is_visible()
    text = page.locator("#lineage-svg").text_content() or ""
    for label in ("Đồng Tháp", "Gia Lai"):
        assert label in text, label
    # every plan of the lineage list below the picture is a node of the picture
    listed = page.locator("table.list tbody tr td:first-child a").all_inner_texts()
    assert listed and all(x.split()[0] in text for x in listed), listed
    page.locator("#lineage-svg").screenshot(path=str(artifacts / "08-lineage.png"))
    # a node is a link to its page
    page.locator("#lineage-svg a", has_text="Gia Lai").first.click()
    page.wait_for_url("**/eli/vn/gia-lai/ke-hoach/2026/draft-adad9fd80c.html")


def test_agency_page_and_search(server, page, artifacts):
    page.goto(server.url + "/")
    page.fill("#q", "so noi vu gia lai")
    page.press("#q", "Enter")
    page.wait_for_url("**/search?q=*")
    page.locator('#main, main').locator('a[href="/agency/gia-lai/so-noi-vu"]').first.click()
    page.wait_for_url("**/agency/gia-lai/so-noi-vu.html")
    assert page.locator("#per-plan table").is_visible()
    page.screenshot(path=str(artifacts / "09-agency.png"), full_page=False)
