"""/docs and /redoc in a real headless Chromium with the network closed.

Chromium gets a proxy on a closed port for everything but loopback and no name resolution, so
any asset the pages tried to fetch from a CDN would fail; the pages must still render the operations. The
browser's own network log is then checked: no request left 127.0.0.1.
"""

import json
from urllib.parse import urlparse

from selenium import webdriver
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait


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
