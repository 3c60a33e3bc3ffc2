"""Read-path throughput against a bare FastAPI baseline, on the large synthetic corpus.

Starts the API (uvicorn, N workers, launched as `crisis-facts serve` does: app/serve.py) over
bench/corpus/large.db (built by make_corpus.py when missing) and a bare FastAPI app
(bench/baseline_app.py, same launcher, server and workers), drives each
endpoint with Debian's `wrk` (`apt-get install wrk`; a small Python load generator otherwise),
and prints req/s, p50, p95, p99 and the ratio to the baseline. The baseline is measured again
right before each endpoint (both servers stay up, only one is driven at a time), so a ratio
compares two runs a few seconds apart: on a shared VM the machine's speed drifts by 2-3x over
minutes. Search is also timed at one connection (its service time, with no queue). Search runs twice:
one query again and again (served by the API's result cache after the first), and 1,225
distinct queries in turn (more than a worker's cache keeps, so each is computed afresh).
Then reads while an ingest of 200 articles runs against a copy of the corpus: p99 against
idle, errors, "database is locked".

Each endpoint is driven --repeats times (3), alternating with the baseline, each run on fresh
connections, and the median run is reported with the range: on this VM the same endpoint has
measured 2,200 and 5,300 req/s in runs seconds apart.

usage: uv run python bench/api.py [--workers 2] [--seconds 5] [--repeats 3] [--connections 32] [--skip-ingest]
"""

import argparse
import asyncio
import itertools
import os
import re
import shutil
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "bench" / "corpus" / "large.db"
ENDPOINTS = [
    ("health", "/health"),
    ("statement by id", "/api/v1/statements/12345"),
    ("actor by slug", "/api/v1/actors/actor-123"),
    ("statements, 50", "/api/v1/statements?limit=50"),
    ("claims, 50", "/api/v1/claims?limit=50"),
    ("search", "/api/v1/search?q=flood%20defences&limit=20"),
    ("search, distinct queries", "/api/v1/search?q={}&limit=20"),
]


def distinct_queries() -> list[str]:
    """Every pair of the corpus's topic, place and subject words (1,225 queries, each matching
    ~1-15 % of the index), for the search row that a result cache cannot serve: the queries come
    round in turn, more of them than a worker keeps (SEARCH_CACHE_SIZE, 256), so every one is
    computed afresh."""
    from bench.make_corpus import PLACES, SUBJECTS, TOPICS

    words = sorted({w for t in TOPICS for w in t.split()} | {p.lower() for p in PLACES} | set(SUBJECTS))
    return [f"{a}%20{b}" for i, a in enumerate(words) for b in words[i + 1 :]]


def paths_of(path: str) -> list[str]:
    return [path.format(q) for q in distinct_queries()] if "{}" in path else [path]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def start(app: str, db: Path, workers: int, log: Path) -> tuple[subprocess.Popen, str]:  # type: ignore[type-arg]
    port = free_port()
    env = {
        **os.environ,
        "DATABASE_URL": f"sqlite:///{db}",
        "API_KEYS": "bench-key",
        "WRITE_REQUESTS_PER_MINUTE": "100000",
        # like for like: uvicorn's --log-level warning below leaves the bare app without an
        # access log, so the API runs without its own (ACCESS_LOG; on by default in the service)
        "ACCESS_LOG": "false",
    }
    args = [
        sys.executable,
        "-m",
        "app.serve",  # uvicorn workers with a listening socket each, for both servers (the service's own `serve`)
        app,
        "--port",
        str(port),
        "--workers",
        str(workers),
        "--log-level",
        "warning",
    ]
    if app.endswith("create_app"):
        args.append("--factory")
    proc = subprocess.Popen(args, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=open(log, "w"))  # noqa: SIM115
    base = f"http://127.0.0.1:{port}"
    for _ in range(600):
        try:
            if httpx.get(f"{base}/health", timeout=1).status_code == 200:
                return proc, base
        except httpx.TransportError:
            time.sleep(0.1)
    proc.kill()
    raise SystemExit(f"{app} did not start; see {log}")


def stop(proc: subprocess.Popen) -> None:  # type: ignore[type-arg]
    proc.terminate()
    try:
        proc.wait(timeout=15)
    except subprocess.TimeoutExpired:
        proc.kill()


_UNITS = {"us": 1e-3, "ms": 1.0, "s": 1e3}


def _ms(text: str) -> float:
    match = re.match(r"([\d.]+)(us|ms|s)", text)
    return float(match[1]) * _UNITS[match[2]] if match else float("nan")


_P95_SCRIPT = (
    'done = function(summary, latency, requests) io.write(string.format("P95 %d\\n", latency:percentile(95))) end\n'
)


def _paths_script(paths: list[str]) -> str:
    """wrk's request(): the paths in turn (one wrk thread, so one turn through them)."""
    listed = ",\n".join(f'"{p}"' for p in paths)
    return (
        f"paths = {{\n{listed}\n}}\ni = 0\n"
        'request = function()\n  i = i % #paths + 1\n  return wrk.format("GET", paths[i])\nend\n'
    )


