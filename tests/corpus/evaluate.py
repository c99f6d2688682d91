#!/usr/bin/env python3
"""Corpus test: runs `secretum check --format jsonl` over labeled posts and scores them per
category (post level, as ../shared/tools/eval.py does: a `reidentification` finding on a post
labelled `identifier` is neutral), then fails if a figure falls under tests/corpus/thresholds.json.

usage: evaluate.py [--cli build/bin/secretum] [--write-thresholds] [--report FILE]
Sets: every tests/corpus/*.jsonl ("own"), tests/corpus/holdout/*.jsonl ("holdout"), and
../shared/corpus/dev.jsonl when present ("dev").
"""
import argparse, collections, json, os, subprocess, sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CATS = ["identifier", "reidentification", "patient_image", "derogatory", "hostile",
        "defamation", "advertising", "medical_advice", "conflict_of_interest", "health_claim"]
SEV = {"low": 0, "medium": 1, "high": 2}


def load(paths):
    posts = []
    for p in paths:
        with open(p, encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                if line.strip():
                    try:
                        posts.append(json.loads(line))
                    except json.JSONDecodeError as e:
                        sys.exit(f"{p}:{n}: invalid JSON: {e}")
    return posts


RULES = []  # extra CLI arguments, e.g. ["--rules", DIR]


def predict(cli, posts):
    data = "".join(json.dumps({"id": p["id"], "text": p["text"], "lang": p.get("lang")},
                              ensure_ascii=False) + "\n" for p in posts)
    out = subprocess.run([cli, "check", "--format", "jsonl", *RULES, "-"], input=data.encode(),
                         capture_output=True)
    if out.returncode not in (0, 1):
        sys.exit(f"secretum failed ({out.returncode}): {out.stderr.decode()}")
    return {d["id"]: d["findings"] for d in map(json.loads, out.stdout.decode().splitlines())}


def score(posts, preds):
    tp, fp, fn = collections.Counter(), collections.Counter(), collections.Counter()
    benign = benign_flagged = 0
    errors = []
    for p in posts:
        gold = set(p["categories"])
        found = preds.get(p["id"], [])
        cats = {f["category"] for f in found}
        if not gold:
            benign += 1
            if any(SEV[f["severity"]] >= 1 for f in found):
                benign_flagged += 1
        for c in CATS:
            if c in gold and c in cats:
                tp[c] += 1
            elif c in gold:
                fn[c] += 1
                errors.append(("FN", c, p))
            elif c in cats and not (c == "reidentification" and "identifier" in gold):
                fp[c] += 1
                errors.append(("FP", c, p))
    rows = {}
    for c in CATS:
        if tp[c] + fn[c] + fp[c] == 0:
            continue
        prec = tp[c] / (tp[c] + fp[c]) if tp[c] + fp[c] else 0.0
        rec = tp[c] / (tp[c] + fn[c]) if tp[c] + fn[c] else 1.0
        rows[c] = {"precision": round(prec, 3), "recall": round(rec, 3),
                   "tp": tp[c], "fp": fp[c], "fn": fn[c]}
    return {"posts": len(posts), "benign": benign,
            "benign_flagged_rate": round(benign_flagged / benign, 3) if benign else 0.0,
            "categories": rows}, errors


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cli", default=os.path.join(ROOT, "build/bin/secretum"))
    ap.add_argument("--write-thresholds", action="store_true",
                    help="record the current figures (rounded down) as the new floor")
    ap.add_argument("--errors", action="store_true", help="list every miss and false alarm")
    ap.add_argument("--rules", help="read rules from this directory (no rebuild needed)")
    ap.add_argument("--only", help="comma-separated categories to print errors for")
    a = ap.parse_args()
    if a.rules:
        RULES.extend(["--rules", a.rules])
    corpus = os.path.join(ROOT, "tests/corpus")
    sets = {"own": sorted(os.path.join(corpus, f) for f in os.listdir(corpus) if f.endswith(".jsonl")),
            "holdout": sorted(os.path.join(corpus, "holdout", f)
                              for f in os.listdir(os.path.join(corpus, "holdout")) if f.endswith(".jsonl"))}
    dev = os.path.join(ROOT, "..", "shared", "corpus", "dev.jsonl")
    if os.path.exists(dev):
        sets["dev"] = [dev]
    thresholds_path = os.path.join(corpus, "thresholds.json")
    thresholds = json.load(open(thresholds_path)) if os.path.exists(thresholds_path) else {}
    failures, results = [], {}
    for name, paths in sets.items():
        posts = load(paths)
        summary, errors = score(posts, predict(a.cli, posts))
        results[name] = summary
        print(f"\n[{name}] {summary['posts']} posts, benign flagged (medium+): "
              f"{summary['benign_flagged_rate']:.3f}")
        print(f"  {'category':22} {'P':>6} {'R':>6}   tp  fp  fn")
        for c, r in summary["categories"].items():
            print(f"  {c:22} {r['precision']:6.3f} {r['recall']:6.3f} {r['tp']:4} {r['fp']:3} {r['fn']:3}")
        if a.errors:
            only = set(a.only.split(",")) if a.only else None
            for kind, c, p in errors:
                if only and c not in only:
                    continue
                print(f"    {kind} {c:20} {p['id']}: {p['text'][:140]}")
        floor = thresholds.get(name, {})
        for c, need in floor.get("categories", {}).items():
            got = summary["categories"].get(c)
            for metric in ("precision", "recall"):
                if got is None or got[metric] < need[metric]:
                    failures.append(f"{name}/{c} {metric}: {got[metric] if got else 'n/a'} < {need[metric]}")
        if "benign_flagged_rate" in floor and summary["benign_flagged_rate"] > floor["benign_flagged_rate"]:
            failures.append(f"{name} benign flagged rate {summary['benign_flagged_rate']} > "
                            f"{floor['benign_flagged_rate']}")
    if a.write_thresholds:
        out = {}
        for name, s in results.items():
            out[name] = {"benign_flagged_rate": round(s["benign_flagged_rate"] + 0.02, 2),
                         "categories": {c: {"precision": max(0.0, int(r["precision"] * 100 - 2) / 100),
                                            "recall": max(0.0, int(r["recall"] * 100 - 2) / 100)}
                                        for c, r in s["categories"].items()
                                        if c in thresholds.get(name, {}).get("categories", {}) or c == "identifier"}}
        json.dump(out, open(thresholds_path, "w"), indent=2)
        print(f"\nwrote {thresholds_path}")
    if failures:
        print("\nFAIL: under the committed thresholds (tests/corpus/thresholds.json):")
        for f in failures:
            print("  " + f)
        sys.exit(1)
    print("\ncorpus thresholds: OK")


if __name__ == "__main__":
    main()
