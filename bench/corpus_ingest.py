"""Ingest a whole real external corpus and assert that everything lands.

PolNeAR (github networkdynamics/PolNeAR): the train and dev splits (924 articles; the test split
is reserved for outside measurement and is not read). The texts are exported into the git-ignored
bench/corpus/ cache, then `crisis-facts ingest` runs on all of them into a fresh SQLite file.
Reports articles ingested / unchanged (identical texts) / failed, whether the corpus-wide step
succeeded, wall time and the peak memory of the ingest process; exits 1 if anything failed.

usage: uv run python bench/corpus_ingest.py [--workers W]
"""

import argparse
import json
import os
import resource
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from attribution import CACHE, ROOT, export


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--workers", type=int, default=2)
    args = ap.parse_args()
    folder = CACHE / "all"
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    for split in ("train", "dev"):
        texts, _ = export(split)
        for path in texts.iterdir():
            shutil.copy(path, folder / path.name)
    total = len(list(folder.glob("*.txt")))
    db = CACHE / "all.db"
    for old in CACHE.glob("all.db*"):
        old.unlink()
    start = time.perf_counter()
    proc = subprocess.run(
        ["uv", "run", "--frozen", "crisis-facts", "ingest", str(folder), "--workers", str(args.workers)],
        env={**os.environ, "DATABASE_URL": f"sqlite:///{db}"},
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    seconds = time.perf_counter() - start
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    summary = next((line for line in proc.stderr.splitlines() if "summary:" in line), "")
    con = sqlite3.connect(db)
    stored = con.execute("SELECT count(*) FROM article").fetchone()[0]
    distinct = len({p.read_bytes() for p in folder.glob("*.txt")})
    stale = con.execute("SELECT stale, last_error FROM corpusstate").fetchone()
    actors = con.execute("SELECT count(*) FROM actor").fetchone()[0]
    result = {
        "articles": total,
        "distinct_texts": distinct,
        "stored": stored,
        "summary": summary.strip(),
        "exit": proc.returncode,
        "corpus_step_ok": stale is not None and not stale[0],
        "actors": actors,
        "seconds": round(seconds, 1),
        "articles_per_second": round(total / seconds, 2),
        "peak_rss_mb_largest_process": round(peak_mb),
        "workers": args.workers,
    }
    print(json.dumps(result))
    if proc.returncode != 0 or stored != distinct or not result["corpus_step_ok"]:
        print(proc.stderr[-3000:], file=sys.stderr)
        raise SystemExit(1)


if __name__ == "__main__":
    main()
