"""The explorer (`/`) in a real headless Chromium against a live server over the seeded database.

Each test walks pages as a reader would, checks what is on screen against the API, writes a
screenshot of every page under tests/output/explorer/ (git-ignored; look at them), and fails on
any console error.
"""

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from selenium import webdriver
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.remote.webelement import WebElement
from selenium.webdriver.support.ui import WebDriverWait

from tests.conftest import API_KEY

SHOTS = Path(__file__).parent / "output" / "explorer"


@pytest.fixture
def page(browser: webdriver.Chrome) -> Iterator[webdriver.Chrome]:
    browser.set_window_size(1280, 1000)
    yield browser
    errors = [e for e in browser.get_log("browser") if e["level"] == "SEVERE"]
    assert errors == [], errors


def _open(driver: webdriver.Chrome, url: str) -> None:
    driver.get(url)
    _ready(driver)


def _ready(driver: webdriver.Chrome) -> None:
    """The page rendered the current URL (the app sets body[data-ready] after each render)."""
    WebDriverWait(driver, 30).until(
        lambda d: d.execute_script(
            "return document.body.dataset.ready === location.pathname + location.search"
            " && document.querySelector('main').getAttribute('aria-busy') === 'false'"
        )
    )


def _shot(driver: webdriver.Chrome, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    driver.save_screenshot(str(SHOTS / f"{name}.png"))


def _main_text(driver: webdriver.Chrome) -> str:
    return driver.find_element(By.TAG_NAME, "main").text


def test_home_shows_the_corpus_and_search_finds_a_quotation(live_server: str, page: webdriver.Chrome) -> None:
    _open(page, f"{live_server}/")
    counts = httpx.get(f"{live_server}/api/v1/statements", params={"limit": 1}).json()["total"]
    text = _main_text(page)
    assert "The corpus at a glance" in text and f"{counts}\nstatements" in text
    assert page.find_elements(By.CSS_SELECTOR, "main header, main nav") == []  # landmarks are page-level
    assert page.find_element(By.CSS_SELECTOR, "header.top nav[aria-label]")
    _shot(page, "home")
    box = page.find_element(By.ID, "search-q")
    box.send_keys("vigilant", Keys.ENTER)
    _ready(page)
    assert page.current_url.endswith("/search?q=vigilant")
    results = page.find_elements(By.CSS_SELECTOR, "#results li")
    assert results and all(r.find_elements(By.TAG_NAME, "mark") for r in results)
    _shot(page, "search")
    page.back()
    _ready(page)
    assert "The corpus at a glance" in _main_text(page)
    page.forward()
    _ready(page)
    assert page.find_elements(By.CSS_SELECTOR, "#results li")


def test_keyboard_only_through_the_search_results(live_server: str, page: webdriver.Chrome) -> None:
    _open(page, f"{live_server}/")
    body = page.find_element(By.TAG_NAME, "body")
    body.send_keys(Keys.TAB)  # the skip link
    assert page.switch_to.active_element.text == "Skip to content"
    for _ in range(20):  # tab to the search box
        if page.switch_to.active_element.get_attribute("id") == "search-q":
            break
        page.switch_to.active_element.send_keys(Keys.TAB)
    box = page.switch_to.active_element
    assert box.get_attribute("id") == "search-q"
    box.send_keys("vigilant", Keys.ENTER)
    _ready(page)
    first = page.find_element(By.CSS_SELECTOR, "#results li a")
    for _ in range(40):
        page.switch_to.active_element.send_keys(Keys.TAB)
        if page.switch_to.active_element == first:
            break
    assert page.switch_to.active_element == first
    outline = page.execute_script("return getComputedStyle(document.activeElement).outlineStyle")
    assert outline != "none"  # focus is visible
    page.switch_to.active_element.send_keys(Keys.ENTER)
    _ready(page)
    assert "/statements/" in page.current_url


def test_a_statement_with_several_sources_highlights_the_quoted_span_in_each(
    live_server: str, page: webdriver.Chrome
) -> None:
    statement = httpx.get(f"{live_server}/api/v1/statements", params={"sort": "sources", "limit": 1}).json()["items"][0]
    assert statement["source_count"] >= 2
    _open(page, f"{live_server}/statements/{statement['id']}")
    sources = page.find_elements(By.CSS_SELECTOR, "#sources li.source")
    assert len(sources) == len(statement["sources"])
    for element, source in zip(sources, statement["sources"], strict=True):
        marks = element.find_elements(By.TAG_NAME, "mark")
        assert [m.text for m in marks] == [" ".join(source["exact"].split())]
    _shot(page, "statement")
    source = statement["sources"][0]
    sources[0].find_element(By.LINK_TEXT, "Read it in the article").click()
    _ready(page)
    assert page.current_url.endswith(f"/articles/{source['article_slug']}#q-{source['start']}")
    target = page.find_element(By.ID, f"q-{source['start']}")
    in_view = page.execute_script(
        "const r = arguments[0].getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight", target
    )
    assert in_view


def test_an_article_shows_its_quotations_with_the_right_speakers(live_server: str, page: webdriver.Chrome) -> None:
    notes = httpx.get(f"{live_server}/api/v1/articles/000_a7c0055103e96264/annotations").json()
    _open(page, f"{live_server}/articles/000_a7c0055103e96264")
    starts: dict[int, WebElement] = {}
    for element in page.find_elements(By.CSS_SELECTOR, ".hl.quote[id^='q-']"):
        starts[int((element.get_attribute("id") or "q-0")[2:])] = element
    assert notes["quotations"]
    for quote in notes["quotations"]:
        element = starts[quote["start"]]
        assert element.get_attribute("data-speaker") == ((quote["speaker"] or {}).get("name") or "")
    assert page.find_elements(By.CSS_SELECTOR, ".hl.claim") and page.find_elements(By.CSS_SELECTOR, ".hl.mention")
    first = notes["quotations"][0]
    starts[first["start"]].click()
    detail = page.find_element(By.ID, "detail").text
    assert (first["speaker"] or {"name": "unattributed"})["name"] in detail
    _shot(page, "article")


def test_the_claims_table_flags_a_conflict_and_sorts(live_server: str, page: webdriver.Chrome) -> None:
    conflicting = {
        "text": "Polish authorities mobilized 10,000 troops to the border on Monday, the defence ministry said.",
        "publisher": "Example Wire",
        "published_at": "2021-11-09",
    }
    r = httpx.post(
        f"{live_server}/api/v1/articles",
        json=conflicting,
        headers={"Authorization": f"Bearer {API_KEY}"},
        timeout=120,
    )
    assert r.status_code == 201, r.text
    flagged = httpx.get(f"{live_server}/api/v1/claims", params={"conflicting": "true"}).json()["items"]
    assert flagged
    _open(page, f"{live_server}/claims")
    rows = page.find_elements(By.CSS_SELECTOR, "#claims-table tbody tr.conflict")
    assert {row.get_attribute("id") for row in rows} == {f"claim-{c['id']}" for c in flagged}
    assert "conflict" in rows[0].text
    assert "more than 180 km" in _main_text(page)  # figures as people write them
    _shot(page, "claims")
    page.find_element(By.CSS_SELECTOR, "button[data-sort='figure']").click()
    _ready(page)
    assert "sort=figure" in page.current_url
    claims = httpx.get(f"{live_server}/api/v1/claims", params={"limit": 500}).json()["items"]
    expected = sorted(claims, key=lambda c: (c["value"] if c["value"] is not None else c["value_min"] or 0, c["id"]))
    shown = [row.get_attribute("id") for row in page.find_elements(By.CSS_SELECTOR, "#claims-table tbody tr")]
    assert shown == [f"claim-{c['id']}" for c in expected]
    page.back()
    _ready(page)
    assert "sort=" not in page.current_url


def test_the_timeline_draws_a_bar_per_dated_day_and_lists_a_day(live_server: str, page: webdriver.Chrome) -> None:
    entries = httpx.get(f"{live_server}/api/v1/timeline", params={"limit": 500}).json()["items"]
    dates = sorted({e["date"] for e in entries})
    assert dates
    _open(page, f"{live_server}/timeline")
    bars = page.find_elements(By.CSS_SELECTOR, "svg.chart a.bar")
    assert [b.get_attribute("data-date") for b in bars] == dates
    _shot(page, "timeline")
    bars[-1].click()
    _ready(page)
    assert page.current_url.endswith(f"day={dates[-1]}")
    assert page.find_element(By.ID, "day-facts").text == dates[-1]


def test_an_api_error_shows_its_problem_title_never_a_blank_page(live_server: str, page: webdriver.Chrome) -> None:
    _open(page, f"{live_server}/actors/no-such-actor")
    problem = page.find_element(By.CSS_SELECTOR, "[role=alert]")
    assert "Not found" in problem.text and "no-such-actor" in problem.text
    # the console error is the browser reporting the 404 response itself; nothing else may fail
    logs = [e for e in page.get_log("browser") if e["level"] == "SEVERE" and "404" not in e["message"]]
    assert logs == []


@pytest.mark.parametrize("path", ["/", "/claims", "/timeline", "/articles/000_a7c0055103e96264", "/search?q=border"])
def test_360_px_wide_without_horizontal_scrolling(live_server: str, page: webdriver.Chrome, path: str) -> None:
    page.set_window_size(360, 800)
    _open(page, f"{live_server}{path}")
    inner = page.execute_script("return window.innerWidth")
    scroll = page.execute_script("return document.documentElement.scrollWidth")
    assert scroll <= inner, f"{path}: page is {scroll}px wide in a {inner}px window"
    _shot(page, "narrow_" + (path.strip("/").replace("/", "_").replace("?", "_").replace("=", "_") or "home"))


def test_an_empty_database_says_how_to_ingest(empty_live_server: str, page: webdriver.Chrome) -> None:
    _open(page, f"{empty_live_server}/")
    text = _main_text(page)
    assert "No articles yet" in text and "crisis-facts ingest" in text and "POST /api/v1/articles" in text
    _shot(page, "empty")


# WCAG 2.x contrast of every element with its own text against the background behind it.
CONTRAST_JS = r"""
function lum(c) {
  const [r, g, b] = c.map((v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
function rgb(s) { return (s.match(/[\d.]+/g) || []).map(Number); }
function background(el) {
  for (let e = el; e; e = e.parentElement) {
    const c = rgb(getComputedStyle(e).backgroundColor);
    if (c.length === 3 || (c.length === 4 && c[3] > 0.5)) return c.slice(0, 3);
  }
  return [255, 255, 255];
}
const failures = [];
let checked = 0;
for (const el of document.querySelectorAll("body *")) {
  const own = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim());
  const style = getComputedStyle(el);
  const hidden = style.visibility === "hidden" || style.display === "none";
  if (!own || hidden || el.closest(".visually-hidden, svg")) continue;
  const fg = rgb(style.color).slice(0, 3), bg = background(el);
  checked += 1;
  const [a, b] = [lum(fg), lum(bg)].sort((x, y) => y - x);
  const ratio = (a + 0.05) / (b + 0.05);
  const size = parseFloat(style.fontSize);
  const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
  const words = el.textContent.trim().slice(0, 30);
  if (ratio < (large ? 3 : 4.5)) failures.push(`${el.tagName}.${el.className}: ${ratio.toFixed(2)} "${words}"`);
}
return {checked, failures};
"""


@pytest.mark.parametrize("path", ["/", "/claims", "/timeline", "/articles/000_a7c0055103e96264", "/search?q=border"])
def test_text_contrast_meets_wcag_aa(live_server: str, page: webdriver.Chrome, path: str) -> None:
    _open(page, f"{live_server}{path}")
    result = page.execute_script(CONTRAST_JS)
    assert result["checked"] > 10 and result["failures"] == []
    # the check itself catches low contrast: grey #aaa text on white is 2.3:1
    page.execute_script(
        "document.querySelector('main').insertAdjacentHTML('beforeend', '<p style=\"color:#aaa\">faint</p>')"
    )
    assert any("faint" in f for f in page.execute_script(CONTRAST_JS)["failures"])
