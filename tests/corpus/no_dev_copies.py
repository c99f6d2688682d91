#!/usr/bin/env python3
"""The development set is for measuring, not for copying: no rule example, test text, example post
or README passage may share a run of 40 characters (case-insensitive) with a post of
../shared/corpus/dev.jsonl. Skipped (exit 0, with a note) when dev.jsonl is absent.
usage: python3 tests/corpus/no_dev_copies.py"""
import glob, json, os, sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DEV = os.path.join(ROOT, "..", "shared", "corpus", "dev.jsonl")
WINDOW = 40


def windows(text):
    t = text.lower()
    return {t[i:i + WINDOW] for i in range(max(1, len(t) - WINDOW + 1))}


def main():
    if not os.path.exists(DEV):
        print("no_dev_copies: ../shared/corpus/dev.jsonl absent, nothing to check")
        return 0
    dev = {}
    for line in open(DEV, encoding="utf-8"):
        if line.strip():
            post = json.loads(line)
            for w in windows(post["text"]):
                dev.setdefault(w, post["id"])
    files = (glob.glob(os.path.join(ROOT, "rules", "**", "*.json"), recursive=True)
             + glob.glob(os.path.join(ROOT, "rules", "**", "*.py"), recursive=True)
             + glob.glob(os.path.join(ROOT, "tests", "unit", "*")) + glob.glob(os.path.join(ROOT, "tests", "cli", "*"))
             + glob.glob(os.path.join(ROOT, "tests", "wasm", "*.mjs")) + glob.glob(os.path.join(ROOT, "tests", "e2e", "specs", "*.mjs"))
             + glob.glob(os.path.join(ROOT, "examples", "*")) + [os.path.join(ROOT, "README.md")])
    found = []
    for path in sorted(files):
        try:
            text = open(path, encoding="utf-8").read().lower()
        except (UnicodeDecodeError, IsADirectoryError):
            continue
        for i in range(max(0, len(text) - WINDOW + 1)):
            w = text[i:i + WINDOW]
            if w in dev:
                found.append(f"{os.path.relpath(path, ROOT)}: shares {w!r} with {dev[w]}")
                break
    if found:
        print("text copied from the development set (rewrite it in your own words):")
        print("\n".join("  " + f for f in found))
        return 1
    print(f"no_dev_copies: {len(files)} files, no 40-character run in common with dev.jsonl")
    return 0


if __name__ == "__main__":
    sys.exit(main())
