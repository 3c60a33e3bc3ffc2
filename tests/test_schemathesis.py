"""Schemathesis against the live OpenAPI document of a real server (uvicorn over a real SQLite file).

Every check schemathesis has (`--checks all`): no 5xx, every response matches its documented
schema, status code and content type, bad input is rejected, valid input is accepted. Writes
run with an API key, so POST /articles is fuzzed through the real ingestion (and spaCy model),
over a copy of the seeded database.
"""

import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import API_KEY


def test_schemathesis_finds_no_failure(live_server: str) -> None:
    cmd = [
        str(Path(sys.executable).parent / "schemathesis"),
        "--config-file",
        str(Path(__file__).parent / "schemathesis.toml"),
        "run",
        f"{live_server}/openapi.json",
        "--header",
        f"Authorization: Bearer {API_KEY}",
        "--max-examples",
        "40",
        "--seed",
        os.environ.get("SCHEMATHESIS_SEED", "20211108"),
        "--workers",
        "1",
        "--suppress-health-check",
        "all",
        "--request-timeout",
        "120",
        "--no-color",
    ]
    result = subprocess.run(cmd, capture_output=True, text=True, timeout=1800)
    server_log = Path(live_server.log).read_text()
    assert result.returncode == 0, result.stdout[-20000:] + "\n--- server log ---\n" + server_log[-5000:]
    assert "Traceback" not in server_log, server_log[-5000:]