def load(url: str, seconds: int, connections: int, paths: list[str] | None = None) -> dict[str, float]:
    """req/s, p50, p95 and p99 (ms), non-2xx count. With `paths`, requests go to them in turn
    (on `url`'s host)."""
    if shutil.which("wrk"):
        with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
            script.write(_P95_SCRIPT + (_paths_script(paths) if paths else ""))
        out = subprocess.run(
            ["wrk", "-t1", f"-c{connections}", f"-d{seconds}s", "--latency", "-s", script.name, url],
            capture_output=True,
            text=True,
        ).stdout
        os.unlink(script.name)
        rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out)[1])  # type: ignore[index]
        p50 = _ms(re.search(r"^\s+50%\s+(\S+)", out, re.M)[1])  # type: ignore[index]  (the distribution's line,
        p99 = _ms(re.search(r"^\s+99%\s+(\S+)", out, re.M)[1])  # type: ignore[index]  not a "73.50%" stdev cell)
        bad = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", out)
        errors = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out)
        failed = (int(bad[1]) if bad else 0) + (sum(int(x) for x in errors.groups()) if errors else 0)
        p95 = int(re.search(r"^P95 (\d+)", out, re.M)[1]) / 1000  # type: ignore[index]  (wrk gives microseconds)
        return {"rps": rps, "p50": p50, "p95": p95, "p99": p99, "errors": failed}
    return asyncio.run(_python_load(url, seconds, connections, paths))


