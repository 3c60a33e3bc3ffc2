"""Numeric claims on NewsQuant (the CQE test set), scored by the shared reference scorer
`newsquant.py` (../shared/bench, or the folder in SHARED_BENCH), run as it is.

Runs the real product: `crisis-facts ingest` of the odd-numbered sentences (one article each)
into a fresh SQLite file, the API served by uvicorn on a free loopback port, then the shared
script's `predict-cf` and `score`. The even-numbered half is reserved for outside measurement;
the shared script never reads it.

usage: uv run python bench/claims.py [--verbose] [--reuse] [--dump FILE]

The data comes from a mirror of github satya77/CQE_Evaluation (`CQE_REPO`, default: the library's
fetch location) and is kept in bench/corpus/newsquant (git-ignored; never committed).
"""

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from attribution import ROOT, ingest, scorer, serve

WORK = ROOT / "bench" / "corpus" / "newsquant"
DEFAULT_REPO = "/work/.mirror/satya77+CQE_Evaluation/repo"
SCRIPT = scorer("newsquant.py")


def prepare() -> Path:
    data = WORK / "NewsQuant.json"
    if not data.exists():
        WORK.mkdir(parents=True, exist_ok=True)
        repo = os.environ.get("CQE_REPO", DEFAULT_REPO)
        raw = subprocess.run(
            ["git", "-C", repo, "show", "HEAD:data/formatted_test_set/NewsQuant.json"], capture_output=True, check=True
        ).stdout
        data.write_bytes(raw)
    if not (WORK / "texts").exists():
        subprocess.run([sys.executable, SCRIPT, "--work", str(WORK), "prepare"], check=True)
    return WORK / "texts"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--verbose", action="store_true", help="30 misses and 30 false positives")
    ap.add_argument("--reuse", action="store_true", help="score the database of the last run without re-ingesting")
    ap.add_argument("--dump", help="every miss, false positive and matched pair as JSON")
    ap.add_argument("--workers", type=int, default=2)
    args = ap.parse_args()
    texts = prepare()
    db = WORK / "claims.db"
    info: dict[str, float] = {}
    if not args.reuse:
        for old in WORK.glob("claims.db*"):
            old.unlink()
        info = ingest(texts, db, args.workers)
    server, base = serve(db)
    try:
        subprocess.run([sys.executable, SCRIPT, "--work", str(WORK), "predict-cf", base], check=True)
    finally:
        server.terminate()
        server.wait()
    dump = Path(args.dump) if args.dump else WORK / "last_dump.json"
    cmd = [sys.executable, SCRIPT, "--work", str(WORK), "score", "--dump", str(dump)]
    cmd += ["--verbose"] if args.verbose else []
    out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
    rows = [json.loads(line) for line in out.splitlines() if line.startswith("{")]
    print("\n".join(line for line in out.splitlines() if not line.startswith("{")))
    by_part = unit_agreement_by_part(dump)
    for row in rows:
        if row["system"] == "crisis-facts":
            print(json.dumps({**row, **info, "unit_acc_by_part": by_part.get(row["gold_set"])}))


def unit_agreement_by_part(dump: Path) -> dict[str, float]:
    """A supplementary unit agreement, ours and labelled as such: the shared script's own
    `canon_unit` applied to each side of a rate ("USD per barrel" vs "dollar per barrel"), and an
    upper-case ISO 4217 code taken as its own canonical form (the script lowercases "ILS" and
    "HKD" while it maps "shekel" and "Hong Kong dollar" to those codes). The protocol's figure
    stays the headline; this one shows how much of the gap is representation."""
    sys.path.insert(0, str(Path(SCRIPT).parent))
    import newsquant

    def canon(unit: object) -> list[object]:
        parts = str(unit).split(" per ") if unit is not None else [None]
        out: list[object] = []
        for part in parts:
            code = part if isinstance(part, str) and len(part) == 3 and part.isupper() else None
            out.append(code or newsquant.canon_unit(part))
        return out

    result = {}
    for key, data in json.loads(dump.read_text()).items():
        system, gold_set = key.split("/")
        if system != "crisis-facts":
            continue
        pairs = [(p["gold"]["normalized_unit"], p["pred"].get("unit")) for p in data["pairs"]]
        both = [(g, u) for g, u in pairs if newsquant.canon_unit(g) is not None and newsquant.canon_unit(u) is not None]
        agree = sum(newsquant.canon_unit(g) == newsquant.canon_unit(u) or canon(g) == canon(u) for g, u in both)
        result[gold_set] = round(100 * agree / len(both), 1) if both else 0.0
    return result


if __name__ == "__main__":
    main()
