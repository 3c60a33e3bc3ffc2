"""/docs and /redoc in a real headless Chromium with the network closed.

Chromium gets a proxy on a closed port for everything but loopback and no name resolution, so
any asset the pages tried to fetch from a CDN would fail; the pages must still render the operations. The
browser's own network log is then checked: no request left 127.0.0.1.
"""

import json
import shutil
from collections.abc import Iterator
from urllib.parse import urlparse

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMEDRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"


@pytest.fixture
def browser() -> Iterator[webdriver.Chrome]:
    if not (shutil.which(CHROMIUM) and shutil.which(CHROMEDRIVER)):
        pytest.fail("Debian's chromium and chromium-driver are required (.ci/run installs them)")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in (
        "--headless=new",
        "--no-sandbox",
        "--disable-dev-shm-usage",
        "--disable-gpu",
        # The outside world is unreachable: every non-loopback request goes to a proxy on a closed
        # port and every host name but 127.0.0.1 fails to resolve. Loopback (the server) still works.
        "--proxy-server=http://127.0.0.1:9",
        "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
    ):
        options.add_argument(arg)
    options.set_capability("goog:loggingPrefs", {"performance": "ALL"})
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(60)
    try:
        yield driver
    finally:
        driver.quit()


def _requested_hosts(driver: webdriver.Chrome) -> set[str]:
    hosts = set()
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message.get("method") == "Network.requestWillBeSent":
            url = message["params"]["request"]["url"]
            if url.startswith("http"):
                hosts.add(urlparse(url).hostname or "")
    return hosts


def test_swagger_ui_lists_operations_offline(live_server: str, browser: webdriver.Chrome) -> None:
    browser.get(f"{live_server}/docs")
    WebDriverWait(browser, 60).until(lambda d: len(d.find_elements(By.CSS_SELECTOR, ".opblock")) > 10)
    summaries = {e.text for e in browser.find_elements(By.CSS_SELECTOR, ".opblock-summary-description")}
    assert {"List articles", "Ingest an article (API key)"} <= summaries, summaries
    paths = {e.text.replace("\u200b", "") for e in browser.find_elements(By.CSS_SELECTOR, ".opblock-summary-path")}
    assert "/api/v1/statements" in paths and "/api/v1/claims" in paths, paths
    assert _requested_hosts(browser) == {"127.0.0.1"}


def test_redoc_renders_offline(live_server: str, browser: webdriver.Chrome) -> None:
    browser.get(f"{live_server}/redoc")
    WebDriverWait(browser, 60).until(lambda d: "List articles" in d.find_element(By.TAG_NAME, "body").text)
    assert _requested_hosts(browser) == {"127.0.0.1"}