async def _python_load(url: str, seconds: int, connections: int, paths: list[str] | None) -> dict[str, float]:
    latencies: list[float] = []
    errors = 0
    deadline = time.perf_counter() + seconds
    turn = itertools.cycle([str(httpx.URL(url).copy_with(raw_path=p.encode())) for p in paths] if paths else [url])

    async def worker(client: httpx.AsyncClient) -> None:
        nonlocal errors
        while time.perf_counter() < deadline:
            t0 = time.perf_counter()
            try:
                r = await client.get(next(turn))
                errors += r.status_code >= 400
            except httpx.HTTPError:
                errors += 1
            latencies.append((time.perf_counter() - t0) * 1000)

    async with httpx.AsyncClient(timeout=30) as client:
        await asyncio.gather(*(worker(client) for _ in range(connections)))
    latencies.sort()
    return {
        "rps": len(latencies) / seconds,
        "p50": latencies[len(latencies) // 2],
        "p95": latencies[int(len(latencies) * 0.95)],
        "p99": latencies[int(len(latencies) * 0.99)],
        "errors": errors,
    }


def median_run(runs: list[dict[str, float]]) -> dict[str, float]:
    """The run with the median req/s (its latencies with it), the range of req/s, all runs' errors."""
    ordered = sorted(runs, key=lambda r: r["rps"])
    errors = sum(r["errors"] for r in runs)  # every run's, not only the median's
    return {**ordered[len(ordered) // 2], "rps_min": ordered[0]["rps"], "rps_max": ordered[-1]["rps"], "errors": errors}


def rss_mb(proc: subprocess.Popen) -> float:  # type: ignore[type-arg]
    import psutil

    children = psutil.Process(proc.pid).children(recursive=True)
    return max((c.memory_info().rss for c in children), default=0) / 1e6


def synthetic_articles(folder: Path, n: int) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        (folder / f"load-{i:03d}.txt").write_text(
            f"Officials in region {i} said on Monday that {1000 + i * 7:,} people had been moved to shelters.\n\n"
            f"“We are doing everything we can for the {i % 9 + 2} towns affected,” the regional governor, "
            f"Ana Ruiz-{i}, told reporters. She added that about {300 + i} soldiers were helping.\n\n"
            "The river is expected to fall by 40 centimetres before the weekend, the weather service said.\n",
            encoding="utf-8",
        )


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--seconds", type=int, default=5)
    ap.add_argument("--repeats", type=int, default=3, help="runs per endpoint; the median run (by req/s) is shown")
    ap.add_argument("--connections", type=int, default=32)
    ap.add_argument("--skip-ingest", action="store_true")
    args = ap.parse_args()
    if not CORPUS.exists():
        subprocess.run([sys.executable, str(ROOT / "bench" / "make_corpus.py"), "--out", str(CORPUS)], check=True)
    else:  # a corpus an older checkout built: bring its schema to this checkout's head first
        env = {**os.environ, "DATABASE_URL": f"sqlite:///{CORPUS}"}
        subprocess.run([sys.executable, "-m", "app.cli", "migrate"], check=True, env=env, cwd=ROOT)
    with sqlite3.connect(CORPUS) as db:  # a corpus built before the token existed caches no search until a write
        token = db.execute("SELECT index_version FROM corpusstate WHERE id = 1").fetchone()
    if not token or token[0] is None:
        print("note: the corpus has no search-index token, so the API caches no search results (rebuild it)")
    tool = "wrk" if shutil.which("wrk") else "python load generator (install Debian's wrk for better figures)"
    print(
        f"corpus {CORPUS.name}, {args.workers} workers per server, {args.connections} connections, "
        f"{args.seconds} s per endpoint, {tool}; no access log on either server"
    )
    logs = Path(tempfile.mkdtemp(prefix="bench-api-"))
    base_proc, base_url = start("bench.baseline_app:app", CORPUS, args.workers, logs / "baseline.log")
    api_proc, api_url = start("app.main:create_app", CORPUS, args.workers, logs / "api.log")
    rows = []
    try:
        load(f"{base_url}/hello", 2, args.connections)  # warm up
        for name, path in ENDPOINTS:
            paths = paths_of(path)
            first = f"{api_url}{paths[0]}"
            load(first, 2, args.connections, paths)  # warm up: caches, connections
            runs = []
            for _ in range(args.repeats):  # baseline and API alternate, each on fresh connections
                baseline = load(f"{base_url}/hello", args.seconds, args.connections)
                runs.append((load(first, args.seconds, args.connections, paths), baseline))
            rows.append((name, path, median_run([r for r, _ in runs]), median_run([b for _, b in runs])))
        search = next(path for name, path in ENDPOINTS if name == "search")
        load(f"{api_url}{search}", 2, 1)  # the rows before leave a queue of searches behind: let it drain
        alone = load(f"{api_url}{search}", args.seconds, 1)
        varied = paths_of(next(path for name, path in ENDPOINTS if name == "search, distinct queries"))
        alone_varied = load(f"{api_url}{varied[0]}", args.seconds, 1, varied)
        rss = rss_mb(api_proc)
    finally:
        stop(api_proc)
        stop(base_proc)
    print(f"\nmedian of {args.repeats} runs per endpoint (req/s range of the runs in brackets)")
    print("| endpoint | req/s | p50 ms | p95 ms | p99 ms | errors | bare FastAPI req/s, alternating | ratio |")
    print("|---|---|---|---|---|---|---|---|")
    for name, path, r, base in rows:
        print(
            f"| {name} (`{path}`) | {r['rps']:.0f} [{r['rps_min']:.0f}–{r['rps_max']:.0f}] | {r['p50']:.1f} "
            f"| {r['p95']:.1f} | {r['p99']:.1f} | {r['errors']:.0f} "
            f"| {base['rps']:.0f} [{base['rps_min']:.0f}–{base['rps_max']:.0f}] | {r['rps'] / base['rps']:.2f}× |"
        )
    print(
        f"\nsearch at 1 connection (service time, no queue): {alone['rps']:.0f} req/s, "
        f"p50 {alone['p50']:.1f} ms, p95 {alone['p95']:.1f} ms, p99 {alone['p99']:.1f} ms; "
        f"distinct queries {alone_varied['rps']:.0f} req/s, p50 {alone_varied['p50']:.1f} ms, "
        f"p95 {alone_varied['p95']:.1f} ms, p99 {alone_varied['p99']:.1f} ms"
    )
    print(f"API worker RSS after the run: {rss:.0f} MB (largest worker)")
    if not args.skip_ingest:
        reads_during_ingest(args, logs)


def reads_during_ingest(args: argparse.Namespace, logs: Path) -> None:
    copy = logs / "ingest.db"
    shutil.copy(CORPUS, copy)
    articles = logs / "articles"
    synthetic_articles(articles, 200)
    proc, url = start("app.main:create_app", copy, args.workers, logs / "api-ingest.log")
    path = f"{url}/api/v1/statements?limit=50"
    try:
        load(path, 2, args.connections)
        idle = load(path, args.seconds, args.connections)
        env = {**os.environ, "DATABASE_URL": f"sqlite:///{copy}"}
        t0 = time.perf_counter()
        ingest = subprocess.Popen(
            [sys.executable, "-m", "app.cli", "ingest", str(articles)],
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=open(logs / "ingest.log", "w"),  # noqa: SIM115
        )
        busy = []
        while ingest.poll() is None:
            busy.append(load(path, min(args.seconds, 5), args.connections))
        ingest_s = time.perf_counter() - t0
    finally:
        stop(proc)
    locked = sum(Path(p).read_text(errors="replace").count("database is locked") for p in logs.glob("*.log"))
    worst = max(busy, key=lambda r: r["p99"]) if busy else idle
    print(f"\nreads during an ingest of 200 articles ({ingest_s:.0f} s, exit {ingest.returncode}):")
    print(
        f"idle p99 {idle['p99']:.1f} ms; during ingest worst p99 {worst['p99']:.1f} ms "
        f"({worst['p99'] / idle['p99']:.1f}× idle) over {len(busy)} windows; "
        f"errors {sum(r['errors'] for r in busy):.0f}; 'database is locked' in logs: {locked}"
    )


if __name__ == "__main__":
    main()
