"""Attribution on PolNeAR, scored by the shared reference scorer `polnear.py` (../shared/bench, or
the folder in SHARED_BENCH): span overlap >= 50 %, speaker by name word for named sources.

Runs the real product: `crisis-facts ingest` of the split into a fresh SQLite file, the API
served by uvicorn on a free loopback port, then `polnear.py score-project` against it.

usage: uv run python bench/attribution.py [train|dev] [--limit N] [--verbose] [--workers W] [--reuse]

The corpus comes from a mirror of github networkdynamics/PolNeAR (`POLNEAR_REPO`, default: the
library's fetch location) and is exported into bench/corpus/ (git-ignored; never committed).
Develop on train, check on dev. The test split is reserved for outside measurement: this script
refuses it.
"""

import argparse
import importlib.util
import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / "bench" / "corpus" / "polnear"
DEFAULT_REPO = "/work/.mirror/networkdynamics+PolNeAR/repo"
SHARED_BENCH = Path(os.environ.get("SHARED_BENCH", ROOT.parent / "shared" / "bench"))


def scorer(name: str) -> str:
    """The shared reference scorer, run as it is (never copied), so figures compare across sessions."""
    path = SHARED_BENCH / name
    if not path.exists():
        raise SystemExit(f"{path} not found: set SHARED_BENCH to the folder with the shared reference scorers")
    return str(path)


def export(split: str) -> tuple[Path, Path]:
    texts, gold = CACHE / split, CACHE / f"{split}_gold.json"
    if not gold.exists():
        env = {**os.environ, "POLNEAR_REPO": os.environ.get("POLNEAR_REPO", DEFAULT_REPO)}
        subprocess.run([sys.executable, scorer("polnear.py"), "export", split, str(texts)], env=env, check=True)
    return texts, gold


def subset(split: str, texts: Path, gold: Path, limit: int) -> tuple[Path, Path]:
    """The first `limit` articles (sorted by name) as their own folder and gold file."""
    data = json.loads(gold.read_text(encoding="utf-8"))
    names = sorted(data)[:limit]
    folder = CACHE / f"first{limit}" / split
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    for name in names:
        for suffix in (".txt", ".meta.json"):
            if (texts / (name + suffix)).exists():
                shutil.copy(texts / (name + suffix), folder / (name + suffix))
    sub_gold = folder.parent / f"{split}_gold.json"
    sub_gold.write_text(json.dumps({n: data[n] for n in names}), encoding="utf-8")
    return folder, sub_gold


def mention_agreement(base: str, gold_path: Path, texts: Path) -> dict[str, float | int | None]:
    """Of the matched gold direct quotations, by source type: the share whose `speaker_mention`
    (the words we say name the speaker) overlaps the annotated source span. Uses the shared
    scorer's own matching and offset mapping, so it counts the same quotations as matched."""
    spec = importlib.util.spec_from_file_location("polnear", scorer("polnear.py"))
    assert spec is not None and spec.loader is not None
    ref = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(ref)
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    counts: dict[str, list[int]] = {"named": [0, 0], "pronoun_nominal": [0, 0]}
    for name, attributions in gold.items():
        corpus = (texts / f"{name}.txt").read_text(encoding="utf-8")
        try:
            with urllib.request.urlopen(f"{base}/api/v1/articles/{name}", timeout=60) as r:
                stored = json.loads(r.read())["text"]
            with urllib.request.urlopen(f"{base}/api/v1/articles/{name}/annotations", timeout=60) as r:
                quotations = json.loads(r.read())["quotations"]
        except OSError:
            continue
        offsets = ref.offset_map(stored, corpus)
        preds = []
        for q in quotations:
            if q["kind"] not in ref.QUOTE_KINDS:
                continue
            span = ref.trim(corpus, *ref.map_span(offsets, q["start"], q["end"]))
            mention = q.get("speaker_mention")
            preds.append((span, ref.map_span(offsets, mention["start"], mention["end"]) if mention else None))
        for g in attributions:
            if not g["direct"] or g["source_type"] not in counts:
                continue
            hits = [m for (s, e), m in preds if e > s and ref.overlap(s, e, g["content"]) >= 0.5 * (e - s)]
            if not hits:
                continue
            counts[g["source_type"]][1] += 1
            counts[g["source_type"]][0] += any(m and ref.overlap(m[0], m[1], g["source_spans"]) > 0 for m in hits)
    return {
        f"mention_overlap_{kind}": round(hit / total, 4) if total else None for kind, (hit, total) in counts.items()
    } | {f"matched_{kind}": total for kind, (_, total) in counts.items()}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def ingest(texts: Path, db: Path, workers: int) -> dict[str, float]:
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{db}"}
    start = time.perf_counter()
    proc = subprocess.run(
        ["uv", "run", "--frozen", "crisis-facts", "ingest", str(texts), "--workers", str(workers)], env=env, cwd=ROOT
    )
    return {"ingest_seconds": round(time.perf_counter() - start, 1), "ingest_exit": proc.returncode}


def serve(db: Path) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{db}"}
    server = subprocess.Popen(
        [
            "uv",
            "run",
            "--frozen",
            "uvicorn",
            "app.main:create_app",
            "--factory",
            "--port",
            str(port),
            "--log-level",
            "warning",
        ],
        env=env,
        cwd=ROOT,
    )
    base = f"http://127.0.0.1:{port}"
    for _ in range(120):
        try:
            urllib.request.urlopen(base + "/health", timeout=1)
            return server, base
        except OSError:
            time.sleep(0.5)
    server.kill()
    raise SystemExit("the API did not come up")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("split", choices=["train", "dev"], nargs="?", default="dev")
    ap.add_argument("--limit", type=int, help="only the first N articles of the split")
    ap.add_argument("--verbose", action="store_true", help="list misses, wrong speakers and unmatched predictions")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--reuse", action="store_true", help="score the database of the last run without re-ingesting")
    args = ap.parse_args()
    texts, gold = export(args.split)
    if args.limit:
        texts, gold = subset(args.split, texts, gold, args.limit)
    db = gold.parent / f"{args.split}.db"
    info: dict[str, float | int | None] = {}
    if not args.reuse:
        for old in db.parent.glob(db.name + "*"):
            old.unlink()
        info = ingest(texts, db, args.workers)
    server, base = serve(db)
    try:
        cmd = [
            sys.executable,
            scorer("polnear.py"),
            "score-project",
            base,
            str(gold),
            "--texts",
            str(texts),
        ]
        out = subprocess.run(cmd + (["--verbose"] if args.verbose else []), capture_output=True, text=True, check=True)
        info.update(mention_agreement(base, gold, texts))
    finally:
        server.terminate()
        server.wait()
    print(out.stderr.strip(), file=sys.stderr)
    lines = out.stdout.strip().splitlines()
    print("\n".join(lines[:-1]))
    result = {**json.loads(lines[-1]), **info}
    named = result["named_gold"]
    result["no_speaker_rate_named"] = round(result["named_wrong_no_speaker"] / named, 4) if named else None
    print(json.dumps(result))


if __name__ == "__main__":
    main()
